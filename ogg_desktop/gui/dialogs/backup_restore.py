"""Kluis → Back-up naar map… and Kluis → Herstellen uit back-up….

The backup is the vault's own verified encrypted copy (``Vault.backup``) written as
``ogg-backup-YYYYMMDD-HHMMSS.ogg`` plus its ``.key`` in a folder the user picks (a USB stick).
Restoring checks the chosen backup first (its key file, the passphrase of then, integrity, hashes,
audit chain) and shows what it holds; only on "Terugzetten" does the composition root (``app.py``)
close this vault, keep it aside as ``<vault>.before-restore-<time>`` and open the backup in its place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaMethod, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.clock import now_utc
from ogg_desktop.gui import formats
from ogg_desktop.gui.handover_messages import handover_error_text
from ogg_desktop.gui.privacy import forget_file_dialog_history
from ogg_desktop.gui.widgets import InlineMessage, PassphraseEdit
from ogg_desktop.services.handover import PreparedRestore, backup_to_folder, prepare_restore
from ogg_desktop.vault.errors import VaultError

if TYPE_CHECKING:
    from ogg_desktop.gui.main_window import MainWindow


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def choose_folder(parent: QWidget | None, caption: str) -> str:
    """A folder with Qt's own dialog (no desktop "recent" list), its history forgotten afterwards."""
    try:
        return str(QFileDialog.getExistingDirectory(parent, caption, "", QFileDialog.Option.DontUseNativeDialog
                                                    | QFileDialog.Option.ShowDirsOnly))
    finally:
        forget_file_dialog_history()


def choose_file(parent: QWidget | None, caption: str, name_filter: str) -> str:
    try:
        name, _ = QFileDialog.getOpenFileName(parent, caption, "", name_filter,
                                              options=QFileDialog.Option.DontUseNativeDialog)
    finally:
        forget_file_dialog_history()
    return str(name)


def grow_to_fit(dialog: QWidget) -> None:
    """After a message or a summary appeared: as tall as the content needs (never smaller)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    hint = dialog.sizeHint()
    if dialog.height() < hint.height():
        dialog.resize(dialog.width(), hint.height())


def file_size_text(size: int) -> str:
    return formats.file_size(size)


def local_time_text(utc_iso: str) -> str:
    """'2026-03-14T09:30:00Z' as local date and time, or '' when empty or unreadable."""
    text = formats.utc_text_to_local(utc_iso) if utc_iso else ""
    return "" if text == utc_iso else text


class FileRow(QWidget):
    """A path field with a "Kiezen…" button beside it."""

    def __init__(self, accessible_name: str, choose: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMinimumWidth(360)
        self.button = QPushButton(self.tr("&Kiezen…"), self)
        self.button.setAccessibleName(self.tr("{name} kiezen").format(name=accessible_name))
        self.button.clicked.connect(choose)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 0, 0)
        layout.addWidget(self.button, 0, 1)
        layout.setColumnStretch(0, 1)
        self.setFocusProxy(self.edit)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser().absolute() if text else None


class RestoreDialog(QDialog):
    """Choose a backup, give the passphrase of then, check it, see what it holds, then confirm."""

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self.prepared: PreparedRestore | None = None
        self.setWindowTitle(self.tr("Herstellen uit back-up"))
        intro = QLabel(self.tr(
            "Kies een back-up (een .ogg-bestand met het .key-bestand ernaast) en vul het wachtwoord in dat gold "
            "toen de back-up werd gemaakt. De back-up wordt eerst gecontroleerd; er verandert niets tot u op "
            "Terugzetten klikt."), self)
        intro.setWordWrap(True)
        self.file = FileRow(self.tr("Back-upbestand"), self._choose, self)
        file_label = QLabel(self.tr("&Back-up"), self)
        file_label.setBuddy(self.file.edit)
        self.passphrase = PassphraseEdit(self.tr("Wachtwoord van de back-up"), self)
        pass_label = QLabel(self.tr("&Wachtwoord van de back-up"), self)
        pass_label.setBuddy(self.passphrase.edit)
        self.check_button = QPushButton(self.tr("&Controleren"), self)
        self.check_button.setAccessibleName(self.tr("Back-up controleren"))
        self.check_button.clicked.connect(self._check)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Inhoud van de back-up"))
        self.summary.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 10px; }")
        self.summary.hide()
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("&Terugzetten"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(file_label, 0, 0)
        grid.addWidget(self.file, 0, 1)
        grid.addWidget(pass_label, 1, 0)
        grid.addWidget(self.passphrase, 1, 1)
        grid.addWidget(self.check_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Herstellen uit back-up"), self))
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.file.edit.textChanged.connect(self._changed)
        self.passphrase.textChanged.connect(self._changed)
        self.passphrase.returnPressed.connect(self._check)
        self.setMinimumWidth(620)

    @Slot()
    def _choose(self) -> None:
        name = choose_file(self, self.tr("Back-up kiezen"), self.tr("OGG-kluis (*.ogg);;Alle bestanden (*)"))
        if name:
            self.file.edit.setText(name)
            self.passphrase.setFocus()

    @Slot()
    def _changed(self) -> None:
        """Anything changed after a check: the check no longer counts."""
        self._drop()
        self.summary.hide()
        self.restore_button.setEnabled(False)
        self.message.clear_message()

    def _say(self, text: str) -> None:
        self.message.show_message("error", text)
        grow_to_fit(self)

    def _drop(self) -> None:
        if self.prepared is not None:
            self.prepared.discard()
            self.prepared = None

    @Slot()
    def _check(self) -> None:
        self._changed()
        backup = self.file.path()
        if backup is None or not backup.is_file():
            self._say(self.tr("Kies een back-upbestand dat bestaat."))
            self.file.setFocus()
            return
        if backup == self.vault_path:
            self._say(self.tr("Dit is de kluis zelf, geen back-up."))
            return
        if not self.passphrase.text():
            self._say(self.tr("Vul het wachtwoord van de back-up in."))
            self.passphrase.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.prepared = prepare_restore(self.vault_path, backup, self.passphrase.text())
        except VaultError as exc:
            self._say(handover_error_text(exc))
            return
        except OSError as exc:
            self._say(self.tr("De back-up kan niet worden gelezen ({reason}).").format(
                reason=exc.strerror or type(exc).__name__))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        p = self.prepared
        aside = f"{self.vault_path.name}.before-restore-{now_utc().astimezone().strftime('%Y%m%d-%H%M%S')}"
        self.summary.setText(self.tr(
            "Back-up gecontroleerd: opent met dit wachtwoord, bestand in orde, alle hashes kloppen.\n\n"
            "Gemaakt op: {date}\nDossiers: {cases}\nBewijsstukken: {items}\nLaatste activiteit: {last}\n\n"
            "Bij Terugzetten wordt uw huidige kluis eerst bewaard als {aside} (met sleutelbestand) in {folder}. "
            "Daarna opent de kluis met het wachtwoord van deze back-up.").format(
            date=formats.date_time(p.made_at), cases=formats.number(p.cases), items=formats.number(p.items),
            last=local_time_text(p.last_activity) or "—", aside=aside, folder=self.vault_path.parent))
        self.summary.setAccessibleDescription(self.summary.text())
        self.summary.show()
        grow_to_fit(self)
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted.value or self.prepared is None:
            self._drop()
        super().done(result)


class BackupRestoreActions(QObject):
    """The two vault-menu actions. ``restoreRequested(PreparedRestore)`` asks the composition root to
    close this vault and put the checked backup in its place (it owns the session and the window)."""

    restoreRequested = Signal(object)

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.folder_action = QAction(self.tr("Back-up naar &map…"), window)
        tip = self.tr("Versleutelde, gecontroleerde back-up in een map naar keuze, bijvoorbeeld op een USB-stick")
        self.folder_action.setToolTip(tip)
        self.folder_action.setStatusTip(tip)
        self.folder_action.triggered.connect(self.backup_to_folder)
        self.restore_action = QAction(self.tr("&Herstellen uit back-up…"), window)
        tip = self.tr("De kluis vervangen door een back-up; de huidige kluis blijft ernaast bewaard")
        self.restore_action.setToolTip(tip)
        self.restore_action.setStatusTip(tip)
        self.restore_action.triggered.connect(self.restore)
        menu.addAction(self.folder_action)
        menu.addAction(self.restore_action)

    @Slot()
    def backup_to_folder(self) -> None:
        title = self.tr("Back-up naar map")
        self.window.case_view.flush()
        folder = choose_folder(self.window, self.tr("Map voor de back-up kiezen (bijvoorbeeld een USB-stick)"))
        if not folder:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = backup_to_folder(self.window.session.vault, Path(folder))
        except VaultError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.critical(self.window, title, handover_error_text(exc))
            return
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.critical(self.window, title, self.tr(
                "In deze map kan geen back-up worden geschreven ({reason}). Kies een andere map; er is niets "
                "achtergelaten.").format(reason=exc.strerror or type(exc).__name__))
            return
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.information(self.window, title, self.tr(
            "De back-up is gemaakt en gecontroleerd door hem te openen.\n\n"
            "Map: {folder}\nBestanden: {name} en {name}.key\nSamen: {size}\n\n"
            "Bewaar beide bestanden samen. U zet de back-up terug met Kluis → Herstellen uit back-up…, met het "
            "wachtwoord dat nu geldt.").format(folder=made.path.parent, name=made.path.name,
                                               size=file_size_text(made.size)))

    @Slot()
    def restore(self) -> None:
        title = self.tr("Herstellen uit back-up")
        if not self.isSignalConnected(QMetaMethod.fromSignal(self.restoreRequested)):
            QMessageBox.information(self.window, title, self.tr(
                "Herstellen kan alleen vanuit het programmavenster zelf. Gebruik anders: ogg-desktop restore "
                "--from BESTAND."))
            return
        self.window.case_view.flush()
        dialog = RestoreDialog(self.window.session.vault.path, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.prepared is None:
            return
        prepared = dialog.prepared
        dialog.prepared = None
        # After this slot has returned: the window that called it is about to be replaced.
        QTimer.singleShot(0, self, lambda: self.restoreRequested.emit(prepared))
