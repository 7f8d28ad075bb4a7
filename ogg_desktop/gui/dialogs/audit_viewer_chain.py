"""'Keten controleren' in the Logboek: the hash chain recomputed on a connection of its own in a worker thread,
the verdict in words, and the first bad entry shown and selected."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QThread, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ogg_desktop.domain.audit import ChainReport
from ogg_desktop.gui import formats
from ogg_desktop.gui.dialogs.audit_viewer_host import AuditLogDialogHost
from ogg_desktop.gui.tabs.history import local_time
from ogg_desktop.vault.vault import Vault


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



class AuditChainMixin(AuditLogDialogHost):
    """The chain check of AuditLogDialog (a mixin, so its texts keep the context "AuditLogDialog")."""

    def checking(self) -> bool:
        return self._check is not None and self._check.isRunning()

    @Slot()
    def check_chain(self) -> None:
        if self.checking():
            return
        self.check_button.setEnabled(False)
        self.busy.show()
        self.verdict.show_message("info", QCoreApplication.translate("AuditLogDialog", "De keten wordt gecontroleerd…"))
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
        self.verdict.show_message("error", QCoreApplication.translate(
            "AuditLogDialog",
            "De keten kon niet worden gecontroleerd: de kluis is niet te lezen. Probeer het opnieuw of kies "
            "Kluis → Integriteit controleren."))

    @Slot(object)
    def _chain_checked(self, report: ChainReport) -> None:
        self.model.reload()  # show the rows as they are now, as checked
        if report.ok:
            self.model.mark_bad(None)
            self.verdict.show_message("success", QCoreApplication.translate(
                "AuditLogDialog", "De keten is in orde: {n} regels gecontroleerd.").format(
                n=formats.number(report.checked)))
            return
        bad = report.first_bad_id or 0
        self.model.mark_bad(bad)
        entry = next(iter(self.session.vault.repos.audit.page(before_id=bad + 1, limit=1)), None)
        if report.reason == "truncated" or entry is None or entry.id != bad:
            self.verdict.show_message("error", QCoreApplication.translate(
                "AuditLogDialog",
                "De keten is niet in orde. Eerste foute regel: nummer {id} — die regel ontbreekt. {reason}").format(
                id=formats.number(bad), reason=chain_reason_text(report.reason)))
            return
        self.verdict.show_message("error", QCoreApplication.translate(
            "AuditLogDialog",
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
            self.filter_message.show_message("info", QCoreApplication.translate(
                "AuditLogDialog", "De filters zijn gewist om regel {id} te tonen.").format(
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
