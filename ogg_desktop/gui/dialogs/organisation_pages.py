"""The Contactpersonen and Standaarden pages of the organisation profile (dialogs/organisation.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.deadlines import AftercareSchedule, add_months
from ogg_desktop.domain.organisation import MAX_RETENTION_MONTHS, Contact, ContactRole
from ogg_desktop.gui.dialogs.schedule import ScheduleDialog
from ogg_desktop.gui.widgets import to_qdate


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class ContactGroup(QGroupBox):
    """One role's contact: name, function, phone and e-mail. The title's Alt+letter moves to the name."""

    def __init__(self, title: str, role_name: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.name = QLineEdit(self)
        self.function = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        form = QFormLayout(self)
        if hint:
            form.addRow(_hint(hint, self))
        for edit, label in ((self.name, self.tr("Naam")), (self.function, self.tr("Functie")),
                            (self.phone, self.tr("Telefoon")), (self.email, self.tr("E-mail"))):
            edit.setAccessibleName(f"{label} – {role_name}")
            form.addRow(label, edit)

    def edits(self) -> tuple[QLineEdit, QLineEdit, QLineEdit, QLineEdit]:
        return self.name, self.function, self.phone, self.email

    def set_contact(self, contact: Contact) -> None:
        for edit, value in zip(self.edits(), (contact.name, contact.role, contact.phone, contact.email), strict=True):
            edit.setText(value)

    def contact(self) -> Contact:
        name, function, phone, email = (edit.text().strip() for edit in self.edits())
        return Contact(name=name, role=function, phone=phone, email=email)


class ContactsPage(QWidget):
    """Who does what when an employee is targeted online: one group per role, two groups a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr(
            "Spreek vooraf af wie wat doet. De twee politiecontacten komen in de aangifte; HR, juridisch, nazorg "
            "en bedrijfsarts zijn voor uw eigen overzicht en staan in geen enkel rapport."), self)
        intro.setWordWrap(True)
        self.groups: dict[ContactRole, ContactGroup] = {
            ContactRole.POLICE: ContactGroup(
                self.tr("Politie: &vast aanspreekpunt"), self.tr("politie"),
                self.tr("Uw vaste contact bij de politie, bijvoorbeeld de wijkagent. Staat in elke aangifte."), self),
            ContactRole.PUBLIC_TASK: ContactGroup(
                self.tr("Politie: pu&blieke taak"), self.tr("politie, publieke taak"),
                self.tr("Alleen als er VPT/ELA-afspraken gelden voor medewerkers met een publieke taak (zoals zorg, "
                        "handhaving, openbaar vervoer). Staat in de aangifte als die om zo'n medewerker gaat."),
                self),
            ContactRole.HR: ContactGroup(self.tr("&HR"), self.tr("HR"), "", self),
            ContactRole.LEGAL: ContactGroup(self.tr("&Juridisch"), self.tr("juridisch"), "", self),
            ContactRole.AFTERCARE: ContactGroup(
                self.tr("Na&zorg"), self.tr("nazorg"),
                self.tr("Bijvoorbeeld het bedrijfsopvangteam of Slachtofferhulp."), self),
            ContactRole.COMPANY_DOCTOR: ContactGroup(self.tr("Bed&rijfsarts"), self.tr("bedrijfsarts"), "", self),
        }
        grid = QGridLayout()
        for index, group in enumerate(self.groups.values()):
            grid.addWidget(group, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)

    def edits(self) -> list[QLineEdit]:
        """Every field in reading order: row by row, each group's fields top to bottom."""
        return [edit for group in self.groups.values() for edit in group.edits()]

    def set_contacts(self, contacts: dict[str, Contact]) -> None:
        for role, group in self.groups.items():
            group.set_contact(contacts.get(role.value) or Contact())

    def contacts(self) -> dict[str, Contact]:
        """The roles with someone named (empty groups are left out)."""
        return {role.value: contact for role, group in self.groups.items()
                if not (contact := group.contact()).is_empty()}


def schedule_text(schedule: AftercareSchedule) -> str:
    """The aftercare schedule in one sentence."""
    if schedule.first_within_working_days:
        first = QCoreApplication.translate("StandardsPage", "eerste gesprek binnen {n} werkdagen").format(
            n=schedule.first_within_working_days)
    else:
        first = QCoreApplication.translate("StandardsPage", "eerste gesprek binnen {n} uur").format(
            n=schedule.first_within_hours)
    weeks = [str(w) for w in schedule.followup_weeks]
    joined = (QCoreApplication.translate("StandardsPage", "{first} en {last}").format(
        first=", ".join(weeks[:-1]), last=weeks[-1]) if len(weeks) > 1 else weeks[0])
    return QCoreApplication.translate(
        "StandardsPage", "Nu: {first}; vervolg na {weeks} weken (uiterlijk na {latest} weken); afgewezen aanbod "
        "opnieuw na {reoffer} weken.").format(first=first, weeks=joined, latest=schedule.last_followup_latest_weeks,
                                               reoffer=schedule.reoffer_after_weeks)


class StandardsPage(QWidget):
    """The organisation's defaults: the retention period of a closed case and the aftercare schedule."""

    def __init__(self, schedule: AftercareSchedule | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded_schedule = schedule
        self.schedule = schedule  # the schedule as it will be saved (changed in its own dialog)

        retention_box = QGroupBox(self.tr("Bewaartermijn"), self)
        retention_hint = _hint(self.tr(
            "Er is geen wettelijke bewaartermijn: bewaar alleen zo lang als nodig. Gangbaar is vernietigen zodra het "
            "dossier is afgesloten en meegeteld in het jaarverslag. Sluit u een dossier zonder bewaartermijn af, "
            "dan krijgt het deze termijn vanaf de sluitdatum; per dossier kunt u die daarna aanpassen."),
            retention_box)
        self.retention = QSpinBox(retention_box)
        self.retention.setRange(1, MAX_RETENTION_MONTHS)
        self.retention.setSuffix(self.tr(" maanden"))
        self.retention.setAccessibleName(self.tr("Bewaartermijn na afsluiten, in maanden"))
        self.retention_example = QLabel(retention_box)
        self.retention_example.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.retention)
        row.addWidget(self.retention_example, 1)
        form = QFormLayout(retention_box)
        form.addRow(retention_hint)
        form.addRow(self.tr("Be&waartermijn na afsluiten"), row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.retention)
        self.retention.valueChanged.connect(self._show_example)

        self.schedule_box = QGroupBox(self.tr("Nazorgschema"), self)
        self.schedule_summary = QLabel(self.schedule_box)
        self.schedule_summary.setWordWrap(True)
        self.schedule_button = QPushButton(self.tr("Nazorgschema wijzigen…"), self.schedule_box)
        self.schedule_button.setAccessibleDescription(self.tr(
            "Wanneer het eerste nazorggesprek en de vervolggesprekken gepland worden"))
        self.schedule_button.clicked.connect(self._edit_schedule)
        schedule_layout = QVBoxLayout(self.schedule_box)
        schedule_layout.addWidget(_hint(self.tr("Geldt voor nazorgtrajecten die u vanaf nu start."),
                                        self.schedule_box))
        schedule_layout.addWidget(self.schedule_summary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.schedule_button)
        buttons.addStretch(1)
        schedule_layout.addLayout(buttons)
        self.schedule_box.setVisible(schedule is not None)

        layout = QVBoxLayout(self)
        layout.addWidget(retention_box)
        layout.addWidget(self.schedule_box)
        layout.addStretch(1)
        self._show_schedule()

    def set_retention(self, months: int) -> None:
        self.retention.setValue(months)
        self._show_example()

    @Slot()
    def _show_example(self) -> None:
        today = now_utc().astimezone().date()
        until = add_months(today, self.retention.value())
        self.retention_example.setText(self.tr("Afgesloten op {today}: bewaard tot {until}.").format(
            today=_long(today), until=_long(until)))

    def _show_schedule(self) -> None:
        if self.schedule is None:
            return
        text = schedule_text(self.schedule)
        if self.schedule != self.loaded_schedule:
            text += " " + self.tr("(Gewijzigd: wordt opgeslagen met Opslaan.)")
        self.schedule_summary.setText(text)

    @Slot()
    def _edit_schedule(self) -> None:
        assert self.schedule is not None
        dialog = ScheduleDialog(self.schedule, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_schedule is not None:
            self.schedule = dialog.result_schedule
            self._show_schedule()


def _long(day: date) -> str:
    return QLocale().toString(to_qdate(day), "d MMMM yyyy")
