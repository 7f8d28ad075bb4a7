from __future__ import annotations

from ogg_desktop.domain.audit import GENESIS, AuditEntry, ChainReport, entry_hash, verify_chain
from ogg_desktop.domain.clock import utc_iso
from ogg_desktop.vault.connection import Connection
from ogg_desktop.vault.repositories.meta import MetaRepository

_COLUMNS = "id, at_utc, actor, action, entity, entity_id, case_ref, detail, prev_hash, hash"
HEAD_KEY = "audit_head"


class AuditRepository:
    """Append-only. Call ``append`` inside the transaction of the change it records."""

    def __init__(self, conn: Connection, meta: MetaRepository) -> None:
        self.conn = conn
        self.meta = meta

    def append(self, actor: str, action: str, entity: str = "", entity_id: str | int = "",
               case_ref: str = "", detail: str = "", at_utc: str | None = None) -> AuditEntry:
        last = self.conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        new_id = (last[0] + 1) if last else 1
        prev = last[1] if last else GENESIS
        at = at_utc or utc_iso()
        eid = str(entity_id)
        digest = entry_hash(prev, new_id, at, actor, action, entity, eid, case_ref, detail)
        self.conn.execute(
            f"INSERT INTO audit({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",  # noqa: S608 - fixed column list
            (new_id, at, actor, action, entity, eid, case_ref, detail, prev, digest),
        )
        self.meta.set(HEAD_KEY, f"{new_id}:{digest}")
        return AuditEntry(new_id, at, actor, action, entity, eid, case_ref, detail, prev, digest)

    def entries(self, case_ref: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        sql = f"SELECT {_COLUMNS} FROM audit"  # noqa: S608 - fixed column list
        params: list[object] = []
        if case_ref is not None:
            sql += " WHERE case_ref = ?"
            params.append(case_ref)
        sql += " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [AuditEntry(*row) for row in self.conn.execute(sql, params)]

    def verify(self) -> ChainReport:
        head_text = self.meta.get(HEAD_KEY)
        head = None
        if head_text:
            hid, hhash = head_text.split(":", 1)
            head = (int(hid), hhash)
        return verify_chain(self.entries(), head)
