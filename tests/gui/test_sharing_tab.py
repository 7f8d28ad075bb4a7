"""The Delen tab: a report made off the GUI thread, logged as shared; cancel leaves nothing; the
consent gate stops a police report until consent or a written override is recorded."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import Case, ConsentScope
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.gui.dialogs.export import ExportDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.tabs.sharing import SharingTab
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes
from tests.gui.conftest import when_modal


def _case(session: Session, items: int = 2) -> Case:
    case = session.cases.create("Berichten op LinkedIn")
    for n in range(items):
        item = session.evidence.import_bytes(case, png_bytes(640, 400, text=f"bericht {n}"),
                                             method=CaptureMethod.REGION)
        item.title, item.platform, item.transcript = f"Bericht {n}", "LinkedIn", f"Tekst {n}"
        session.evidence.update_details(case, item)
    session.notes.add(case, "Alleen voor de vertrouwenspersoon", Visibility.COUNSELLOR_ONLY)
    return case


def _open(window: MainWindow, case: Case) -> SharingTab:
    assert case.id is not None
    window.case_view.show_case(case.id)
    window.case_view.tabs.setCurrentWidget(window.case_view.sharing)
    return window.case_view.sharing


def _accept_export(recipient: str = "") -> None:
    def answer(widget: QWidget) -> None:
        assert isinstance(widget, ExportDialog)
        if recipient:
            widget.recipient.setText(recipient)
        widget.accept()

    when_modal(answer)


def test_employee_copy_is_made_in_the_background_and_logged(qtbot: QtBot, window: MainWindow, session: Session,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(session)
    tab = _open(window, case)
    target = tmp_path / "kopie.pdf"
    # The seam: the platform's save-file dialog cannot be driven here; the user's choice is given.
    monkeypatch.setattr(tab, "ask_target", lambda _kind: target)
    _accept_export()
    with qtbot.waitSignal(tab.exported, timeout=30_000) as blocker:
        tab.buttons[ReportKind.EMPLOYEE].click()
    export = blocker.args[0]
    assert target.exists()
    assert export.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert export.kind == "employee" and export.item_count == 2
    assert tab.table.rowCount() == 1
    cell = tab.table.item(0, 4)
    assert cell is not None and cell.text() == export.sha256
    assert "opgeslagen" in tab.message.text()
    actions = [e.action for e in session.vault.repos.audit.entries(case_ref=case.reference)]
    assert "report_exported" in actions


def test_cancel_leaves_no_file_and_no_log_entry(qtbot: QtBot, window: MainWindow, session: Session,
                                                tmp_path: Path) -> None:
    case = _case(session, items=3)
    tab = _open(window, case)
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "geannuleerd.pdf"
    data = session.reports.prepare(case, ReportKind.EMPLOYEE, ReportOptions())
    runner = tab.start(data, target)
    runner.cancel()  # as the Cancel button of the progress dialog does
    with qtbot.waitSignal(runner.cancelled, timeout=30_000):
        pass
    assert not target.exists()
    assert list(out.iterdir()) == []
    assert session.reports.exports(case) == []
    assert "Geannuleerd" in tab.message.text()


def test_police_report_needs_consent_first(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    case = _case(session, items=1)
    tab = _open(window, case)
    seen: list[str] = []

    def refuse(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.text())
        widget.reject()

    when_modal(refuse)
    tab.buttons[ReportKind.POLICE].click()
    assert seen and "toestemming" in seen[0]
    assert session.reports.exports(case) == []


def test_police_report_with_consent_opens_the_options(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    case = _case(session, items=1)
    session.cases.record_consent(case, ConsentScope.POLICE_REPORT, date.today(), "mondeling")
    tab = _open(window, case)
    seen: list[QWidget] = []

    def look(widget: QWidget) -> None:
        seen.append(widget)
        assert isinstance(widget, QDialog)
        widget.reject()

    when_modal(look)
    tab.buttons[ReportKind.POLICE].click()
    assert seen and isinstance(seen[0], ExportDialog)
    dialog = seen[0]
    assert isinstance(dialog, ExportDialog)
    assert not dialog.items.isVisible()  # the HR item list belongs to the HR export only


def test_hr_dialog_lists_items_unchecked_and_demands_a_recipient(qtbot: QtBot, session: Session) -> None:
    case = _case(session, items=2)
    dialog = ExportDialog(session, case, ReportKind.HR)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.items.count() == 2
    assert dialog.checked_items() == []
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.isVisible()
    dialog.items.item(1).setCheckState(dialog.items.item(1).checkState().Checked)
    dialog.recipient.setText("HR, J. de Vries")
    options = dialog.options()
    assert options.recipient == "HR, J. de Vries"
    assert options.item_ids is not None and len(options.item_ids) == 1
