"""One instance per vault: a second process is refused while the first holds the vault, and a killed
first process leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ogg_desktop.instance import InstanceLock
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import VaultInUseError
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
IN_USE = "Deze kluis is al geopend in een ander venster van OGG Desktop"

# A child that holds the vault the way the app does: the instance lock, then an unlocked vault.
HOLDER = r'''
import sys, time
from pathlib import Path
from ogg_desktop.instance import InstanceLock
from ogg_desktop.vault.vault import Vault

path = Path(sys.argv[1])
lock = InstanceLock(path)
lock.acquire()
vault = Vault.unlock(path, sys.stdin.readline().rstrip("\n"), "holder", via="test")
print("HELD", flush=True)
time.sleep(300)
'''


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OGG_LANG"] = "nl"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    return env


def _cli(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ogg_desktop", "--vault", str(vault), "--passphrase-stdin", *args],
        input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=120, check=False,
    )


@pytest.fixture
def closed_vault(new_vault: tuple[Vault, str], vault_path: Path) -> Path:
    Session.on(new_vault[0]).cases.create("Dossier van de eerste")
    new_vault[0].close()
    return vault_path


@pytest.fixture
def holder(closed_vault: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(closed_vault)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=_env())
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.flush()
    line = proc.stdout.readline()
    if line.strip() != "HELD":
        proc.kill()
        pytest.fail(f"the holder did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}")
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def test_second_instance_is_refused_and_a_killed_holder_leaves_no_stale_lock(
    closed_vault: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(VaultInUseError):
        InstanceLock(closed_vault).acquire()

    result = _cli(closed_vault, "case", "list")
    assert result.returncode == 1
    assert IN_USE in result.stderr
    assert "Dossier van de eerste" not in result.stdout

    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    assert holder.returncode == -signal.SIGKILL

    lock = InstanceLock(closed_vault)
    lock.acquire()  # free again: the kernel dropped the dead process's lock
    assert lock.held
    lock.release()
    assert not lock.held

    result = _cli(closed_vault, "case", "list")
    assert result.returncode == 0, result.stderr
    assert "Dossier van de eerste" in result.stdout
    # The killed holder's vault is intact.
    vault = Vault.unlock(closed_vault, PASSPHRASE, "tester")
    try:
        assert vault.integrity_problems() == []
        assert Session.on(vault).verify().ok
    finally:
        vault.close()


def test_lock_is_exclusive_within_one_process_too(closed_vault: Path) -> None:
    first = InstanceLock(closed_vault)
    with first:
        assert first.held
        with pytest.raises(VaultInUseError):
            InstanceLock(closed_vault).acquire()
        result = _cli(closed_vault, "verify")
        assert result.returncode == 1 and IN_USE in result.stderr
    assert not first.held
    with InstanceLock(closed_vault) as again:
        assert again.held


def test_lock_is_per_vault(closed_vault: Path, tmp_path: Path) -> None:
    other = tmp_path / "andere" / "kluis.ogg"
    with InstanceLock(closed_vault), InstanceLock(other) as second:
        assert second.held
