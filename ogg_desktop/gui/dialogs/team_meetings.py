"""The team-meeting log: when which team discussed the conduct agreements and online harassment, which
teams are due again, and the reminder period (Organisatie → Teamoverleg-logboek)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.team_meetings import MAX_REMINDER_MONTHS, TeamMeeting, team_statuses
from ogg_desktop.gui.messages import vault_error_text
from ogg_desktop.gui.widgets import InlineMessage, read_only_table, to_date, to_qdate
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.team_meetings import TeamMeetingService
from ogg_desktop.vault.errors import VaultError


def _long(day: date) -> str:
    return QLocale().toString(to_qdate(day), "d MMMM yyyy")


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] + (" …" if len(lines) > 1 else "") if lines else "—"


class MeetingDialog(QDialog):
    """Add or edit one meeting; Save stores it (audited) and closes, a problem is said in the dialog."""

    def __init__(self, service: TeamMeetingService, meeting: TeamMeeting | None, teams: list[str], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.meeting = meeting
        self.today = today
        self.saved: TeamMeeting | None = None
        self.setWindowTitle(self.tr("Teamoverleg wijzigen") if meeting else self.tr("Teamoverleg vastleggen"))
        self.message = InlineMessage(self)
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("d MMMM yyyy")
        self.held_on.setMaximumDate(to_qdate(today))
        self.held_on.setDate(to_qdate(meeting.held_on if meeting else today))
        self.team = QComboBox(self)
        self.team.setEditable(True)
        self.team.addItems(teams)
        self.team.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.team.setCurrentText(meeting.team if meeting else "")
        line = self.team.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("bijv. Team Noord, Afdeling Klantcontact"))
        self.topics = QPlainTextEdit(self)
        self.decisions = QPlainTextEdit(self)
        for edit, text in ((self.topics, meeting.topics if meeting else ""),
                           (self.decisions, meeting.decisions if meeting else "")):
            edit.setTabChangesFocus(True)
            edit.setPlainText(text)
            edit.setMinimumHeight(80)
        self.topics.setPlaceholderText(self.tr("bijv. omgangsafspraken, wat te doen bij online bedreiging"))
        self.decisions.setPlaceholderText(self.tr("bijv. elk kwartaal terug op de agenda"))
        for widget, name in ((self.held_on, self.tr("Datum van het overleg")), (self.team, self.tr("Team")),
                             (self.topics, self.tr("Besproken onderwerpen")), (self.decisions, self.tr("Besluiten"))):
            widget.setAccessibleName(name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.message)
        form.addRow(self.tr("&Datum"), self.held_on)
        form.addRow(self.tr("&Team"), self.team)
        form.addRow(self.tr("Onder&werpen"), self.topics)
        form.addRow(self.tr("&Besluiten"), self.decisions)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)
        self.team.setFocus()

    def entered(self) -> TeamMeeting:
        base = self.meeting
        return TeamMeeting(self.team.currentText(), to_date(self.held_on.date()), self.topics.toPlainText(),
                           self.decisions.toPlainText(), base.id if base else None, base.created_at if base else "")

    def _problem_text(self, code: str) -> str:
        return {"team_required": self.tr("Vul in welk team het besprak."),
                "meeting_in_future": self.tr("Het overleg ligt in de toekomst; leg het vast als het geweest is.")
                }.get(code, code)

    @Slot()
    def _save(self) -> None:
        meeting = self.entered()
        try:
            if meeting.id is None:
                self.saved = self.service.add(meeting, today=self.today)
            else:
                self.saved = self.service.update(meeting, today=self.today)
        except InvalidInputError as exc:
            self.message.show_message("error", " ".join(self._problem_text(code) for code in exc.problems))
            self.team.setFocus()
            return
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return
        self.accept()


class TeamMeetingsDialog(QDialog):
    """The teams with their last discussion and whether they are due (said in words), the meetings, and
    the reminder period. The period is saved when it is changed and the field is left, or on closing."""

    def __init__(self, service: TeamMeetingService, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.today = today or now_utc().astimezone().date()
        self.setWindowTitle(self.tr("Teamoverleg-logboek"))
        intro = QLabel(self.tr(
            "Laat de omgangsafspraken en online grensoverschrijdend gedrag standaard terugkomen in teamoverleggen: "
            "dat verlaagt de drempel om erover te praten. Leg hier vast welk team het wanneer besprak; de agenda "
            "herinnert u aan teams die het te lang niet bespraken."), self)
        intro.setWordWrap(True)
        self.message = InlineMessage(self)

        self.reminder = QSpinBox(self)
        self.reminder.setRange(1, MAX_REMINDER_MONTHS)
        self.reminder.setSuffix(self.tr(" maanden"))
        self.reminder.setValue(service.reminder_months())
        self.reminder.setAccessibleName(self.tr("Herinneren als een team het langer niet besprak dan, in maanden"))
        self.reminder.valueChanged.connect(self._show_teams)
        self.reminder.editingFinished.connect(self._save_reminder)
        reminder_label = QLabel(self.tr("&Herinneren na"), self)
        reminder_label.setBuddy(self.reminder)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(reminder_label)
        reminder_row.addWidget(self.reminder)
        reminder_row.addWidget(QLabel(self.tr("zonder bespreking"), self), 1)

        self.teams = read_only_table(self, [self.tr("Team"), self.tr("Laatst besproken"), self.tr("Keren"),
                                            self.tr("Stand")], self.tr("Teams en wanneer ze het bespraken"))
        self.teams.setTabKeyNavigation(False)
        teams_label = QLabel(self.tr("T&eams"), self)
        teams_label.setBuddy(self.teams)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.meetings = read_only_table(self, [self.tr("Datum"), self.tr("Team"), self.tr("Onderwerpen"),
                                               self.tr("Besluiten")], self.tr("Vastgelegde teamoverleggen"))
        self.meetings.itemSelectionChanged.connect(self._selection_changed)
        self.meetings.itemActivated.connect(lambda _item: self._edit())
        meetings_label = QLabel(self.tr("&Overleggen"), self)
        meetings_label.setBuddy(self.meetings)
        self.add_button = QPushButton(self.tr("&Toevoegen…"), self)
        self.edit_button = QPushButton(self.tr("&Wijzigen…"), self)
        self.delete_button = QPushButton(self.tr("&Verwijderen…"), self)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        self.close_buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addLayout(reminder_row)
        layout.addWidget(teams_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.teams, 1)
        layout.addWidget(meetings_label)
        layout.addWidget(self.meetings, 2)
        layout.addLayout(actions)
        layout.addWidget(self.close_buttons)
        self.resize(820, 600)
        self.reload()
        self.add_button.setFocus()

    # Showing ------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self._meetings = self.service.meetings()
        self.meetings.setRowCount(0)
        for row, meeting in enumerate(self._meetings):
            self.meetings.insertRow(row)
            cells = (_long(meeting.held_on), meeting.team, _first_line(meeting.topics), _first_line(meeting.decisions))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, meeting.id)
                self.meetings.setItem(row, column, item)
            if meeting.id == select_id:
                self.meetings.selectRow(row)
        self._show_teams()
        self._selection_changed()

    @Slot()
    def _show_teams(self) -> None:
        """The teams by the period in the field (a changed period shows at once what it would mean)."""
        statuses = team_statuses(self._meetings, self.reminder.value())
        self.teams.setRowCount(0)
        bold = QFont(self.font())
        bold.setBold(True)
        due = 0
        for row, status in enumerate(statuses):
            self.teams.insertRow(row)
            late = status.is_due(self.today)
            due += late
            state = (self.tr("Opnieuw bespreken, sinds {date}").format(date=_long(status.next_due + timedelta(days=1)))
                     if late else self.tr("Op tijd, tot en met {date}").format(date=_long(status.next_due)))
            for column, text in enumerate((status.team, _long(status.last_held_on), str(status.meetings), state)):
                item = QTableWidgetItem(text)
                if late:
                    item.setFont(bold)
                self.teams.setItem(row, column, item)
        if not statuses:
            self.summary.setText(self.tr("Nog geen teamoverleg vastgelegd."))
        elif due:
            self.summary.setText(self.tr("Teams die het opnieuw moeten bespreken: {n} van {total}.").format(
                n=due, total=len(statuses)))
        else:
            self.summary.setText(self.tr("Alle teams bespraken het binnen de termijn."))

    def selected(self) -> TeamMeeting | None:
        rows = self.meetings.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.meetings.item(rows[0].row(), 0)
        meeting_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((m for m in self._meetings if m.id == meeting_id), None)

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # Changing -----------------------------------------------------------------------------------
    def _meeting_dialog(self, meeting: TeamMeeting | None) -> None:
        teams = [status.team for status in team_statuses(self._meetings)]
        dialog = MeetingDialog(self.service, meeting, teams, self.today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload(dialog.saved.id)
            self.message.show_message("success", self.tr("Teamoverleg opgeslagen."))

    @Slot()
    def _add(self) -> None:
        self._meeting_dialog(None)

    @Slot()
    def _edit(self) -> None:
        meeting = self.selected()
        if meeting is not None:
            self._meeting_dialog(meeting)

    @Slot()
    def _delete(self) -> None:
        meeting = self.selected()
        if meeting is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Teamoverleg verwijderen"),
            self.tr("Het overleg van {team} op {date} verwijderen?").format(team=meeting.team,
                                                                            date=_long(meeting.held_on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(meeting)
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return
        self.reload()
        self.message.show_message("success", self.tr("Teamoverleg verwijderd."))

    @Slot()
    def _save_reminder(self) -> None:
        try:
            self.service.set_reminder_months(self.reminder.value())
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))

    def done(self, result: int) -> None:
        self._save_reminder()  # a period changed with the arrows and then closed is kept too
        super().done(result)
