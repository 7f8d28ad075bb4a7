"""Gesprekken, nazorg en professionele hulp: steps 2 (Bespreek), 3 (Nazorgtraject) and 7.

Conversations with who was present and who may see the summary; the aftercare contacts planned per
the organisation's schedule (for the employee and for witnesses), held or declined, with a declined
offer made again; check-ins ("hoe gaat het?"); referrals to professional help.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.deadlines import reoffer_due
from ogg_desktop.domain.people import Involvement, Role
from ogg_desktop.domain.workflow import AftercareEntry, AftercareKind, AftercareStatus, Conversation, Referral
from ogg_desktop.gui.labels import aftercare_kind_label, referral_label
from ogg_desktop.gui.screen_fit import wrap_in_scroll_area
from ogg_desktop.gui.tabs.aftercare_common import long_date, reported_moment, today
from ogg_desktop.gui.tabs.aftercare_dialogs import (
    CheckinDialog,
    ConversationDialog,
    HeldDialog,
    ReferralDialog,
    StartAftercareDialog,
)
from ogg_desktop.gui.tabs.aftercare_panels import (
    PERSON_ROLE,
    AftercarePanel,
    ConversationsPanel,
    ReferralsPanel,
    status_text,
    summary_text,
)
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.services.session import Session


class AftercareTab(QWidget):
    caseChanged = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.conversation_list: list[Conversation] = []
        self.entries: list[AftercareEntry] = []
        self.referral_list: list[Referral] = []
        self.witnesses: list[Involvement] = []
        self.names: dict[int, str] = {}
        self.message = InlineMessage(self)

        # Step 2: Bespreek
        self.talk_panel = ConversationsPanel(self)
        self.conversations = self.talk_panel.table
        self.add_conversation = self.talk_panel.add_button
        self.edit_conversation = self.talk_panel.edit_button
        # Step 3 and the check-ins of step 7
        self.care_panel = AftercarePanel(self)
        self.summary = self.care_panel.summary
        self.aftercare = self.care_panel.tree
        self.start_employee = self.care_panel.start_employee
        self.start_witness = self.care_panel.start_witness
        self.held_button = self.care_panel.held_button
        self.declined_button = self.care_panel.declined_button
        self.checkin_button = self.care_panel.checkin_button
        # Step 7: professional help
        self.help_panel = ReferralsPanel(self)
        self.referrals = self.help_panel.table
        self.refer_button = self.help_panel.refer_button

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.talk_panel, 2)
        layout.addWidget(self.care_panel, 4)
        layout.addWidget(self.help_panel, 1)
        wrap_in_scroll_area(self)  # three lists need more height than a small (or 200 %) screen has: scroll

        self.add_conversation.clicked.connect(self._add_conversation)
        self.edit_conversation.clicked.connect(self._edit_conversation)
        self.conversations.doubleClicked.connect(self._edit_conversation)
        self.start_employee.clicked.connect(self._start_for_employee)
        self.start_witness.clicked.connect(self._start_for_witness)
        self.held_button.clicked.connect(self._held)
        self.declined_button.clicked.connect(self._declined)
        self.checkin_button.clicked.connect(self._plan_checkin)
        self.aftercare.itemSelectionChanged.connect(self._update_buttons)
        self.conversations.itemSelectionChanged.connect(self._update_buttons)
        self.refer_button.clicked.connect(self._refer)
        self._update_buttons()

    # Loading ------------------------------------------------------------------------------------
    def load(self, case: Case) -> None:
        self.message.clear_message()
        self._show(case)

    def clear(self) -> None:
        self.case = None
        self.conversation_list, self.entries, self.referral_list, self.witnesses = [], [], [], []
        self.names = {}
        self.message.clear_message()
        self.summary.clear()
        self.conversations.setRowCount(0)
        self.referrals.setRowCount(0)
        self.aftercare.clear()
        self._update_buttons()

    def _show(self, case: Case, select_entry: int | None = None, select_conversation: int | None = None) -> None:
        self.case = case
        involvements = self.session.people.involvements(case)
        self.witnesses = [inv for inv in involvements if inv.role == Role.WITNESS]
        self.names = {inv.person.id: inv.person.name for inv in involvements if inv.person.id is not None}
        self._fill_conversations(select_conversation)
        self._fill_aftercare(select_entry)
        self._fill_referrals()
        self._update_buttons()

    def _fill_conversations(self, select: int | None) -> None:
        assert self.case is not None
        self.conversation_list = self.session.workflow.conversations(self.case)
        self.talk_panel.fill(self.conversation_list, select)

    def _name(self, person_id: int) -> str:
        name = self.names.get(person_id)
        if name is None:  # no longer in the case's people: the contact still belongs to them
            person = self.session.vault.repos.people.get_person(person_id)
            name = person.name if person else ""
        return name

    def person_label(self, person_id: int | None) -> str:
        """For the 'Voor wie' column: 'Medewerker', or 'Getuige: <name>'."""
        if person_id is None:
            return self.tr("Medewerker")
        name = self._name(person_id)
        return self.tr("Getuige: {name}").format(name=name) if name else self.tr("Getuige")

    def who_phrase(self, person_id: int | None) -> str:
        """Inside a sentence: 'de medewerker', 'getuige <name>'."""
        if person_id is None:
            return self.tr("de medewerker")
        name = self._name(person_id)
        return self.tr("getuige {name}").format(name=name) if name else self.tr("een getuige")

    def status_text(self, entry: AftercareEntry, on: date) -> str:
        return status_text(entry, on)

    def _fill_aftercare(self, select: int | None) -> None:
        """One group per person (the employee first, then each witness), their contacts by date."""
        assert self.case is not None
        on = today()
        self.entries = self.session.workflow.aftercare(self.case)
        self.care_panel.fill(self.entries, on, select, self.person_label)
        self.summary.setText(self._summary_text(on))

    def _summary_text(self, on: date) -> str:
        return summary_text(self.entries, on, self.session.workflow.schedule, self.who_phrase)

    def _fill_referrals(self) -> None:
        assert self.case is not None
        self.referral_list = self.session.workflow.referrals(self.case)
        self.help_panel.fill(self.referral_list)

    def selected_entry(self) -> AftercareEntry | None:
        item = self.aftercare.currentItem()
        if item is None or not item.isSelected():
            return None
        entry_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((e for e in self.entries if e.id == entry_id), None) if entry_id is not None else None

    def selected_person(self) -> int | None:
        """The person of the selected contact or group (None: the employee, or nothing selected)."""
        item = self.aftercare.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(0, PERSON_ROLE)
        return None if value is None or int(value) < 0 else int(value)

    def _selected_conversation(self) -> Conversation | None:
        rows = self.conversations.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.conversation_list[row] if 0 <= row < len(self.conversation_list) else None

    @Slot()
    def _update_buttons(self) -> None:
        has_case = self.case is not None
        for b in (self.add_conversation, self.start_employee, self.start_witness, self.checkin_button,
                  self.refer_button):
            b.setEnabled(has_case)
        self.edit_conversation.setEnabled(has_case and self._selected_conversation() is not None)
        entry = self.selected_entry()
        open_entry = has_case and entry is not None and entry.status == AftercareStatus.PLANNED
        self.held_button.setEnabled(open_entry)
        self.declined_button.setEnabled(open_entry)

    def _changed(self, select_entry: int | None = None, select_conversation: int | None = None) -> None:
        assert self.case is not None and self.case.id is not None
        self._show(self.case, select_entry, select_conversation)
        self.caseChanged.emit(self.case.id)

    # Conversations ------------------------------------------------------------------------------
    @Slot()
    def _add_conversation(self) -> None:
        if self.case is None:
            return
        assert self.case.id is not None
        dialog = ConversationDialog(self.case.id, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            conv = self.session.workflow.add_conversation(self.case, dialog.conversation())
            self.message.show_message("success", self.tr("Gesprek van {date} vastgelegd.").format(
                date=long_date(conv.held_on)))
            self._changed(select_conversation=conv.id)

    @Slot()
    def _edit_conversation(self) -> None:
        conv = self._selected_conversation()
        if self.case is None or conv is None:
            return
        assert self.case.id is not None
        dialog = ConversationDialog(self.case.id, conv, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            changed = dialog.conversation()
            if changed == conv:
                return
            self.session.workflow.update_conversation(self.case, changed)
            self.message.show_message("success", self.tr("Gesprek van {date} gewijzigd.").format(
                date=long_date(changed.held_on)))
            self._changed(select_conversation=changed.id)

    # Aftercare ----------------------------------------------------------------------------------
    def _witness_people(self) -> list[tuple[str, int | None]]:
        """(name, person id) of each witness of the case, once."""
        seen: dict[int, str] = {}
        for inv in self.witnesses:
            if inv.person.id is not None:
                seen.setdefault(inv.person.id, inv.person.name)
        return [(name, pid) for pid, name in seen.items()]

    def _people_choices(self) -> list[tuple[str, int | None]]:
        """The employee and each witness, labelled as in the list."""
        return [(self.tr("Medewerker"), None)] + [
            (self.tr("Getuige: {name}").format(name=name), pid) for name, pid in self._witness_people()]

    def start_aftercare(self, reported_on: date, person_id: int | None = None) -> list[AftercareEntry]:
        """Plan the first talk and the follow-ups for a report that came in on ``reported_on``."""
        assert self.case is not None
        entries = self.session.workflow.start_aftercare(self.case, reported_moment(reported_on), person_id)
        self.message.show_message("success", self.tr(
            "Nazorg gepland voor {who}: eerste gesprek uiterlijk {date}. De vervolggesprekken staan in de lijst."
        ).format(who=self.who_phrase(person_id), date=long_date(entries[0].due_on)))
        self._changed(select_entry=entries[0].id)
        return entries

    @Slot()
    def _start_for_employee(self) -> None:
        self._start(witness=False)

    @Slot()
    def _start_for_witness(self) -> None:
        if self.case is not None and not self.witnesses:
            self.message.show_message("info", self.tr(
                "Dit dossier heeft nog geen getuigen. Voeg ze toe op het tabblad Betrokkenen, met de rol "
                "Getuige; daarna kunt u hier nazorg voor hen starten."))
            return
        self._start(witness=True)

    def _start(self, witness: bool) -> None:
        if self.case is None:
            return
        choices = self._witness_people() if witness else []
        dialog = StartAftercareDialog(self.session.workflow.schedule(), choices, self.entries, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_aftercare(dialog.reported_on(), dialog.person_id())

    @Slot()
    def _held(self) -> None:
        entry = self.selected_entry()
        if self.case is None or entry is None or entry.status != AftercareStatus.PLANNED:
            return
        dialog = HeldDialog(self._entry_text(entry), entry.note, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.workflow.complete_aftercare(self.case, entry, dialog.held_on(), dialog.note())
            self.message.show_message("success", self.tr("{what} vastgelegd als gehouden op {date}.").format(
                what=self._entry_text(entry), date=long_date(dialog.held_on())))
            self._changed(select_entry=entry.id)

    def _entry_text(self, entry: AftercareEntry) -> str:
        return self.tr("{kind} voor {who} (gepland op {date})").format(
            kind=aftercare_kind_label(entry.kind), who=self.who_phrase(entry.person_id),
            date=long_date(entry.due_on))

    @Slot()
    def _declined(self) -> None:
        entry = self.selected_entry()
        if self.case is None or entry is None or entry.status != AftercareStatus.PLANNED:
            return
        on = today()
        again = reoffer_due(on, self.session.workflow.schedule())
        answer = QMessageBox.question(
            self, self.tr("Aanbod afgewezen"),
            self.tr("Vastleggen dat het aanbod vandaag is afgewezen?\n\n{what}\n\n"
                    "Het aanbod wordt dan opnieuw gedaan op {date}.").format(
                what=self._entry_text(entry), date=long_date(again)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        reoffer = self.session.workflow.decline_aftercare(self.case, entry, on)
        self.message.show_message("success", self.tr(
            "Afwijzing vastgelegd. Het aanbod wordt opnieuw gedaan op {date}; dat staat nu in de lijst.").format(
            date=long_date(reoffer.due_on)))
        self._changed(select_entry=reoffer.id)

    @Slot()
    def _plan_checkin(self) -> None:
        if self.case is None:
            return
        assert self.case.id is not None
        dialog = CheckinDialog(self._people_choices(), self.selected_person(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            entry = AftercareEntry(self.case.id, AftercareKind.CHECKIN, dialog.due_on(),
                                   person_id=dialog.person_id(), note=dialog.note())
            self.session.workflow.add_aftercare(self.case, entry)
            self.message.show_message("success", self.tr("Check-in gepland op {date}.").format(
                date=long_date(entry.due_on)))
            self._changed(select_entry=entry.id)

    # Referrals ----------------------------------------------------------------------------------
    @Slot()
    def _refer(self) -> None:
        if self.case is None:
            return
        assert self.case.id is not None
        dialog = ReferralDialog(self.case.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            referral = self.session.workflow.add_referral(self.case, dialog.referral())
            self.message.show_message("success", self.tr("Doorverwijzing vastgelegd: {to}, {date}.").format(
                to=referral_label(referral.to), date=long_date(referral.referred_on)))
            self._changed()


__all__ = ["AftercareTab", "CheckinDialog", "ConversationDialog", "HeldDialog", "ReferralDialog",
           "StartAftercareDialog", "long_date", "today"]
