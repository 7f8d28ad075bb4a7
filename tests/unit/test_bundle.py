"""Handover bundles (issue #6): one case or the whole vault in one encrypted file with its own passphrase.

Real SQLCipher vaults on disk, real bundle files; the bundle's content is searched by opening it with
its own key. Tampering is done on the real file's bytes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ogg_desktop.domain.case import Employee
from ogg_desktop.paths import keyfile_path
from ogg_desktop.services.handover import HandoverService, open_bundle_as_vault
from ogg_desktop.services.session import Session
from ogg_desktop.vault import bundle, bundle_write, migrations
from ogg_desktop.vault.bundle import (
    BundleDamagedError,
    BundleHashMismatchError,
    BundleKind,
    BundlePassphraseError,
    BundleTargetExistsError,
    BundleTooNewError,
    NotABundleError,
    opened_bundle,
    read_header,
)
from ogg_desktop.vault.connection import open_keyed
from ogg_desktop.vault.errors import WrongPassphraseError
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS, new_raw_key, parse_recovery_key
from ogg_desktop.vault.schema import LATEST
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover_helpers import (
    BUNDLE_PASSPHRASE,
    all_text,
    canary_forms,
    case_content,
    fill_case,
    hidden_leftovers,
    new_canary,
    table_dump,
)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Session]:
    """The successor's vault, on "another laptop" (another folder)."""
    vault, _ = Vault.create(tmp_path / "opvolger" / "kluis.ogg", PASSPHRASE, "opvolger", kdf=FAST_KDF_FOR_TESTS)
    session = Session.on(vault)
    yield session
    if vault.conn is not None:
        vault.close()


def export_case(session: Session, case_ref: str, target: Path) -> bundle.BundleWritten:
    case = session.cases.find(case_ref)
    assert case is not None
    return HandoverService(session.vault).export_case(case, target, BUNDLE_PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)


def test_one_case_round_trip_carries_that_case_and_nothing_else(session: Session, other: Session,
                                                                 tmp_path: Path) -> None:
    mine, theirs = new_canary(), new_canary()
    case = fill_case(session, mine)
    fill_case(session, theirs)
    target = tmp_path / "stick" / "overdracht.oggbundle"
    target.parent.mkdir()
    written = export_case(session, case.reference, target)
    assert (written.kind, written.cases, written.items) == (BundleKind.CASE, 1, 3)
    assert sorted(p.name for p in target.parent.iterdir()) == ["overdracht.oggbundle"]  # nothing else left

    # The file's plain bytes hold no content: neither case's marker, in any encoding.
    raw = target.read_bytes()
    assert raw.startswith(b"OGGBUNDLE1 ")
    for canary in (mine, theirs):
        assert not any(form in raw for form in canary_forms(canary))
    assert b"SQLite format 3" not in raw

    # Decrypted with its own key, the bundle holds this case and no trace of the other one.
    workdir = tmp_path / "controle"
    with opened_bundle(target, BUNDLE_PASSPHRASE, workdir) as opened:
        assert opened.conn is not None
        text = all_text(opened.conn)
        assert mine.encode() in text
        assert not any(form in text for form in canary_forms(theirs))
        assert [ref for ref, _t, _n in opened.summaries()] == [case.reference]
        assert opened.items_checked == 3
    assert list(workdir.iterdir()) == []  # the extracted copy is gone

    result = HandoverService(other.vault).import_bundle(target, BUNDLE_PASSPHRASE)
    assert [(c.old_reference, c.renamed) for c in result.cases] == [(case.reference, False)]
    imported = other.cases.get(result.cases[0].case_id)
    assert imported is not None
    assert case_content(other, imported) == case_content(session, case)
    # Evidence bytes and hashes are the same, byte for byte.
    for before, after in zip(session.evidence.for_case(case), other.evidence.for_case(imported), strict=True):
        assert after.sha256 == before.sha256
        assert other.evidence.original_bytes(after.id or 0) == session.evidence.original_bytes(before.id or 0)
    # Search finds the imported case (the full-text index was filled), and only one case arrived.
    assert [c.reference for c in other.cases.summaries(search=mine)] == [imported.reference]
    assert other.cases.summaries(search=theirs) == []
    report = other.verify()
    assert report.ok
    # The audit log has counts only, never a name or text.
    entries = [e for e in other.vault.repos.audit.entries() if e.action == "bundle_imported"]
    assert len(entries) == 1 and entries[0].case_ref == imported.reference
    assert "items=3" in entries[0].detail and mine not in entries[0].detail
    exported = [e for e in session.vault.repos.audit.entries() if e.action == "bundle_exported"]
    assert len(exported) == 1 and exported[0].detail == "kind=case;cases=1;items=3"
    assert exported[0].case_ref == case.reference


def test_whole_vault_round_trip_into_a_vault_with_its_own_cases(session: Session, other: Session,
                                                                 tmp_path: Path) -> None:
    markers = [new_canary() for _ in range(3)]
    cases = [fill_case(session, m) for m in markers]
    own = other.cases.create("Eigen dossier van de opvolger")
    before_own = case_content(other, own)
    target = tmp_path / "alles.oggbundle"
    written = HandoverService(session.vault).export_vault(target, BUNDLE_PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    assert (written.kind, written.cases, written.items) == (BundleKind.VAULT, 3, 9)
    assert not any(form in target.read_bytes() for m in markers for form in canary_forms(m))

    result = HandoverService(other.vault).import_bundle(target, BUNDLE_PASSPHRASE)
    assert len(result.cases) == 3 and result.items == 9
    # The successor's first case had the first reference: that one is renamed, the rest keep theirs.
    assert [c.renamed for c in result.cases] == [True, False, False]
    assert result.cases[0].old_reference == own.reference
    for original, imported in zip(cases, result.cases, strict=True):
        copy = other.cases.get(imported.case_id)
        assert copy is not None
        assert case_content(other, copy) == case_content(session, original)
    assert case_content(other, own) == before_own
    assert other.verify().ok


def test_whole_vault_bundle_opens_as_a_new_vault_with_the_successors_passphrase(session: Session,
                                                                                tmp_path: Path) -> None:
    marker = new_canary()
    case = fill_case(session, marker)
    target = tmp_path / "alles.oggbundle"
    HandoverService(session.vault).export_vault(target, BUNDLE_PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    new_path = tmp_path / "laptop-opvolger" / "kluis.ogg"
    new_passphrase = "zeven groene kikkers op een rij"
    recovery, count = open_bundle_as_vault(target, BUNDLE_PASSPHRASE, new_path, new_passphrase, "opvolger",
                                           kdf=FAST_KDF_FOR_TESTS)
    assert count == 1
    assert sorted(p.name for p in new_path.parent.iterdir()) == ["kluis.ogg", "kluis.ogg.key"]
    # Neither the old vault's passphrase nor the bundle's opens it; the successor's does, and so does
    # the printed recovery key (a new key: the bundle's key is not the vault's key).
    for wrong in (PASSPHRASE, BUNDLE_PASSPHRASE):
        with pytest.raises(WrongPassphraseError):
            Vault.unlock(new_path, wrong, "opvolger")
    with opened_bundle(target, BUNDLE_PASSPHRASE, tmp_path / "x") as opened:
        bundle_key = opened.raw_key
    with pytest.raises(WrongPassphraseError):
        open_keyed(new_path, bundle_key)
    vault = Vault.unlock(new_path, new_passphrase, "opvolger")
    try:
        successor = Session.on(vault)
        copy = successor.cases.find(case.reference)
        assert copy is not None
        assert case_content(successor, copy) == case_content(session, case)
        assert successor.verify().ok  # the audit chain came along whole, and goes on
        actions = [e.action for e in vault.repos.audit.entries()]
        assert "case_created" in actions and "bundle_imported" in actions
        assert vault.repos.meta.get("vault_id") != session.vault.repos.meta.get("vault_id")
    finally:
        vault.close()
    Vault.unlock_with_recovery_key(new_path, recovery, "opvolger").close()
    assert parse_recovery_key(recovery)


def test_a_case_bundle_opens_as_a_new_vault_too(session: Session, tmp_path: Path) -> None:
    case = fill_case(session, new_canary())
    target = tmp_path / "een.oggbundle"
    export_case(session, case.reference, target)
    new_path = tmp_path / "nieuw" / "kluis.ogg"
    recovery, count = open_bundle_as_vault(target, BUNDLE_PASSPHRASE, new_path, "zeven groene kikkers op een rij",
                                           "opvolger", kdf=FAST_KDF_FOR_TESTS)
    assert count == 1 and recovery
    vault = Vault.unlock(new_path, "zeven groene kikkers op een rij", "opvolger")
    try:
        successor = Session.on(vault)
        copy = successor.cases.find(case.reference)
        assert copy is not None and case_content(successor, copy) == case_content(session, case)
    finally:
        vault.close()


def test_wrong_bundle_passphrase_is_a_clear_error_and_changes_nothing(session: Session, other: Session,
                                                                      tmp_path: Path) -> None:
    case = fill_case(session, new_canary())
    target = tmp_path / "een.oggbundle"
    export_case(session, case.reference, target)
    before = table_dump(other.vault.conn)
    with pytest.raises(BundlePassphraseError):
        HandoverService(other.vault).import_bundle(target, "niet het goede wachtwoord")
    assert table_dump(other.vault.conn) == before
    assert hidden_leftovers(other.vault.path.parent) == []


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _header_offset(path: Path, text: bytes) -> int:
    data = path.read_bytes()
    at = data.index(text)
    assert at < read_header(path).db_offset
    return at


@pytest.mark.parametrize("where", ["created_at", "schema_version", "wrapped_key", "salt", "db_first_page",
                                   "db_middle", "db_last_byte", "truncated"])
def test_a_tampered_bundle_is_refused_and_nothing_is_imported(session: Session, other: Session, tmp_path: Path,
                                                              where: str) -> None:
    case = fill_case(session, new_canary())
    target = tmp_path / "een.oggbundle"
    export_case(session, case.reference, target)
    header = read_header(target)
    doc = json.loads(target.read_bytes()[20:header.db_offset - 1])
    if where == "created_at":
        _flip(target, _header_offset(target, doc["created_at"].encode()) + 3)
    elif where == "schema_version":
        _flip(target, _header_offset(target, b'"schema_version": ') + len(b'"schema_version": '))
    elif where == "wrapped_key":
        _flip(target, _header_offset(target, doc["key"]["wrapped_key"].encode()) + 5)
    elif where == "salt":
        _flip(target, _header_offset(target, doc["key"]["kdf"]["salt"].encode()) + 2)
    elif where == "db_first_page":
        _flip(target, header.db_offset + 100)
    elif where == "db_middle":
        _flip(target, header.db_offset + header.db_size // 2)
    elif where == "db_last_byte":
        _flip(target, header.db_offset + header.db_size - 1)
    else:
        target.write_bytes(target.read_bytes()[:-4096])
    before = table_dump(other.vault.conn)
    with pytest.raises((BundleDamagedError, BundlePassphraseError)) as caught:
        HandoverService(other.vault).import_bundle(target, BUNDLE_PASSPHRASE)
    if where.startswith("db_") or where == "truncated":
        assert isinstance(caught.value, BundleDamagedError)  # the passphrase was right: it says "damaged"
    assert table_dump(other.vault.conn) == before
    assert other.vault.repos.audit.verify().ok
    assert hidden_leftovers(other.vault.path.parent) == []


def test_a_file_that_is_not_a_bundle_says_so(other: Session, tmp_path: Path) -> None:
    fake = tmp_path / "vakantie.oggbundle"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    with pytest.raises(NotABundleError):
        HandoverService(other.vault).import_bundle(fake, BUNDLE_PASSPHRASE)
    # A vault (an SQLCipher file) is not a bundle either.
    with pytest.raises(NotABundleError):
        HandoverService(other.vault).import_bundle(other.vault.path, BUNDLE_PASSPHRASE)


def test_reference_collisions_get_the_next_free_reference_and_numbering_goes_on(session: Session, other: Session,
                                                                                tmp_path: Path) -> None:
    for _ in range(3):
        session.cases.create("Voorganger", Employee(pseudonym="x"))
    last = session.cases.create("Het vierde dossier")  # OGG-<year>-0004 at the predecessor
    target = tmp_path / "een.oggbundle"
    export_case(session, last.reference, target)
    first = other.cases.create("Eerste van de opvolger")  # OGG-<year>-0001 here: no collision
    result = HandoverService(other.vault).import_bundle(target, BUNDLE_PASSPHRASE)
    assert result.cases[0].new_reference == last.reference and not result.cases[0].renamed
    # The successor's own numbering must never hand out the imported reference again.
    numbers = {other.cases.create(f"Nieuw {i}").reference for i in range(4)}
    assert last.reference not in numbers and first.reference not in numbers
    # Importing the same bundle again: the reference exists now, so the copy gets a new one.
    again = HandoverService(other.vault).import_bundle(target, BUNDLE_PASSPHRASE)
    assert again.cases[0].renamed
    assert again.cases[0].old_reference == last.reference
    assert other.cases.find(again.cases[0].new_reference) is not None
    year = last.reference.split("-")[1]
    assert again.cases[0].new_reference.startswith(f"OGG-{year}-")
    references = [r.reference for r in other.cases.summaries(limit=100)]
    assert len(references) == len(set(references)) == 7


def test_a_bundle_from_a_newer_app_is_refused(tmp_path: Path, other: Session) -> None:
    source_path = tmp_path / "nieuwer.db"
    conn = open_keyed(source_path, new_raw_key(), create=True)
    try:
        migrations.apply(conn, start=0)
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
        target = tmp_path / "nieuwer.oggbundle"
        bundle.write_bundle(conn, target, BUNDLE_PASSPHRASE, BundleKind.VAULT, kdf=FAST_KDF_FOR_TESTS)
    finally:
        conn.close()
    assert read_header(target).schema_version == LATEST + 1
    before = table_dump(other.vault.conn)
    with pytest.raises(BundleTooNewError):
        HandoverService(other.vault).import_bundle(target, BUNDLE_PASSPHRASE)
    assert table_dump(other.vault.conn) == before
    with pytest.raises(BundleTooNewError):
        open_bundle_as_vault(target, BUNDLE_PASSPHRASE, tmp_path / "n" / "kluis.ogg", "zeven groene kikkers op een rij",
                             "opvolger", kdf=FAST_KDF_FOR_TESTS)
    assert not (tmp_path / "n" / "kluis.ogg").exists()


def test_a_bundle_from_an_older_app_is_migrated_on_import(tmp_path: Path, other: Session) -> None:
    source_path = tmp_path / "ouder.db"
    conn = open_keyed(source_path, new_raw_key(), create=True)
    try:
        migrations.apply(conn, upto=5, start=0)
        conn.execute("INSERT INTO cases(reference, title, opened_on, created_at, updated_at) "
                     "VALUES ('OGG-2024-0009', 'Uit een oude versie', '2024-02-01', '2024-02-01T10:00:00Z', "
                     "'2024-02-01T10:00:00Z')")
        target = tmp_path / "ouder.oggbundle"
        bundle.write_bundle(conn, target, BUNDLE_PASSPHRASE, BundleKind.CASE, [1], kdf=FAST_KDF_FOR_TESTS)
    finally:
        conn.close()
    assert read_header(target).schema_version == 5
    result = HandoverService(other.vault).import_bundle(target, BUNDLE_PASSPHRASE)
    assert [(c.new_reference, c.title) for c in result.cases] == [("OGG-2024-0009", "Uit een oude versie")]


def test_an_item_whose_bytes_do_not_match_its_hash_stops_the_whole_import(
        session: Session, other: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = fill_case(session, new_canary())
    fill_case(session, new_canary())
    # The predecessor's vault was damaged: one item's bytes no longer match its recorded hash.
    session.vault.conn.execute("UPDATE evidence_blobs SET data = ? WHERE evidence_id = "
                               "(SELECT max(id) FROM evidence)", (b"\x89PNG changed",))
    target = tmp_path / "alles.oggbundle"
    with pytest.raises(BundleHashMismatchError):  # the export itself refuses to carry it
        HandoverService(session.vault).export_vault(target, BUNDLE_PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    assert not target.exists() and hidden_leftovers(tmp_path) == []
    # Made anyway (a FAKE: the export's own hash check switched off, as an older or altered app might),
    # the import checks every item again and takes over nothing.
    monkeypatch.setattr(bundle_write, "_check_hashes", lambda conn: 0)
    HandoverService(session.vault).export_vault(target, BUNDLE_PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    monkeypatch.undo()
    before = table_dump(other.vault.conn)
    with pytest.raises(BundleHashMismatchError):
        HandoverService(other.vault).import_bundle(target, BUNDLE_PASSPHRASE)
    assert table_dump(other.vault.conn) == before
    assert case.id is not None


def test_export_never_overwrites_and_a_weak_bundle_passphrase_is_refused(session: Session, tmp_path: Path) -> None:
    from ogg_desktop.services.cases import InvalidInputError

    case = fill_case(session, new_canary())
    target = tmp_path / "een.oggbundle"
    target.write_bytes(b"van iemand anders")
    with pytest.raises(BundleTargetExistsError):
        export_case(session, case.reference, target)
    assert target.read_bytes() == b"van iemand anders"
    with pytest.raises(InvalidInputError):
        HandoverService(session.vault).export_case(case, tmp_path / "zwak.oggbundle", "welkom123",
                                                   kdf=FAST_KDF_FOR_TESTS)
    assert not (tmp_path / "zwak.oggbundle").exists()
    assert hidden_leftovers(tmp_path) == []


def test_the_bundle_database_is_sqlcipher_not_sqlite(session: Session, tmp_path: Path) -> None:
    case = fill_case(session, new_canary())
    target = tmp_path / "een.oggbundle"
    export_case(session, case.reference, target)
    header = read_header(target)
    part = tmp_path / "part.db"
    part.write_bytes(target.read_bytes()[header.db_offset:])
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(part).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert keyfile_path(target).exists() is False  # one file: nothing beside it
