"""Dialogs for steps 4–6: a platform report, the DSA notice text, a police report, a legal step, and
'conflict van plichten' (going on without the employee's consent, with a written reason)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import QFontDatabase, QIcon, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.deadlines import appeal_deadline
from ogg_desktop.domain.evidence import PLATFORMS, EvidenceItem
from ogg_desktop.domain.offences import BY_CODE, label
from ogg_desktop.domain.platform_hints import CONTEXT as HINT_CONTEXT
from ogg_desktop.domain.platform_hints import LABELS_CHANGE, hint_for
from ogg_desktop.domain.workflow import (
    MIN_JUSTIFICATION,
    FiledBy,
    LegalAction,
    LegalKind,
    PlatformDecision,
    PlatformReport,
    PoliceReport,
    PoliceReportKind,
    ReportRoute,
)
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import decision_label, filed_by_label, legal_kind_label, police_kind_label, route_label
from ogg_desktop.gui.privacy import ClipboardGuard
from ogg_desktop.gui.screen_fit import available
from ogg_desktop.gui.theme import set_tone
from ogg_desktop.gui.widgets import InlineMessage, OptionalDateEdit
from ogg_desktop.services.notice import Notifier, build_notice, missing_elements
from ogg_desktop.services.session import Session

THUMB = 48
NOTIFIER_NAME, NOTIFIER_EMAIL = "notifier_name", "notifier_email"
def today() -> date:
    return now_utc().astimezone().date()


def long_date(day: date | None) -> str:
    """'26 november 2026' in the app's language; '—' for no date."""
    return formats.long_date(day) if day else "—"


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


def hint_text(platform: str) -> str:
    """Where to report on ``platform``, that labels change, and when the hint was last checked."""
    hint = hint_for(platform)
    text = QCoreApplication.translate(HINT_CONTEXT, hint.text)
    if not hint.platform:
        text = QCoreApplication.translate("ReportDialogs", "Algemene tip: {text}").format(text=text)
    if hint.last_checked:
        checked = QCoreApplication.translate("ReportDialogs", "Laatst gecontroleerd: {date}.").format(
            date=long_date(hint.last_checked))
    else:
        checked = QCoreApplication.translate("ReportDialogs", "Laatst gecontroleerd: nog niet gecontroleerd.")
    return f"{text} {QCoreApplication.translate(HINT_CONTEXT, LABELS_CHANGE)}\n{checked}"


def item_title(item: EvidenceItem) -> str:
    untitled = QCoreApplication.translate("ReportDialogs", "(zonder titel)")
    return f"{item.id}. {item.title or untitled}"


def _named(pairs: tuple[tuple[QWidget, str], ...]) -> None:
    for widget, name in pairs:
        widget.setAccessibleName(name)


def _note(text: str, parent: QWidget) -> QLabel:
    """A small explanation under a field."""
    note = QLabel(text, parent)
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    return note


def _hint_label(parent: QWidget) -> QLabel:
    hint = QLabel(parent)
    hint.setWordWrap(True)
    hint.setTextFormat(Qt.TextFormat.PlainText)
    set_tone(hint, "info", "QLabel", "border-radius:4px; padding:6px;")
    hint.setAccessibleName(QCoreApplication.translate("ReportDialogs", "Tip voor dit platform"))
    return hint


def _yes_no_box(parent: QWidget, unknown: str) -> QComboBox:
    box = QComboBox(parent)
    box.addItem(QCoreApplication.translate("ReportDialogs", "Ja"), True)
    box.addItem(QCoreApplication.translate("ReportDialogs", "Nee"), False)
    box.addItem(unknown, None)
    return box


def _set_yes_no(box: QComboBox, value: bool | None) -> None:
    box.setCurrentIndex(0 if value is True else 1 if value is False else 2)


def _form(parent: QWidget | None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


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


# Platform report ---------------------------------------------------------------------------------
class _Dialog(QDialog):
    """Grows to fit when an inline message or a wrapped explanation needs more height than it has."""

    def fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        self.setMinimumHeight(layout.totalMinimumHeightForWidth(width) if layout.hasHeightForWidth()
                              else layout.totalMinimumSize().height())
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        need = min(need, available(self).height())  # taller content scrolls (screen_fit)
        if need > self.height():
            self.resize(width, need)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()


def _columns(*boxes: QWidget) -> QHBoxLayout:
    """Group boxes side by side, each as high as its own content."""
    columns = QHBoxLayout()
    for box in boxes:
        column = QVBoxLayout()
        column.addWidget(box)
        column.addStretch(1)
        columns.addLayout(column, 1)
    return columns


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


# DSA notice --------------------------------------------------------------------------------------
class NoticeDialog(_Dialog):
    """The article 16 notice for one report's items, ready to copy into the platform's form."""

    def __init__(self, session: Session, report: PlatformReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report = report
        self.setWindowTitle(self.tr("DSA-melding opstellen"))
        found = (session.evidence.get(item_id) for item_id in report.item_ids)
        self.items = [item for item in found if item is not None]
        meta = session.vault.repos.meta
        self._saved = Notifier(meta.get(NOTIFIER_NAME) or "", meta.get(NOTIFIER_EMAIL) or "")

        intro = QLabel((self.tr("Melding bij {platform} van 1 bewijsstuk.") if len(self.items) == 1 else
                        self.tr("Melding bij {platform} van {count} bewijsstukken.")).format(
            platform=report.platform, count=len(self.items)) + " " + self.tr(
            "De app verstuurt niets: kopieer de tekst en plak die in het meldformulier van het platform."), self)
        intro.setWordWrap(True)
        self.hint = _hint_label(self)
        self.hint.setText(hint_text(report.platform))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Nederlands"), "nl")
        self.language.addItem(self.tr("Engels"), "en")
        self.name = QLineEdit(self._saved.name, self)
        self.name.setPlaceholderText(self.tr("naam van wie meldt"))
        self.email = QLineEdit(self._saved.email, self)
        self.email.setPlaceholderText(self.tr("e-mailadres voor de ontvangstbevestiging en het besluit"))
        notifier_note = _note(self.tr("Naam en e-mail worden in de kluis bewaard voor volgende meldingen."), self)
        self.missing = InlineMessage(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setMinimumHeight(300)
        self.copied = InlineMessage(self)
        self.copy_button = QPushButton(self.tr("&Kopiëren"), self)
        self.copy_button.setDefault(True)
        close = QPushButton(self.tr("&Sluiten"), self)
        _named(((self.language, self.tr("Taal van de melding")), (self.name, self.tr("Naam van de melder")),
                (self.email, self.tr("E-mail van de melder")), (self.text, self.tr("Tekst van de melding")),
                (self.copy_button, self.tr("Kopiëren")), (close, self.tr("Sluiten"))))

        form = QFormLayout()
        form.addRow(self.tr("&Taal"), self.language)
        form.addRow(self.tr("&Naam melder"), self.name)
        form.addRow(self.tr("&E-mail melder"), self.email)
        form.addRow("", notifier_note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copied)
        layout.addLayout(buttons)

        self.language.currentIndexChanged.connect(self._refresh)
        self.name.textChanged.connect(self._refresh)
        self.email.textChanged.connect(self._refresh)
        self.name.editingFinished.connect(self.save_notifier)
        self.email.editingFinished.connect(self.save_notifier)
        self.copy_button.clicked.connect(self.copy)
        close.clicked.connect(self.accept)
        self.finished.connect(self.save_notifier)
        self._refresh()
        self.resize(760, 720)

    def notifier(self) -> Notifier:
        return Notifier(self.name.text().strip(), self.email.text().strip())

    @Slot()
    def save_notifier(self) -> None:
        """Keep the notifier's name and e-mail in the vault (audited), when they changed."""
        notifier = self.notifier()
        if notifier == self._saved:
            return
        vault = self.session.vault
        with vault.transaction() as repos:
            repos.meta.set(NOTIFIER_NAME, notifier.name)
            repos.meta.set(NOTIFIER_EMAIL, notifier.email)
            repos.audit.append(vault.actor, "settings_changed", detail="notifier")
        self._saved = notifier

    def missing_text(self) -> str:
        names = {
            "items": self.tr("welke bewijsstukken u meldt (kies ze bij de melding)"),
            "name": self.tr("de naam van de melder"),
            "email": self.tr("een geldig e-mailadres van de melder"),
            "explanation": self.tr("waarom de inhoud illegaal is: kies een strafbaar feit of neem de letterlijke "
                                   "tekst over bij het bewijsstuk"),
        }
        parts = []
        for code in missing_elements(self.items, self.notifier()):
            if code == "url":
                without = ", ".join(str(item.id) for item in self.items if not item.url)
                parts.append(self.tr("de exacte URL van bewijsstuk {items} (vul die in op het tabblad Bewijs)").format(
                    items=without))
            else:
                parts.append(names.get(code, code))
        return "; ".join(parts)

    @Slot()
    def _refresh(self) -> None:
        self.text.setPlainText(build_notice(self.items, self.notifier(), str(self.language.currentData())))
        missing = self.missing_text()
        if missing:
            self.missing.show_message("warning", self.tr("de melding is nog niet compleet. Nog nodig: {list}.").format(
                list=missing))
        else:
            self.missing.show_message("success", self.tr(
                "Alle vier onderdelen staan erin: waarom het illegaal is, de exacte URL's, de melder en de "
                "verklaring te goeder trouw."))
        self.copied.clear_message()

    @Slot()
    def copy(self) -> None:
        ClipboardGuard.for_app().copy_case_text(self.text.toPlainText())  # cleared again after 30 s
        self.save_notifier()
        self.copied.show_message("info", self.tr("Gekopieerd. Plak de tekst in het meldformulier van {platform}.")
                                 .format(platform=self.report.platform))


# Police report -----------------------------------------------------------------------------------
def klacht_offences(items: list[EvidenceItem]) -> list[str]:
    """Labels of the klachtdelicten (complaint required) tagged on any item of the case."""
    codes = dict.fromkeys(code for item in items for code in item.offences
                          if code in BY_CODE and BY_CODE[code].complaint_required)
    return [label(code) for code in codes]


class PoliceReportDialog(_Dialog):
    def __init__(self, report: PoliceReport | None, case: Case, klacht: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.existing = report
        self.klacht = klacht
        self.setWindowTitle(self.tr("Politie: wijzigen") if report else self.tr("Politie: vastleggen"))
        self.kind = QComboBox(self)
        for kind in PoliceReportKind:
            self.kind.addItem(police_kind_label(kind), kind.value)
        self.kind_note = _note("", self)
        self.filed_by = QComboBox(self)
        for who in (FiledBy.ORGANISATION, FiledBy.EMPLOYEE):
            self.filed_by.addItem(filed_by_label(who), who.value)
        self.filed_by_note = InlineMessage(self)
        self.filed_on = OptionalDateEdit(self.tr("Datum"), self)
        self.station = QLineEdit(self)
        self.station.setPlaceholderText(self.tr("bijv. politiebureau Utrecht-Centrum"))
        self.registration = QLineEdit(self)
        self.under_number = QCheckBox(self.tr("„Aangifte onder nummer” gevraagd"), self)
        self.under_number.setToolTip(self.tr("Het adres van de organisatie als domicilie, niet het privéadres van "
                                             "de medewerker: het politiedossier is zichtbaar voor de verdachte."))
        self.public_task = QCheckBox(self.tr("Medewerker met een publieke taak (VPT/ELA)"), self)
        self.vpt_code = QLineEdit(self)
        self.kept_informed = _yes_no_box(self, self.tr("Niet gevraagd"))
        self.damages = _yes_no_box(self, self.tr("Niet gevraagd"))
        self.statement_on = OptionalDateEdit(self.tr("Verklaring als getuige op"), self)
        self.statement_station = QLineEdit(self)
        self.poa = _yes_no_box(self, self.tr("Nog niet bekend"))
        self.poa.setItemText(0, self.tr("Ja, getekend"))
        self.poa.setItemText(1, self.tr("Nee, nog niet getekend"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        _named(((self.kind, self.tr("Soort")), (self.filed_by, self.tr("Gedaan door")),
                (self.station, self.tr("Politiebureau")), (self.registration, self.tr("Registratienummer")),
                (self.under_number, self.tr("Aangifte onder nummer gevraagd")),
                (self.public_task, self.tr("Publieke taak (VPT)")), (self.vpt_code, self.tr("VPT-code")),
                (self.kept_informed, self.tr("Wil op de hoogte blijven")),
                (self.damages, self.tr("Wil schadevergoeding")),
                (self.statement_station, self.tr("Politiebureau van de getuigenverklaring")),
                (self.poa, self.tr("Bijzondere schriftelijke volmacht getekend")), (self.note, self.tr("Notitie"))))

        report_box = QGroupBox(self.tr("Bij de politie"), self)
        form = _form(report_box)
        form.addRow(self.tr("&Soort"), self.kind)
        form.addRow("", self.kind_note)
        form.addRow(self.tr("Gedaan &door"), self.filed_by)
        form.addRow(self.filed_by_note)
        form.addRow(self.tr("D&atum"), self.filed_on)
        form.addRow(self.tr("&Politiebureau"), self.station)
        form.addRow(self.tr("&Registratienummer"), self.registration)
        form.addRow("", self.under_number)
        form.addRow("", self.public_task)
        form.addRow(self.tr("&VPT-code"), self.vpt_code)
        self._vpt_label = form.labelForField(self.vpt_code)

        wishes_box = QGroupBox(self.tr("Wensen van de medewerker"), self)
        wform = _form(wishes_box)
        wform.addRow(_note(self.tr("De politie vraagt hiernaar bij de aangifte; leg de antwoorden van tevoren "
                                   "vast."), wishes_box))
        wform.addRow(self.tr("Op de &hoogte blijven?"), self.kept_informed)
        wform.addRow(self.tr("Schadever&goeding?"), self.damages)
        statement_box = QGroupBox(self.tr("Eigen verklaring van de medewerker als getuige"), self)
        sform = _form(statement_box)
        sform.addRow(self.tr("Datum verk&laring"), self.statement_on)
        sform.addRow(self.tr("Politie&bureau"), self.statement_station)
        self.poa_box = QGroupBox(self.tr("Klachtdelict: bijzondere schriftelijke volmacht"), self)
        pform = _form(self.poa_box)
        pform.addRow(_note(self.tr(
            "In dit dossier is een klachtdelict aangemerkt: {offences}. Dan kan de organisatie niet alleen "
            "optreden: de medewerker doet zelf aangifte, of tekent een bijzondere schriftelijke volmacht. De "
            "klacht moet binnen 3 maanden nadat de medewerker ervan hoorde.").format(
            offences=", ".join(klacht)), self.poa_box))
        pform.addRow(self.tr("Vol&macht getekend"), self.poa)
        self.poa_box.setVisible(bool(klacht))
        form.addRow(self.tr("&Notitie"), self.note)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(wishes_box)
        rl.addWidget(statement_box)
        rl.addWidget(self.poa_box)
        layout = QVBoxLayout(self)
        layout.addLayout(_columns(report_box, right))
        layout.addWidget(_buttons(self, self.tr("Opslaan")))

        self.statement_on.set_value(None)
        if report is not None:
            self._fill(report)
        else:
            self.filed_on.set_value(today())
            self.under_number.setChecked(True)
            _set_yes_no(self.kept_informed, None)
            _set_yes_no(self.damages, None)
            _set_yes_no(self.poa, None)
        self.kind.currentIndexChanged.connect(self._update)
        self.filed_by.currentIndexChanged.connect(self._update)
        self.public_task.toggled.connect(self._update)
        self._update()
        self.resize(960, 0)

    def _fill(self, report: PoliceReport) -> None:
        self.kind.setCurrentIndex(self.kind.findData(report.kind.value))
        self.filed_by.setCurrentIndex(max(0, self.filed_by.findData(report.filed_by.value)))
        self.filed_on.set_value(report.filed_on)
        self.station.setText(report.station)
        self.registration.setText(report.registration_number)
        self.under_number.setChecked(report.under_number)
        self.public_task.setChecked(report.public_task)
        self.vpt_code.setText(report.vpt_code)
        _set_yes_no(self.kept_informed, report.wish_kept_informed)
        _set_yes_no(self.damages, report.wish_damages)
        self.statement_on.set_value(report.employee_statement_on)
        self.statement_station.setText(report.employee_statement_station)
        _set_yes_no(self.poa, report.poa_signed)
        self.note.setPlainText(report.note)

    @Slot()
    def _update(self) -> None:
        kind = PoliceReportKind(self.kind.currentData())
        self.kind_note.setText({
            PoliceReportKind.AANGIFTE: self.tr("Aangifte: de politie onderzoekt. Online bedreiging en belediging "
                                               "gaan op afspraak (0900-8844), bij acuut gevaar 112."),
            PoliceReportKind.MELDING: self.tr("Melding: alleen geregistreerd, geen onderzoek."),
            PoliceReportKind.INFORMATIEF: self.tr("Informatief gesprek: vooraf overleggen, nog geen aangifte."),
        }[kind])
        if FiledBy(self.filed_by.currentData()) == FiledBy.ORGANISATION:
            self.filed_by_note.show_message("info", self.tr(
                "De organisatie doet de aangifte, niet de medewerker: kies het adres van de organisatie als "
                "domicilie, want het politiedossier is zichtbaar voor de verdachte."))
        else:
            self.filed_by_note.show_message("warning", self.tr(
                "Gewoonlijk doet de organisatie de aangifte, niet de medewerker. Doet de medewerker het toch zelf "
                "(bijvoorbeeld bij een klachtdelict), gebruik dan het werkadres, niet het privéadres."))
        public = self.public_task.isChecked()
        self.vpt_code.setVisible(public)
        if self._vpt_label is not None:
            self._vpt_label.setVisible(public)
        if self.isVisible():
            self.fit()

    def report(self) -> PoliceReport:
        public = self.public_task.isChecked()
        return PoliceReport(
            case_id=self.case.id or 0, kind=PoliceReportKind(self.kind.currentData()),
            filed_by=FiledBy(self.filed_by.currentData()), filed_on=self.filed_on.value(),
            station=self.station.text().strip(), registration_number=self.registration.text().strip(),
            public_task=public, vpt_code=self.vpt_code.text().strip() if public else "",
            under_number=self.under_number.isChecked(), wish_kept_informed=self.kept_informed.currentData(),
            wish_damages=self.damages.currentData(), employee_statement_on=self.statement_on.value(),
            employee_statement_station=self.statement_station.text().strip(),
            poa_signed=self.poa.currentData() if self.klacht else (self.existing.poa_signed if self.existing else None),
            note=self.note.toPlainText().strip(), id=self.existing.id if self.existing else None,
        )


# Legal help --------------------------------------------------------------------------------------
class LegalActionDialog(_Dialog):
    def __init__(self, action: LegalAction | None, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.existing = action
        self.setWindowTitle(self.tr("Juridische stap wijzigen") if action else self.tr("Juridische stap vastleggen"))
        self.message = InlineMessage(self)
        self.lawyer = QLineEdit(self)
        self.lawyer.setPlaceholderText(self.tr("naam en kantoor"))
        self.kind = QComboBox(self)
        for kind in LegalKind:
            self.kind.addItem(legal_kind_label(kind), kind.value)
        self.started_on = OptionalDateEdit(self.tr("Gestart op"), self)
        self.next_date = OptionalDateEdit(self.tr("Volgende datum"), self)
        self.outcome = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        _named(((self.lawyer, self.tr("Advocaat")), (self.kind, self.tr("Soort procedure")),
                (self.outcome, self.tr("Uitkomst")), (self.note, self.tr("Notitie"))))
        form = _form(self)
        form.addRow(self.message)
        form.addRow(self.tr("&Advocaat"), self.lawyer)
        form.addRow(self.tr("&Soort procedure"), self.kind)
        form.addRow(self.tr("&Gestart op"), self.started_on)
        form.addRow(self.tr("&Volgende datum"), self.next_date)
        form.addRow(self.tr("&Uitkomst"), self.outcome)
        form.addRow(self.tr("&Notitie"), self.note)
        form.addRow(_buttons(self, self.tr("Opslaan")))
        self.next_date.set_value(None)
        if action is not None:
            self.lawyer.setText(action.lawyer)
            self.kind.setCurrentIndex(self.kind.findData(action.kind.value))
            self.started_on.set_value(action.started_on)
            self.next_date.set_value(action.next_date)
            self.outcome.setText(action.outcome)
            self.note.setPlainText(action.note)
        else:
            self.started_on.set_value(today())
        self.resize(560, 0)

    def accept(self) -> None:
        started, following = self.started_on.value(), self.next_date.value()
        if started and following and following < started:
            self.message.show_message("error", self.tr("De volgende datum ligt vóór de start."))
            self.fit()
            return
        super().accept()

    def action(self) -> LegalAction:
        return LegalAction(
            case_id=self.case.id or 0, kind=LegalKind(self.kind.currentData()), lawyer=self.lawyer.text().strip(),
            started_on=self.started_on.value(), next_date=self.next_date.value(),
            outcome=self.outcome.text().strip(), note=self.note.toPlainText().strip(),
            id=self.existing.id if self.existing else None,
        )


# Conflict van plichten ---------------------------------------------------------------------------
class OverrideDialog(_Dialog):
    """Going on without consent: only with a written reason of at least MIN_JUSTIFICATION characters."""

    def __init__(self, step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Doorgaan zonder toestemming (conflict van plichten)"))
        explanation = QLabel(self.tr(
            "U gaat door met „{step}” zonder toestemming van de medewerker. Dat kan alleen bij een conflict van "
            "plichten: als het belang van de medewerker of van anderen zwaarder weegt dan de afspraak dat u niets "
            "zonder toestemming doet.\n\nSchrijf op waarom. De toelichting wordt volledig bewaard bij het dossier "
            "en vastgelegd in het logboek van de kluis, zodat ze achteraf niet ongemerkt kan worden gewijzigd. "
            "Bespreek de stap zo snel mogelijk met de medewerker.").format(step=step), self)
        explanation.setWordWrap(True)
        self.message = InlineMessage(self)
        self.justification = QPlainTextEdit(self)
        self.justification.setTabChangesFocus(True)
        self.justification.setPlaceholderText(self.tr("Waarom is doorgaan zonder toestemming nodig?"))
        self.justification.setAccessibleName(self.tr("Toelichting conflict van plichten"))
        self.counter = QLabel(self)
        self.counter.setAccessibleName(self.tr("Aantal tekens"))
        buttons = _buttons(self, self.tr("Vastleggen en doorgaan"))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.message)
        label = QLabel(self.tr("&Toelichting"), self)
        label.setBuddy(self.justification)
        layout.addWidget(label)
        layout.addWidget(self.justification, 1)
        layout.addWidget(self.counter)
        layout.addWidget(buttons)
        self.justification.textChanged.connect(self._count)
        self._count()
        self.resize(600, 420)

    def text(self) -> str:
        return self.justification.toPlainText().strip()

    @Slot()
    def _count(self) -> None:
        n = len(self.text())
        if n < MIN_JUSTIFICATION:
            self.counter.setText(self.tr("{n} tekens; nog minstens {more} nodig.").format(
                n=n, more=MIN_JUSTIFICATION - n))
        else:
            self.counter.setText(self.tr("{n} tekens.").format(n=n))

    def accept(self) -> None:
        if len(self.text()) < MIN_JUSTIFICATION:
            self.message.show_message("error", self.tr(
                "De toelichting is te kort: schrijf in minstens {min} tekens waarom u zonder toestemming "
                "doorgaat.").format(min=MIN_JUSTIFICATION))
            self.fit()
            self.justification.setFocus()
            return
        super().accept()


__all__ = ["LegalActionDialog", "NoticeDialog", "OverrideDialog", "PlatformReportDialog", "PoliceReportDialog",
           "already_reported", "appeal_text", "hint_text", "klacht_offences", "long_date"]
