"""Backups (issue #6; security-tests items 9 and 12) and restoring them.

- Item 12, round trip: the backup opens only with its key, passes SQLCipher's and SQLite's integrity
  checks and holds exactly the same rows as the vault had.
- Item 9, kill -9 during a backup, 20 trials: a real child process makes the backup and is killed with
  SIGKILL at moments spread over the backup's own duration (measured first; seeded, so a failing trial
  can be replayed). After each: the vault opens with its passphrase, content unchanged, integrity clean;
  the target is either absent or a complete backup that passes the same checks — never a half file.
- Restore: checked before anything is replaced; the current vault is kept as ``.before-restore-<time>``.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.paths import keyfile_path
from ogg_desktop.services.handover import (
    RestoreInvalidError,
    RestoreKeyMissingError,
    RestorePassphraseError,
    backup_to_folder,
    complete_restore,
    prepare_restore,
)
from ogg_desktop.services.session import Session
from ogg_desktop.vault.connection import Connection, open_keyed
from ogg_desktop.vault.errors import WrongPassphraseError
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS, KeyFile, new_raw_key
from ogg_desktop.vault.repositories import Repositories
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover_helpers import canary_forms, fill_case, hidden_leftovers, new_canary, table_dump

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from pathlib import Path
from ogg_desktop.vault.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"), "backup-child", via="cli")
print("ready", flush=True)
vault.backup(Path(sys.argv[2]))
print("done", flush=True)
vault.close()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return env


def _open_copy(path: Path, passphrase: str = PASSPHRASE) -> Connection:
    """Open a backup the way a restore would: its own key file, the passphrase of then."""
    raw = KeyFile.load(keyfile_path(path)).unwrap(passphrase)
    return open_keyed(path, raw)


def _checks_clean(conn: Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []  # clean is no rows at all
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def _content(dump: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """Everything but the audit log and its head (which an unlock or a backup adds to)."""
    out = {name: rows for name, rows in dump.items() if name != "audit"}
    out["meta"] = [row for row in dump.get("meta", []) if row[0] != "audit_head"]
    return out


def _noise_png(side: int, seed: int) -> bytes:
    rng = random.Random(seed)
    img = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


# Item 12: the round trip -------------------------------------------------------------------------
def test_backup_opens_only_with_its_key_passes_integrity_and_holds_the_same_rows(session: Session,
                                                                               tmp_path: Path) -> None:
    canary = new_canary()
    fill_case(session, canary)
    fill_case(session, new_canary())
    before = table_dump(session.vault.conn)
    target = tmp_path / "stick" / "kopie.ogg"
    target.parent.mkdir()
    session.vault.backup(target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["kopie.ogg", "kopie.ogg.key"]

    data = target.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert not any(form in data for form in canary_forms(canary))
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(target).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(WrongPassphraseError):
        KeyFile.load(keyfile_path(target)).unwrap("niet het wachtwoord")
    with pytest.raises(WrongPassphraseError):
        open_keyed(target, new_raw_key())

    copy = _open_copy(target)
    try:
        _checks_clean(copy)
        assert table_dump(copy) == before  # every row of every table, the audit log and search index too
        for _item, _ref, expected, blob in Repositories.on(copy).evidence.all_hashes():
            assert blob is not None and hashlib.sha256(blob).hexdigest() == expected
    finally:
        copy.close()
    # The live vault notes that a backup was made (and nothing else changed).
    after = table_dump(session.vault.conn)
    assert _content(after) == _content(before)
    assert [e.action for e in session.vault.repos.audit.entries()][-1] == "backup_made"


def test_backup_to_a_folder_names_the_copy_by_time_and_never_overwrites(session: Session, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    fill_case(session, new_canary())
    stick = tmp_path / "USB-STICK"
    stick.mkdir()
    moment = datetime(2026, 3, 14, 9, 30, 5, tzinfo=UTC)
    first = backup_to_folder(session.vault, stick, moment)
    second = backup_to_folder(session.vault, stick, moment)
    local = moment.astimezone().strftime("%Y%m%d-%H%M%S")
    assert first.path.name == f"ogg-backup-{local}.ogg"
    assert second.path.name == f"ogg-backup-{local}-2.ogg"
    assert first.size == first.path.stat().st_size + keyfile_path(first.path).stat().st_size
    for made in (first, second):
        copy = _open_copy(made.path)
        try:
            _checks_clean(copy)
        finally:
            copy.close()
    with pytest.raises(FileNotFoundError):
        backup_to_folder(session.vault, tmp_path / "stick-eruit")


# Item 9: kill -9 during a backup, 20 trials ------------------------------------------------------
def _start_child(vault: Path, target: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(vault), str(target)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    line = child.stdout.readline().strip()
    assert line == "ready", child.stderr.read() if child.stderr else line
    return child


@pytest.mark.slow
def test_kill_9_during_a_backup_leaves_the_vault_whole_and_no_half_backup(tmp_path: Path) -> None:
    path = tmp_path / "kluis" / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    session = Session.on(vault)
    fill_case(session, new_canary())
    case = session.cases.create("Groot dossier")
    for i in range(24):  # ~5 MB of incompressible images, so a backup takes a while
        session.evidence.import_bytes(case, _noise_png(260, i), method=CaptureMethod.PASTED, filename=f"{i}.png")
    vault.close()

    def live_dump() -> dict[str, list[tuple[Any, ...]]]:
        v = Vault.unlock(path, PASSPHRASE, "tester")  # opens with the passphrase: part of the check
        try:
            assert v.integrity_problems() == []
            assert v.repos.audit.verify().ok
            return table_dump(v.conn)
        finally:
            v.close()

    baseline = live_dump()
    backups = tmp_path / "stick"
    backups.mkdir()
    # Calibrate: how long one backup takes here, from "ready" to "done".
    target = backups / "kopie.ogg"
    started = time.monotonic()
    child = _start_child(path, target)
    ready_at = time.monotonic()
    out, err = child.communicate(timeout=120)
    duration = time.monotonic() - ready_at
    assert child.returncode == 0 and "done" in out, err
    assert duration > 0 and time.monotonic() - started < 120
    target.unlink()
    keyfile_path(target).unlink()

    rng = random.Random(20260314)
    outcomes: list[str] = []
    for trial in range(20):
        target = backups / f"kopie-{trial}.ogg"
        delay = 1.5 * duration * (trial + rng.random()) / 20  # over the whole backup, and just after it
        child = _start_child(path, target)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stdout:
            child.stdout.close()
        if child.stderr:
            child.stderr.close()
        if child.stdin:
            child.stdin.close()

        dump = live_dump()
        assert _content(dump) == _content(baseline), f"trial {trial}: content changed"
        assert dump["audit"][:len(baseline["audit"])] == baseline["audit"], f"trial {trial}: audit rewritten"
        assert not Path(f"{path}.partial").exists()
        if target.exists():
            copy = _open_copy(target)
            try:
                _checks_clean(copy)
                assert _content(table_dump(copy)) == _content(baseline), f"trial {trial}: backup incomplete"
            finally:
                copy.close()
            outcomes.append("complete")
        else:
            outcomes.append("absent")
            # What a killed backup left behind (hidden, encrypted) does not stand in the way of the next.
            again = Vault.unlock(path, PASSPHRASE, "tester")
            try:
                again.backup(target)
            finally:
                again.close()
            copy = _open_copy(target)
            try:
                _checks_clean(copy)
            finally:
                copy.close()
            assert hidden_leftovers(backups) == [] and not any(p.name.startswith(f".{target.name}")
                                                               for p in backups.iterdir())
        assert child.returncode in (0, -signal.SIGKILL)  # killed, or it had just finished
    # The kills landed across the backup: many before the copy was in place. The vault was whole every
    # time, and the target was either absent or complete (checked above), never a half file.
    assert outcomes.count("absent") >= 5, outcomes


# Restore ------------------------------------------------------------------------------------------
def test_restore_puts_the_backup_back_and_keeps_the_current_vault_aside(tmp_path: Path) -> None:
    path = tmp_path / "kluis" / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    session = Session.on(vault)
    fill_case(session, new_canary())
    backup = tmp_path / "stick" / "kopie.ogg"
    backup.parent.mkdir()
    vault.backup(backup)
    at_backup = table_dump(vault.conn)
    later = session.cases.create("Na de back-up gemaakt")
    vault.change_passphrase(PASSPHRASE, "een nieuw wachtwoord van later", kdf=FAST_KDF_FOR_TESTS)
    vault.close()

    prepared = prepare_restore(path, backup, PASSPHRASE)  # the passphrase that was valid back then
    assert (prepared.cases, prepared.items) == (1, 3)
    assert prepared.staged.exists() and prepared.staged.parent == path.parent
    done = complete_restore(prepared, "tester")
    try:
        assert not prepared.staged.exists()
        restored = table_dump(done.vault.conn)
        assert _content(restored) == _content(at_backup)
        actions = [e.action for e in done.vault.repos.audit.entries()]
        assert actions[-1] == "backup_restored"
        assert done.vault.integrity_problems() == [] and done.vault.repos.audit.verify().ok
    finally:
        done.vault.close()
    # The vault now opens with the backup's passphrase; the vault as it was is kept, with its key.
    Vault.unlock(path, PASSPHRASE, "tester").close()
    assert done.kept_aside is not None and done.kept_aside.name.startswith("kluis.ogg.before-restore-")
    kept = Vault.unlock(done.kept_aside, "een nieuw wachtwoord van later", "tester")
    try:
        assert Session.on(kept).cases.find(later.reference) is not None
    finally:
        kept.close()
    assert hidden_leftovers(path.parent) == []
    assert backup.exists() and keyfile_path(backup).exists()  # the backup itself is left as it was


def test_a_backup_that_cannot_be_restored_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kluis" / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    fill_case(Session.on(vault), new_canary())
    backup = tmp_path / "kopie.ogg"
    vault.backup(backup)
    vault.close()
    before = (path.read_bytes(), keyfile_path(path).read_bytes())

    with pytest.raises(RestorePassphraseError):
        prepare_restore(path, backup, "niet het wachtwoord van toen")
    key = keyfile_path(backup).read_bytes()
    keyfile_path(backup).unlink()
    with pytest.raises(RestoreKeyMissingError):
        prepare_restore(path, backup, PASSPHRASE)
    keyfile_path(backup).write_bytes(key)
    # A byte flipped in a middle page (an SQLCipher HMAC catches it), and a cut-off copy.
    good = backup.read_bytes()
    damaged = bytearray(good)
    damaged[len(good) // 2] ^= 0x40
    backup.write_bytes(bytes(damaged))
    with pytest.raises(RestoreInvalidError):
        prepare_restore(path, backup, PASSPHRASE)
    backup.write_bytes(good[: len(good) // 2])
    with pytest.raises((RestoreInvalidError, WrongPassphraseError)):
        prepare_restore(path, backup, PASSPHRASE)
    # Another vault's key file beside this backup: it unwraps, but does not open the backup.
    other_path = tmp_path / "ander" / "kluis.ogg"
    Vault.create(other_path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)[0].close()
    backup.write_bytes(good)
    keyfile_path(backup).write_bytes(keyfile_path(other_path).read_bytes())
    with pytest.raises(RestoreInvalidError):
        prepare_restore(path, backup, PASSPHRASE)

    assert (path.read_bytes(), keyfile_path(path).read_bytes()) == before
    assert hidden_leftovers(path.parent) == []
    assert sorted(p.name for p in path.parent.iterdir()) == ["kluis.ogg", "kluis.ogg.key"]


def test_a_restore_that_fails_after_the_swap_puts_the_previous_vault_back(tmp_path: Path) -> None:
    path = tmp_path / "kluis" / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    session = Session.on(vault)
    fill_case(session, new_canary())
    backup = tmp_path / "kopie.ogg"
    vault.backup(backup)
    session.cases.create("Alleen in de huidige kluis")
    vault.change_passphrase(PASSPHRASE, "een nieuw wachtwoord van later", kdf=FAST_KDF_FOR_TESTS)
    current = table_dump(vault.conn)
    vault.close()
    prepared = prepare_restore(path, backup, PASSPHRASE)
    # The checked copy is damaged after the check (a failing disk, say): the reopen after the swap fails.
    data = bytearray(prepared.staged.read_bytes())
    data[100] ^= 0x01
    prepared.staged.write_bytes(bytes(data))
    with pytest.raises(WrongPassphraseError):
        complete_restore(prepared, "tester")
    back = Vault.unlock(path, "een nieuw wachtwoord van later", "tester")  # the previous vault and key file
    try:
        assert _content(table_dump(back.conn)) == _content(current)
        assert back.integrity_problems() == []
    finally:
        back.close()
    assert hidden_leftovers(path.parent) == []
