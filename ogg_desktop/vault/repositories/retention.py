"""Retention: the cases whose retention date has passed, and destroying a case down to its last row.

Every table that holds anything of a case is named here. Tables added later with a ``case_id`` or an
``evidence_id`` column are swept as well (``_sweep``), so a new table cannot silently keep a destroyed
case's rows; the tests list every table of the schema and check each one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ogg_desktop.vault.connection import Connection

# The case's own rows, by case_id, children before parents (foreign keys are on).
_BY_CASE = (
    "notes", "checklist", "consents", "conversations", "aftercare", "platform_reports", "police_reports",
    "legal_actions", "referrals", "consent_overrides", "exports", "case_people", "case_accounts",
)

# Where a person can be referred to: (table, column). A person none of these name any more is removed.
_PERSON_REFERENCES = (
    ("case_people", "person_id"), ("evidence", "poster_person_id"), ("evidence_people", "person_id"),
    ("aftercare", "person_id"), ("accounts", "holder_person_id"),
)

# Where an account can be referred to.
_ACCOUNT_REFERENCES = (("case_accounts", "account_id"), ("evidence", "account_id"))


@dataclass(frozen=True)
class ExpiredCase:
    id: int
    reference: str
    title: str
    retention_until: date
    status: str


def _ids(conn: Connection, sql: str, params: tuple[object, ...]) -> set[int]:
    return {int(r[0]) for r in conn.execute(sql, params) if r[0] is not None}


def _marks(ids: set[int] | list[int]) -> str:
    return ",".join("?" * len(ids))


class RetentionRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def expired(self, today: date) -> list[ExpiredCase]:
        """Cases whose retention date is today or earlier, the oldest date first."""
        rows = self.conn.execute(
            "SELECT id, reference, title, retention_until, status FROM cases "
            "WHERE retention_until IS NOT NULL AND retention_until <= ? ORDER BY retention_until, reference",
            (today.isoformat(),))
        return [ExpiredCase(int(r[0]), str(r[1]), str(r[2]), date.fromisoformat(r[3]), str(r[4])) for r in rows]

    def set_retention(self, case_id: int, until: date, updated_at: str) -> None:
        self.conn.execute("UPDATE cases SET retention_until = ?, updated_at = ? WHERE id = ?",
                          (until.isoformat(), updated_at, case_id))

    def _tables(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        return [str(r[0]) for r in rows]

    def _columns(self, table: str) -> set[str]:
        return {str(r[0]) for r in self.conn.execute("SELECT name FROM pragma_table_info(?)", (table,))}

    def destroy_case(self, case_id: int, reference: str) -> dict[str, int]:
        """Delete every row of the case, its evidence (bytes, thumbnails, derived copies), its accounts and
        the people no other case refers to, and its search index entries; then the case row. Returns the
        number of rows removed per kind. Call inside a transaction.

        People and accounts once added to the case and later taken off it are found through the audit log
        (which names their ids under the case's reference): they too go when nothing refers to them.

        The search index follows through its own triggers (schema.py): each deleted note, item and the
        case row take their index entries with them, and secure-delete removes the words at once."""
        conn = self.conn
        if not conn.in_transaction:
            raise RuntimeError("destroy_case runs inside a transaction")
        evidence = sorted(_ids(conn, "SELECT id FROM evidence WHERE case_id = ?", (case_id,)), reverse=True)
        reports = _ids(conn, "SELECT id FROM platform_reports WHERE case_id = ?", (case_id,))
        people = _ids(conn, "SELECT person_id FROM case_people WHERE case_id = ?", (case_id,))
        people |= _ids(conn, "SELECT poster_person_id FROM evidence WHERE case_id = ?", (case_id,))
        people |= _ids(conn, "SELECT person_id FROM aftercare WHERE case_id = ?", (case_id,))
        if evidence:
            people |= _ids(conn, f"SELECT person_id FROM evidence_people WHERE evidence_id IN ({_marks(evidence)})",  # noqa: S608
                           tuple(evidence))
        people |= _ids(conn, "SELECT entity_id FROM audit WHERE entity = 'person' AND case_ref = ? "
                             "AND entity_id GLOB '[0-9]*'", (reference,))
        accounts = _ids(conn, "SELECT account_id FROM case_accounts WHERE case_id = ?", (case_id,))
        accounts |= _ids(conn, "SELECT entity_id FROM audit WHERE entity = 'account' AND case_ref = ? "
                               "AND entity_id GLOB '[0-9]*'", (reference,))
        accounts |= _ids(conn, "SELECT account_id FROM evidence WHERE case_id = ?", (case_id,))
        if accounts:
            people |= _ids(conn, f"SELECT holder_person_id FROM accounts WHERE id IN ({_marks(accounts)})",  # noqa: S608
                           tuple(accounts))

        counts = {"evidence": len(evidence)}
        if reports:
            conn.execute(f"DELETE FROM platform_report_items WHERE report_id IN ({_marks(reports)})",  # noqa: S608
                         tuple(reports))
        for item_id in evidence:  # newest first: a derived copy before its original (ON DELETE RESTRICT)
            for table in ("platform_report_items", "evidence_people", "evidence_thumbnails", "evidence_blobs"):
                conn.execute(f"DELETE FROM {table} WHERE evidence_id = ?", (item_id,))  # noqa: S608 - fixed names
            conn.execute("DELETE FROM evidence WHERE id = ?", (item_id,))
        for table in _BY_CASE:
            counts[table] = conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,)).rowcount  # noqa: S608
        counts["other"] = self._sweep(case_id, evidence)

        counts["accounts"] = 0
        for account_id in sorted(accounts):
            if not self._referenced(_ACCOUNT_REFERENCES, account_id):
                counts["accounts"] += conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,)).rowcount
        counts["people"] = 0
        for person_id in sorted(people):
            if not self._referenced(_PERSON_REFERENCES, person_id):
                counts["people"] += conn.execute("DELETE FROM people WHERE id = ?", (person_id,)).rowcount
        counts["case"] = conn.execute("DELETE FROM cases WHERE id = ?", (case_id,)).rowcount
        return counts

    def _referenced(self, references: tuple[tuple[str, str], ...], row_id: int) -> bool:
        return any(
            self.conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", (row_id,)).fetchone()  # noqa: S608
            for table, column in references)

    def _sweep(self, case_id: int, evidence: list[int]) -> int:
        """Rows in tables not named above that still point at the case or at one of its items."""
        known = {*_BY_CASE, "cases", "evidence", "platform_report_items", "evidence_people", "evidence_thumbnails",
                 "evidence_blobs", "search_index"}
        removed = 0
        for table in self._tables():
            if table in known or table.startswith("search_index_"):
                continue
            columns = self._columns(table)
            if "case_id" in columns:
                removed += self.conn.execute(f'DELETE FROM "{table}" WHERE case_id = ?', (case_id,)).rowcount  # noqa: S608
            if "evidence_id" in columns and evidence:
                removed += self.conn.execute(
                    f'DELETE FROM "{table}" WHERE evidence_id IN ({_marks(evidence)})', tuple(evidence)).rowcount  # noqa: S608
        return removed

    def optimize_search_index(self) -> None:
        """Merge the full-text index into one fresh segment. Needed after deletes: the contentless index
        only marks a deleted row as gone, and keeps its words in the old segments until they are merged;
        the merge frees those pages, and ``secure_delete`` zeroes them. Call inside a transaction."""
        self.conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")

    def checkpoint(self) -> bool:
        """Copy the write-ahead log into the vault file and empty it, so the old versions of changed
        pages are gone from the -wal. Returns False when another connection kept it from finishing (the
        next lock of the vault finishes it)."""
        busy, _log, _done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return int(busy) == 0
