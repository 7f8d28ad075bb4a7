"""X11's PRIMARY selection: text selected in one of the app's fields is pasteable with a middle click in
any other program for as long as the app owns it. Locking and exit drop it (ClipboardGuard.drop_selection).

Two real processes on the X server pytest-xvfb provides: the "app" selects a name in a field with Ctrl+A
as a user would, and another program reads PRIMARY before and after."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

OWNER = r'''
import select
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from ogg_desktop.gui.privacy import ClipboardGuard

app = QApplication(sys.argv)


def wait_line():  # keep answering the X server's selection requests while waiting
    while not select.select([sys.stdin], [], [], 0)[0]:
        QTest.qWait(20)
    sys.stdin.readline()


edit = QLineEdit("Kanarie-Jansen dreigt")
edit.show()
edit.activateWindow()
edit.setFocus()
QTest.qWaitForWindowExposed(edit)
QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
print("OWNS", QGuiApplication.clipboard().ownsSelection(), flush=True)
wait_line()
print("DROPPED", ClipboardGuard.drop_selection(), flush=True)
wait_line()
'''

READER = r'''
import sys
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
app = QGuiApplication(sys.argv)
QTest.qWait(100)
print(repr(QGuiApplication.clipboard().text(QClipboard.Mode.Selection)), flush=True)
'''


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    env.pop("WAYLAND_DISPLAY", None)
    return env


def _read_primary() -> str:
    result = subprocess.run([sys.executable, "-c", READER], env=_env(), capture_output=True, text=True,
                            timeout=60, check=True)
    return result.stdout.strip()


@pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs the X server pytest-xvfb starts")
def test_text_selected_in_a_field_is_no_longer_pasteable_elsewhere_after_lock() -> None:
    owner = subprocess.Popen([sys.executable, "-c", OWNER], env=_env(), stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert owner.stdin is not None and owner.stdout is not None
    try:
        assert owner.stdout.readline().split() == ["OWNS", "True"]
        assert _read_primary() == repr("Kanarie-Jansen dreigt")  # a middle click elsewhere pastes it
        owner.stdin.write("\n")
        owner.stdin.flush()
        assert owner.stdout.readline().split() == ["DROPPED", "True"]
        assert _read_primary() == repr("")  # gone, although the app still runs
        owner.stdin.write("\n")
        owner.stdin.flush()
        assert owner.wait(timeout=30) == 0
    finally:
        if owner.poll() is None:
            owner.kill()
            owner.wait()
