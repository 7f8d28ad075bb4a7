from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ogg_desktop.domain.case import (
    Case,
    CaseCategory,
    CaseOrigin,
    CaseOutcome,
    CaseSetting,
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
    "employee_home_address, status, opened_on, closed_on, retention_until, legal_basis, summary, updated_at, "
    "category, setting, origin, outcome"
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


SORT_KEYS = {
    "reference": "c.reference",
    "title": "c.title COLLATE NOCASE",
    "employee": "CASE WHEN c.employee_pseudonym != '' THEN c.employee_pseudonym ELSE c.employee_name END "
                "COLLATE NOCASE",
    "status": "c.status",
    "opened": "c.opened_on",
    "updated": "c.updated_at",
    "evidence": "8",
}


_UNITS = re.compile(r'"([^"]*)("?)|(\S+)')


def _words(text: str) -> list[str]:
    """The words of ``text`` the tokenizer can index (with a letter or digit), quotes doubled."""
    return [w.replace('"', '""') for w in text.split() if any(ch.isalnum() for ch in w)]


def fts_terms(text: str) -> list[str]:
    """Turn what a user types into safe FTS5 terms, one per word or "quoted phrase".

    Every word is quoted, so ", *, :, ( and AND are just text; a phrase in double quotes must
    appear as typed, word after word. The last word (or an unclosed phrase) is a prefix, for
    search-as-you-type. Control characters (a pasted NUL ends the FTS5 query string early) count as
    spaces; a word without a letter or digit ("-", "*") has nothing for the tokenizer to index, so
    it is left out rather than matching nothing. A last word of one character is still being typed:
    it filters once it has two (one letter as a prefix matches nearly everything)."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text)
    units: list[tuple[list[str], bool]] = []  # (words, open: may take a prefix)
    for match in _UNITS.finditer(cleaned):
        if match.group(3) is not None:
            words = _words(match.group(3))
            if words:
                units.append((words, True))
        else:
            words = _words(match.group(1))
            if words:
                units.append((words, match.group(2) != '"'))
    if units and len(units[-1][0]) == 1 and len(units[-1][0][0]) == 1 and not cleaned[-1:].isspace():
        units.pop()  # still being typed
    if not units:
        return []
    terms = [f'"{" ".join(words)}"' for words, _ in units]
    last_words, last_open = units[-1]
    if last_open and len(last_words[-1]) > 1:
        terms[-1] += "*"
    return terms


def fts_query(text: str) -> str:
    """The terms of ``fts_terms`` as one FTS5 query: all words required in one indexed text."""
    return " ".join(fts_terms(text))


def _row_to_case(row: Any) -> Case:
    return Case(
        id=row[0], reference=row[1], title=row[2],
        employee=Employee(pseudonym=row[3], name=row[4], work_address=row[5], home_address=row[6]),
        status=CaseStatus(row[7]), opened_on=date.fromisoformat(row[8]), closed_on=parse_date(row[9]),
        retention_until=parse_date(row[10]), legal_basis=LegalBasis(row[11]), summary=row[12],
        updated_at=row[13], category=CaseCategory(row[14]), setting=CaseSetting(row[15]),
        origin=CaseOrigin(row[16]), outcome=CaseOutcome(row[17]),
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
            "created_at, updated_at, category, setting, origin, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (case.reference, case.title, e.pseudonym, e.name, e.work_address, e.home_address, case.status.value,
             case.opened_on.isoformat(), date_text(case.closed_on), date_text(case.retention_until),
             case.legal_basis.value, case.summary, now, now, case.category.value, case.setting.value,
             case.origin.value, case.outcome.value),
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
            "summary=?, updated_at=?, category=?, setting=?, origin=?, outcome=? WHERE id=?",
            (case.title, e.pseudonym, e.name, e.work_address, e.home_address, case.status.value,
             case.opened_on.isoformat(), date_text(case.closed_on), date_text(case.retention_until),
             case.legal_basis.value, case.summary, case.updated_at, case.category.value, case.setting.value,
             case.origin.value, case.outcome.value, case.id),
        )

    def get(self, case_id: int) -> Case | None:
        row = self.conn.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()  # noqa: S608
        return _row_to_case(row) if row else None

    def by_reference(self, reference: str) -> Case | None:
        row = self.conn.execute(
            f"SELECT {_CASE_COLUMNS} FROM cases WHERE reference = ? COLLATE NOCASE", (reference,)  # noqa: S608
        ).fetchone()
        return _row_to_case(row) if row else None

    def references(self) -> dict[int, str]:
        """Every case's reference by id (cheap: no counts, no sorting)."""
        return {int(r[0]): str(r[1]) for r in self.conn.execute("SELECT id, reference FROM cases")}

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM cases").fetchone()[0])

    def summaries(self, search: str = "", limit: int = 500, offset: int = 0, order: str = "opened",
                  descending: bool = True) -> list[CaseSummary]:
        """Newest first by default; ``search`` matches titles, references, employee, transcripts and notes.
        ``order`` is one of SORT_KEYS, or "relevance" with a search; sorting happens in SQL so paging
        stays correct."""
        columns = (
            "SELECT c.id, c.reference, c.title, "
            "CASE WHEN c.employee_pseudonym != '' THEN c.employee_pseudonym ELSE c.employee_name END, "
            "c.status, c.opened_on, c.updated_at, "
            "(SELECT count(*) FROM evidence e WHERE e.case_id = c.id) FROM cases c"
        )
        params: list[object] = []
        # Every word is required, but each may come from a different part of the case (title,
        # employee, a transcript, a note), so each word is matched on its own. The index's row ids
        # carry the case and the kind of text (schema v9), so only the index itself is read.
        terms = fts_terms(search)
        direction = "DESC" if descending else "ASC"
        if terms:
            # One pass over the index per word (the words' case sets are unioned and counted, never
            # joined row by row), then the cases that have every word.
            per_word = " UNION ALL ".join(
                ["SELECT * FROM (SELECT rowid >> 32 AS case_id, min((rowid >> 28) & 15) AS kind FROM search_index "
                 "WHERE search_index MATCH ? GROUP BY 1)"] * len(terms))
            sql = (f"WITH hits AS ({per_word}), found AS (SELECT case_id, sum(kind) AS best FROM hits "  # noqa: S608
                   f"GROUP BY case_id HAVING count(*) = ?) {columns} JOIN found ON found.case_id = c.id")
            params += [*terms, len(terms)]
            if order == "relevance":
                # Found in the case itself (reference, title, employee, summary) before found in an
                # item or a note; then newest first.
                sql += " ORDER BY found.best ASC, c.opened_on DESC, c.id DESC LIMIT ? OFFSET ?"
                params += [limit, offset]
                return self._summaries(sql, params)
        else:
            sql = columns
        key = SORT_KEYS.get(order, SORT_KEYS["opened"])
        sql += f" ORDER BY {key} {direction}, c.id {direction} LIMIT ? OFFSET ?"
        params += [limit, offset]
        return self._summaries(sql, params)

    def _summaries(self, sql: str, params: list[object]) -> list[CaseSummary]:
        return [
            CaseSummary(r[0], r[1], r[2], r[3], CaseStatus(r[4]), date.fromisoformat(r[5]), r[6], r[7])
            for r in self.conn.execute(sql, params)
        ]

    def retention_dates(self) -> list[tuple[int, str, date]]:
        rows = self.conn.execute("SELECT id, reference, retention_until FROM cases WHERE retention_until IS NOT NULL")
        return [(int(r[0]), str(r[1]), date.fromisoformat(r[2])) for r in rows]

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
