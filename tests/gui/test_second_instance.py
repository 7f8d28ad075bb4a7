"""A second start with the same vault hands its command to the running window instead of opening it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ogg_desktop.gui.instance_server import InstanceServer
from ogg_desktop.instance import InstanceLock
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_second_start_raises_the_running_window(qtbot: QtBot, vault_path: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = Path(tempfile.mkdtemp(prefix="ogg-run-"))  # short: a socket path has at most 107 bytes
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    vault, _ = Vault.create(vault_path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    vault.close()
    lock = InstanceLock(vault_path)
    lock.acquire()
    server = InstanceServer(vault_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OGG_LANG="nl", HOME=str(tmp_path / "home"))
    try:
        assert server.listen()
        with qtbot.waitSignal(server.commandReceived, timeout=20_000) as received:
            second = subprocess.Popen(
                [sys.executable, "-m", "ogg_desktop", "--vault", str(vault_path)], cwd=ROOT, env=env,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            out, err = second.communicate(timeout=30)
        finally:
            if second.poll() is None:  # never leave a stray app behind, whatever happened
                second.kill()
                second.wait()
        assert received.args == ["raise", {}]
        assert second.returncode == 0, err
        assert "draait al met deze kluis" in out
    finally:
        server.close()
        lock.release()
    assert not server.path.exists()
    shutil.rmtree(runtime)
