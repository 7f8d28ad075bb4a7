"""The organisation profile: the reporter of a police report and the address used as its domicile (Gegevens),
who does what by role (Contactpersonen), and the defaults for retention and aftercare (Standaarden)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.organisation import Contact, Organisation
from ogg_desktop.gui.dialogs.organisation_pages import ContactsPage, StandardsPage
from ogg_desktop.gui.messages import vault_error_text
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.services.organisation import OrganisationService
from ogg_desktop.services.workflow import WorkflowService
from ogg_desktop.vault.errors import VaultError

# Dutch postcodes: four digits (no leading zero), two letters, usually written "1234 AB".
_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")


def _normalised_postcode(text: str) -> str:
    match = _POSTCODE.match(text)
    return f"{match.group(1)} {match.group(2).upper()}" if match else text


_PAGE_WIDTH = 780  # two contact groups side by side with room for their fields and hints


class _Scroll(QScrollArea):
    """A page that scrolls only when the screen is too small: its size hint is its content's."""

    def __init__(self, inner: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the area follows the focus

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        width = max(inner.sizeHint().width(), _PAGE_WIDTH)
        height = inner.heightForWidth(width) if inner.hasHeightForWidth() else inner.sizeHint().height()
        return QSize(width + self.verticalScrollBar().sizeHint().width(), height)


class OrganisationDialog(QDialog):
    """Edits the organisation profile; Save stores it (and audits it), Cancel leaves it as it was.

    With ``workflow``, the Standaarden page also shows the aftercare schedule (the same ScheduleDialog as
    before edits it); a changed schedule is saved with the profile."""

    def __init__(self, service: OrganisationService, parent: QWidget | None = None,
                 workflow: WorkflowService | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.workflow = workflow
        self.loaded = service.get()
        self.organisation: Organisation | None = None  # what was saved, after Save
        self.setWindowTitle(self.tr("Organisatie: gegevens, contactpersonen en standaarden"))

        intro = QLabel(self.tr(
            "De organisatie doet de aangifte. Haar adres staat in elke aangifte als domicilie, in plaats van het "
            "huisadres van de medewerker: de verdachte kan het politiedossier inzien."), self)
        intro.setWordWrap(True)
        self.message = InlineMessage(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen van het organisatieprofiel"))
        details = QWidget(self)
        self.contacts_page = ContactsPage(self)
        self.standards_page = StandardsPage(workflow.schedule() if workflow is not None else None, self)

        self.name = QLineEdit(self)
        self.street = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self.postcode.setPlaceholderText(self.tr("bijv. 1234 AB"))
        self.postcode.setMaximumWidth(160)
        self.postcode_warning = InlineMessage(self)
        self.city = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.kvk = QLineEdit(self)
        self.kvk.setPlaceholderText(self.tr("optioneel"))
        self.contact_name = QLineEdit(self)
        self.contact_role = QLineEdit(self)
        self.contact_role.setPlaceholderText(self.tr("bijv. vertrouwenspersoon, HR-adviseur"))
        self.contact_phone = QLineEdit(self)
        self.contact_email = QLineEdit(self)
        for w, n in ((self.name, self.tr("Naam van de organisatie")),
                     (self.street, self.tr("Straat en huisnummer van de organisatie")),
                     (self.postcode, self.tr("Postcode van de organisatie")),
                     (self.city, self.tr("Plaats van de organisatie")),
                     (self.phone, self.tr("Telefoonnummer van de organisatie")),
                     (self.email, self.tr("E-mailadres van de organisatie")),
                     (self.kvk, self.tr("KvK-nummer van de organisatie")),
                     (self.contact_name, self.tr("Naam van de contactpersoon")),
                     (self.contact_role, self.tr("Functie van de contactpersoon")),
                     (self.contact_phone, self.tr("Telefoonnummer van de contactpersoon")),
                     (self.contact_email, self.tr("E-mailadres van de contactpersoon"))):
            w.setAccessibleName(n)
        self.postcode_warning.setAccessibleName(self.tr("Controle van de postcode"))

        org_box = QGroupBox(self.tr("Organisatie"), details)
        form = QFormLayout(org_box)
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Straat en huisnummer"), self.street)
        form.addRow(self.tr("&Postcode"), self.postcode)
        form.addRow(self.postcode_warning)
        form.addRow(self.tr("P&laats"), self.city)
        form.addRow(self.tr("&Telefoon"), self.phone)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&KvK-nummer"), self.kvk)

        contact_box = QGroupBox(self.tr("Contactpersoon namens de organisatie"), details)
        cform = QFormLayout(contact_box)
        contact_hint = QLabel(self.tr("Vertegenwoordigt de organisatie bij de aangifte: met deze persoon neemt de "
                                      "politie contact op. Staat ook in de volmacht."), contact_box)
        contact_hint.setWordWrap(True)
        cform.addRow(contact_hint)
        cform.addRow(self.tr("Naa&m"), self.contact_name)
        cform.addRow(self.tr("F&unctie"), self.contact_role)
        cform.addRow(self.tr("Tele&foon"), self.contact_phone)
        cform.addRow(self.tr("E-ma&il"), self.contact_email)

        labels = [label for f in (form, cform) for row in range(f.rowCount())
                  if (item := f.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
                  and (label := item.widget()) is not None]
        label_width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(label_width)  # the fields of both groups line up

        self.police_note = InlineMessage(details)
        self.police_note.setAccessibleName(self.tr("Nodig voor een aangifte"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        page = QVBoxLayout(details)
        page.addWidget(org_box)
        page.addWidget(contact_box)
        page.addWidget(self.police_note)
        page.addStretch(1)
        self.tabs.addTab(_Scroll(details, self.tabs), self.tr("&Gegevens"))
        self.tabs.addTab(_Scroll(self.contacts_page, self.tabs), self.tr("&Contactpersonen"))
        self.tabs.addTab(_Scroll(self.standards_page, self.tabs), self.tr("Stan&daarden"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.tabs, self.name, self.street, self.postcode, self.city, self.phone, self.email, self.kvk,
            self.contact_name, self.contact_role, self.contact_phone, self.contact_email, *self.contacts_page.edits(),
            self.standards_page.retention, self.standards_page.schedule_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Save),
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self._show(self.loaded)
        for edit in (self.name, self.street, self.city, self.contact_name):
            edit.textChanged.connect(self._update_police_note)
        self.postcode.textChanged.connect(self._postcode_edited)
        self.postcode.editingFinished.connect(self._check_postcode)
        self._update_police_note()
        self._check_postcode()
        self.setMinimumWidth(560)
        self._size_to_screen()
        self.name.setFocus()

    def _available(self) -> QSize:
        # Not self.screen(): PySide ties the QScreen returned by a widget's method to the widget's wrapper,
        # and a dialog kept by Python after its parent went crashed the next window (QScreen destroyed).
        screen = QGuiApplication.primaryScreen()
        return screen.availableGeometry().size() - QSize(40, 60)  # room for the frame and title bar

    def _size_to_screen(self) -> None:
        """As large as the pages want, never larger than the screen (1366 × 768 too): the pages scroll."""
        self.resize(self.sizeHint().boundedTo(self._available()).expandedTo(self.minimumSizeHint()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Grow to show a note that appeared (up to the screen's height): Qt sizes a window with wrapping
        labels too small by itself."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = min(layout.totalHeightForWidth(self.width()), self._available().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show(self, org: Organisation) -> None:
        for edit, value in ((self.name, org.name), (self.street, org.street), (self.postcode, org.postcode),
                            (self.city, org.city), (self.phone, org.phone), (self.email, org.email),
                            (self.kvk, org.kvk), (self.contact_name, org.contact.name),
                            (self.contact_role, org.contact.role), (self.contact_phone, org.contact.phone),
                            (self.contact_email, org.contact.email)):
            edit.setText(value)
        self.contacts_page.set_contacts(org.contacts)
        self.standards_page.set_retention(org.retention_months)

    def entered(self) -> Organisation:
        """The organisation as filled in now (trimmed; a Dutch postcode written as "1234 AB")."""
        return Organisation(
            name=self.name.text().strip(), street=self.street.text().strip(),
            postcode=_normalised_postcode(self.postcode.text().strip()), city=self.city.text().strip(),
            phone=self.phone.text().strip(), email=self.email.text().strip(), kvk=self.kvk.text().strip(),
            contact=Contact(name=self.contact_name.text().strip(), role=self.contact_role.text().strip(),
                            phone=self.contact_phone.text().strip(), email=self.contact_email.text().strip()),
            contacts=self.contacts_page.contacts(), retention_months=self.standards_page.retention.value())

    def _missing_text(self, code: str) -> str:
        return {
            "name": self.tr("de naam van de organisatie"),
            "address": self.tr("het adres (straat en plaats)"),
            "contact": self.tr("de naam van de contactpersoon"),
        }.get(code, code)

    @Slot()
    def _update_police_note(self) -> None:
        missing = self.entered().missing_for_police()
        if missing:
            self.police_note.show_message("warning", self.tr("Voor een aangifte ontbreekt nog:") + "".join(
                "\n• " + self._missing_text(code) for code in missing))
        else:
            self.police_note.show_message("info", self.tr("Alles wat een aangifte nodig heeft, is ingevuld."))
        self._fit()

    @Slot(str)
    def _postcode_edited(self, text: str) -> None:
        if not text.strip() or _POSTCODE.match(text.strip()):
            self.postcode_warning.clear_message()
            self._fit()

    @Slot()
    def _check_postcode(self) -> None:
        text = self.postcode.text().strip()
        if text and not _POSTCODE.match(text):
            self.postcode_warning.show_message("warning", self.tr(
                "Dit lijkt geen Nederlandse postcode (zoals 1234 AB). Opslaan kan wel."))
        else:
            self.postcode_warning.clear_message()
        self._fit()

    def _emails(self) -> list[tuple[QLineEdit, str]]:
        emails = [(self.email, self.tr("Het e-mailadres van de organisatie")),
                  (self.contact_email, self.tr("Het e-mailadres van de contactpersoon"))]
        emails += [(group.email, self.tr("Het e-mailadres bij ‘{role}’").format(role=group.title().replace("&", "")))
                   for group in self.contacts_page.groups.values()]
        return emails

    @Slot()
    def _save(self) -> None:
        for edit, what in self._emails():
            text = edit.text().strip()
            if text and "@" not in text:
                self.message.show_message("error", self.tr("{what} mist een @. Vul een volledig e-mailadres in "
                                                           "of laat het veld leeg.").format(what=what))
                self._fit()
                self._reveal(edit)
                edit.selectAll()
                return
        organisation = self.entered()
        loaded = replace(self.loaded, contacts={k: c for k, c in self.loaded.contacts.items() if not c.is_empty()})
        schedule = self.standards_page.schedule
        try:
            if organisation != loaded:  # saving nothing new would only add noise to the audit log
                self.service.set(organisation)
            if self.workflow is not None and schedule is not None and schedule != self.standards_page.loaded_schedule:
                self.workflow.set_schedule(schedule)
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            self._fit()
            return
        self.organisation = organisation
        self.accept()

    def _reveal(self, edit: QWidget) -> None:
        """Show the page that holds ``edit`` and put the cursor in it."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(edit):
                self.tabs.setCurrentIndex(index)
        edit.setFocus()
