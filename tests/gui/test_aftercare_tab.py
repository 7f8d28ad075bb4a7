"""The Nazorg tab as a counsellor uses it: conversations, the aftercare track, check-ins and referrals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Person, Role
from ogg_desktop.domain.workflow import AftercareKind, AftercareStatus, ReferralTo
from ogg_desktop.gui.tabs.aftercare import (
    AftercareTab,
    CheckinDialog,
    ConversationDialog,
    HeldDialog,
    ReferralDialog,
    StartAftercareDialog,
    long_date,
    today,
)
from ogg_desktop.gui.widgets import to_qdate
from ogg_desktop.services.session import Session
from tests.gui.conftest import when_modal

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def case(session: Session) -> Case:
    return session.cases.create("Dreigende reactie op LinkedIn")


@pytest.fixture
def tab(qtbot: QtBot, session: Session, case: Case) -> Iterator[AftercareTab]:
    widget = AftercareTab(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.load(case)
    yield widget


@pytest.fixture
def changes(tab: AftercareTab) -> list[int]:
    seen: list[int] = []
    tab.caseChanged.connect(seen.append)
    return seen


def ok(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.accept()  # what the OK button does: the dialog's own check first


def table_texts(table: QTableWidget) -> list[list[str]]:
    def text(r: int, c: int) -> str:
        item = table.item(r, c)
        return item.text() if item is not None else ""

    return [[text(r, c) for c in range(table.columnCount())] for r in range(table.rowCount())]


def top(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(index)
    assert item is not None
    return item


def children(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = [group.child(r) for r in range(group.childCount())]
    return [c for c in found if c is not None]


def groups(tree: QTreeWidget) -> dict[str, list[list[str]]]:
    """Group title -> the rows under it, as the user reads them."""
    result: dict[str, list[list[str]]] = {}
    for g in range(tree.topLevelItemCount()):
        group = top(tree, g)
        result[group.text(0)] = [[row.text(c) for c in range(tree.columnCount())] for row in children(group)]
    return result


def click_row(qtbot: QtBot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())
    assert tree.currentItem() is item and item.isSelected()


def contact(tree: QTreeWidget, group_starts: str, kind: str, nth: int = 0) -> QTreeWidgetItem:
    for g in range(tree.topLevelItemCount()):
        group = top(tree, g)
        if group.text(0).startswith(group_starts):
            return [row for row in children(group) if row.text(0) == kind][nth]
    raise AssertionError(f"no {kind} under {group_starts}: {groups(tree)}")


def start_for_employee(qtbot: QtBot, tab: AftercareTab, reported_on: date) -> None:
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, StartAftercareDialog)
        assert not dialog.who.isVisible()  # for the employee: nobody to choose
        dialog.reported.setDate(to_qdate(reported_on))
        seen.append(dialog.preview.text())
        ok(dialog)

    when_modal(fill)
    qtbot.mouseClick(tab.start_employee, LEFT)
    assert seen, "the start dialog did not open"
    first = reported_on + timedelta(days=3)
    assert long_date(first) in seen[0]  # the dates are shown before anything is planned


# Gesprekken -----------------------------------------------------------------------------------
def test_a_conversation_recorded_through_the_dialog_is_listed_and_stored(
        qtbot: QtBot, session: Session, case: Case, tab: AftercareTab, changes: list[int]) -> None:
    held = today() - timedelta(days=1)
    errors: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ConversationDialog)
        dialog.held_on.setDate(to_qdate(held))
        dialog.summary.setPlainText("Incident besproken.\nAfgesproken: samen melden.")
        ok(dialog)  # nobody filled in as present: refused, in the dialog
        errors.append(dialog.message.text())
        assert dialog.isVisible()
        dialog.present.setText("Medewerker en vertrouwenspersoon")
        dialog.visibility.setCurrentIndex(dialog.visibility.findData(Visibility.EMPLOYEE.value))
        ok(dialog)

    when_modal(fill)
    qtbot.mouseClick(tab.add_conversation, LEFT)
    assert "Vul in wie er bij het gesprek waren" in errors[0]

    stored = session.workflow.conversations(case)
    assert len(stored) == 1
    assert (stored[0].held_on, stored[0].present, stored[0].visibility) == (
        held, "Medewerker en vertrouwenspersoon", Visibility.EMPLOYEE)
    assert stored[0].summary == "Incident besproken.\nAfgesproken: samen melden."
    row = table_texts(tab.conversations)[0]
    assert row[0] == long_date(held)
    assert row[1] == "Medewerker en vertrouwenspersoon"
    assert row[2] == "Deelbaar met medewerker"
    assert row[3].startswith("Incident besproken.")
    assert changes == [case.id]


def test_a_conversation_in_the_future_is_refused(qtbot: QtBot, session: Session, case: Case,
                                                  tab: AftercareTab) -> None:
    errors: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ConversationDialog)
        dialog.present.setText("Medewerker")
        dialog.held_on.setDate(to_qdate(today() + timedelta(days=2)))
        ok(dialog)
        errors.append(dialog.message.text())
        dialog.reject()

    when_modal(fill)
    qtbot.mouseClick(tab.add_conversation, LEFT)
    assert "toekomst" in errors[0]
    assert session.workflow.conversations(case) == []


def test_double_click_edits_a_conversation(qtbot: QtBot, session: Session, case: Case, tab: AftercareTab,
                                           changes: list[int]) -> None:
    from ogg_desktop.domain.workflow import Conversation

    assert case.id is not None
    session.workflow.add_conversation(case, Conversation(case.id, today(), "Medewerker", "Eerste versie"))
    tab.load(case)
    table = tab.conversations
    centre = table.visualRect(table.model().index(0, 1)).center()
    shown: list[str] = []

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ConversationDialog)
        shown.append(dialog.summary.toPlainText())
        dialog.summary.setPlainText("Tweede versie")
        ok(dialog)

    when_modal(change)
    qtbot.mouseClick(table.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(table.viewport(), LEFT, pos=centre)
    assert shown == ["Eerste versie"]
    assert [c.summary for c in session.workflow.conversations(case)] == ["Tweede versie"]
    assert table_texts(table)[0][3] == "Tweede versie"
    assert changes == [case.id]


# Nazorg ---------------------------------------------------------------------------------------
def test_starting_aftercare_plans_the_first_talk_and_two_follow_ups(
        qtbot: QtBot, session: Session, case: Case, tab: AftercareTab, changes: list[int]) -> None:
    reported = today() - timedelta(days=1)
    start_for_employee(qtbot, tab, reported)

    first = reported + timedelta(days=3)  # within 72 hours
    entries = session.workflow.aftercare(case)
    assert [(e.kind, e.due_on, e.latest_on, e.person_id) for e in entries] == [
        (AftercareKind.FIRST_TALK, first, None, None),
        (AftercareKind.FOLLOWUP, first + timedelta(weeks=2), None, None),
        (AftercareKind.FOLLOWUP, first + timedelta(weeks=6), first + timedelta(weeks=8), None),
    ]
    assert groups(tab.aftercare) == {"Medewerker": [
        ["Eerste gesprek", long_date(first), "", "Gepland", ""],
        ["Vervolggesprek", long_date(first + timedelta(weeks=2)), "", "Gepland", ""],
        ["Vervolggesprek", long_date(first + timedelta(weeks=6)), long_date(first + timedelta(weeks=8)),
         "Gepland", ""],
    ]}
    assert long_date(first) in tab.message.text()
    assert "Geen check-in gepland" in tab.summary.text()
    assert changes == [case.id]


def test_an_overdue_contact_is_said_in_words(qtbot: QtBot, session: Session, case: Case,
                                             tab: AftercareTab) -> None:
    # Reported 50 days ago: the first talk and the 2-week follow-up are late; the 6–8 week one is due
    # now (past 6 weeks) but within its window (not yet past 8).
    start_for_employee(qtbot, tab, today() - timedelta(days=50))
    first = contact(tab.aftercare, "Medewerker", "Eerste gesprek")
    assert first.text(3) == "Te laat"
    assert first.font(0).bold()
    assert contact(tab.aftercare, "Medewerker", "Vervolggesprek", 0).text(3) == "Te laat"
    assert contact(tab.aftercare, "Medewerker", "Vervolggesprek", 1).text(3) == "Nu aan de beurt"
    assert top(tab.aftercare, 0).text(0) == "Medewerker — te laat: 2"
    assert "2 contacten zijn te laat" in tab.summary.text()


def test_a_contact_is_marked_held_with_a_short_note(qtbot: QtBot, session: Session, case: Case,
                                                    tab: AftercareTab, changes: list[int]) -> None:
    assert not tab.held_button.isEnabled()  # nothing to choose yet
    start_for_employee(qtbot, tab, today())
    changes.clear()
    selected = tab.selected_entry()  # the new first talk is chosen, ready to be marked
    assert selected is not None and selected.kind == AftercareKind.FIRST_TALK
    click_row(qtbot, tab.aftercare, contact(tab.aftercare, "Medewerker", "Vervolggesprek"))
    click_row(qtbot, tab.aftercare, contact(tab.aftercare, "Medewerker", "Eerste gesprek"))
    assert tab.held_button.isEnabled() and tab.declined_button.isEnabled()
    errors: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, HeldDialog)
        dialog.date.setDate(to_qdate(today() + timedelta(days=1)))
        ok(dialog)
        errors.append(dialog.message.text())
        dialog.date.setDate(to_qdate(today()))
        dialog.note_edit.setText("gaat redelijk")
        ok(dialog)

    when_modal(fill)
    qtbot.mouseClick(tab.held_button, LEFT)
    assert "toekomst" in errors[0]
    first = session.workflow.aftercare(case)[0]
    assert (first.status, first.done_on, first.note) == (AftercareStatus.DONE, today(), "gaat redelijk")
    row = contact(tab.aftercare, "Medewerker", "Eerste gesprek")
    assert row.text(3) == f"Gehouden op {long_date(today())}"
    assert row.text(4) == "gaat redelijk"
    assert row.isSelected()
    assert not tab.held_button.isEnabled()  # a held contact cannot be held again
    assert changes == [case.id]


def test_a_declined_offer_is_made_again_two_weeks_later(qtbot: QtBot, session: Session, case: Case,
                                                       tab: AftercareTab, changes: list[int]) -> None:
    start_for_employee(qtbot, tab, today())
    changes.clear()
    click_row(qtbot, tab.aftercare, contact(tab.aftercare, "Medewerker", "Eerste gesprek"))
    again = today() + timedelta(weeks=2)
    asked: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(answer)
    qtbot.mouseClick(tab.declined_button, LEFT)
    assert long_date(again) in asked[0]  # said before, ...
    assert long_date(again) in tab.message.text()  # ... and after

    entries = session.workflow.aftercare(case)
    declined = next(e for e in entries if e.kind == AftercareKind.FIRST_TALK)
    assert (declined.status, declined.done_on) == (AftercareStatus.DECLINED, today())
    reoffers = [e for e in entries if e.kind == AftercareKind.REOFFER]
    assert [(e.due_on, e.status, e.person_id) for e in reoffers] == [(again, AftercareStatus.PLANNED, None)]

    assert contact(tab.aftercare, "Medewerker", "Eerste gesprek").text(3) == f"Afgewezen op {long_date(today())}"
    reoffer = contact(tab.aftercare, "Medewerker", "Opnieuw aangeboden")
    assert reoffer.text(1) == long_date(again) and reoffer.text(3) == "Gepland"
    assert reoffer.isSelected()  # the new offer is where the eye goes
    assert changes == [case.id]


def test_saying_no_to_the_question_records_nothing(qtbot: QtBot, session: Session, case: Case,
                                                   tab: AftercareTab) -> None:
    start_for_employee(qtbot, tab, today())
    click_row(qtbot, tab.aftercare, contact(tab.aftercare, "Medewerker", "Eerste gesprek"))
    when_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())  # type: ignore[attr-defined]
    qtbot.mouseClick(tab.declined_button, LEFT)
    assert all(e.status == AftercareStatus.PLANNED for e in session.workflow.aftercare(case))
    assert len(session.workflow.aftercare(case)) == 3


def test_planning_a_check_in(qtbot: QtBot, session: Session, case: Case, tab: AftercareTab,
                             changes: list[int]) -> None:
    when_on = today() + timedelta(days=10)
    errors: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CheckinDialog)
        assert dialog.who.currentText() == "Medewerker"
        dialog.date.setDate(to_qdate(today() - timedelta(days=1)))
        ok(dialog)
        errors.append(dialog.message.text())
        dialog.date.setDate(to_qdate(when_on))
        dialog.note_edit.setText("even bellen")
        ok(dialog)

    when_modal(fill)
    qtbot.mouseClick(tab.checkin_button, LEFT)
    assert "vandaag" in errors[0]
    entries = session.workflow.aftercare(case)
    assert [(e.kind, e.due_on, e.person_id, e.note) for e in entries] == [
        (AftercareKind.CHECKIN, when_on, None, "even bellen")]
    row = contact(tab.aftercare, "Medewerker", "Check-in (hoe gaat het?)")
    assert row.text(1) == long_date(when_on) and row.text(3) == "Gepland"
    assert long_date(when_on) in tab.summary.text()
    assert changes == [case.id]


def test_aftercare_for_a_witness_shows_the_witness_by_name(qtbot: QtBot, session: Session, case: Case,
                                                          tab: AftercareTab) -> None:
    # No witness yet: the tab says where to add one instead of opening an empty choice.
    qtbot.mouseClick(tab.start_witness, LEFT)
    assert "Betrokkenen" in tab.message.text()

    session.people.add_person(case, Person("Piet (collega)"), Role.OTHER)
    witness = session.people.add_person(case, Person("Collega B"), Role.WITNESS).person
    tab.load(case)
    reported = today() - timedelta(days=1)
    choices: list[list[str]] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, StartAftercareDialog)
        choices.append([dialog.who.itemText(i) for i in range(dialog.who.count())])
        dialog.reported.setDate(to_qdate(reported))
        ok(dialog)

    when_modal(fill)
    qtbot.mouseClick(tab.start_witness, LEFT)
    assert choices == [["Collega B"]]  # only the case's witnesses
    entries = session.workflow.aftercare(case)
    assert len(entries) == 3 and {e.person_id for e in entries} == {witness.id}
    assert list(groups(tab.aftercare)) == ["Getuige: Collega B"]
    assert "getuige Collega B" in tab.message.text()

    # A check-in planned from a witness's contact is for that witness.
    click_row(qtbot, tab.aftercare, contact(tab.aftercare, "Getuige: Collega B", "Eerste gesprek"))

    def plan(dialog: QWidget) -> None:
        assert isinstance(dialog, CheckinDialog)
        assert dialog.who.currentText() == "Getuige: Collega B"
        ok(dialog)

    when_modal(plan)
    qtbot.mouseClick(tab.checkin_button, LEFT)
    checkin = next(e for e in session.workflow.aftercare(case) if e.kind == AftercareKind.CHECKIN)
    assert checkin.person_id == witness.id

    # The employee's own track comes first, the witness's stays apart.
    start_for_employee(qtbot, tab, reported)
    assert list(groups(tab.aftercare)) == ["Medewerker", "Getuige: Collega B"]


def test_starting_twice_warns_in_the_dialog(qtbot: QtBot, tab: AftercareTab) -> None:
    start_for_employee(qtbot, tab, today())
    warnings: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, StartAftercareDialog)
        warnings.append(dialog.message.text() if dialog.message.isVisible() else "")
        dialog.reject()

    when_modal(look)
    qtbot.mouseClick(tab.start_employee, LEFT)
    assert "al nazorgcontacten gepland" in warnings[0]


# Doorverwijzingen -----------------------------------------------------------------------------
def test_a_referral_is_listed(qtbot: QtBot, session: Session, case: Case, tab: AftercareTab,
                              changes: list[int]) -> None:
    on = today() - timedelta(days=2)
    errors: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ReferralDialog)
        dialog.to.setCurrentIndex(dialog.to.findData(ReferralTo.OTHER.value))
        ok(dialog)  # 'Anders' without saying to whom: refused
        errors.append(dialog.message.text())
        dialog.to.setCurrentIndex(dialog.to.findData(ReferralTo.PSYCHOLOGIST.value))
        dialog.date.setDate(to_qdate(on))
        dialog.note_edit.setText("via huisarts")
        ok(dialog)

    when_modal(fill)
    qtbot.mouseClick(tab.refer_button, LEFT)
    assert "Anders" in errors[0]
    stored = session.workflow.referrals(case)
    assert [(r.to, r.referred_on, r.note) for r in stored] == [(ReferralTo.PSYCHOLOGIST, on, "via huisarts")]
    assert table_texts(tab.referrals) == [[long_date(on), "Psycholoog", "via huisarts"]]
    assert changes == [case.id]


# The tab as a whole ---------------------------------------------------------------------------
def test_dates_are_written_out_in_the_app_language() -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        assert long_date(date(2025, 5, 3)) == "3 mei 2025"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert long_date(date(2025, 5, 3)) == "3 May 2025"
    finally:
        QLocale.setDefault(before)


def test_every_control_has_a_name_and_clear_empties_the_tab(qtbot: QtBot, session: Session, case: Case,
                                                             tab: AftercareTab) -> None:
    for kind in (QTableWidget, QTreeWidget, QComboBox, QLineEdit, QDateEdit, QPlainTextEdit):
        for w in tab.findChildren(kind):
            assert w.accessibleName(), w
    for b in tab.findChildren(QPushButton):
        assert b.accessibleName() or b.text(), b
    for dialog in (ConversationDialog(1, None, tab), StartAftercareDialog(
            session.workflow.schedule(), [("Collega B", 7)], [], tab), HeldDialog("Eerste gesprek", "", tab),
                   CheckinDialog([("Medewerker", None)], None, tab), ReferralDialog(1, tab)):
        for kind in (QComboBox, QLineEdit, QDateEdit, QPlainTextEdit):
            for w in dialog.findChildren(kind):
                if isinstance(w.parent(), (QComboBox, QDateEdit)):
                    continue  # the line edit inside a combo box or date field
                assert w.accessibleName(), (dialog, w)
        dialog.deleteLater()

    start_for_employee(qtbot, tab, today())
    tab.clear()
    assert tab.aftercare.topLevelItemCount() == 0 and tab.conversations.rowCount() == 0
    assert not tab.add_conversation.isEnabled() and not tab.start_employee.isEnabled()
    tab.load(case)
    assert tab.aftercare.topLevelItemCount() == 1 and tab.add_conversation.isEnabled()
    assert not tab.message.isVisible()  # a fresh look at a case starts without old messages
