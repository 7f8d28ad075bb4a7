"""Tijdlijn: everything that happened in a case, in date order."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.checklist import Step, StepState
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import step_label, step_state_label
from ogg_desktop.services.session import Session
from ogg_desktop.services.timeline import TimelineEntry


def describe(entry: TimelineEntry) -> tuple[str, str]:
    """(what, detail) in words for one timeline entry."""
    kinds = {
        "case_opened": QCoreApplication.translate("TimelineTab", "Dossier geopend"),
        "evidence": QCoreApplication.translate("TimelineTab", "Bewijs vastgelegd"),
        "conversation": QCoreApplication.translate("TimelineTab", "Gesprek"),
        "aftercare_done": QCoreApplication.translate("TimelineTab", "Nazorgcontact gehouden"),
        "aftercare_declined": QCoreApplication.translate("TimelineTab", "Nazorg afgewezen"),
        "platform_report": QCoreApplication.translate("TimelineTab", "Gemeld bij platform"),
        "platform_decision": QCoreApplication.translate("TimelineTab", "Besluit van platform"),
        "police_report": QCoreApplication.translate("TimelineTab", "Politie"),
        "legal_action": QCoreApplication.translate("TimelineTab", "Juridische stap"),
        "referral": QCoreApplication.translate("TimelineTab", "Doorverwezen"),
        "checklist": QCoreApplication.translate("TimelineTab", "Stappenplan bijgewerkt"),
    }
    what = kinds.get(entry.kind, entry.kind)
    detail = entry.detail
    if entry.kind == "checklist" and ":" in detail:
        step, state = detail.split(":", 1)
        with contextlib.suppress(ValueError):
            detail = f"{step_label(Step(step))}: {step_state_label(StepState(state))}"
    elif entry.kind == "conversation":
        detail = ""
    return what, detail


class TimelineTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Wat"), self.tr("Details")])
        self.table.setAccessibleName(self.tr("Tijdlijn van het dossier"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def load(self, case: Case) -> None:
        entries = self.session.timeline.for_case(case)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            what, detail = describe(entry)
            day = formats.long_date(entry.on)
            for col, text in enumerate((day, what, detail)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def clear(self) -> None:
        self.table.setRowCount(0)
