"""One case: a header and the tabs overview, evidence, people, checklist, notes and history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ogg_desktop.domain.case import Case
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import status_label
from ogg_desktop.gui.tabs.aftercare import AftercareTab
from ogg_desktop.gui.tabs.checklist import ChecklistTab
from ogg_desktop.gui.tabs.evidence import EvidenceTab
from ogg_desktop.gui.tabs.history import HistoryTab
from ogg_desktop.gui.tabs.notes import NotesTab
from ogg_desktop.gui.tabs.overview import OverviewTab
from ogg_desktop.gui.tabs.people import PeopleTab
from ogg_desktop.gui.tabs.reports import ReportsTab
from ogg_desktop.gui.tabs.sharing import SharingTab
from ogg_desktop.gui.tabs.timeline import TimelineTab
from ogg_desktop.services.session import Session


class CaseView(QWidget):
    caseChanged = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        self.subheader = QLabel(self)
        self.subheader.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen van het dossier"))
        self.overview = OverviewTab(session, self)
        self.evidence = EvidenceTab(session, self)
        self.people = PeopleTab(session, self)
        self.checklist = ChecklistTab(session, self)
        self.notes = NotesTab(session, self)
        self.history = HistoryTab(session, self)
        self.aftercare = AftercareTab(session, self)
        self.reports = ReportsTab(session, self)
        self.timeline = TimelineTab(session, self)
        self.sharing = SharingTab(session, self)
        self.tabs.addTab(self.overview, self.tr("&Overzicht"))
        self.tabs.addTab(self.evidence, self.tr("&Bewijs"))
        self.tabs.addTab(self.people, self.tr("Betro&kkenen"))
        self.tabs.addTab(self.checklist, self.tr("&Stappenplan"))
        self.tabs.addTab(self.aftercare, self.tr("Na&zorg"))
        self.tabs.addTab(self.reports, self.tr("&Meldingen"))
        self.tabs.addTab(self.sharing, self.tr("De&len"))
        self.tabs.addTab(self.notes, self.tr("&Notities"))
        self.tabs.addTab(self.timeline, self.tr("&Tijdlijn"))
        self.tabs.addTab(self.history, self.tr("&Geschiedenis"))
        self.placeholder = QLabel(self.tr("Kies links een dossier, of maak een nieuw dossier."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QWidget(self)
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.header)
        bl.addWidget(self.subheader)
        bl.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        for tab in (self.overview, self.evidence, self.people, self.checklist, self.notes, self.aftercare,
                    self.reports, self.sharing):
            tab.caseChanged.connect(self._changed)
        self.evidence.peopleChanged.connect(self._people_added)
        self.tabs.currentChanged.connect(self._tab_changed)

    def flush(self) -> None:
        """Save whatever is still being typed."""
        self.overview.flush()
        self.evidence.flush()
        self.notes.flush()

    def show_case(self, case_id: int) -> None:
        self.flush()
        case = self.session.cases.get(case_id)
        if case is None:
            self.clear()
            return
        self.case = case
        self._refresh_header()
        self.overview.load(case)
        self.evidence.load(case)
        self.people.load(case)
        self.checklist.load(case)
        self.notes.load(case)
        self.aftercare.load(case)
        self.reports.load(case)
        self.sharing.load(case)
        self.timeline.load(case)
        self.history.load(case)
        self.stack.setCurrentIndex(1)

    def _tabs(self) -> tuple[OverviewTab | EvidenceTab | PeopleTab | ChecklistTab | NotesTab | AftercareTab
                             | ReportsTab | SharingTab | TimelineTab | HistoryTab, ...]:
        return (self.overview, self.evidence, self.people, self.checklist, self.notes, self.aftercare, self.reports,
                self.sharing, self.timeline, self.history)

    def show_evidence_item(self, item_id: int) -> None:
        """The evidence form for one item, ready to fill in (after a capture)."""
        if self.case is None:
            return
        self.tabs.setCurrentWidget(self.evidence)
        self.evidence.load(self.case, select_item=item_id)
        self.evidence.title.setFocus()

    def clear(self) -> None:
        self.case = None
        for tab in self._tabs():
            tab.clear()
        self.header.clear()
        self.subheader.clear()
        self.stack.setCurrentIndex(0)

    def _refresh_header(self) -> None:
        assert self.case is not None
        self.header.setText(f"{self.case.reference} — {self.case.title}")
        who = self.case.employee.display() or self.tr("medewerker nog niet ingevuld")
        self.subheader.setText(self.tr("{who} · {status} · geopend {date}").format(
            who=who, status=status_label(self.case.status), date=formats.long_date(self.case.opened_on)))

    @Slot(int)
    def _changed(self, case_id: int) -> None:
        fresh = self.session.cases.get(case_id)
        if fresh is not None:
            self.case = fresh
            self._refresh_header()
            if self.sender() is not self.overview:
                self.overview.load(fresh)
            if self.sender() is self.people:
                self.evidence.load(fresh, select_item=self.evidence.item.id if self.evidence.item else None)
                self.aftercare.load(fresh)  # witnesses to offer aftercare to
            if self.sender() in (self.overview, self.evidence):
                self.reports.load(fresh)  # consent line, items and klachtdelict questions
            if self.sender() is self.reports:
                self.sharing.load(fresh)  # a platform report makes a notice possible
            self.timeline.load(fresh)
            self.history.load(fresh)
        self.caseChanged.emit(case_id)

    @Slot(int)
    def _people_added(self, case_id: int) -> None:
        """Someone was added to the case from the evidence form: the people tab shows them too."""
        if self.case is not None and self.case.id == case_id:
            self.people.load(self.case)
            self.history.load(self.case)
        self.caseChanged.emit(case_id)

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        self.flush()
        if self.case is not None:
            self.history.load(self.case)
