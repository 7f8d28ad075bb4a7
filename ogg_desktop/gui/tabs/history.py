"""History: the audit entries of this case (what happened and when, never content)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ogg_desktop.domain.case import Case
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import audit_action_label
from ogg_desktop.services.session import Session


def local_time(at_utc: str) -> str:
    """A stored UTC moment in local time and the app's date format, to the second (for tables)."""
    return formats.utc_text_to_local(at_utc, seconds=True, short=True)


class HistoryTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"),
                                              self.tr("Details")])
        self.table.setAccessibleName(self.tr("Geschiedenis van het dossier"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def load(self, case: Case) -> None:
        entries = list(reversed(self.session.vault.repos.audit.entries(case_ref=case.reference)))
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            for c, text in enumerate((local_time(e.at_utc), e.actor, audit_action_label(e.action), e.detail)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def clear(self) -> None:
        self.table.setRowCount(0)
