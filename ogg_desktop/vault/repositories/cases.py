from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ogg_desktop.domain.case import (
    Case,
    CaseStatus,
    Consent,
    ConsentScope,
    Employee,
    LegalBasis,
    make_reference,
)
from ogg_desktop.domain.clock import date_text, parse_date, utc_iso
from ogg_desktop.vault.connection import Connection
from ogg_desktop.vault.repositories.meta import MetaRepository

_CASE_COLUMNS = (
    "id, reference, title, employee_pseudonym, employee_name, employee_work_address, "
    "employee_home_address, status, opened_on, closed_on, retention_until, legal_basis, summary, updated_at"
)


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list: nothing that needs a second query."""

    id: int
    reference: str
    title: str
    employee: str
    status: CaseStatus
    opened_on: date
    updated_at: str
    evidence_count: int


def fts_query(text: str) -> str:
    """Turn what a user types into a safe FTS5 query: every word quoted (so ", *, :, ( and AND
    are just text), all words required, the last one as a prefix for search-as-you-type."""
    words = [w.replace('"', '""') for w in text.split() if w.strip('"')]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _row_to_case(row: Any) -> Case:
    return Case(
        id=row[0], reference=row[1], title=row[2],
        employee=Employee(pseudonym=row[3], name=row[4], work_address=row[5], home_address=row[6]),
        status=CaseStatus(row[7]), opened_on=date.fromisoformat(row[8]), closed_on=parse_date(row[9]),
        retention_until=parse_date(row[10]), legal_basis=LegalBasis(row[11]), summary=row[12],
        updated_at=row[13],
    )


class CaseRepository:
    def __init__(self, conn: Connection, meta: MetaRepository) -> None:
        self.conn = conn
        self.meta = meta

    def next_reference(self, year: int) -> str:
        return make_reference(year, self.meta.next_counter(f"case_counter_{year}"))

    def add(self, case: Case) -> Case:
        now = utc_iso()
        e = case.employee
        cur = self.conn.execute(
            "INSERT INTO cases(reference, title, employee_pseudonym, employee_name, employee_work_address, "
            "employee_home_address, status, opened_on, closed_on, retention_until, legal_basis, summary, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (case.reference, case.title, e.pseudonym, e.name, e.work_address, e.home_address, case.status.value,
             case.opened_on.isoformat(), date_text(case.closed_on), date_text(case.retention_until),
             case.legal_basis.value, case.summary, now, now),
        )
        case.id = int(cur.lastrowid)
        case.updated_at = now
        return case

    def update(self, case: Case) -> None:
        e = case.employee
        case.updated_at = utc_iso()
        self.conn.execute(
            "UPDATE cases SET title=?, employee_pseudonym=?, employee_name=?, employee_work_address=?, "
            "employee_home_address=?, status=?, opened_on=?, closed_on=?, retention_until=?, legal_basis=?, "
            "summary=?, updated_at=? WHERE id=?",
            (case.title, e.pseudonym, e.name, e.work_address, e.home_address, case.status.value,
             case.opened_on.isoformat(), date_text(case.closed_on), date_text(case.retention_until),
             case.legal_basis.value, case.summary, case.updated_at, case.id),
        )

    def get(self, case_id: int) -> Case | None:
        row = self.conn.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()  # noqa: S608
        return _row_to_case(row) if row else None

    def by_reference(self, reference: str) -> Case | None:
        row = self.conn.execute(
            f"SELECT {_CASE_COLUMNS} FROM cases WHERE reference = ? COLLATE NOCASE", (reference,)  # noqa: S608
        ).fetchone()
        return _row_to_case(row) if row else None

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM cases").fetchone()[0])

    def summaries(self, search: str = "", limit: int = 500, offset: int = 0) -> list[CaseSummary]:
        """Newest first; ``search`` matches titles, references, employee, transcripts and notes."""
        sql = (
            "SELECT c.id, c.reference, c.title, "
            "CASE WHEN c.employee_pseudonym != '' THEN c.employee_pseudonym ELSE c.employee_name END, "
            "c.status, c.opened_on, c.updated_at, "
            "(SELECT count(*) FROM evidence e WHERE e.case_id = c.id) FROM cases c"
        )
        params: list[object] = []
        query = fts_query(search)
        if query:
            sql += " WHERE c.id IN (SELECT case_id FROM search_index WHERE search_index MATCH ?)"
            params.append(query)
        sql += " ORDER BY c.opened_on DESC, c.id DESC LIMIT ? OFFSET ?"
        params += [limit, offset]
        return [
            CaseSummary(r[0], r[1], r[2], r[3], CaseStatus(r[4]), date.fromisoformat(r[5]), r[6], r[7])
            for r in self.conn.execute(sql, params)
        ]

    def touch(self, case_id: int) -> None:
        self.conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (utc_iso(), case_id))

    # Consents -------------------------------------------------------------------------------
    def add_consent(self, case_id: int, consent: Consent) -> Consent:
        cur = self.conn.execute(
            "INSERT INTO consents(case_id, scope, given_on, how, withdrawn_on, note) VALUES (?,?,?,?,?,?)",
            (case_id, consent.scope.value, consent.given_on.isoformat(), consent.how,
             date_text(consent.withdrawn_on), consent.note),
        )
        consent.id = int(cur.lastrowid)
        return consent

    def withdraw_consent(self, consent_id: int, on: date) -> None:
        self.conn.execute("UPDATE consents SET withdrawn_on = ? WHERE id = ?", (on.isoformat(), consent_id))

    def consents(self, case_id: int) -> list[Consent]:
        rows = self.conn.execute(
            "SELECT id, scope, given_on, how, withdrawn_on, note FROM consents WHERE case_id = ? ORDER BY id",
            (case_id,),
        )
        return [
            Consent(ConsentScope(r[1]), date.fromisoformat(r[2]), r[3], parse_date(r[4]), r[5], id=r[0])
            for r in rows
        ]
