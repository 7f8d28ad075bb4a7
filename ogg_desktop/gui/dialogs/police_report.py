"""Step 5: a report to the police (aangifte, melding or informatief gesprek)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import EvidenceItem
from ogg_desktop.domain.offences import BY_CODE, label
from ogg_desktop.domain.workflow import FiledBy, PoliceReport, PoliceReportKind
from ogg_desktop.gui.dialogs.report_common import (
    _buttons,
    _columns,
    _Dialog,
    _form,
    _named,
    _note,
    _set_yes_no,
    _yes_no_box,
    today,
)
from ogg_desktop.gui.labels import filed_by_label, police_kind_label
from ogg_desktop.gui.widgets import InlineMessage, OptionalDateEdit


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
