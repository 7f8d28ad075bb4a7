"""GUI fixtures: a real vault behind a real MainWindow (offscreen), and a way to answer modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.gui.i18n import install_translator
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.session import Session


def when_modal(handler: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run ``handler`` on the next modal dialog as soon as it is shown (dialogs block in exec())."""
    waited = 0

    def poll() -> None:
        nonlocal waited
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            handler(widget)
            return
        waited += 20
        if waited < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, session: Session, settings: QSettings) -> Iterator[MainWindow]:
    w = MainWindow(session, settings)
    qtbot.addWidget(w)
    w.show()
    yield w


@pytest.fixture(autouse=True, scope="session")
def dutch_application(qapp: QApplication) -> None:
    """The app's default language, as a user starting it without settings gets it."""
    install_translator(qapp, "nl")
