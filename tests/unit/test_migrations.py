"""Schema migrations: an old vault opens and migrates, after a verified backup, inside a transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ogg_desktop.domain.case import Case, Employee
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Note, Visibility
from ogg_desktop.paths import keyfile_path
from ogg_desktop.services.session import Session
from ogg_desktop.vault import migrations, schema
from ogg_desktop.vault import vault as vault_module
from ogg_desktop.vault.connection import integrity_problems, open_keyed, transaction
from ogg_desktop.vault.errors import MigrationFailedError, SchemaTooNewError
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS, KeyFile
from ogg_desktop.vault.repositories import Repositories
from ogg_desktop.vault.vault import Vault, build_vault_file
from tests.conftest import PASSPHRASE, png_bytes

IMAGE = png_bytes(colour="#335577")


def _fill(path: Path, raw: bytes) -> None:
    """Write a case, an evidence item and a note with the repositories, as the app at that version did."""
    conn = open_keyed(path, raw)
    try:
        repos = Repositories.on(conn)
        with transaction(conn):
            case = Case(reference=repos.cases.next_reference(2025), title="Walvisbericht op Facebook",
                        opened_on=date(2025, 6, 1), employee=Employee(pseudonym="Medewerker Z"))
            # The case as the v1 app wrote it too: v1's columns only (v10 added the classification).
            case.id = int(conn.execute(
                "INSERT INTO cases(reference, title, employee_pseudonym, opened_on, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?)", (case.reference, case.title, case.employee.pseudonym,
                                        case.opened_on.isoformat(), "2025-06-01T10:00:00Z",
                                        "2025-06-01T10:00:00Z")).lastrowid)
            repos.checklist.create_for_case(case.id)
            # Evidence as the v1 app wrote it: v1's columns only (later versions added columns).
            cur = conn.execute(
                "INSERT INTO evidence(case_id, sha256, media_type, byte_size, captured_at_utc, captured_at_local, "
                "method, app_version, title, transcript, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (case.id, _sha(IMAGE), "image/png", len(IMAGE), "2025-06-01T10:00:00Z", "2025-06-01T12:00:00+02:00",
                 CaptureMethod.REGION.value, "0.0.1", "schermafdruk", "de zeekoe zwemt voorbij",
                 "2025-06-01T10:00:00Z"))
            conn.execute("INSERT INTO evidence_blobs(evidence_id, data) VALUES (?, ?)", (cur.lastrowid, IMAGE))
            repos.notes.add(Note(case.id, "afspraak met de pinguïn", Visibility.COUNSELLOR_ONLY))
            repos.audit.append("tester", "case_created", "case", case.id, case.reference)
    finally:
        conn.close()


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _user_version(path: Path, raw: bytes) -> int:
    conn = open_keyed(path, raw)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_v1_vault_opens_and_migrates_to_latest(vault_path: Path) -> None:
    raw = build_vault_file(vault_path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS, schema_version=1)
    assert _user_version(vault_path, raw) == 1
    _fill(vault_path, raw)

    vault = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        assert vault.schema_version() == schema.LATEST
        assert schema.LATEST >= 2
        backup = vault.migration_backup
        assert backup is not None and backup.exists()
        assert backup.parent == vault_path.parent
        assert keyfile_path(backup).exists()
        s = Session.on(vault)
        # Full-text search (added in v2) finds what was written at v1: case title, transcript, note.
        for word in ("walvis", "Walvisbericht", "zeekoe", "pinguin", "Medewerker"):
            assert [c.title for c in s.cases.summaries(search=word)] == ["Walvisbericht op Facebook"], word
        assert s.cases.summaries(search="olifant") == []
        [case] = s.cases.summaries()
        full = s.cases.get(case.id)
        assert full is not None
        [item] = s.evidence.for_case(full)
        assert s.evidence.original_bytes(item.id or 0) == IMAGE
        actions = [e.action for e in vault.repos.audit.entries()]
        assert "schema_migrated" in actions
        report = s.verify()
        assert report.ok and report.items_checked == 1
    finally:
        vault.close()

    # The pre-migration backup is a verified encrypted copy at version 1, opened with the same passphrase.
    backup_raw = KeyFile.load(keyfile_path(backup)).unwrap(PASSPHRASE)
    assert backup_raw == raw
    conn = open_keyed(backup, backup_raw)
    try:
        assert int(conn.execute("PRAGMA user_version").fetchone()[0]) == 1
        assert conn.execute("SELECT title FROM cases").fetchall() == [("Walvisbericht op Facebook",)]
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'search_index'").fetchone()[0] == 0
        assert integrity_problems(conn) == []
    finally:
        conn.close()
    assert not backup.read_bytes().startswith(b"SQLite format 3")

    # A second unlock does not migrate (or back up) again.
    again = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        assert again.migration_backup is None
    finally:
        again.close()


def test_vault_from_a_newer_app_is_refused_and_left_unchanged(vault_path: Path) -> None:
    raw = build_vault_file(vault_path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    conn = open_keyed(vault_path, raw)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    before = vault_path.read_bytes()
    mtime = vault_path.stat().st_mtime_ns
    names = sorted(p.name for p in vault_path.parent.iterdir())

    with pytest.raises(SchemaTooNewError):
        Vault.unlock(vault_path, PASSPHRASE, "tester")

    assert vault_path.read_bytes() == before
    assert vault_path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in vault_path.parent.iterdir()) == names  # no backup, no leftovers
    assert _user_version(vault_path, raw) == schema.LATEST + 1


def test_failing_migration_rolls_back(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = build_vault_file(vault_path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    _fill(vault_path, raw)
    assert _user_version(vault_path, raw) == schema.LATEST

    broken_next = [
        "CREATE TABLE half_done (x INTEGER)",
        "UPDATE cases SET title = 'door migratie overschreven'",
        "DELETE FROM notes",
        "THIS IS NOT SQL",
    ]
    patched = [*schema.MIGRATIONS, broken_next]
    monkeypatch.setattr(schema, "MIGRATIONS", patched)
    monkeypatch.setattr(schema, "LATEST", len(patched))
    monkeypatch.setattr(migrations, "MIGRATIONS", patched)
    monkeypatch.setattr(migrations, "LATEST", len(patched))
    monkeypatch.setattr(vault_module, "LATEST", len(patched))

    with pytest.raises(MigrationFailedError):
        Vault.unlock(vault_path, PASSPHRASE, "tester")
    backups = sorted(vault_path.parent.glob("*.backup"))
    assert len(backups) == 1  # made before the migration, so the user has a way back
    monkeypatch.undo()

    assert _user_version(vault_path, raw) == schema.LATEST
    vault = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        assert vault.integrity_problems() == []
        s = Session.on(vault)
        assert [c.title for c in s.cases.summaries()] == ["Walvisbericht op Facebook"]
        assert vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "half_done" not in tables
        assert s.verify().ok
    finally:
        vault.close()


def test_each_migration_is_its_own_transaction(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """From v1 with a broken v3: v2 is kept (committed), v3 leaves no trace."""
    raw = build_vault_file(vault_path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS, schema_version=1)
    _fill(vault_path, raw)
    patched = [*schema.MIGRATIONS[:2], ["CREATE TABLE half_done (x)", "SELECT * FROM no_such_table"]]
    monkeypatch.setattr(migrations, "MIGRATIONS", patched)
    monkeypatch.setattr(migrations, "LATEST", 3)
    monkeypatch.setattr(vault_module, "LATEST", 3)
    with pytest.raises(MigrationFailedError):
        Vault.unlock(vault_path, PASSPHRASE, "tester")
    monkeypatch.undo()
    assert _user_version(vault_path, raw) == 2
    vault = Vault.unlock(vault_path, PASSPHRASE, "tester")  # the real migrations from v2 on
    try:
        assert vault.schema_version() == schema.LATEST
        assert [c.title for c in vault.repos.cases.summaries(search="zeekoe")] == ["Walvisbericht op Facebook"]
        assert vault.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    finally:
        vault.close()
