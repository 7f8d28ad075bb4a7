"""Review mode's service on a real SQLCipher vault: corrections, consent, the passphrase to leave."""

from __future__ import annotations

import unicodedata
from dataclasses import astuple
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ogg_desktop.domain.audit import AuditEntry
from ogg_desktop.domain.case import Case, ConsentScope, Employee
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.evidence import CaptureMethod, EvidenceItem, chronological_key
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Person, Role
from ogg_desktop.paths import keyfile_path
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.session import Session
from ogg_desktop.vault import schema
from ogg_desktop.vault.errors import KeyFileMissingError
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
from ogg_desktop.vault.vault import Vault, build_vault_file
from tests.conftest import PASSPHRASE, png_bytes

CORRECTION = "Het was niet mijn oud-collega maar haar broer ZEEPAARDJE-71"
SHOWN = "Ik weet waar je woont KWAL-33"


def _case(session: Session, title: str = "Bericht op LinkedIn") -> Case:
    return session.cases.create(title, Employee(pseudonym="Medewerker A"))


def _item(session: Session, case: Case, colour: str = "#224466", **details: object) -> EvidenceItem:
    item = session.evidence.import_bytes(case, png_bytes(colour=colour), method=CaptureMethod.REGION)
    if details:
        for name, value in details.items():
            setattr(item, name, value)
        session.evidence.update_details(case, item)
    return item


def _entries(session: Session, action: str) -> list[AuditEntry]:
    return [e for e in session.vault.repos.audit.entries() if e.action == action]


# Leaving with the passphrase -----------------------------------------------------------------------

def test_check_passphrase_accepts_only_the_vaults_passphrase(session: Session) -> None:
    assert session.vault.check_passphrase(PASSPHRASE)
    assert session.vault.check_passphrase(unicodedata.normalize("NFD", PASSPHRASE))
    assert not session.vault.check_passphrase(PASSPHRASE + " ")
    assert not session.vault.check_passphrase("")


def test_check_passphrase_compares_with_the_open_vaults_key(session: Session, tmp_path: Path) -> None:
    """A key file of another vault, wrapped under the same passphrase, does not end review mode."""
    other, _ = Vault.create(tmp_path / "ander" / "kluis.ogg", PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    other.close()
    keyfile_path(session.vault.path).write_bytes(keyfile_path(tmp_path / "ander" / "kluis.ogg").read_bytes())
    assert not session.vault.check_passphrase(PASSPHRASE)


def test_check_passphrase_without_key_file_raises(session: Session) -> None:
    keyfile_path(session.vault.path).unlink()
    with pytest.raises(KeyFileMissingError):
        session.vault.check_passphrase(PASSPHRASE)


def test_leave_is_audited_and_a_wrong_passphrase_changes_nothing_else(session: Session) -> None:
    case = _case(session)
    session.review.start(case)
    assert not session.review.leave(case, "verkeerd wachtwoord")
    assert session.review.leave(case, PASSPHRASE)
    actions = [e.action for e in session.vault.repos.audit.entries(case.reference)]
    assert actions[-3:] == ["review_started", "review_passphrase_wrong", "review_ended"]
    assert session.vault.repos.audit.verify().ok


# Klopt niet -------------------------------------------------------------------------------------

def test_mark_wrong_stores_the_employees_words_beside_the_fact(session: Session, vault_path: Path) -> None:
    case = _case(session)
    item = _item(session, case, transcript=SHOWN)
    before = now_utc()
    stored = session.review.mark_wrong(case, item, "transcript", SHOWN, "  " + CORRECTION + "\n")
    assert stored.id is not None
    assert (stored.case_id, stored.item_id, stored.field) == (case.id, item.id, "transcript")
    assert (stored.wrong, stored.correction, stored.by) == (SHOWN, CORRECTION, "tester")
    at = datetime.fromisoformat(stored.at_utc.replace("Z", "+00:00"))
    assert before <= at <= now_utc() + timedelta(seconds=1)
    assert session.evidence.get(item.id or 0).transcript == SHOWN  # type: ignore[union-attr]  # fact untouched

    # Kept in the encrypted file: the same after closing and opening the vault again.
    session.vault.close()
    reopened = Session.on(Vault.unlock(vault_path, PASSPHRASE, "tester"))
    try:
        assert reopened.review.corrections(case) == [stored]
    finally:
        reopened.close()


def test_mark_wrong_audit_has_time_field_and_item_but_never_the_words(session: Session) -> None:
    case = _case(session)
    item = _item(session, case, transcript=SHOWN)
    stored = session.review.mark_wrong(case, item, "transcript", SHOWN, CORRECTION)
    about_case = session.review.mark_wrong(case, None, "summary", "De samenvatting", "Het begon in mei POTVIS-5")
    entries = _entries(session, "review_correction")
    assert [(e.entity, e.entity_id, e.case_ref, e.detail) for e in entries] == [
        ("correction", str(stored.id), case.reference, f"field=transcript;item={item.id}"),
        ("correction", str(about_case.id), case.reference, "field=summary"),
    ]
    assert entries[0].at_utc == stored.at_utc
    for entry in session.vault.repos.audit.entries():
        text = " ".join(str(v) for v in astuple(entry))
        for secret in ("ZEEPAARDJE-71", "KWAL-33", "POTVIS-5"):
            assert secret not in text
    assert session.vault.repos.audit.verify().ok


@pytest.mark.parametrize(("field", "words", "problem"), [
    ("transcript", "   \n ", "correction_empty"),
    ("transcript", "x" * 4001, "correction_too_long"),
    ("wachtwoord", "iets", "correction_field_unknown"),
])
def test_bad_corrections_are_refused_and_nothing_is_written(session: Session, field: str, words: str,
                                                            problem: str) -> None:
    case = _case(session)
    item = _item(session, case)
    audit_before = len(session.vault.repos.audit.entries())
    with pytest.raises(InvalidInputError) as raised:
        session.review.mark_wrong(case, item, field, "getoond", words)
    assert raised.value.problems == [problem]
    assert session.review.corrections(case) == []
    assert len(session.vault.repos.audit.entries()) == audit_before


def test_a_correction_cannot_point_at_another_cases_item(session: Session) -> None:
    case = _case(session)
    other = _case(session, "Ander dossier")
    foreign = _item(session, other)
    with pytest.raises(ValueError, match="another case"):
        session.review.mark_wrong(case, foreign, "title", "", "klopt niet")
    assert session.review.corrections(case) == [] and session.review.corrections(other) == []


# Consent ----------------------------------------------------------------------------------------

def test_consent_given_and_withdrawn_is_recorded_and_audited(session: Session) -> None:
    case = _case(session)
    today = now_utc().astimezone().date()
    consent = session.review.set_consent(case, ConsentScope.SHARE_WITH_HR, True, how="bij samen bekijken")
    assert consent is not None and consent.active
    [recorded] = session.cases.consents(case)
    assert (recorded.scope, recorded.given_on, recorded.how, recorded.withdrawn_on) == (
        ConsentScope.SHARE_WITH_HR, today, "bij samen bekijken", None)
    assert session.review.active_consents(case)[ConsentScope.SHARE_WITH_HR] == recorded
    assert session.review.active_consents(case)[ConsentScope.POLICE_REPORT] is None

    # Giving again while it is in force records nothing new.
    assert session.review.set_consent(case, ConsentScope.SHARE_WITH_HR, True) == recorded
    assert len(session.cases.consents(case)) == 1

    assert session.review.set_consent(case, ConsentScope.SHARE_WITH_HR, False) is None
    [withdrawn] = session.cases.consents(case)
    assert withdrawn.withdrawn_on == today and not withdrawn.active
    assert session.review.set_consent(case, ConsentScope.SHARE_WITH_HR, False) is None  # nothing to withdraw

    given = _entries(session, "review_consent_given")
    taken = _entries(session, "review_consent_withdrawn")
    assert [(e.entity_id, e.detail) for e in given] == [(str(recorded.id), "scope=share_with_hr")]
    assert [(e.entity_id, e.detail) for e in taken] == [(str(recorded.id), "scope=share_with_hr")]
    assert given[0].at_utc <= taken[0].at_utc
    # The ordinary consent entries are written too, so the overview and the reports see the same thing.
    assert [e.action for e in session.vault.repos.audit.entries(case.reference)][-4:] == [
        "consent_given", "review_consent_given", "consent_withdrawn", "review_consent_withdrawn"]


# What the employee sees ---------------------------------------------------------------------------

def test_only_notes_shared_with_the_employee(session: Session) -> None:
    case = _case(session)
    session.notes.add(case, "VP-GEHEIM-Q7", Visibility.COUNSELLOR_ONLY)
    shared = session.notes.add(case, "Afspraak over de melding", Visibility.EMPLOYEE)
    hr = session.notes.add(case, "Voor HR en medewerker", Visibility.HR)
    assert [n.id for n in session.review.shared_notes(case)] == [shared.id, hr.id]


def test_items_in_the_order_they_appeared(session: Session) -> None:
    case = _case(session)
    late = _item(session, case, "#111111", posted_on=date(2026, 5, 1))
    early = _item(session, case, "#222222", posted_on=date(2026, 1, 1))
    undated = _item(session, case, "#333333")
    _item(session, _case(session, "Ander"), "#444444")
    items = session.review.items(case)
    assert [i.id for i in items] == [i.id for i in sorted(items, key=chronological_key)]
    assert [i.id for i in items] == [early.id, late.id, undated.id]


def test_poster_name_only_for_someone_in_this_case(session: Session) -> None:
    case = _case(session)
    other = _case(session, "Ander")
    here = session.people.add_person(case, Person(name="Oud-collega B"), Role.POSTER)
    elsewhere = session.people.add_person(other, Person(name="ANDERE-ZAAK-XK42"), Role.POSTER)
    item = _item(session, case, poster_person_id=here.person.id)
    assert session.review.poster_name(case, item) == "Oud-collega B"
    item.poster_person_id = elsewhere.person.id
    assert session.review.poster_name(case, item) == ""


# The schema -------------------------------------------------------------------------------------

def test_a_vault_from_before_corrections_migrates(vault_path: Path) -> None:
    build_vault_file(vault_path, PASSPHRASE, "tester", FAST_KDF_FOR_TESTS, schema_version=schema.LATEST - 1)
    session = Session.on(Vault.unlock(vault_path, PASSPHRASE, "tester"))
    try:
        assert session.vault.schema_version() == schema.LATEST
        case = _case(session)
        session.review.mark_wrong(case, None, "summary", "", "Het klopt niet")
        assert [c.correction for c in session.review.corrections(case)] == ["Het klopt niet"]
    finally:
        session.close()
