from __future__ import annotations

from collections.abc import Iterator

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

    def page(self, *, before_id: int | None = None, limit: int = 200, case_ref: str = "", action: str = "",
             actor: str = "", from_utc: str = "", until_utc: str = "") -> list[AuditEntry]:
        """Newest first, at most ``limit`` entries with an id below ``before_id`` (keyset paging: a
        long log is never read whole). ``case_ref`` and ``actor`` match anywhere, ignoring case;
        ``action`` exactly; ``from_utc`` <= at_utc < ``until_utc``."""
        where: list[str] = ["1=1"]
        params: list[object] = []
        if before_id is not None:
            where.append("id < ?")
            params.append(before_id)
        for column, text in (("case_ref", case_ref), ("actor", actor)):
            if text:
                escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                where.append(f"{column} LIKE ? ESCAPE '\\'")
                params.append(f"%{escaped}%")
        for condition, value in (("action = ?", action), ("at_utc >= ?", from_utc), ("at_utc < ?", until_utc)):
            if value:
                where.append(condition)
                params.append(value)
        sql = f"SELECT {_COLUMNS} FROM audit WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?"  # noqa: S608 - fixed parts
        return [AuditEntry(*row) for row in self.conn.execute(sql, [*params, limit])]

    def last_id(self) -> int:
        """The newest entry's number: entries are numbered 1, 2, 3, … so while the chain is whole it is
        their count, without reading the whole log."""
        row = self.conn.execute("SELECT max(id) FROM audit").fetchone()
        return int(row[0] or 0)

    def verify(self) -> ChainReport:
        head_text = self.meta.get(HEAD_KEY)
        head = None
        if head_text:
            hid, hhash = head_text.split(":", 1)
            head = (int(hid), hhash)
        return verify_chain(self.iter_entries(), head)

    def iter_entries(self, batch: int = 10_000) -> Iterator[AuditEntry]:
        """Every entry in id order, read in batches (a million-entry log is never held at once)."""
        last = 0
        while True:
            rows = self.conn.execute(
                f"SELECT {_COLUMNS} FROM audit WHERE id > ? ORDER BY id LIMIT ?", (last, batch)  # noqa: S608
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield AuditEntry(*row)
            last = rows[-1][0]
