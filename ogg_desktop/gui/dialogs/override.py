"""'Conflict van plichten': going on without the employee's consent, with a written reason."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ogg_desktop.domain.workflow import MIN_JUSTIFICATION
from ogg_desktop.gui.dialogs.report_common import _buttons, _Dialog
from ogg_desktop.gui.widgets import InlineMessage


class OverrideDialog(_Dialog):
    """Going on without consent: only with a written reason of at least MIN_JUSTIFICATION characters."""

    def __init__(self, step: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Doorgaan zonder toestemming (conflict van plichten)"))
        explanation = QLabel(self.tr(
            "U gaat door met „{step}” zonder toestemming van de medewerker. Dat kan alleen bij een conflict van "
            "plichten: als het belang van de medewerker of van anderen zwaarder weegt dan de afspraak dat u niets "
            "zonder toestemming doet.\n\nSchrijf op waarom. De toelichting wordt volledig bewaard bij het dossier "
            "en vastgelegd in het logboek van de kluis, zodat ze achteraf niet ongemerkt kan worden gewijzigd. "
            "Bespreek de stap zo snel mogelijk met de medewerker.").format(step=step), self)
        explanation.setWordWrap(True)
        self.message = InlineMessage(self)
        self.justification = QPlainTextEdit(self)
        self.justification.setTabChangesFocus(True)
        self.justification.setPlaceholderText(self.tr("Waarom is doorgaan zonder toestemming nodig?"))
        self.justification.setAccessibleName(self.tr("Toelichting conflict van plichten"))
        self.counter = QLabel(self)
        self.counter.setAccessibleName(self.tr("Aantal tekens"))
        buttons = _buttons(self, self.tr("Vastleggen en doorgaan"))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.message)
        label = QLabel(self.tr("&Toelichting"), self)
        label.setBuddy(self.justification)
        layout.addWidget(label)
        layout.addWidget(self.justification, 1)
        layout.addWidget(self.counter)
        layout.addWidget(buttons)
        self.justification.textChanged.connect(self._count)
        self._count()
        self.resize(600, 420)

    def text(self) -> str:
        return self.justification.toPlainText().strip()

    @Slot()
    def _count(self) -> None:
        n = len(self.text())
        if n < MIN_JUSTIFICATION:
            self.counter.setText(self.tr("{n} tekens; nog minstens {more} nodig.").format(
                n=n, more=MIN_JUSTIFICATION - n))
        else:
            self.counter.setText(self.tr("{n} tekens.").format(n=n))

    def accept(self) -> None:
        if len(self.text()) < MIN_JUSTIFICATION:
            self.message.show_message("error", self.tr(
                "De toelichting is te kort: schrijf in minstens {min} tekens waarom u zonder toestemming "
                "doorgaat.").format(min=MIN_JUSTIFICATION))
            self.fit()
            self.justification.setFocus()
            return
        super().accept()
