"""Gesprekken, nazorg en professionele hulp: steps 2 (Bespreek), 3 (Nazorgtraject) and 7.

Conversations with who was present and who may see the summary; the aftercare contacts planned per
the organisation's schedule (for the employee and for witnesses), held or declined, with a declined
offer made again; check-ins ("hoe gaat het?"); referrals to professional help.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.deadlines import NL_TZ, AftercareSchedule, first_talk_due, followups, reoffer_due
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Involvement, Role
from ogg_desktop.domain.workflow import (
    AftercareEntry,
    AftercareKind,
    AftercareStatus,
    Conversation,
    Referral,
    ReferralTo,
)
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import aftercare_kind_label, aftercare_status_label, referral_label, visibility_label
from ogg_desktop.gui.screen_fit import wrap_in_scroll_area
from ogg_desktop.gui.theme import warning_text_colour
from ogg_desktop.gui.widgets import InlineMessage, read_only_table, to_date, to_qdate
from ogg_desktop.services.session import Session

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # on aftercare rows: the person (-1 for the employee)
NOTE_MAX = 200  # a short note: the file can be demanded, so little free text about anyone


def today() -> date:
    """The counsellor's calendar date."""
    return now_utc().astimezone().date()


def long_date(value: date) -> str:
    """A date in words in the app's language: '3 mei 2025'."""
    return formats.long_date(value)


def reported_moment(day: date) -> datetime:
    """The moment a report came in when only its date is known: midday, Dutch time."""
    return datetime.combine(day, time(12), tzinfo=NL_TZ)


def is_overdue(entry: AftercareEntry, on: date) -> bool:
    """Planned and past its last day (for the 6–8 week window: past the 8 weeks)."""
    return entry.status == AftercareStatus.PLANNED and (entry.latest_on or entry.due_on) < on


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    return read_only_table(parent, headers, name)


def _date_edit(parent: QWidget, name: str, value: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setDate(to_qdate(value))
    edit.setAccessibleName(name)
    return edit


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


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
        talk_box = QGroupBox(self.tr("Gesprekken (stap 2: bespreek)"), self)
        self.conversations = _table(talk_box, [self.tr("Datum"), self.tr("Aanwezig"), self.tr("Zichtbaar voor"),
                                               self.tr("Samenvatting")], self.tr("Gesprekken"))
        self.add_conversation = QPushButton(self.tr("Gesprek &vastleggen…"), talk_box)
        self.edit_conversation = QPushButton(self.tr("Gesprek &wijzigen…"), talk_box)
        tl = QVBoxLayout(talk_box)
        tl.addWidget(self.conversations, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_conversation)
        row.addWidget(self.edit_conversation)
        row.addStretch(1)
        tl.addLayout(row)

        # Step 3 and the check-ins of step 7
        care_box = QGroupBox(self.tr("Nazorg en check-ins (stap 3: nazorgtraject)"), self)
        self.summary = QLabel(care_box)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Stand van de nazorg"))
        self.aftercare = QTreeWidget(care_box)
        self.aftercare.setColumnCount(5)
        self.aftercare.setHeaderLabels([self.tr("Voor wie en soort contact"), self.tr("Gepland op"),
                                        self.tr("Uiterlijk"), self.tr("Stand"), self.tr("Notitie")])
        self.aftercare.setAccessibleName(self.tr("Nazorgcontacten per persoon"))
        self.aftercare.setRootIsDecorated(False)
        self.aftercare.setItemsExpandable(False)
        self.aftercare.setUniformRowHeights(True)
        self.aftercare.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.aftercare.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.aftercare.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.aftercare.header().setStretchLastSection(True)
        self.start_employee = QPushButton(self.tr("Nazorg &starten…"), care_box)
        self.start_employee.setAccessibleName(self.tr("Nazorg starten voor de medewerker"))
        self.start_witness = QPushButton(self.tr("Nazorg voor ge&tuige…"), care_box)
        self.start_witness.setAccessibleName(self.tr("Nazorg starten voor een getuige"))
        self.held_button = QPushButton(self.tr("Ge&houden…"), care_box)
        self.held_button.setAccessibleName(self.tr("Gekozen contact is gehouden"))
        self.declined_button = QPushButton(self.tr("&Afgewezen"), care_box)
        self.declined_button.setAccessibleName(self.tr("Gekozen contact is afgewezen"))
        self.checkin_button = QPushButton(self.tr("Check-in &plannen…"), care_box)
        self.checkin_button.setAccessibleName(self.tr("Check-in plannen: hoe gaat het?"))
        cl = QVBoxLayout(care_box)
        cl.addWidget(self.summary)
        cl.addWidget(self.aftercare, 1)
        # Two rows: what the chosen contact needs, then what starts new; one row is too wide in English.
        row = QHBoxLayout()
        selected = QLabel(self.tr("Gekozen contact:"), care_box)
        row.addWidget(selected)
        row.addWidget(self.held_button)
        row.addWidget(self.declined_button)
        row.addStretch(1)
        cl.addLayout(row)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_employee)
        start_row.addWidget(self.start_witness)
        start_row.addStretch(1)
        start_row.addWidget(self.checkin_button)
        cl.addLayout(start_row)

        # Step 7: professional help
        help_box = QGroupBox(self.tr("Doorverwijzingen (stap 7: professionele hulp)"), self)
        self.referrals = _table(help_box, [self.tr("Datum"), self.tr("Naar"), self.tr("Toelichting")],
                                self.tr("Doorverwijzingen"))
        self.refer_button = QPushButton(self.tr("&Doorverwijzen…"), help_box)
        hl = QVBoxLayout(help_box)
        hl.addWidget(self.referrals, 1)
        row = QHBoxLayout()
        row.addWidget(self.refer_button)
        row.addStretch(1)
        hl.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(talk_box, 2)
        layout.addWidget(care_box, 4)
        layout.addWidget(help_box, 1)
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
        table = self.conversations
        table.setRowCount(len(self.conversation_list))
        for r, conv in enumerate(self.conversation_list):
            lines = conv.summary.strip().splitlines()
            first = lines[0] if lines else ""
            if len(first) > 80:
                first = first[:80].rstrip() + "…"
            elif len(lines) > 1:
                first += " …"
            for c, text in enumerate((long_date(conv.held_on), conv.present, visibility_label(conv.visibility),
                                      first)):
                table.setItem(r, c, QTableWidgetItem(text))
            if conv.id == select:
                table.selectRow(r)

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
        if entry.status == AftercareStatus.DONE:
            return self.tr("Gehouden op {date}").format(date=long_date(entry.done_on or entry.due_on))
        if entry.status == AftercareStatus.DECLINED:
            return self.tr("Afgewezen op {date}").format(date=long_date(entry.done_on or entry.due_on))
        if entry.status == AftercareStatus.CANCELLED:
            return aftercare_status_label(entry.status)
        if is_overdue(entry, on):
            return self.tr("Te laat")
        if entry.due_on == on:
            return self.tr("Vandaag")
        if entry.due_on < on:
            return self.tr("Nu aan de beurt")
        return aftercare_status_label(entry.status)

    def _fill_aftercare(self, select: int | None) -> None:
        """One group per person (the employee first, then each witness), their contacts by date."""
        assert self.case is not None
        on = today()
        self.entries = self.session.workflow.aftercare(self.case)
        tree = self.aftercare
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        people: list[int | None] = []
        for entry in self.entries:
            if entry.person_id not in people:
                people.append(entry.person_id)
        people.sort(key=lambda pid: pid is not None)  # the employee first; witnesses in order of their first entry
        selected: QTreeWidgetItem | None = None
        for pid in people:
            mine = [e for e in self.entries if e.person_id == pid]
            late = sum(1 for e in mine if is_overdue(e, on))
            title = self.person_label(pid)
            if late:
                title = self.tr("{who} — te laat: {n}").format(who=title, n=late)
            group = QTreeWidgetItem(tree, [title])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setData(0, Qt.ItemDataRole.UserRole, None)
            group.setData(0, PERSON_ROLE, -1 if pid is None else pid)
            for entry in mine:
                texts = [aftercare_kind_label(entry.kind), long_date(entry.due_on),
                         long_date(entry.latest_on) if entry.latest_on else "", self.status_text(entry, on),
                         entry.note]
                item = QTreeWidgetItem(group, texts)
                item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
                item.setData(0, PERSON_ROLE, -1 if pid is None else pid)
                if entry.note:
                    item.setToolTip(4, entry.note)
                if is_overdue(entry, on):  # said in words in the status column; bold and red only add to that
                    late_colour = warning_text_colour()  # none in high contrast: the palette's text is readable
                    for c in range(len(texts)):
                        item.setFont(c, bold)
                        if late_colour is not None:
                            item.setForeground(c, late_colour)
                if entry.id == select:
                    selected = item
        tree.expandAll()
        for c, least in enumerate((180, 130, 100, 120)):  # readable headers also while the list is empty
            tree.resizeColumnToContents(c)
            tree.setColumnWidth(c, max(least, tree.columnWidth(c) + 6))
        if selected is not None:
            tree.setCurrentItem(selected)
        self.summary.setText(self._summary_text(on))

    def _summary_text(self, on: date) -> str:
        planned = [e for e in self.entries if e.status == AftercareStatus.PLANNED]
        if not self.entries:
            return self.tr("Nog geen nazorg gepland. Start direct na de melding: {schedule}").format(
                schedule=self._schedule_text(self.session.workflow.schedule()))
        parts: list[str] = []
        late = sum(1 for e in planned if is_overdue(e, on))
        if late:
            parts.append(self.tr("1 contact is te laat.") if late == 1
                         else self.tr("{n} contacten zijn te laat.").format(n=late))
        upcoming = [e for e in planned if not is_overdue(e, on)]
        if upcoming:
            nxt = min(upcoming, key=lambda e: e.due_on)
            parts.append(self.tr("Eerstvolgende: {kind} voor {who}, {date}.").format(
                kind=aftercare_kind_label(nxt.kind), who=self.who_phrase(nxt.person_id), date=long_date(nxt.due_on)))
        checkins = [e for e in planned if e.kind == AftercareKind.CHECKIN and not is_overdue(e, on)]
        if upcoming and min(upcoming, key=lambda e: e.due_on).kind == AftercareKind.CHECKIN:
            pass  # the next contact is the check-in: said once is enough
        elif checkins:
            parts.append(self.tr("Volgende check-in: {date}.").format(
                date=long_date(min(e.due_on for e in checkins))))
        else:
            parts.append(self.tr("Geen check-in gepland: vraag regelmatig hoe het gaat."))
        return " ".join(parts)

    def _schedule_text(self, schedule: AftercareSchedule) -> str:
        if schedule.first_within_working_days is not None:
            days = schedule.first_within_working_days
            first = self.tr("eerste gesprek binnen 1 werkdag") if days == 1 else self.tr(
                "eerste gesprek binnen {n} werkdagen").format(n=days)
        else:
            first = self.tr("eerste gesprek binnen {hours} uur").format(hours=schedule.first_within_hours)
        weeks = [str(w) for w in schedule.followup_weeks]
        if weeks and schedule.last_followup_latest_weeks > schedule.followup_weeks[-1]:
            weeks[-1] = f"{weeks[-1]}–{schedule.last_followup_latest_weeks}"
        if not weeks:
            return first + "."
        listed = weeks[0] if len(weeks) == 1 else self.tr("{first} en {last}").format(
            first=", ".join(weeks[:-1]), last=weeks[-1])
        return self.tr("{first}, daarna na {weeks} weken.").format(first=first, weeks=listed)

    def _fill_referrals(self) -> None:
        assert self.case is not None
        self.referral_list = self.session.workflow.referrals(self.case)
        table = self.referrals
        table.setRowCount(len(self.referral_list))
        for r, ref in enumerate(self.referral_list):
            for c, text in enumerate((long_date(ref.referred_on), referral_label(ref.to), ref.note)):
                table.setItem(r, c, QTableWidgetItem(text))

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


__all__ = ["AftercareTab", "CheckinDialog", "ConversationDialog", "HeldDialog", "ReferralDialog",
           "StartAftercareDialog", "long_date", "today"]
