"""The details a counsellor records for an evidence item: the form, saving it, and its links to people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ogg_desktop.domain.evidence import PLATFORMS, Confidence
from ogg_desktop.domain.people import Role
from ogg_desktop.gui.labels import confidence_label
from ogg_desktop.gui.messages import invalid_input_text
from ogg_desktop.gui.offence_picker import OffencePicker
from ogg_desktop.gui.people_picker import PeoplePicker
from ogg_desktop.gui.tabs.evidence.addresses import looks_like_web_address
from ogg_desktop.gui.tabs.evidence.host import EvidenceTabHost
from ogg_desktop.gui.tabs.evidence.widgets import field_with
from ogg_desktop.gui.tabs.people import PersonDialog
from ogg_desktop.gui.widgets import InlineMessage, OptionalDateEdit
from ogg_desktop.services.cases import InvalidInputError


class EvidenceFormMixin(EvidenceTabHost):
    """The "Gegevens" group: what was posted where, by whom, the literal text and the offences."""

    def _build_details_form(self) -> QGroupBox:
        self.title = QLineEdit(self)
        self.platform = QComboBox(self)
        self.platform.setEditable(True)
        self.platform.addItems(["", *PLATFORMS])
        self.channel = QLineEdit(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        self.url_warning = InlineMessage(self)
        self.profile_url = QLineEdit(self)
        self.profile_url.setPlaceholderText("https://…")
        self.profile_url_warning = InlineMessage(self)
        self.handle = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.account = QComboBox(self)
        self.account.setToolTip(QCoreApplication.translate("EvidenceTab",
            "Van welk account het bericht komt; accounts beheert u onder Betrokkenen."))
        self.poster = QComboBox(self)
        self.poster.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.poster.setMinimumContentsLength(12)
        self.new_person_button = QPushButton(QCoreApplication.translate("EvidenceTab", "Nieuwe persoon…"), self)
        self.new_person_button.setToolTip(QCoreApplication.translate("EvidenceTab",
            "Een persoon aan dit dossier toevoegen als vermoedelijke plaatser"))
        self.poster_confidence = QComboBox(self)
        for c in Confidence:
            self.poster_confidence.addItem(confidence_label(c), c.value)
        self.poster_basis = QLineEdit(self)
        self.posted_at = QLineEdit(self)
        self.posted_on = OptionalDateEdit(QCoreApplication.translate("EvidenceTab", "Geplaatst op"), self)
        self.posted_at.setPlaceholderText(QCoreApplication.translate("EvidenceTab",
            "zoals op het scherm, bijv. ‘3 u’ of ‘12 nov. 14:05’"))
        self.learned_on = OptionalDateEdit(QCoreApplication.translate("EvidenceTab", "Medewerker wist ervan op"), self)
        self.transcript = QPlainTextEdit(self)
        self.transcript.setPlaceholderText(QCoreApplication.translate("EvidenceTab",
            "Letterlijke tekst, ook spelfouten. Bij video: gesproken woorden en de plek in de video."))
        self.transcript.setTabChangesFocus(True)
        self.transcript.setMinimumHeight(90)
        self.ocr_button = QPushButton(QCoreApplication.translate("EvidenceTab", "Tekst &herkennen (OCR)"), self)
        self.ocr_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.ocr_hint = QLabel(self)
        self.ocr_hint.setWordWrap(True)
        self.ocr_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.ocr_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ocr_hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.context = QPlainTextEdit(self)
        self.context.setTabChangesFocus(True)
        self.context.setMaximumHeight(80)
        self.offences = OffencePicker(self)
        self.archived_url = QLineEdit(self)
        self.witnesses = PeoplePicker(self)
        self.message = InlineMessage(self)

        fields = (
            (self.title, QCoreApplication.translate("EvidenceTab", "Titel")),
            (self.platform, QCoreApplication.translate("EvidenceTab", "Platform")),
            (self.channel, QCoreApplication.translate("EvidenceTab", "Kanaal")),
            (self.url, QCoreApplication.translate("EvidenceTab", "URL van het bericht")),
            (self.profile_url, QCoreApplication.translate("EvidenceTab", "URL van het profiel")),
            (self.handle, QCoreApplication.translate("EvidenceTab", "Gebruikersnaam")),
            (self.display_name, QCoreApplication.translate("EvidenceTab", "Weergavenaam")),
            (self.account, QCoreApplication.translate("EvidenceTab", "Account")),
            (self.poster, QCoreApplication.translate("EvidenceTab", "Vermoedelijke plaatser")),
            (self.new_person_button,
             QCoreApplication.translate("EvidenceTab", "Nieuwe persoon als vermoedelijke plaatser")),
            (self.poster_confidence, QCoreApplication.translate("EvidenceTab", "Zekerheid")),
            (self.poster_basis, QCoreApplication.translate("EvidenceTab", "Waarop gebaseerd")),
            (self.posted_at, QCoreApplication.translate("EvidenceTab", "Geplaatst (zoals getoond)")),
            (self.transcript, QCoreApplication.translate("EvidenceTab", "Letterlijke tekst")),
            (self.ocr_button, QCoreApplication.translate("EvidenceTab", "Tekst herkennen (OCR)")),
            (self.ocr_hint, QCoreApplication.translate("EvidenceTab", "Over tekstherkenning")),
            (self.context, QCoreApplication.translate("EvidenceTab", "Context")),
            (self.offences, QCoreApplication.translate("EvidenceTab", "Mogelijke strafbare feiten")),
            (self.archived_url, QCoreApplication.translate("EvidenceTab", "Elders gearchiveerd (URL)")),
            (self.url_warning, QCoreApplication.translate("EvidenceTab", "Melding bij de URL")),
            (self.profile_url_warning, QCoreApplication.translate("EvidenceTab", "Melding bij de profiel-URL")),
        )
        for widget, name in fields:
            widget.setAccessibleName(name)

        details = QGroupBox(QCoreApplication.translate("EvidenceTab", "Gegevens"), self)
        form = QFormLayout(details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("EvidenceTab", "&Titel"), self.title)
        form.addRow(QCoreApplication.translate("EvidenceTab", "&Platform"), self.platform)
        form.addRow(QCoreApplication.translate("EvidenceTab", "Ka&naal"), self.channel)
        form.addRow(QCoreApplication.translate("EvidenceTab", "&URL"),
                    field_with(self.url, self.url_warning, below=True))
        form.addRow(QCoreApplication.translate("EvidenceTab", "Profiel-U&RL"),
                    field_with(self.profile_url, self.profile_url_warning, below=True))
        form.addRow(QCoreApplication.translate("EvidenceTab", "&Gebruikersnaam"), self.handle)
        form.addRow(QCoreApplication.translate("EvidenceTab", "&Weergavenaam"), self.display_name)
        form.addRow(QCoreApplication.translate("EvidenceTab", "Account"), self.account)
        form.addRow(QCoreApplication.translate("EvidenceTab", "Vermoedelijke p&laatser"),
                    field_with(self.poster, self.new_person_button))
        form.addRow(QCoreApplication.translate("EvidenceTab", "&Zekerheid"), self.poster_confidence)
        form.addRow(QCoreApplication.translate("EvidenceTab", "Waar&op gebaseerd"), self.poster_basis)
        form.addRow(QCoreApplication.translate("EvidenceTab", "Geplaatst (zoals getoond)"), self.posted_at)
        form.addRow(QCoreApplication.translate("EvidenceTab", "Geplaatst op (datum)"), self.posted_on)
        form.addRow(QCoreApplication.translate("EvidenceTab", "Medewerker wist ervan op"), self.learned_on)
        ocr_row = QWidget(details)
        orl = QHBoxLayout(ocr_row)
        orl.setContentsMargins(0, 0, 0, 0)
        orl.addWidget(self.ocr_button)
        orl.addStretch(1)
        form.addRow(QCoreApplication.translate("EvidenceTab", "Letterlijke te&kst"),
                    field_with(self.transcript, ocr_row, self.ocr_hint, below=True))
        form.addRow(QCoreApplication.translate("EvidenceTab", "&Context"), self.context)
        form.addRow(QCoreApplication.translate("EvidenceTab", "Strafbare feiten"), self.offences)
        form.addRow(QCoreApplication.translate("EvidenceTab", "Elders gearchiveerd"), self.archived_url)
        form.addRow(QCoreApplication.translate("EvidenceTab", "Getuigen en anderen"), self.witnesses)
        return details

    # Saving ---------------------------------------------------------------------------------
    @Slot()
    def _text_edited(self) -> None:
        if not self._loading:
            self._dirty_text = True

    def flush(self) -> None:
        if self._dirty_text:
            self._save()

    @Slot()
    def _save_and_reorder(self) -> None:
        """A posting date moves the item to its place in the list."""
        self._save()
        if self.case is not None and self.item is not None:
            self.load(self.case, select_item=self.item.id)

    @Slot()
    def _save_witnesses(self) -> None:
        if self._loading or self.item is None or self.case is None:
            return
        self.session.evidence.set_witnesses(self.case, self.item, self.witnesses.chosen())
        if self.case.id is not None:
            self.caseChanged.emit(self.case.id)

    @Slot()
    def _save(self) -> None:
        if self._loading or self.item is None or self.case is None:
            return
        item = self.item
        item.title = self.title.text().strip()
        item.platform = self.platform.currentText().strip()
        item.channel = self.channel.text().strip()
        item.url = self.url.text().strip()
        item.profile_url = self.profile_url.text().strip()
        item.handle = self.handle.text().strip()
        item.display_name = self.display_name.text().strip()
        item.account_id = self.account.currentData()
        item.poster_person_id = self.poster.currentData()
        item.poster_confidence = Confidence(self.poster_confidence.currentData())
        item.poster_basis = self.poster_basis.text().strip()
        item.posted_at_shown = self.posted_at.text().strip()
        item.learned_on = self.learned_on.value()
        item.posted_on = self.posted_on.value()
        item.transcript = self.transcript.toPlainText()
        item.context = self.context.toPlainText()
        item.offences = self.offences.values()
        item.archived_url = self.archived_url.text().strip()
        self._dirty_text = False
        changed = self.session.evidence.update_details(self.case, item)
        if changed and "title" in changed:
            current = self.list.currentItem()
            if current is not None:
                current.setText(self._list_text(item))
                current.setData(Qt.ItemDataRole.AccessibleTextRole, self._list_text(item).replace("\n", ", "))
                current.setToolTip(item.title)
        if changed and self.case.id is not None:
            self.caseChanged.emit(self.case.id)

    def _check_address(self, edit: QLineEdit, warning: InlineMessage) -> None:
        """A warning only: what was typed is kept and saved as typed."""
        if looks_like_web_address(edit.text()):
            warning.clear_message()
        else:
            warning.show_message("warning", QCoreApplication.translate("EvidenceTab",
                "Dit lijkt geen volledig webadres (zoals https://www.voorbeeld.nl/…). Wat u typte is wel "
                "bewaard."))

    def _address_typed(self, edit: QLineEdit, warning: InlineMessage, _text: str) -> None:
        if warning.isVisibleTo(self) and looks_like_web_address(edit.text()):
            warning.clear_message()

    # People ---------------------------------------------------------------------------------
    @Slot()
    def _new_person(self) -> None:
        """Add someone to the case as the suspected poster, without leaving the evidence form."""
        if self.case is None or self.item is None:
            return
        dialog = PersonDialog(None, self)
        dialog.role_box.setCurrentIndex(dialog.role_box.findData(Role.POSTER.value))
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                involvement = self.session.people.add_person(self.case, dialog.person(), dialog.role(),
                                                             dialog.note())
            except InvalidInputError as exc:
                dialog.message.show_message("error", invalid_input_text(exc))
                continue
            self.flush()
            self._fill_people(self.case)
            self._loading = True  # put the other links back before anything is saved
            try:
                self._select_data(self.account, self.item.account_id,
                                  QCoreApplication.translate("EvidenceTab", "account {id} (niet in dit dossier)"))
                self._select_data(self.poster, self.item.poster_person_id,
                                  QCoreApplication.translate("EvidenceTab", "persoon {id} (niet in dit dossier)"))
            finally:
                self._loading = False
            self.poster.setCurrentIndex(max(0, self.poster.findData(involvement.person.id)))  # saves
            assert self.case.id is not None
            self.peopleChanged.emit(self.case.id)
            return
