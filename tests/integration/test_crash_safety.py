"""Crash safety: kill -9 in the middle of writing, and a full disk (issue #6, security-tests items 3, 8, 9, 10).

Real SQLCipher files, real processes killed with SIGKILL (the child is tests/integration/crash_child.py),
and a real full file system (a small tmpfs; the tests that need it are skipped where mounting is not
allowed). Delays are drawn from seeded generators, so a failing trial can be replayed.

What "concurrent" means here is what the app does: one process holds the vault (``InstanceLock``), all
writes go through its one connection (the GUI thread, which also stores captures), while worker threads
read through connections of their own (``Vault.reader()``, as the report builder does).
tests/integration/test_security.py additionally kills two writer connections in one process.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ogg_desktop.cli import run as cli_run
from ogg_desktop.domain.case import Case, Employee
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Note, Visibility
from ogg_desktop.gui.messages import report_error_text, vault_error_text
from ogg_desktop.paths import keyfile_path
from ogg_desktop.reports.model import ReportKind
from ogg_desktop.services.session import Session
from ogg_desktop.vault.connection import open_keyed, transaction
from ogg_desktop.vault.errors import DiskFullError, VaultDamagedError, VaultError, WrongPassphraseError
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS, KeyFile, format_recovery_key, new_raw_key
from ogg_desktop.vault.repositories import Repositories
from ogg_desktop.vault.vault import Vault, build_vault_file
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
DISK_FULL_NL = "De schijf is vol"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(OGG_LANG="nl", QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return env


class Child:
    """tests/integration/crash_child.py in its own process; its stdout lines are collected as they come."""

    def __init__(self, mode: str, vault: Path, *args: str, stdin: list[str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.crash_child", mode, str(vault), *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            env=child_env(),
        )
        assert self.proc.stdin is not None
        self.proc.stdin.write("".join(line + "\n" for line in stdin))
        self.proc.stdin.close()
        self.lines: list[str] = []
        self.stderr = ""
        self._changed = threading.Condition()
        self._readers = [threading.Thread(target=self._read_stdout, daemon=True),
                         threading.Thread(target=self._read_stderr, daemon=True)]
        for reader in self._readers:
            reader.start()

    def _read_stdout(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()

    def wait_for(self, word: str, timeout: float = 60) -> str:
        """The first complete line that starts with ``word``; fails the test if none comes."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = next((ln for ln in self.lines if ln.startswith(word) and ln.endswith("\n")), None)
                if found is not None:
                    return found
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._readers[0].is_alive()):
                    break
                self._changed.wait(min(left, 0.5))
        self.kill()
        pytest.fail(f"the child never printed {word}: {self.stderr[-2000:]}")

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        for reader in self._readers:
            reader.join(timeout=30)

    def complete(self, word: str) -> list[list[str]]:
        """The words of every whole line (a line cut off by the kill does not count) starting with ``word``."""
        return [ln.split()[1:] for ln in self.lines if ln.endswith("\n") and ln.split()[:1] == [word]]


def noise_png(side: int) -> bytes:
    img = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def scalar(vault: Vault, sql: str) -> int:
    return int(vault.conn.execute(sql).fetchone()[0])


def file_state(*paths: Path) -> dict[str, tuple[bytes, int] | None]:
    """Bytes and mtime of each file (None where it does not exist)."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) if p.exists() else None for p in paths}


# 8. kill -9 during concurrent evidence inserts ---------------------------------------------------------

def _check_after_insert_crash(vault_path: Path, acknowledged: dict[int, str], trials: int, trial: int) -> None:
    reopened = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        assert reopened.integrity_problems() == [], f"trial {trial}"
        s = Session.on(reopened)
        missing = [i for i in acknowledged if s.evidence.get(i) is None]
        assert missing == [], f"trial {trial}: acknowledged items missing after the kill"
        changed = [i for i, digest in acknowledged.items()
                   if s.evidence.get(i).sha256 != digest  # type: ignore[union-attr]
                   or sha(s.evidence.original_bytes(i)) != digest]
        assert changed == [], f"trial {trial}: stored bytes or hash differ from what was acknowledged"
        # Nothing half-written: every row has its original, its thumbnail and its audit entry, and at most
        # one committed row per kill went unacknowledged (it committed, the kill came before the print).
        rows = scalar(reopened, "SELECT count(*) FROM evidence")
        assert scalar(reopened, "SELECT count(*) FROM evidence_blobs") == rows
        assert scalar(reopened, "SELECT count(*) FROM evidence_thumbnails") == rows
        assert scalar(reopened, "SELECT count(*) FROM audit WHERE action = 'evidence_added'") == rows
        assert len(acknowledged) <= rows <= len(acknowledged) + trials
        report = s.verify()
        assert report.mismatches == [] and report.integrity_problems == [], f"trial {trial}"
        assert report.chain.ok, f"trial {trial}: {report.chain}"
        assert report.items_checked == rows
    finally:
        reopened.close()


@pytest.mark.slow
def test_kill_9_during_evidence_inserts_with_concurrent_readers_30_trials(new_vault: tuple[Vault, str],
                                                                          vault_path: Path) -> None:
    """30 times: a process imports evidence on the vault's writer connection while two reader threads
    hash stored originals through their own connections; SIGKILL at a random moment. After every kill
    the vault passes SQLCipher's and SQLite's checks, every acknowledged item is there with its hash,
    every stored original hashes to its recorded SHA-256, and the readers never saw a torn item."""
    vault, _ = new_vault
    reference = Session.on(vault).cases.create("Dossier onder vuur").reference
    vault.close()
    rng = random.Random(8)
    acknowledged: dict[int, str] = {}
    kills_with_a_hot_wal = 0
    trials = 30
    for trial in range(trials):
        delay = rng.uniform(0.0, 0.5)
        child = Child("insert", vault_path, reference, stdin=[PASSPHRASE])
        child.wait_for("READY")
        time.sleep(delay)
        child.kill()
        assert child.proc.returncode == -signal.SIGKILL, child.stderr
        assert child.complete("BAD") == [], f"trial {trial}: a reader saw a torn item"
        for item_id, digest in child.complete("ACK"):
            acknowledged[int(item_id)] = digest
        wal = Path(f"{vault_path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            kills_with_a_hot_wal += 1  # recovery from the WAL is what the next unlock has to do
        _check_after_insert_crash(vault_path, acknowledged, trials, trial)
    assert kills_with_a_hot_wal >= trials * 2 // 3
    assert len(acknowledged) >= 60  # the kills landed among many inserts, not before the first


# 3. Wrong passphrases on a vault left by a crash --------------------------------------------------------

@pytest.fixture
def crashed_vault(new_vault: tuple[Vault, str], vault_path: Path) -> dict[int, str]:
    """A vault whose writer was killed: committed work sits in the -wal file, not yet in the vault file.
    Returns the acknowledged items (id: SHA-256)."""
    vault, _ = new_vault
    reference = Session.on(vault).cases.create("Dossier na een crash").reference
    vault.close()
    child = Child("insert", vault_path, reference, stdin=[PASSPHRASE])
    child.wait_for("READY")
    child.wait_for("ACK")
    time.sleep(0.2)
    child.kill()
    acknowledged = {int(i): d for i, d in child.complete("ACK")}
    wal = Path(f"{vault_path}-wal")
    assert acknowledged and wal.exists() and wal.stat().st_size > 0
    return acknowledged


def _crash_files(vault_path: Path) -> list[Path]:
    return [vault_path, Path(f"{vault_path}-wal"), Path(f"{vault_path}-shm"), keyfile_path(vault_path)]


def _all_there(vault_path: Path, acknowledged: dict[int, str], failed_attempts: int) -> None:
    reopened = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        assert reopened.failed_attempts_since_last_unlock == failed_attempts
        s = Session.on(reopened)
        assert {i: s.evidence.get(i).sha256 for i in acknowledged} == acknowledged  # type: ignore[union-attr]
        assert reopened.integrity_problems() == []
        assert s.verify().ok
    finally:
        reopened.close()


def test_wrong_passphrase_100_times_on_the_cli_after_a_crash_changes_nothing(
        crashed_vault: dict[int, str], vault_path: Path) -> None:
    """100 wrong passphrases through the command line on a crashed vault: each exits 3 with the plain
    message; the vault, its -wal and -shm files and the key file keep their bytes and times; then the
    right passphrase finds every acknowledged item."""
    before = file_state(*_crash_files(vault_path))
    for attempt in range(100):
        out, err = io.StringIO(), io.StringIO()
        code = cli_run(["--vault", str(vault_path), "--passphrase-stdin", "case", "list"],
                       stdin=io.StringIO(f"fout wachtwoord {attempt}\n"), stdout=out, stderr=err)
        assert code == 3, (attempt, err.getvalue())
        assert "Wachtwoord onjuist of bestand beschadigd" in err.getvalue()
        assert "Traceback" not in err.getvalue() and out.getvalue() == ""
    assert file_state(*_crash_files(vault_path)) == before
    _all_there(vault_path, crashed_vault, 100)


def test_wrong_recovery_keys_after_a_crash_do_not_write_to_the_vault(crashed_vault: dict[int, str],
                                                                    vault_path: Path) -> None:
    """A well-formed wrong recovery key is tried on the database itself. On a crashed vault that must not
    write either: no checkpoint of the -wal file into the vault by a connection with the wrong key, the
    bytes and times of all three files unchanged."""
    before = file_state(*_crash_files(vault_path))
    for _ in range(20):
        with pytest.raises(WrongPassphraseError):
            Vault.unlock_with_recovery_key(vault_path, format_recovery_key(new_raw_key()), "tester", via="test")
    after = file_state(*_crash_files(vault_path))
    changed = sorted(name for name in before if before[name] != after[name])
    assert changed == [], f"a wrong recovery key changed (or removed) {changed}"
    _all_there(vault_path, crashed_vault, 20)


# 9a. kill -9 during a passphrase change -------------------------------------------------------------------

def _content(vault: Vault) -> dict[str, Any]:
    """What a user can see of every case: titles, people, evidence with hashes and bytes, notes."""
    s = Session.on(vault)
    out: dict[str, Any] = {}
    for summary in s.cases.summaries(limit=10_000):
        case = s.cases.get(summary.id)
        assert case is not None
        items = s.evidence.for_case(case)
        out[case.reference] = (
            case.title, case.employee.pseudonym,
            [(i.id, i.sha256, sha(s.evidence.original_bytes(i.id or 0))) for i in items],
            sorted(n.body for n in s.notes.for_case(case)),
        )
    return out


def _opens_with(vault_path: Path, passphrase: str) -> bool:
    try:
        KeyFile.load(keyfile_path(vault_path)).unwrap(passphrase)
    except WrongPassphraseError:
        return False
    return True


@dataclass
class Trials:
    """What a series of killed runs left, recorded per trial so each promise gets its own test."""

    problems: dict[int, str] = field(default_factory=dict)  # trial: what broke a promise
    counts: dict[str, int] = field(default_factory=dict)


@pytest.fixture(scope="module")
def passphrase_kills(tmp_path_factory: pytest.TempPathFactory) -> Trials:
    """20 times: a process changes the passphrase again and again (P → P1 → P2 …, each acknowledged once
    the change returned) and is killed with SIGKILL at a random moment; after each kill the vault is
    examined and opened."""
    vault_path = tmp_path_factory.mktemp("wachtwoord") / "kluis" / "kluis.ogg"
    vault, recovery = Vault.create(vault_path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    s = Session.on(vault)
    case = s.cases.create("Dossier met wisselend wachtwoord", Employee(pseudonym="Medewerker W"))
    for n in range(3):
        s.evidence.import_bytes(case, noise_png(40 + n), method=CaptureMethod.PASTED)
    s.notes.add(case, "notitie die moet blijven", Visibility.COUNSELLOR_ONLY)
    expected = _content(vault)
    vault.close()
    rng = random.Random(9)
    current = PASSPHRASE
    trials = Trials(counts={"changes": 0})
    for trial in range(20):
        prefix = f"wachtwoord ronde {trial} nummer "
        child = Child("passphrase", vault_path, stdin=[current, prefix])
        child.wait_for("READY")
        time.sleep(rng.uniform(0.0, 0.2))
        child.kill()
        done = max((int(w[0]) for w in child.complete("NOW")), default=0)
        candidates = [current] + [f"{prefix}{n}" for n in range(1, done + 2)]
        opening = [p for p in candidates if _opens_with(vault_path, p)]
        if len(opening) != 1 or opening[0] not in candidates[-2:]:
            trials.problems[trial] = (
                f"opens with {len(opening)} of the passphrases; with the last acknowledged: "
                f"{candidates[-2] in opening}, with the one under way: {candidates[-1] in opening}")
            break
        trials.counts["changes"] += candidates.index(opening[0])
        current = opening[0]
        try:
            Vault.unlock(vault_path, candidates[-1] if current == candidates[-2] else candidates[-2], "tester")
            trials.problems[trial] = "the other passphrase opens the vault too"
        except WrongPassphraseError:
            pass
        reopened = Vault.unlock(vault_path, current, "tester")
        try:
            if reopened.integrity_problems() or _content(reopened) != expected:
                trials.problems[trial] = "content changed or integrity check failed"
            if not reopened.repos.audit.verify().ok:
                trials.problems[trial] = "audit chain broken"
        finally:
            reopened.close()
        Vault.unlock_with_recovery_key(vault_path, recovery, "tester").close()  # the recovery key still opens it
    return trials


@pytest.mark.slow
def test_kill_9_during_passphrase_change_opens_with_exactly_one_passphrase(passphrase_kills: Trials) -> None:
    """After each of 20 kills the vault opens with exactly one passphrase — the last acknowledged one or the
    one whose change was under way, never an older one, never both — with every case, item and note
    unchanged, its checks and audit chain intact, and the recovery key still working."""
    assert passphrase_kills.problems == {}
    assert passphrase_kills.counts["changes"] >= 20  # the kills landed among many changes


def _killed_at(point: str, mode: str, vault_path: Path, stdin: list[str]) -> None:
    """Run the child until it kills itself (SIGKILL) at ``point``."""
    child = Child(mode, vault_path, point, stdin=stdin)
    child.wait_for("KILLPOINT")
    child.kill()
    assert child.proc.returncode == -signal.SIGKILL


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_passphrase_change_killed_while_the_new_key_file_is_written_leaves_no_copy(
        new_vault: tuple[Vault, str], vault_path: Path) -> None:
    """Killed after the new key file was written under its temporary name, before it replaced the old
    one: the old passphrase still opens the vault and the new one does not; and after the next start
    nothing is left beside the vault but its key file — not a hidden, working key file for a passphrase
    the user was never told was set."""
    new_vault[0].close()
    _killed_at("keyfile-being-written", "passphrase", vault_path, [PASSPHRASE, "nieuw wachtwoord "])
    assert _opens_with(vault_path, PASSPHRASE) and not _opens_with(vault_path, "nieuw wachtwoord 1")
    Vault.unlock(vault_path, PASSPHRASE, "tester").close()  # the next start
    assert _names(vault_path.parent) == ["kluis.ogg", "kluis.ogg.key"]


def test_passphrase_change_killed_once_the_new_key_file_is_in_place_is_in_the_audit_log(
        new_vault: tuple[Vault, str], vault_path: Path) -> None:
    """Killed right after the new key file replaced the old one: the new passphrase opens the vault, the
    old one no longer does — and the audit log, which records every passphrase change, says so."""
    new_vault[0].close()
    _killed_at("keyfile-in-place", "passphrase", vault_path, [PASSPHRASE, "nieuw wachtwoord "])
    assert _opens_with(vault_path, "nieuw wachtwoord 1") and not _opens_with(vault_path, PASSPHRASE)
    reopened = Vault.unlock(vault_path, "nieuw wachtwoord 1", "tester")
    try:
        actions = [e.action for e in reopened.repos.audit.entries()]
        assert reopened.repos.audit.verify().ok
    finally:
        reopened.close()
    assert any("passphrase" in action for action in actions), (
        "the passphrase changed, but the audit log has no entry for it", actions)


# 9b. kill -9 during a schema migration ---------------------------------------------------------------

def _v1_vault(path: Path) -> dict[str, Any]:
    """A schema-1 vault (as the first release wrote it) with enough in it that migrating takes a while;
    returns what each case should hold afterwards."""
    raw = build_vault_file(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS, schema_version=1)
    conn = open_keyed(path, raw)
    expected: dict[str, Any] = {}
    try:
        repos = Repositories.on(conn)
        with transaction(conn):
            for c in range(30):
                case = Case(reference=repos.cases.next_reference(2025),
                            title=f"Walvisbericht op Facebook nummer{c:02d}", opened_on=date(2025, 6, 1),
                            employee=Employee(pseudonym=f"Medewerker {c}"))
                # v1's columns only, as the first release wrote them (v10 added the classification).
                case.id = int(conn.execute(
                    "INSERT INTO cases(reference, title, employee_pseudonym, opened_on, created_at, updated_at) "
                    "VALUES (?,?,?,?,?,?)", (case.reference, case.title, case.employee.pseudonym,
                                            case.opened_on.isoformat(), "2025-06-01T10:00:00Z",
                                            "2025-06-01T10:00:00Z")).lastrowid)
                repos.checklist.create_for_case(case.id)
                items = []
                for n in range(4):
                    image = noise_png(72)
                    cur = conn.execute(
                        "INSERT INTO evidence(case_id, sha256, media_type, byte_size, captured_at_utc, "
                        "captured_at_local, method, app_version, title, transcript, created_at) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (case.id, sha(image), "image/png", len(image), "2025-06-01T10:00:00Z",
                         "2025-06-01T12:00:00+02:00", CaptureMethod.REGION.value, "0.0.1", f"bericht {n}",
                         "de zeekoe zwemt voorbij " * 20, "2025-06-01T10:00:00Z"))
                    conn.execute("INSERT INTO evidence_blobs(evidence_id, data) VALUES (?, ?)",
                                 (cur.lastrowid, image))
                    items.append((cur.lastrowid, sha(image), sha(image)))
                notes = [f"afspraak {k} met de pinguïn " + "en nog wat woorden " * 30 for k in range(40)]
                for body in notes:
                    repos.notes.add(Note(case.id, body, Visibility.COUNSELLOR_ONLY))
                expected[case.reference] = (case.title, case.employee.pseudonym, items, sorted(notes))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return expected


def _copy_vault(source: Path, target: Path) -> None:
    """A test fixture copied while closed (never done to a live vault)."""
    target.parent.mkdir(parents=True)
    shutil.copyfile(source, target)
    shutil.copyfile(keyfile_path(source), keyfile_path(target))


def _schema_version_on_disk(path: Path) -> int:
    raw = KeyFile.load(keyfile_path(path)).unwrap(PASSPHRASE)
    conn = open_keyed(path, raw)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def migration_kills(tmp_path_factory: pytest.TempPathFactory) -> Trials:
    """20 times: a copy of a schema-1 vault is opened by a process that backs it up and migrates it, killed
    with SIGKILL at a random moment within the time a whole unlock takes (measured first); then the vault
    is examined and opened."""
    folder = tmp_path_factory.mktemp("migratie")
    original = folder / "oud" / "kluis.ogg"
    expected = _v1_vault(original)
    calibration = folder / "ijking" / "kluis.ogg"
    _copy_vault(original, calibration)
    child = Child("migrate", calibration, stdin=[PASSPHRASE])
    latest = int(child.wait_for("DONE").split()[1])
    took = float(child.wait_for("SECONDS").split()[1])
    child.kill()

    rng = random.Random(18)
    trials = Trials(counts={"latest": latest, "killed before the end": 0})
    for trial in range(20):
        path = folder / f"proef{trial}" / "kluis.ogg"
        _copy_vault(original, path)
        child = Child("migrate", path, stdin=[PASSPHRASE])
        child.wait_for("START")
        time.sleep(rng.uniform(0.0, took))
        child.kill()
        if _schema_version_on_disk(path) < latest:
            trials.counts["killed before the end"] += 1
        vault = Vault.unlock(path, PASSPHRASE, "tester")
        try:
            s = Session.on(vault)
            if vault.schema_version() != latest:
                trials.problems[trial] = f"schema {vault.schema_version()} after opening, not {latest}"
            elif vault.integrity_problems() or not s.verify().ok:
                trials.problems[trial] = "integrity check failed"
            elif _content(vault) != expected:
                trials.problems[trial] = "content changed"
            elif ([c.title for c in s.cases.summaries(search="nummer07")] != ["Walvisbericht op Facebook nummer07"]
                  or len(s.cases.summaries(search="pinguin")) != 30):
                trials.problems[trial] = "the search index (made by migration 2) is incomplete"
        finally:
            vault.close()
        for backup in sorted(path.parent.glob("kluis.ogg.v*.backup")):
            raw = KeyFile.load(keyfile_path(backup)).unwrap(PASSPHRASE)
            conn = open_keyed(backup, raw)
            try:
                if int(conn.execute("SELECT count(*) FROM cases").fetchone()[0]) != 30:
                    trials.problems[trial] = f"backup {backup.name} is incomplete"
            finally:
                conn.close()
    trials.counts["milliseconds"] = round(took * 1000)
    return trials


@pytest.mark.slow
def test_kill_9_during_schema_migration_vault_opens_with_content_unchanged(migration_kills: Trials) -> None:
    """After each of 20 kills during backup-and-migrate the vault opens (the migration is finished or
    redone), passes its checks, holds every case, item and note unchanged with a complete search index;
    every backup that carries its final name is complete."""
    assert migration_kills.problems == {}
    assert migration_kills.counts["killed before the end"] >= 3, migration_kills.counts  # not all kills too late


def test_migration_killed_while_its_backup_is_checked_leaves_no_half_written_copy(tmp_path: Path) -> None:
    """Killed after the pre-migration backup was written under its temporary name, while it was being
    checked: the next start migrates (content unchanged, a complete backup beside the vault), and leaves
    no hidden half-checked copy of the vault behind — an extra copy of all case data that nothing removes."""
    path = tmp_path / "kluis" / "kluis.ogg"
    expected = _v1_vault(path)
    _killed_at("backup-being-verified", "migrate", path, [PASSPHRASE])
    assert any(name.startswith(".") for name in _names(path.parent))  # the kill came mid-backup
    time.sleep(1.1)  # the next start comes at a later second (backups are named by the second)
    vault = Vault.unlock(path, PASSPHRASE, "tester")
    try:
        assert _content(vault) == expected
        assert vault.migration_backup is not None and vault.migration_backup.exists()
    finally:
        vault.close()
    hidden = [name for name in _names(path.parent) if name.startswith(".")]
    assert hidden == [], "a killed migration left these beside the vault"


# 10. Disk full -----------------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MB file system (tmpfs) that can be filled up; needs root and mount(8), else skipped."""
    mount_point = tmp_path / "stick"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount_point)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


def fill_up(folder: Path, leave: int = 0) -> Path:
    """Write a ballast file until the file system has no more than ``leave`` bytes free; returns it."""
    ballast = folder / "ballast"
    with ballast.open("ab") as fh:
        while True:
            st = os.statvfs(folder)
            free = st.f_bavail * st.f_frsize
            step = min(1 << 20, free - leave)
            if step <= 0:
                break
            try:
                fh.write(b"\0" * step)
                fh.flush()
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                break
    return ballast


def test_report_to_a_full_disk_leaves_nothing_and_says_so_plainly(session: Session, small_disk: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A report written to a full stick: OSError ENOSPC, no file at the target and no hidden partial
    file, nothing entered in the "shared with" log; a plain message; it works once there is room. Both
    ways of writing are tried: the unnamed file (O_TMPFILE) and the hidden ``.part`` name used where the
    file system cannot make unnamed files."""
    case = session.cases.create("Dossier voor een volle stick", Employee(pseudonym="Medewerker S"))
    for n in range(3):
        session.evidence.import_bytes(case, noise_png(120 + n), method=CaptureMethod.PASTED)
    data = session.reports.prepare(case, ReportKind.EMPLOYEE)
    target = small_disk / "rapport.pdf"
    ballast = fill_up(small_disk, leave=8 * 1024)
    audit_before = len(session.vault.repos.audit.entries())

    for way in ("unnamed file", "hidden .part file"):
        if way == "hidden .part file":
            # FAKE seam: hides O_TMPFILE, as on a FAT-formatted USB stick, so the .part route is taken.
            monkeypatch.delattr(os, "O_TMPFILE", raising=False)
        with pytest.raises(OSError) as info:
            session.reports.write(data, target)
        assert info.value.errno == errno.ENOSPC, way
        assert sorted(p.name for p in small_disk.iterdir()) == ["ballast"], way  # no target, no .part
        text = report_error_text(info.value)
        assert text.startswith(DISK_FULL_NL) and "ruimte" in text, text  # what happened, and what to do
        assert "Errno" not in text and "ENOSPC" not in text
    assert session.reports.exports(case) == []
    assert len(session.vault.repos.audit.entries()) == audit_before

    ballast.unlink()
    export = session.reports.write(data, target)
    assert sha(target.read_bytes()) == export.sha256
    assert sorted(p.name for p in small_disk.iterdir()) == ["rapport.pdf"]
    assert session.verify().ok


def test_cli_report_to_a_full_disk_exits_1_with_a_plain_message(new_vault: tuple[Vault, str], vault_path: Path,
                                                                small_disk: Path) -> None:
    vault, _ = new_vault
    s = Session.on(vault)
    case = s.cases.create("Dossier voor de opdrachtregel")
    s.evidence.import_bytes(case, noise_png(150), method=CaptureMethod.PASTED)
    vault.close()
    fill_up(small_disk, leave=8 * 1024)
    target = small_disk / "rapport.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "ogg_desktop", "--vault", str(vault_path), "--passphrase-stdin", "report",
         "employee", case.reference, "--out", str(target)],
        input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT, env=child_env(), timeout=120,
        check=False)
    assert result.returncode == 1, result.stderr
    assert DISK_FULL_NL in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in small_disk.iterdir()) == ["ballast"]


def test_disk_full_during_import_passphrase_change_and_backup_then_work_resumes(small_disk: Path) -> None:
    """The vault lives on the disk that fills up. Import, passphrase change and backup each fail with
    DiskFullError and its plain message; nothing is half-saved (the key file is the old one, no backup
    file, no partial file); once space is freed the same actions work and the vault is whole."""
    path = small_disk / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    try:
        s = Session.on(vault)
        case = s.cases.create("Dossier op een volle schijf")
        kept = s.evidence.import_bytes(case, noise_png(64), method=CaptureMethod.PASTED)
        ballast = fill_up(small_disk)
        keyfile_before = keyfile_path(path).read_bytes()
        names_before = sorted(p.name for p in small_disk.iterdir())

        errors: list[VaultError] = []
        with pytest.raises(DiskFullError) as info:
            s.evidence.import_bytes(case, noise_png(200), method=CaptureMethod.PASTED)
        errors.append(info.value)
        with pytest.raises(DiskFullError) as info:
            vault.change_passphrase(PASSPHRASE, "een nieuw wachtwoord voor de volle schijf", kdf=FAST_KDF_FOR_TESTS)
        errors.append(info.value)
        with pytest.raises(DiskFullError) as info:
            vault.backup(small_disk / "kopie.ogg")
        errors.append(info.value)
        for error in errors:
            assert error.code == "disk_full"
            assert vault_error_text(error).startswith(DISK_FULL_NL)
        assert keyfile_path(path).read_bytes() == keyfile_before
        assert sorted(p.name for p in small_disk.iterdir()) == names_before
        assert not vault.conn.in_transaction
        assert [i.id for i in s.evidence.for_case(case)] == [kept.id]  # still readable while full

        ballast.unlink()
        assert vault.integrity_problems() == []
        s.evidence.import_bytes(case, noise_png(200), method=CaptureMethod.PASTED)
        vault.change_passphrase(PASSPHRASE, "een nieuw wachtwoord voor de volle schijf", kdf=FAST_KDF_FOR_TESTS)
        vault.backup(small_disk / "kopie.ogg")
        assert s.verify().ok
    finally:
        vault.close()
    reopened = Vault.unlock(path, "een nieuw wachtwoord voor de volle schijf", "tester")
    try:
        assert len(reopened.repos.evidence.for_case(case.id or 0)) == 2
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()


def test_opening_a_vault_on_a_full_disk_says_the_disk_is_full_not_damaged(small_disk: Path) -> None:
    """The disk filled up while the app was closed (another program, a big download). Opening the vault
    must not call it damaged — that sends the user to a backup they do not need — but say the disk is
    full (or open it); the file is left as it was, and it opens normally once there is room."""
    path = small_disk / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    Session.on(vault).cases.create("Dossier")
    vault.close()
    ballast = fill_up(small_disk)
    before = path.read_bytes()
    opened: Vault | None = None
    try:
        opened = Vault.unlock(path, PASSPHRASE, "tester")
    except VaultDamagedError as exc:
        pytest.fail(f"a full disk is reported as a damaged vault: {vault_error_text(exc)!r}")
    except DiskFullError as exc:
        assert vault_error_text(exc).startswith(DISK_FULL_NL)
    finally:
        if opened is not None:
            opened.close()
    assert path.read_bytes() == before
    ballast.unlink()
    reopened = Vault.unlock(path, PASSPHRASE, "tester")
    try:
        assert reopened.repos.cases.count() == 1
    finally:
        reopened.close()


def test_cli_on_a_full_disk_gives_a_plain_message_not_a_traceback(small_disk: Path) -> None:
    path = small_disk / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    Session.on(vault).cases.create("Dossier")
    vault.close()
    fill_up(small_disk)
    result = subprocess.run(
        [sys.executable, "-m", "ogg_desktop", "--vault", str(path), "--passphrase-stdin", "case", "list"],
        input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT, env=child_env(), timeout=120,
        check=False)
    assert "Traceback" not in result.stderr, result.stderr[-1500:]
    assert result.returncode != 0
    assert DISK_FULL_NL in result.stderr
