"""The audit log is hash-chained: editing, deleting, reordering or cutting off entries is detected and
the first bad entry is named. It records what happened, never case content."""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ogg_desktop.domain.audit import GENESIS, AuditEntry, entry_hash, verify_chain
from ogg_desktop.domain.case import Employee
from ogg_desktop.domain.checklist import ChecklistEntry, Step, StepState
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Account, Person, Role
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE, png_bytes

_COLUMNS = ("at_utc", "actor", "action", "entity", "entity_id", "case_ref", "detail", "prev_hash", "hash")


# Pure chain ---------------------------------------------------------------------------------

def make_chain(n: int, first_id: int = 1) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    prev = GENESIS
    for i in range(first_id, first_id + n):
        fields = (f"2026-01-01T00:00:{i % 60:02d}Z", "tester", f"action_{i}", "case", str(i), "OGG-2026-0001",
                  f"detail {i}")
        digest = entry_hash(prev, i, *fields)
        entries.append(AuditEntry(i, *fields, prev, digest))
        prev = digest
    return entries


def head_of(entries: list[AuditEntry]) -> tuple[int, str]:
    return entries[-1].id, entries[-1].hash


def test_verify_chain_accepts_an_intact_chain() -> None:
    chain = make_chain(6)
    report = verify_chain(chain, head_of(chain))
    assert report.ok and report.checked == 6 and report.first_bad_id is None
    assert verify_chain([], None).ok


@pytest.mark.parametrize("index", [0, 2, 5])
@pytest.mark.parametrize("field", ["at_utc", "actor", "action", "entity", "entity_id", "case_ref", "detail"])
def test_verify_chain_names_an_edited_entry(index: int, field: str) -> None:
    chain = make_chain(6)
    head = head_of(chain)
    chain[index] = replace(chain[index], **{field: getattr(chain[index], field) + "x"})
    report = verify_chain(chain, head)
    assert not report.ok
    assert report.first_bad_id == chain[index].id
    assert report.checked == index
    assert report.reason == "hash"


def test_verify_chain_edit_with_recomputed_hash_breaks_the_next_link() -> None:
    chain = make_chain(6)
    head = head_of(chain)
    e = chain[2]
    forged = replace(e, detail="vervalst")
    chain[2] = replace(forged, hash=entry_hash(e.prev_hash, e.id, e.at_utc, e.actor, e.action, e.entity,
                                               e.entity_id, e.case_ref, "vervalst"))
    report = verify_chain(chain, head)
    assert not report.ok
    assert report.first_bad_id == chain[3].id
    assert report.reason == "prev_hash"


def test_verify_chain_names_a_gap_a_reorder_and_a_missing_first_entry() -> None:
    chain = make_chain(6)
    head = head_of(chain)
    gap = chain[:3] + chain[4:]
    assert verify_chain(gap, head).first_bad_id == 5
    assert verify_chain(gap, head).reason == "gap"
    reordered = [*chain[:2], chain[3], chain[2], *chain[4:]]
    assert verify_chain(reordered, head).first_bad_id == 4
    assert not verify_chain(reordered, head).ok
    headless = chain[1:]
    assert verify_chain(headless, head).first_bad_id == 2
    assert verify_chain(headless, head).reason == "prev_hash"


def test_verify_chain_notices_a_cut_off_tail() -> None:
    chain = make_chain(6)
    head = head_of(chain)
    report = verify_chain(chain[:4], head)
    assert not report.ok and report.first_bad_id == 5 and report.reason == "truncated"
    report = verify_chain([], head)
    assert not report.ok and report.first_bad_id == 6 and report.reason == "truncated"
    # A head that does not match the last entry's hash (the last entry replaced wholesale).
    forged_last = make_chain(6)
    forged_last[-1] = replace(forged_last[-1], hash="f" * 64)
    assert not verify_chain(forged_last, head).ok


# On a real vault ----------------------------------------------------------------------------

@pytest.fixture
def audited(new_vault: tuple[Vault, str]) -> Vault:
    """A vault with a dozen or so audited changes."""
    vault, _ = new_vault
    s = Session.on(vault)
    case = s.cases.create("Dossier A", Employee(pseudonym="A"))
    s.notes.add(case, "een notitie", Visibility.COUNSELLOR_ONLY)
    s.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.REGION)
    s.people.add_person(case, Person("Iemand"), Role.WITNESS)
    s.checklist.save(case, ChecklistEntry(Step.DISCUSS, StepState.IN_PROGRESS))
    case.title = "Dossier A (bijgewerkt)"
    s.cases.update(case)
    s.cases.create("Dossier B")
    assert vault.repos.audit.verify().ok
    assert len(vault.repos.audit.entries()) >= 9
    return vault


def _ids(vault: Vault) -> list[int]:
    return [e.id for e in vault.repos.audit.entries()]


def test_vault_chain_is_intact_after_normal_use_and_reopen(audited: Vault) -> None:
    report = audited.repos.audit.verify()
    assert report.ok and report.checked == len(_ids(audited))
    path = audited.path
    audited.close()
    reopened = Vault.unlock(path, PASSPHRASE, "tester")
    try:
        assert reopened.repos.audit.verify().ok
        actions = [e.action for e in reopened.repos.audit.entries()]
        assert actions[0] == "vault_created"
        assert actions[-2:] == ["lock", "unlock"]
    finally:
        reopened.close()


def test_changed_detail_of_a_middle_row_is_named(audited: Vault) -> None:
    ids = _ids(audited)
    middle = ids[len(ids) // 2]
    audited.conn.execute("UPDATE audit SET detail = detail || ' (aangepast)' WHERE id = ?", (middle,))
    report = audited.repos.audit.verify()
    assert not report.ok
    assert report.first_bad_id == middle


def test_changed_action_or_time_of_a_middle_row_is_named(audited: Vault) -> None:
    ids = _ids(audited)
    middle = ids[len(ids) // 2]
    audited.conn.execute("UPDATE audit SET at_utc = '2020-01-01T00:00:00Z' WHERE id = ?", (middle + 1,))
    report = audited.repos.audit.verify()
    assert not report.ok and report.first_bad_id == middle + 1


def test_deleted_middle_row_is_named(audited: Vault) -> None:
    ids = _ids(audited)
    middle = ids[len(ids) // 2]
    audited.conn.execute("DELETE FROM audit WHERE id = ?", (middle,))
    report = audited.repos.audit.verify()
    assert not report.ok
    assert report.first_bad_id == middle + 1  # the first entry whose predecessor is gone


def test_deleted_first_row_is_detected(audited: Vault) -> None:
    audited.conn.execute("DELETE FROM audit WHERE id = 1")
    report = audited.repos.audit.verify()
    assert not report.ok and report.first_bad_id == 2


def test_swapped_rows_are_named(audited: Vault) -> None:
    ids = _ids(audited)
    a, b = ids[2], ids[5]
    cols = ", ".join(_COLUMNS)
    row_a = audited.conn.execute(f"SELECT {cols} FROM audit WHERE id = ?", (a,)).fetchone()
    row_b = audited.conn.execute(f"SELECT {cols} FROM audit WHERE id = ?", (b,)).fetchone()
    sets = ", ".join(f"{c} = ?" for c in _COLUMNS)
    audited.conn.execute(f"UPDATE audit SET {sets} WHERE id = ?", (*row_b, a))
    audited.conn.execute(f"UPDATE audit SET {sets} WHERE id = ?", (*row_a, b))
    report = audited.repos.audit.verify()
    assert not report.ok
    assert report.first_bad_id == a


def test_reordered_ids_are_named(audited: Vault) -> None:
    """Moving an entry elsewhere in the order (its id changed, everything else kept)."""
    ids = _ids(audited)
    a, b = ids[3], ids[4]
    audited.conn.execute("UPDATE audit SET id = -1 WHERE id = ?", (a,))
    audited.conn.execute("UPDATE audit SET id = ? WHERE id = ?", (a, b))
    audited.conn.execute("UPDATE audit SET id = ? WHERE id = -1", (b,))
    report = audited.repos.audit.verify()
    assert not report.ok
    assert report.first_bad_id == a


def test_tail_truncation_is_named(audited: Vault) -> None:
    ids = _ids(audited)
    last = ids[-1]
    audited.conn.execute("DELETE FROM audit WHERE id = ?", (last,))
    report = audited.repos.audit.verify()
    assert not report.ok
    assert report.first_bad_id == last
    assert report.reason == "truncated"


def test_tampering_survives_close_and_is_reported_by_session_verify(audited: Vault) -> None:
    ids = _ids(audited)
    audited.conn.execute("UPDATE audit SET actor = 'iemand anders' WHERE id = ?", (ids[1],))
    path = audited.path
    audited.close()
    reopened = Vault.unlock(path, PASSPHRASE, "tester")
    try:
        report = Session.on(reopened).verify()
        assert not report.ok
        assert not report.chain.ok and report.chain.first_bad_id == ids[1]
        assert report.integrity_problems == []
    finally:
        reopened.close()


def test_audit_never_holds_case_content(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    canary = "KANARIE" + secrets.token_hex(6)
    s = Session.on(vault)
    case = s.cases.create(f"Titel {canary}", Employee(pseudonym=f"P {canary}", name=f"N {canary}"),
                          summary=f"Samenvatting {canary}")
    case.title = f"Nieuwe titel {canary}2"
    case.employee.work_address = f"Werkadres {canary}"
    assert s.cases.update(case)
    note = s.notes.add(case, f"Notitie {canary}", Visibility.HR)
    note.body = f"Notitie bijgewerkt {canary}"
    s.notes.update(case, note)
    item = s.evidence.import_bytes(case, png_bytes(text="x"), method=CaptureMethod.IMPORTED_FILE,
                                   filename=f"{canary}.png", title=f"Bewijs {canary}")
    item.transcript = f"Transcript {canary}"
    item.handle = f"@{canary}"
    assert s.evidence.update_details(case, item)
    s.people.add_person(case, Person(f"Persoon {canary}", description=canary), Role.POSTER, note=canary)
    s.people.add_account(case, Account("X (Twitter)", handle=f"@{canary}", display_name=canary))
    s.checklist.save(case, ChecklistEntry(Step.DISCUSS, StepState.DONE, date(2026, 1, 2), canary, canary))
    s.notes.delete(case, note)
    vault.close()

    reopened = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        entries = reopened.repos.audit.entries()
        actions = {e.action for e in entries}
        assert {"case_created", "case_updated", "note_added", "note_updated", "evidence_added",
                "evidence_updated", "person_added", "account_added", "checklist_updated",
                "note_deleted"} <= actions
        rows = reopened.conn.execute("SELECT * FROM audit").fetchall()
        assert rows
        for row in rows:
            for value in row:
                assert canary.lower() not in str(value).lower(), row
        # What changed is named, not what it became.
        updated = next(e for e in entries if e.action == "case_updated")
        assert "title" in updated.detail and "employee.work_address" in updated.detail
    finally:
        reopened.close()
