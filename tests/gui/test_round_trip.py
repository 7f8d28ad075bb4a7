"""The foundation's acceptance path: create a vault in the GUI, fill a case, quit, start again,
unlock, and find everything back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.checklist import Step, StepState
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Role
from ogg_desktop.gui.dialogs.new_case import NewCaseDialog
from ogg_desktop.gui.dialogs.vault_dialogs import CreateVaultDialog, RecoveryKeyDialog, UnlockDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.tabs.people import PersonDialog
from ogg_desktop.services.session import Session
from tests.conftest import PASSPHRASE, png_bytes
from tests.gui.conftest import when_modal


def _create_vault_via_dialog(qtbot: QtBot, path: Path) -> Session:
    dialog = CreateVaultDialog(path, "tester")
    qtbot.addWidget(dialog)

    def confirm(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryKeyDialog)
        widget.confirm.setChecked(True)
        qtbot.mouseClick(widget.continue_button, Qt.MouseButton.LeftButton)

    dialog.show()
    qtbot.keyClicks(dialog.fields.first.edit, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second.edit, PASSPHRASE)
    when_modal(confirm)
    qtbot.keyClick(dialog.fields.second.edit, Qt.Key.Key_Return)  # Enter creates, exactly once
    assert dialog.vault is not None, dialog.message.text()
    return Session.on(dialog.vault)


def test_gui_round_trip(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "kluis.ogg"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    session = _create_vault_via_dialog(qtbot, path)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.case_list.model.rowCount() == 0
    assert window.case_list.empty.isVisible()

    # A new case, typed into the dialog.
    def fill_case(widget: QWidget) -> None:
        assert isinstance(widget, NewCaseDialog)
        qtbot.keyClicks(widget.title, "Dreigend bericht via LinkedIn")
        qtbot.keyClicks(widget.pseudonym, "Medewerker Q")
        qtbot.mouseClick(widget.buttons.button(widget.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(fill_case)
    window.new_case_action.trigger()
    assert window.case_list.model.rowCount() == 1
    view = window.case_view
    assert view.case is not None
    reference = view.case.reference
    assert reference in view.header.text()

    # Two evidence items, one of them dropped onto the evidence tab.
    first, second = tmp_path / "eerste.png", tmp_path / "tweede.png"
    first.write_bytes(png_bytes(120, 80, "#123456", "een"))
    second.write_bytes(png_bytes(90, 60, "#654321", "twee"))
    view.tabs.setCurrentWidget(view.evidence)
    assert view.evidence.import_files([first]) == 1
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    view.evidence.dropEvent(drop)
    assert view.evidence.list.count() == 2
    # Details typed in are saved at once.
    view.evidence.list.setCurrentRow(0)
    qtbot.keyClicks(view.evidence.transcript, "Ik weet waar je woont")
    view.evidence.url.setFocus()
    view.evidence.flush()

    # A person, through the dialog.
    def fill_person(widget: QWidget) -> None:
        assert isinstance(widget, PersonDialog)
        qtbot.keyClicks(widget.name, "Getuige Jansen")
        widget.role_box.setCurrentIndex(widget.role_box.findData(Role.WITNESS.value))
        widget.accept()

    view.tabs.setCurrentWidget(view.people)
    when_modal(fill_person)
    qtbot.mouseClick(view.people.add_person, Qt.MouseButton.LeftButton)
    assert view.people.people.rowCount() == 1

    # A checklist step and a note.
    view.tabs.setCurrentWidget(view.checklist)
    discuss = view.checklist.rows[1]
    discuss.state.setCurrentIndex(discuss.state.findData(StepState.DONE.value))
    view.tabs.setCurrentWidget(view.notes)
    qtbot.keyClicks(view.notes.editor, "Eerste gesprek gevoerd")
    view.notes.visibility.setCurrentIndex(view.notes.visibility.findData(Visibility.EMPLOYEE.value))
    window.close()  # flushes what is still being typed
    session.close()
    QApplication.processEvents()

    # Start again: unlock and find everything back.
    unlock = UnlockDialog(path, "tester")
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.keyClicks(unlock.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase.edit, Qt.Key.Key_Return)
    assert unlock.result() == QDialog.DialogCode.Accepted and unlock.vault is not None
    session2 = Session.on(unlock.vault)
    window2 = MainWindow(session2, settings)
    qtbot.addWidget(window2)
    window2.show()
    assert window2.case_list.model.rowCount() == 1
    view2 = window2.case_view
    assert view2.case is not None and view2.case.reference == reference
    assert view2.overview.pseudonym.text() == "Medewerker Q"
    assert view2.evidence.list.count() == 2
    items = session2.evidence.for_case(view2.case)
    assert [i.original_filename for i in items] == ["eerste.png", "tweede.png"]
    assert session2.evidence.original_bytes(items[0].id or 0) == first.read_bytes()
    assert items[0].transcript == "Ik weet waar je woont"
    name_cell = view2.people.people.item(0, 0)
    assert name_cell is not None and name_cell.text() == "Getuige Jansen"
    entries = {e.step: e for e in session2.checklist.for_case(view2.case)}
    assert entries[Step.DISCUSS].state == StepState.DONE and entries[Step.DISCUSS].done_on is not None
    assert view2.checklist.rows[1].state.currentData() == StepState.DONE.value
    notes = session2.notes.for_case(view2.case)
    assert [(n.body, n.visibility) for n in notes] == [("Eerste gesprek gevoerd", Visibility.EMPLOYEE)]
    assert view2.notes.list.count() == 1
    window2.close()
    session2.close()
