from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from ogg_desktop.domain.clock import date_text, parse_date, utc_iso
from ogg_desktop.domain.evidence import EDITABLE_FIELDS, CaptureMethod, Confidence, EvidenceItem
from ogg_desktop.vault.connection import Connection

_FIELDS = (
    "case_id", "original_id", "derivation", "title", "sha256", "media_type", "byte_size", "width", "height",
    "original_filename", "captured_at_utc", "captured_at_local", "method", "captured_by", "app_version",
    "screen_geometry", "platform", "channel", "url", "profile_url", "handle", "display_name", "account_id",
    "poster_person_id", "poster_confidence", "poster_basis", "posted_at_shown", "posted_on", "learned_on", "transcript",
    "context", "offences", "archived_url", "created_at",
)
_SELECT = "SELECT id, " + ", ".join(_FIELDS) + " FROM evidence"  # noqa: S608 - fixed names


def _db_value(item: EvidenceItem, name: str) -> Any:
    value = getattr(item, name)
    if name == "offences":
        return json.dumps(list(value))
    if name in ("learned_on", "posted_on"):
        return date_text(value)
    if name in ("method", "poster_confidence"):
        return value.value
    return value


def _from_row(row: Any) -> EvidenceItem:
    data = dict(zip(("id", *_FIELDS), row, strict=True))
    data["method"] = CaptureMethod(data["method"])
    data["poster_confidence"] = Confidence(data["poster_confidence"])
    data["learned_on"] = parse_date(data["learned_on"])
    data["posted_on"] = parse_date(data["posted_on"])
    data["offences"] = list(json.loads(data["offences"]))
    return EvidenceItem(**data)


class EvidenceRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, item: EvidenceItem, data: bytes) -> EvidenceItem:
        item.created_at = utc_iso()
        placeholders = ",".join("?" * len(_FIELDS))
        cur = self.conn.execute(
            f"INSERT INTO evidence({', '.join(_FIELDS)}) VALUES ({placeholders})",  # noqa: S608 - fixed names
            [_db_value(item, f) for f in _FIELDS],
        )
        item.id = int(cur.lastrowid)
        self.conn.execute("INSERT INTO evidence_blobs(evidence_id, data) VALUES (?, ?)", (item.id, data))
        return item

    def update_details(self, item: EvidenceItem) -> None:
        """Only the recorded details; the bytes, hash and capture facts are immutable."""
        sets = ", ".join(f"{f} = ?" for f in EDITABLE_FIELDS)
        self.conn.execute(
            f"UPDATE evidence SET {sets} WHERE id = ?",  # noqa: S608 - fixed names
            [*(_db_value(item, f) for f in EDITABLE_FIELDS), item.id],
        )

    def get(self, item_id: int) -> EvidenceItem | None:
        row = self.conn.execute(f"{_SELECT} WHERE id = ?", (item_id,)).fetchone()
        return _from_row(row) if row else None

    def for_case(self, case_id: int) -> list[EvidenceItem]:
        return [_from_row(r) for r in self.conn.execute(f"{_SELECT} WHERE case_id = ? ORDER BY id", (case_id,))]

    def learned_with_offences(self) -> list[tuple[int, int, date, list[str]]]:
        """(item id, case id, learned on, offence tags) for items with both set."""
        rows = self.conn.execute(
            "SELECT id, case_id, learned_on, offences FROM evidence WHERE learned_on IS NOT NULL AND offences != '[]'")
        return [(int(r[0]), int(r[1]), date.fromisoformat(r[2]), list(json.loads(r[3]))) for r in rows]

    def set_people(self, item_id: int, role: str, person_ids: list[int]) -> None:
        self.conn.execute("DELETE FROM evidence_people WHERE evidence_id = ? AND role = ?", (item_id, role))
        self.conn.executemany(
            "INSERT INTO evidence_people(evidence_id, person_id, role) VALUES (?, ?, ?)",
            [(item_id, pid, role) for pid in dict.fromkeys(person_ids)])

    def people(self, item_id: int, role: str) -> list[int]:
        rows = self.conn.execute(
            "SELECT person_id FROM evidence_people WHERE evidence_id = ? AND role = ? ORDER BY person_id",
            (item_id, role))
        return [int(r[0]) for r in rows]

    def set_thumbnail(self, item_id: int, png: bytes) -> None:
        self.conn.execute(
            "INSERT INTO evidence_thumbnails(evidence_id, png) VALUES (?, ?) "
            "ON CONFLICT(evidence_id) DO UPDATE SET png = excluded.png", (item_id, png))

    def thumbnail(self, item_id: int) -> bytes | None:
        row = self.conn.execute("SELECT png FROM evidence_thumbnails WHERE evidence_id = ?", (item_id,)).fetchone()
        return bytes(row[0]) if row else None

    def data(self, item_id: int) -> bytes:
        row = self.conn.execute("SELECT data FROM evidence_blobs WHERE evidence_id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        return bytes(row[0])

    def all_hashes(self) -> Iterator[tuple[int, str, str, bytes | None]]:
        """(id, case reference, stored sha256, bytes) for every item, one at a time."""
        ids = [r[0] for r in self.conn.execute("SELECT id FROM evidence ORDER BY id")]
        for item_id in ids:
            row = self.conn.execute(
                "SELECT e.sha256, c.reference, b.data FROM evidence e JOIN cases c ON c.id = e.case_id "
                "LEFT JOIN evidence_blobs b ON b.evidence_id = e.id WHERE e.id = ?", (item_id,),
            ).fetchone()
            yield item_id, row[1], row[0], (bytes(row[2]) if row[2] is not None else None)
