"""Kluis → Back-up naar map…, Herstellen uit back-up… and Overdracht, driven like a person would:
real vaults, real widgets offscreen, the real composition root (Controller) for the restore."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.app import Controller
from ogg_desktop.gui.dialogs.backup_restore import RestoreDialog
from ogg_desktop.gui.dialogs.handover import ExportBundleDialog, ImportBundleDialog
from ogg_desktop.gui.dialogs.vault_dialogs import UnlockDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.instance import InstanceLock
from ogg_desktop.paths import keyfile_path
from ogg_desktop.services.session import Session
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover_helpers import BUNDLE_PASSPHRASE, case_content, fill_case, hidden_leftovers, new_canary


def answer(kind: type[QWidget], handler: Callable[[QWidget], None], timeout_ms: int = 20000) -> None:
    """Run ``handler`` on the next modal window of ``kind`` (a busy dialog may show before it)."""
    waited = 0

    def poll() -> None:
        nonlocal waited
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            handler(widget)
            return
        waited += 20
        if waited < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_backup_to_a_folder_from_the_vault_menu(qtbot: QtBot, session: Session, window: MainWindow,
                                                tmp_path: Path) -> None:
    fill_case(session, new_canary())
    stick = tmp_path / "USB-STICK"
    stick.mkdir()
    told: list[str] = []

    def choose(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        widget.setDirectory(str(stick))
        widget.selectFile(str(stick))
        widget.accept()

    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        told.append(widget.text())
        widget.accept()

    answer(QFileDialog, choose)
    answer(QMessageBox, read)
    vault_menu = window.menuBar().actions()[1].menu()
    assert isinstance(vault_menu, QMenu) and window.backup_restore.folder_action in vault_menu.actions()
    window.backup_restore.folder_action.trigger()
    qtbot.waitUntil(lambda: bool(told))
    copies = sorted(p.name for p in stick.iterdir())
    assert len(copies) == 2 and copies[0].startswith("ogg-backup-") and copies[1] == copies[0] + ".key"
    assert str(stick) in told[0] and copies[0] in told[0] and "gecontroleerd" in told[0]
    copy = Vault.unlock(stick / copies[0], PASSPHRASE, "tester")
    try:
        assert copy.repos.cases.count() == 1 and copy.integrity_problems() == []
    finally:
        copy.close()


def test_restore_dialog_checks_first_and_says_what_is_wrong(qtbot: QtBot, session: Session,
                                                            tmp_path: Path) -> None:
    fill_case(session, new_canary())
    backup = tmp_path / "stick" / "kopie.ogg"
    backup.parent.mkdir()
    session.vault.backup(backup)
    dialog = RestoreDialog(session.vault.path, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.file.edit.accessibleName() and dialog.passphrase.edit.accessibleName()
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClicks(dialog.file.edit, str(backup))
    qtbot.keyClicks(dialog.passphrase.edit, "niet het wachtwoord van toen")
    click(qtbot, dialog.check_button)
    assert "wachtwoord dat gold toen de back-up werd gemaakt" in dialog.message.text()
    assert dialog.message.text().startswith("Fout: ")  # said in words, not only by colour
    assert not dialog.restore_button.isEnabled()
    keyfile_path(backup).rename(tmp_path / "weg.key")
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)  # Enter checks, too
    assert "sleutelbestand van de back-up ontbreekt" in dialog.message.text()
    (tmp_path / "weg.key").rename(keyfile_path(backup))
    click(qtbot, dialog.check_button)
    assert dialog.summary.isVisible() and "Dossiers: 1" in dialog.summary.text()
    assert "before-restore-" in dialog.summary.text()
    assert dialog.restore_button.isEnabled()
    qtbot.wait(20)  # let the messages' deferred layout pass run while the dialog still exists
    dialog.reject()  # cancelled: the checked copy beside the vault is removed again
    assert hidden_leftovers(session.vault.path.parent) == []
    assert dialog.prepared is None


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[Controller, Path, Path]]:
    """The real app on a vault with one case, a backup of it on a "stick", and a case added after."""
    path = tmp_path / "kluis" / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    session = Session.on(vault)
    fill_case(session, new_canary())
    backup = tmp_path / "stick" / "kopie.ogg"
    backup.parent.mkdir()
    vault.backup(backup)
    session.cases.create("Na de back-up gemaakt")
    vault.close()
    lock = InstanceLock(path)
    lock.acquire()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ctl = Controller(app, path, lock, demo=False)
    ctl.quit_app = lambda: None  # quitting would end every event loop of the test run

    def unlock(widget: QWidget) -> None:
        assert isinstance(widget, UnlockDialog)
        qtbot.keyClicks(widget.passphrase.edit, PASSPHRASE)
        click(qtbot, widget.open_button)

    answer(UnlockDialog, unlock)
    assert ctl.start()
    yield ctl, path, backup
    window = ctl.window
    if window is not None:
        window.close()
    ctl.shutdown()
    if window is not None:  # the window the restore opened belongs to no qtbot: delete it, or it outlives the test
        window.deleteLater()
        qtbot.wait(10)


def test_restore_round_trip_through_the_app(qtbot: QtBot, controller: tuple[Controller, Path, Path]) -> None:
    ctl, path, backup = controller
    window = ctl.window
    assert window is not None and window.case_list.model.rowCount() == 2
    told: list[str] = []

    def restore(widget: QWidget) -> None:
        assert isinstance(widget, RestoreDialog)
        qtbot.keyClicks(widget.file.edit, str(backup))
        qtbot.keyClicks(widget.passphrase.edit, PASSPHRASE)
        click(qtbot, widget.check_button)
        assert "Dossiers: 1" in widget.summary.text(), widget.message.text()
        click(qtbot, widget.restore_button)

    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        told.append(widget.text())
        widget.accept()

    answer(RestoreDialog, restore)
    answer(QMessageBox, read)
    window.backup_restore.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    new_window = ctl.window
    assert new_window is not None and new_window is not window and new_window.isVisible()
    assert "teruggezet" in told[0] and "before-restore-" in told[0]
    # The restored vault holds what the backup held; the case made afterwards is in the kept copy.
    titles = [new_window.case_list.model.data(new_window.case_list.model.index(r, 1))
              for r in range(new_window.case_list.model.rowCount())]
    assert len(titles) == 1 and "Na de back-up gemaakt" not in titles
    assert ctl.session is not None and ctl.session.vault.repos.audit.entries()[-1].action == "backup_restored"
    kept = [p for p in path.parent.iterdir() if p.name.startswith("kluis.ogg.before-restore-")]
    assert len(kept) == 2  # the vault and its key file
    aside = next(p for p in kept if not p.name.endswith(".key"))
    old = Vault.unlock(aside, PASSPHRASE, "tester")
    try:
        assert [c.title for c in Session.on(old).cases.summaries()].count("Na de back-up gemaakt") == 1
    finally:
        old.close()
    assert hidden_leftovers(path.parent) == []
    assert ctl.lock.held  # the app still holds its vault


def test_restore_needs_the_app_window(qtbot: QtBot, window: MainWindow) -> None:
    """A bare window (no composition root to reopen the vault) says so instead of half restoring."""
    told: list[str] = []

    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        told.append(widget.text())
        widget.accept()

    answer(QMessageBox, read)
    window.backup_restore.restore_action.trigger()
    assert told and "ogg-desktop restore" in told[0]


def test_hand_over_a_case_and_take_it_over_in_the_window(qtbot: QtBot, session: Session, window: MainWindow,
                                                         tmp_path: Path) -> None:
    marker = new_canary()
    case = fill_case(session, marker)
    fill_case(session, new_canary())
    window.case_list.reload(select_case=case.id)
    window.case_view.show_case(case.id or 0)
    target = tmp_path / "stick" / "overdracht.oggbundle"
    target.parent.mkdir()
    told: list[str] = []

    def export(widget: QWidget) -> None:
        assert isinstance(widget, ExportBundleDialog)
        assert widget.case is not None and widget.case.id == case.id
        qtbot.keyClicks(widget.file.edit, str(target))
        qtbot.keyClicks(widget.fields.first.edit, "zwak")
        click(qtbot, widget.make_button)
        assert widget.message.isVisible() and not target.exists()  # a weak passphrase is refused
        widget.fields.first.clear()
        qtbot.keyClicks(widget.fields.first.edit, BUNDLE_PASSPHRASE)
        qtbot.keyClicks(widget.fields.second.edit, BUNDLE_PASSPHRASE)
        click(qtbot, widget.make_button)

    def read(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        told.append(widget.text())
        widget.accept()

    answer(ExportBundleDialog, export)
    answer(QMessageBox, read)
    window.handover.export_case_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert target.exists() and "Dossiers: 1" in told[0]
    assert session.vault.repos.audit.entries(case_ref=case.reference)[-1].action == "bundle_exported"

    # On the successor's laptop: their own window, their own vault.
    other_vault, _ = Vault.create(tmp_path / "opvolger" / "kluis.ogg", PASSPHRASE, "opvolger", kdf=FAST_KDF_FOR_TESTS)
    other = Session.on(other_vault)
    successor_window = MainWindow(other, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(successor_window)
    successor_window.show()
    told.clear()

    def take_over(widget: QWidget) -> None:
        assert isinstance(widget, ImportBundleDialog)
        qtbot.keyClicks(widget.file.edit, str(target))
        qtbot.keyClicks(widget.passphrase.edit, "verkeerd wachtwoord")
        click(qtbot, widget.open_button)
        assert "wachtwoord van de bundel klopt niet" in widget.message.text()
        assert not widget.import_button.isEnabled()
        widget.passphrase.clear()
        qtbot.keyClicks(widget.passphrase.edit, BUNDLE_PASSPHRASE)
        click(qtbot, widget.open_button)
        first = widget.table.item(0, 0)
        assert widget.table.rowCount() == 1 and first is not None and first.text() == case.reference
        assert "1 dossier(s), 3 bewijsstuk(ken)" in widget.summary.text()
        click(qtbot, widget.import_button)

    answer(ImportBundleDialog, take_over)
    answer(QMessageBox, read)
    successor_window.handover.import_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert "Overgenomen: 1 dossier(s)" in told[0]
    copy = other.cases.find(case.reference)
    assert copy is not None and case_content(other, copy) == case_content(session, case)
    assert successor_window.case_view.case is not None and successor_window.case_view.case.id == copy.id
    assert hidden_leftovers(other_vault.path.parent) == []
    successor_window.close()
    other_vault.close()
