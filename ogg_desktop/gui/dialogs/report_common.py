"""What the dialogs of steps 4–6 share: dates in words, the platform hint, small form helpers and a
dialog that grows to fit its messages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.evidence import EvidenceItem
from ogg_desktop.domain.platform_hints import CONTEXT as HINT_CONTEXT
from ogg_desktop.domain.platform_hints import LABELS_CHANGE, hint_for
from ogg_desktop.gui import formats
from ogg_desktop.gui.screen_fit import available
from ogg_desktop.gui.theme import set_tone


def today() -> date:
    return now_utc().astimezone().date()


def long_date(day: date | None) -> str:
    """'26 november 2026' in the app's language; '—' for no date."""
    return formats.long_date(day) if day else "—"


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
