"""Choose what goes into a report before it is built: language, recipient, and per kind the
pseudonym (police), the items the employee approved for HR, or the platform report (notice)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import CaptureMethod, EvidenceItem, chronological_key
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import report_kind_label
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.services.notice import Notifier
from ogg_desktop.services.reports import newest_redacted
from ogg_desktop.services.session import Session


class ExportDialog(QDialog):
    def __init__(self, session: Session, case: Case, kind: ReportKind, language: str = "nl",
                 platform_report_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case, self.kind = session, case, kind
        self.setWindowTitle(report_kind_label(kind.value))
        intro = QLabel(self._intro(), self)
        intro.setWordWrap(True)
        self.message = InlineMessage(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Nederlands"), "nl")
        self.language.addItem(self.tr("Engels"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(self.tr("Taal van het rapport"))
        self.recipient = QLineEdit(self)
        self.recipient.setAccessibleName(self.tr("Ontvanger"))
        self.recipient.setPlaceholderText({
            ReportKind.POLICE: self.tr("bijvoorbeeld: Politie Midden-Nederland, bureau Utrecht"),
            ReportKind.HR: self.tr("bijvoorbeeld: HR, naam van de HR-adviseur"),
            ReportKind.EMPLOYEE: self.tr("de medewerker"),
            ReportKind.NOTICE: self.tr("bijvoorbeeld: het meldformulier van het platform"),
        }[kind])
        if kind == ReportKind.EMPLOYEE:
            self.recipient.setText(self.tr("de medewerker"))
        language_label = QLabel(self.tr("&Taal"), self)
        language_label.setBuddy(self.language)
        recipient_label = QLabel(self.tr("&Ontvanger"), self)
        recipient_label.setBuddy(self.recipient)
        form.addRow(language_label, self.language)
        form.addRow(recipient_label, self.recipient)
        self.pseudonym = QCheckBox(self.tr("Medewerker met &pseudoniem vermelden, niet met naam"), self)
        self.pseudonym.setAccessibleName(self.tr("Pseudoniem gebruiken"))
        self.platform = QComboBox(self)
        self.platform.setAccessibleName(self.tr("Melding bij het platform"))
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Bewijsstukken voor HR"))
        self.items.setWordWrap(True)
        self.items.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addLayout(form)
        if kind == ReportKind.POLICE:
            self._police_options(layout)
        elif kind == ReportKind.HR:
            self._hr_options(layout)
        elif kind == ReportKind.NOTICE:
            self._notice_options(form, platform_report_id)
        for unused in (self.pseudonym, self.platform, self.items):
            if unused.parentWidget() is self and layout.indexOf(unused) < 0 and form.indexOf(unused) < 0:
                unused.hide()
        if kind != ReportKind.HR:
            layout.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.tr("PDF &maken…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, 520 if kind == ReportKind.HR else 300)

    def _intro(self) -> str:
        return {
            ReportKind.POLICE: self.tr(
                "De bijlage die de organisatie meeneemt naar de afspraak voor de aangifte: de organisatie als "
                "melder met haar adres als domicilie, alle bewijsstukken op volgorde met de originele bestanden "
                "in de PDF, de hashwaarden, een verklaring van vastlegging en zo nodig de volmacht."),
            ReportKind.HR: self.tr(
                "HR krijgt alleen wat de medewerker heeft goedgekeurd. Notities die alleen voor u zijn, gaan nooit "
                "mee. Is er een afgeschermde kopie van een bewijsstuk, dan ziet HR die kopie; het origineel blijft "
                "in de kluis."),
            ReportKind.EMPLOYEE: self.tr(
                "Een exemplaar voor de medewerker zelf, in gewone taal: het dossier, wat er is gedaan en wat er nog "
                "komt. Notities die alleen voor u zijn, gaan niet mee."),
            ReportKind.NOTICE: self.tr(
                "De melding volgens artikel 16 van de Digital Services Act als PDF, met de gemelde bewijsstukken."),
        }[self.kind]

    def _police_options(self, layout: QVBoxLayout) -> None:
        employee = self.case.employee
        self.pseudonym.setChecked(bool(employee.pseudonym))
        self.pseudonym.setEnabled(bool(employee.pseudonym) and bool(employee.name))
        layout.addWidget(self.pseudonym)
        if not employee.pseudonym:
            note = QLabel(self.tr("Dit dossier heeft geen pseudoniem; het rapport noemt de naam."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        missing = self.session.organisation.get().missing_for_police()
        if missing:
            self.message.show_message("warning", self.tr(
                "Het organisatieprofiel is niet compleet (naam, adres of contactpersoon). Vul het in via "
                "Organisatie → Gegevens en contactpersonen…; anders staat er „niet ingevuld” in het rapport."))

    def _hr_options(self, layout: QVBoxLayout) -> None:
        label = QLabel(self.tr("&Bewijsstukken die de medewerker heeft goedgekeurd voor HR:"), self)
        label.setBuddy(self.items)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.items, 1)
        all_items = self.session.evidence.for_case(self.case)
        originals = sorted((i for i in all_items if i.method != CaptureMethod.DERIVED), key=chronological_key)
        for item in originals:
            entry = QListWidgetItem(self._item_text(item, all_items), self.items)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
        if not originals:
            self.message.show_message("info", self.tr("Dit dossier heeft nog geen bewijsstukken."))

    def _item_text(self, item: EvidenceItem, all_items: list[EvidenceItem]) -> str:
        title = item.title or self.tr("zonder titel")
        text = f"{item.platform or '—'} · {title}\n"
        if newest_redacted(item, all_items) is not None:
            return text + self.tr("HR ziet de afgeschermde kopie.")
        return text + self.tr("Geen afgeschermde kopie: HR ziet het origineel.")

    def _notice_options(self, form: QFormLayout, selected: int | None) -> None:
        for report in self.session.workflow.platform_reports(self.case):
            when = formats.long_date(report.filed_on) if report.filed_on else self.tr("nog niet gemeld")
            self.platform.addItem(f"{report.platform} · {when}", report.id)
        if selected is not None:
            self.platform.setCurrentIndex(max(0, self.platform.findData(selected)))
        label = QLabel(self.tr("Melding bij het &platform"), self)
        label.setBuddy(self.platform)
        form.addRow(label, self.platform)
        saved = self.session.reports.notifier()
        self.notifier_name = QLineEdit(saved.name, self)
        self.notifier_name.setAccessibleName(self.tr("Naam van de melder"))
        self.notifier_email = QLineEdit(saved.email, self)
        self.notifier_email.setAccessibleName(self.tr("E-mailadres van de melder"))
        name_label = QLabel(self.tr("&Naam van de melder"), self)
        name_label.setBuddy(self.notifier_name)
        email_label = QLabel(self.tr("&E-mail van de melder"), self)
        email_label.setBuddy(self.notifier_email)
        form.addRow(name_label, self.notifier_name)
        form.addRow(email_label, self.notifier_email)

    def checked_items(self) -> list[int]:
        out = []
        for row in range(self.items.count()):
            entry = self.items.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                out.append(int(entry.data(Qt.ItemDataRole.UserRole)))
        return out

    def options(self) -> ReportOptions:
        options = ReportOptions(language=str(self.language.currentData()), recipient=self.recipient.text().strip())
        if self.kind == ReportKind.POLICE:
            options.use_pseudonym = self.pseudonym.isChecked() or not self.case.employee.name
        if self.kind == ReportKind.HR:
            options.item_ids = self.checked_items()
        if self.kind == ReportKind.NOTICE:
            data = self.platform.currentData()
            options.platform_report_id = int(data) if data is not None else None
        return options

    @Slot()
    def accept(self) -> None:
        if self.kind == ReportKind.NOTICE:
            if self.platform.currentData() is None:
                self.message.show_message("error", self.tr("Dit dossier heeft nog geen melding bij een platform."))
                return
            notifier = Notifier(self.notifier_name.text().strip(), self.notifier_email.text().strip())
            if not notifier.name or "@" not in notifier.email:
                self.message.show_message("error", self.tr(
                    "Een geldige melding noemt de naam en het e-mailadres van de melder (artikel 16 DSA)."))
                return
            self.session.reports.set_notifier(notifier)
        if self.kind != ReportKind.EMPLOYEE and not self.recipient.text().strip():
            self.message.show_message("error", self.tr(
                "Vul in wie het rapport krijgt: dat komt in het overzicht „gedeeld met”."))
            self.recipient.setFocus()
            return
        super().accept()
