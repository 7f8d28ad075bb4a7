"""The main window: case list search and sort, autosave, validation, verify and backup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import Employee
from ogg_desktop.gui.case_list import CaseListModel
from ogg_desktop.gui.dialogs.verify import VerifyDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.demo import DEMO_CASES, populate
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import when_modal


def _titles(window: MainWindow) -> list[str]:
    model = window.case_list.model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def test_case_list_search_as_you_type(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    session.cases.create("Dreigement via Instagram", Employee(pseudonym="Medewerker A"), date(2026, 3, 1))
    session.cases.create("Nepprofiel op LinkedIn", Employee(pseudonym="Medewerker B"), date(2026, 4, 1))
    window.case_list.reload()
    assert _titles(window) == ["Nepprofiel op LinkedIn", "Dreigement via Instagram"]  # newest first
    qtbot.keyClicks(window.case_list.search, "dreig")
    qtbot.waitUntil(lambda: _titles(window) == ["Dreigement via Instagram"])
    window.case_list.search.clear()
    qtbot.keyClicks(window.case_list.search, 'zzz "(*')
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 0)
    assert window.case_list.empty.isVisible()
    assert "Geen dossiers gevonden" in window.case_list.empty.text()


def test_case_list_sorts_in_the_vault(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    for n, title in enumerate(["banaan", "Appel", "citroen"]):
        session.cases.create(title, opened_on=date(2026, 1, 1 + n))
    window.case_list.reload()
    window.case_list.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _titles(window) == ["Appel", "banaan", "citroen"]
    window.case_list.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _titles(window) == ["citroen", "banaan", "Appel"]


def test_case_list_model_is_a_correct_qt_model(qtmodeltester: ModelTester, session: Session) -> None:
    populate(session)
    model = CaseListModel(session.cases)
    model.reload()
    assert model.rowCount() == DEMO_CASES
    qtmodeltester.check(model)


def test_case_list_pages_lazily(session: Session) -> None:
    for n in range(450):
        session.cases.create(f"Dossier {n}", opened_on=date(2026, 1, 1))
    model = CaseListModel(session.cases)
    model.reload()
    assert model.rowCount() == 200  # the first page only
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()


def test_overview_saves_at_once_and_explains_bad_input(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case = session.cases.create("Oude titel")
    window.case_list.reload()
    assert case.id is not None
    window.case_view.show_case(case.id)
    overview = window.case_view.overview
    overview.title.selectAll()
    qtbot.keyClicks(overview.title, "Nieuwe titel")
    qtbot.keyClick(overview.title, Qt.Key.Key_Return)
    saved = session.cases.get(case.id)
    assert saved is not None and saved.title == "Nieuwe titel"
    assert "Nieuwe titel" in window.case_view.header.text()
    assert _titles(window) == ["Nieuwe titel"]
    overview.title.clear()
    qtbot.keyClick(overview.title, Qt.Key.Key_Return)
    assert overview.message.isVisible() and "titel" in overview.message.text()
    again = session.cases.get(case.id)
    assert again is not None and again.title == "Nieuwe titel"  # nothing half-saved


def test_home_address_is_only_kept_when_asked_for(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case = session.cases.create("Adres")
    assert case.id is not None
    window.case_view.show_case(case.id)
    overview = window.case_view.overview
    assert not overview.home_address.isVisibleTo(overview)
    overview.home_toggle.setChecked(True)
    qtbot.keyClicks(overview.home_address, "Thuisstraat 9")
    qtbot.keyClick(overview.home_address, Qt.Key.Key_Return)
    stored = session.cases.get(case.id)
    assert stored is not None and stored.employee.home_address == "Thuisstraat 9"
    overview.home_toggle.setChecked(False)
    stored = session.cases.get(case.id)
    assert stored is not None and stored.employee.home_address == ""


def test_verify_dialog_reports_in_words(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    populate(session)
    seen: list[str] = []

    def read(widget: QWidget) -> None:
        assert isinstance(widget, VerifyDialog)
        seen.append(widget.verdict.text())
        widget.reject()

    when_modal(read)
    window.verify_action.trigger()
    assert seen == ["Alles in orde."]


def test_backup_from_the_menu(qtbot: QtBot, session: Session, window: MainWindow, tmp_path: Path) -> None:
    populate(session)
    target = tmp_path / "usb" / "kopie.ogg"
    target.parent.mkdir()
    messages: list[str] = []

    def choose_file(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        widget.selectFile(str(target))
        widget.accept()
        when_modal(confirm)

    def confirm(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        messages.append(widget.text())
        widget.accept()

    when_modal(choose_file)
    window.backup_action.trigger()
    assert messages and "gemaakt en gecontroleerd" in messages[0]
    copy = Vault.unlock(target, PASSPHRASE, "tester")
    try:
        assert copy.repos.cases.count() == DEMO_CASES
    finally:
        copy.close()
