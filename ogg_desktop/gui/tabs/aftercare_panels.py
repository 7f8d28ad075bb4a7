"""The three panels of the Nazorg tab: conversations (step 2), aftercare contacts and check-ins (step 3),
and referrals to professional help (step 7), each with its list and buttons.

Their texts belong to the tab: they are translated in the context "AftercareTab"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.deadlines import AftercareSchedule
from ogg_desktop.domain.workflow import AftercareEntry, AftercareKind, AftercareStatus, Conversation, Referral
from ogg_desktop.gui.labels import aftercare_kind_label, aftercare_status_label, referral_label, visibility_label
from ogg_desktop.gui.tabs.aftercare_common import _table, is_overdue, long_date
from ogg_desktop.gui.theme import warning_text_colour

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # on aftercare rows: the person (-1 for the employee)


def status_text(entry: AftercareEntry, on: date) -> str:
    """The 'Stand' column: held or declined on a date, late, today, now due, or planned."""
    if entry.status == AftercareStatus.DONE:
        return QCoreApplication.translate("AftercareTab", "Gehouden op {date}").format(
            date=long_date(entry.done_on or entry.due_on))
    if entry.status == AftercareStatus.DECLINED:
        return QCoreApplication.translate("AftercareTab", "Afgewezen op {date}").format(
            date=long_date(entry.done_on or entry.due_on))
    if entry.status == AftercareStatus.CANCELLED:
        return aftercare_status_label(entry.status)
    if is_overdue(entry, on):
        return QCoreApplication.translate("AftercareTab", "Te laat")
    if entry.due_on == on:
        return QCoreApplication.translate("AftercareTab", "Vandaag")
    if entry.due_on < on:
        return QCoreApplication.translate("AftercareTab", "Nu aan de beurt")
    return aftercare_status_label(entry.status)


def summary_text(entries: list[AftercareEntry], on: date, schedule: Callable[[], AftercareSchedule],
                 who_phrase: Callable[[int | None], str]) -> str:
    """What stands out in the aftercare: how many contacts are late, the next contact and the next check-in."""
    planned = [e for e in entries if e.status == AftercareStatus.PLANNED]
    if not entries:
        return QCoreApplication.translate(
            "AftercareTab", "Nog geen nazorg gepland. Start direct na de melding: {schedule}").format(
            schedule=schedule_text(schedule()))
    parts: list[str] = []
    late = sum(1 for e in planned if is_overdue(e, on))
    if late:
        parts.append(QCoreApplication.translate("AftercareTab", "1 contact is te laat.") if late == 1
                     else QCoreApplication.translate("AftercareTab", "{n} contacten zijn te laat.").format(n=late))
    upcoming = [e for e in planned if not is_overdue(e, on)]
    if upcoming:
        nxt = min(upcoming, key=lambda e: e.due_on)
        parts.append(QCoreApplication.translate("AftercareTab", "Eerstvolgende: {kind} voor {who}, {date}.").format(
            kind=aftercare_kind_label(nxt.kind), who=who_phrase(nxt.person_id), date=long_date(nxt.due_on)))
    checkins = [e for e in planned if e.kind == AftercareKind.CHECKIN and not is_overdue(e, on)]
    if upcoming and min(upcoming, key=lambda e: e.due_on).kind == AftercareKind.CHECKIN:
        pass  # the next contact is the check-in: said once is enough
    elif checkins:
        parts.append(QCoreApplication.translate("AftercareTab", "Volgende check-in: {date}.").format(
            date=long_date(min(e.due_on for e in checkins))))
    else:
        parts.append(QCoreApplication.translate("AftercareTab",
                                                "Geen check-in gepland: vraag regelmatig hoe het gaat."))
    return " ".join(parts)


def schedule_text(schedule: AftercareSchedule) -> str:
    """The organisation's schedule in words: 'eerste gesprek binnen 1 werkdag, daarna na 2 en 6–8 weken.'"""
    if schedule.first_within_working_days is not None:
        days = schedule.first_within_working_days
        first = (QCoreApplication.translate("AftercareTab", "eerste gesprek binnen 1 werkdag") if days == 1 else
                 QCoreApplication.translate("AftercareTab", "eerste gesprek binnen {n} werkdagen").format(n=days))
    else:
        first = QCoreApplication.translate("AftercareTab", "eerste gesprek binnen {hours} uur").format(
            hours=schedule.first_within_hours)
    weeks = [str(w) for w in schedule.followup_weeks]
    if weeks and schedule.last_followup_latest_weeks > schedule.followup_weeks[-1]:
        weeks[-1] = f"{weeks[-1]}–{schedule.last_followup_latest_weeks}"
    if not weeks:
        return first + "."
    listed = weeks[0] if len(weeks) == 1 else QCoreApplication.translate("AftercareTab", "{first} en {last}").format(
        first=", ".join(weeks[:-1]), last=weeks[-1])
    return QCoreApplication.translate("AftercareTab", "{first}, daarna na {weeks} weken.").format(
        first=first, weeks=listed)


class ConversationsPanel(QGroupBox):
    """Step 2 (Bespreek): the conversations held, with who was present and who may see the summary."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("AftercareTab", "Gesprekken (stap 2: bespreek)"), parent)
        self.table = _table(self, [QCoreApplication.translate("AftercareTab", "Datum"),
                                   QCoreApplication.translate("AftercareTab", "Aanwezig"),
                                   QCoreApplication.translate("AftercareTab", "Zichtbaar voor"),
                                   QCoreApplication.translate("AftercareTab", "Samenvatting")],
                            QCoreApplication.translate("AftercareTab", "Gesprekken"))
        self.add_button = QPushButton(QCoreApplication.translate("AftercareTab", "Gesprek &vastleggen…"), self)
        self.edit_button = QPushButton(QCoreApplication.translate("AftercareTab", "Gesprek &wijzigen…"), self)
        tl = QVBoxLayout(self)
        tl.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        tl.addLayout(row)

    def fill(self, conversations: list[Conversation], select: int | None) -> None:
        table = self.table
        table.setRowCount(len(conversations))
        for r, conv in enumerate(conversations):
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


class AftercarePanel(QGroupBox):
    """Step 3 and the check-ins of step 7: the contacts per person, with what the chosen one needs."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("AftercareTab", "Nazorg en check-ins (stap 3: nazorgtraject)"),
                         parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(QCoreApplication.translate("AftercareTab", "Stand van de nazorg"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([QCoreApplication.translate("AftercareTab", "Voor wie en soort contact"),
                                   QCoreApplication.translate("AftercareTab", "Gepland op"),
                                   QCoreApplication.translate("AftercareTab", "Uiterlijk"),
                                   QCoreApplication.translate("AftercareTab", "Stand"),
                                   QCoreApplication.translate("AftercareTab", "Notitie")])
        self.tree.setAccessibleName(QCoreApplication.translate("AftercareTab", "Nazorgcontacten per persoon"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.start_employee = QPushButton(QCoreApplication.translate("AftercareTab", "Nazorg &starten…"), self)
        self.start_employee.setAccessibleName(
            QCoreApplication.translate("AftercareTab", "Nazorg starten voor de medewerker"))
        self.start_witness = QPushButton(QCoreApplication.translate("AftercareTab", "Nazorg voor ge&tuige…"), self)
        self.start_witness.setAccessibleName(
            QCoreApplication.translate("AftercareTab", "Nazorg starten voor een getuige"))
        self.held_button = QPushButton(QCoreApplication.translate("AftercareTab", "Ge&houden…"), self)
        self.held_button.setAccessibleName(QCoreApplication.translate("AftercareTab", "Gekozen contact is gehouden"))
        self.declined_button = QPushButton(QCoreApplication.translate("AftercareTab", "&Afgewezen"), self)
        self.declined_button.setAccessibleName(
            QCoreApplication.translate("AftercareTab", "Gekozen contact is afgewezen"))
        self.checkin_button = QPushButton(QCoreApplication.translate("AftercareTab", "Check-in &plannen…"), self)
        self.checkin_button.setAccessibleName(
            QCoreApplication.translate("AftercareTab", "Check-in plannen: hoe gaat het?"))
        cl = QVBoxLayout(self)
        cl.addWidget(self.summary)
        cl.addWidget(self.tree, 1)
        # Two rows: what the chosen contact needs, then what starts new; one row is too wide in English.
        row = QHBoxLayout()
        selected = QLabel(QCoreApplication.translate("AftercareTab", "Gekozen contact:"), self)
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

    def fill(self, entries: list[AftercareEntry], on: date, select: int | None,
             person_label: Callable[[int | None], str]) -> None:
        """One group per person (the employee first, then each witness), their contacts by date."""
        tree = self.tree
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        people: list[int | None] = []
        for entry in entries:
            if entry.person_id not in people:
                people.append(entry.person_id)
        people.sort(key=lambda pid: pid is not None)  # the employee first; witnesses in order of their first entry
        selected: QTreeWidgetItem | None = None
        for pid in people:
            mine = [e for e in entries if e.person_id == pid]
            late = sum(1 for e in mine if is_overdue(e, on))
            title = person_label(pid)
            if late:
                title = QCoreApplication.translate("AftercareTab", "{who} — te laat: {n}").format(who=title, n=late)
            group = QTreeWidgetItem(tree, [title])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setData(0, Qt.ItemDataRole.UserRole, None)
            group.setData(0, PERSON_ROLE, -1 if pid is None else pid)
            for entry in mine:
                texts = [aftercare_kind_label(entry.kind), long_date(entry.due_on),
                         long_date(entry.latest_on) if entry.latest_on else "", status_text(entry, on),
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


class ReferralsPanel(QGroupBox):
    """Step 7: referrals to professional help."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("AftercareTab", "Doorverwijzingen (stap 7: professionele hulp)"),
                         parent)
        self.table = _table(self, [QCoreApplication.translate("AftercareTab", "Datum"),
                                   QCoreApplication.translate("AftercareTab", "Naar"),
                                   QCoreApplication.translate("AftercareTab", "Toelichting")],
                            QCoreApplication.translate("AftercareTab", "Doorverwijzingen"))
        self.refer_button = QPushButton(QCoreApplication.translate("AftercareTab", "&Doorverwijzen…"), self)
        hl = QVBoxLayout(self)
        hl.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.refer_button)
        row.addStretch(1)
        hl.addLayout(row)

    def fill(self, referrals: list[Referral]) -> None:
        table = self.table
        table.setRowCount(len(referrals))
        for r, ref in enumerate(referrals):
            for c, text in enumerate((long_date(ref.referred_on), referral_label(ref.to), ref.note)):
                table.setItem(r, c, QTableWidgetItem(text))
