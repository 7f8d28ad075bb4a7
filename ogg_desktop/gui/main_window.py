"""The main window: case list on the left, the open case on the right, vault actions in the menus."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop import APP_NAME, __version__
from ogg_desktop.capture.grab import Grab, Rect
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.gui.agenda import AgendaPanel
from ogg_desktop.gui.capture.flow import CaptureFlow
from ogg_desktop.gui.case_list import CaseListPanel
from ogg_desktop.gui.case_view import CaseView
from ogg_desktop.gui.dialogs.annual_report import AnnualReportDialog
from ogg_desktop.gui.dialogs.audit_viewer import AuditLogDialog
from ogg_desktop.gui.dialogs.backup_restore import BackupRestoreActions
from ogg_desktop.gui.dialogs.handover import HandoverActions
from ogg_desktop.gui.dialogs.new_case import NewCaseDialog
from ogg_desktop.gui.dialogs.organisation import OrganisationDialog
from ogg_desktop.gui.dialogs.prevention import PreventionDialog
from ogg_desktop.gui.dialogs.retention import DestroyCaseDialog, RetentionDialog, destroyed_text
from ogg_desktop.gui.dialogs.schedule import ScheduleDialog
from ogg_desktop.gui.dialogs.team_meetings import TeamMeetingsDialog
from ogg_desktop.gui.dialogs.vault_dialogs import ChangePassphraseDialog
from ogg_desktop.gui.dialogs.verify import VerifyDialog
from ogg_desktop.gui.locking import IdleLockDialog, idle_minutes
from ogg_desktop.gui.messages import vault_error_text
from ogg_desktop.gui.privacy import choose_save_file
from ogg_desktop.gui.review.mode import ReviewMode
from ogg_desktop.gui.screen_fit import screen_of
from ogg_desktop.gui.tabs.evidence import delay_menu
from ogg_desktop.gui.theme import SETTING as HIGH_CONTRAST_SETTING
from ogg_desktop.gui.theme import apply_theme, high_contrast, set_tone
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.gui.wrapping_button import WrappingButton
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import VaultError


class MainWindow(QMainWindow):
    closed = Signal()
    lockRequested = Signal()  # Kluis → Vergrendelen (Ctrl+L); the controller takes the window down
    idleMinutesChanged = Signal(int)

    def __init__(self, session: Session, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.setWindowTitle(self.tr("{app} — vertrouwelijk").format(app=APP_NAME))
        self.case_list = CaseListPanel(session.cases, self)
        self.agenda = AgendaPanel(session, self)
        self.side = QTabWidget(self)
        self.side.setAccessibleName(self.tr("Dossiers en agenda"))
        self.side.addTab(self.case_list, self.tr("&Dossiers"))
        self.side.addTab(self.agenda, self.tr("&Agenda"))
        self.overdue_banner = InlineMessage(self)
        self.retention_banner = WrappingButton(self)  # shown while cases are past their retention date
        self.retention_banner.setAccessibleName(self.tr("Dossiers met verlopen bewaartermijn bekijken"))
        set_tone(self.retention_banner, "warning", "QPushButton", "text-align:left; border-radius:4px; padding:6px;")
        self.retention_banner.clicked.connect(lambda: self.show_retention())
        self.retention_banner.hide()
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.overdue_banner)
        left_layout.addWidget(self.retention_banner)
        left_layout.addWidget(self.side, 1)
        self.case_view = CaseView(session, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.case_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 840])
        self.setCentralWidget(splitter)
        self._build_actions()
        self.capture_flow = CaptureFlow(self)
        self.capture_flow.finished.connect(self._captured)
        self.capture_flow.failed.connect(self._capture_failed)
        self.case_view.evidence.captureRequested.connect(self.start_capture)
        self.case_list.caseSelected.connect(self.case_view.show_case)
        self.agenda.caseRequested.connect(self._open_from_agenda)
        self.agenda.teamMeetingsRequested.connect(self.show_team_meetings)
        self.case_view.caseChanged.connect(self._case_changed)
        self.statusBar().showMessage(self.tr("Kluis: {path}").format(path=session.vault.path))
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = screen_of(self).availableGeometry()
            self.resize(min(1280, int(screen.width() * 0.92)), min(800, int(screen.height() * 0.9)))
        self.case_list.reload()
        first = self.case_list.model.index(0, 0)
        if first.isValid():
            self.case_list.view.setCurrentIndex(first)
        self.refresh_agenda()
        if self.agenda.agenda.overdue:
            self.side.setCurrentWidget(self.agenda)  # what is late shows at unlock
        if session.vault.failed_attempts_since_last_unlock:
            QMessageBox.warning(self, self.tr("Mislukte pogingen"), self.tr(
                "Sinds de vorige keer is er %n keer geprobeerd de kluis te openen met een verkeerd wachtwoord.",
                "", session.vault.failed_attempts_since_last_unlock))

    def _action(self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_case_action = self._action(self.tr("&Nieuw dossier…"), self.new_case, QKeySequence.StandardKey.New,
                                            self.tr("Een nieuw dossier beginnen"))
        self.capture_action = self._action(self.tr("&Schermafbeelding maken"), lambda: self.start_capture(0),
                                           "Ctrl+Shift+S",
                                           self.tr("Het venster verdwijnt; kies een gebied op het stilgezette scherm"))
        self.capture_action.setMenu(delay_menu(self, self.start_capture))
        self.import_action = self._action(self.tr("Afbeelding &importeren…"), self.import_evidence, "Ctrl+I",
                                          self.tr("Afbeeldingen als bewijs toevoegen aan het open dossier"))
        self.paste_action = self._action(self.tr("&Plakken als bewijs"), self.paste_evidence, "Ctrl+Shift+V",
                                         self.tr("De afbeelding op het klembord als bewijs bewaren"))
        self.review_action = self._action(self.tr("Samen &bekijken…"), self.start_review, None, self.tr(
            "De medewerker bekijkt alleen dit dossier, in grote letters; terug met uw wachtwoord"))
        self.review_action.setEnabled(False)  # a case must be open
        self.case_view.stack.currentChanged.connect(lambda index: self.review_action.setEnabled(index == 1))
        self.backup_action = self._action(self.tr("&Back-up maken…"), self.make_backup, "Ctrl+Shift+B",
                                          self.tr("Versleutelde, gecontroleerde kopie van de kluis maken"))
        self.verify_action = self._action(self.tr("&Integriteit controleren"), self.verify, None,
                                          self.tr("Alle hashes, het auditlog en het kluisbestand controleren"))
        self.audit_log_action = self._action(self.tr("&Logboek…"), self.show_audit_log, None,
                                             self.tr("Wie deed wat en wanneer, in de hele kluis; de keten controleren"))
        self.passphrase_action = self._action(self.tr("&Wachtwoord wijzigen…"), self.change_passphrase)
        self.schedule_action = self._action(self.tr("&Nazorgschema…"), self.edit_schedule, None,
                                            self.tr("Wanneer nazorggesprekken gepland worden"))
        self.organisation_action = self._action(self.tr("&Gegevens en contactpersonen…"), self.edit_organisation, None,
                                                self.tr("Naam, adres en contactpersoon voor aangiftes"))
        self.annual_report_action = self._action(
            self.tr("&Jaarverslag…"), self.show_annual_report, None,
            self.tr("Geanonimiseerde aantallen per periode, als PDF of als CSV voor de RI&E"))
        self.prevention_action = self._action(
            self.tr("&Preventiemateriaal…"), self.edit_prevention, None,
            self.tr("Wie doet wat, omgangsafspraken, teamoverleg en zelf googelen: aanpassen en printen"))
        self.team_meetings_action = self._action(
            self.tr("&Teamoverleg-logboek…"), self.show_team_meetings, None,
            self.tr("Welk team de omgangsafspraken wanneer besprak, en wie weer aan de beurt is"))
        self.destroy_case_action = self._action(
            self.tr("Dossier &vernietigen…"), self.destroy_case, None,
            self.tr("Het open dossier met alles erin definitief uit de kluis wissen"))
        self.lock_action = self._action(self.tr("&Vergrendelen"), self.lockRequested.emit, "Ctrl+L",
                                        self.tr("De kluis nu vergrendelen: alles verdwijnt van het scherm"))
        self.idle_lock_action = self._action(self.tr("Automatisch ver&grendelen na…"), self.edit_idle_lock, None,
                                             self.tr("Na hoeveel minuten zonder activiteit de kluis vergrendelt"))
        self.quit_action = self._action(self.tr("&Afsluiten"), self.close, QKeySequence.StandardKey.Quit)
        self.english_action = self._action("&English", lambda: self.choose_language("en"))
        self.dutch_action = self._action("&Nederlands", lambda: self.choose_language("nl"))
        self.about_action = self._action(self.tr("&Over {app}").format(app=APP_NAME), self.about)

        file_menu = self.menuBar().addMenu(self.tr("&Dossier"))
        file_menu.addAction(self.new_case_action)
        file_menu.addAction(self.capture_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.paste_action)
        file_menu.addAction(self.review_action)
        file_menu.addSeparator()
        file_menu.addAction(self.destroy_case_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        vault_menu = self.menuBar().addMenu(self.tr("&Kluis"))
        vault_menu.addAction(self.backup_action)
        self.backup_restore = BackupRestoreActions(self, vault_menu)  # back-up naar map, herstellen
        self.handover = HandoverActions(self, vault_menu)  # overdracht: bundels voor een opvolger
        vault_menu.addAction(self.verify_action)
        vault_menu.addAction(self.audit_log_action)
        vault_menu.addAction(self.passphrase_action)
        vault_menu.addAction(self.schedule_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.idle_lock_action)
        # The organisation's profile, its prevention materials and the anonymised annual report.
        self.organisation_menu = self.menuBar().addMenu(self.tr("&Organisatie"))
        self.organisation_menu.addAction(self.organisation_action)
        self.organisation_menu.addSeparator()
        self.organisation_menu.addAction(self.prevention_action)
        self.organisation_menu.addAction(self.team_meetings_action)
        self.organisation_menu.addAction(self.annual_report_action)
        view_menu = self.menuBar().addMenu(self.tr("&Taal"))
        view_menu.addAction(self.dutch_action)
        view_menu.addAction(self.english_action)
        self.contrast_action = self._action(self.tr("Hoog &contrast"), self.set_high_contrast, None, self.tr(
            "Witte tekst op zwart, geel voor focus en selectie"))
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(high_contrast())
        display_menu = self.menuBar().addMenu(self.tr("&Weergave"))
        display_menu.addAction(self.contrast_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Werkbalk"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_case_action)
        toolbar.addAction(self.capture_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.review_action)
        toolbar.addSeparator()
        toolbar.addAction(self.backup_action)
        toolbar.addAction(self.verify_action)
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)

    # Actions --------------------------------------------------------------------------------
    @Slot()
    def new_case(self) -> None:
        dialog = NewCaseDialog(self.session.cases, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.case is not None:
            assert dialog.case.id is not None
            self.case_list.search.clear()
            self.case_list.reload(select_case=dialog.case.id)
            self.case_view.show_case(dialog.case.id)
            self.case_view.tabs.setCurrentWidget(self.case_view.overview)

    @Slot()
    def import_evidence(self) -> None:
        if self.case_view.case is None:
            QMessageBox.information(self, self.tr("Afbeelding importeren"),
                                    self.tr("Kies of maak eerst een dossier."))
            return
        self.case_view.tabs.setCurrentWidget(self.case_view.evidence)
        self.case_view.evidence._import_dialog()

    @Slot()
    def paste_evidence(self) -> None:
        if self.case_view.case is None:
            QMessageBox.information(self, self.tr("Plakken als bewijs"), self.tr("Kies of maak eerst een dossier."))
            return
        self.case_view.tabs.setCurrentWidget(self.case_view.evidence)
        self.case_view.evidence.paste_from_clipboard()

    @Slot()
    def start_review(self) -> None:
        """Review mode ("Samen bekijken") for the open case; see gui/review/."""
        if self.case_view.case is not None:
            ReviewMode.start(self, self.case_view.case)

    # Capture --------------------------------------------------------------------------------
    @Slot(int)
    def start_capture(self, delay: int = 0, grab: Grab | None = None) -> None:
        """Hide, count down, grab all monitors, let the user choose; or choose from an earlier ``grab``."""
        if self.capture_flow.active:
            return
        self.case_view.flush()
        self.capture_flow.start(delay, grab)

    @Slot(object, object)
    def _captured(self, grab: Grab, region: Rect) -> None:
        case = self.case_view.case or self._choose_case()
        if case is None:
            QMessageBox.information(self, self.tr("Schermafbeelding"),
                                    self.tr("De schermafbeelding is niet bewaard: er is geen dossier gekozen."))
            return
        method = CaptureMethod.MONITOR if region in grab.monitors else CaptureMethod.REGION
        if region == grab.bounds and len(grab.monitors) > 1:
            method = CaptureMethod.ALL_MONITORS
        try:
            item = self.session.capture.store(case, grab, region, method)
        except VaultError as exc:
            QMessageBox.critical(self, self.tr("Schermafbeelding"), vault_error_text(exc))
            return
        assert case.id is not None and item.id is not None
        self.case_list.reload(select_case=case.id)
        self.case_view.show_case(case.id)
        self.case_view.show_evidence_item(item.id)
        self.raise_()
        self.activateWindow()

    @Slot(str)
    def _capture_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Schermafbeelding"), message)

    def _choose_case(self) -> Case | None:
        """No case open: pick one, or start a new one, for the capture."""
        rows = self.session.cases.summaries(limit=200)
        new_label = self.tr("Nieuw dossier…")
        labels = [new_label] + [f"{r.reference} — {r.title}" for r in rows]
        choice, ok = QInputDialog.getItem(self, self.tr("Schermafbeelding bewaren"),
                                          self.tr("In welk dossier hoort deze schermafbeelding?"), labels, 0, False)
        if not ok:
            return None
        if choice == new_label:
            dialog = NewCaseDialog(self.session.cases, self)
            return dialog.case if dialog.exec() == QDialog.DialogCode.Accepted else None
        row = rows[labels.index(choice) - 1]
        return self.session.cases.get(row.id)

    @Slot()
    def make_backup(self) -> None:
        self.case_view.flush()
        stamp = now_utc().astimezone().strftime("%Y-%m-%d")
        name = choose_save_file(self, self.tr("Back-up maken"), f"ogg-backup-{stamp}.ogg",
                                self.tr("OGG-kluis (*.ogg)"))
        if not name:
            return
        target = Path(name)
        if target.exists():
            QMessageBox.warning(self, self.tr("Back-up maken"),
                                self.tr("Dat bestand bestaat al. Kies een nieuwe naam; er wordt niets overschreven."))
            return
        try:
            self.session.vault.backup(target)
        except VaultError as exc:
            QMessageBox.critical(self, self.tr("Back-up maken"), vault_error_text(exc))
            return
        QMessageBox.information(self, self.tr("Back-up maken"), self.tr(
            "De back-up is gemaakt en gecontroleerd:\n{file}\n\nHet sleutelbestand staat ernaast ({file}.key). "
            "U opent de back-up met hetzelfde wachtwoord of met uw herstelsleutel.").format(file=target))

    @Slot()
    def verify(self) -> None:
        self.case_view.flush()
        report = self.session.verify()
        VerifyDialog(report, self).exec()
        if self.case_view.case is not None:
            self.case_view.history.load(self.case_view.case)

    @Slot()
    def show_audit_log(self) -> None:
        self.case_view.flush()
        AuditLogDialog(self.session, self).exec()

    @Slot()
    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.session.vault, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Wachtwoord gewijzigd."), 8000)

    @Slot()
    def edit_schedule(self) -> None:
        dialog = ScheduleDialog(self.session.workflow.schedule(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_schedule is not None:
            self.session.workflow.set_schedule(dialog.result_schedule)
            self.statusBar().showMessage(self.tr("Nazorgschema opgeslagen."), 8000)

    @Slot()
    def edit_organisation(self) -> None:
        dialog = OrganisationDialog(self.session.organisation, self, workflow=self.session.workflow)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Organisatie opgeslagen."), 8000)

    @Slot()
    def show_annual_report(self) -> None:
        AnnualReportDialog(self.session.annual, self).exec()

    @Slot()
    def edit_prevention(self) -> None:
        PreventionDialog(self.session, self).exec()

    @Slot()
    def show_team_meetings(self) -> None:
        TeamMeetingsDialog(self.session.team_meetings, self).exec()
        self.refresh_agenda()  # a team that discussed it again leaves the agenda

    @Slot(bool)
    def set_high_contrast(self, on: bool) -> None:
        """Weergave → Hoog contrast: at once for every open window, and at every later start."""
        self.settings.setValue(HIGH_CONTRAST_SETTING, on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, on)

    def choose_language(self, language: str) -> None:
        self.settings.setValue("language", language)
        QMessageBox.information(self, "OGG Desktop", self.tr(
            "De taal wordt gewijzigd bij de volgende start. / The language changes the next time you start."))

    @Slot()
    def about(self) -> None:
        QMessageBox.about(self, self.tr("Over {app}").format(app=APP_NAME), self.tr(
            "{app} {version}\n\nVertrouwelijk dossier bij online grensoverschrijdend gedrag. Alles blijft "
            "versleuteld op deze laptop; de app maakt nooit verbinding met internet.").format(
            app=APP_NAME, version=__version__))

    @Slot(int)
    def _case_changed(self, case_id: int) -> None:
        self.case_list.model.reload()
        self.case_list.select(case_id)
        self.refresh_agenda()

    def refresh_agenda(self, today: date | None = None) -> None:
        """Reload the agenda; anything late is said above the case list and in the tab title."""
        agenda = self.agenda.reload(today)
        late = len(agenda.overdue)
        self.side.setTabText(1, self.tr("&Agenda ({n} te laat)").format(n=late) if late else self.tr("&Agenda"))
        if late:
            self.overdue_banner.show_message("warning", self.tr(
                "%n termijn(en) verstreken. Zie de agenda.", "", late))
        else:
            self.overdue_banner.clear_message()
        expired = len(self.session.retention.expired(today))
        self.retention_banner.setText(self.tr("Bewaartermijn verlopen: {n} dossier(s) — bekijken…").format(
            n=expired))
        self.retention_banner.setVisible(bool(expired))

    @Slot()
    def show_retention(self) -> None:
        self.case_view.flush()
        dialog = RetentionDialog(self.session, self)
        dialog.caseDestroyed.connect(self._case_destroyed)
        dialog.caseChanged.connect(self._case_changed)
        dialog.caseRequested.connect(self._open_from_agenda)
        dialog.exec()
        self.refresh_agenda()

    @Slot()
    def destroy_case(self) -> None:
        case = self.case_view.case
        if case is None:
            QMessageBox.information(self, self.tr("Dossier vernietigen"), self.tr("Kies eerst een dossier."))
            return
        self.case_view.flush()
        fresh = self.session.cases.get(case.id or 0) or case
        dialog = DestroyCaseDialog(self.session, fresh, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_destruction is not None:
            assert fresh.id is not None
            self._case_destroyed(fresh.id)
            self.statusBar().showMessage(destroyed_text(dialog.result_destruction), 15000)

    @Slot(int)
    def _case_destroyed(self, case_id: int) -> None:
        if self.case_view.case is not None and self.case_view.case.id == case_id:
            self.case_view.clear()
        self.case_list.reload()
        self.refresh_agenda()

    @Slot(int)
    def _open_from_agenda(self, case_id: int) -> None:
        self.side.setCurrentWidget(self.case_list)
        self.case_list.search.clear()
        self.case_list.reload(select_case=case_id)
        self.case_view.show_case(case_id)

    @Slot()
    def edit_idle_lock(self) -> None:
        if IdleLockDialog(self.settings, self).exec() == QDialog.DialogCode.Accepted:
            minutes = idle_minutes(self.settings)
            self.statusBar().showMessage(self.tr("De kluis vergrendelt na {minutes} min. zonder activiteit.").format(
                minutes=minutes), 8000)
            self.idleMinutesChanged.emit(minutes)

    def place(self) -> dict[str, int | None]:
        """Where the user is, as numbers only (no case content): the open case, its tab, the selected
        evidence item and the side tab. ``restore_place`` returns there in a new window after unlock."""
        case, item = self.case_view.case, self.case_view.evidence.item
        return {"case": case.id if case is not None else None, "tab": self.case_view.tabs.currentIndex(),
                "item": item.id if item is not None else None, "side": self.side.currentIndex()}

    def restore_place(self, place: dict[str, int | None]) -> None:
        case_id, tab, item_id, side = place.get("case"), place.get("tab"), place.get("item"), place.get("side")
        case = self.session.cases.get(case_id) if case_id is not None else None
        if case is not None and case.id is not None:
            self._open_from_agenda(case.id)
            if tab is not None and 0 <= tab < self.case_view.tabs.count():
                self.case_view.tabs.setCurrentIndex(tab)
            if item_id is not None and self.case_view.tabs.currentWidget() is self.case_view.evidence:
                self.case_view.evidence.load(case, select_item=item_id)
        if side is not None and 0 <= side < self.side.count():
            self.side.setCurrentIndex(side)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.case_view.flush()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.case_list.model.clear()
        self.case_view.clear()
        self.closed.emit()
        super().closeEvent(event)
