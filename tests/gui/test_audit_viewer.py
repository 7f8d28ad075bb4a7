"""The Logboek: the whole audit log, filtered, paged a screen at a time, and the chain checked in words
with the first bad entry shown — on a real vault, tampered through its own connection."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import Case, Employee
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.gui.dialogs.audit_viewer import PAGE, AuditLogDialog, utc_bound
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.session import Session
from tests.gui.conftest import when_modal


@pytest.fixture
def dialog(qtbot: QtBot, session: Session) -> Iterator[AuditLogDialog]:
    d = AuditLogDialog(session)
    qtbot.addWidget(d)
    d.show()
    yield d
    if d.checking():
        qtbot.waitUntil(lambda: not d.checking(), timeout=30_000)


def two_cases(session: Session) -> tuple[Case, Case]:
    first = session.cases.create("Berichten op LinkedIn", Employee(pseudonym="Medewerker A"))
    second = session.cases.create("Nepaccount op Instagram", Employee(pseudonym="Medewerker B"))
    session.notes.add(first, "geheime notitie-inhoud", Visibility.COUNSELLOR_ONLY)
    session.notes.add(second, "nog een geheime notitie", Visibility.COUNSELLOR_ONLY)
    return first, second


def shown(d: AuditLogDialog, column: int) -> list[str]:
    return [str(d.model.index(r, column).data()) for r in range(d.model.rowCount())]


def ids(d: AuditLogDialog) -> list[int]:
    return [int(d.model.index(r, 0).data(Qt.ItemDataRole.UserRole)) for r in range(d.model.rowCount())]


def selected_id(d: AuditLogDialog) -> int:
    rows = d.view.selectionModel().selectedRows()
    assert len(rows) == 1
    return int(rows[0].data(Qt.ItemDataRole.UserRole))


def add_entries(session: Session, n: int, actor: str = "tester") -> None:
    with session.vault.transaction() as repos:
        for i in range(n):
            repos.audit.append(actor, "case_updated", "case", 1, "OGG-2026-0001", f"fields=title;n={i}")


def check_chain(qtbot: QtBot, d: AuditLogDialog) -> str:
    qtbot.mouseClick(d.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.checking() and d.check_button.isEnabled()
                    and not d.verdict.text().endswith("gecontroleerd…"), timeout=30_000)
    return d.verdict.text()


# Showing --------------------------------------------------------------------------------------
def test_every_entry_is_shown_newest_first_with_labels_and_never_content(
        qtbot: QtBot, session: Session, qtmodeltester: ModelTester) -> None:
    first, _ = two_cases(session)
    d = AuditLogDialog(session)
    qtbot.addWidget(d)
    d.show()
    entries = session.vault.repos.audit.entries()
    assert ids(d) == [e.id for e in reversed(entries)]
    actions = shown(d, 3)
    assert actions[-1] == "Kluis gemaakt" and "Dossier aangemaakt" in actions and "Notitie toegevoegd" in actions
    assert first.reference in shown(d, 4)
    assert "Notitie 1" in shown(d, 5)
    everything = " ".join(" ".join(shown(d, c)) for c in range(d.model.columnCount()))
    assert "geheime" not in everything and "LinkedIn" not in everything  # who, when, what — never content
    assert "Het logboek telt" in d.status.text() and f"{len(entries)} regels gevonden" in d.status.text()
    qtmodeltester.check(d.model)


def test_opened_from_the_vault_menu(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    vault_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Kluis")
    assert isinstance(vault_menu, QMenu)
    assert window.audit_log_action in vault_menu.actions()
    seen: list[int] = []

    def read(widget: QWidget) -> None:
        assert isinstance(widget, AuditLogDialog)
        seen.append(widget.model.rowCount())
        widget.reject()

    when_modal(read)
    window.audit_log_action.trigger()
    assert seen and seen[0] == len(session.vault.repos.audit.entries())


# Filters --------------------------------------------------------------------------------------
def test_filters_narrow_the_list(qtbot: QtBot, session: Session) -> None:
    first, second = two_cases(session)
    with session.vault.transaction() as repos:
        repos.audit.append("collega", "note_updated", "note", 9, second.reference, "visibility=hr",
                           at_utc="2025-03-01T11:00:00Z")
    d = AuditLogDialog(session)
    qtbot.addWidget(d)
    d.show()
    everything = d.model.rowCount()

    qtbot.keyClicks(d.case_ref, second.reference[-4:])  # part of the reference, as typed
    qtbot.waitUntil(lambda: d.model.rowCount() < everything)
    assert set(shown(d, 4)) == {second.reference}

    d.action.setCurrentIndex(d.action.findText("Notitie toegevoegd"))
    assert shown(d, 3) == ["Notitie toegevoegd"] and shown(d, 4) == [second.reference]

    d.reset_filters()
    assert d.model.rowCount() == everything and d.case_ref.text() == ""
    qtbot.keyClicks(d.actor, "COLL")  # any part, any case
    qtbot.keyClick(d.actor, Qt.Key.Key_Return)
    assert shown(d, 2) == ["collega"]

    d.reset_filters()
    d.date_from.set_value(date(2025, 3, 1))
    d.date_to.set_value(date(2025, 3, 1))
    d.apply_filter()
    assert shown(d, 3) == ["Notitie gewijzigd"]
    d.date_to.set_value(date(2025, 2, 28))
    d.apply_filter()
    assert d.model.rowCount() == 0
    assert d.filter_message.isVisible() and "ligt na" in d.filter_message.text()
    assert first.reference  # (both cases were made)


def test_date_bounds_are_local_midnights() -> None:
    bound = utc_bound(date(2026, 6, 1))
    assert len(bound) == 20 and bound.endswith("Z")
    assert utc_bound(date(2026, 6, 2)) > bound


def test_a_long_log_is_paged_not_loaded_whole(qtbot: QtBot, session: Session) -> None:
    add_entries(session, 5000)
    total = session.vault.repos.audit.last_id()
    d = AuditLogDialog(session)
    qtbot.addWidget(d)
    d.show()
    qtbot.wait(50)  # let the view ask for what fills the screen
    assert d.model.rowCount() <= 2 * PAGE
    assert d.model.canFetchMore(QModelIndex())
    assert "scroll omlaag" in d.status.text()
    before = d.model.rowCount()
    d.view.scrollToBottom()
    qtbot.waitUntil(lambda: d.model.rowCount() > before)
    assert d.model.rowCount() < total
    while d.model.canFetchMore(QModelIndex()):
        d.model.fetchMore(QModelIndex())
    assert d.model.rowCount() == total
    assert ids(d) == list(range(total, 0, -1))


# Chain check ----------------------------------------------------------------------------------
def test_intact_chain_is_said_in_words(qtbot: QtBot, session: Session, dialog: AuditLogDialog) -> None:
    n = len(session.vault.repos.audit.entries())
    assert check_chain(qtbot, dialog) == f"Gelukt: De keten is in orde: {n} regels gecontroleerd."


def test_a_changed_entry_is_named_and_selected(qtbot: QtBot, session: Session) -> None:
    two_cases(session)
    d = AuditLogDialog(session)
    qtbot.addWidget(d)
    d.show()
    session.vault.conn.execute("UPDATE audit SET detail = 'visibility=hr' WHERE id = 4")
    text = check_chain(qtbot, d)
    assert "niet in orde" in text and "nummer 4" in text and "gewijzigd" in text
    assert selected_id(d) == 4
    row = d.model.row_of(4)
    assert d.model.index(row, 0).data() == "\N{WARNING SIGN} 4"
    assert d.model.index(row, 6).data() == "visibility=hr"  # the row as it is now


def test_a_deleted_entry_names_the_one_after_the_gap(qtbot: QtBot, session: Session,
                                                     dialog: AuditLogDialog) -> None:
    two_cases(session)
    session.vault.conn.execute("DELETE FROM audit WHERE id = 3")
    text = check_chain(qtbot, dialog)
    assert "nummer 4" in text and "verwijderd" in text
    assert selected_id(dialog) == 4


def test_reordered_entries_are_detected(qtbot: QtBot, session: Session, dialog: AuditLogDialog) -> None:
    two_cases(session)
    conn = session.vault.conn
    conn.execute("UPDATE audit SET id = -1 WHERE id = 3")
    conn.execute("UPDATE audit SET id = 3 WHERE id = 4")
    conn.execute("UPDATE audit SET id = 4 WHERE id = -1")
    text = check_chain(qtbot, dialog)
    assert "niet in orde" in text and "nummer 3" in text
    assert selected_id(dialog) == 3


def test_a_cut_off_tail_is_named(qtbot: QtBot, session: Session, dialog: AuditLogDialog) -> None:
    two_cases(session)
    last = session.vault.repos.audit.last_id()
    session.vault.conn.execute("DELETE FROM audit WHERE id >= ?", (last - 1,))
    text = check_chain(qtbot, dialog)
    assert f"nummer {last - 1}" in text and "ontbreekt" in text and "ingekort" in text
    assert dialog.view.selectionModel().selectedRows() == []


def test_a_bad_entry_hidden_by_a_filter_or_far_down_is_still_shown(qtbot: QtBot, session: Session) -> None:
    first, second = two_cases(session)
    add_entries(session, 3000)
    d = AuditLogDialog(session)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.case_ref, second.reference)
    d.apply_filter()
    bad = next(e.id for e in session.vault.repos.audit.entries(case_ref=first.reference))
    session.vault.conn.execute("UPDATE audit SET actor = 'iemand anders' WHERE id = ?", (bad,))
    text = check_chain(qtbot, d)
    assert f"nummer {bad}" in text
    assert d.case_ref.text() == "" and "filters zijn gewist" in d.filter_message.text().lower()
    assert selected_id(d) == bad
    assert d.model.rowCount() <= 2 * PAGE  # shown from the bad entry on, not by loading 3,000 rows
    assert d.newest_button.isVisible() and f"vanaf regel {bad}" in d.status.text()
    qtbot.mouseClick(d.newest_button, Qt.MouseButton.LeftButton)
    assert ids(d)[0] == session.vault.repos.audit.last_id()


def test_closing_during_a_check_is_safe_and_forgets_the_rows(qtbot: QtBot, session: Session) -> None:
    add_entries(session, 2000)
    d = AuditLogDialog(session)
    qtbot.addWidget(d)
    d.show()
    qtbot.mouseClick(d.check_button, Qt.MouseButton.LeftButton)
    check = d._check
    assert check is not None
    ended: list[bool] = []
    check.finished.connect(lambda: ended.append(True))
    d.reject()
    assert d.model.rowCount() == 0 and not d.isVisible()
    qtbot.waitUntil(lambda: bool(ended), timeout=30_000)
