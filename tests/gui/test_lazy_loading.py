"""At scale the window never loads everything at once: the case list pages in as it scrolls, and a
case's thumbnails arrive after its list is on screen."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.gui.case_list import PAGE
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes


def test_case_list_fetches_a_page_at_a_time_as_it_scrolls(qtbot: QtBot, session: Session,
                                                          window: MainWindow) -> None:
    with session.vault.transaction() as repos:
        for n in range(PAGE * 2 + 50):  # 450 cases, straight into the vault (fast)
            repos.cases.add(Case(repos.cases.next_reference(2026), f"Dossier {n}",
                                 date(2026, 1, 1) + timedelta(days=n % 300)))
    window.case_list.reload()
    model, view = window.case_list.model, window.case_list.view
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE + 50)
    assert not model.canFetchMore()
    assert len({model.data(model.index(r, 0)) for r in range(model.rowCount())}) == 2 * PAGE + 50


def test_search_shows_best_matches_first_until_a_column_is_chosen(qtbot: QtBot, session: Session,
                                                                   window: MainWindow) -> None:
    noted = session.cases.create("Reacties op Facebook", opened_on=date(2026, 6, 1))
    session.notes.add(noted, "De wijkagent belde", Visibility.COUNSELLOR_ONLY)
    titled = session.cases.create("Wijkagent bedreigd", opened_on=date(2026, 1, 1))
    panel = window.case_list
    panel.search.setText("wijkagent")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert panel.model.data(panel.model.index(0, 0)) == titled.reference
    assert not panel.view.horizontalHeader().isSortIndicatorShown()  # no column: relevance
    panel.view.horizontalHeader().sectionClicked.emit(4)  # the user picks "Geopend"
    panel.view.sortByColumn(4, panel.view.horizontalHeader().sortIndicatorOrder())
    panel.search.setText("wijkagen")
    qtbot.wait(300)
    assert panel.model.order == "opened"
    assert panel.view.horizontalHeader().isSortIndicatorShown()


def test_thumbnails_arrive_after_the_case_is_shown(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case = session.cases.create("Veel bewijs")
    for n in range(40):
        session.evidence.import_bytes(case, png_bytes(120, 80, text=f"#{n}"), method=CaptureMethod.REGION)
    assert case.id is not None
    window.case_view.show_case(case.id)
    tab = window.case_view.evidence
    assert tab.list.count() == 40
    assert tab.thumbnails_pending() > 0  # not all read and decoded before the case appeared
    qtbot.waitUntil(lambda: tab.thumbnails_pending() == 0, timeout=10_000)
    sizes = {tab.list.item(r).icon().availableSizes()[0].width() for r in range(40)}
    assert sizes and min(sizes) > 0
    first = tab.list.item(0).icon().pixmap(96, 96).toImage()
    assert first.pixelColor(first.width() // 2, first.height() // 2).alpha() == 255  # a picture, not the blank
