"""Rapporteer, Aangifte, Juridische hulp (steps 4–6): reports to platforms and the police, and legal help.

Each of these escalates, so each needs the employee's recorded consent. Without it the add button
explains, in words, which consent is missing and offers two ways on: record the consent, or go on
anyway under 'conflict van plichten' with a written justification kept with the case (its hash in the audit log).
Nothing is ever allowed silently.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.workflow import (
    SCOPE_FOR,
    GatedAction,
    LegalAction,
    PlatformReport,
    PoliceReport,
    active_consent,
)
from ogg_desktop.gui.dialogs.dsa_notice import NoticeDialog
from ogg_desktop.gui.dialogs.legal_action import LegalActionDialog
from ogg_desktop.gui.dialogs.override import OverrideDialog
from ogg_desktop.gui.dialogs.platform_report import PlatformReportDialog, appeal_text
from ogg_desktop.gui.dialogs.police_report import PoliceReportDialog, klacht_offences
from ogg_desktop.gui.dialogs.report_common import long_date, today
from ogg_desktop.gui.labels import (
    consent_label,
    decision_label,
    filed_by_label,
    legal_kind_label,
    police_kind_label,
    route_label,
)
from ogg_desktop.gui.messages import invalid_input_text
from ogg_desktop.gui.tabs.overview import ConsentDialog
from ogg_desktop.gui.theme import set_tone
from ogg_desktop.gui.widgets import InlineMessage, read_only_table
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.session import Session
from ogg_desktop.services.workflow import ConsentRequiredError


class _Table(QTableWidget):
    """A table that asks for little height: the three steps share the tab, and the tab scrolls on a small
    screen rather than squeezing them."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), 120)


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = read_only_table(parent, headers, name, _Table(0, len(headers), parent))
    table.setMinimumHeight(100)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class ConsentGate(QFrame):
    """Shown instead of the dialog when a step lacks consent: why, and the two ways on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentGate")
        set_tone(self, "warning", "QFrame#consentGate", "border-radius:4px;")
        self.setAccessibleName(self.tr("Toestemming nodig"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("Uitleg: toestemming nodig"))
        self.record = QPushButton(self.tr("Toestemming &vastleggen…"), self)
        self.override = QPushButton(self.tr("Toch doorgaan (&conflict van plichten)…"), self)
        self.cancel = QPushButton(self.tr("Niet nu"), self)
        for button in (self.record, self.override, self.cancel):
            button.setAccessibleName(button.text().replace("&", ""))
        row = QHBoxLayout()
        row.addWidget(self.record)
        row.addWidget(self.override)
        row.addStretch(1)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text.setText(self.tr("Let op: ") + text)
        self.setAccessibleDescription(text)
        self.show()
        self.record.setFocus()


class StepSection(QGroupBox):
    """One step: whether consent is in place, the gate, a table, and its buttons."""

    def __init__(self, title: str, hint: str, headers: list[str], add_text: str, edit_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        hint_label = QLabel(hint, self)
        hint_label.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Toestemming voor {step}").format(step=title))
        self.gate = ConsentGate(self)
        self.table = _table(self, headers, title)
        self.add = QPushButton(add_text, self)
        self.edit = QPushButton(edit_text, self)
        self.edit.setEnabled(False)
        for button in (self.add, self.edit):
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add)
        self.buttons.addWidget(self.edit)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label)
        layout.addWidget(self.status)
        layout.addWidget(self.gate)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.table.itemSelectionChanged.connect(self._selection)
        self.gate.cancel.clicked.connect(self.hide_gate)

    def show_gate(self, text: str) -> None:
        """The explanation replaces the one-line consent status while it is shown (it says the same, and more)."""
        self.status.hide()
        self.gate.show_text(text)

    @Slot()
    def hide_gate(self) -> None:
        self.gate.hide()
        self.status.show()

    @Slot()
    def _selection(self) -> None:
        self.edit.setEnabled(self.table.currentRow() >= 0 and bool(self.table.selectedItems()))


class ReportsTab(QWidget):
    caseChanged = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.platform_list: list[PlatformReport] = []
        self.police_list: list[PoliceReport] = []
        self.legal_list: list[LegalAction] = []
        self.message = InlineMessage(self)

        self.platform = StepSection(
            self.tr("4. Rapporteer: melden bij het platform"),
            self.tr("Meld het bericht samen met de medewerker. Leg het ticket, het besluit en de termijn voor bezwaar "
                    "vast (DSA: minstens 6 maanden na het besluit)."),
            [self.tr("Platform"), self.tr("Bewijs"), self.tr("Route"), self.tr("Gemeld op"), self.tr("Ticket"),
             self.tr("Besluit"), self.tr("Termijn voor bezwaar")],
            self.tr("&Melding toevoegen…"), self.tr("Melding &wijzigen…"), self)
        self.notice = QPushButton(self.tr("DSA-m&elding opstellen…"), self.platform)
        self.notice.setAccessibleName(self.tr("DSA-melding opstellen"))
        self.notice.setToolTip(self.tr("De tekst van de melding van illegale inhoud voor de gekozen melding, om te "
                                       "kopiëren naar het formulier van het platform."))
        self.notice.setEnabled(False)
        self.platform.buttons.insertWidget(2, self.notice)

        self.police = StepSection(
            self.tr("5. Aangifte bij de politie"),
            self.tr("De organisatie doet aangifte, niet de medewerker zelf. Bij een klachtdelict doet de medewerker "
                    "zelf aangifte of tekent een bijzondere schriftelijke volmacht."),
            [self.tr("Soort"), self.tr("Gedaan door"), self.tr("Datum"), self.tr("Politiebureau"),
             self.tr("Registratienummer"), self.tr("Bijzonderheden")],
            self.tr("&Politie toevoegen…"), self.tr("Politie w&ijzigen…"), self)

        self.legal = StepSection(
            self.tr("6. Juridische hulp"),
            self.tr("Haalt het platform het bericht niet weg? Leg vast welke juridische stappen er lopen."),
            [self.tr("Soort"), self.tr("Advocaat"), self.tr("Gestart op"), self.tr("Volgende datum"),
             self.tr("Uitkomst")],
            self.tr("&Juridische stap toevoegen…"), self.tr("Juridische stap wij&zigen…"), self)

        self.sections: dict[GatedAction, StepSection] = {
            GatedAction.PLATFORM_REPORT: self.platform,
            GatedAction.POLICE_REPORT: self.police,
            GatedAction.LEGAL_STEPS: self.legal,
        }
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.message)
        for section in self.sections.values():
            layout.addWidget(section, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the area follows the focus
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        openers: dict[GatedAction, Callable[[], None]] = {
            GatedAction.PLATFORM_REPORT: self._new_platform_report,
            GatedAction.POLICE_REPORT: self._new_police_report,
            GatedAction.LEGAL_STEPS: self._new_legal_action,
        }
        self._openers = openers
        for action, section in self.sections.items():
            section.add.clicked.connect(partial(self.request, action))
            section.gate.record.clicked.connect(partial(self.record_consent, action))
            section.gate.override.clicked.connect(partial(self.override, action))
        self.platform.edit.clicked.connect(self._edit_platform_report)
        self.platform.table.doubleClicked.connect(self._edit_platform_report)
        self.platform.table.itemSelectionChanged.connect(self._platform_selected)
        self.notice.clicked.connect(self.open_notice)
        self.police.edit.clicked.connect(self._edit_police_report)
        self.police.table.doubleClicked.connect(self._edit_police_report)
        self.legal.edit.clicked.connect(self._edit_legal_action)
        self.legal.table.doubleClicked.connect(self._edit_legal_action)
        self._set_enabled(False)

    # Loading --------------------------------------------------------------------------------
    def load(self, case: Case) -> None:
        self.case = case
        self.message.clear_message()
        for section in self.sections.values():
            section.hide_gate()
        self._set_enabled(True)
        self._reload()

    def clear(self) -> None:
        self.case = None
        self.platform_list, self.police_list, self.legal_list = [], [], []
        for section in self.sections.values():
            section.table.setRowCount(0)
            section.hide_gate()
            section.status.clear()
        self.message.clear_message()
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for section in self.sections.values():
            section.add.setEnabled(on)
            section.edit.setEnabled(False)
        self.notice.setEnabled(False)

    def _reload(self) -> None:
        case = self.case
        assert case is not None
        workflow = self.session.workflow
        self.platform_list = workflow.platform_reports(case)
        _fill(self.platform.table, [
            (r.platform, ", ".join(str(i) for i in r.item_ids) or "—", route_label(r.route), long_date(r.filed_on),
             r.ticket or "—", decision_label(r.decision), appeal_text(r) if r.decision.value else "—")
            for r in self.platform_list])
        self.police_list = workflow.police_reports(case)
        _fill(self.police.table, [
            (police_kind_label(r.kind), filed_by_label(r.filed_by), long_date(r.filed_on), r.station or "—",
             r.registration_number or "—", self._police_details(r)) for r in self.police_list])
        self.legal_list = workflow.legal_actions(case)
        _fill(self.legal.table, [
            (legal_kind_label(a.kind), a.lawyer or "—", long_date(a.started_on), long_date(a.next_date),
             a.outcome or "—") for a in self.legal_list])
        for action, section in self.sections.items():
            section.edit.setEnabled(False)
            section.status.setText(self.consent_status(action))
        self.notice.setEnabled(False)

    def _police_details(self, report: PoliceReport) -> str:
        parts = []
        if report.under_number:
            parts.append(self.tr("onder nummer"))
        if report.public_task:
            parts.append(self.tr("publieke taak (VPT {code})").format(code=report.vpt_code or "—"))
        if report.poa_signed is True:
            parts.append(self.tr("volmacht getekend"))
        elif report.poa_signed is False:
            parts.append(self.tr("volmacht nog niet getekend"))
        return "; ".join(parts) or "—"

    def _changed(self) -> None:
        assert self.case is not None and self.case.id is not None
        self._reload()
        self.caseChanged.emit(self.case.id)

    # Consent --------------------------------------------------------------------------------
    def consent_status(self, action: GatedAction) -> str:
        """Whether this step may go ahead, and on what ground, in words."""
        assert self.case is not None
        scope = SCOPE_FOR[action]
        consents = self.session.cases.consents(self.case)
        day = today()
        consent = active_consent(consents, scope, day)
        if consent is not None:
            text = self.tr("Toestemming van de medewerker: gegeven op {date}").format(date=long_date(consent.given_on))
            return text + (f" ({consent.how})." if consent.how else ".")
        overrides = [o for o in self.session.workflow.overrides(self.case) if o.scope == scope]
        if overrides:
            return self.tr("Geen toestemming van de medewerker; doorgegaan wegens conflict van plichten op {date}. "
                           "De toelichting staat in het logboek.").format(date=long_date(_day(overrides[-1].at_utc)))
        return self.blocked_reason(action)

    def blocked_reason(self, action: GatedAction) -> str:
        assert self.case is not None
        scope = SCOPE_FOR[action]
        earlier = [c for c in self.session.cases.consents(self.case) if c.scope == scope]
        last = earlier[-1] if earlier else None
        if last is not None and last.withdrawn_on is not None and last.withdrawn_on <= today():
            return self.tr("De medewerker heeft de toestemming voor „{scope}” ingetrokken op {date}.").format(
                scope=consent_label(scope), date=long_date(last.withdrawn_on))
        if last is not None and last.given_on > today():
            return self.tr("De toestemming voor „{scope}” gaat pas in op {date}.").format(
                scope=consent_label(scope), date=long_date(last.given_on))
        return self.tr("Er is nog geen toestemming van de medewerker vastgelegd voor „{scope}”.").format(
            scope=consent_label(scope))

    def gate_text(self, action: GatedAction) -> str:
        return self.tr("{reason} Deze stap gebeurt alleen met toestemming van de medewerker: die houdt de regie. "
                       "Leg de toestemming vast als de medewerker die heeft gegeven. Alleen bij een conflict van "
                       "plichten kunt u zonder toestemming doorgaan; uw schriftelijke toelichting wordt dan in het "
                       "logboek bewaard.").format(reason=self.blocked_reason(action))

    def request(self, action: GatedAction) -> None:
        """The add button: open the dialog if consent is in place, otherwise explain and offer the ways on."""
        if self.case is None:
            return
        section = self.sections[action]
        section.status.setText(self.consent_status(action))
        if self.session.workflow.may(self.case, action):
            section.hide_gate()
            self._openers[action]()
        else:
            section.show_gate(self.gate_text(action))

    def record_consent(self, action: GatedAction) -> None:
        """Record the employee's consent (scope preselected), then go on with the step."""
        if self.case is None:
            return
        scope = SCOPE_FOR[action]
        dialog = ConsentDialog(self)
        dialog.scope_box.setCurrentIndex(dialog.scope_box.findData(scope.value))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.session.cases.record_consent(self.case, dialog.scope(), dialog.given_on(), dialog.how())
        self._changed()
        self.request(action)

    def override(self, action: GatedAction) -> None:
        """'Conflict van plichten': go on without consent, with a written justification for the audit log."""
        if self.case is None:
            return
        dialog = OverrideDialog(consent_label(SCOPE_FOR[action]), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.session.workflow.override(self.case, action, dialog.text())
            except InvalidInputError as exc:
                dialog.message.show_message("error", invalid_input_text(exc))
                continue
            self._changed()
            self.request(action)
            return

    def _blocked(self, action: GatedAction) -> None:
        """The service refused (consent withdrawn meanwhile): say so, store nothing."""
        self._reload()
        self.sections[action].show_gate(self.gate_text(action))

    # Platform reports -----------------------------------------------------------------------
    def _new_platform_report(self) -> None:
        assert self.case is not None
        dialog = PlatformReportDialog(self.session, self.case, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.session.workflow.add_platform_report(self.case, dialog.report())
        except ConsentRequiredError:
            self._blocked(GatedAction.PLATFORM_REPORT)
            return
        self._changed()

    def _current(self, section: StepSection, rows: list[object]) -> int | None:
        row = section.table.currentRow()
        return row if 0 <= row < len(rows) and section.table.selectedItems() else None

    @Slot()
    def _platform_selected(self) -> None:
        self.notice.setEnabled(self._current(self.platform, list(self.platform_list)) is not None)

    @Slot()
    def _edit_platform_report(self) -> None:
        row = self._current(self.platform, list(self.platform_list))
        if self.case is None or row is None:
            return
        dialog = PlatformReportDialog(self.session, self.case, self.platform_list[row], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.workflow.update_platform_report(self.case, dialog.report())
            self._changed()

    @Slot()
    def open_notice(self) -> None:
        row = self._current(self.platform, list(self.platform_list))
        if self.case is None or row is None:
            return
        NoticeDialog(self.session, self.platform_list[row], self).exec()

    # Police ---------------------------------------------------------------------------------
    def _klacht(self) -> list[str]:
        assert self.case is not None
        return klacht_offences(self.session.evidence.for_case(self.case))

    def _new_police_report(self) -> None:
        assert self.case is not None
        dialog = PoliceReportDialog(None, self.case, self._klacht(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.session.workflow.add_police_report(self.case, dialog.report())
        except ConsentRequiredError:
            self._blocked(GatedAction.POLICE_REPORT)
            return
        self._changed()

    @Slot()
    def _edit_police_report(self) -> None:
        row = self._current(self.police, list(self.police_list))
        if self.case is None or row is None:
            return
        dialog = PoliceReportDialog(self.police_list[row], self.case, self._klacht(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.workflow.update_police_report(self.case, dialog.report())
            self._changed()

    # Legal help -----------------------------------------------------------------------------
    def _new_legal_action(self) -> None:
        assert self.case is not None
        dialog = LegalActionDialog(None, self.case, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.session.workflow.add_legal_action(self.case, dialog.action())
        except ConsentRequiredError:
            self._blocked(GatedAction.LEGAL_STEPS)
            return
        self._changed()

    @Slot()
    def _edit_legal_action(self) -> None:
        row = self._current(self.legal, list(self.legal_list))
        if self.case is None or row is None:
            return
        dialog = LegalActionDialog(self.legal_list[row], self.case, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.workflow.update_legal_action(self.case, dialog.action())
            self._changed()


def _day(at_utc: str) -> date | None:
    try:
        return datetime.fromisoformat(at_utc).astimezone().date()
    except ValueError:
        return None


__all__ = ["ConsentGate", "ReportsTab", "StepSection"]
