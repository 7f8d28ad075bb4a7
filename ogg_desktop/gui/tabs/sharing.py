"""Delen: make the police annex, the HR export, the employee's copy or a platform notice as PDF,
and see who received what and when (the "shared with" log)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.exports import Export
from ogg_desktop.domain.workflow import SCOPE_FOR
from ogg_desktop.gui.dialogs.export import ExportDialog
from ogg_desktop.gui.dialogs.override import OverrideDialog
from ogg_desktop.gui.i18n import current_language
from ogg_desktop.gui.labels import consent_label, report_kind_label
from ogg_desktop.gui.messages import report_error_text
from ogg_desktop.gui.privacy import choose_save_file
from ogg_desktop.gui.report_runner import ReportRunner
from ogg_desktop.gui.tabs.history import local_time
from ogg_desktop.gui.widgets import InlineMessage, read_only_table
from ogg_desktop.reports.model import ReportData, ReportKind
from ogg_desktop.services.reports import GATES
from ogg_desktop.services.session import Session
from ogg_desktop.services.workflow import ConsentRequiredError

FILE_SUFFIX = {ReportKind.POLICE: "aangifte", ReportKind.HR: "hr", ReportKind.EMPLOYEE: "medewerker",
               ReportKind.NOTICE: "platformmelding"}


class SharingTab(QWidget):
    caseChanged = Signal(int)
    exported = Signal(object)  # the Export, once the file is complete and logged

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.runner: ReportRunner | None = None
        intro = QLabel(self.tr(
            "Maak een PDF voor de politie, voor HR, voor de medewerker of voor een platform. Elk rapport draagt "
            "het dossiernummer en een vertrouwelijkheidsmarkering; wie wat kreeg, staat hieronder."), self)
        intro.setWordWrap(True)
        self.message = InlineMessage(self)
        self.buttons: dict[ReportKind, QPushButton] = {
            ReportKind.POLICE: QPushButton(self.tr("Bijlage bij &aangifte (politie)…"), self),
            ReportKind.HR: QPushButton(self.tr("Overzicht voor &HR…"), self),
            ReportKind.EMPLOYEE: QPushButton(self.tr("Exemplaar voor de &medewerker…"), self),
            ReportKind.NOTICE: QPushButton(self.tr("&Platformmelding als PDF…"), self),
        }
        hints = {
            ReportKind.POLICE: self.tr("Met de originele bestanden, hashwaarden, verklaring en zo nodig de volmacht."),
            ReportKind.HR: self.tr(
                "Alleen wat de medewerker goedkeurde; afgeschermde kopieën in plaats van originelen."),
            ReportKind.EMPLOYEE: self.tr("Het dossier in gewone taal, zonder uw eigen notities."),
            ReportKind.NOTICE: self.tr("De DSA-melding (artikel 16) bij een melding aan een platform."),
        }
        grid = QGridLayout()
        for row, (kind, button) in enumerate(self.buttons.items()):
            button.setAccessibleName(report_kind_label(kind.value))
            button.setAccessibleDescription(hints[kind])
            button.clicked.connect(lambda _checked=False, k=kind: self.make(k))
            hint = QLabel(hints[kind], self)
            hint.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(hint, row, 1)
        grid.setColumnStretch(1, 1)
        heading = QLabel(self.tr("Gedeeld met"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.table = read_only_table(self, [self.tr("Wanneer"), self.tr("Wat"), self.tr("Ontvanger"),
                                            self.tr("Bewijsstukken"), self.tr("SHA-256 van de PDF")],
                                     self.tr("Gedeeld met"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)

    def load(self, case: Case) -> None:
        self.case = case
        self.message.clear_message()
        self.buttons[ReportKind.NOTICE].setEnabled(bool(self.session.workflow.platform_reports(case)))
        self._fill(self.session.reports.exports(case))

    def clear(self) -> None:
        self.case = None
        self.table.setRowCount(0)
        self.message.clear_message()

    def _fill(self, exports: list[Export]) -> None:
        rows = list(reversed(exports))
        self.table.setRowCount(len(rows))
        for r, export in enumerate(rows):
            values = (local_time(export.at_utc), report_kind_label(export.kind), export.recipient or "—",
                      str(export.item_count), export.sha256)
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))

    # Making a report ----------------------------------------------------------------------------
    @Slot()
    def make(self, kind: ReportKind, platform_report_id: int | None = None) -> None:
        if self.case is None or (self.runner is not None and self.runner.is_running()):
            return
        if not self._consent_or_override(kind):
            return
        dialog = ExportDialog(self.session, self.case, kind, current_language(), platform_report_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        target = self.ask_target(kind)
        if target is None:
            return
        try:
            data = self.session.reports.prepare(self.case, kind, dialog.options())
        except ConsentRequiredError as exc:
            self.message.show_message("error", self.tr("Er is geen toestemming (meer) voor: {step}.").format(
                step=consent_label(exc.scope)))
            return
        self.start(data, target)

    def start(self, data: ReportData, target: Path) -> ReportRunner:
        self.runner = ReportRunner(self.session, data, target, self)
        self.runner.finished.connect(lambda export: self._finished(export, target))
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.runner.start()
        return self.runner

    def _consent_or_override(self, kind: ReportKind) -> bool:
        assert self.case is not None
        gate = GATES.get(kind)
        if gate is None or self.session.workflow.may(self.case, gate):
            return True
        step = consent_label(SCOPE_FOR[gate])
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Toestemming nodig"), self.tr(
            "Voor „{step}” is de toestemming van de medewerker nodig: die houdt de regie. Leg de toestemming vast "
            "op het tabblad Overzicht als de medewerker die heeft gegeven. Alleen bij een conflict van plichten "
            "kunt u zonder toestemming doorgaan; uw toelichting wordt dan in het logboek bewaard.").format(step=step),
            QMessageBox.StandardButton.Cancel, self)
        override = box.addButton(self.tr("Toch doorgaan (conflict van plichten)…"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is not override:
            return False
        dialog = OverrideDialog(step, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.session.workflow.override(self.case, gate, dialog.text())
        self.caseChanged.emit(self.case.id)
        return True

    def ask_target(self, kind: ReportKind) -> Path | None:
        assert self.case is not None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / f"{self.case.reference}-{FILE_SUFFIX[kind]}.pdf")
        chosen = choose_save_file(self, self.tr("Rapport opslaan als"), suggested, self.tr("PDF-bestanden (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    @Slot(object)
    def _finished(self, export: Export, target: Path) -> None:
        self.message.show_message("success", self.tr("{kind} opgeslagen als {file}.").format(
            kind=report_kind_label(export.kind), file=target))
        if self.case is not None:
            self._fill(self.session.reports.exports(self.case))
            self.caseChanged.emit(self.case.id)
        self.exported.emit(export)

    @Slot(object)
    def _failed(self, error: object) -> None:
        text = report_error_text(error) if isinstance(error, Exception) else str(error)
        self.message.show_message("error", text)

    @Slot()
    def _cancelled(self) -> None:
        self.message.show_message("info", self.tr("Geannuleerd; er is geen bestand gemaakt."))

