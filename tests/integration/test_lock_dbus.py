"""The system's screen lock and suspend lock the vault, heard on D-Bus.

A private dbus-daemon stands in for the session bus (and a second one for the system bus, where
logind would send PrepareForSleep); the signals are sent with dbus-send exactly as a screensaver or
logind sends them. Nothing here talks to the machine's own buses."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ogg_desktop.gui.locking import OsLockWatcher
from tests.gui.test_locking import CANARY, close_controller, make_canary_vault, started_controller

needs_dbus = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None,
    reason="needs dbus-daemon and dbus-send (Debian package 'dbus') to run a private bus")

# The offscreen platform cannot raise() a window; the app raises its unlock dialog on real desktops.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class PrivateBus:
    """A dbus-daemon of our own, in a short folder under /tmp (a socket path has at most 107 bytes)."""

    def __init__(self, name: str) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="ogg-bus-"))
        config = self.folder / "bus.conf"
        config.write_text(CONFIG.format(folder=self.folder), encoding="utf-8")
        self.process = subprocess.Popen(
            ["dbus-daemon", "--config-file", str(config), "--nofork", "--print-address"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        assert self.address.startswith("unix:"), "dbus-daemon gave no address"
        self.connection = QDBusConnection.connectToBus(self.address, name)
        self.name = name
        assert self.connection.isConnected()

    def signal(self, path: str, member: str, *args: str) -> None:
        """Send a signal as the screensaver or logind would (dbus-send waits until it is on the bus)."""
        subprocess.run(["dbus-send", f"--bus={self.address}", "--type=signal", path, member, *args],
                       check=True, timeout=20, env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=self.address))

    def close(self) -> None:
        QDBusConnection.disconnectFromBus(self.name)
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def session_bus() -> Iterator[PrivateBus]:
    bus = PrivateBus("ogg-test-session-bus")
    try:
        yield bus
    finally:
        bus.close()


@pytest.fixture
def system_bus() -> Iterator[PrivateBus]:
    bus = PrivateBus("ogg-test-system-bus")
    try:
        yield bus
    finally:
        bus.close()


@pytest.fixture
def canary_vault(vault_path: Path) -> tuple[Path, int]:
    return make_canary_vault(vault_path)


@needs_dbus
def test_the_screensaver_locking_the_screen_locks_the_vault(qtbot: QtBot, session_bus: PrivateBus,
                                                            system_bus: PrivateBus,
                                                            canary_vault: tuple[Path, int]) -> None:
    watcher = OsLockWatcher(session_bus=session_bus.connection, system_bus=system_bus.connection)
    controller = started_controller(canary_vault[0], os_lock=watcher)
    try:
        assert "org.freedesktop.ScreenSaver.ActiveChanged" in watcher.subscriptions
        window = controller.window
        assert window is not None
        window._open_from_agenda(canary_vault[1])
        assert CANARY in window.case_view.header.text()
        del window
        session_bus.signal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged",
                           "boolean:false")  # the screensaver going away changes nothing
        session_bus.signal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged",
                           "boolean:true")
        qtbot.waitUntil(lambda: controller.locked, timeout=10_000)
        dialog = controller.lock_dialog
        assert dialog is not None and dialog.isVisible()
        assert "scherm werd vergrendeld" in dialog.message.text()
        assert controller.window is None and controller.session is None
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [dialog]
        session_bus.signal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged",
                           "boolean:true")  # again while locked: still the one unlock dialog
        qtbot.wait(200)
        assert controller.lock_dialog is dialog
    finally:
        close_controller(controller)
    assert watcher.subscriptions == []  # shutdown stops listening


@needs_dbus
def test_suspend_gnome_and_session_lock_signals_are_heard(qtbot: QtBot, session_bus: PrivateBus,
                                                          system_bus: PrivateBus,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_SESSION_ID", "2")  # logind's object path escapes it: .../session/_32
    watcher = OsLockWatcher(session_bus=session_bus.connection, system_bus=system_bus.connection)
    heard: list[str] = []
    watcher.systemLocked.connect(heard.append)
    watcher.start()
    try:
        assert "org.freedesktop.login1.Manager.PrepareForSleep" in watcher.subscriptions
        assert "org.freedesktop.login1.Session.Lock" in watcher.subscriptions
        system_bus.signal("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep",
                          "boolean:false")  # waking up is not a reason to lock
        with qtbot.waitSignal(watcher.systemLocked, timeout=10_000):
            system_bus.signal("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep",
                              "boolean:true")
        assert heard == ["sleep"]
        system_bus.signal("/org/freedesktop/login1/session/_33", "org.freedesktop.login1.Session.Lock")
        with qtbot.waitSignal(watcher.systemLocked, timeout=10_000):  # another user's session is not ours
            system_bus.signal("/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock")
        assert heard == ["sleep", "screen"]
        with qtbot.waitSignal(watcher.systemLocked, timeout=10_000):
            session_bus.signal("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean:true")
        assert heard == ["sleep", "screen", "screen"]
    finally:
        watcher.stop()


def test_without_a_bus_the_watcher_stays_silent(qtbot: QtBot) -> None:
    nowhere = QDBusConnection("ogg-no-such-bus")  # never connected: as on a system without D-Bus
    assert not nowhere.isConnected()
    watcher = OsLockWatcher(session_bus=nowhere, system_bus=nowhere)
    watcher.start()  # no error, no warning (the test fails on any Qt warning)
    assert watcher.subscriptions == []
    watcher.stop()
