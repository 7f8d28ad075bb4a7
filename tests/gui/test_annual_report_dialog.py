"""Jaarverslag: from the Organisatie menu, a period, tables and charts with hidden small numbers, and the PDF,
CSV and processing-register entry written where the user chose; and the classification on the Overzicht tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import CaseCategory, CaseOrigin, CaseOutcome, CaseSetting
from ogg_desktop.gui.dialogs.annual_report import AnnualReportDialog, BarChart
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.demo import populate
from ogg_desktop.services.session import Session
from tests.gui.conftest import when_modal

TODAY = date(2026, 11, 23)


@pytest.fixture
def demo(session: Session) -> Session:
    populate(session, today=TODAY)  # three cases this year, twelve closed ones last year
    return session


def _table(dialog: AnnualReportDialog, title: str) -> dict[str, str]:
    for grid in dialog.findChildren(QTableWidget):
        if grid.accessibleName() == f"Tabel: {title}":
            cells = [(grid.item(r, 0), grid.item(r, 1)) for r in range(grid.rowCount())]
            return {label.text(): count.text() for label, count in cells if label and count}
    raise AssertionError(f"no table {title}")


def test_menu_opens_the_report_of_last_year_with_small_numbers_hidden(qtbot: QtBot, demo: Session,
                                                                     window: MainWindow) -> None:
    assert window.annual_report_action in window.organisation_menu.actions()
    assert window.annual_report_action.text() == "&Jaarverslag…"
    seen: dict[str, Any] = {}

    def look(widget: QWidget) -> None:
        assert isinstance(widget, AnnualReportDialog)
        seen["total"] = widget.total.text()
        seen["category"] = _table(widget, "Soort gedrag")
        seen["charts"] = {c.accessibleName(): c.accessibleDescription() for c in widget.findChildren(BarChart)}
        widget.reject()

    when_modal(look)
    window.annual_report_action.trigger()
    assert seen["total"].endswith(": 12")
    assert seen["category"] == {"Pesten": "4", "Intimidatie": "3", "Seksuele intimidatie": "<3",
                                "Agressie en geweld": "<3", "Discriminatie": "<3", "Anders": "<3",
                                "Nog niet bepaald": "0"}
    chart = seen["charts"]["Staafdiagram: Soort gedrag"]
    assert chart.startswith("Pesten: 4; Intimidatie: 3; Seksuele intimidatie: <3")


def test_a_range_of_months_and_a_reversed_range(qtbot: QtBot, demo: Session) -> None:
    dialog = AnnualReportDialog(demo.annual, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("months"))
    dialog.first.setDate(dialog.first.date().fromString("2025-01-01", "yyyy-MM-dd"))
    dialog.last.setDate(dialog.last.date().fromString("2026-12-01", "yyyy-MM-dd"))
    assert dialog.total.text().endswith(": 15")
    dialog.last.setDate(dialog.last.date().fromString("2024-12-01", "yyyy-MM-dd"))
    assert dialog.message.isVisibleTo(dialog) and "vóór" in dialog.message.text()
    assert not dialog.pdf_button.isEnabled()


def _answer_save_dialog(target: Path) -> None:
    def choose(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        widget.selectFile(str(target))
        widget.accept()

    when_modal(choose)


def test_pdf_csv_and_register_are_written_where_the_user_chose(qtbot: QtBot, demo: Session, tmp_path: Path) -> None:
    dialog = AnnualReportDialog(demo.annual, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    for button, name in ((dialog.pdf_button, "jaar.pdf"), (dialog.csv_button, "rie.csv"),
                         (dialog.register_button, "register.txt")):
        _answer_save_dialog(tmp_path / name)
        button.click()
        assert (tmp_path / name).is_file()
        assert name in dialog.message.text()
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(str(tmp_path / "jaar.pdf")).pages)
    assert "Jaarverslag vertrouwenspersoon" in pdf_text and "2025" in pdf_text
    assert "Medewerker" not in pdf_text and "OGG-2025" not in pdf_text
    assert "Pesten;4" in (tmp_path / "rie.csv").read_text("utf-8-sig")
    assert "Verwerkingsregister" in (tmp_path / "register.txt").read_text("utf-8")
    QApplication.processEvents()


def test_overview_tab_sets_the_classification(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case = session.cases.create("Fictief dossier", opened_on=date(2026, 1, 5))
    window.case_view.show_case(case.id or 0)
    overview = window.case_view.overview
    boxes = {box.accessibleName(): box for box in overview.findChildren(QComboBox)}
    for name in ("Soort gedrag", "Online of offline", "Van wie het uitging", "Afloop"):
        assert boxes[name].currentText() == "Nog niet bepaald"
    boxes["Soort gedrag"].setCurrentIndex(boxes["Soort gedrag"].findText("Discriminatie"))
    boxes["Online of offline"].setCurrentIndex(boxes["Online of offline"].findText("Online en offline"))
    origin = boxes["Van wie het uitging"]
    origin.setCurrentIndex(origin.findText("Binnen de organisatie (intern)"))
    boxes["Afloop"].setCurrentIndex(boxes["Afloop"].findText("Maatregelen door de werkgever"))
    stored = session.cases.get(case.id or 0)
    assert stored is not None
    assert (stored.category, stored.setting, stored.origin, stored.outcome) == (
        CaseCategory.DISCRIMINATION, CaseSetting.BOTH, CaseOrigin.INTERNAL, CaseOutcome.EMPLOYER_MEASURES)
