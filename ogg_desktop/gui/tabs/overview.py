"""Overview: the case's own fields, the employee, and the employee's consents."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.case import (
    Case,
    CaseCategory,
    CaseOrigin,
    CaseOutcome,
    CaseSetting,
    CaseStatus,
    Consent,
    ConsentScope,
    LegalBasis,
)
from ogg_desktop.domain.checklist import progress
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.gui import formats
from ogg_desktop.gui.classification import (
    category_labels,
    origin_labels,
    outcome_labels,
    setting_labels,
    undetermined,
)
from ogg_desktop.gui.labels import consent_label, legal_basis_label, status_label
from ogg_desktop.gui.messages import invalid_input_text
from ogg_desktop.gui.widgets import InlineMessage, OptionalDateEdit, to_date, to_qdate
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.session import Session


class OverviewTab(QWidget):
    caseChanged = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self._loading = False

        self.title = QLineEdit(self)
        self.status = QComboBox(self)
        for status in CaseStatus:
            self.status.addItem(status_label(status), status.value)
        self.opened_on = QDateEdit(self)
        self.opened_on.setCalendarPopup(True)
        self.opened_on.setDisplayFormat("d MMMM yyyy")
        self.retention = OptionalDateEdit(self.tr("Bewaren tot"), self)
        self.legal_basis = QComboBox(self)
        for basis in LegalBasis:
            self.legal_basis.addItem(legal_basis_label(basis), basis.value)
        self.summary = QPlainTextEdit(self)
        self.summary.setPlaceholderText(self.tr("Wat is er gebeurd, in een paar zinnen. Houd informatie over "
                                                "derden zo beperkt mogelijk."))
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(110)
        self.pseudonym = QLineEdit(self)
        self.name = QLineEdit(self)
        self.work_address = QLineEdit(self)
        self.home_toggle = QCheckBox(self.tr("Privéadres vastleggen"), self)
        self.home_toggle.setToolTip(self.tr("Alleen als de medewerker dat uitdrukkelijk wil. Een aangifte gaat op "
                                            "het adres van de organisatie: het politiedossier is zichtbaar voor "
                                            "de verdachte."))
        self.home_address = QLineEdit(self)
        self.home_address.setVisible(False)
        self.progress = QLabel(self)
        self.message = InlineMessage(self)
        self.saved = QLabel(self)
        self.saved.setAccessibleName(self.tr("Opslagstatus"))

        for widget, name in ((self.title, self.tr("Titel")), (self.status, self.tr("Status")),
                             (self.opened_on, self.tr("Geopend op")), (self.legal_basis, self.tr("Grondslag")),
                             (self.summary, self.tr("Samenvatting")), (self.pseudonym, self.tr("Pseudoniem")),
                             (self.name, self.tr("Naam")), (self.work_address, self.tr("Werkadres")),
                             (self.home_address, self.tr("Privéadres"))):
            widget.setAccessibleName(name)

        case_box = QGroupBox(self.tr("Dossier"), self)
        form = QFormLayout(case_box)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Geopend op"), self.opened_on)
        form.addRow(self.tr("&Bewaren tot"), self.retention)
        form.addRow(self.tr("G&rondslag"), self.legal_basis)
        form.addRow(self.tr("Sa&menvatting"), self.summary)
        form.addRow(self.tr("Stappenplan"), self.progress)
        employee_box = QGroupBox(self.tr("Medewerker"), self)
        eform = QFormLayout(employee_box)
        eform.addRow(self.tr("&Pseudoniem"), self.pseudonym)
        eform.addRow(self.tr("&Naam"), self.name)
        eform.addRow(self.tr("&Werkadres"), self.work_address)
        eform.addRow("", self.home_toggle)
        eform.addRow(self.tr("Privé&adres"), self.home_address)
        self._home_label = eform.labelForField(self.home_address)
        if self._home_label is not None:
            self._home_label.setVisible(False)

        # The classification for the anonymised annual report: only counted, never shown with a name.
        self.category, self.setting, self.origin, self.outcome = (QComboBox(self) for _ in range(4))
        for box, labels in ((self.category, category_labels()), (self.setting, setting_labels()),
                            (self.origin, origin_labels()), (self.outcome, outcome_labels())):
            box.addItem(undetermined(), "")
            for value, label in labels.items():
                box.addItem(label, str(value))
            box.currentIndexChanged.connect(self._save)
        for box, name in ((self.category, self.tr("Soort gedrag")), (self.setting, self.tr("Online of offline")),
                          (self.origin, self.tr("Van wie het uitging")), (self.outcome, self.tr("Afloop"))):
            box.setAccessibleName(name)
        self.outcome.setToolTip(self.tr("Meldingen bij platforms, verwijderingen, aangiftes en juridische stappen "
                                        "telt het jaarverslag zelf uit de tab Meldingen."))
        class_box = QGroupBox(self.tr("Indeling voor het jaarverslag"), self)
        cform = QFormLayout(class_box)
        cform.addRow(self.tr("Soort g&edrag"), self.category)
        cform.addRow(self.tr("Online of offline"), self.setting)
        cform.addRow(self.tr("Van wie het &uitging"), self.origin)
        cform.addRow(self.tr("A&floop"), self.outcome)

        consent_box = QGroupBox(self.tr("Toestemming van de medewerker"), self)
        self.consents = QListWidget(consent_box)
        self.consents.setAccessibleName(self.tr("Toestemmingen"))
        self.consents.setMaximumHeight(96)
        self.add_consent = QPushButton(self.tr("Toestemming &vastleggen…"), consent_box)
        self.withdraw = QPushButton(self.tr("&Intrekken"), consent_box)
        self.withdraw.setEnabled(False)
        cl = QVBoxLayout(consent_box)
        consent_hint = QLabel(self.tr("Melden bij het platform, aangifte, delen met HR en juridische stappen "
                                      "gebeuren alleen met toestemming van de medewerker."), consent_box)
        consent_hint.setWordWrap(True)
        cl.addWidget(consent_hint)
        cl.addWidget(self.consents)
        row = QHBoxLayout()
        row.addWidget(self.add_consent)
        row.addWidget(self.withdraw)
        row.addStretch(1)
        cl.addLayout(row)

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.message)
        layout.addWidget(case_box)
        layout.addWidget(employee_box)
        layout.addWidget(class_box)
        layout.addWidget(consent_box)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the area follows the focus
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for line in (self.title, self.pseudonym, self.name, self.work_address, self.home_address):
            line.editingFinished.connect(self._save)
        self.opened_on.editingFinished.connect(self._save)
        self.status.currentIndexChanged.connect(self._save)
        self.legal_basis.currentIndexChanged.connect(self._save)
        self.retention.changed.connect(self._save)
        self.summary.textChanged.connect(self._summary_edited)
        self.home_toggle.toggled.connect(self._toggle_home)
        self.add_consent.clicked.connect(self._add_consent)
        self.withdraw.clicked.connect(self._withdraw)
        self.consents.currentRowChanged.connect(self._consent_selected)
        self._summary_dirty = False

    # Loading --------------------------------------------------------------------------------
    def load(self, case: Case) -> None:
        self._loading = True
        try:
            self.case = case
            self.title.setText(case.title)
            self.status.setCurrentIndex(self.status.findData(case.status.value))
            self.opened_on.setDate(to_qdate(case.opened_on))
            self.retention.set_value(case.retention_until)
            self.legal_basis.setCurrentIndex(self.legal_basis.findData(case.legal_basis.value))
            for box, value in ((self.category, case.category), (self.setting, case.setting),
                               (self.origin, case.origin), (self.outcome, case.outcome)):
                box.setCurrentIndex(max(0, box.findData(value.value)))
            self.summary.setPlainText(case.summary)
            self.pseudonym.setText(case.employee.pseudonym)
            self.name.setText(case.employee.name)
            self.work_address.setText(case.employee.work_address)
            self.home_address.setText(case.employee.home_address)
            self.home_toggle.setChecked(bool(case.employee.home_address))
            self._toggle_home(bool(case.employee.home_address))
            done, applicable = progress(self.session.checklist.for_case(case))
            self.progress.setText(self.tr("{done} van {total} stappen afgerond").format(done=done, total=applicable))
            self._load_consents()
            self.message.clear_message()
            self.saved.setText("")
            self._summary_dirty = False
        finally:
            self._loading = False

    def clear(self) -> None:
        self._loading = True
        self.case = None
        for line in (self.title, self.pseudonym, self.name, self.work_address, self.home_address):
            line.clear()
        self.summary.clear()
        self.consents.clear()
        self._loading = False

    def _load_consents(self) -> None:
        assert self.case is not None
        self.consents.clear()
        for consent in self.session.cases.consents(self.case):
            when = formats.long_date(consent.given_on)
            text = self.tr("{scope}: gegeven op {date} ({how})").format(
                scope=consent_label(consent.scope), date=when, how=consent.how or "—")
            if consent.withdrawn_on:
                text += self.tr(" — ingetrokken op {date}").format(date=formats.long_date(consent.withdrawn_on))
            item = QListWidgetItem(text, self.consents)
            item.setData(Qt.ItemDataRole.UserRole, consent)

    # Saving ---------------------------------------------------------------------------------
    @Slot()
    def _summary_edited(self) -> None:
        if not self._loading:
            self._summary_dirty = True

    def focusOutEvent(self, event: object) -> None:  # pragma: no cover - focus plumbing
        self.flush()

    def flush(self) -> None:
        """Save anything still being typed (called when the user leaves the tab or the case)."""
        if self._summary_dirty:
            self._save()

    @Slot()
    def _toggle_home(self, on: bool) -> None:
        self.home_address.setVisible(on)
        if self._home_label is not None:
            self._home_label.setVisible(on)
        if not on and self.home_address.text() and not self._loading:
            self.home_address.clear()
            self._save()

    @Slot()
    def _save(self) -> None:
        if self._loading or self.case is None:
            return
        case = self.case
        edited = Case(
            reference=case.reference, title=self.title.text().strip(), opened_on=to_date(self.opened_on.date()),
            status=CaseStatus(self.status.currentData()), closed_on=case.closed_on,
            retention_until=self.retention.value(), legal_basis=LegalBasis(self.legal_basis.currentData()),
            summary=self.summary.toPlainText(), id=case.id, updated_at=case.updated_at,
            category=CaseCategory(self.category.currentData()), setting=CaseSetting(self.setting.currentData()),
            origin=CaseOrigin(self.origin.currentData()), outcome=CaseOutcome(self.outcome.currentData()),
        )
        edited.employee.pseudonym = self.pseudonym.text().strip()
        edited.employee.name = self.name.text().strip()
        edited.employee.work_address = self.work_address.text().strip()
        edited.employee.home_address = self.home_address.text().strip() if self.home_toggle.isChecked() else ""
        try:
            changed = self.session.cases.update(edited)
        except InvalidInputError as exc:
            self.message.show_message("error", invalid_input_text(exc))
            return
        self.message.clear_message()
        self._summary_dirty = False
        if changed:
            self.case = edited
            if self.retention.value() != edited.retention_until:  # closing gave it the organisation's default
                self.retention.set_value(edited.retention_until)
            self.saved.setText(self.tr("Opgeslagen om {time}").format(
                time=formats.time_of_day(now_utc(), seconds=True)))
            assert edited.id is not None
            self.caseChanged.emit(edited.id)

    # Consents -------------------------------------------------------------------------------
    @Slot()
    def _add_consent(self) -> None:
        if self.case is None:
            return
        dialog = ConsentDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.cases.record_consent(self.case, dialog.scope(), dialog.given_on(), dialog.how())
            self._load_consents()
            assert self.case.id is not None
            self.caseChanged.emit(self.case.id)

    @Slot(int)
    def _consent_selected(self, row: int) -> None:
        item = self.consents.item(row) if row >= 0 else None
        consent = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.withdraw.setEnabled(isinstance(consent, Consent) and consent.active)

    @Slot()
    def _withdraw(self) -> None:
        item = self.consents.currentItem()
        if self.case is None or item is None:
            return
        consent = item.data(Qt.ItemDataRole.UserRole)
        self.session.cases.withdraw_consent(self.case, consent, now_utc().astimezone().date())
        self._load_consents()
        assert self.case.id is not None
        self.caseChanged.emit(self.case.id)


class ConsentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toestemming vastleggen"))
        self.scope_box = QComboBox(self)
        for scope in ConsentScope:
            self.scope_box.addItem(consent_label(scope), scope.value)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.how_edit = QLineEdit(self)
        self.how_edit.setPlaceholderText(self.tr("bijv. mondeling in gesprek, schriftelijk getekend"))
        for w, n in ((self.scope_box, self.tr("Waarvoor")), (self.date, self.tr("Datum")),
                     (self.how_edit, self.tr("Hoe gegeven"))):
            w.setAccessibleName(n)
        form = QFormLayout(self)
        form.addRow(self.tr("&Waarvoor"), self.scope_box)
        form.addRow(self.tr("&Datum"), self.date)
        form.addRow(self.tr("&Hoe gegeven"), self.how_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def scope(self) -> ConsentScope:
        return ConsentScope(self.scope_box.currentData())

    def given_on(self) -> date:
        return to_date(self.date.date())

    def how(self) -> str:
        return self.how_edit.text().strip()
