"""--demo: a fresh vault of clearly fictional cases in a temp folder, every screen usable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ogg_desktop.app import Controller
from ogg_desktop.instance import InstanceLock
from ogg_desktop.services.demo import DEMO_CASES


def test_demo_opens_fictional_cases_without_asking_anything(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "demo.ogg"
    lock = InstanceLock(path)
    lock.acquire()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = Controller(app, path, lock, demo=True)
    assert controller.start()
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    assert "DEMO" in window.windowTitle()
    assert window.case_list.model.rowCount() == DEMO_CASES  # the newest three first, then last year's
    titles = [window.case_list.model.data(window.case_list.model.index(r, 1)) for r in range(3)]
    assert "Dreigende reactie onder LinkedIn-bericht" in titles
    assert controller.session is not None
    case = window.case_view.case
    assert case is not None
    assert "voorbeeld" in case.employee.pseudonym  # fictional, and says so
    assert window.case_view.evidence.list.count() >= 1
    window.close()  # closing the window closes the vault and frees the lock
    assert controller.session is None
    assert not lock.held
