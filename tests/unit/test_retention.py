"""Retention on a real SQLCipher vault: which cases are due, extending with a reason, and destroying a
case down to its last row in every table, while other cases and shared people stay intact."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from ogg_desktop.domain.case import Case, CaseStatus, ConsentScope, Employee
from ogg_desktop.domain.checklist import ChecklistEntry, Step, StepState
from ogg_desktop.domain.clock import utc_iso
from ogg_desktop.domain.evidence import CaptureMethod, Confidence
from ogg_desktop.domain.exports import Export
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Account, Person, Role
from ogg_desktop.domain.workflow import (
    AftercareEntry,
    AftercareKind,
    Conversation,
    GatedAction,
    LegalAction,
    LegalKind,
    PlatformReport,
    PoliceReport,
    Referral,
    ReferralTo,
)
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.retention import MIN_REASON, ReferenceMismatchError
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE, png_bytes

TODAY = date(2031, 5, 20)

# Columns that point at a case, an item, a person or an account, wherever they appear.
_POINTERS = {
    "case_id": "cases", "evidence_id": "evidence", "item_id": "evidence", "original_id": "evidence",
    "person_id": "people",
    "poster_person_id": "people", "holder_person_id": "people", "account_id": "accounts", "report_id": "reports",
}


@dataclass
class Filled:
    """A case with a row in every table the schema has for a case, and the ids of what it holds."""

    case: Case
    canary: str
    evidence: set[int] = field(default_factory=set)
    people: set[int] = field(default_factory=set)  # only in this case: must go
    accounts: set[int] = field(default_factory=set)
    reports: set[int] = field(default_factory=set)


def fill_case(s: Session, canary: str, image: bytes, shared: Person | None = None,
              retention_until: date | None = date(2030, 1, 31)) -> Filled:
    """Everything a case can hold, with ``canary`` in its text; ``image`` is stored as evidence and a
    derived copy of it too. ``shared`` (a person of another case) is involved here as well."""
    case = s.cases.create(f"Dossier {canary}", Employee(pseudonym=f"Pseudo {canary}", name=f"Naam {canary}",
                                                        work_address=f"Werkadres {canary}"),
                          opened_on=date(2026, 3, 1), summary=f"Samenvatting {canary}")
    case.retention_until = retention_until
    s.cases.update(case)
    filled = Filled(case, canary)
    item = s.evidence.import_bytes(case, image, method=CaptureMethod.IMPORTED_FILE, filename=f"{canary}.png",
                                   title=f"Bewijs {canary}")
    item.transcript = f"Letterlijk: {canary}"
    item.context = f"Context {canary}"
    item.handle = f"@{canary}"
    poster = s.people.add_person(case, Person(f"Plaatser {canary}", description=f"Omschrijving {canary}"),
                                 Role.POSTER, note=f"Rol {canary}").person
    witness = s.people.add_person(case, Person(f"Getuige {canary}"), Role.WITNESS).person
    removed = s.people.add_person(case, Person(f"Weggehaald {canary}"), Role.OTHER)
    s.people.remove_from_case(case, removed)  # taken off the case earlier: no row points at it any more
    holder = Person(f"Houder {canary}")
    with s.vault.transaction() as repos:  # a person known only as an account's holder
        repos.people.add_person(holder)
    assert poster.id is not None and witness.id is not None and holder.id is not None
    assert removed.person.id is not None
    account = s.people.add_account(case, Account("X (Twitter)", handle=f"@{canary}", display_name=canary,
                                                 holder_person_id=holder.id, holder_confidence=Confidence.LIKELY,
                                                 holder_basis=f"Basis {canary}"))
    assert account.id is not None
    item.poster_person_id = poster.id
    item.account_id = account.id
    s.evidence.update_details(case, item)
    s.evidence.set_witnesses(case, item, [witness.id])
    copy = s.evidence.derive(case, item, png_bytes(20, 20, text="x"), "redacted", title=f"Kopie {canary}")
    assert item.id is not None and copy.id is not None
    s.evidence.thumbnail(item.id)
    if shared is not None:
        s.people.add_person(case, shared, Role.OTHER)
    s.notes.add(case, f"Notitie {canary}", Visibility.COUNSELLOR_ONLY)
    s.notes.add(case, f"Voor HR {canary}", Visibility.HR)
    s.checklist.save(case, ChecklistEntry(Step.DISCUSS, StepState.DONE, date(2026, 3, 2), "vp", f"Stap {canary}"))
    for scope in ConsentScope:
        s.cases.record_consent(case, scope, date(2026, 3, 2), f"Mondeling {canary}")
    s.workflow.add_conversation(case, Conversation(case.id or 0, date(2026, 3, 2), f"Aanwezig {canary}",
                                                   f"Gesprek {canary}"))
    s.workflow.start_aftercare(case)
    s.workflow.add_aftercare(case, AftercareEntry(case.id or 0, AftercareKind.CHECKIN, date(2026, 4, 1),
                                                  person_id=witness.id, note=f"Nazorg {canary}"))
    report = s.workflow.add_platform_report(case, PlatformReport(case.id or 0, "X (Twitter)", item_ids=[item.id],
                                                                 ticket=f"T-{canary}", note=f"Melding {canary}"))
    s.workflow.add_police_report(case, PoliceReport(case.id or 0, station=f"Bureau {canary}", note=canary))
    s.workflow.add_legal_action(case, LegalAction(case.id or 0, LegalKind.SOMMATIE, lawyer=f"Mr. {canary}"))
    s.workflow.add_referral(case, Referral(case.id or 0, ReferralTo.PSYCHOLOGIST, date(2026, 3, 3), note=canary))
    s.workflow.override(case, GatedAction.SHARE_WITH_HR,
                        "Acuut gevaar voor de medewerker; overleg met de bedrijfsarts gehad en vastgelegd.")
    s.review.mark_wrong(case, item, "transcript", item.transcript, f"Correctie {canary}")
    with s.vault.transaction() as repos:
        repos.workflow.exports.add(Export(case.id or 0, "police", f"Politie {canary}", utc_iso(), "vp",
                                          "ab" * 32, 1234, 1))
    filled.evidence = {item.id, copy.id}
    filled.people = {poster.id, witness.id, holder.id, removed.person.id}
    filled.accounts = {account.id}
    filled.reports = {report.id or 0}
    return filled


def tables(s: Session) -> list[str]:
    return [r[0] for r in s.vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def columns(s: Session, table: str) -> list[str]:
    return [r[1] for r in s.vault.conn.execute(f'PRAGMA table_info("{table}")')]


def rows_pointing_at(s: Session, filled: Filled) -> dict[str, int]:
    """Every row, in every table of the schema, that names the case, one of its items, people, accounts
    or platform reports by id."""
    ids: dict[str, set[int]] = {"cases": {filled.case.id or 0}, "evidence": filled.evidence, "people": filled.people,
           "accounts": filled.accounts, "reports": filled.reports}
    found: dict[str, int] = {}
    for table in tables(s):
        if table == "audit":
            continue
        for column in columns(s, table):
            target = "cases" if (table, column) == ("cases", "id") else _POINTERS.get(column)
            if table == "evidence" and column == "id":
                target = "evidence"
            if table == "people" and column == "id":
                target = "people"
            if table == "accounts" and column == "id":
                target = "accounts"
            if table == "platform_reports" and column == "id":
                target = "reports"
            if target is None or not ids[target]:
                continue
            wanted = sorted(ids[target])
            marks = ",".join("?" * len(wanted))
            n = s.vault.conn.execute(f'SELECT count(*) FROM "{table}" WHERE "{column}" IN ({marks})',
                                     wanted).fetchone()[0]
            if n:
                found[f"{table}.{column}"] = n
    return found


def traces(canary: str) -> list[bytes]:
    """The canary as stored in the tables, and its random tail in lower case: the full-text index keeps
    words folded to lower case and stores each word's start shared with the word before it only once,
    so only the tail is sure to be there verbatim."""
    return [canary.encode(), canary[-10:].lower().encode()]


def rows_holding(s: Session, canary: str) -> dict[str, int]:
    """Rows of any table (the search index's own tables included) whose any column holds a trace of
    ``canary``, as text or bytes."""
    found: dict[str, int] = {}
    for table in tables(s):
        for column in columns(s, table):
            n = sum(s.vault.conn.execute(
                f'SELECT count(*) FROM "{table}" WHERE instr(CAST("{column}" AS BLOB), ?) > 0',
                (needle,)).fetchone()[0] for needle in traces(canary))
            if n:
                found[f"{table}.{column}"] = n
    return found


def triggers(s: Session) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in s.vault.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")]


def new_canary() -> str:
    return "KANARIE" + secrets.token_hex(6).upper()


# Which cases are due -----------------------------------------------------------------------------

def test_expired_lists_cases_on_or_past_their_date_oldest_first(session: Session) -> None:
    due_today = session.cases.create("Vandaag", opened_on=date(2026, 1, 1))
    long_ago = session.cases.create("Lang geleden", opened_on=date(2026, 1, 1))
    later = session.cases.create("Later", opened_on=date(2026, 1, 1))
    session.cases.create("Zonder datum", opened_on=date(2026, 1, 1))
    for case, until in ((due_today, TODAY), (long_ago, date(2030, 2, 1)), (later, TODAY + timedelta(days=1))):
        case.retention_until = until
        session.cases.update(case)

    expired = session.retention.expired(TODAY)
    assert [(e.reference, e.title, e.retention_until) for e in expired] == [
        (long_ago.reference, "Lang geleden", date(2030, 2, 1)), (due_today.reference, "Vandaag", TODAY)]
    assert session.retention.expired(date(2029, 1, 1)) == []


# Extending -------------------------------------------------------------------------------------

def test_extend_moves_the_date_and_keeps_the_reason_as_a_counsellor_only_note(session: Session) -> None:
    case = session.cases.create("Verlengen", opened_on=date(2026, 1, 1))
    case.retention_until = date(2030, 1, 1)
    session.cases.update(case)
    reason = "Juridische procedure loopt nog (kort geding)"
    note = session.retention.extend(case, date(2032, 6, 30), reason, today=TODAY)

    stored = session.cases.get(case.id or 0)
    assert stored is not None and stored.retention_until == date(2032, 6, 30)
    assert session.retention.expired(TODAY) == []
    notes = session.notes.for_case(case)
    assert [(n.id, n.visibility, n.body) for n in notes] == [
        (note.id, Visibility.COUNSELLOR_ONLY, f"Bewaartermijn verlengd tot 30-06-2032: {reason}")]
    entry = session.vault.repos.audit.entries(case_ref=case.reference)[-1]
    assert (entry.action, entry.detail) == ("retention_extended", f"until=2032-06-30;note={note.id}")
    assert "kort geding" not in entry.detail


def test_extend_uses_the_heading_it_is_given(session: Session) -> None:
    case = session.cases.create("Verlengen", opened_on=date(2026, 1, 1))
    session.retention.extend(case, date(2032, 1, 1), "Retention extended: proceedings pending",
                             heading="Kept until 1/1/2032", today=TODAY)
    assert session.notes.for_case(case)[0].body == "Kept until 1/1/2032: Retention extended: proceedings pending"


@pytest.mark.parametrize(("until", "reason", "problems"), [
    (date(2032, 1, 1), "", ["retention_reason_too_short"]),
    (date(2032, 1, 1), "x" * (MIN_REASON - 1), ["retention_reason_too_short"]),
    (date(2032, 1, 1), "  veel    " + " " * 30 + "spaties  ", ["retention_reason_too_short"]),
    (TODAY, "Een reden die lang genoeg is om te tellen", ["retention_not_later"]),
    (date(2030, 6, 1), "Een reden die lang genoeg is om te tellen", ["retention_not_later"]),
])
def test_extend_refuses_without_a_reason_or_a_later_date_and_changes_nothing(
        session: Session, until: date, reason: str, problems: list[str]) -> None:
    case = session.cases.create("Verlengen", opened_on=date(2026, 1, 1))
    case.retention_until = date(2030, 1, 1)
    session.cases.update(case)
    audit_before = len(session.vault.repos.audit.entries())
    with pytest.raises(InvalidInputError) as refused:
        session.retention.extend(case, until, reason, today=TODAY)
    assert refused.value.problems == problems
    stored = session.cases.get(case.id or 0)
    assert stored is not None and stored.retention_until == date(2030, 1, 1)
    assert session.notes.for_case(case) == []
    assert len(session.vault.repos.audit.entries()) == audit_before


def test_extending_a_date_not_yet_reached_must_move_it_later(session: Session) -> None:
    case = session.cases.create("Verlengen", opened_on=date(2026, 1, 1))
    case.retention_until = date(2033, 1, 1)
    session.cases.update(case)
    with pytest.raises(InvalidInputError):
        session.retention.extend(case, date(2032, 1, 1), "Een reden die lang genoeg is om te tellen", today=TODAY)
    session.retention.extend(case, date(2034, 1, 1), "Een reden die lang genoeg is om te tellen", today=TODAY)
    assert case.retention_until == date(2034, 1, 1)


# Destroying ------------------------------------------------------------------------------------

def test_fill_case_really_puts_rows_in_every_table_of_a_case(session: Session) -> None:
    """The destruction tests below are only as good as the data: every table holds something of the case."""
    filled = fill_case(session, new_canary(), png_bytes(text="x"))
    pointing = rows_pointing_at(session, filled)
    holding = rows_holding(session, filled.canary)
    empty = []
    for table in tables(session):
        if table in ("audit", "meta") or (table.startswith("search_index") and table != "search_index_data"):
            continue  # no content of a case by design; the search index's words are in search_index_data
        if table in ("prevention_documents", "team_meetings"):
            continue  # the organisation's, never a case's
        if not any(key.startswith(f"{table}.") for key in (*pointing, *holding)):
            empty.append(table)
    assert empty == []
    assert "search_index_data.block" in holding  # the index's words: found, so their absence later counts
    assert "evidence_blobs.data" not in holding  # this image holds no canary


def test_destroy_removes_every_row_of_the_case_and_keeps_everything_else(session: Session) -> None:
    shared = Person("Gedeelde collega")
    other = session.cases.create("Ander dossier", Employee(pseudonym="Ander"), opened_on=date(2026, 2, 1))
    session.people.add_person(other, shared, Role.WITNESS)
    other_item = session.evidence.import_bytes(other, png_bytes(text="ander"), method=CaptureMethod.PASTED,
                                               title="Ander bewijs")
    session.notes.add(other, "Notitie in het andere dossier", Visibility.COUNSELLOR_ONLY)
    filled = fill_case(session, new_canary(), png_bytes(text="x"), shared=shared)
    assert rows_pointing_at(session, filled)
    counts_before = {t: session.vault.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                     for t in tables(session)}
    triggers_before = triggers(session)
    assert len(triggers_before) >= 9

    result = session.retention.destroy(filled.case, f"  {filled.case.reference.lower()} ")

    assert rows_pointing_at(session, filled) == {}
    assert rows_holding(session, filled.canary) == {}
    assert session.cases.get(filled.case.id or 0) is None
    assert [c.title for c in session.cases.summaries(search=filled.canary)] == []
    assert result.reference == filled.case.reference and result.checkpointed
    assert result.counts["evidence"] == 2 and result.counts["people"] == 4 and result.counts["accounts"] == 1
    assert result.counts["notes"] == 2 and result.counts["consents"] == len(ConsentScope)
    # The other case, its item, note and the shared person are untouched.
    assert session.cases.get(other.id or 0) is not None
    assert [i.person.name for i in session.people.involvements(other)] == ["Gedeelde collega"]
    assert session.evidence.original_bytes(other_item.id or 0) == png_bytes(text="ander")
    assert [n.body for n in session.notes.for_case(other)] == ["Notitie in het andere dossier"]
    assert [c.title for c in session.cases.summaries(search="andere dossier")] == ["Ander dossier"]
    counts_after = {t: session.vault.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                    for t in tables(session)}
    assert counts_after["cases"] == counts_before["cases"] - 1
    assert counts_after["people"] == counts_before["people"] - 4
    # The search index's triggers, paused during the destruction, are back as they were and work.
    assert triggers(session) == triggers_before
    other_note = session.notes.for_case(other)[0]
    session.notes.delete(other, other_note)
    assert session.cases.summaries(search="andere dossier") == []


def test_destroy_leaves_one_content_free_audit_entry_and_the_chain_verifies(
        session: Session, vault_path: Path) -> None:
    filled = fill_case(session, new_canary(), png_bytes(text="x"))
    earlier = session.vault.repos.audit.entries(case_ref=filled.case.reference)
    session.retention.destroy(filled.case, filled.case.reference)

    entries = session.vault.repos.audit.entries(case_ref=filled.case.reference)
    assert entries[:-1] == earlier  # the history stays; it holds no content
    last = entries[-1]
    assert (last.action, last.entity, last.entity_id) == ("case_destroyed", "case", str(filled.case.id))
    assert last.detail.startswith("evidence=2;notes=2;")
    assert all(part.split("=")[1].isdigit() for part in last.detail.split(";"))
    assert session.vault.repos.audit.verify().ok
    session.close()
    reopened = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        assert reopened.repos.audit.verify().ok
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()


def test_no_text_of_a_destroyed_case_stays_in_the_audit_log(session: Session) -> None:
    canary = new_canary()
    case = session.cases.create("Dossier", opened_on=date(2026, 1, 1))
    session.workflow.override(case, GatedAction.POLICE_REPORT,
                              f"Direct gevaar, besproken met {canary}; de medewerker is onbereikbaar.")
    session.retention.destroy(case, case.reference)
    assert rows_holding(session, canary) == {}


def test_destroy_refuses_a_wrong_reference_and_removes_nothing(session: Session) -> None:
    filled = fill_case(session, new_canary(), png_bytes(text="x"))
    other = session.cases.create("Ander dossier", opened_on=date(2026, 2, 1))
    before = rows_pointing_at(session, filled)
    audit_before = len(session.vault.repos.audit.entries())
    for typed in ("", "OGG", other.reference, filled.case.reference + "1", filled.case.title):
        with pytest.raises(ReferenceMismatchError):
            session.retention.destroy(filled.case, typed)
    assert rows_pointing_at(session, filled) == before
    assert len(session.vault.repos.audit.entries()) == audit_before


def test_destroy_is_one_transaction_a_failure_removes_nothing(session: Session) -> None:
    """An item of another case derived from one of this case's items (the app never makes one; written
    here directly) blocks deleting the original: the whole destruction rolls back."""
    filled = fill_case(session, new_canary(), png_bytes(text="x"))
    other = session.cases.create("Ander dossier", opened_on=date(2026, 2, 1))
    original = min(filled.evidence)
    session.vault.conn.execute("UPDATE evidence SET case_id = ?, original_id = ? WHERE id = ?",
                               (other.id, original, max(filled.evidence)))
    before = rows_pointing_at(session, filled)
    triggers_before = triggers(session)
    audit_before = len(session.vault.repos.audit.entries())
    with pytest.raises(Exception, match="FOREIGN KEY"):
        session.retention.destroy(filled.case, filled.case.reference)
    assert rows_pointing_at(session, filled) == before
    assert triggers(session) == triggers_before
    assert f"Dossier {filled.canary}" in [c.title for c in session.cases.summaries(search=filled.canary)]
    assert session.cases.get(filled.case.id or 0) is not None
    assert len(session.vault.repos.audit.entries()) == audit_before


def test_destroy_of_a_case_already_gone_says_so(session: Session) -> None:
    case = session.cases.create("Eenmalig", opened_on=date(2026, 1, 1))
    session.retention.destroy(case, case.reference)
    with pytest.raises(KeyError):
        session.retention.destroy(case, case.reference)


def test_a_destroyed_case_leaves_the_agenda_and_the_next_reference_is_new(session: Session) -> None:
    case = session.cases.create("Verlopen", opened_on=date(2026, 1, 1))
    case.retention_until = date(2030, 1, 1)
    case.status = CaseStatus.CLOSED
    session.cases.update(case)
    assert any(d.case_id == case.id for d in session.agenda.deadlines(TODAY))
    session.retention.destroy(case, case.reference)
    assert not any(d.case_id == case.id for d in session.agenda.deadlines(TODAY))
    assert session.retention.expired(TODAY) == []
    assert session.cases.create("Nieuw", opened_on=date(2026, 1, 1)).reference != case.reference
