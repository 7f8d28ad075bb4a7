"""The case list: a lazily paged table model (sorting and search in SQL) and the panel around it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ogg_desktop.domain.case import CaseStatus
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import status_label
from ogg_desktop.services.cases import CaseService
from ogg_desktop.vault.repositories.cases import CaseSummary

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    COLUMNS = ("reference", "title", "employee", "status", "opened", "evidence")

    def __init__(self, cases: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases = cases
        self.rows: list[CaseSummary] = []
        self.search = ""
        self.order = "opened"
        self.descending = True
        self.user_sorted = False  # a column header was clicked: that order holds, also while searching
        self._exhausted = False
        self._loaded = False
        self._dates: dict[date, str] = {}  # formatted once: the view asks for every cell many times

    def headers(self) -> list[str]:
        return [self.tr("Kenmerk"), self.tr("Titel"), self.tr("Medewerker"), self.tr("Status"),
                self.tr("Geopend"), self.tr("Bewijs")]

    # Loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self._loaded = True
        self.beginResetModel()
        self.rows = self.cases.summaries(self.search, PAGE, 0, self.order, self.descending)
        self._exhausted = len(self.rows) < PAGE
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """While searching, the best matches come first (found in the case itself before found in
        an item or a note), unless the user chose a column to sort by."""
        self.search = text
        if text.strip() and not self.user_sorted:
            self.order, self.descending = "relevance", True
        elif self.order == "relevance":
            self.order, self.descending = "opened", True
        self.reload()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._exhausted = True
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if parent.isValid() or self._exhausted:
            return
        more = self.cases.summaries(self.search, PAGE, len(self.rows), self.order, self.descending)
        self._exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:  # the view sets its initial sort before anything is shown: no query for that
            self.reload()

    # Model ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    _ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole,
                        Qt.ItemDataRole.TextAlignmentRole})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._ROLES or not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "reference":
                return row.reference
            if column == "title":
                return row.title
            if column == "employee":
                return row.employee
            if column == "status":
                return status_label(row.status)
            if column == "opened":
                return self._date_text(row.opened_on)
            return str(row.evidence_count)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "evidence":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _date_text(self, day: date) -> str:
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = formats.short_date(day)
        return text

    def row_of(self, case_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == case_id), -1)


class CaseListPanel(QWidget):
    caseSelected = Signal(int)

    def __init__(self, cases: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoeken in dossiers, bewijs en notities…"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        self.model = CaseListModel(cases, self)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Dossiers"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Widths from the font, not from the rows: sizing to contents asks every loaded row for
        # every column on each layout, which a long list feels.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.view.fontMetrics()
        statuses = max((status_label(s) for s in CaseStatus), key=metrics.horizontalAdvance)
        for column, sample in ((0, "OGG-2026-0000"), (2, "Medewerker 00000"), (3, statuses),
                               (4, formats.short_date(date(2026, 12, 31))),
                               (5, "000")):
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(self.model.headers()[column]))
            header.resizeSection(column, width + 16)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.view.setColumnHidden(2, True)  # the employee shows in the case header; keeps titles readable
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._debounce.start)
        header.sectionClicked.connect(self._sorted_by_user)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)

    def reload(self, select_case: int | None = None) -> None:
        self.model.reload()
        if select_case is not None:
            self.select(select_case)

    def select(self, case_id: int) -> None:
        """Highlight a case without announcing it: the case view already shows it."""
        row = self.model.row_of(case_id)
        if row >= 0:
            selection = self.view.selectionModel()
            blocked = selection.blockSignals(True)
            self.view.selectRow(row)
            selection.blockSignals(blocked)
            self.view.viewport().update()
            self.view.scrollTo(self.model.index(row, 0))

    @Slot()
    def _run_search(self) -> None:
        self.model.set_search(self.search.text())
        self.view.horizontalHeader().setSortIndicatorShown(self.model.order != "relevance")

    @Slot(int)
    def _sorted_by_user(self, _section: int) -> None:
        self.model.user_sorted = True
        self.view.horizontalHeader().setSortIndicatorShown(True)

    @Slot()
    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.empty.hide()
            return
        self.empty.setText(self.tr("Geen dossiers gevonden voor deze zoekopdracht.") if self.model.search
                           else self.tr("Nog geen dossiers. Kies ‘Nieuw dossier’ om te beginnen."))
        self.empty.show()

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.caseSelected.emit(int(self.model.data(current, Qt.ItemDataRole.UserRole)))
