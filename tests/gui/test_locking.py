"""Locking (security test 7): idle lock at T..T+1 s, also with a modal dialog or a report's progress dialog
open; Ctrl+L; afterwards no widget, model or object holds case data and the vault is closed; the unlock
dialog brings a new window back to the same case and tab; a wrong passphrase keeps it locked.

The whole app runs through its Controller on a real SQLCipher vault; the only change is the idle
interval, shortened from minutes to a fraction of a second."""

from __future__ import annotations

import gc
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import delete, isValid

from ogg_desktop.app import Controller
from ogg_desktop.domain.case import Case, Employee
from ogg_desktop.domain.evidence import CaptureMethod, EvidenceItem
from ogg_desktop.domain.notes import Note, Visibility
from ogg_desktop.gui.dialogs.new_case import NewCaseDialog
from ogg_desktop.gui.dialogs.vault_dialogs import UnlockDialog
from ogg_desktop.gui.locking import (
    DEFAULT_IDLE_MINUTES,
    IDLE_KEY,
    IdleLockDialog,
    IdleWatcher,
    OsLockWatcher,
    idle_minutes,
    set_idle_minutes,
)
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.report_runner import ReportRunner
from ogg_desktop.instance import InstanceLock
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.services.session import Session
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE, png_bytes
from tests.gui.conftest import when_modal

# The offscreen platform cannot raise() a window; the app raises its unlock dialog on real desktops.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CANARY = f"KANARIE{uuid.uuid4().hex[:10].upper()}"


# Fixtures ---------------------------------------------------------------------------------------
@pytest.fixture
def canary_vault(vault_path: Path) -> tuple[Path, int]:
    return make_canary_vault(vault_path)


def make_canary_vault(vault_path: Path) -> tuple[Path, int]:
    """A closed vault with one case full of canaries (title, employee, items, a note), plus a plain case."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    session = Session.on(vault)
    session.cases.create("Gewoon dossier")
    case = session.cases.create(f"Dreiging {CANARY}", Employee(pseudonym=f"Medewerker {CANARY}"))
    for n in range(4):
        item = session.evidence.import_bytes(case, png_bytes(640, 400, text=f"{n}"), method=CaptureMethod.REGION)
        item.title, item.platform, item.transcript = f"Bericht {n} {CANARY}", "LinkedIn", f"Tekst {CANARY}"
        session.evidence.update_details(case, item)
    session.notes.add(case, f"Notitie {CANARY}", Visibility.COUNSELLOR_ONLY)
    assert case.id is not None
    vault.close()
    return vault_path, case.id


def _unlock_with(passphrase: str) -> None:
    """Answer the next (modal) unlock dialog as a person does: type, then press Openen."""
    def answer(widget: QWidget) -> None:
        assert isinstance(widget, UnlockDialog)
        QTest.keyClicks(widget.passphrase.edit, passphrase)
        widget.open_button.click()

    when_modal(answer)


def started_controller(path: Path, os_lock: OsLockWatcher | None = None) -> Controller:
    """The app's controller on ``path``, unlocked through its real unlock dialog. ``os_lock`` puts the
    system-lock watcher on other buses (a private dbus-daemon) before it starts."""
    lock = InstanceLock(path)
    lock.acquire()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ctl = Controller(app, path, lock, demo=False)
    ctl.quit_app = lambda: None  # the real quit would end pytest-qt's event loops
    if os_lock is not None:
        ctl.os_lock = os_lock
    _unlock_with(PASSPHRASE)
    assert ctl.start()
    assert ctl.window is not None
    return ctl


def close_controller(ctl: Controller) -> None:
    if ctl.lock_dialog is not None:
        ctl.lock_dialog.finished.disconnect()
        ctl.lock_dialog.close()
        ctl.lock_dialog.deleteLater()
    if ctl.window is not None:
        ctl.window.close()
        delete(ctl.window)  # not left for the next test's count of main windows
    ctl.shutdown()
    ctl.app.setQuitOnLastWindowClosed(True)


@pytest.fixture
def controller(qtbot: QtBot, canary_vault: tuple[Path, int]) -> Iterator[Controller]:
    ctl = started_controller(canary_vault[0])
    try:
        yield ctl
    finally:
        close_controller(ctl)


def _open_case(ctl: Controller, case_id: int, tab: str) -> MainWindow:
    window = ctl.window
    assert window is not None
    window._open_from_agenda(case_id)
    window.case_view.tabs.setCurrentWidget(getattr(window.case_view, tab))
    return window


def _wait_locked(qtbot: QtBot, ctl: Controller, timeout: int = 10_000) -> UnlockDialog:
    qtbot.waitUntil(lambda: ctl.lock_dialog is not None and ctl.lock_dialog.isVisible(), timeout=timeout)
    assert ctl.lock_dialog is not None
    return ctl.lock_dialog


# What "no data left" means ------------------------------------------------------------------------
def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None, depth: int = 0) -> Iterator[str]:
    parent = parent if parent is not None else QModelIndex()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
             Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole)
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in roles:
                yield str(model.data(index, role))
            if depth < 4 and column == 0 and model.rowCount(index) > 0:
                yield from _model_texts(model, index, depth + 1)


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))


def _leftovers() -> list[str]:
    """Everything alive in the process that still holds the canary: widgets, item models, domain objects."""
    gc.collect()
    found = []
    for widget in QApplication.allWidgets():
        if any(CANARY in text for text in _widget_texts(widget)):
            found.append(f"widget {type(widget).__name__}")
    for obj in gc.get_objects():
        if isinstance(obj, QAbstractItemModel):
            try:
                texts = list(_model_texts(obj))
            except RuntimeError:  # a Python wrapper whose C++ model is already gone holds nothing
                continue
            if any(CANARY in text for text in texts):
                found.append(f"model {type(obj).__name__}")
        elif isinstance(obj, Case | EvidenceItem | Note) and CANARY in repr(obj):
            found.append(f"object {type(obj).__name__}")
    return found


def _main_windows() -> list[QWidget]:
    return [w for w in QApplication.allWidgets() if isinstance(w, MainWindow)]


# The tests ----------------------------------------------------------------------------------------
def test_idle_lock_fires_in_time_and_leaves_no_case_data(qtbot: QtBot, controller: Controller,
                                                         canary_vault: tuple[Path, int]) -> None:
    window = _open_case(controller, canary_vault[1], "notes")
    assert CANARY in window.case_view.header.text()
    assert _leftovers()  # the check finds the canary while the case is open
    session = controller.session
    assert session is not None
    vault = session.vault
    controller.idle.set_interval_ms(800)
    controller.idle.start()
    started = time.monotonic()
    with qtbot.waitSignal(controller.idle.timedOut, timeout=5000):
        pass
    waited = time.monotonic() - started
    assert 0.8 <= waited <= 1.8, f"idle lock after {waited:.2f} s, expected 0.8..1.8 s"
    dialog = _wait_locked(qtbot, controller)
    del window, session
    assert controller.window is None and controller.session is None
    assert vault.conn is None  # the vault is closed and its key wiped
    assert _main_windows() == []
    assert _leftovers() == []
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [dialog]
    assert "niets gebeurde" in dialog.message.text()
    assert controller.lock.held  # no second instance can take the vault while it is locked


def _when_shown(kind: type[QWidget], handler: Callable[[QWidget], None]) -> None:
    """``when_modal`` for one kind of window: the handler runs inside that dialog's own exec() loop."""
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            handler(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


@pytest.mark.parametrize("opener", ["new_case", "message_box", "nested"])
def test_idle_lock_fires_with_a_modal_dialog_open(qtbot: QtBot, controller: Controller, opener: str) -> None:
    """The dialogs run their own event loops (exec()); the idle lock fires inside them and unwinds them all."""
    window = controller.window
    assert window is not None
    opened: list[QWidget] = []
    idle_from: list[float] = []
    fired: list[float] = []
    controller.idle.timedOut.connect(lambda: fired.append(time.monotonic()))

    def idle_from_now(widget: QWidget) -> None:
        opened.append(widget)
        controller.idle.set_interval_ms(700)
        controller.idle.start()
        idle_from.append(time.monotonic())

    def typed(widget: QWidget) -> None:
        QTest.keyClicks(cast(NewCaseDialog, widget).title, f"Nieuw {CANARY}")
        if opener == "nested":  # a message box on top of the dialog: two nested exec() loops
            opened.append(widget)
            _when_shown(QMessageBox, idle_from_now)
            QTimer.singleShot(0, lambda: QMessageBox.warning(widget, "Let op", f"Over {CANARY}"))
        else:
            idle_from_now(widget)

    if opener == "message_box":
        _when_shown(QMessageBox, idle_from_now)
        window.about_action.trigger()  # returns once the lock has rejected the box
    else:
        _when_shown(NewCaseDialog, typed)
        window.new_case_action.trigger()
    assert len(opened) == (2 if opener == "nested" else 1)
    dialog = _wait_locked(qtbot, controller)
    assert fired and 0.7 <= fired[0] - idle_from[0] <= 1.7
    assert not any(isValid(w) for w in opened)  # rejected, then destroyed with the window
    opened.clear()
    del window
    assert _main_windows() == []
    assert _leftovers() == []
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [dialog]
    assert QApplication.activeModalWidget() is dialog


def test_idle_lock_cancels_a_report_being_built(qtbot: QtBot, controller: Controller,
                                                canary_vault: tuple[Path, int], tmp_path: Path) -> None:
    window = _open_case(controller, canary_vault[1], "sharing")
    session = controller.session
    assert session is not None and window.case_view.case is not None
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "rapport.pdf"
    data = session.reports.prepare(window.case_view.case, ReportKind.EMPLOYEE, ReportOptions())
    runner = ReportRunner(session, data, target, window.case_view.sharing)
    outcome: list[str] = []
    runner.cancelled.connect(lambda: outcome.append("cancelled"))
    runner.finished.connect(lambda _export: outcome.append("finished"))
    runner.failed.connect(lambda _error: outcome.append("failed"))

    def hold(_done: int, _total: int) -> None:
        # In the worker thread, after each step: wait here until the lock has begun, so the lock
        # certainly comes while the report is being built (a synchronisation, nothing is faked).
        deadline = time.monotonic() + 20
        while controller.locking is None and not controller.locked and time.monotonic() < deadline:
            time.sleep(0.005)

    runner._worker.progressed.connect(hold, Qt.ConnectionType.DirectConnection)
    runner.start()
    progress = runner.dialog
    qtbot.waitUntil(progress.isVisible)
    assert not progress.isModal()  # the app stays usable while the report is made ...
    controller.idle.set_interval_ms(200)  # ... and idleness still locks it
    _wait_locked(qtbot, controller)
    assert outcome == ["cancelled"]
    assert not target.exists() and list(out.iterdir()) == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    del window, session, runner, progress, data
    assert _leftovers() == []
    _unlock_with(PASSPHRASE)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert controller.session is not None
    case = controller.session.cases.get(canary_vault[1])
    assert case is not None and controller.session.reports.exports(case) == []  # nothing was logged as shared


def test_ctrl_l_locks_and_unlocking_returns_to_the_same_place(qtbot: QtBot, controller: Controller,
                                                              canary_vault: tuple[Path, int]) -> None:
    window = _open_case(controller, canary_vault[1], "evidence")
    evidence = window.case_view.evidence
    evidence.list.setCurrentRow(2)
    assert evidence.item is not None
    item_id = evidence.item.id
    tab_index = window.case_view.tabs.currentIndex()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = _wait_locked(qtbot, controller)
    assert "De kluis is vergrendeld." in dialog.message.text()
    del window, evidence
    assert _main_windows() == []
    QTest.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    QTest.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=10_000)
    assert controller.lock_dialog is None
    back = controller.window
    assert back is not None and back.case_view.case is not None
    assert back.case_view.case.id == canary_vault[1]
    assert back.case_view.tabs.currentIndex() == tab_index
    assert back.case_view.evidence.item is not None and back.case_view.evidence.item.id == item_id
    assert controller.idle.running  # the idle lock watches the new window too
    assert controller.session is not None
    actions = [e.action for e in controller.session.vault.repos.audit.entries()][-3:]
    assert actions[-2:] == ["lock", "unlock"]


def test_what_was_being_typed_is_saved_at_lock(qtbot: QtBot, controller: Controller,
                                               canary_vault: tuple[Path, int]) -> None:
    window = _open_case(controller, canary_vault[1], "notes")
    notes = window.case_view.notes
    notes.editor.setFocus()
    QTest.keyClicks(notes.editor, " en nog iets")
    window.lock_action.trigger()  # Kluis → Vergrendelen, before the autosave timer fired
    dialog = _wait_locked(qtbot, controller)
    del window, notes
    QTest.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: controller.window is not None)
    assert controller.window is not None
    editor = controller.window.case_view.notes.editor
    assert " en nog iets" in editor.toPlainText()


def test_activity_postpones_the_idle_lock(qtbot: QtBot, controller: Controller) -> None:
    window = controller.window
    assert window is not None
    fired: list[float] = []
    controller.idle.timedOut.connect(lambda: fired.append(time.monotonic()))
    controller.idle.set_interval_ms(600)
    controller.idle.start()
    target = window.case_list.search
    last_input = 0.0
    for n in range(5):  # 1 s of typing, then 1 s of only moving the mouse: never 600 ms without input
        qtbot.wait(200)
        QTest.keyClick(target, Qt.Key.Key_A if n % 2 else Qt.Key.Key_Backspace)
    for n in range(5):
        qtbot.wait(200)
        QTest.mouseMove(window.case_view, QPoint(20 + 5 * n, 20 + 5 * n))
        last_input = time.monotonic()
    assert fired == [] and controller.window is not None and not controller.locked
    _wait_locked(qtbot, controller)
    assert fired and 0.5 <= fired[0] - last_input <= 1.7


def test_wrong_passphrase_keeps_it_locked(qtbot: QtBot, controller: Controller) -> None:
    controller.lock_now()
    dialog = _wait_locked(qtbot, controller)
    QTest.keyClicks(dialog.passphrase.edit, "verkeerd wachtwoord")
    dialog.open_button.click()
    assert "Wachtwoord onjuist" in dialog.message.text()
    assert dialog.isVisible() and controller.locked
    assert controller.window is None and controller.session is None and _main_windows() == []
    warned: list[str] = []

    def read(widget: QWidget) -> None:  # the new window reports the failed attempt, as at start
        warned.append(cast(QMessageBox, widget).text())
        cast(QMessageBox, widget).accept()

    _when_shown(QMessageBox, read)
    QTest.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: controller.window is not None and bool(warned), timeout=10_000)
    assert "verkeerd wachtwoord" in warned[0]


def test_closing_the_lock_screen_quits_cleanly(qtbot: QtBot, controller: Controller) -> None:
    quits: list[bool] = []
    controller.quit_app = lambda: quits.append(True)
    controller.lock_now("screen")
    dialog = _wait_locked(qtbot, controller)
    assert "scherm werd vergrendeld" in dialog.message.text()
    dialog.reject()  # Afsluiten
    assert quits == [True]
    assert not controller.lock.held and controller.session is None and controller.window is None


def test_idle_minutes_are_set_in_the_vault_menu(qtbot: QtBot, controller: Controller) -> None:
    window = controller.window
    assert window is not None
    settings = window.settings
    before = settings.value(IDLE_KEY)
    seen: list[QWidget] = []

    def choose(widget: QWidget) -> None:
        assert isinstance(widget, IdleLockDialog)
        seen.append(widget)
        spin = widget.minutes
        assert spin.accessibleName()
        spin.selectAll()
        QTest.keyClicks(spin, "12")
        QTest.keyClick(spin, Qt.Key.Key_Return)

    try:
        when_modal(choose)
        window.idle_lock_action.trigger()
        assert seen and idle_minutes(settings) == 12
        assert controller.idle.interval_ms == 12 * 60_000
        assert "12 min." in window.statusBar().currentMessage()
    finally:
        if before is None:
            settings.remove(IDLE_KEY)
        else:
            settings.setValue(IDLE_KEY, before)


def test_idle_minutes_stay_within_one_to_sixty(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert idle_minutes(settings) == DEFAULT_IDLE_MINUTES == 5
    for stored, read in (("0", 1), ("-3", 1), ("61", 60), ("zeven", DEFAULT_IDLE_MINUTES), ("15", 15)):
        settings.setValue(IDLE_KEY, stored)
        assert idle_minutes(settings) == read
    assert set_idle_minutes(settings, 0) == 1 and idle_minutes(settings) == 1
    dialog = IdleLockDialog(settings)
    spin = dialog.findChild(QSpinBox)
    assert spin is not None and (spin.minimum(), spin.maximum()) == (1, 60)  # "never" is not offered
    dialog.deleteLater()


def test_idle_watcher_alone_counts_from_the_last_input(qtbot: QtBot) -> None:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    watcher = IdleWatcher(500)
    fired: list[float] = []
    watcher.timedOut.connect(lambda: fired.append(time.monotonic()))
    watcher.start()
    qtbot.wait(300)
    QTest.keyClick(widget, Qt.Key.Key_X)  # input 300 ms in: the count starts again
    pressed = time.monotonic()
    qtbot.waitUntil(lambda: bool(fired), timeout=5000)
    assert 0.49 <= fired[0] - pressed <= 1.5
    assert not watcher.running  # fires once
    qtbot.wait(700)
    assert len(fired) == 1
    watcher.stop()
