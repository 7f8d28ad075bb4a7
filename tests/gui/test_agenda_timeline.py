"""The agenda across cases and the case timeline, as a counsellor reads them."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import ConsentScope
from ogg_desktop.domain.checklist import ChecklistEntry, Step, StepState
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.workflow import Conversation, PlatformDecision, PlatformReport
from ogg_desktop.gui.agenda import AgendaPanel
from ogg_desktop.gui.tabs.timeline import TimelineTab
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes


def _rows(panel: AgendaPanel) -> list[list[str]]:
    tree = panel.tree
    return [[tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]


def test_agenda_groups_what_is_late_today_and_this_week(qtbot: QtBot, session: Session) -> None:
    today = date(2026, 11, 25)  # a Wednesday
    a = session.cases.create("Belediging", opened_on=date(2026, 8, 1))
    item = session.evidence.import_bytes(a, png_bytes(), method=CaptureMethod.REGION)
    item.learned_on, item.offences = date(2026, 8, 20), ["insult"]
    session.evidence.update_details(a, item)
    b = session.cases.create("Nazorg", opened_on=date(2026, 11, 22))
    session.workflow.start_aftercare(b, datetime(2026, 11, 22, 9, 0, tzinfo=UTC))  # first talk due 25 Nov
    session.cases.record_consent(b, ConsentScope.PLATFORM_REPORT, date(2026, 5, 1), "schriftelijk")
    session.workflow.add_platform_report(b, PlatformReport(b.id or 0, "TikTok", decision=PlatformDecision.NO_ACTION,
                                                           decision_on=date(2026, 5, 28)))
    panel = AgendaPanel(session)
    qtbot.addWidget(panel)
    agenda = panel.reload(today)
    rows = _rows(panel)
    assert rows[0][0] == "Te laat (1)"
    assert rows[1][1:] == [a.reference, "Klachttermijn (3 maanden): Belediging (266 Sr)"]
    assert rows[2][0] == "Vandaag (1)"
    assert rows[3][1:] == [b.reference, "Nazorg: eerste nazorggesprek"]
    assert rows[4][0] == "Deze week (1)"
    assert rows[5][1:] == [b.reference, "Bezwaartermijn bij TikTok loopt af"]
    assert len(agenda) == 3
    assert "verstreken" in panel.summary.text()
    late = panel.tree.topLevelItem(1)
    assert late is not None
    with qtbot.waitSignal(panel.caseRequested) as opened:
        panel.tree.setCurrentItem(late)
        panel.tree.itemActivated.emit(late, 0)
    assert opened.args == [a.id]


def test_timeline_lists_the_case_in_date_order_in_words(qtbot: QtBot, session: Session) -> None:
    case = session.cases.create("Tijdlijn", opened_on=date(2026, 1, 5))
    session.workflow.add_conversation(case, Conversation(case.id or 0, date(2026, 1, 6), "VP en medewerker",
                                                         "geheim gesprek"))
    session.checklist.save(case, ChecklistEntry(Step.DISCUSS, StepState.DONE, date(2026, 1, 6), "VP"))
    tab = TimelineTab(session)
    qtbot.addWidget(tab)
    tab.load(case)
    rows = [[tab.table.item(r, c).text() for c in range(3)] for r in range(tab.table.rowCount())]  # type: ignore[union-attr]
    assert rows[0][:2] == ["5 januari 2026", "Dossier geopend"]
    assert rows[1][:2] == ["6 januari 2026", "Gesprek"]
    assert rows[1][2] == ""  # never the conversation's content
    assert rows[-1][1:] == ["Stappenplan bijgewerkt", "Bespreek: Afgerond"]
    assert all("geheim" not in cell for row in rows for cell in row)
    assert tab.table.horizontalHeaderItem(0).text() == "Datum"  # type: ignore[union-attr]
