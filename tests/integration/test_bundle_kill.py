"""A process killed (kill -9) while it has a handover bundle open leaves the bundle's extracted database
beside the vault (``.ogg-bundle-<pid>-<random>.opening``): a copy of another counsellor's cases. The next
unlock removes it — but never the extract of a process that still runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from ogg_desktop.services.handover import HandoverService
from ogg_desktop.services.session import Session
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_PASSPHRASE = "walvis zeekoe pinguin lantaarn"

CHILD = r'''
import sys, time
from pathlib import Path
from ogg_desktop.vault.bundle import open_bundle
opened = open_bundle(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
print("OPEN", opened.path.name, flush=True)
time.sleep(600)
'''


def test_a_bundle_extract_left_by_a_killed_process_is_removed_at_the_next_unlock(
        new_vault: tuple[Vault, str], vault_path: Path, tmp_path: Path) -> None:
    vault = new_vault[0]
    session = Session.on(vault)
    case = session.cases.create("Dossier van de voorganger")
    bundle_path = tmp_path / "overdracht.oggbundle"
    HandoverService(vault).export_case(case, bundle_path, BUNDLE_PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    vault.close()

    folder = vault_path.parent
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(bundle_path), BUNDLE_PASSPHRASE, str(folder)],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert child.stdout is not None
    line = child.stdout.readline().split()
    assert line[:1] == ["OPEN"], line
    extract = folder / line[1]
    assert extract.exists()
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert extract.exists()  # the kill left it behind

    # A live process's extract (this test's own pid) must survive the sweep.
    live = folder / f".ogg-bundle-{os.getpid()}-abcd1234.opening"
    live.write_bytes(b"in use")
    try:
        Vault.unlock(vault_path, PASSPHRASE, "tester").close()
        left = sorted(p.name for p in folder.glob(".ogg-bundle-*"))
        assert left == [live.name]
    finally:
        live.unlink()
