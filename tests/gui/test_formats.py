"""Dates, times and numbers in the GUI follow the app's language: "23 november 2026" in Dutch,
"23 November 2026" in English, on the case's overview and in the agenda.

(The reports' Dutch dates, "20 maart 2025", are read back from the PDF in
tests/reports/test_report_content.py.)
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import ConsentScope, Employee
from ogg_desktop.gui import formats, i18n
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.pseudo import lrelease
from ogg_desktop.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
OPENED = date(2026, 11, 23)
MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The app in Dutch or in English, with the .qm files built from the committed .ts files."""
    for name in ("ogg_desktop_en", "ogg_desktop_nl"):
        subprocess.run([lrelease(), "-silent", str(ROOT / "resources" / "i18n" / f"{name}.ts"),
                        "-qm", str(tmp_path / f"{name}.qm")], check=True)
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    i18n.install_translator(qapp, request.param)
    yield request.param
    i18n.install_translator(qapp, "nl")


def _long(day: date, language: str) -> str:
    months = MONTHS_NL if language == "nl" else MONTHS_EN
    return f"{day.day} {months[day.month - 1]} {day.year}"


def test_the_overview_shows_dates_in_the_apps_language(qtbot: QtBot, language: str, session: Session,
                                                       settings: QSettings) -> None:
    case = session.cases.create("Nepprofiel op LinkedIn", Employee(pseudonym="Medewerker A"), OPENED)
    session.cases.record_consent(case, ConsentScope.PLATFORM_REPORT, date(2026, 3, 5), "mondeling")
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    assert case.id is not None
    window.case_view.show_case(case.id)
    assert _long(OPENED, language) in window.case_view.subheader.text()
    consents = window.case_view.overview.consents
    assert _long(date(2026, 3, 5), language) in consents.item(0).text()
    wrong = _long(OPENED, "en" if language == "nl" else "nl")
    assert wrong not in window.case_view.subheader.text()
    assert "23-11-2026" not in window.case_view.subheader.text()


def test_the_agenda_shows_dates_in_the_apps_language(qtbot: QtBot, language: str, session: Session,
                                                     settings: QSettings) -> None:
    today = date.today()
    case = session.cases.create("Dreigement via Instagram", Employee(pseudonym="Medewerker B"), today)
    session.workflow.start_aftercare(case, datetime.now(UTC) - timedelta(days=5))
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.refresh_agenda(today)
    shown = []
    it = QTreeWidgetItemIterator(window.agenda.tree)
    while it.value():
        shown.append(it.value().text(0))
        it += 1
    # "28 nov 2026" in Dutch, "28 Nov 2026" in English (the month's case tells them apart)
    months = [m[:3] for m in (MONTHS_NL if language == "nl" else MONTHS_EN)]
    dated = [text for text in shown if any(f" {m} {today.year}" in text or f" {m} {today.year + 1}" in text
                                           for m in months)]
    assert dated, shown


def test_numbers_times_and_sizes_follow_the_language(language: str) -> None:
    moment = datetime(2026, 11, 23, 13, 5, 9)  # local wall-clock time
    if language == "nl":
        assert formats.number(1234567) == "1.234.567"
        assert formats.short_date(OPENED) == "23-11-2026"
        assert formats.file_size(1234567) == "1,18 MiB"
        assert formats.date_time(moment) == "23 november 2026 13:05"
    else:
        assert formats.number(1234567) == "1,234,567"
        assert formats.short_date(OPENED) == "23/11/2026"
        assert formats.file_size(1234567) == "1.18 MiB"
        assert formats.date_time(moment) == "23 November 2026 13:05"
    assert formats.time_of_day(moment, seconds=True) == "13:05:09"
