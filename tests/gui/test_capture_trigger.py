"""The global trigger: 'ogg-desktop capture' hands 'capture' to the running app. Unlocked, the
overlay starts; still locked, the screen is grabbed at once (the real X server of pytest-xvfb),
held in memory and offered after unlock, or dropped with a message after the time limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.app import Controller
from ogg_desktop.instance import InstanceLock
from tests.gui.conftest import when_modal

needs_x = pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs the X server pytest-xvfb starts")


def _controller(tmp_path: Path) -> Controller:
    lock = InstanceLock(tmp_path / "demo.ogg")
    lock.acquire()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return Controller(app, tmp_path / "demo.ogg", lock, demo=True)


@needs_x
@pytest.mark.xserver
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_capture_while_locked_is_grabbed_now_and_offered_after_unlock(qtbot: QtBot, tmp_path: Path) -> None:
    controller = _controller(tmp_path)
    try:
        controller._command("capture", {"delay": 0})  # the vault is not open yet
        assert controller.pending is not None
        grab = controller.pending
        assert grab.bounds.width > 0 and len(grab.bgra) == grab.bounds.width * grab.bounds.height * 4
        assert controller.pending_timer.isActive()
        assert controller.start()  # the demo vault opens without a dialog
        window = controller.window
        assert window is not None
        qtbot.addWidget(window)
        overlay = window.capture_flow.overlay
        assert overlay is not None and overlay.frozen is grab  # the held grab, not a new one
        assert controller.pending is None and not controller.pending_timer.isActive()
        overlay.cancel()
        window.close()
    finally:
        controller.shutdown()


@needs_x
@pytest.mark.xserver
def test_a_held_capture_is_dropped_with_a_message_after_the_limit(qtbot: QtBot, tmp_path: Path) -> None:
    controller = _controller(tmp_path)
    seen: list[str] = []

    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.text())
        widget.accept()

    try:
        controller.pending_timer.setInterval(50)  # the 10 minutes, shortened for the test
        controller._command("capture", {})
        assert controller.pending is not None
        when_modal(read)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert controller.pending is None
        assert "niet bewaard" in seen[0] and "10 minuten" in seen[0]
    finally:
        controller.shutdown()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_capture_in_a_running_window_starts_the_overlay(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.gui.test_capture_overlay import synthetic_grab  # a FAKE grabber: known pixels

    controller = _controller(tmp_path)
    try:
        assert controller.start()
        window = controller.window
        assert window is not None
        qtbot.addWidget(window)
        window.capture_flow.grabber = lambda: synthetic_grab()[0]
        controller._command("capture", {"delay": 0})
        qtbot.waitUntil(lambda: window.capture_flow.overlay is not None, timeout=5000)
        overlay = window.capture_flow.overlay
        assert overlay is not None
        overlay.cancel()
        qtbot.waitUntil(window.isVisible, timeout=5000)
        window.close()
    finally:
        controller.shutdown()
