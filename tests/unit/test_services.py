"""The services on a real SQLCipher vault: what is saved, what is refused, and what the audit log says."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ogg_desktop.domain.audit import AuditEntry
from ogg_desktop.domain.case import Case, CaseStatus, ConsentScope, Employee, LegalBasis
from ogg_desktop.domain.checklist import STEPS, ChecklistEntry, Step, StepState
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.evidence import CaptureMethod, Confidence, EvidenceItem
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Account, Person, Role
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE, png_bytes


def audit(session: Session, case: Case | None = None) -> list[AuditEntry]:
    return session.vault.repos.audit.entries(case_ref=case.reference if case else None)


def last_audit(session: Session) -> AuditEntry:
    return audit(session)[-1]


def all_audit_text(session: Session) -> str:
    return "\n".join(
        f"{e.actor}|{e.action}|{e.entity}|{e.entity_id}|{e.case_ref}|{e.detail}" for e in audit(session)
    )


def reopen(session: Session, vault_path: Path) -> Session:
    session.close()
    return Session.on(Vault.unlock(vault_path, PASSPHRASE, "tester"))


@pytest.fixture
def case(session: Session) -> Case:
    return session.cases.create("Intimidatie via LinkedIn", Employee(pseudonym="Medewerker K"),
                                opened_on=date(2026, 2, 3))


# Cases ---------------------------------------------------------------------------------------------

def test_references_count_up_per_year(session: Session) -> None:
    year = now_utc().astimezone().date().year
    first = session.cases.create("Eerste")
    second = session.cases.create("Tweede")
    third = session.cases.create("Derde")
    assert [first.reference, second.reference, third.reference] == [
        f"OGG-{year}-0001", f"OGG-{year}-0002", f"OGG-{year}-0003"]
    other_year = session.cases.create("Oud", opened_on=date(2019, 6, 1))
    assert other_year.reference == "OGG-2019-0001"
    assert session.cases.create("Vierde").reference == f"OGG-{year}-0004"
    assert session.cases.count() == 5


def test_create_saves_the_case_and_audits_it(session: Session, vault_path: Path) -> None:
    case = session.cases.create("  Nepprofiel  ", Employee(pseudonym="M1", name="Mira Jansen",
                                                          work_address="Stationsplein 1"),
                                opened_on=date(2026, 1, 2), summary="Korte samenvatting")
    assert case.id is not None
    assert case.title == "Nepprofiel"  # trimmed
    entry = last_audit(session)
    assert (entry.action, entry.entity, entry.entity_id, entry.case_ref) == (
        "case_created", "case", str(case.id), case.reference)
    session = reopen(session, vault_path)
    stored = session.cases.get(case.id)
    assert stored is not None
    assert (stored.reference, stored.title, stored.opened_on, stored.status, stored.summary) == (
        case.reference, "Nepprofiel", date(2026, 1, 2), CaseStatus.OPEN, "Korte samenvatting")
    assert stored.employee == Employee(pseudonym="M1", name="Mira Jansen", work_address="Stationsplein 1")
    assert session.cases.find(case.reference) == stored
    assert session.cases.find(case.reference.lower()) == stored
    assert session.cases.find(str(case.id)) == stored
    assert session.cases.find("OGG-1999-9999") is None


def test_create_makes_seven_open_checklist_steps(session: Session, case: Case) -> None:
    entries = session.checklist.for_case(case)
    assert len(entries) == 7
    assert [e.step for e in entries] == list(STEPS)
    assert [e.number for e in entries] == [1, 2, 3, 4, 5, 6, 7]
    assert all(e.state == StepState.OPEN and e.done_on is None for e in entries)


@pytest.mark.parametrize("title", ["", "   \t"])
def test_create_refuses_an_empty_title(session: Session, title: str) -> None:
    before = (session.cases.count(), len(audit(session)))
    with pytest.raises(InvalidInputError) as caught:
        session.cases.create(title)
    assert caught.value.problems == ["title_required"]
    assert (session.cases.count(), len(audit(session))) == before
    # The refused case used no reference number.
    year = now_utc().astimezone().date().year
    assert session.cases.create("Wel een titel").reference == f"OGG-{year}-0001"


def test_update_returns_changed_fields_and_audits_names_only(session: Session, case: Case,
                                                             vault_path: Path) -> None:
    assert case.id is not None
    case.title = "Geheime nieuwe titel XYZ"
    case.summary = "Vertrouwelijke samenvatting QQQ"
    case.employee.name = "Echte Naam RRR"
    case.legal_basis = LegalBasis.LEGAL_OBLIGATION
    changed = session.cases.update(case)
    assert sorted(changed) == ["employee.name", "legal_basis", "summary", "title"]
    entry = last_audit(session)
    assert entry.action == "case_updated"
    assert entry.case_ref == case.reference
    assert entry.detail.startswith("fields=")
    assert sorted(entry.detail.removeprefix("fields=").split(",")) == sorted(changed)
    text = all_audit_text(session)
    for secret in ("XYZ", "QQQ", "RRR", "Geheime", "Vertrouwelijke", "Echte Naam"):
        assert secret not in text
    session = reopen(session, vault_path)
    stored = session.cases.get(case.id)
    assert stored is not None
    assert (stored.title, stored.summary, stored.employee.name, stored.legal_basis) == (
        "Geheime nieuwe titel XYZ", "Vertrouwelijke samenvatting QQQ", "Echte Naam RRR",
        LegalBasis.LEGAL_OBLIGATION)


def test_update_without_changes_saves_nothing(session: Session, case: Case) -> None:
    before = len(audit(session))
    assert session.cases.update(case) == []
    assert len(audit(session)) == before


def test_closing_sets_closed_on_and_reopening_clears_it(session: Session, case: Case) -> None:
    assert case.id is not None
    case.status = CaseStatus.CLOSED
    changed = session.cases.update(case)
    today = now_utc().astimezone().date()
    assert set(changed) == {"status", "closed_on", "retention_until"}  # the organisation's default retention
    stored = session.cases.get(case.id)
    assert stored is not None
    assert stored.status == CaseStatus.CLOSED
    assert stored.closed_on == today
    summary = session.cases.summaries()[0]
    assert summary.status == CaseStatus.CLOSED

    stored.status = CaseStatus.OPEN
    assert set(session.cases.update(stored)) == {"status", "closed_on"}
    again = session.cases.get(case.id)
    assert again is not None
    assert (again.status, again.closed_on) == (CaseStatus.OPEN, None)


def test_closing_keeps_an_explicit_close_date(session: Session, case: Case) -> None:
    assert case.id is not None
    case.status = CaseStatus.CLOSED
    case.closed_on = date(2026, 2, 10)
    session.cases.update(case)
    stored = session.cases.get(case.id)
    assert stored is not None and stored.closed_on == date(2026, 2, 10)


@pytest.mark.parametrize(("change", "problem"), [
    ({"title": " "}, "title_required"),
    ({"retention_until": date(2026, 2, 2)}, "retention_before_opened"),
    ({"status": CaseStatus.CLOSED, "closed_on": date(2026, 1, 1)}, "closed_before_opened"),
])
def test_update_refuses_invalid_input_and_keeps_the_stored_case(session: Session, case: Case,
                                                                 change: dict[str, object], problem: str) -> None:
    assert case.id is not None
    stored_before = session.cases.get(case.id)
    audit_before = len(audit(session))
    with pytest.raises(InvalidInputError) as caught:
        session.cases.update(replace(case, **change))  # type: ignore[arg-type]
    assert problem in caught.value.problems
    assert session.cases.get(case.id) == stored_before
    assert len(audit(session)) == audit_before


def test_update_of_unknown_case_raises_key_error(session: Session, case: Case) -> None:
    with pytest.raises(KeyError):
        session.cases.update(replace(case, id=9999, title="Ander"))


def test_retention_on_or_after_opened_is_accepted(session: Session, case: Case) -> None:
    assert case.id is not None
    case.retention_until = case.opened_on
    assert session.cases.update(case) == ["retention_until"]
    stored = session.cases.get(case.id)
    assert stored is not None and stored.retention_until == case.opened_on


# Consents ------------------------------------------------------------------------------------------

def test_consents_are_recorded_withdrawn_and_audited_by_scope_only(session: Session, case: Case,
                                                                   vault_path: Path) -> None:
    police = session.cases.record_consent(case, ConsentScope.POLICE_REPORT, date(2026, 2, 4),
                                          "mondeling in gesprek ABC", note="notitie DEF")
    hr = session.cases.record_consent(case, ConsentScope.SHARE_WITH_HR, date(2026, 2, 5), "per e-mail")
    assert police.id is not None and hr.id is not None and police.id != hr.id
    given = audit(session, case)[-2:]
    assert [(e.action, e.detail) for e in given] == [
        ("consent_given", "scope=police_report"), ("consent_given", "scope=share_with_hr")]

    session.cases.withdraw_consent(case, police, date(2026, 3, 1))
    assert police.withdrawn_on == date(2026, 3, 1) and not police.active
    entry = last_audit(session)
    assert (entry.action, entry.entity_id, entry.detail) == ("consent_withdrawn", str(police.id),
                                                             "scope=police_report")
    text = all_audit_text(session)
    assert "ABC" not in text and "DEF" not in text and "e-mail" not in text

    session = reopen(session, vault_path)
    stored = session.cases.consents(case)
    assert [(c.scope, c.given_on, c.how, c.note, c.withdrawn_on, c.active) for c in stored] == [
        (ConsentScope.POLICE_REPORT, date(2026, 2, 4), "mondeling in gesprek ABC", "notitie DEF",
         date(2026, 3, 1), False),
        (ConsentScope.SHARE_WITH_HR, date(2026, 2, 5), "per e-mail", "", None, True),
    ]


def test_consents_belong_to_their_case(session: Session, case: Case) -> None:
    other = session.cases.create("Ander dossier")
    session.cases.record_consent(case, ConsentScope.LEGAL_STEPS, date(2026, 2, 4), "schriftelijk")
    assert session.cases.consents(other) == []
    assert len(session.cases.consents(case)) == 1


# People and accounts -------------------------------------------------------------------------------

def test_same_person_as_witness_in_two_cases(session: Session, case: Case) -> None:
    other = session.cases.create("Tweede dossier")
    piet = Person("Piet Getuige", description="collega")
    first = session.people.add_person(case, piet, Role.WITNESS)
    assert piet.id is not None
    second = session.people.add_person(other, piet, Role.WITNESS, note="zag het bericht")
    assert first.person.id == second.person.id == piet.id
    assert first.id != second.id
    count = session.vault.conn.execute("SELECT count(*) FROM people").fetchone()[0]
    assert count == 1
    in_case = session.people.involvements(case)
    in_other = session.people.involvements(other)
    assert [(i.person.name, i.role, i.note) for i in in_case] == [("Piet Getuige", Role.WITNESS, "")]
    assert [(i.person.name, i.role, i.note) for i in in_other] == [("Piet Getuige", Role.WITNESS,
                                                                     "zag het bericht")]
    entry = last_audit(session)
    assert (entry.action, entry.detail, entry.case_ref) == ("person_added", "role=witness", other.reference)
    assert "Piet" not in all_audit_text(session)


def test_one_person_with_several_roles_in_a_case(session: Session, case: Case) -> None:
    p = Person("Onbekende plaatser")
    session.people.add_person(case, p, Role.POSTER)
    session.people.add_person(case, p, Role.ACCOUNT_HOLDER)
    roles = [(i.person.id, i.role) for i in session.people.involvements(case)]
    assert roles == [(p.id, Role.POSTER), (p.id, Role.ACCOUNT_HOLDER)]


def test_adding_the_same_person_and_role_again_updates_the_note(session: Session, case: Case) -> None:
    p = Person("Piet")
    q = Person("Quirine")
    first = session.people.add_person(case, p, Role.WITNESS)
    other = session.people.add_person(case, q, Role.OTHER)
    again = session.people.add_person(case, p, Role.WITNESS, note="tweede keer")
    assert again.id == first.id
    assert [(i.id, i.person.name, i.note) for i in session.people.involvements(case)] == [
        (first.id, "Piet", "tweede keer"), (other.id, "Quirine", "")]
    # The returned involvement is the real one: removing it removes Piet, not Quirine.
    session.people.remove_from_case(case, again)
    assert [i.person.name for i in session.people.involvements(case)] == ["Quirine"]


def test_update_person_is_seen_in_every_case(session: Session, case: Case) -> None:
    other = session.cases.create("Tweede dossier")
    p = Person("Jan", description="oud")
    session.people.add_person(case, p, Role.WITNESS)
    session.people.add_person(other, p, Role.OTHER)
    p.description = "nieuwe omschrijving GHI"
    p.work_contact = "jan@werk.example"
    assert sorted(session.people.update_person(case, p)) == ["description", "work_contact"]
    assert last_audit(session).detail == "fields=description,work_contact"
    assert "GHI" not in all_audit_text(session)
    for c in (case, other):
        person = session.people.involvements(c)[0].person
        assert (person.description, person.work_contact) == ("nieuwe omschrijving GHI", "jan@werk.example")
    assert session.people.update_person(case, p) == []


def test_person_needs_a_name(session: Session, case: Case) -> None:
    with pytest.raises(InvalidInputError) as caught:
        session.people.add_person(case, Person("  "), Role.WITNESS)
    assert caught.value.problems == ["name_required"]
    assert session.people.involvements(case) == []
    p = Person("Echt")
    session.people.add_person(case, p, Role.WITNESS)
    p.name = ""
    with pytest.raises(InvalidInputError):
        session.people.update_person(case, p)
    assert session.people.involvements(case)[0].person.name == "Echt"


def test_remove_from_case_keeps_other_cases(session: Session, case: Case) -> None:
    other = session.cases.create("Tweede dossier")
    p = Person("Gedeeld")
    inv = session.people.add_person(case, p, Role.WITNESS)
    session.people.add_person(other, p, Role.WITNESS)
    session.people.remove_from_case(case, inv)
    assert session.people.involvements(case) == []
    assert [i.person.id for i in session.people.involvements(other)] == [p.id]


def test_account_holder_is_separate_from_evidence_poster(session: Session, case: Case) -> None:
    holder = Person("Vermoedelijke eigenaar")
    poster = Person("Vermoedelijke plaatser")
    session.people.add_person(case, holder, Role.ACCOUNT_HOLDER)
    session.people.add_person(case, poster, Role.POSTER)
    account = session.people.add_account(case, Account(
        platform="Instagram", handle="@nep_account", profile_url="https://instagram.example/nep_account",
        display_name="Nep", holder_person_id=holder.id, holder_confidence=Confidence.LIKELY,
        holder_basis="zelfde profielfoto"))
    assert account.id is not None
    assert account.label() == "Instagram: @nep_account"
    item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.IMPORTED_FILE)
    assert item.id is not None
    changed = session.evidence.update_details(case, replace(
        item, account_id=account.id, poster_person_id=poster.id, poster_confidence=Confidence.SUSPECTED,
        poster_basis="schrijfstijl"))
    assert sorted(changed) == ["account_id", "poster_basis", "poster_confidence", "poster_person_id"]

    stored_account = session.people.accounts(case)[0]
    assert (stored_account.holder_person_id, stored_account.holder_confidence, stored_account.holder_basis) == (
        holder.id, Confidence.LIKELY, "zelfde profielfoto")
    stored_item = session.evidence.get(item.id)
    assert stored_item is not None
    assert (stored_item.account_id, stored_item.poster_person_id, stored_item.poster_confidence,
            stored_item.poster_basis) == (account.id, poster.id, Confidence.SUSPECTED, "schrijfstijl")

    # Changing who holds the account does not change who we believe posted, and vice versa.
    stored_account.holder_confidence = Confidence.CONFIRMED
    assert session.people.update_account(case, stored_account) == ["holder_confidence"]
    again = session.evidence.get(item.id)
    assert again is not None and again.poster_confidence == Confidence.SUSPECTED
    assert session.people.accounts(case)[0].holder_confidence == Confidence.CONFIRMED
    assert "profielfoto" not in all_audit_text(session) and "schrijfstijl" not in all_audit_text(session)


def test_account_needs_a_platform(session: Session, case: Case) -> None:
    with pytest.raises(InvalidInputError) as caught:
        session.people.add_account(case, Account(platform=" ", handle="@x"))
    assert caught.value.problems == ["platform_required"]
    assert session.people.accounts(case) == []


def test_accounts_belong_to_their_case(session: Session, case: Case) -> None:
    other = session.cases.create("Tweede dossier")
    session.people.add_account(case, Account(platform="TikTok", handle="@a"))
    assert session.people.accounts(other) == []
    assert [a.handle for a in session.people.accounts(case)] == ["@a"]


# Notes ---------------------------------------------------------------------------------------------

def test_notes_add_update_delete_with_visibility(session: Session, case: Case, vault_path: Path) -> None:
    note = session.notes.add(case, "Eerste gesprek JKL", Visibility.COUNSELLOR_ONLY)
    assert note.id is not None
    assert note.author == "tester"
    assert (last_audit(session).action, last_audit(session).detail) == ("note_added", "visibility=counsellor_only")

    note.visibility = Visibility.HR
    session.notes.update(case, note)
    assert last_audit(session).detail == "fields=visibility"
    note.body = "Bijgewerkt MNO"
    session.notes.update(case, note)
    assert last_audit(session).detail == "fields=body"
    before = len(audit(session))
    session.notes.update(case, note)  # nothing changed: nothing written
    assert len(audit(session)) == before

    session = reopen(session, vault_path)
    stored = session.notes.for_case(case)
    assert [(n.body, n.visibility) for n in stored] == [("Bijgewerkt MNO", Visibility.HR)]

    session.notes.delete(case, stored[0])
    assert session.notes.for_case(case) == []
    assert last_audit(session).action == "note_deleted"
    text = all_audit_text(session)
    assert "JKL" not in text and "MNO" not in text


@pytest.mark.parametrize("body", ["", "   ", "\n\t"])
def test_empty_note_is_refused(session: Session, case: Case, body: str) -> None:
    before = len(audit(session))
    with pytest.raises(InvalidInputError) as caught:
        session.notes.add(case, body, Visibility.EMPLOYEE)
    assert caught.value.problems == ["note_empty"]
    assert session.notes.for_case(case) == []
    note = session.notes.add(case, "Inhoud", Visibility.EMPLOYEE)
    note.body = body
    with pytest.raises(InvalidInputError):
        session.notes.update(case, note)
    assert [n.body for n in session.notes.for_case(case)] == ["Inhoud"]
    assert len(audit(session)) == before + 1


# Checklist -----------------------------------------------------------------------------------------

def test_done_without_date_is_refused(session: Session, case: Case) -> None:
    before = len(audit(session))
    with pytest.raises(InvalidInputError) as caught:
        session.checklist.save(case, ChecklistEntry(Step.POLICE_REPORT, StepState.DONE))
    assert caught.value.problems == ["done_needs_date"]
    entry = session.checklist.for_case(case)[STEPS.index(Step.POLICE_REPORT)]
    assert entry.state == StepState.OPEN
    assert len(audit(session)) == before


def test_checklist_state_is_saved(session: Session, case: Case, vault_path: Path) -> None:
    session.checklist.save(case, ChecklistEntry(Step.SCREENSHOT, StepState.DONE, date(2026, 2, 3), "VP",
                                                "drie schermafdrukken"))
    session.checklist.save(case, ChecklistEntry(Step.LEGAL_HELP, StepState.NOT_APPLICABLE))
    session.checklist.save(case, ChecklistEntry(Step.DISCUSS, StepState.IN_PROGRESS, who="VP"))
    entry = last_audit(session)
    assert (entry.action, entry.entity_id, entry.detail) == ("checklist_updated", "discuss", "state=in_progress")
    assert "schermafdrukken" not in all_audit_text(session)

    session = reopen(session, vault_path)
    by_step = {e.step: e for e in session.checklist.for_case(case)}
    assert len(by_step) == 7
    assert (by_step[Step.SCREENSHOT].state, by_step[Step.SCREENSHOT].done_on, by_step[Step.SCREENSHOT].who,
            by_step[Step.SCREENSHOT].note) == (StepState.DONE, date(2026, 2, 3), "VP", "drie schermafdrukken")
    assert by_step[Step.LEGAL_HELP].state == StepState.NOT_APPLICABLE
    assert by_step[Step.DISCUSS].state == StepState.IN_PROGRESS
    assert by_step[Step.AFTERCARE].state == StepState.OPEN

    # Back to open clears the date.
    session.checklist.save(case, ChecklistEntry(Step.SCREENSHOT, StepState.OPEN))
    by_step = {e.step: e for e in session.checklist.for_case(case)}
    assert (by_step[Step.SCREENSHOT].state, by_step[Step.SCREENSHOT].done_on) == (StepState.OPEN, None)


def test_checklists_of_two_cases_are_independent(session: Session, case: Case) -> None:
    other = session.cases.create("Tweede dossier")
    session.checklist.save(case, ChecklistEntry(Step.SCREENSHOT, StepState.DONE, date(2026, 2, 3)))
    assert all(e.state == StepState.OPEN for e in session.checklist.for_case(other))


# Evidence ------------------------------------------------------------------------------------------

@pytest.fixture
def item(session: Session, case: Case) -> EvidenceItem:
    return session.evidence.import_bytes(case, png_bytes(text="bewijs"), method=CaptureMethod.REGION,
                                         filename="/home/x/schermafdruk.png", screen_geometry="1920x1080+0+0")


def test_import_records_capture_facts(session: Session, case: Case, item: EvidenceItem) -> None:
    assert item.id is not None
    stored = session.evidence.get(item.id)
    assert stored is not None
    assert stored.original_filename == "schermafdruk.png"
    assert stored.title == "schermafdruk.png"
    assert stored.method == CaptureMethod.REGION
    assert stored.screen_geometry == "1920x1080+0+0"
    assert stored.captured_at_utc.endswith("Z")
    assert stored.sha256 == hashlib.sha256(session.evidence.original_bytes(item.id)).hexdigest()
    assert [i.id for i in session.evidence.for_case(case)] == [item.id]


def test_update_details_never_changes_capture_facts(session: Session, case: Case, item: EvidenceItem) -> None:
    assert item.id is not None
    original = session.evidence.get(item.id)
    assert original is not None
    data = session.evidence.original_bytes(item.id)
    tampered = replace(
        original,
        sha256="0" * 64, captured_at_utc="1999-01-01T00:00:00Z", captured_at_local="1999-01-01T01:00:00+01:00",
        method=CaptureMethod.DERIVED, media_type="image/gif", byte_size=1, width=1, height=1,
        original_filename="anders.png", captured_by="iemand anders", app_version="0.0.0",
        screen_geometry="1x1", case_id=original.case_id,
        transcript="Letterlijke tekst van het bericht", platform="Instagram", offences=["bedreiging", "smaad"],
        learned_on=date(2026, 2, 1), url="https://example.invalid/post/1",
    )
    changed = session.evidence.update_details(case, tampered)
    assert sorted(changed) == ["learned_on", "offences", "platform", "transcript", "url"]
    stored = session.evidence.get(item.id)
    assert stored is not None
    for fact in ("sha256", "captured_at_utc", "captured_at_local", "method", "media_type", "byte_size", "width",
                 "height", "original_filename", "captured_by", "app_version", "screen_geometry", "created_at"):
        assert getattr(stored, fact) == getattr(original, fact), fact
    assert stored.transcript == "Letterlijke tekst van het bericht"
    assert stored.platform == "Instagram"
    assert stored.offences == ["bedreiging", "smaad"]
    assert stored.learned_on == date(2026, 2, 1)
    assert session.evidence.original_bytes(item.id) == data
    entry = last_audit(session)
    assert entry.action == "evidence_updated"
    assert sorted(entry.detail.removeprefix("fields=").split(",")) == sorted(changed)
    assert "Letterlijke" not in all_audit_text(session)
    assert session.verify().ok


def test_update_details_with_only_capture_facts_changed_saves_nothing(session: Session, case: Case,
                                                                     item: EvidenceItem) -> None:
    before = len(audit(session))
    assert session.evidence.update_details(case, replace(item, sha256="f" * 64, method=CaptureMethod.PASTED)) == []
    assert len(audit(session)) == before


def test_export_writes_original_and_is_audited(session: Session, case: Case, item: EvidenceItem,
                                               tmp_path: Path) -> None:
    assert item.id is not None
    target = tmp_path / "export.png"
    session.evidence.export_original(case, item, target)
    assert target.read_bytes() == session.evidence.original_bytes(item.id)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == item.sha256
    assert target.stat().st_mode & 0o777 == 0o600
    entry = last_audit(session)
    assert (entry.action, entry.entity_id) == ("evidence_exported", str(item.id))


def test_verify_on_a_clean_vault_is_ok(session: Session, case: Case, item: EvidenceItem) -> None:
    session.evidence.import_bytes(case, png_bytes(colour="#123456"), method=CaptureMethod.PASTED)
    assert session.evidence.verify_hashes() == (2, [])
    report = session.verify()
    assert report.ok
    assert report.items_checked == 2
    assert report.chain.ok
    assert report.integrity_problems == []
    assert last_audit(session).action == "verified"


def test_verify_detects_a_corrupted_blob(session: Session, case: Case, item: EvidenceItem) -> None:
    assert item.id is not None
    good = session.evidence.import_bytes(case, png_bytes(colour="#123456"), method=CaptureMethod.PASTED)
    forged = png_bytes(colour="#00ff00")
    session.vault.conn.execute("UPDATE evidence_blobs SET data = ? WHERE evidence_id = ?", (forged, item.id))
    checked, mismatches = session.evidence.verify_hashes()
    assert checked == 2
    assert len(mismatches) == 1
    bad = mismatches[0]
    assert (bad.item_id, bad.case_reference, bad.expected, bad.actual) == (
        item.id, case.reference, item.sha256, hashlib.sha256(forged).hexdigest())
    assert good.id not in [m.item_id for m in mismatches]
    report = session.verify()
    assert report.ok is False
    assert [m.item_id for m in report.mismatches] == [item.id]
    assert report.chain.ok  # the audit log itself was not touched


def test_verify_detects_a_missing_blob(session: Session, case: Case, item: EvidenceItem) -> None:
    assert item.id is not None
    session.vault.conn.execute("DELETE FROM evidence_blobs WHERE evidence_id = ?", (item.id,))
    checked, mismatches = session.evidence.verify_hashes()
    assert checked == 1
    assert [(m.item_id, m.actual) for m in mismatches] == [(item.id, "missing")]
    assert session.verify().ok is False


def test_verify_detects_a_tampered_audit_entry(session: Session, case: Case) -> None:
    session.vault.conn.execute("UPDATE audit SET detail = 'fields=niets' WHERE action = 'case_created'")
    report = session.verify()
    assert report.ok is False
    assert report.chain.ok is False
    assert report.mismatches == []
