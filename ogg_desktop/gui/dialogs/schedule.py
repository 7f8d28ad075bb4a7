"""The organisation's aftercare schedule: when the first talk and the follow-ups are due."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ogg_desktop.domain.deadlines import AftercareSchedule
from ogg_desktop.gui.widgets import InlineMessage


class ScheduleDialog(QDialog):
    def __init__(self, schedule: AftercareSchedule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nazorgschema van de organisatie"))
        self.result_schedule: AftercareSchedule | None = None
        intro = QLabel(self.tr("Geldt voor nieuwe nazorgtrajecten. Gangbaar: eerste gesprek binnen 72 uur (in "
                               "sommige sectoren 2 werkdagen), vervolg na 2 weken en na 6–8 weken."), self)
        intro.setWordWrap(True)
        self.by_hours = QRadioButton(self.tr("binnen"), self)
        self.hours = QSpinBox(self)
        self.hours.setRange(1, 240)
        self.hours.setSuffix(self.tr(" uur"))
        self.by_days = QRadioButton(self.tr("binnen"), self)
        self.days = QSpinBox(self)
        self.days.setRange(1, 20)
        self.days.setSuffix(self.tr(" werkdagen"))
        group = QButtonGroup(self)
        group.addButton(self.by_hours)
        group.addButton(self.by_days)
        self.followups = QLineEdit(self)
        self.followups.setPlaceholderText("2, 6")
        self.latest = QSpinBox(self)
        self.latest.setRange(1, 52)
        self.latest.setSuffix(self.tr(" weken"))
        self.reoffer = QSpinBox(self)
        self.reoffer.setRange(1, 26)
        self.reoffer.setSuffix(self.tr(" weken"))
        self.message = InlineMessage(self)
        for w, n in ((self.hours, self.tr("Eerste gesprek binnen uren")),
                     (self.days, self.tr("Eerste gesprek binnen werkdagen")),
                     (self.followups, self.tr("Vervolggesprekken na weken")),
                     (self.latest, self.tr("Laatste vervolg uiterlijk na weken")),
                     (self.reoffer, self.tr("Afgewezen aanbod opnieuw na weken"))):
            w.setAccessibleName(n)
        first = QWidget(self)
        row = QHBoxLayout(first)
        row.setContentsMargins(0, 0, 0, 0)
        for part in (self.by_hours, self.hours, self.by_days, self.days):
            row.addWidget(part)
        row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.message)
        form.addRow(self.tr("Eerste gesprek"), first)
        form.addRow(self.tr("Vervolg na (weken, met komma's)"), self.followups)
        form.addRow(self.tr("Laatste vervolg uiterlijk na"), self.latest)
        form.addRow(self.tr("Afgewezen aanbod opnieuw na"), self.reoffer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.hours.setValue(schedule.first_within_hours)
        self.days.setValue(schedule.first_within_working_days or 2)
        (self.by_days if schedule.first_within_working_days else self.by_hours).setChecked(True)
        self.followups.setText(", ".join(str(w) for w in schedule.followup_weeks))
        self.latest.setValue(schedule.last_followup_latest_weeks)
        self.reoffer.setValue(schedule.reoffer_after_weeks)
        self.setMinimumWidth(520)

    def _save(self) -> None:
        try:
            weeks = tuple(sorted({int(p) for p in self.followups.text().replace(";", ",").split(",") if p.strip()}))
        except ValueError:
            weeks = ()
        if not weeks or weeks[0] < 1:
            self.message.show_message("error", self.tr("Vul de weken in als getallen, bijvoorbeeld: 2, 6"))
            return
        if self.latest.value() < weeks[-1]:
            self.message.show_message("error", self.tr("‘Uiterlijk’ ligt vóór het laatste vervolggesprek."))
            return
        self.result_schedule = AftercareSchedule(
            first_within_hours=self.hours.value(),
            first_within_working_days=self.days.value() if self.by_days.isChecked() else None,
            followup_weeks=weeks, last_followup_latest_weeks=self.latest.value(),
            reoffer_after_weeks=self.reoffer.value())
        self.accept()
