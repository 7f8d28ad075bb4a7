"""The vault's security promises, checked on real SQLCipher files and real processes.

At rest, wrong passphrases, fail-closed on a non-SQLCipher driver, key hygiene in CLI output,
kill -9 during inserts, and a full disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import traceback
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from ogg_desktop.domain.case import Employee
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.instance import InstanceLock
from ogg_desktop.paths import failed_attempts_path, keyfile_path
from ogg_desktop.services.session import Session
from ogg_desktop.vault import driver
from ogg_desktop.vault.errors import DiskFullError, DriverError, VaultError, WrongPassphraseError
from ogg_desktop.vault.keyfile import (
    FAST_KDF_FOR_TESTS,
    KeyFile,
    format_recovery_key,
    new_raw_key,
    parse_recovery_key,
)
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

# A FAKE `sqlcipher3` package for the fail-closed test: it re-exports the stdlib sqlite3 module, which
# silently ignores `PRAGMA key` and would write case data in the clear. The app must refuse it.
FAKE_SQLCIPHER3 = '''"""FAKE sqlcipher3 for tests: plain stdlib sqlite3 pretending to be SQLCipher."""
from sqlite3 import *  # noqa: F403
from sqlite3 import dbapi2  # noqa: F401
FAKE = True
'''


def cli_env(extra_path: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["OGG_LANG"] = "nl"
    env["QT_QPA_PLATFORM"] = "offscreen"
    paths = [str(ROOT)]
    if extra_path is not None:
        paths.insert(0, str(extra_path))
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def run_cli(args: list[str], stdin: str = "", extra_path: Path | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ogg_desktop", *args], input=stdin, capture_output=True, text=True,
        cwd=ROOT, env=cli_env(extra_path), timeout=timeout, check=False,
    )


def raw_bytes_of(path: Path) -> bytes:
    """The db, -wal and -shm bytes (whichever exist), read as plain files."""
    data = b""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if p.exists():
            data += p.read_bytes()
    return data


def canary_forms(canary: str) -> list[bytes]:
    return [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be"),
            canary.lower().encode(), canary.upper().encode()]


def png_with_text(canary: str, seed: int = 0) -> bytes:
    """A real PNG whose bytes hold ``canary`` in the clear (a tEXt chunk), so the test also proves
    that the stored evidence bytes are encrypted."""
    info = PngInfo()
    info.add_text("Comment", f"schermafdruk {canary}")
    img = Image.new("RGB", (40, 30), (seed % 256, 80, 120))
    buf = io.BytesIO()
    img.save(buf, format="PNG", pnginfo=info)
    data = buf.getvalue()
    assert canary.encode() in data
    return data


def noise_png(side: int = 48) -> bytes:
    img = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


# 1. At rest --------------------------------------------------------------------------------

def test_at_rest_nothing_readable_after_1000_inserts(new_vault: tuple[Vault, str], vault_path: Path,
                                                     tmp_path: Path) -> None:
    vault, _ = new_vault
    canary = "KANARIE" + secrets.token_hex(8).upper()
    s = Session.on(vault)
    case = s.cases.create(f"Dossier {canary}", Employee(pseudonym=f"Pseudo {canary}"),
                          summary=f"Samenvatting {canary}")
    item = s.evidence.import_bytes(case, png_with_text(canary), method=CaptureMethod.PASTED,
                                   filename=f"{canary}.png", title=f"Bewijs {canary}")
    item.transcript = f"Letterlijk: {canary}"
    s.evidence.update_details(case, item)
    visibilities = list(Visibility)
    for i in range(1000):
        s.notes.add(case, f"Notitie {i} over {canary} en nog wat tekst", visibilities[i % 3])
    assert vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1000
    # Sanity: the canary really is in the vault, readable through the key.
    assert [c.title for c in s.cases.summaries(search=canary)] == [f"Dossier {canary}"]

    wal = Path(f"{vault_path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the check below covers real WAL frames
    while_open = raw_bytes_of(vault_path)
    for form in canary_forms(canary):
        assert while_open.count(form) == 0
    assert not vault_path.read_bytes().startswith(b"SQLite format 3")

    vault.close()
    after_close = raw_bytes_of(vault_path)
    assert len(after_close) > 1000 * 40  # the notes are in there, somewhere
    for form in canary_forms(canary):
        assert after_close.count(form) == 0
    assert not vault_path.read_bytes().startswith(b"SQLite format 3")
    assert canary.encode() not in keyfile_path(vault_path).read_bytes()

    # The stdlib sqlite3 module cannot read it (tried on a copy: no second library on the live file).
    copy = tmp_path / "kopie.ogg"
    shutil.copyfile(vault_path, copy)
    plain = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        plain.close()

    # ... while the key still reads everything back.
    reopened = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        assert reopened.conn.execute("SELECT count(*) FROM notes WHERE body LIKE ?",
                                     (f"%{canary}%",)).fetchone()[0] == 1000
    finally:
        reopened.close()


def decrypted_pages(path: Path, raw_key: bytes) -> bytes:
    """Every page of a closed SQLCipher 4 file (default settings, raw key) decrypted by hand: AES-256-CBC
    with the raw key, the IV in each page's reserved tail (16-byte IV + 64-byte HMAC-SHA512); page 1
    starts after the 16-byte salt. Free space and deleted cells included, unlike any SQL view."""
    page_size, reserve = 4096, 80
    data = path.read_bytes()
    assert len(data) % page_size == 0
    out = []
    for n in range(len(data) // page_size):
        page = data[n * page_size:(n + 1) * page_size]
        start = 16 if n == 0 else 0
        iv = page[page_size - reserve:page_size - reserve + 16]
        decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[start:page_size - reserve]) + decryptor.finalize())
    return b"".join(out)


def test_deleted_and_replaced_text_leaves_no_trace_in_the_decrypted_pages(new_vault: tuple[Vault, str],
                                                                           vault_path: Path) -> None:
    """secure_delete, also in the full-text index: after close (checkpoint), text that was deleted or
    overwritten is gone from every decrypted page, while text that was kept is found."""
    vault, recovery = new_vault
    gone = ["WEGGEGOOID" + secrets.token_hex(5).upper() for _ in range(3)]
    kept = "BEWAARD" + secrets.token_hex(5).upper()
    s = Session.on(vault)
    case = s.cases.create(f"Titel {gone[0]}")
    deleted_note = s.notes.add(case, f"Te verwijderen {gone[1]}", Visibility.COUNSELLOR_ONLY)
    edited_note = s.notes.add(case, f"Eerste versie {gone[2]}", Visibility.COUNSELLOR_ONLY)
    s.notes.add(case, f"Blijft staan {kept}", Visibility.COUNSELLOR_ONLY)
    case.title = "Nieuwe titel"
    s.cases.update(case)
    s.notes.delete(case, deleted_note)
    edited_note.body = "Tweede versie"
    s.notes.update(case, edited_note)
    vault.close()
    assert not Path(f"{vault_path}-wal").exists()

    plain = decrypted_pages(vault_path, parse_recovery_key(recovery)).lower()
    assert kept.lower().encode() in plain  # the decryption is real: live text is visible
    for canary in gone:
        assert plain.count(canary.lower().encode()) == 0, canary


# 2. Wrong passphrase x100 -------------------------------------------------------------------

def test_wrong_passphrase_100_times_changes_nothing(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    Session.on(vault).cases.create("Dossier")
    vault.close()
    wal, shm = Path(f"{vault_path}-wal"), Path(f"{vault_path}-shm")
    assert not wal.exists() and not shm.exists()
    before = vault_path.read_bytes()
    mtime = vault_path.stat().st_mtime_ns
    keyfile_before = keyfile_path(vault_path).read_bytes()
    wrong = [f"fout-wachtwoord-{i}-{secrets.token_hex(4)}" for i in range(100)]

    for attempt in wrong:
        with pytest.raises(WrongPassphraseError) as info:
            Vault.unlock(vault_path, attempt, "tester", via="test")
        assert attempt not in str(info.value) and attempt not in repr(info.value)
        assert info.value.code == "wrong_passphrase"

    assert vault_path.read_bytes() == before
    assert vault_path.stat().st_mtime_ns == mtime
    assert keyfile_path(vault_path).read_bytes() == keyfile_before
    assert not wal.exists() and not shm.exists()
    attempts_text = failed_attempts_path(vault_path).read_text(encoding="utf-8")
    assert len(attempts_text.splitlines()) == 100
    for secret in [*wrong, PASSPHRASE]:
        assert secret not in attempts_text

    opened = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        assert opened.failed_attempts_since_last_unlock == 100
        failed = [e for e in opened.repos.audit.entries() if e.action == "unlock_failed"]
        assert len(failed) == 100
        assert all(e.detail == "via=test" for e in failed)
        assert opened.repos.audit.verify().ok
        rows = opened.conn.execute("SELECT * FROM audit").fetchall()
        for secret in [*wrong, PASSPHRASE, "fout-wachtwoord"]:
            assert not any(secret in str(value) for row in rows for value in row)
    finally:
        opened.close()
    assert not failed_attempts_path(vault_path).exists()
    # Counted once: the next unlock reports none.
    again = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        assert again.failed_attempts_since_last_unlock == 0
    finally:
        again.close()


def test_wrong_recovery_keys_reach_the_database_and_still_change_nothing(new_vault: tuple[Vault, str],
                                                                         vault_path: Path) -> None:
    """Unlike a wrong passphrase (stopped by the key file), a well-formed wrong recovery key is tried
    on the database itself: the probe must fail before anything is written."""
    vault, _ = new_vault
    Session.on(vault).cases.create("Dossier")
    vault.close()
    before = vault_path.read_bytes()
    mtime = vault_path.stat().st_mtime_ns
    for _ in range(20):
        with pytest.raises(WrongPassphraseError):
            Vault.unlock_with_recovery_key(vault_path, format_recovery_key(new_raw_key()), "tester", via="test")
    assert vault_path.read_bytes() == before
    assert vault_path.stat().st_mtime_ns == mtime
    assert not Path(f"{vault_path}-wal").exists() and not Path(f"{vault_path}-shm").exists()
    opened = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        assert opened.failed_attempts_since_last_unlock == 20
    finally:
        opened.close()


# 3. Fail closed ------------------------------------------------------------------------------

@pytest.fixture
def fake_driver_dir(tmp_path: Path) -> Path:
    """A folder with the FAKE sqlcipher3 package, to put first on PYTHONPATH."""
    fake = tmp_path / "fake-driver"
    (fake / "sqlcipher3").mkdir(parents=True)
    (fake / "sqlcipher3" / "__init__.py").write_text(FAKE_SQLCIPHER3, encoding="utf-8")
    probe = subprocess.run(
        [sys.executable, "-c", "import sqlcipher3; print(getattr(sqlcipher3, 'FAKE', False))"],
        capture_output=True, text=True, cwd=ROOT, env=cli_env(fake), timeout=60, check=False,
    )
    assert probe.stdout.strip() == "True", probe.stderr  # the fake really is what gets imported
    return fake


def test_cli_init_refuses_a_non_sqlcipher_driver_and_creates_no_file(tmp_path: Path,
                                                                      fake_driver_dir: Path) -> None:
    folder = tmp_path / "kluismap"
    folder.mkdir()
    target = folder / "kluis.ogg"
    result = run_cli(["--vault", str(target), "--passphrase-stdin", "init"],
                     stdin="Een sterk genoeg wachtwoord voor de test 4711\n", extra_path=fake_driver_dir)
    assert result.returncode != 0
    assert "SQLCipher" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []

    # A vault in a folder that does not exist yet: not even the folder appears.
    deeper = tmp_path / "nieuw" / "kluis.ogg"
    result = run_cli(["--vault", str(deeper), "--passphrase-stdin", "init"],
                     stdin="Een sterk genoeg wachtwoord voor de test 4711\n", extra_path=fake_driver_dir)
    assert result.returncode != 0 and "SQLCipher" in result.stderr
    assert not deeper.parent.exists()


def test_cli_on_an_existing_vault_refuses_a_non_sqlcipher_driver(new_vault: tuple[Vault, str], vault_path: Path,
                                                                  fake_driver_dir: Path) -> None:
    new_vault[0].close()
    names = sorted(p.name for p in vault_path.parent.iterdir())
    before = vault_path.read_bytes()
    result = run_cli(["--vault", str(vault_path), "--passphrase-stdin", "case", "list"],
                     stdin=PASSPHRASE + "\n", extra_path=fake_driver_dir)
    assert result.returncode != 0
    assert "SQLCipher" in result.stderr and "Traceback" not in result.stderr
    assert vault_path.read_bytes() == before
    assert sorted(p.name for p in vault_path.parent.iterdir()) == names


class _FakeConnection:
    """FAKE: a connection that reports a given cipher_version (or none)."""

    def __init__(self, version: str | None) -> None:
        self.version = version

    def execute(self, sql: str) -> Any:
        rows = [(self.version,)] if self.version is not None else []
        return types.SimpleNamespace(fetchone=lambda: rows[0] if rows else None)

    def close(self) -> None:
        pass


@pytest.mark.parametrize("version", [None, "3.4.2 community", ""])
def test_driver_check_refuses_anything_but_sqlcipher4(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                      version: str | None) -> None:
    fake = types.ModuleType("sqlcipher3")  # FAKE driver module
    fake.connect = lambda *a, **k: _FakeConnection(version)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sqlcipher3", fake)
    monkeypatch.setattr(driver, "_checked", None)
    with pytest.raises(DriverError):
        driver.sqlcipher()


def test_driver_check_refuses_stdlib_sqlite_in_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "sqlcipher3", sqlite3)  # FAKE: plain SQLite under SQLCipher's name
    monkeypatch.setattr(driver, "_checked", None)
    with pytest.raises(DriverError) as info:
        driver.sqlcipher()
    assert info.value.code == "driver_not_sqlcipher4"
    target = tmp_path / "map" / "kluis.ogg"
    with pytest.raises(DriverError):
        Vault.create(target, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    with pytest.raises(DriverError):
        InstanceLock(target).acquire()
    assert list(tmp_path.iterdir()) == []


def test_driver_check_refuses_a_missing_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # makes `import sqlcipher3` fail
    monkeypatch.setattr(driver, "_checked", None)
    with pytest.raises(DriverError):
        driver.sqlcipher()


def test_real_driver_is_sqlcipher4() -> None:
    module = driver.sqlcipher()
    assert driver.cipher_version(module).startswith("4.")


# 4. Key hygiene ------------------------------------------------------------------------------

def test_cli_never_prints_the_passphrase_or_key(tmp_path: Path) -> None:
    passphrase = "Zeer geheim wachtwoord voor sleutelhygiëne 7391"
    target = tmp_path / "kluis" / "kluis.ogg"
    outputs: list[tuple[str, subprocess.CompletedProcess[str]]] = []

    init = run_cli(["--vault", str(target), "--passphrase-stdin", "init"], stdin=passphrase + "\n")
    assert init.returncode == 0, init.stderr
    recovery = next(line.strip() for line in init.stdout.splitlines() if line.strip().count("-") == 16)
    raw = parse_recovery_key(recovery)
    assert KeyFile.load(keyfile_path(target)).unwrap(passphrase) == raw
    outputs.append(("init", init))

    image = tmp_path / "bewijs.png"
    image.write_bytes(noise_png())
    steps = [
        ("case add", ["case", "add", "--title", "Dossier hygiëne", "--employee", "M"], 0),
        ("case list", ["case", "list"], 0),
        ("case list --json", ["case", "list", "--json"], 0),
        ("evidence import", ["evidence", "import", "1", str(image)], 0),
        ("verify", ["verify"], 0),
        ("backup", ["backup", "--out", str(tmp_path / "kopie.ogg")], 0),
    ]
    for name, args, code in steps:
        result = run_cli(["--vault", str(target), "--passphrase-stdin", *args], stdin=passphrase + "\n")
        assert result.returncode == code, (name, result.stderr)
        outputs.append((name, result))
    wrong = run_cli(["--vault", str(target), "--passphrase-stdin", "case", "list"], stdin=passphrase + "x\n")
    assert wrong.returncode == 3
    assert "wachtwoord onjuist of bestand beschadigd" in wrong.stderr.lower()
    outputs.append(("wrong passphrase", wrong))

    secrets_ = [passphrase, passphrase + "x", raw.hex(), raw.hex().upper(), "sleutelhygi"]
    for name, result in outputs:
        for secret in secrets_:
            assert secret not in result.stdout, (name, "stdout")
            assert secret not in result.stderr, (name, "stderr")
        if name != "init":  # only init shows the recovery key, once
            assert recovery not in result.stdout and recovery not in result.stderr
            assert recovery.replace("-", "")[:16] not in result.stdout.replace("-", "")
    assert "Dossier hygiëne" in outputs[2][1].stdout  # the list did print what it should

    # Files beside the vault do not hold the secrets either.
    for p in target.parent.iterdir():
        if p.is_file():
            data = p.read_bytes()
            for secret_bytes in (passphrase.encode(), raw.hex().encode(), raw.hex().upper().encode(), raw):
                assert secret_bytes not in data, p.name


def test_exceptions_never_hold_the_passphrase(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    vault.close()
    wrong = "mijn-geheime-poging-" + secrets.token_hex(6)
    with pytest.raises(WrongPassphraseError) as info:
        Vault.unlock(vault_path, wrong, "tester")
    err = info.value
    assert wrong not in str(err) and wrong not in repr(err)
    assert wrong not in "".join(traceback.format_exception(err))
    assert all(wrong not in str(arg) for arg in err.args)
    reopened = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        with pytest.raises(WrongPassphraseError) as info2:
            reopened.change_passphrase(wrong, "nieuw wachtwoord 1234", kdf=FAST_KDF_FOR_TESTS)
        assert wrong not in str(info2.value) and wrong not in repr(info2.value)
        assert "nieuw wachtwoord 1234" not in repr(info2.value)
    finally:
        reopened.close()


# 5. kill -9 during concurrent evidence inserts ------------------------------------------------

CHILD = r'''
import hashlib, io, os, sys, threading
from pathlib import Path
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from PIL import Image
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault

path, reference = Path(sys.argv[1]), sys.argv[2]
passphrase = sys.stdin.readline().rstrip("\n")
out = threading.Lock()

def png():
    img = Image.frombytes("RGB", (40, 40), os.urandom(40 * 40 * 3))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()

def worker(n):
    vault = Vault.unlock(path, passphrase, f"writer-{n}", via="test")
    session = Session.on(vault)
    case = session.cases.find(reference)
    with out:
        print("READY", n, flush=True)
    while True:
        data = png()
        item = session.evidence.import_bytes(case, data, method=CaptureMethod.PASTED)
        with out:  # acknowledged only after the commit returned
            print("ACK", item.id, hashlib.sha256(data).hexdigest(), flush=True)

threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
'''


@pytest.mark.slow
def test_kill_9_during_concurrent_evidence_inserts(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    reference = Session.on(vault).cases.create("Dossier onder vuur").reference
    vault.close()
    rng = random.Random()
    all_acked: dict[int, str] = {}
    for trial in range(10):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(vault_path), reference], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=cli_env(),
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.flush()
        lines: list[str] = []
        first_ack = threading.Event()

        def drain(stream: Any = proc.stdout, sink: list[str] = lines, event: threading.Event = first_ack) -> None:
            for line in stream:
                sink.append(line)
                if line.startswith("ACK"):
                    event.set()

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
        if not first_ack.wait(timeout=60):
            proc.kill()
            stderr = proc.stderr.read() if proc.stderr else ""
            pytest.fail(f"trial {trial}: the writer never acknowledged an item: {stderr}")
        time.sleep(rng.uniform(0.0, 0.5))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        reader.join(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        acked = {}
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and parts[0] == "ACK" and line.endswith("\n"):
                acked[int(parts[1])] = parts[2]
        assert acked, f"trial {trial}: nothing acknowledged"
        all_acked.update(acked)

        reopened = Vault.unlock(vault_path, PASSPHRASE, "tester")
        try:
            assert reopened.integrity_problems() == [], f"trial {trial}"
            s = Session.on(reopened)
            for item_id, digest in all_acked.items():
                item = s.evidence.get(item_id)
                assert item is not None, f"trial {trial}: acknowledged item {item_id} is missing"
                assert item.sha256 == digest
                assert hashlib.sha256(s.evidence.original_bytes(item_id)).hexdigest() == digest
            report = s.verify()
            assert report.ok, (trial, report)
            assert report.items_checked >= len(all_acked)
        finally:
            reopened.close()
    assert len(all_acked) >= 10


# 6. Disk full ----------------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs (root only); skipped where mounting is not permitted."""
    mount_point = tmp_path / "klein"
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


def test_disk_full_gives_a_clear_error_and_work_resumes(small_disk: Path) -> None:
    ballast = small_disk / "ballast"
    ballast.write_bytes(os.urandom(2_300_000))  # freed later: room for the WAL checkpoint
    path = small_disk / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    try:
        s = Session.on(vault)
        case = s.cases.create("Dossier op een volle schijf")
        acked: dict[int, str] = {}
        error: VaultError | None = None
        for _ in range(500):
            data = noise_png(64)
            try:
                item = s.evidence.import_bytes(case, data, method=CaptureMethod.PASTED)
            except VaultError as exc:
                error = exc
                break
            assert item.id is not None
            acked[item.id] = hashlib.sha256(data).hexdigest()
        assert isinstance(error, DiskFullError), error
        assert error.code == "disk_full"
        assert acked
        assert not vault.conn.in_transaction
        # Still readable while full; nothing half-saved.
        assert len(s.evidence.for_case(case)) == len(acked)

        ballast.unlink()
        assert vault.integrity_problems() == []
        for item_id, digest in acked.items():
            assert hashlib.sha256(s.evidence.original_bytes(item_id)).hexdigest() == digest
        more = noise_png(32)
        resumed = s.evidence.import_bytes(case, more, method=CaptureMethod.PASTED)
        assert resumed.id is not None and resumed.id not in acked
        assert s.verify().ok
    finally:
        vault.close()

    reopened = Vault.unlock(path, PASSPHRASE, "tester")
    try:
        assert reopened.integrity_problems() == []
        assert len(reopened.repos.evidence.for_case(case.id or 0)) == len(acked) + 1
        assert Session.on(reopened).verify().ok
    finally:
        reopened.close()
