"""Step 4: a platform report (melding bij platform), with the DSA appeal countdown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.deadlines import appeal_deadline
from ogg_desktop.domain.evidence import PLATFORMS
from ogg_desktop.domain.platform_hints import hint_for
from ogg_desktop.domain.workflow import FiledBy, PlatformDecision, PlatformReport, ReportRoute
from ogg_desktop.gui.dialogs.report_common import (
    _buttons,
    _columns,
    _Dialog,
    _form,
    _hint_label,
    _named,
    _note,
    _set_yes_no,
    _yes_no_box,
    hint_text,
    item_title,
    long_date,
    today,
)
from ogg_desktop.gui.labels import decision_label, filed_by_label, route_label
from ogg_desktop.gui.widgets import InlineMessage, OptionalDateEdit
from ogg_desktop.services.session import Session

THUMB = 48


def appeal_text(report: PlatformReport, on: date | None = None) -> str:
    """The DSA internal-complaint window (at least 6 months from the decision) as a countdown in words."""
    if report.decision == PlatformDecision.NONE:
        return QCoreApplication.translate("ReportDialogs", "nog geen besluit")
    if report.appeal_filed_on is not None:
        return QCoreApplication.translate("ReportDialogs", "bezwaar ingediend op {date}").format(
            date=long_date(report.appeal_filed_on))
    if report.decision_on is None:
        return QCoreApplication.translate("ReportDialogs", "datum van het besluit ontbreekt")
    deadline = appeal_deadline(report.decision_on)
    days = (deadline - (on or today())).days
    until = long_date(deadline)
    if days > 1:
        return QCoreApplication.translate("ReportDialogs", "nog {n} dagen voor bezwaar (tot {date})").format(
            n=days, date=until)
    if days == 1:
        return QCoreApplication.translate("ReportDialogs", "nog 1 dag voor bezwaar (tot {date})").format(date=until)
    if days == 0:
        return QCoreApplication.translate("ReportDialogs", "vandaag is de laatste dag voor bezwaar ({date})").format(
            date=until)
    return QCoreApplication.translate("ReportDialogs", "termijn voor bezwaar verlopen op {date}").format(date=until)


def already_reported(platform: str, item_ids: list[int], reports: list[PlatformReport],
                     exclude: int | None = None) -> list[tuple[int, PlatformReport]]:
    """(item id, earlier report) for each chosen item already reported to the same platform."""
    key = platform.strip().casefold()
    found = []
    for report in reports:
        if report.id == exclude or report.platform.strip().casefold() != key:
            continue
        found += [(item_id, report) for item_id in item_ids if item_id in report.item_ids]
    return found


class PlatformReportDialog(_Dialog):
    """Every field of a platform report; warns (without blocking) when an item was already reported there."""

    def __init__(self, session: Session, case: Case, report: PlatformReport | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert case.id is not None
        self.case = case
        self.existing = report
        self.setWindowTitle(self.tr("Melding bij platform wijzigen") if report else
                            self.tr("Melding bij platform vastleggen"))
        self.items = session.evidence.for_case(case)
        self.others = [r for r in session.workflow.platform_reports(case) if report is None or r.id != report.id]
        self._checks_touched = report is not None

        self.message = InlineMessage(self)
        self.platform = QComboBox(self)
        self.platform.setEditable(True)
        self.platform.addItems(list(PLATFORMS))
        self.platform.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.hint = _hint_label(self)
        self.item_list = QListWidget(self)
        self.item_list.setIconSize(QSize(THUMB, THUMB))
        self.item_list.setMinimumHeight(150)
        for item in self.items:
            assert item.id is not None
            thumb = QPixmap()
            thumb.loadFromData(session.evidence.thumbnail(item.id))
            if thumb.width() > THUMB or thumb.height() > THUMB:
                thumb = thumb.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
            text = item_title(item)
            details = " · ".join(x for x in (item.platform, item.url) if x)
            entry = QListWidgetItem(QIcon(thumb), f"{text}\n{details or self.tr('geen platform of URL vastgelegd')}",
                                    self.item_list)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}, {details}")
            entry.setToolTip(item.url)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
        self.no_items = _note(self.tr("Dit dossier heeft nog geen bewijsstukken. Leg ze eerst vast op het "
                                      "tabblad Bewijs."), self)
        self.no_items.setVisible(not self.items)
        self.item_list.setVisible(bool(self.items))
        self.duplicate = InlineMessage(self)
        self.route = QComboBox(self)
        for route in ReportRoute:
            self.route.addItem(route_label(route), route.value)
        self.route_note = _note("", self)
        self.filed_by = QComboBox(self)
        for who in (FiledBy.EMPLOYEE, FiledBy.REPRESENTATIVE):
            self.filed_by.addItem(filed_by_label(who), who.value)
        if report and report.filed_by == FiledBy.ORGANISATION:
            self.filed_by.addItem(filed_by_label(FiledBy.ORGANISATION), FiledBy.ORGANISATION.value)
        self.first_party = InlineMessage(self)
        self.filed_on = OptionalDateEdit(self.tr("Gemeld op"), self)
        self.ticket = QLineEdit(self)
        self.ticket.setPlaceholderText(self.tr("het kenmerk of ticketnummer van het platform"))
        self.receipt_on = OptionalDateEdit(self.tr("Ontvangst bevestigd op"), self)
        # made before the decision fields: Tab goes down the "Melding" column first, then the decision
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("houd informatie over derden zo beperkt mogelijk"))
        self.decision = QComboBox(self)
        for decision in PlatformDecision:
            self.decision.addItem(decision_label(decision), decision.value)
        self.decision_on = OptionalDateEdit(self.tr("Datum van het besluit"), self)
        self.automated = _yes_no_box(self, self.tr("Onbekend"))
        self.reasons = QPlainTextEdit(self)
        self.reasons.setTabChangesFocus(True)
        self.reasons.setPlaceholderText(self.tr("de motivering van het platform (artikel 17 DSA), kort of "
                                                "letterlijk"))
        self.appeal = QLabel(self)
        self.appeal.setWordWrap(True)
        self.appeal.setAccessibleName(self.tr("Termijn voor bezwaar"))
        self.appeal_filed_on = OptionalDateEdit(self.tr("Bezwaar ingediend op"), self)
        for text_edit in (self.reasons, self.note):
            text_edit.setMaximumHeight(80)
        _named(((self.platform, self.tr("Platform")), (self.item_list, self.tr("Gemelde bewijsstukken")),
                (self.route, self.tr("Route")), (self.filed_by, self.tr("Gemeld door")),
                (self.ticket, self.tr("Ticketnummer")), (self.decision, self.tr("Besluit")),
                (self.automated, self.tr("Geautomatiseerd besluit")),
                (self.reasons, self.tr("Motivering van het besluit")), (self.note, self.tr("Notitie"))))

        top = _form(None)
        top.addRow(self.tr("&Platform"), self.platform)
        top.addRow(self.hint)
        top.addRow(self.first_party)
        top.addRow(self.tr("&Bewijsstukken"), self.item_list)
        top.addRow("", self.no_items)
        top.addRow(self.duplicate)

        report_box = QGroupBox(self.tr("Melding"), self)
        form = _form(report_box)
        form.addRow(self.tr("&Route"), self.route)
        form.addRow("", self.route_note)
        form.addRow(self.tr("Gemeld &door"), self.filed_by)
        form.addRow(self.tr("Gemeld &op"), self.filed_on)
        form.addRow(self.tr("&Ticketnummer"), self.ticket)
        form.addRow(self.tr("Ontvangst be&vestigd"), self.receipt_on)
        form.addRow(self.tr("&Notitie"), self.note)

        decision_box = QGroupBox(self.tr("Besluit van het platform"), self)
        dform = _form(decision_box)
        dform.addRow(self.tr("B&esluit"), self.decision)
        dform.addRow(self.tr("D&atum besluit"), self.decision_on)
        dform.addRow(self.tr("Geautomati&seerd"), self.automated)
        dform.addRow(self.tr("&Motivering"), self.reasons)
        dform.addRow(self.tr("Termijn bezwaar"), self.appeal)
        dform.addRow(self.tr("Be&zwaar ingediend"), self.appeal_filed_on)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addLayout(_columns(report_box, decision_box))
        layout.addWidget(_buttons(self, self.tr("Opslaan")))

        for optional in (self.filed_on, self.receipt_on, self.decision_on, self.appeal_filed_on):
            optional.set_value(None)
        _set_yes_no(self.automated, None)
        if report is not None:
            self._fill(report)
        else:
            self.filed_on.set_value(today())
            self.platform.setCurrentIndex(-1)
            self.platform.setEditText(self._suggested_platform())
        self.platform.currentTextChanged.connect(self._platform_changed)
        self.item_list.itemChanged.connect(self._checks_changed)
        self.route.currentIndexChanged.connect(self._update)
        self.filed_by.currentIndexChanged.connect(self._update)
        for optional in (self.decision_on, self.appeal_filed_on):
            optional.changed.connect(self._update)
        self.decision.currentIndexChanged.connect(self._update)
        self._platform_changed(self.platform.currentText())
        self.resize(1000, 0)

    def _fill(self, report: PlatformReport) -> None:
        self.platform.setCurrentText(report.platform)
        for row in range(self.item_list.count()):
            entry = self.item_list.item(row)
            checked = entry.data(Qt.ItemDataRole.UserRole) in report.item_ids
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.route.setCurrentIndex(self.route.findData(report.route.value))
        self.filed_by.setCurrentIndex(self.filed_by.findData(report.filed_by.value))
        self.filed_on.set_value(report.filed_on)
        self.ticket.setText(report.ticket)
        self.receipt_on.set_value(report.receipt_on)
        self.decision.setCurrentIndex(self.decision.findData(report.decision.value))
        self.decision_on.set_value(report.decision_on)
        _set_yes_no(self.automated, report.automated)
        self.reasons.setPlainText(report.statement_of_reasons)
        self.appeal_filed_on.set_value(report.appeal_filed_on)
        self.note.setPlainText(report.note)

    def _suggested_platform(self) -> str:
        """The platform of the first item not yet reported there."""
        for item in self.items:
            if item.platform and item.id is not None and not already_reported(item.platform, [item.id], self.others):
                return item.platform
        return ""

    @Slot(str)
    def _platform_changed(self, platform: str) -> None:
        if not self._checks_touched and platform.strip():
            blocked = self.item_list.blockSignals(True)
            for row in range(self.item_list.count()):
                entry = self.item_list.item(row)
                item = self.items[row]
                same = item.platform.strip().casefold() == platform.strip().casefold()
                entry.setCheckState(Qt.CheckState.Checked if same else Qt.CheckState.Unchecked)
            self.item_list.blockSignals(blocked)
        self.hint.setText(hint_text(platform))
        self._update()

    @Slot(QListWidgetItem)
    def _checks_changed(self, _entry: QListWidgetItem) -> None:
        self._checks_touched = True
        self._update()

    def item_ids(self) -> list[int]:
        ids = []
        for row in range(self.item_list.count()):
            entry = self.item_list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                ids.append(int(entry.data(Qt.ItemDataRole.UserRole)))
        return ids

    @Slot()
    def _update(self) -> None:
        platform = self.platform.currentText().strip()
        duplicates = already_reported(platform, self.item_ids(), self.others)
        if duplicates:
            lines = [self.tr("bewijsstuk {item} is al gemeld bij {platform} op {date}{ticket}").format(
                item=item_id, platform=report.platform, date=long_date(report.filed_on),
                ticket=self.tr(" (ticket {ticket})").format(ticket=report.ticket) if report.ticket else "")
                for item_id, report in duplicates]
            self.duplicate.show_message("warning", self.tr(
                "{list}. Meld hetzelfde bericht liever niet opnieuw bij hetzelfde platform: werk de bestaande "
                "melding bij (besluit, bezwaar).").format(list="; ".join(lines)))
        else:
            self.duplicate.clear_message()
        route = ReportRoute(self.route.currentData())
        self.route_note.setText(
            self.tr("Artikel 16 DSA: het platform moet de melding behandelen en zijn besluit motiveren. Gebruik "
                    "„DSA-melding opstellen…” voor de tekst.") if route == ReportRoute.DSA_NOTICE else
            self.tr("De eigen regels van het platform (communityrichtlijnen)."))
        hint = hint_for(platform)
        if hint.first_party_only and FiledBy(self.filed_by.currentData()) != FiledBy.EMPLOYEE:
            self.first_party.show_message("warning", self.tr(
                "Bij {platform} zijn sommige formulieren alleen voor de betrokkene zelf. Meld dan door of samen "
                "met de medewerker.").format(platform=platform))
        else:
            self.first_party.clear_message()
        self.appeal.setText(appeal_text(self._draft()))
        if self.isVisible():
            self.fit()

    def _draft(self) -> PlatformReport:
        return PlatformReport(
            case_id=self.case.id or 0, platform=self.platform.currentText().strip(),
            route=ReportRoute(self.route.currentData()), filed_by=FiledBy(self.filed_by.currentData()),
            filed_on=self.filed_on.value(), item_ids=self.item_ids(), ticket=self.ticket.text().strip(),
            receipt_on=self.receipt_on.value(), decision=PlatformDecision(self.decision.currentData()),
            decision_on=self.decision_on.value(), statement_of_reasons=self.reasons.toPlainText().strip(),
            automated=self.automated.currentData(), appeal_filed_on=self.appeal_filed_on.value(),
            note=self.note.toPlainText().strip(), id=self.existing.id if self.existing else None,
        )

    def problems(self) -> list[str]:
        r = self._draft()
        problems = []
        if not r.platform:
            problems.append(self.tr("Vul in bij welk platform u meldt."))
        if self.items and not r.item_ids:
            problems.append(self.tr("Kies welke bewijsstukken u meldt."))
        if r.filed_on and r.receipt_on and r.receipt_on < r.filed_on:
            problems.append(self.tr("De ontvangstbevestiging ligt vóór de datum van melden."))
        if r.filed_on and r.decision_on and r.decision_on < r.filed_on:
            problems.append(self.tr("Het besluit ligt vóór de datum van melden."))
        if r.decision_on and r.appeal_filed_on and r.appeal_filed_on < r.decision_on:
            problems.append(self.tr("Het bezwaar ligt vóór het besluit."))
        return problems

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.message.show_message("error", " ".join(problems))
            self.fit()
            return
        super().accept()

    def report(self) -> PlatformReport:
        return self._draft()
