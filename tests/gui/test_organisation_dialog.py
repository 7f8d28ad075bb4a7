"""The organisation profile: reporter and domicile of police reports (Gegevens), contacts by role
(Contactpersonen) and the retention and aftercare defaults (Standaarden), edited in a dialog from the
Organisatie menu."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import CaseStatus
from ogg_desktop.domain.deadlines import AftercareSchedule, add_months
from ogg_desktop.domain.organisation import Contact, ContactRole, Organisation
from ogg_desktop.gui.dialogs.organisation import OrganisationDialog
from ogg_desktop.gui.dialogs.schedule import ScheduleDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.a11y_checks import problems
from tests.gui.conftest import when_modal

STORED = Organisation(name="Stichting Veilig Werk", street="Kerkstraat 1", postcode="3511 AB", city="Utrecht",
                      contact=Contact(name="J. de Vries", role="Vertrouwenspersoon"))


def dialog_for(qtbot: QtBot, session: Session) -> OrganisationDialog:
    dialog = OrganisationDialog(session.organisation)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_button(dialog: OrganisationDialog) -> QAbstractButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def audited(session: Session) -> int:
    return sum(e.action == "settings_changed" and e.detail == "organisation"
               for e in session.vault.repos.audit.entries())


def test_the_profile_filled_in_is_saved_and_audited(qtbot: QtBot, session: Session) -> None:
    dialog = dialog_for(qtbot, session)
    assert "naam van de organisatie" in dialog.police_note.text()  # an empty profile: everything is missing
    for edit, text in ((dialog.name, " Stichting Veilig Werk "), (dialog.street, "Kerkstraat 1"),
                       (dialog.postcode, "3511ab"), (dialog.city, "Utrecht"), (dialog.phone, "030 123 45 67"),
                       (dialog.email, "info@veiligwerk.nl"), (dialog.kvk, "12345678"),
                       (dialog.contact_name, "J. de Vries"), (dialog.contact_role, "Vertrouwenspersoon"),
                       (dialog.contact_phone, "06 12345678"), (dialog.contact_email, "j.devries@veiligwerk.nl")):
        edit.setText(text)
    assert "Alles wat een aangifte nodig heeft" in dialog.police_note.text()
    save_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.organisation.get() == Organisation(
        name="Stichting Veilig Werk", street="Kerkstraat 1", postcode="3511 AB", city="Utrecht",
        phone="030 123 45 67", email="info@veiligwerk.nl", kvk="12345678",
        contact=Contact(name="J. de Vries", role="Vertrouwenspersoon", phone="06 12345678",
                        email="j.devries@veiligwerk.nl"))
    assert audited(session) == 1


def test_the_dialog_shows_the_stored_profile_and_cancel_keeps_it(qtbot: QtBot, session: Session) -> None:
    session.organisation.set(STORED)
    dialog = dialog_for(qtbot, session)
    assert dialog.name.text() == STORED.name and dialog.contact_role.text() == STORED.contact.role
    dialog.name.setText("Iets anders")
    dialog.city.clear()
    assert "adres" in dialog.police_note.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert session.organisation.get() == STORED
    assert audited(session) == 1  # only the set() above


def test_saving_without_changes_writes_nothing(qtbot: QtBot, session: Session) -> None:
    session.organisation.set(STORED)
    dialog = dialog_for(qtbot, session)
    save_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert audited(session) == 1


def test_an_e_mail_address_without_at_sign_blocks_saving(qtbot: QtBot, session: Session) -> None:
    session.organisation.set(STORED)
    dialog = dialog_for(qtbot, session)
    dialog.contact_email.setText("jdevries.nl")
    save_button(dialog).click()
    assert dialog.isVisible()
    assert dialog.message.isVisible() and "@" in dialog.message.text()
    assert "contactpersoon" in dialog.message.text()
    assert session.organisation.get() == STORED
    dialog.contact_email.setText("j@veiligwerk.nl")
    save_button(dialog).click()
    assert not dialog.isVisible()
    assert session.organisation.get().contact.email == "j@veiligwerk.nl"


def test_a_postcode_that_is_not_dutch_warns_but_saves(qtbot: QtBot, session: Session) -> None:
    dialog = dialog_for(qtbot, session)
    dialog.name.setText("Organisation SA")
    dialog.postcode.setText("B-1000")
    dialog.postcode.editingFinished.emit()
    warning = dialog.postcode_warning
    assert warning.isVisible() and "postcode" in warning.text()
    assert warning.height() >= warning.heightForWidth(warning.width())  # the dialog grew: the note is not squeezed
    save_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.organisation.get().postcode == "B-1000"
    dialog.postcode.setText("1234 AB")
    assert not dialog.postcode_warning.isVisible()


def test_every_input_has_an_accessible_name_and_distinct_accelerators(qtbot: QtBot, session: Session) -> None:
    dialog = dialog_for(qtbot, session)
    edits = [e for e in dialog.findChildren(QLineEdit) if not isinstance(e.parentWidget(), QAbstractSpinBox)]
    assert len(edits) == 11 + 6 * 4  # the profile and the representative, four fields for each of six roles
    inputs: list[QWidget] = [*edits, dialog.standards_page.retention]
    names = [w.accessibleName() for w in inputs]
    assert all(names) and len(set(names)) == len(names)
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert {label.buddy() for label in labels} >= set(inputs)  # every field has a label a screen reader reads
    # Alt+letters of the whole dialog, every page: labels, buttons, group titles and tab titles
    texts = [label.text() for label in labels]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    texts += [box.title() for box in dialog.findChildren(QGroupBox)]
    texts += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    keys = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
    assert len(keys) >= 23 and len(set(keys)) == len(keys), keys
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert problems(dialog) == [], dialog.tabs.tabText(index)


def test_the_profile_fits_a_1366_by_768_screen(qtbot: QtBot, session: Session) -> None:
    dialog = OrganisationDialog(session.organisation, None, workflow=session.workflow)
    qtbot.addWidget(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 - 40 and hint.height() <= 768 - 60  # nothing scrolls on such a screen
    dialog.resize(1326, 708)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        page = dialog.tabs.currentWidget()
        assert isinstance(page, QScrollArea)
        assert not page.verticalScrollBar().isVisible(), dialog.tabs.tabText(index)
    dialog.resize(700, 420)  # a smaller screen still: the pages scroll, the buttons stay in view
    qtbot.wait(10)
    assert save_button(dialog).isVisible() and save_button(dialog).geometry().bottom() < dialog.height()


def test_contacts_by_role_are_saved_and_shown_back_after_reopening_the_vault(
        qtbot: QtBot, session: Session, vault_path: Path) -> None:
    session.organisation.set(STORED)
    dialog = dialog_for(qtbot, session)
    groups = dialog.contacts_page.groups
    dialog.tabs.setCurrentIndex(1)
    groups[ContactRole.POLICE].name.setText("K. Verzonnen")
    groups[ContactRole.POLICE].function.setText("wijkagent")
    groups[ContactRole.PUBLIC_TASK].phone.setText("030 111 22 33")
    groups[ContactRole.HR].email.setText("hr@veiligwerk.invalid")
    groups[ContactRole.COMPANY_DOCTOR].name.setText(" Dr. Fictief ")
    save_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    session.close()
    reopened = Session.on(Vault.unlock(vault_path, PASSPHRASE, "tester"))
    try:
        org = reopened.organisation.get()
        assert org.contact_for(ContactRole.POLICE) == Contact(name="K. Verzonnen", role="wijkagent")
        assert org.contact_for(ContactRole.PUBLIC_TASK) == Contact(phone="030 111 22 33")
        assert org.contact_for(ContactRole.COMPANY_DOCTOR).name == "Dr. Fictief"
        assert set(org.contacts) == {"police", "public_task", "hr", "company_doctor"}  # empty roles not stored
        assert org.contact == STORED.contact  # the representative is kept
        again = dialog_for(qtbot, reopened)
        shown = again.contacts_page.groups
        assert shown[ContactRole.POLICE].name.text() == "K. Verzonnen"
        assert shown[ContactRole.HR].email.text() == "hr@veiligwerk.invalid"
        assert shown[ContactRole.LEGAL].name.text() == ""
    finally:
        reopened.close()


def test_an_e_mail_of_a_role_without_at_sign_shows_its_page(qtbot: QtBot, session: Session) -> None:
    dialog = dialog_for(qtbot, session)
    dialog.contacts_page.groups[ContactRole.LEGAL].email.setText("advocaat.invalid")
    save_button(dialog).click()
    assert dialog.isVisible() and "Juridisch" in dialog.message.text() and "@" in dialog.message.text()
    assert dialog.tabs.currentIndex() == 1  # the page with the field is shown
    assert session.organisation.get() == Organisation()


def test_the_defaults_retention_and_aftercare_schedule_are_saved_with_the_profile(
        qtbot: QtBot, session: Session) -> None:
    session.organisation.set(STORED)
    dialog = OrganisationDialog(session.organisation, None, workflow=session.workflow)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    page = dialog.standards_page
    assert page.retention.value() == 12  # the default: a year after closing
    assert "72 uur" in page.schedule_summary.text() and "2 en 6 weken" in page.schedule_summary.text()
    page.retention.setValue(24)
    assert "bewaard tot" in page.retention_example.text()

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, ScheduleDialog)  # the one schedule dialog, also under Kluis
        widget.by_days.setChecked(True)
        widget.days.setValue(2)
        widget._save()

    when_modal(fill)
    page.schedule_button.click()
    assert "2 werkdagen" in page.schedule_summary.text() and "Opslaan" in page.schedule_summary.text()
    assert session.workflow.schedule() == AftercareSchedule()  # not yet: Save saves the whole profile
    save_button(dialog).click()
    assert session.organisation.get().retention_months == 24
    assert session.workflow.schedule().first_within_working_days == 2
    case = session.cases.create("Afgesloten", opened_on=date(2026, 1, 5))
    case.status, case.closed_on = CaseStatus.CLOSED, date(2026, 2, 1)
    session.cases.update(case)
    assert case.retention_until == date(2028, 2, 1)


def test_the_organisatie_menu_opens_the_dialog(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Organisatie")
    assert isinstance(menu, QMenu)
    assert menu.actions()[0] is window.organisation_action
    seen: list[QWidget] = []

    def fill(widget: QWidget) -> None:
        seen.append(widget)
        assert isinstance(widget, OrganisationDialog)
        widget.name.setText("Stichting Veilig Werk")
        save_button(widget).click()

    when_modal(fill)
    window.organisation_action.trigger()
    assert len(seen) == 1
    assert isinstance(seen[0], OrganisationDialog)
    assert not seen[0].standards_page.schedule_box.isHidden()  # the menu's profile holds the aftercare schedule
    assert session.organisation.get().name == "Stichting Veilig Werk"
    assert "Organisatie opgeslagen" in window.statusBar().currentMessage()


def test_closing_a_case_in_the_overview_shows_the_default_retention_and_keeps_it(
        qtbot: QtBot, session: Session, window: MainWindow) -> None:
    session.organisation.set(replace(STORED, retention_months=6))
    case = session.cases.create("Afsluiten", opened_on=date(2026, 1, 5))
    assert case.id is not None
    window.case_list.reload()
    window.case_view.show_case(case.id)
    overview = window.case_view.overview
    overview.status.setCurrentIndex(overview.status.findData(CaseStatus.CLOSED.value))
    stored = session.cases.get(case.id)
    assert stored is not None and stored.closed_on is not None
    assert stored.retention_until == add_months(stored.closed_on, 6)
    assert overview.retention.value() == stored.retention_until  # shown, and the user can change it there
    overview.title.setText("Afgesloten dossier")
    overview.title.editingFinished.emit()  # saving another field keeps the date
    again = session.cases.get(case.id)
    assert again is not None and again.title == "Afgesloten dossier"
    assert again.retention_until == stored.retention_until
