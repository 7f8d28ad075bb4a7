"""The vault as a caller sees it: what goes in comes back out, with the promised pragmas and backups.

Real SQLCipher files in ``tmp_path``; nothing is mocked.
"""

from __future__ import annotations

import hashlib
import os
import stat
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ogg_desktop.domain.case import ConsentScope, Employee, LegalBasis
from ogg_desktop.domain.checklist import ChecklistEntry, Step, StepState
from ogg_desktop.domain.evidence import CaptureMethod, Confidence
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Account, Person, Role
from ogg_desktop.paths import keyfile_path
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import BackupFailedError, VaultExistsError, VaultNotFoundError, WrongPassphraseError
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE, png_bytes


def snapshot(s: Session) -> dict[str, Any]:
    """Everything a user can see of every case, as plain comparable values."""
    out: dict[str, Any] = {}
    for summary in s.cases.summaries():
        case = s.cases.get(summary.id)
        assert case is not None
        items = s.evidence.for_case(case)
        out[case.reference] = {
            "summary": summary,
            "case": case,
            "evidence": items,
            "bytes": [s.evidence.original_bytes(i.id) for i in items if i.id is not None],
            "people": s.people.involvements(case),
            "accounts": s.people.accounts(case),
            "notes": s.notes.for_case(case),
            "checklist": s.checklist.for_case(case),
            "consents": s.cases.consents(case),
        }
    return out


def test_round_trip_everything_is_back_after_close_and_unlock(
    new_vault: tuple[Vault, str], vault_path: Path
) -> None:
    vault, _ = new_vault
    s = Session.on(vault)
    case = s.cases.create(
        "Nepaccount op LinkedIn",
        Employee(pseudonym="Medewerker A", name="Anna de Vries", work_address="Stadhuisplein 1, Utrecht"),
        opened_on=date(2026, 3, 2),
        summary="Berichten sinds maart",
    )
    other = s.cases.create("Tweede dossier", opened_on=date(2026, 1, 5))
    img1 = png_bytes(colour="#112233", text="een")
    img2 = png_bytes(width=80, height=60, colour="#445566", text="twee")
    e1 = s.evidence.import_bytes(case, img1, method=CaptureMethod.REGION, filename="eerste.png",
                                 title="Eerste bericht")
    e2 = s.evidence.import_bytes(case, img2, method=CaptureMethod.IMPORTED_FILE, filename="tweede.png")
    e1.platform = "LinkedIn"
    e1.url = "https://www.linkedin.com/posts/123"
    e1.transcript = "Letterlijke tekst van het bericht"
    e1.offences = ["belediging", "bedreiging"]
    e1.learned_on = date(2026, 3, 1)
    e1.poster_confidence = Confidence.LIKELY
    assert s.evidence.update_details(case, e1)

    poster = s.people.add_person(case, Person("J. Jansen", description="oud-collega"), Role.POSTER,
                                 note="vermoedelijk")
    s.people.add_person(case, poster.person, Role.ACCOUNT_HOLDER)
    s.people.add_person(case, Person("P. Pietersen", work_contact="p.pietersen@example.org"), Role.WITNESS)
    s.people.add_account(case, Account(
        "LinkedIn", handle="@nepaccount", profile_url="https://www.linkedin.com/in/nep",
        display_name="Nep Naam", holder_person_id=poster.person.id,
        holder_confidence=Confidence.SUSPECTED, holder_basis="zelfde schrijfstijl"))
    bodies = {
        Visibility.COUNSELLOR_ONLY: "Alleen voor mij: eerste gesprek was zwaar.",
        Visibility.EMPLOYEE: "Te delen met de medewerker: volgende stap is melden.",
        Visibility.HR: "Te delen met HR: verzoek om verlof.",
    }
    for visibility, body in bodies.items():
        s.notes.add(case, body, visibility)
    s.checklist.save(case, ChecklistEntry(Step.DISCUSS, StepState.DONE, date(2026, 3, 3), "VP", "besproken"))
    s.checklist.save(case, ChecklistEntry(Step.PLATFORM_REPORT, StepState.IN_PROGRESS, note="gemeld bij LinkedIn"))
    s.checklist.save(case, ChecklistEntry(Step.POLICE_REPORT, StepState.NOT_APPLICABLE))
    s.cases.record_consent(case, ConsentScope.PLATFORM_REPORT, date(2026, 3, 3), "mondeling")
    case.legal_basis = LegalBasis.LEGITIMATE_INTEREST
    assert s.cases.update(case) == ["legal_basis"]

    before = snapshot(s)
    vault.close()
    assert vault.conn is None

    reopened = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        s2 = Session.on(reopened)
        after = snapshot(s2)
        assert after == before
        # Not just equal to itself: the concrete things we put in are there.
        assert set(after) == {case.reference, other.reference}
        mine = after[case.reference]
        assert mine["case"].title == "Nepaccount op LinkedIn"
        assert mine["case"].employee == Employee("Medewerker A", "Anna de Vries", "Stadhuisplein 1, Utrecht", "")
        assert mine["case"].legal_basis == LegalBasis.LEGITIMATE_INTEREST
        assert mine["bytes"] == [img1, img2]
        assert [i.sha256 for i in mine["evidence"]] == [hashlib.sha256(img1).hexdigest(),
                                                        hashlib.sha256(img2).hexdigest()]
        assert [i.id for i in mine["evidence"]] == [e1.id, e2.id]
        stored = mine["evidence"][0]
        assert (stored.platform, stored.transcript, stored.offences, stored.learned_on, stored.poster_confidence) \
            == ("LinkedIn", "Letterlijke tekst van het bericht", ["belediging", "bedreiging"], date(2026, 3, 1),
                Confidence.LIKELY)
        assert mine["evidence"][1].method == CaptureMethod.IMPORTED_FILE
        assert mine["summary"].evidence_count == 2
        assert sorted((i.person.name, i.role) for i in mine["people"]) == [
            ("J. Jansen", Role.ACCOUNT_HOLDER), ("J. Jansen", Role.POSTER), ("P. Pietersen", Role.WITNESS)]
        [account] = mine["accounts"]
        assert (account.handle, account.holder_person_id, account.holder_confidence) == (
            "@nepaccount", poster.person.id, Confidence.SUSPECTED)
        assert {n.visibility: n.body for n in mine["notes"]} == bodies
        states = {e.step: (e.state, e.done_on) for e in mine["checklist"]}
        assert len(states) == 7
        assert states[Step.DISCUSS] == (StepState.DONE, date(2026, 3, 3))
        assert states[Step.PLATFORM_REPORT] == (StepState.IN_PROGRESS, None)
        assert states[Step.POLICE_REPORT] == (StepState.NOT_APPLICABLE, None)
        assert states[Step.SCREENSHOT][0] == StepState.DONE  # the case has evidence
        assert [(c.scope, c.how) for c in mine["consents"]] == [(ConsentScope.PLATFORM_REPORT, "mondeling")]
        assert after[other.reference]["evidence"] == []
        assert s2.verify().ok
    finally:
        reopened.close()


def test_unicode_passphrase_created_nfc_opens_with_nfd(vault_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "Wachtwoord café ünïcode ø")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd and nfc.encode() != nfd.encode()
    vault, _ = Vault.create(vault_path, nfc, "tester", kdf=FAST_KDF_FOR_TESTS)
    vault.close()

    reopened = Vault.unlock(vault_path, nfd, "tester")
    try:
        assert reopened.repos.audit.verify().ok
    finally:
        reopened.close()
    again = Vault.unlock(vault_path, nfc, "tester")
    again.close()
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_path, "Wachtwoord cafe unicode o", "tester")


def _assert_pragmas(conn: Any) -> None:
    assert str(conn.execute("PRAGMA cipher_version").fetchone()[0]).startswith("4.")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY: temp files are not encrypted
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_pragmas_on_an_unlocked_vault(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    _assert_pragmas(new_vault[0].conn)
    new_vault[0].close()
    # The same after a fresh unlock from disk, not just on the connection that created the file.
    reopened = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        _assert_pragmas(reopened.conn)
    finally:
        reopened.close()


def test_create_refuses_an_existing_vault_and_unlock_refuses_a_missing_one(
    new_vault: tuple[Vault, str], vault_path: Path, tmp_path: Path
) -> None:
    new_vault[0].close()
    before = vault_path.read_bytes()
    with pytest.raises(VaultExistsError):
        Vault.create(vault_path, "een ander wachtwoord", "tester", kdf=FAST_KDF_FOR_TESTS)
    assert vault_path.read_bytes() == before
    missing = tmp_path / "nergens" / "kluis.ogg"
    with pytest.raises(VaultNotFoundError):
        Vault.unlock(missing, PASSPHRASE, "tester")
    assert not missing.parent.exists()


def test_vault_files_are_private(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    new_vault[0].close()
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(keyfile_path(vault_path).stat().st_mode) == 0o600


# Backups ------------------------------------------------------------------------------------

def _content(s: Session) -> list[tuple[str, str, list[bytes]]]:
    out = []
    for summary in s.cases.summaries():
        case = s.cases.get(summary.id)
        assert case is not None
        items = s.evidence.for_case(case)
        out.append((case.reference, case.title, [s.evidence.original_bytes(i.id) for i in items if i.id]))
    return out


def test_backup_round_trip(new_vault: tuple[Vault, str], tmp_path: Path) -> None:
    vault, recovery = new_vault
    s = Session.on(vault)
    case = s.cases.create("Dossier voor de back-up")
    s.evidence.import_bytes(case, png_bytes(colour="#010203"), method=CaptureMethod.PASTED)
    s.evidence.import_bytes(case, png_bytes(width=90, colour="#a0b0c0"), method=CaptureMethod.REGION)
    s.notes.add(case, "notitie in de back-up", Visibility.COUNSELLOR_ONLY)
    expected = _content(s)
    assert len(expected[0][2]) == 2

    out_dir = tmp_path / "backups"
    out_dir.mkdir()
    target = out_dir / "kopie.ogg"
    written = vault.backup(target)
    assert written == target.resolve()
    assert target.exists() and keyfile_path(target).exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(keyfile_path(target).stat().st_mode) == 0o600
    assert sorted(p.name for p in out_dir.iterdir()) == ["kopie.ogg", "kopie.ogg.key"]  # no partial leftovers
    assert not target.read_bytes().startswith(b"SQLite format 3")
    assert vault.repos.audit.entries()[-1].action == "backup_made"
    vault.close()

    with pytest.raises(WrongPassphraseError):
        Vault.unlock(target, "niet het goede wachtwoord", "tester")
    with pytest.raises(WrongPassphraseError):
        Vault.unlock_with_recovery_key(target, os.urandom(32).hex(), "tester")

    copy = Vault.unlock(target, PASSPHRASE, "tester")
    try:
        assert copy.integrity_problems() == []
        assert _content(Session.on(copy)) == expected
        assert Session.on(copy).verify().ok
    finally:
        copy.close()
    by_recovery = Vault.unlock_with_recovery_key(target, recovery, "tester")
    try:
        assert by_recovery.integrity_problems() == []
        assert _content(Session.on(by_recovery)) == expected
    finally:
        by_recovery.close()


def test_backup_into_missing_folder_fails_and_leaves_nothing(
    new_vault: tuple[Vault, str], vault_path: Path, tmp_path: Path
) -> None:
    vault, _ = new_vault
    Session.on(vault).cases.create("Dossier")
    files_before = sorted(p.name for p in vault_path.parent.iterdir())
    target = tmp_path / "bestaat-niet" / "kopie.ogg"
    with pytest.raises(BackupFailedError):
        vault.backup(target)
    assert not target.parent.exists()
    assert not target.exists() and not keyfile_path(target).exists()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == files_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kluis"]
    # The live vault is unharmed and still usable.
    assert vault.integrity_problems() == []
    assert Session.on(vault).cases.count() == 1
