"""Retention in the window: the banner after unlock, the list of expired cases, destroying by typing the
reference, extending with a reason, and destroying the open case from the Dossier menu."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import Case, CaseStatus, Employee
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.gui.dialogs.retention import DestroyCaseDialog, ExtendRetentionDialog, RetentionDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.widgets import to_date, to_qdate
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes
from tests.gui.conftest import when_modal

TODAY = now_utc().astimezone().date()


def expired_case(session: Session, title: str, days_ago: int = 10, status: CaseStatus = CaseStatus.CLOSED) -> Case:
    case = session.cases.create(title, Employee(pseudonym="Medewerker R"), opened_on=date(2020, 1, 6))
    case.retention_until = TODAY - timedelta(days=days_ago)
    case.status = status
    session.cases.update(case)
    return case


def make_window(qtbot: QtBot, session: Session, settings: QSettings) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def table_rows(dialog: RetentionDialog) -> list[list[str]]:
    rows = []
    for r in range(dialog.table.rowCount()):
        cells = [dialog.table.item(r, c) for c in range(dialog.table.columnCount())]
        rows.append([cell.text() if cell is not None else "" for cell in cells])
    return rows


def test_banner_after_unlock_names_the_expired_cases_and_opens_the_list(
        qtbot: QtBot, session: Session, settings: QSettings) -> None:
    older = expired_case(session, "Oud dossier", days_ago=40)
    newer = expired_case(session, "Recent verlopen", days_ago=1)
    later = session.cases.create("Nog lang bewaren", opened_on=date(2020, 1, 6))
    later.retention_until = TODAY + timedelta(days=30)
    session.cases.update(later)
    window = make_window(qtbot, session, settings)

    assert window.retention_banner.isVisible()
    assert window.retention_banner.text() == "Bewaartermijn verlopen: 2 dossier(s) — bekijken…"
    assert window.retention_banner.focusPolicy() != Qt.FocusPolicy.NoFocus
    seen: list[list[list[str]]] = []

    def look(widget: QWidget) -> None:
        assert isinstance(widget, RetentionDialog)
        seen.append(table_rows(widget))
        widget.grab().save("/tmp/retention_list.png")
        widget.reject()

    when_modal(look)
    qtbot.keyClick(window.retention_banner, Qt.Key.Key_Space)  # reachable and usable from the keyboard
    assert [row[:2] for row in seen[0]] == [[older.reference, "Oud dossier"], [newer.reference, "Recent verlopen"]]
    assert all(row[3] == "Gesloten" for row in seen[0])
    window.grab().save("/tmp/retention_banner.png")


def test_no_banner_without_expired_cases(qtbot: QtBot, session: Session, settings: QSettings) -> None:
    session.cases.create("Zonder termijn", opened_on=date(2020, 1, 6))
    window = make_window(qtbot, session, settings)
    assert not window.retention_banner.isVisible()


def test_destroy_asks_for_the_reference_and_a_wrong_one_removes_nothing(qtbot: QtBot, session: Session) -> None:
    case = expired_case(session, "Te vernietigen")
    session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.PASTED, title="Bewijs")
    session.notes.add(case, "Een notitie", Visibility.COUNSELLOR_ONLY)
    dialog = DestroyCaseDialog(session, case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reference.hasFocus() or dialog.focusWidget() is dialog.reference
    assert dialog.early_warning is None  # closed and expired: no "not yet" warning
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "niet ongedaan" in texts and "Back-ups" in texts

    dialog.destroy_button.click()
    assert dialog.message.isVisible() and "Typ het kenmerk" in dialog.message.text()
    qtbot.keyClicks(dialog.reference, "OGG-1999-0001")
    dialog.destroy_button.click()
    assert "niet het kenmerk" in dialog.message.text() and "Er is niets verwijderd" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert session.cases.get(case.id or 0) is not None
    dialog.grab().save("/tmp/retention_destroy_wrong.png")

    dialog.reference.clear()
    qtbot.keyClicks(dialog.reference, case.reference.lower())
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)  # Enter confirms, once the reference is typed
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_destruction is not None and dialog.result_destruction.counts["evidence"] == 1
    assert session.cases.get(case.id or 0) is None
    last = session.vault.repos.audit.entries()[-1]
    assert (last.action, last.case_ref) == ("case_destroyed", case.reference)


def test_destroying_an_open_case_before_its_date_warns(qtbot: QtBot, session: Session) -> None:
    case = session.cases.create("Nog open", opened_on=date(2020, 1, 6))
    dialog = DestroyCaseDialog(session, case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.early_warning is not None and dialog.early_warning.isVisible()
    assert "niet gesloten" in dialog.early_warning.text()
    dialog.grab().save("/tmp/retention_destroy_early.png")


def test_extend_needs_a_reason_and_moves_the_date(qtbot: QtBot, session: Session) -> None:
    case = expired_case(session, "Verlengen")
    dialog = ExtendRetentionDialog(session, case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert to_date(dialog.until.date()) > TODAY
    qtbot.keyClicks(dialog.reason, "te kort")
    assert dialog.counter.text() == "Nog minstens 13 tekens."
    dialog._save()
    assert dialog.message.isVisible() and "minstens 20 tekens" in dialog.message.text()
    assert session.cases.get(case.id or 0).retention_until == case.retention_until  # type: ignore[union-attr]
    dialog.grab().save("/tmp/retention_extend_short.png")

    qtbot.keyClicks(dialog.reason, ": de procedure bij de rechter loopt nog")
    assert dialog.counter.text() == "Lang genoeg."
    new_date = TODAY + timedelta(days=200)
    dialog.until.setDate(to_qdate(new_date))
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = session.cases.get(case.id or 0)
    assert stored is not None and stored.retention_until == new_date
    notes = session.notes.for_case(case)
    assert [n.visibility for n in notes] == [Visibility.COUNSELLOR_ONLY]
    assert notes[0].body == (f"Bewaartermijn verlengd tot {new_date.strftime('%d-%m-%Y')}: "
                             "te kort: de procedure bij de rechter loopt nog")


def test_the_list_destroys_and_extends_then_the_banner_goes(qtbot: QtBot, session: Session,
                                                            settings: QSettings) -> None:
    gone = expired_case(session, "Weg ermee", days_ago=20)
    kept = expired_case(session, "Nog nodig", days_ago=5)
    window = make_window(qtbot, session, settings)
    window.case_list.reload(select_case=gone.id)
    window.case_view.show_case(gone.id or 0)
    steps: list[str] = []

    def confirm_destroy(widget: QWidget) -> None:
        assert isinstance(widget, DestroyCaseDialog)
        qtbot.keyClicks(widget.reference, gone.reference)
        widget.destroy_button.click()
        steps.append("destroyed")

    def extend(widget: QWidget) -> None:
        assert isinstance(widget, ExtendRetentionDialog)
        qtbot.keyClicks(widget.reason, "Lopende procedure bij de kantonrechter")
        widget._save()
        steps.append("extended")

    def in_list(widget: QWidget) -> None:
        assert isinstance(widget, RetentionDialog)
        assert widget.selected_case_id() == gone.id  # the oldest first, already chosen
        when_modal(confirm_destroy)
        widget.destroy_button.click()
        assert [row[0] for row in table_rows(widget)] == [kept.reference]
        assert widget.message.text() == f"Gelukt: Dossier {gone.reference} is vernietigd."
        when_modal(extend)
        widget.extend_button.click()
        assert widget.table.isHidden() and widget.empty.isVisible()
        widget.grab().save("/tmp/retention_list_done.png")
        steps.append("listed")
        widget.reject()

    when_modal(in_list)
    window.retention_banner.click()
    assert steps == ["destroyed", "extended", "listed"]
    assert not window.retention_banner.isVisible()
    assert window.case_view.case is None  # the destroyed case was open: its view is cleared
    model = window.case_list.model
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == ["Nog nodig"]


def test_destroy_the_open_case_from_the_dossier_menu(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case = session.cases.create("Te vroeg gesloten", opened_on=date(2020, 1, 6))
    other = session.cases.create("Blijft", opened_on=date(2020, 1, 7))
    window.case_list.reload(select_case=case.id)
    window.case_view.show_case(case.id or 0)
    case_menu = window.menuBar().actions()[0].menu()
    assert isinstance(case_menu, QMenu) and window.destroy_case_action in case_menu.actions()

    def confirm(widget: QWidget) -> None:
        assert isinstance(widget, DestroyCaseDialog)
        assert widget.case.id == case.id
        qtbot.keyClicks(widget.reference, case.reference)
        widget.destroy_button.click()

    when_modal(confirm)
    window.destroy_case_action.trigger()
    assert session.cases.get(case.id or 0) is None and session.cases.get(other.id or 0) is not None
    assert window.case_view.case is None
    assert window.statusBar().currentMessage() == f"Dossier {case.reference} is vernietigd."


def test_destroy_from_the_menu_without_an_open_case_says_so(qtbot: QtBot, window: MainWindow) -> None:
    said: list[str] = []

    def read(widget: QWidget) -> None:
        said.append(widget.findChild(QWidget, "qt_msgbox_label").text())  # type: ignore[union-attr]
        widget.close()

    when_modal(read)
    window.destroy_case_action.trigger()
    assert said == ["Kies eerst een dossier."]
