"""The Logboek's table: the audit log, newest first, a page at a time (keyset paging in SQL) as the user scrolls,
with the first bad entry of the chain marked."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from ogg_desktop.domain.audit import AuditEntry
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import audit_action_label
from ogg_desktop.gui.tabs.history import local_time
from ogg_desktop.gui.theme import bad_row_background
from ogg_desktop.vault.repositories.audit import AuditRepository

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


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

