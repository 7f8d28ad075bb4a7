"""Agenda: what is late, due today and due this week, across all cases."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.deadlines import Agenda, Deadline, DeadlineKind
from ogg_desktop.domain.offences import BY_CODE
from ogg_desktop.gui import formats
from ogg_desktop.services.session import Session

_ORGANISATION = -1  # the row's data for an item that is the organisation's, not a case's


def deadline_text(d: Deadline) -> str:
    """What is due, in words (no case content: codes become labels)."""
    if d.kind == DeadlineKind.KLACHT:
        offence = BY_CODE.get(d.subject)
        name = f"{offence.name_nl} ({offence.article})" if offence else d.subject
        return QCoreApplication.translate("Agenda", "Klachttermijn (3 maanden): {offence}").format(offence=name)
    if d.kind == DeadlineKind.AFTERCARE:
        kinds = {"first_talk": QCoreApplication.translate("Agenda", "eerste nazorggesprek"),
                 "followup": QCoreApplication.translate("Agenda", "vervolggesprek nazorg")}
        return QCoreApplication.translate("Agenda", "Nazorg: {what}").format(what=kinds.get(d.subject, d.subject))
    if d.kind == DeadlineKind.REOFFER:
        return QCoreApplication.translate("Agenda", "Nazorg opnieuw aanbieden")
    if d.kind == DeadlineKind.CHECKIN:
        return QCoreApplication.translate("Agenda", "Check-in: hoe gaat het?")
    if d.kind == DeadlineKind.APPEAL:
        return QCoreApplication.translate("Agenda", "Bezwaartermijn bij {platform} loopt af").format(platform=d.subject)
    if d.kind == DeadlineKind.LEGAL:
        return QCoreApplication.translate("Agenda", "Juridische stap: volgende datum")
    if d.kind == DeadlineKind.TEAM_MEETING:
        return QCoreApplication.translate(
            "Agenda", "Teamoverleg: omgangsafspraken opnieuw bespreken met {team}").format(team=d.subject)
    if d.kind == DeadlineKind.RETENTION:
        return QCoreApplication.translate("Agenda", "Bewaartermijn verloopt: vernietigen of verlengen")
    return d.kind.value


class AgendaPanel(QWidget):
    caseRequested = Signal(int)
    teamMeetingsRequested = Signal()  # a team's reminder was activated: not a case, the team-meeting log

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.agenda = Agenda()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Datum"), self.tr("Dossier"), self.tr("Wat")])
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def reload(self, today: date | None = None) -> Agenda:
        day = today or now_utc().astimezone().date()
        self.agenda = self.session.agenda.agenda(day)
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        groups = ((self.tr("Te laat"), self.agenda.overdue), (self.tr("Vandaag"), self.agenda.today),
                  (self.tr("Deze week"), self.agenda.this_week))
        for title, deadlines in groups:
            header = QTreeWidgetItem(self.tree, [f"{title} ({len(deadlines)})"])
            header.setFirstColumnSpanned(True)
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for d in deadlines:
                shown = d.latest if d.latest and d.due <= day else d.due
                where = d.case_reference if d.case_id is not None else self.tr("Organisatie")
                row = QTreeWidgetItem(self.tree, [formats.medium_date(shown), where,
                                                  deadline_text(d)])
                row.setData(0, Qt.ItemDataRole.UserRole, d.case_id if d.case_id is not None else _ORGANISATION)
        for col in range(2):
            self.tree.resizeColumnToContents(col)
        if self.agenda.overdue:
            self.summary.setText(self.tr("Let op: %n termijn(en) verstreken.", "", len(self.agenda.overdue)))
        elif len(self.agenda):
            self.summary.setText(self.tr("Niets te laat."))
        else:
            self.summary.setText(self.tr("Niets te laat, niets deze week."))
        return self.agenda

    def clear(self) -> None:
        self.tree.clear()
        self.agenda = Agenda()

    @Slot(QTreeWidgetItem, int)
    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if case_id == _ORGANISATION:
            self.teamMeetingsRequested.emit()
        elif case_id is not None:
            self.caseRequested.emit(int(case_id))
