"""The small dialogs of review mode: "Klopt niet" (a correction in the employee's words), the
confirmation of a consent decision, and the counsellor's passphrase to leave review mode."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.review import CORRECTION_MAX_CHARS
from ogg_desktop.gui.screen_fit import screen_of
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.vault.errors import KeyFileDamagedError, KeyFileMissingError


@dataclass(frozen=True)
class Fact:
    """One fact as the review view shows it: what the employee can say is wrong."""

    field: str  # a code of domain.review.CORRECTION_FIELDS
    label: str  # "Letterlijke tekst"
    shown: str  # the text as shown


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class _TextDialog(QDialog):
    """A dialog of wrapped text: as tall as its text needs at the width it has (Qt sizes a new window by
    its size hint, which is too low once the text wraps at a narrower width)."""

    def fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        screen = screen_of(self).availableGeometry()
        width = max(self.minimumWidth(), min(self.width(), int(screen.width() * 0.9)))
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        self.resize(width, min(max(needed, self.height()), int(screen.height() * 0.9)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()


class CorrectionDialog(_TextDialog):
    """Which fact is wrong, and how it really is, in the employee's own words. Stores nothing itself."""

    def __init__(self, facts: list[Fact], font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(font)  # a dialog is its own window: it does not take the review window's large type
        self.setWindowTitle(self.tr("Klopt niet"))
        self.facts = facts
        intro = _plain_label(self.tr(
            "Wat klopt er niet? Kies het gegeven en schrijf op hoe het wel zit. Het gegeven zelf blijft staan; "
            "uw opmerking wordt ernaast bewaard, met datum en tijd."), self)
        self.field = QComboBox(self)
        for fact in facts:
            self.field.addItem(fact.label, fact.field)
        self.field.setAccessibleName(self.tr("Welk gegeven klopt niet"))
        self.shown_caption = _plain_label(self.tr("Wat er nu staat:"), self)
        self.shown = QPlainTextEdit(self)
        self.shown.setReadOnly(True)
        self.shown.setTabChangesFocus(True)
        self.shown.setAccessibleName(self.tr("Wat er nu staat"))
        self.shown.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.correction = QPlainTextEdit(self)
        self.correction.setTabChangesFocus(True)
        self.correction.setAccessibleName(self.tr("Hoe het wel zit"))
        self.correction.setPlaceholderText(self.tr("Hoe het wel zit, in uw eigen woorden"))
        correction_label = QLabel(self.tr("&Hoe zit het wel?"), self)
        correction_label.setBuddy(self.correction)
        field_label = QLabel(self.tr("&Gegeven:"), self)
        field_label.setBuddy(self.field)
        self.message = InlineMessage(self)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Vastleggen"), self)
        self.save_button.setAccessibleName(self.tr("Opmerking vastleggen"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(field_label)
        layout.addWidget(self.field)
        layout.addWidget(self.shown_caption)
        layout.addWidget(self.shown)
        layout.addWidget(correction_label)
        layout.addWidget(self.correction, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.field.currentIndexChanged.connect(self._field_changed)
        self._field_changed(0)
        self.correction.setFocus()
        width = self.fontMetrics().averageCharWidth() * 60
        self.resize(width, int(width * 0.8))

    def choose(self, field: str) -> None:
        index = self.field.findData(field)
        if index >= 0:
            self.field.setCurrentIndex(index)

    @Slot(int)
    def _field_changed(self, _index: int) -> None:
        fact = self.fact()
        shown = fact.shown if fact is not None else ""
        self.shown.setPlainText(shown)
        self.shown.setVisible(bool(shown))
        self.shown_caption.setVisible(bool(shown))

    def fact(self) -> Fact | None:
        index = self.field.currentIndex()
        return self.facts[index] if 0 <= index < len(self.facts) else None

    def text(self) -> str:
        return self.correction.toPlainText().strip()

    @Slot()
    def _check(self) -> None:
        text = self.correction.toPlainText()
        if not text.strip():
            self.message.show_message("warning", self.tr(
                "Schrijf eerst op hoe het wel zit. Er is nog niets vastgelegd."))
            self.fit()
            self.correction.setFocus()
            return
        if len(text) > CORRECTION_MAX_CHARS:
            self.message.show_message("warning", self.tr(
                "Dat is te lang om hier vast te leggen (hoogstens {max} tekens). Maak het korter; er is nog niets "
                "vastgelegd.").format(max=CORRECTION_MAX_CHARS))
            self.fit()
            return
        self.accept()


class ConsentConfirmDialog(_TextDialog):
    """Says exactly what will be recorded, before it is: consent is the employee's decision."""

    def __init__(self, title: str, text: str, confirm: str, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(font)
        self.setWindowTitle(title)
        label = _plain_label(text, self)
        buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(confirm, self)
        self.confirm_button.setAccessibleName(confirm)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setDefault(True)  # Enter by accident records nothing
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 55)


class LeaveReviewDialog(_TextDialog):
    """For the counsellor: the vault's passphrase ends review mode; a wrong one keeps it open.

    ``check`` gets the typed passphrase and returns whether it is right; it raises KeyFileMissingError or
    KeyFileDamagedError when it cannot tell. The dialog is accepted only for the right passphrase; it ends
    with ``QUIT`` when the counsellor chose to quit the app because the passphrase cannot be checked."""

    QUIT = 2

    def __init__(self, check: Callable[[str], bool], font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.setFont(font)
        self.setWindowTitle(self.tr("Samen bekijken beëindigen"))
        intro = _plain_label(self.tr(
            "Alleen voor de vertrouwenspersoon: voer het wachtwoord van de kluis in om samen bekijken te "
            "beëindigen en terug te gaan naar het volledige overzicht."), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoord van de vertrouwenspersoon"))
        label = QLabel(self.tr("&Wachtwoord:"), self)
        label.setBuddy(self.passphrase)
        self.message = InlineMessage(self)
        buttons = QDialogButtonBox(self)
        self.end_button = QPushButton(self.tr("Beëindigen"), self)
        self.end_button.setAccessibleName(self.tr("Samen bekijken beëindigen"))
        self.end_button.setDefault(True)
        buttons.addButton(self.end_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = QPushButton(self.tr("Verder bekijken"), self)
        self.cancel_button.setAccessibleName(self.tr("Verder samen bekijken"))
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button = QPushButton(self.tr("App afsluiten"), self)
        self.quit_button.setAccessibleName(self.tr("App afsluiten en de kluis vergrendelen"))
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.quit_button.hide()  # only when the passphrase cannot be checked at all
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        self.quit_button.clicked.connect(lambda: self.done(self.QUIT))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.passphrase.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    @Slot()
    def _try(self) -> None:
        typed = self.passphrase.text()
        if not typed:
            self.message.show_message("warning", self.tr("Voer eerst het wachtwoord in."))
            self.fit()
            self.passphrase.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # Argon2id takes a moment, on purpose
        try:
            right = self.check(typed)
        except (KeyFileMissingError, KeyFileDamagedError):
            self.passphrase.clear()
            self.message.show_message("error", self.tr(
                "Het wachtwoord kan niet worden gecontroleerd: het sleutelbestand naast de kluis ontbreekt of is "
                "beschadigd. Alles is al bewaard. Sluit de app af; de kluis wordt dan vergrendeld. Zet daarna het "
                "sleutelbestand terug uit een back-up."))
            self.quit_button.show()
            self.fit()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if right:
            self.accept()
            return
        self.passphrase.clear()
        self.passphrase.setFocus()
        self.message.show_message("error", self.tr("Wachtwoord onjuist. Samen bekijken blijft open."))
        self.fit()
