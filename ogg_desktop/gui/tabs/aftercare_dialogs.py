"""The dialogs of the Nazorg tab: a conversation, starting aftercare, a contact held, a check-in and a
referral to professional help."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ogg_desktop.domain.deadlines import AftercareSchedule, first_talk_due, followups
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.workflow import (
    AftercareEntry,
    AftercareKind,
    AftercareStatus,
    Conversation,
    Referral,
    ReferralTo,
)
from ogg_desktop.gui.labels import referral_label, visibility_label
from ogg_desktop.gui.tabs.aftercare_common import (
    NOTE_MAX,
    _buttons,
    _date_edit,
    _hint,
    long_date,
    reported_moment,
    today,
)
from ogg_desktop.gui.widgets import InlineMessage, to_date


class ConversationDialog(QDialog):
    """Bespreek: date, who was present, a short summary, and who may see it."""

    def __init__(self, case_id: int, conversation: Conversation | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.existing = conversation
        self.setWindowTitle(self.tr("Gesprek wijzigen") if conversation else self.tr("Gesprek vastleggen"))
        self.message = InlineMessage(self)
        self.held_on = _date_edit(self, self.tr("Datum van het gesprek"),
                                  conversation.held_on if conversation else today())
        self.present = QLineEdit(self)
        self.present.setAccessibleName(self.tr("Aanwezig"))
        self.present.setPlaceholderText(self.tr("bijv. medewerker en vertrouwenspersoon"))
        self.summary = QPlainTextEdit(self)
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("Wat is besproken, wat is afgesproken."))
        self.visibility = QComboBox(self)
        for v in Visibility:
            self.visibility.addItem(visibility_label(v), v.value)
        self.visibility.setAccessibleName(self.tr("Wie mag de samenvatting zien"))
        form = QFormLayout(self)
        form.addRow(self.message)
        form.addRow(self.tr("&Datum"), self.held_on)
        form.addRow(self.tr("&Aanwezig"), self.present)
        form.addRow(self.tr("&Samenvatting"), self.summary)
        form.addRow("", _hint(self.tr("Houd het kort en schrijf zo min mogelijk over anderen: een dossier kan "
                                      "worden opgevraagd."), self))
        form.addRow(self.tr("&Zichtbaar voor"), self.visibility)
        form.addRow(_buttons(self))
        if conversation:
            self.present.setText(conversation.present)
            self.summary.setPlainText(conversation.summary)
            self.visibility.setCurrentIndex(self.visibility.findData(conversation.visibility.value))
        self.setMinimumWidth(520)

    def accept(self) -> None:
        if not self.present.text().strip():
            self.message.show_message("error", self.tr("Vul in wie er bij het gesprek waren."))
            self.present.setFocus()
            return
        if to_date(self.held_on.date()) > today():
            self.message.show_message("error", self.tr(
                "De datum ligt in de toekomst. Leg een gesprek vast nadat het is gehouden."))
            self.held_on.setFocus()
            return
        super().accept()

    def conversation(self) -> Conversation:
        return Conversation(self.case_id, to_date(self.held_on.date()), self.present.text().strip(),
                            self.summary.toPlainText().strip(), Visibility(self.visibility.currentData()),
                            self.existing.id if self.existing else None)


class StartAftercareDialog(QDialog):
    """Start the aftercare track from the date of the report, with the planned dates shown beforehand."""

    def __init__(self, schedule: AftercareSchedule, witnesses: list[tuple[str, int | None]],
                 existing: list[AftercareEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.existing = existing
        self.for_witness = bool(witnesses)
        self.setWindowTitle(self.tr("Nazorg starten voor getuige") if witnesses else self.tr("Nazorg starten"))
        self.message = InlineMessage(self)
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Getuige"))
        for text, pid in witnesses:
            self.who.addItem(text, pid)
        self.reported = _date_edit(self, self.tr("Datum van de melding"), today())
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName(self.tr("Geplande contacten"))
        form = QFormLayout(self)
        form.addRow(self.message)
        if witnesses:
            form.addRow(self.tr("&Getuige"), self.who)
        else:
            self.who.hide()
        form.addRow(self.tr("&Melding ontvangen op"), self.reported)
        form.addRow(self.tr("Gepland wordt:"), self.preview)
        form.addRow(_buttons(self))
        self.reported.dateChanged.connect(self._update)
        self.who.currentIndexChanged.connect(self._update)
        self.setMinimumWidth(520)
        self._update()

    def person_id(self) -> int | None:
        return self.who.currentData() if self.for_witness else None

    def reported_on(self) -> date:
        return to_date(self.reported.date())

    @Slot()
    def _update(self) -> None:
        day = self.reported_on()
        first = first_talk_due(reported_moment(day), self.schedule)
        lines = [self.tr("Eerste gesprek: uiterlijk {date}").format(date=long_date(first))]
        for due, latest in followups(first, self.schedule):
            if latest:
                lines.append(self.tr("Vervolggesprek: {date}, uiterlijk {latest}").format(
                    date=long_date(due), latest=long_date(latest)))
            else:
                lines.append(self.tr("Vervolggesprek: {date}").format(date=long_date(due)))
        self.preview.setText("\n".join(lines))
        running = any(e.person_id == self.person_id() and e.status == AftercareStatus.PLANNED
                      and e.kind != AftercareKind.CHECKIN for e in self.existing)
        if day > today():
            self.message.show_message("error", self.tr("De datum van de melding ligt in de toekomst."))
        elif running:
            self.message.show_message("warning", self.tr(
                "Voor deze persoon staan al nazorgcontacten gepland. Met OK komt er een tweede reeks bij."))
        else:
            self.message.clear_message()

    def accept(self) -> None:
        if self.reported_on() > today():
            self.message.show_message("error", self.tr("De datum van de melding ligt in de toekomst."))
            self.reported.setFocus()
            return
        super().accept()


class HeldDialog(QDialog):
    """An aftercare contact took place: when, and a short note."""

    def __init__(self, what: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact gehouden"))
        self.message = InlineMessage(self)
        what_label = QLabel(what, self)
        what_label.setWordWrap(True)
        what_label.setTextFormat(Qt.TextFormat.PlainText)
        self.date = _date_edit(self, self.tr("Gehouden op"), today())
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setAccessibleName(self.tr("Korte notitie"))
        self.note_edit.setPlaceholderText(self.tr("bijv. gaat beter, slaapt weer"))
        self.note_edit.setText(note)
        form = QFormLayout(self)
        form.addRow(self.message)
        form.addRow(what_label)
        form.addRow(self.tr("&Gehouden op"), self.date)
        form.addRow(self.tr("Korte &notitie"), self.note_edit)
        form.addRow(_buttons(self))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        if self.held_on() > today():
            self.message.show_message("error", self.tr(
                "De datum ligt in de toekomst. Leg een contact vast nadat het is gehouden."))
            self.date.setFocus()
            return
        super().accept()

    def held_on(self) -> date:
        return to_date(self.date.date())

    def note(self) -> str:
        return self.note_edit.text().strip()


class CheckinDialog(QDialog):
    """The next 'hoe gaat het?' moment."""

    def __init__(self, people: list[tuple[str, int | None]], person_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-in plannen"))
        self.message = InlineMessage(self)
        intro = _hint(self.tr("Vraag regelmatig hoe het gaat. Kies wanneer u de volgende keer contact opneemt."),
                      self)
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Met wie"))
        for text, pid in people:
            self.who.addItem(text, pid)
        self.who.setCurrentIndex(max(0, self.who.findData(person_id)))
        self.date = _date_edit(self, self.tr("Datum van de check-in"), today() + timedelta(weeks=2))
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setAccessibleName(self.tr("Korte notitie"))
        self.note_edit.setPlaceholderText(self.tr("bijv. bellen"))
        form = QFormLayout(self)
        form.addRow(self.message)
        form.addRow(intro)
        form.addRow(self.tr("&Met wie"), self.who)
        form.addRow(self.tr("&Datum"), self.date)
        form.addRow(self.tr("Korte &notitie"), self.note_edit)
        form.addRow(_buttons(self))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        if self.due_on() < today():
            self.message.show_message("error", self.tr("Kies vandaag of een datum later."))
            self.date.setFocus()
            return
        super().accept()

    def person_id(self) -> int | None:
        value = self.who.currentData()
        return int(value) if value is not None else None

    def due_on(self) -> date:
        return to_date(self.date.date())

    def note(self) -> str:
        return self.note_edit.text().strip()


class ReferralDialog(QDialog):
    """Step 7: a referral to professional help."""

    def __init__(self, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.setWindowTitle(self.tr("Doorverwijzen"))
        self.message = InlineMessage(self)
        self.to = QComboBox(self)
        self.to.setAccessibleName(self.tr("Doorverwezen naar"))
        for to in ReferralTo:
            self.to.addItem(referral_label(to), to.value)
        self.date = _date_edit(self, self.tr("Datum van de doorverwijzing"), today())
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setAccessibleName(self.tr("Toelichting"))
        self.note_edit.setPlaceholderText(self.tr("bijv. naam van de praktijk; bij ‘Anders’: naar wie"))
        form = QFormLayout(self)
        form.addRow(self.message)
        form.addRow(self.tr("&Naar"), self.to)
        form.addRow(self.tr("&Datum"), self.date)
        form.addRow(self.tr("&Toelichting"), self.note_edit)
        form.addRow(_buttons(self))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        if ReferralTo(self.to.currentData()) == ReferralTo.OTHER and not self.note_edit.text().strip():
            self.message.show_message("error", self.tr("Bij ‘Anders’: vul in naar wie u doorverwijst."))
            self.note_edit.setFocus()
            return
        if to_date(self.date.date()) > today():
            self.message.show_message("error", self.tr(
                "De datum ligt in de toekomst. Leg een doorverwijzing vast als die is gedaan."))
            self.date.setFocus()
            return
        super().accept()

    def referral(self) -> Referral:
        return Referral(self.case_id, ReferralTo(self.to.currentData()), to_date(self.date.date()),
                        self.note_edit.text().strip())
