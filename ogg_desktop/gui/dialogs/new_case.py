"""A new case: a title and, if known, the employee's pseudonym or name."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ogg_desktop.domain.case import Case, Employee
from ogg_desktop.gui.messages import invalid_input_text
from ogg_desktop.gui.widgets import InlineMessage, to_date
from ogg_desktop.services.cases import CaseService, InvalidInputError


class NewCaseDialog(QDialog):
    def __init__(self, cases: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases = cases
        self.case: Case | None = None
        self.setWindowTitle(self.tr("Nieuw dossier"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("bijv. Dreigend bericht via LinkedIn"))
        self.pseudonym = QLineEdit(self)
        self.pseudonym.setPlaceholderText(self.tr("bijv. ‘Medewerker A’ — een naam is niet nodig"))
        self.name = QLineEdit(self)
        self.opened = QDateEdit(QDate.currentDate(), self)
        self.opened.setCalendarPopup(True)
        self.opened.setDisplayFormat("d MMMM yyyy")
        self.message = InlineMessage(self)
        for w, n in ((self.title, self.tr("Titel")), (self.pseudonym, self.tr("Pseudoniem van de medewerker")),
                     (self.name, self.tr("Naam van de medewerker")), (self.opened, self.tr("Geopend op"))):
            w.setAccessibleName(n)
        hint = QLabel(self.tr("Alles wordt direct versleuteld opgeslagen. U kunt het later aanvullen."), self)
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.message)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("&Pseudoniem"), self.pseudonym)
        form.addRow(self.tr("&Naam (optioneel)"), self.name)
        form.addRow(self.tr("&Geopend op"), self.opened)
        form.addRow(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Dossier &maken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)

    def _create(self) -> None:
        try:
            self.case = self.cases.create(
                self.title.text(), Employee(pseudonym=self.pseudonym.text().strip(), name=self.name.text().strip()),
                opened_on=to_date(self.opened.date()))
        except InvalidInputError as exc:
            self.message.show_message("error", invalid_input_text(exc))
            self.title.setFocus()
            return
        self.accept()
