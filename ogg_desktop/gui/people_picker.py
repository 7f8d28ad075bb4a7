"""Tick the case's people who are involved in one item (witnesses, people tagged or sharing it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ogg_desktop.domain.people import Involvement


class PeoplePicker(QListWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Getuigen en anderen bij dit bericht"))
        self.setMaximumHeight(90)
        self.itemChanged.connect(self._item_changed)
        self._loading = False

    def set_people(self, involvements: list[Involvement], chosen: list[int]) -> None:
        self._loading = True
        try:
            self.clear()
            seen: set[int] = set()
            for inv in involvements:
                pid = inv.person.id
                if pid is None or pid in seen:
                    continue
                seen.add(pid)
                entry = QListWidgetItem(inv.person.name, self)
                entry.setData(Qt.ItemDataRole.UserRole, pid)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if pid in chosen else Qt.CheckState.Unchecked)
            if not seen:
                hint = QListWidgetItem(self.tr("Voeg eerst betrokkenen toe (tab Betrokkenen of ‘Nieuwe persoon…’)."),
                                       self)
                hint.setFlags(Qt.ItemFlag.NoItemFlags)
        finally:
            self._loading = False

    def chosen(self) -> list[int]:
        out = []
        for row in range(self.count()):
            entry = self.item(row)
            if entry is not None and entry.checkState() == Qt.CheckState.Checked:
                out.append(int(entry.data(Qt.ItemDataRole.UserRole)))
        return out

    @Slot(QListWidgetItem)
    def _item_changed(self, _entry: QListWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()
