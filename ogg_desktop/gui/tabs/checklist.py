"""The seven steps, each with its state, date, who and a note."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.checklist import STEPS, ChecklistEntry, Step, StepState
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.gui.labels import step_hint, step_label, step_state_label
from ogg_desktop.gui.messages import invalid_input_text
from ogg_desktop.gui.widgets import InlineMessage, OptionalDateEdit
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.session import Session


class StepRow:
    def __init__(self, step: Step, parent: QWidget) -> None:
        self.step = step
        name = step_label(step)
        self.title = QLabel(f"<b>{STEPS.index(step) + 1}. {name}</b>", parent)
        self.hint = QLabel(step_hint(step), parent)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.state = QComboBox(parent)
        for state in StepState:
            self.state.addItem(step_state_label(state), state.value)
        self.date = OptionalDateEdit(QCoreApplication.translate("ChecklistTab", "Datum"), parent)
        self.who = QLineEdit(parent)
        self.who.setPlaceholderText(QCoreApplication.translate("ChecklistTab", "wie"))
        self.note = QLineEdit(parent)
        self.note.setPlaceholderText(QCoreApplication.translate("ChecklistTab", "notitie"))
        for w, n in (
            (self.state, QCoreApplication.translate("ChecklistTab", "Stand van stap {name}")),
            (self.who, QCoreApplication.translate("ChecklistTab", "Wie bij stap {name}")),
            (self.note, QCoreApplication.translate("ChecklistTab", "Notitie bij stap {name}")),
        ):
            w.setAccessibleName(n.format(name=name))
        self.date.edit.setAccessibleName(
            QCoreApplication.translate("ChecklistTab", "Datum van stap {name}").format(name=name)
        )

    def entry(self) -> ChecklistEntry:
        return ChecklistEntry(
            self.step,
            StepState(self.state.currentData()),
            self.date.value(),
            self.who.text().strip(),
            self.note.text().strip(),
        )

    def show(self, entry: ChecklistEntry) -> None:
        for w in (self.state, self.who, self.note, self.date):
            w.blockSignals(True)
        self.state.setCurrentIndex(self.state.findData(entry.state.value))
        self.date.set_value(entry.done_on)
        self.who.setText(entry.who)
        self.note.setText(entry.note)
        for w in (self.state, self.who, self.note, self.date):
            w.blockSignals(False)


class ChecklistTab(QWidget):
    caseChanged = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.message = InlineMessage(self)
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(4, 3)
        for c, text in enumerate(
            (self.tr("Stap"), self.tr("Stand"), self.tr("Datum"), self.tr("Wie"), self.tr("Notitie"))
        ):
            grid.addWidget(QLabel(f"<i>{text}</i>", inner), 0, c)
        self.rows: list[StepRow] = []
        for i, step in enumerate(STEPS):
            row = StepRow(step, inner)
            base = 1 + i * 2
            grid.addWidget(row.title, base, 0)
            grid.addWidget(row.state, base, 1)
            grid.addWidget(row.date, base, 2)
            grid.addWidget(row.who, base, 3)
            grid.addWidget(row.note, base, 4)
            grid.addWidget(row.hint, base + 1, 0, 1, 5)
            row.state.currentIndexChanged.connect(partial(self._state_changed, row))
            row.date.changed.connect(partial(self._save, row))
            row.who.editingFinished.connect(partial(self._save, row))
            row.note.editingFinished.connect(partial(self._save, row))
            self.rows.append(row)
        grid.setRowStretch(len(STEPS) * 2 + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the area follows the focus
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(scroll)

    def load(self, case: Case) -> None:
        self.case = case
        self.message.clear_message()
        for row, entry in zip(self.rows, self.session.checklist.for_case(case), strict=True):
            row.show(entry)

    def clear(self) -> None:
        self.case = None
        for row in self.rows:
            row.show(ChecklistEntry(row.step))

    def _state_changed(self, row: StepRow, *_signal_args: object) -> None:
        if row.entry().state == StepState.DONE and row.date.value() is None:
            row.date.set_value(now_utc().astimezone().date())  # done today, unless the user says otherwise
        self._save(row)

    def _save(self, row: StepRow, *_signal_args: object) -> None:
        if self.case is None:
            return
        try:
            self.session.checklist.save(self.case, row.entry())
        except InvalidInputError as exc:
            self.message.show_message("error", invalid_input_text(exc))
            return
        self.message.clear_message()
        assert self.case.id is not None
        self.caseChanged.emit(self.case.id)
