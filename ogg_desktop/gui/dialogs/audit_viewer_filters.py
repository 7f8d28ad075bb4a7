"""The Logboek's filter bar: by case, action, who and dates (local days), applied as the user types."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton

from ogg_desktop.gui.dialogs.audit_viewer_host import AuditLogDialogHost
from ogg_desktop.gui.dialogs.audit_viewer_model import AuditFilter
from ogg_desktop.gui.labels import audit_action_labels
from ogg_desktop.gui.widgets import OptionalDateEdit


def utc_bound(day: date) -> str:
    """Local midnight at the start of ``day`` as the log's UTC time text."""
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class AuditFilterMixin(AuditLogDialogHost):
    """The filter fields of AuditLogDialog (a mixin, so its texts keep the context "AuditLogDialog")."""

    def _build_filters(self) -> QGridLayout:
        self.case_ref = QLineEdit(self)
        self.case_ref.setPlaceholderText(QCoreApplication.translate("AuditLogDialog", "kenmerk, bijv. OGG-2026-0001"))
        self.case_ref.setClearButtonEnabled(True)
        self.action = QComboBox(self)
        self.action.addItem(QCoreApplication.translate("AuditLogDialog", "Alle handelingen"), "")
        for code, text in sorted(audit_action_labels().items(), key=lambda pair: pair[1].casefold()):
            self.action.addItem(text, code)
        self.actor = QLineEdit(self)
        self.actor.setPlaceholderText(QCoreApplication.translate("AuditLogDialog", "gebruikersnaam"))
        self.actor.setClearButtonEnabled(True)
        self.date_from = OptionalDateEdit(QCoreApplication.translate("AuditLogDialog", "Vanaf datum"), self)
        self.date_to = OptionalDateEdit(QCoreApplication.translate("AuditLogDialog", "Tot en met datum"), self)
        self.reset_button = QPushButton(QCoreApplication.translate("AuditLogDialog", "Filters &wissen"), self)
        for widget, name in ((self.case_ref, QCoreApplication.translate("AuditLogDialog", "Filter op dossier")),
                             (self.action, QCoreApplication.translate("AuditLogDialog", "Filter op handeling")),
                             (self.actor, QCoreApplication.translate("AuditLogDialog", "Filter op wie")),
                             (self.reset_button, QCoreApplication.translate("AuditLogDialog", "Filters wissen"))):
            widget.setAccessibleName(name)
        for day in (self.date_from, self.date_to):
            day.set_value(None)  # shows "geen datum" until switched on
        filters = QGridLayout()
        filters.setHorizontalSpacing(12)
        for row, column, text, field in (
                (0, 0, QCoreApplication.translate("AuditLogDialog", "&Dossier"), self.case_ref),
                (0, 2, QCoreApplication.translate("AuditLogDialog", "&Handeling"), self.action),
                (0, 4, QCoreApplication.translate("AuditLogDialog", "W&ie"), self.actor),
                (1, 0, QCoreApplication.translate("AuditLogDialog", "&Vanaf"), self.date_from),
                (1, 2, QCoreApplication.translate("AuditLogDialog", "&Tot en met"), self.date_to)):
            label = QLabel(text, self)
            label.setBuddy(field)
            filters.addWidget(label, row, column)
            filters.addWidget(field, row, column + 1)
        filters.addWidget(self.reset_button, 1, 5, Qt.AlignmentFlag.AlignRight)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)
        return filters

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
            self.filter_message.show_message("warning", QCoreApplication.translate(
                "AuditLogDialog",
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
