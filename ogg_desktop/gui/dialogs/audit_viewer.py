"""The whole audit log ("Logboek"): who did what and when — never the content — filtered, paged,
and checked link by link.

The log may hold a million entries, so the table is filled a page at a time (keyset paging in SQL,
newest first) as the user scrolls. 'Keten controleren' recomputes the hash chain on its own
connection in a worker thread and names the first bad entry, which is then shown and selected.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.audit import AuditEntry, ChainReport
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import audit_action_label, audit_action_labels
from ogg_desktop.gui.tabs.history import local_time
from ogg_desktop.gui.theme import bad_row_background
from ogg_desktop.gui.widgets import InlineMessage, OptionalDateEdit
from ogg_desktop.services.session import Session
from ogg_desktop.vault.repositories.audit import AuditRepository
from ogg_desktop.vault.vault import Vault

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


def utc_bound(day: date) -> str:
    """Local midnight at the start of ``day`` as the log's UTC time text."""
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def entity_label(entity: str) -> str:
    labels = {
        "case": QCoreApplication.translate("AuditLog", "Dossier"),
        "evidence": QCoreApplication.translate("AuditLog", "Bewijsstuk"),
        "note": QCoreApplication.translate("AuditLog", "Notitie"),
        "person": QCoreApplication.translate("AuditLog", "Betrokkene"),
        "account": QCoreApplication.translate("AuditLog", "Account"),
        "consent": QCoreApplication.translate("AuditLog", "Toestemming"),
        "consent_override": QCoreApplication.translate("AuditLog", "Conflict van plichten"),
        "conversation": QCoreApplication.translate("AuditLog", "Gesprek"),
        "aftercare": QCoreApplication.translate("AuditLog", "Nazorg"),
        "platform_report": QCoreApplication.translate("AuditLog", "Melding bij platform"),
        "police_report": QCoreApplication.translate("AuditLog", "Politie"),
        "legal_action": QCoreApplication.translate("AuditLog", "Juridische stap"),
        "referral": QCoreApplication.translate("AuditLog", "Doorverwijzing"),
        "export": QCoreApplication.translate("AuditLog", "Rapport"),
        "step": QCoreApplication.translate("AuditLog", "Stap"),
        "correction": QCoreApplication.translate("AuditLog", "Correctie"),
    }
    return labels.get(entity, entity)


def chain_reason_text(reason: str) -> str:
    """What a broken link means, in words (the reasons of ``verify_chain``)."""
    return {
        "hash": QCoreApplication.translate(
            "AuditLog", "Deze regel is achteraf gewijzigd: de inhoud past niet meer bij de vastgelegde hash."),
        "prev_hash": QCoreApplication.translate(
            "AuditLog", "De koppeling met de regel ervoor klopt niet: een eerdere regel is vervangen of de "
            "volgorde van de regels is veranderd."),
        "gap": QCoreApplication.translate(
            "AuditLog", "Vlak vóór deze regel ontbreken regels: er zijn regels verwijderd."),
        "truncated": QCoreApplication.translate(
            "AuditLog", "Het logboek is ingekort: de laatste regels zijn verwijderd."),
    }.get(reason, reason)


@dataclass(frozen=True)
class AuditFilter:
    case_ref: str = ""
    action: str = ""
    actor: str = ""
    from_utc: str = ""
    until_utc: str = ""

    @property
    def active(self) -> bool:
        return any(asdict(self).values())


class AuditLogModel(QAbstractTableModel):
    """The log, newest first, a page at a time. ``start_at`` shows the log from that entry down."""

    COLUMNS = ("id", "when", "actor", "action", "case", "entity", "detail")

    def __init__(self, audit: AuditRepository, page_size: int = PAGE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = audit
        self.page_size = page_size
        self.rows: list[AuditEntry] = []
        self.filter = AuditFilter()
        self.start_at: int | None = None
        self.bad_id: int | None = None
        self._exhausted = True

    def headers(self) -> list[str]:
        return [self.tr("Nr."), self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"), self.tr("Dossier"),
                self.tr("Onderdeel"), self.tr("Details")]

    # Loading --------------------------------------------------------------------------------
    def _page(self, before_id: int | None) -> list[AuditEntry]:
        return self.audit.page(before_id=before_id, limit=self.page_size, **asdict(self.filter))

    def set_filter(self, audit_filter: AuditFilter, start_at: int | None = None) -> None:
        self.beginResetModel()
        self.filter = audit_filter
        self.start_at = start_at
        self.rows = self._page(None if start_at is None else start_at + 1)
        self._exhausted = len(self.rows) < self.page_size
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter, self.start_at)

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.bad_id = None
        self._exhausted = True
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if parent.isValid() or self._exhausted or not self.rows:
            return
        more = self._page(self.rows[-1].id)
        self._exhausted = len(more) < self.page_size
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def complete(self) -> bool:
        return self._exhausted

    def row_of(self, entry_id: int) -> int:
        return next((i for i, e in enumerate(self.rows) if e.id == entry_id), -1)

    def mark_bad(self, entry_id: int | None) -> None:
        self.bad_id = entry_id
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

    # Model ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def text(self, entry: AuditEntry, column: str) -> str:
        if column == "id":
            number = formats.number(entry.id)
            return f"\N{WARNING SIGN} {number}" if entry.id == self.bad_id else number
        if column == "when":
            return local_time(entry.at_utc)
        if column == "actor":
            return entry.actor
        if column == "action":
            return audit_action_label(entry.action)
        if column == "case":
            return entry.case_ref
        if column == "entity":
            return " ".join(part for part in (entity_label(entry.entity), entry.entity_id) if part)
        return entry.detail

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        entry = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        bad = entry.id == self.bad_id
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "id" and bad:
            return self.tr("{number}, eerste foute regel").format(number=formats.number(entry.id))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "id" and bad:
            return self.tr("Eerste foute regel van de keten")
        if role == Qt.ItemDataRole.ToolTipRole and column in ("detail", "when"):
            return entry.detail if column == "detail" else self.tr("{time} (UTC: {utc})").format(
                time=local_time(entry.at_utc), utc=entry.at_utc)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role == Qt.ItemDataRole.BackgroundRole and bad:
            background = bad_row_background()
            return QBrush(background) if background is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ChainCheck(QThread):
    """``repos.audit.verify()`` on a connection of its own, off the GUI thread."""

    checked = Signal(object)
    failed = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault

    def run(self) -> None:
        try:
            with self.vault.reader() as repos:
                report = repos.audit.verify()
        except Exception as exc:  # every failure is told to the user in words
            self.failed.emit(type(exc).__name__)
        else:
            self.checked.emit(report)


class AuditLogDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Logboek"))
        self._check: ChainCheck | None = None
        intro = QLabel(self.tr(
            "Wie deed wat en wanneer, in de hele kluis — nooit de inhoud zelf. Elke regel is met een hash "
            "verbonden aan de regel ervoor, zodat achteraf wijzigen, verwijderen of van volgorde veranderen "
            "opvalt bij ‘Keten controleren’."), self)
        intro.setWordWrap(True)

        self.case_ref = QLineEdit(self)
        self.case_ref.setPlaceholderText(self.tr("kenmerk, bijv. OGG-2026-0001"))
        self.case_ref.setClearButtonEnabled(True)
        self.action = QComboBox(self)
        self.action.addItem(self.tr("Alle handelingen"), "")
        for code, text in sorted(audit_action_labels().items(), key=lambda pair: pair[1].casefold()):
            self.action.addItem(text, code)
        self.actor = QLineEdit(self)
        self.actor.setPlaceholderText(self.tr("gebruikersnaam"))
        self.actor.setClearButtonEnabled(True)
        self.date_from = OptionalDateEdit(self.tr("Vanaf datum"), self)
        self.date_to = OptionalDateEdit(self.tr("Tot en met datum"), self)
        self.reset_button = QPushButton(self.tr("Filters &wissen"), self)
        for widget, name in ((self.case_ref, self.tr("Filter op dossier")),
                             (self.action, self.tr("Filter op handeling")), (self.actor, self.tr("Filter op wie")),
                             (self.reset_button, self.tr("Filters wissen"))):
            widget.setAccessibleName(name)
        for day in (self.date_from, self.date_to):
            day.set_value(None)  # shows "geen datum" until switched on
        filters = QGridLayout()
        filters.setHorizontalSpacing(12)
        for row, column, text, field in ((0, 0, self.tr("&Dossier"), self.case_ref),
                                         (0, 2, self.tr("&Handeling"), self.action),
                                         (0, 4, self.tr("W&ie"), self.actor),
                                         (1, 0, self.tr("&Vanaf"), self.date_from),
                                         (1, 2, self.tr("&Tot en met"), self.date_to)):
            label = QLabel(text, self)
            label.setBuddy(field)
            filters.addWidget(label, row, column)
            filters.addWidget(field, row, column + 1)
        filters.addWidget(self.reset_button, 1, 5, Qt.AlignmentFlag.AlignRight)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)

        self.model = AuditLogModel(session.vault.repos.audit, parent=self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Regels van het logboek"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((80, 150, 110, 250, 130, 170)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)

        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Aantal regels"))
        self.newest_button = QPushButton(self.tr("&Nieuwste regels tonen"), self)
        self.newest_button.setAccessibleName(self.tr("Nieuwste regels tonen"))
        self.newest_button.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.newest_button)
        self.filter_message = InlineMessage(self)
        self.verdict = InlineMessage(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("De keten wordt gecontroleerd"))
        self.busy.hide()
        self.check_button = QPushButton(self.tr("&Keten controleren"), self)
        self.check_button.setAccessibleName(self.tr("Keten controleren"))
        self.check_button.setToolTip(self.tr("Elke regel opnieuw narekenen en de eerste foute regel aanwijzen"))
        close = QPushButton(self.tr("&Sluiten"), self)
        close.setAccessibleName(self.tr("Sluiten"))
        for button in (self.reset_button, self.newest_button, self.check_button, close):
            button.setAutoDefault(False)  # Enter in a filter field filters; it does not press a button
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.filter_message)
        layout.addWidget(self.view, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(300)
        self._typing.timeout.connect(self.apply_filter)
        for edit in (self.case_ref, self.actor):
            edit.textChanged.connect(self._typing.start)
            edit.returnPressed.connect(self.apply_filter)
        self.action.currentIndexChanged.connect(self.apply_filter)
        self.date_from.changed.connect(self.apply_filter)
        self.date_to.changed.connect(self.apply_filter)
        self.reset_button.clicked.connect(self.reset_filters)
        self.newest_button.clicked.connect(self.show_newest)
        self.check_button.clicked.connect(self.check_chain)
        close.clicked.connect(self.accept)
        self.model.modelReset.connect(self._update_status)
        self.model.rowsInserted.connect(self._update_status)

        self.apply_filter()
        self.resize(1100, 660)
        self.case_ref.setFocus()

    # Filtering ------------------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        start, end = self.date_from.value(), self.date_to.value()
        return AuditFilter(
            case_ref=self.case_ref.text().strip(),
            action=str(self.action.currentData() or ""),
            actor=self.actor.text().strip(),
            from_utc=utc_bound(start) if start else "",
            until_utc=utc_bound(end + timedelta(days=1)) if end else "",
        )

    @Slot()
    def apply_filter(self) -> None:
        self._typing.stop()
        start, end = self.date_from.value(), self.date_to.value()
        if start and end and start > end:
            self.filter_message.show_message("warning", self.tr(
                "De datum bij ‘Vanaf’ ligt na die bij ‘Tot en met’; daarom staat er niets in de lijst."))
        else:
            self.filter_message.clear_message()
        self.newest_button.hide()
        self.model.set_filter(self.current_filter())

    @Slot()
    def reset_filters(self) -> None:
        for widget in (self.case_ref, self.actor, self.action, self.date_from, self.date_to):
            widget.blockSignals(True)
        self.case_ref.clear()
        self.actor.clear()
        self.action.setCurrentIndex(0)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        for widget in (self.case_ref, self.actor, self.action, self.date_from, self.date_to):
            widget.blockSignals(False)
        self.apply_filter()

    @Slot()
    def show_newest(self) -> None:
        self.newest_button.hide()
        self.model.set_filter(self.model.filter)
        self.view.scrollToTop()

    @Slot()
    def _update_status(self) -> None:
        shown = formats.number(len(self.model.rows))
        total = formats.number(self.session.vault.repos.audit.last_id())
        if self.model.complete():
            found = self.tr("{n} regels gevonden.").format(n=shown)
        else:
            found = self.tr("{n} regels getoond; scroll omlaag voor oudere regels.").format(n=shown)
        parts = [self.tr("Het logboek telt {total} regels.").format(total=total), found]
        if self.model.start_at is not None:
            parts.append(self.tr("Getoond vanaf regel {id}; nieuwere regels staan er niet bij.").format(
                id=formats.number(self.model.start_at)))
        self.status.setText(" ".join(parts))

    # Chain check ----------------------------------------------------------------------------
    def checking(self) -> bool:
        return self._check is not None and self._check.isRunning()

    @Slot()
    def check_chain(self) -> None:
        if self.checking():
            return
        self.check_button.setEnabled(False)
        self.busy.show()
        self.verdict.show_message("info", self.tr("De keten wordt gecontroleerd…"))
        self._check = ChainCheck(self.session.vault, self)
        self._check.checked.connect(self._chain_checked)
        self._check.failed.connect(self._chain_failed)
        self._check.finished.connect(self._check_ended)
        self._check.start()

    @Slot()
    def _check_ended(self) -> None:
        self.check_button.setEnabled(True)
        self.busy.hide()

    @Slot(str)
    def _chain_failed(self, _error: str) -> None:
        self.verdict.show_message("error", self.tr(
            "De keten kon niet worden gecontroleerd: de kluis is niet te lezen. Probeer het opnieuw of kies "
            "Kluis → Integriteit controleren."))

    @Slot(object)
    def _chain_checked(self, report: ChainReport) -> None:
        self.model.reload()  # show the rows as they are now, as checked
        if report.ok:
            self.model.mark_bad(None)
            self.verdict.show_message("success", self.tr("De keten is in orde: {n} regels gecontroleerd.").format(
                n=formats.number(report.checked)))
            return
        bad = report.first_bad_id or 0
        self.model.mark_bad(bad)
        entry = next(iter(self.session.vault.repos.audit.page(before_id=bad + 1, limit=1)), None)
        if report.reason == "truncated" or entry is None or entry.id != bad:
            self.verdict.show_message("error", self.tr(
                "De keten is niet in orde. Eerste foute regel: nummer {id} — die regel ontbreekt. {reason}").format(
                id=formats.number(bad), reason=chain_reason_text(report.reason)))
            return
        self.verdict.show_message("error", self.tr(
            "De keten is niet in orde. Eerste foute regel: nummer {id}, van {time}. {reason} Alles vanaf deze regel "
            "is onbetrouwbaar.").format(id=formats.number(bad), time=local_time(entry.at_utc),
                                       reason=chain_reason_text(report.reason)))
        self.show_entry(bad)

    def show_entry(self, entry_id: int) -> None:
        """Select and show one entry: filters that hide it are cleared; when it lies far below the
        loaded pages, the list starts at it."""
        shown = self.model.filter
        matches = self.session.vault.repos.audit.page(before_id=entry_id + 1, limit=1, **asdict(shown))
        if not matches or matches[0].id != entry_id:
            self.reset_filters()
            self.filter_message.show_message("info", self.tr("De filters zijn gewist om regel {id} te tonen.").format(
                id=formats.number(entry_id)))
        row = self.model.row_of(entry_id)
        if row < 0:
            self.model.set_filter(self.model.filter, start_at=entry_id)
            self.newest_button.show()
            row = self.model.row_of(entry_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.setFocus()

    # Closing --------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        check = self._check
        if check is not None and check.isRunning():
            # Let a long check finish on its own; the application waits for it before quitting.
            app = QCoreApplication.instance()
            check.checked.disconnect(self._chain_checked)
            check.failed.disconnect(self._chain_failed)
            check.finished.disconnect(self._check_ended)
            check.setParent(app)
            check.finished.connect(check.deleteLater)
            if app is not None:
                app.aboutToQuit.connect(check.wait)
        self._check = None
        self.model.clear()  # nothing of the log stays in memory once the dialog is closed
        super().done(result)
