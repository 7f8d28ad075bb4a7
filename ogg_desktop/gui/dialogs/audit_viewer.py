"""The whole audit log ("Logboek"): who did what and when — never the content — filtered, paged,
and checked link by link.

The log may hold a million entries, so the table is filled a page at a time (keyset paging in SQL,
newest first) as the user scrolls. 'Keten controleren' recomputes the hash chain on its own
connection in a worker thread and names the first bad entry, which is then shown and selected.

The dialog is put together from its parts, mixins of this one class (so every text keeps the translation context
"AuditLogDialog"): the filter bar (audit_viewer_filters) and the chain check (audit_viewer_chain); the table
model is in audit_viewer_model.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.gui import formats
from ogg_desktop.gui.dialogs.audit_viewer_chain import AuditChainMixin, ChainCheck, chain_reason_text
from ogg_desktop.gui.dialogs.audit_viewer_filters import AuditFilterMixin, utc_bound
from ogg_desktop.gui.dialogs.audit_viewer_model import PAGE, AuditFilter, AuditLogModel, Index, entity_label
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.services.session import Session

__all__ = ["PAGE", "AuditFilter", "AuditLogDialog", "AuditLogModel", "ChainCheck", "Index", "chain_reason_text",
           "entity_label", "utc_bound"]


class AuditLogDialog(AuditFilterMixin, AuditChainMixin, QDialog):
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

        filters = self._build_filters()

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
