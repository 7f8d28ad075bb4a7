"""Kluis → Overdracht: a case or the whole vault to an encrypted bundle for a successor, and a bundle
from a predecessor into this vault.

The bundle is written and opened (checked) in a worker thread through connections of its own; only
the import itself, one transaction on the vault, runs in the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.gui.dialogs.backup_restore import FileRow, choose_file, file_size_text, grow_to_fit, heading
from ogg_desktop.gui.dialogs.vault_dialogs import NewPassphraseFields
from ogg_desktop.gui.handover_messages import handover_error_text
from ogg_desktop.gui.messages import input_problem_text, invalid_input_text
from ogg_desktop.gui.privacy import choose_save_file
from ogg_desktop.gui.widgets import InlineMessage, PassphraseEdit, read_only_table
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.handover import HandoverService
from ogg_desktop.services.session import Session
from ogg_desktop.vault.bundle import SUFFIX, BundleTargetExistsError, BundleWritten, ImportResult, OpenedBundle
from ogg_desktop.vault.errors import VaultError

if TYPE_CHECKING:
    from ogg_desktop.gui.main_window import MainWindow

T = TypeVar("T")


class CancelledError(Exception):
    """The wait was ended from outside (the app locked): the result, if any, is not used."""


class _BusyDialog(QProgressDialog):
    """A progress dialog without Cancel that Esc and the close button do not end: the work runs to its
    end. Only the app's lock cancels it (by its ``canceled`` signal)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


def run_busy(parent: QWidget, title: str, text: str, work: Callable[[], T]) -> T:
    """Run ``work`` in a worker thread while a busy dialog shows; return its result or raise its error.

    ``work`` must not touch widgets or the vault's main connection. When the app locks meanwhile, the
    lock cancels the dialog: the work still finishes in its thread, but CancelledError is raised here so
    nothing is done with a vault that has been closed."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the GUI thread, which shows it in words
            outcome["error"] = exc

    dialog = _BusyDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # no button: the work cannot be stopped half-way
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    cancelled: list[bool] = []
    dialog.canceled.connect(lambda: cancelled.append(True))
    worker = threading.Thread(target=target, name="ogg-handover", daemon=True)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(25)
    poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    worker.start()
    dialog.show()
    poll.start()
    loop.exec()
    poll.stop()
    dialog.hide()
    dialog.deleteLater()
    if cancelled:
        raise CancelledError
    if "error" in outcome:
        error = outcome["error"]
        assert isinstance(error, BaseException)
        raise error
    return outcome["value"]  # type: ignore[return-value]


class ExportBundleDialog(QDialog):
    """One case (``case``) or the whole vault (``case`` None) to a bundle with its own passphrase."""

    def __init__(self, session: Session, case: Case | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case = session, case
        self.written: BundleWritten | None = None
        title = self.tr("Dossier overdragen") if case is not None else self.tr("Hele kluis overdragen")
        self.setWindowTitle(title)
        intro = QLabel(self.tr(
            "Maak één versleuteld bestand voor uw opvolger, met een eigen wachtwoord. Geef dat wachtwoord apart "
            "door (bijvoorbeeld telefonisch), nooit samen met het bestand. De opvolger neemt het over met "
            "Kluis → Overdracht → Bundel importeren…"), self)
        intro.setWordWrap(True)
        if case is not None:
            what_text = self.tr("Dossier {ref} — {title}, met bewijsstukken, betrokkenen, notities, stappen en "
                                "toestemmingen. Geen andere dossiers.").format(ref=case.reference, title=case.title)
        else:
            what_text = self.tr("Alle {n} dossiers, met de geschiedenis (logboek) en de instellingen van de "
                                "kluis.").format(n=session.cases.count())
        what = QLabel(what_text, self)
        what.setWordWrap(True)
        what.setAccessibleName(self.tr("Wat in de bundel komt"))
        self.file = FileRow(self.tr("Bestand voor de bundel"), self._choose, self)
        file_label = QLabel(self.tr("&Bestand"), self)
        file_label.setBuddy(self.file.edit)
        self.fields = NewPassphraseFields(self, self.tr("W&achtwoord voor de bundel"))
        form = self.fields.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(0, file_label, self.file)  # one column of labels for the file and the passphrase
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.make_button = self.buttons.addButton(self.tr("Bundel &maken"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setDefault(True)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._make)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self))
        layout.addWidget(intro)
        layout.addWidget(what)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self._overwrite_ok: Path | None = None

    def _say(self, text: str) -> None:
        self.message.show_message("error", text)
        grow_to_fit(self)

    def _suggested(self) -> str:
        if self.case is not None:
            return f"ogg-overdracht-{self.case.reference}{SUFFIX}"
        return f"ogg-overdracht-kluis-{now_utc().astimezone().strftime('%Y%m%d')}{SUFFIX}"

    @Slot()
    def _choose(self) -> None:
        name = choose_save_file(self, self.tr("Bundel opslaan als"), self._suggested(),
                                self.tr("Overdrachtsbundel (*{suffix})").format(suffix=SUFFIX))
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(SUFFIX)
        self.file.edit.setText(str(path))
        self._overwrite_ok = path.absolute() if path.exists() else None  # the file dialog asked already
        self.fields.first.setFocus()

    @Slot()
    def _make(self) -> None:
        self.message.clear_message()
        target = self.file.path()
        if target is None:
            self._say(self.tr("Kies waar de bundel komt."))
            self.file.setFocus()
            return
        if not target.parent.is_dir():
            self._say(self.tr("De map {folder} bestaat niet.").format(folder=target.parent))
            return
        if not self.fields.ok:
            problem = "mismatch" if self.fields.meter.acceptable else (
                self.fields.first.text() and "too_guessable") or "too_short"
            self._say(input_problem_text(problem))
            self.fields.first.setFocus()
            return
        overwrite = target.exists() and self._overwrite_ok == target
        if target.exists() and not overwrite:
            self._say(handover_error_text(BundleTargetExistsError(str(target))))
            return
        service = HandoverService(self.session.vault)
        passphrase = self.fields.passphrase()
        case = self.case
        try:
            if case is not None:
                written = run_busy(self, self.windowTitle(), self.tr("Bundel maken en controleren…"),
                                   lambda: service.build_case_bundle(case, target, passphrase, overwrite=overwrite))
            else:
                written = run_busy(self, self.windowTitle(), self.tr("Bundel maken en controleren…"),
                                   lambda: service.build_vault_bundle(target, passphrase, overwrite=overwrite))
            service.record_export(written, case)
        except CancelledError:
            return
        except InvalidInputError as exc:
            self._say(invalid_input_text(exc))
            return
        except VaultError as exc:
            self._say(handover_error_text(exc))
            return
        except OSError as exc:
            self._say(self.tr(
                "De bundel kon niet worden geschreven ({reason}). Er is niets achtergelaten.").format(
                reason=exc.strerror or type(exc).__name__))
            return
        self.written = written
        self.accept()


class ImportBundleDialog(QDialog):
    """Open a bundle with its passphrase, see which cases it holds, then take them over."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = HandoverService(session.vault)
        self.opened: OpenedBundle | None = None
        self.result_import: ImportResult | None = None
        self.setWindowTitle(self.tr("Overdracht importeren"))
        intro = QLabel(self.tr(
            "Kies de bundel die u van uw voorganger of een collega hebt gekregen en vul het wachtwoord van de "
            "bundel in. Alles wordt eerst gecontroleerd; er verandert niets tot u op Overnemen klikt."), self)
        intro.setWordWrap(True)
        self.file = FileRow(self.tr("Bundelbestand"), self._choose, self)
        file_label = QLabel(self.tr("&Bundel"), self)
        file_label.setBuddy(self.file.edit)
        self.passphrase = PassphraseEdit(self.tr("Wachtwoord van de bundel"), self)
        pass_label = QLabel(self.tr("&Wachtwoord van de bundel"), self)
        pass_label.setBuddy(self.passphrase.edit)
        self.open_button = QPushButton(self.tr("&Openen en controleren"), self)
        self.open_button.clicked.connect(self._open)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Inhoud van de bundel"))
        self.summary.hide()
        self.table = read_only_table(self, [self.tr("Kenmerk"), self.tr("Titel"), self.tr("Bewijsstukken")],
                                     self.tr("Dossiers in de bundel"))
        self.table.hide()
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("O&vernemen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(file_label, 0, 0)
        grid.addWidget(self.file, 0, 1)
        grid.addWidget(pass_label, 1, 0)
        grid.addWidget(self.passphrase, 1, 1)
        grid.addWidget(self.open_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Overdracht importeren"), self))
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.file.edit.textChanged.connect(self._changed)
        self.passphrase.textChanged.connect(self._changed)
        self.passphrase.returnPressed.connect(self._open)
        self.setMinimumWidth(660)

    @Slot()
    def _choose(self) -> None:
        name = choose_file(self, self.tr("Bundel kiezen"),
                           self.tr("Overdrachtsbundel (*{suffix});;Alle bestanden (*)").format(suffix=SUFFIX))
        if name:
            self.file.edit.setText(name)
            self.passphrase.setFocus()

    def _say(self, text: str) -> None:
        self.message.show_message("error", text)
        grow_to_fit(self)

    def _close_bundle(self) -> None:
        if self.opened is not None:
            self.opened.close()
            self.opened = None

    @Slot()
    def _changed(self) -> None:
        self._close_bundle()
        self.summary.hide()
        self.table.hide()
        self.import_button.setEnabled(False)
        self.message.clear_message()

    @Slot()
    def _open(self) -> None:
        self._changed()
        path = self.file.path()
        if path is None or not path.is_file():
            self._say(self.tr("Kies een bundelbestand dat bestaat."))
            self.file.setFocus()
            return
        if not self.passphrase.text():
            self._say(self.tr("Vul het wachtwoord van de bundel in."))
            self.passphrase.setFocus()
            return
        passphrase = self.passphrase.text()
        try:
            opened = run_busy(self, self.windowTitle(), self.tr("Bundel openen en controleren…"),
                              lambda: self.service.open(path, passphrase))
        except CancelledError:
            return
        except VaultError as exc:
            self._say(handover_error_text(exc))
            return
        except OSError as exc:
            self._say(self.tr("De bundel kan niet worden gelezen ({reason}).").format(
                reason=exc.strerror or type(exc).__name__))
            return
        self.opened = opened
        cases = opened.summaries()
        existing = [ref for ref, _title, _n in cases if self.session.cases.find(ref) is not None]
        text = self.tr("Bundel in orde: {n} dossier(s), {items} bewijsstuk(ken), alle hashes gecontroleerd.").format(
            n=len(cases), items=opened.items_checked)
        if existing:
            text += " " + self.tr("{n} kenmerk(en) bestaan al in uw kluis; die dossiers krijgen een nieuw kenmerk.") \
                .format(n=len(existing))
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)
        self.summary.show()
        self.table.setRowCount(len(cases))
        for row, (ref, title, items) in enumerate(cases):
            for column, value in enumerate((ref, title, str(items))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.show()
        grow_to_fit(self)
        self.import_button.setEnabled(bool(cases))
        self.import_button.setDefault(True)
        self.import_button.setFocus()

    @Slot()
    def _import(self) -> None:
        if self.opened is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_import = self.service.import_opened(self.opened)
        except VaultError as exc:
            self._say(handover_error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def done(self, result: int) -> None:
        self._close_bundle()
        super().done(result)


def import_result_text(result: ImportResult) -> str:
    """One line per case taken over; a renamed one says its old and new reference."""
    lines = []
    for case in result.cases:
        if case.renamed:
            lines.append(QCoreApplication.translate(
                "HandoverActions", "{old} heet nu {new} (dat kenmerk bestond al): {title}").format(
                old=case.old_reference, new=case.new_reference, title=case.title))
        else:
            lines.append(f"{case.new_reference}: {case.title}")
    return "\n".join(lines)


class HandoverActions(QObject):
    """Kluis → Overdracht ▸ (dossier overdragen, hele kluis overdragen, bundel importeren)."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = menu.addMenu(self.tr("Over&dracht"))
        self.export_case_action = self._action(
            self.tr("&Dossier overdragen…"), self.export_case,
            self.tr("Het open dossier als versleutelde bundel met een eigen wachtwoord, voor een opvolger"))
        self.export_vault_action = self._action(
            self.tr("&Hele kluis overdragen…"), self.export_vault,
            self.tr("Alle dossiers als versleutelde bundel met een eigen wachtwoord, voor een opvolger"))
        self.import_action = self._action(
            self.tr("Bundel &importeren…"), self.import_bundle,
            self.tr("De dossiers uit een overdrachtsbundel overnemen in deze kluis"))

    def _action(self, text: str, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _done_text(self, written: BundleWritten) -> str:
        return self.tr(
            "De bundel is gemaakt en gecontroleerd:\n{file}\n\nGrootte: {size}\nDossiers: {cases}\n"
            "Bewijsstukken: {items}\n\nGeef het wachtwoord van de bundel apart door, niet samen met het "
            "bestand.").format(file=written.path, size=file_size_text(written.size), cases=written.cases,
                               items=written.items)

    @Slot()
    def export_case(self) -> None:
        case = self.window.case_view.case
        if case is None:
            QMessageBox.information(self.window, self.tr("Dossier overdragen"), self.tr("Kies eerst een dossier."))
            return
        self.window.case_view.flush()
        fresh = self.window.session.cases.get(case.id or 0) or case
        dialog = ExportBundleDialog(self.window.session, fresh, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written is not None:
            QMessageBox.information(self.window, self.tr("Dossier overdragen"), self._done_text(dialog.written))
            self.window.case_view.history.load(fresh)

    @Slot()
    def export_vault(self) -> None:
        self.window.case_view.flush()
        dialog = ExportBundleDialog(self.window.session, None, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written is not None:
            QMessageBox.information(self.window, self.tr("Hele kluis overdragen"), self._done_text(dialog.written))

    @Slot()
    def import_bundle(self) -> None:
        self.window.case_view.flush()
        dialog = ImportBundleDialog(self.window.session, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_import is None:
            return
        result = dialog.result_import
        self.window.case_list.search.clear()
        first = result.cases[0].case_id if result.cases else None
        self.window.case_list.reload(select_case=first)
        if first is not None:
            self.window.case_view.show_case(first)
        self.window.refresh_agenda()
        QMessageBox.information(self.window, self.tr("Overdracht importeren"), self.tr(
            "Overgenomen: {n} dossier(s), {items} bewijsstuk(ken); alle hashes gecontroleerd.\n\n{cases}").format(
            n=len(result.cases), items=result.items, cases=import_result_text(result)))
