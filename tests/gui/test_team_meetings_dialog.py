"""The team-meeting log (Organisatie → Teamoverleg-logboek): meetings added, edited and deleted, each
team's last discussion and whether it is due said in words, the reminder period kept, and the team's
reminder in the agenda opening the log."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.team_meetings import TeamMeeting
from ogg_desktop.gui.dialogs.team_meetings import MeetingDialog, TeamMeetingsDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.session import Session
from tests.gui.a11y_checks import problems
from tests.gui.conftest import when_modal

TODAY = date(2026, 12, 2)


def table(widget: TeamMeetingsDialog, which: str) -> list[list[str]]:
    t = widget.teams if which == "teams" else widget.meetings
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]  # type: ignore[union-attr]


def open_log(qtbot: QtBot, session: Session) -> TeamMeetingsDialog:
    dialog = TeamMeetingsDialog(session.team_meetings, None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_meeting_added_in_the_dialog_is_stored_and_shown_per_team(qtbot: QtBot, session: Session) -> None:
    session.team_meetings.add(TeamMeeting("Team Noord", date(2025, 11, 20)), today=TODAY)
    dialog = open_log(qtbot, session)
    assert table(dialog, "teams")[0][0] == "Team Noord"
    assert table(dialog, "teams")[0][3] == "Opnieuw bespreken, sinds 21 november 2026"
    assert dialog.summary.text() == "Teams die het opnieuw moeten bespreken: 1 van 1."

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, MeetingDialog)
        assert [widget.team.itemText(i) for i in range(widget.team.count())] == ["Team Noord"]  # existing teams
        widget.team.setCurrentIndex(0)
        widget.held_on.setDate(QDate(2026, 11, 30))
        widget.topics.setPlainText("Omgangsafspraken\nOnline bedreiging")
        widget.decisions.setPlainText("Elk kwartaal")
        widget.buttons.accepted.emit()

    when_modal(fill)
    dialog.add_button.click()
    assert table(dialog, "meetings")[0] == ["30 november 2026", "Team Noord", "Omgangsafspraken …", "Elk kwartaal"]
    assert table(dialog, "teams") == [["Team Noord", "30 november 2026", "2",
                                       "Op tijd, tot en met 30 november 2027"]]
    assert "binnen de termijn" in dialog.summary.text()
    stored = session.team_meetings.meetings()[0]
    assert (stored.team, stored.held_on, stored.decisions) == ("Team Noord", date(2026, 11, 30), "Elk kwartaal")


def test_a_new_team_typed_in_and_a_missing_team_refused(qtbot: QtBot, session: Session) -> None:
    dialog = open_log(qtbot, session)
    assert "Nog geen teamoverleg" in dialog.summary.text()
    seen: list[str] = []

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, MeetingDialog)
        widget.buttons.accepted.emit()  # no team yet: refused, said in the dialog
        seen.append(widget.message.text())
        widget.team.setCurrentText("Afdeling Klantcontact")
        widget.buttons.accepted.emit()

    when_modal(fill)
    dialog.add_button.click()
    assert "welk team" in seen[0]
    assert [row[0] for row in table(dialog, "teams")] == ["Afdeling Klantcontact"]


def test_edit_and_delete_a_meeting(qtbot: QtBot, session: Session) -> None:
    session.team_meetings.add(TeamMeeting("Team Zuid", date(2026, 3, 1), "Zelf googelen"), today=TODAY)
    dialog = open_log(qtbot, session)
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
    dialog.meetings.selectRow(0)
    assert dialog.edit_button.isEnabled()

    def edit(widget: QWidget) -> None:
        assert isinstance(widget, MeetingDialog) and widget.topics.toPlainText() == "Zelf googelen"
        widget.team.setCurrentText("Team West")
        widget.buttons.accepted.emit()

    when_modal(edit)
    dialog.edit_button.click()
    assert table(dialog, "meetings")[0][1] == "Team West"
    dialog.meetings.selectRow(0)

    def confirm(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox) and "Team West" in widget.text()
        widget.button(QMessageBox.StandardButton.Yes).click()

    when_modal(confirm)
    dialog.delete_button.click()
    assert table(dialog, "meetings") == [] and session.team_meetings.meetings() == []
    actions = [e.action for e in session.vault.repos.audit.entries() if e.action.startswith("team_meeting")]
    assert actions == ["team_meeting_added", "team_meeting_updated", "team_meeting_deleted"]


def test_the_reminder_period_shows_at_once_and_is_kept(qtbot: QtBot, session: Session) -> None:
    session.team_meetings.add(TeamMeeting("Team Noord", date(2026, 4, 1)), today=TODAY)
    dialog = open_log(qtbot, session)
    assert table(dialog, "teams")[0][3].startswith("Op tijd")
    dialog.reminder.setValue(6)
    assert table(dialog, "teams")[0][3] == "Opnieuw bespreken, sinds 2 oktober 2026"
    dialog.close_buttons.rejected.emit()
    assert session.team_meetings.reminder_months() == 6
    assert [s.team for s in session.team_meetings.due(TODAY)] == ["Team Noord"]


def test_names_tab_order_and_mnemonics(qtbot: QtBot, session: Session) -> None:
    session.team_meetings.add(TeamMeeting("Team Noord", date(2026, 4, 1)), today=TODAY)
    dialog = open_log(qtbot, session)
    dialog.meetings.selectRow(0)
    assert problems(dialog) == []
    meeting = MeetingDialog(session.team_meetings, None, ["Team Noord"], TODAY)
    qtbot.addWidget(meeting)
    meeting.show()
    assert problems(meeting) == []


def test_the_menu_opens_the_log_and_a_due_team_is_in_the_agenda(qtbot: QtBot, session: Session,
                                                                 window: MainWindow) -> None:
    session.team_meetings.add(TeamMeeting("Team Noord", date(2024, 1, 15)), today=TODAY)
    window.refresh_agenda(TODAY)
    tree = window.agenda.tree
    rows = [[tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert rows[0][0] == "Te laat (1)"
    assert rows[1][1:] == ["Organisatie", "Teamoverleg: omgangsafspraken opnieuw bespreken met Team Noord"]
    seen: list[QWidget] = []

    def close(widget: QWidget) -> None:
        seen.append(widget)
        widget.close()

    when_modal(close)
    item = tree.topLevelItem(1)
    assert item is not None
    tree.itemActivated.emit(item, 0)  # the team's reminder opens the log, not a case
    assert len(seen) == 1 and isinstance(seen[0], TeamMeetingsDialog)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Organisatie")
    assert isinstance(menu, QMenu) and window.team_meetings_action in menu.actions()
    when_modal(close)
    window.team_meetings_action.trigger()
    assert len(seen) == 2 and isinstance(seen[1], TeamMeetingsDialog)
