"""The organisation profile: reporter and domicile of police reports, edited in a dialog from the Kluis menu."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLabel, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.organisation import Contact, Organisation
from ogg_desktop.gui.dialogs.organisation import OrganisationDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.session import Session
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
    edits = dialog.findChildren(QLineEdit)
    assert len(edits) == 11
    names = [edit.accessibleName() for edit in edits]
    assert all(names) and len(set(names)) == len(names)
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    keys = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
    assert len(keys) == 13 and len(set(keys)) == len(keys), keys
    assert all(label.buddy() in edits for label in dialog.findChildren(QLabel) if label.buddy() is not None)


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
    assert session.organisation.get().name == "Stichting Veilig Werk"
    assert "Organisatie opgeslagen" in window.statusBar().currentMessage()
