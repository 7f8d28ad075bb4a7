"""People involved (poster, account holder, witnesses, others) and the accounts used."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import PLATFORMS, Confidence
from ogg_desktop.domain.people import Account, Involvement, Person, Role
from ogg_desktop.gui.labels import confidence_label, role_label
from ogg_desktop.gui.messages import invalid_input_text
from ogg_desktop.gui.widgets import InlineMessage, read_only_table
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.session import Session


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    return read_only_table(parent, headers, name)


class PeopleTab(QWidget):
    caseChanged = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.involvements: list[Involvement] = []
        self.account_list: list[Account] = []
        self.message = InlineMessage(self)

        people_box = QGroupBox(self.tr("Betrokkenen"), self)
        self.people = _table(people_box, [self.tr("Naam"), self.tr("Rol"), self.tr("Omschrijving"),
                                          self.tr("Contact (werk)"), self.tr("Toelichting")], self.tr("Betrokkenen"))
        self.add_person = QPushButton(self.tr("&Persoon toevoegen…"), people_box)
        self.edit_person = QPushButton(self.tr("Persoon &wijzigen…"), people_box)
        self.remove_person = QPushButton(self.tr("Uit dossier &halen"), people_box)
        pl = QVBoxLayout(people_box)
        pl.addWidget(self.people)
        row = QHBoxLayout()
        for b in (self.add_person, self.edit_person, self.remove_person):
            row.addWidget(b)
        row.addStretch(1)
        pl.addLayout(row)

        accounts_box = QGroupBox(self.tr("Accounts"), self)
        self.accounts = _table(accounts_box, [self.tr("Platform"), self.tr("Gebruikersnaam"), self.tr("Weergavenaam"),
                                              self.tr("Profiel-URL"), self.tr("Van wie (vermoedelijk)"),
                                              self.tr("Zekerheid")], self.tr("Accounts"))
        self.add_account = QPushButton(self.tr("&Account toevoegen…"), accounts_box)
        self.edit_account = QPushButton(self.tr("Account w&ijzigen…"), accounts_box)
        al = QVBoxLayout(accounts_box)
        al.addWidget(self.accounts)
        arow = QHBoxLayout()
        arow.addWidget(self.add_account)
        arow.addWidget(self.edit_account)
        arow.addStretch(1)
        al.addLayout(arow)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(people_box, 1)
        layout.addWidget(accounts_box, 1)

        self.add_person.clicked.connect(self._add_person)
        self.edit_person.clicked.connect(self._edit_person)
        self.people.doubleClicked.connect(self._edit_person)
        self.remove_person.clicked.connect(self._remove_person)
        self.add_account.clicked.connect(self._add_account)
        self.edit_account.clicked.connect(self._edit_account)
        self.accounts.doubleClicked.connect(self._edit_account)

    def load(self, case: Case) -> None:
        self.case = case
        self.message.clear_message()
        self.involvements = self.session.people.involvements(case)
        self.people.setRowCount(len(self.involvements))
        for r, inv in enumerate(self.involvements):
            for c, text in enumerate((inv.person.name, role_label(inv.role), inv.person.description,
                                      inv.person.work_contact, inv.note)):
                self.people.setItem(r, c, QTableWidgetItem(text))
        names = {inv.person.id: inv.person.name for inv in self.involvements}
        self.account_list = self.session.people.accounts(case)
        self.accounts.setRowCount(len(self.account_list))
        for r, acc in enumerate(self.account_list):
            holder = names.get(acc.holder_person_id, "—") if acc.holder_person_id else "—"
            for c, text in enumerate((acc.platform, acc.handle, acc.display_name, acc.profile_url, holder,
                                      confidence_label(acc.holder_confidence))):
                self.accounts.setItem(r, c, QTableWidgetItem(text))
        has_people = bool(self.involvements)
        self.edit_person.setEnabled(has_people)
        self.remove_person.setEnabled(has_people)
        self.edit_account.setEnabled(bool(self.account_list))

    def clear(self) -> None:
        self.case = None
        self.involvements, self.account_list = [], []
        self.people.setRowCount(0)
        self.accounts.setRowCount(0)

    def _changed(self) -> None:
        assert self.case is not None and self.case.id is not None
        self.load(self.case)
        self.caseChanged.emit(self.case.id)

    @Slot()
    def _add_person(self) -> None:
        if self.case is None:
            return
        dialog = PersonDialog(None, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.session.people.add_person(self.case, dialog.person(), dialog.role(), dialog.note())
            except InvalidInputError as exc:
                dialog.message.show_message("error", invalid_input_text(exc))
                continue
            self._changed()
            return

    def _current_involvement(self) -> Involvement | None:
        row = self.people.currentRow()
        return self.involvements[row] if 0 <= row < len(self.involvements) else None

    @Slot()
    def _edit_person(self) -> None:
        inv = self._current_involvement()
        if self.case is None or inv is None:
            return
        dialog = PersonDialog(inv, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.session.people.update_person(self.case, dialog.person())
                if dialog.role() != inv.role or dialog.note() != inv.note:
                    if dialog.role() != inv.role:
                        self.session.people.remove_from_case(self.case, inv)
                    self.session.people.add_person(self.case, dialog.person(), dialog.role(), dialog.note())
            except InvalidInputError as exc:
                dialog.message.show_message("error", invalid_input_text(exc))
                continue
            self._changed()
            return

    @Slot()
    def _remove_person(self) -> None:
        inv = self._current_involvement()
        if self.case is None or inv is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Uit dossier halen"),
            self.tr("{name} ({role}) uit dit dossier halen? De persoon blijft bestaan in andere dossiers.").format(
                name=inv.person.name, role=role_label(inv.role)))
        if answer == QMessageBox.StandardButton.Yes:
            self.session.people.remove_from_case(self.case, inv)
            self._changed()

    @Slot()
    def _add_account(self) -> None:
        if self.case is None:
            return
        dialog = AccountDialog(None, self.involvements, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.session.people.add_account(self.case, dialog.account())
            except InvalidInputError as exc:
                dialog.message.show_message("error", invalid_input_text(exc))
                continue
            self._changed()
            return

    @Slot()
    def _edit_account(self) -> None:
        row = self.accounts.currentRow()
        if self.case is None or not (0 <= row < len(self.account_list)):
            return
        dialog = AccountDialog(self.account_list[row], self.involvements, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.session.people.update_account(self.case, dialog.account())
            except InvalidInputError as exc:
                dialog.message.show_message("error", invalid_input_text(exc))
                continue
            self._changed()
            return


class PersonDialog(QDialog):
    def __init__(self, involvement: Involvement | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existing = involvement
        self.setWindowTitle(self.tr("Persoon wijzigen") if involvement else self.tr("Persoon toevoegen"))
        self.name = QLineEdit(self)
        self.role_box = QComboBox(self)
        for role in Role:
            self.role_box.addItem(role_label(role), role.value)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("bijv. oud-cliënt, collega, onbekend"))
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("alleen werkgegevens"))
        self.note_edit = QLineEdit(self)
        self.message = InlineMessage(self)
        for w, n in ((self.name, self.tr("Naam")), (self.role_box, self.tr("Rol")),
                     (self.description, self.tr("Omschrijving")), (self.contact, self.tr("Contact (werk)")),
                     (self.note_edit, self.tr("Toelichting"))):
            w.setAccessibleName(n)
        form = QFormLayout(self)
        form.addRow(self.message)
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Rol in dit dossier"), self.role_box)
        form.addRow(self.tr("&Omschrijving"), self.description)
        form.addRow(self.tr("&Contact (werk)"), self.contact)
        form.addRow(self.tr("&Toelichting"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if involvement:
            self.name.setText(involvement.person.name)
            self.role_box.setCurrentIndex(self.role_box.findData(involvement.role.value))
            self.description.setText(involvement.person.description)
            self.contact.setText(involvement.person.work_contact)
            self.note_edit.setText(involvement.note)
        self.setMinimumWidth(460)

    def person(self) -> Person:
        pid = self.existing.person.id if self.existing else None
        return Person(self.name.text().strip(), self.description.text().strip(), self.contact.text().strip(), pid)

    def role(self) -> Role:
        return Role(self.role_box.currentData())

    def note(self) -> str:
        return self.note_edit.text().strip()


class AccountDialog(QDialog):
    """An account, and separately (with how sure we are) whose account we believe it is."""

    def __init__(self, account: Account | None, people: list[Involvement], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existing = account
        self.setWindowTitle(self.tr("Account wijzigen") if account else self.tr("Account toevoegen"))
        self.platform = QComboBox(self)
        self.platform.setEditable(True)
        self.platform.addItems(list(PLATFORMS))
        self.handle = QLineEdit(self)
        self.handle.setPlaceholderText("@…")
        self.display_name = QLineEdit(self)
        self.profile_url = QLineEdit(self)
        self.holder = QComboBox(self)
        self.holder.addItem(self.tr("— onbekend —"), None)
        for inv in people:
            if self.holder.findData(inv.person.id) < 0:
                self.holder.addItem(inv.person.name, inv.person.id)
        self.confidence = QComboBox(self)
        for c in Confidence:
            self.confidence.addItem(confidence_label(c), c.value)
        self.basis = QLineEdit(self)
        self.basis.setPlaceholderText(self.tr("waarom denken we dat? Een screenshot bewijst niet wie iets stuurde."))
        self.message = InlineMessage(self)
        for w, n in ((self.platform, self.tr("Platform")), (self.handle, self.tr("Gebruikersnaam")),
                     (self.display_name, self.tr("Weergavenaam")), (self.profile_url, self.tr("Profiel-URL")),
                     (self.holder, self.tr("Van wie is het account")), (self.confidence, self.tr("Zekerheid")),
                     (self.basis, self.tr("Waarop gebaseerd"))):
            w.setAccessibleName(n)
        form = QFormLayout(self)
        form.addRow(self.message)
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("&Gebruikersnaam"), self.handle)
        form.addRow(self.tr("&Weergavenaam"), self.display_name)
        form.addRow(self.tr("Profiel-&URL"), self.profile_url)
        form.addRow(self.tr("&Van wie is het account"), self.holder)
        form.addRow(self.tr("&Zekerheid"), self.confidence)
        form.addRow(self.tr("Waar&op gebaseerd"), self.basis)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if account:
            self.platform.setCurrentText(account.platform)
            self.handle.setText(account.handle)
            self.display_name.setText(account.display_name)
            self.profile_url.setText(account.profile_url)
            self.holder.setCurrentIndex(max(0, self.holder.findData(account.holder_person_id)))
            self.confidence.setCurrentIndex(self.confidence.findData(account.holder_confidence.value))
            self.basis.setText(account.holder_basis)
        self.setMinimumWidth(520)

    def account(self) -> Account:
        return Account(
            platform=self.platform.currentText().strip(), handle=self.handle.text().strip(),
            profile_url=self.profile_url.text().strip(), display_name=self.display_name.text().strip(),
            holder_person_id=self.holder.currentData(), holder_confidence=Confidence(self.confidence.currentData()),
            holder_basis=self.basis.text().strip(), id=self.existing.id if self.existing else None,
        )


__all__ = ["AccountDialog", "PeopleTab", "PersonDialog"]
