"""Small widgets shared by several screens."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.gui.messages import input_problem_text, strength_label
from ogg_desktop.gui.theme import set_tone, strength_colour


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class InlineMessage(QLabel):
    """A message inside the dialog (not a pop-up). The kind is said in words, not only in colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Melding"))
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        prefix = {
            "error": self.tr("Fout: "), "warning": self.tr("Let op: "), "info": "", "success": self.tr("Gelukt: "),
        }[kind]
        set_tone(self, kind, "QLabel", "border-radius:4px; padding:8px;")
        self.setText(prefix + text)
        self.setAccessibleDescription(prefix + text)
        self.show()
        self._fit_window()
        QTimer.singleShot(0, self, self._fit_window)  # once more when the layout has settled (not if deleted)

    @Slot()
    def _fit_window(self) -> None:
        """A window already on screen does not grow by itself when a message appears in it: make it
        tall enough for the whole message (its last words are often the advice)."""
        window = self.window()
        if window is self or not window.isVisible() or not self.isVisible():
            return
        layout = window.layout()
        if layout is not None:
            layout.activate()
        missing = self.heightForWidth(self.width()) - self.height()
        if missing > 0:
            window.resize(window.width(), window.height() + missing)

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class PassphraseEdit(QWidget):
    """A password field with a show/hide toggle."""

    textChanged = Signal(str)
    returnPressed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None, description: str = "") -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        # read by a screen reader after the name: what the field is for, and that the typing is hidden
        self.edit.setAccessibleDescription(description or self.tr(
            "Wat u typt blijft verborgen; met de knop Toon ziet u het wel."))
        self.edit.setMinimumWidth(320)
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Toon"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Wachtwoord tonen"))
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.returnPressed.connect(self.returnPressed)

    @Slot(bool)
    def _toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Verberg") if shown else self.tr("Toon"))

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()


class StrengthMeter(QWidget):
    """Strength of a new passphrase, as a bar and in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Sterkte van het wachtwoord"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.acceptable = False
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        from ogg_desktop.domain.passphrase import assess  # zxcvbn's word lists load when first needed

        strength = assess(passphrase)
        self.acceptable = strength.acceptable
        self.bar.setValue(strength.score if passphrase else 0)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {strength_colour(strength.score)}; }}")
        if not passphrase:
            text = self.tr("Kies een wachtwoord van minstens 10 tekens, bijvoorbeeld een paar losse woorden.")
        elif strength.acceptable:
            text = self.tr("Sterkte: {label}. Goed.").format(label=strength_label(strength.score))
        else:
            text = self.tr("Sterkte: {label}. {advice}").format(
                label=strength_label(strength.score), advice=input_problem_text(strength.problem))
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)


class OptionalDateEdit(QWidget):
    """A date that may be absent: a check box turns the date on or off."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox, QDateEdit

        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setAccessibleName(self.tr("{name} invullen").format(name=accessible_name))
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        self.edit.setAccessibleName(accessible_name)
        self.edit.setEnabled(False)
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setSpecialValueText(self.tr("geen datum"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self._toggled)
        self.edit.editingFinished.connect(self.changed)
        self.setFocusProxy(self.check)

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on and self.edit.date() == self.edit.minimumDate():
            self.edit.setDate(QDate.currentDate())
        if not on:
            self.edit.setDate(self.edit.minimumDate())
        self.changed.emit()

    def value(self) -> date | None:
        return to_date(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        blocked = self.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.setDate(to_qdate(value) if value else self.edit.minimumDate())
        self.edit.setEnabled(value is not None)
        self.blockSignals(blocked)


def read_only_table(parent: QWidget, headers: list[str], name: str, table: QTableWidget | None = None) -> QTableWidget:
    """A list shown as a table: whole rows selected, one at a time, not editable in place; Tab leaves it."""
    table = table if table is not None else QTableWidget(0, len(headers), parent)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table

