"""What the Nazorg tab and its dialogs share: the date helpers, the overdue rule and small widget helpers."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QTableWidget, QWidget

from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.deadlines import NL_TZ
from ogg_desktop.domain.workflow import AftercareEntry, AftercareStatus
from ogg_desktop.gui import formats
from ogg_desktop.gui.widgets import read_only_table, to_qdate

NOTE_MAX = 200  # a short note: the file can be demanded, so little free text about anyone


def today() -> date:
    """The counsellor's calendar date."""
    return now_utc().astimezone().date()


def long_date(value: date) -> str:
    """A date in words in the app's language: '3 mei 2025'."""
    return formats.long_date(value)


def reported_moment(day: date) -> datetime:
    """The moment a report came in when only its date is known: midday, Dutch time."""
    return datetime.combine(day, time(12), tzinfo=NL_TZ)


def is_overdue(entry: AftercareEntry, on: date) -> bool:
    """Planned and past its last day (for the 6–8 week window: past the 8 weeks)."""
    return entry.status == AftercareStatus.PLANNED and (entry.latest_on or entry.due_on) < on


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    return read_only_table(parent, headers, name)


def _date_edit(parent: QWidget, name: str, value: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setDate(to_qdate(value))
    edit.setAccessibleName(name)
    return edit


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
