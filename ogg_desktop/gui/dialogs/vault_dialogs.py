"""Create, unlock and recover the vault; change its passphrase; show the recovery key once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.gui.messages import input_problem_text, vault_error_text
from ogg_desktop.gui.widgets import InlineMessage, PassphraseEdit, StrengthMeter
from ogg_desktop.vault.errors import (
    KeyFileDamagedError,
    KeyFileMissingError,
    RecoveryKeyMismatchError,
    VaultDamagedError,
    VaultError,
)

if TYPE_CHECKING:  # the vault stack loads when a vault is opened, not before the dialog shows
    from ogg_desktop.vault.vault import Vault


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def _path_label(path: Path, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setText(QCoreApplication.translate("VaultDialogs", "Kluis: {path}").format(path=path))
    label.setStyleSheet("color: palette(placeholder-text);")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def _busy() -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QGuiApplication.processEvents()


def _idle() -> None:
    QGuiApplication.restoreOverrideCursor()


class NewPassphraseFields(QWidget):
    """Passphrase twice with a strength meter; ``ok`` when strong enough and equal."""

    def __init__(self, parent: QWidget | None = None, label: str | None = None) -> None:
        super().__init__(parent)
        self.first = PassphraseEdit(label or self.tr("Nieuw wachtwoord"), self)
        self.second = PassphraseEdit(self.tr("Herhaal het wachtwoord"), self)
        self.meter = StrengthMeter(self)
        self.mismatch = QLabel(self)
        self.mismatch.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label or self.tr("&Nieuw wachtwoord"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("He&rhaal"), self.second)
        form.addRow("", self.mismatch)
        for field in (self.first, self.second):
            buddy_label = form.labelForField(field)
            if isinstance(buddy_label, QLabel):
                buddy_label.setBuddy(field.edit)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        self.meter.update_for(self.first.text())
        if self.second.text() and self.second.text() != self.first.text():
            self.mismatch.setText(input_problem_text("mismatch"))
        else:
            self.mismatch.setText("")

    @property
    def ok(self) -> bool:
        return self.meter.acceptable and self.first.text() == self.second.text()

    def passphrase(self) -> str:
        return self.first.text()


class CreateVaultDialog(QDialog):
    """First start: choose a passphrase; then the recovery key is shown once."""

    def __init__(self, path: Path, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.actor = path, actor
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("OGG Desktop — nieuwe kluis"))
        intro = QLabel(
            self.tr(
                "Welkom. Alles wat u in OGG Desktop vastlegt, wordt versleuteld bewaard in een kluis op deze laptop. "
                "Niets gaat via internet. Kies een wachtwoord waarmee u de kluis opent."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.fields = NewPassphraseFields(self)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(self.tr("Kluis &maken"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Afsluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Afsluiten zonder kluis"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Nieuwe kluis maken"), self))
        layout.addWidget(intro)
        layout.addWidget(_path_label(path, self))
        layout.addSpacing(8)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.fields.first.textChanged.connect(self._update)
        self.fields.second.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(560)

    @Slot()
    def _update(self) -> None:
        self.create_button.setEnabled(self.fields.ok)

    @Slot()
    def _create(self) -> None:
        if not self.fields.ok:
            return
        _busy()
        try:
            from ogg_desktop.vault.vault import Vault

            self.vault, self.recovery_key = Vault.create(self.path, self.fields.passphrase(), self.actor)
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return
        finally:
            _idle()
        RecoveryKeyDialog(self.recovery_key, self).exec()
        self.accept()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; the user confirms having written or printed it."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setWindowTitle(self.tr("Herstelsleutel"))
        text = QLabel(
            self.tr(
                "Dit is uw herstelsleutel. Hij opent de kluis als u het wachtwoord kwijt bent, ook zonder het "
                "sleutelbestand. Schrijf hem op of druk hem af en bewaar hem op een veilige plek, niet bij de laptop. "
                "Hij wordt maar één keer getoond."
            ),
            self,
        )
        text.setWordWrap(True)
        self.key_label = QLabel(self._grouped(), self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        mono.setBold(True)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("QLabel { border: 2px dashed palette(mid); padding: 14px; }")
        self.key_label.setAccessibleName(self.tr("Herstelsleutel"))
        self.key_label.setAccessibleDescription(recovery_key)
        self.print_button = QPushButton(self.tr("&Afdrukken…"), self)
        self.print_button.clicked.connect(self._print)
        self.confirm = QCheckBox(self.tr("Ik heb de herstelsleutel &opgeschreven of afgedrukt"), self)
        self.buttons = QDialogButtonBox(self)
        self.continue_button = self.buttons.addButton(self.tr("&Verder"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setEnabled(False)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Bewaar uw herstelsleutel"), self))
        layout.addWidget(text)
        layout.addWidget(self.key_label)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.confirm.setFocus()  # Space ticks the box; printing is one Tab away

    def _grouped(self) -> str:
        groups = self.recovery_key.split("-")
        lines = ["-".join(groups[i : i + 6]) for i in range(0, len(groups), 6)]
        return "\n".join(lines)

    def reject(self) -> None:
        """Esc does not skip this: the key is never shown again."""
        if self.confirm.isChecked():
            super().reject()

    @Slot()
    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setDefaultFont(QFont("DejaVu Sans", 12))
        title = self.tr("OGG Desktop — herstelsleutel van de kluis")
        advice = self.tr("Bewaar dit blad op een veilige plek, gescheiden van de laptop.")
        doc.setHtml(
            f"<h2>{title}</h2><p style='font-family:monospace; font-size:16pt'>"
            f"{self._grouped().replace(chr(10), '<br>')}</p><p>{advice}</p>"
        )
        painter = QPainter(printer)
        doc.drawContents(painter)
        painter.end()


class UnlockDialog(QDialog):
    """Later starts: the passphrase, or the recovery key when it is lost."""

    def __init__(self, path: Path, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.actor = path, actor
        self.vault: Vault | None = None
        self.setWindowTitle(self.tr("OGG Desktop — kluis openen"))
        self.passphrase = PassphraseEdit(self.tr("Wachtwoord"), self, self.tr(
            "Het wachtwoord van deze kluis. Kwijt? Open de kluis dan met uw herstelsleutel."))
        label = QLabel(self.tr("&Wachtwoord"), self)
        label.setBuddy(self.passphrase.edit)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(self.tr("&Openen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        self.recover_button = self.buttons.addButton(
            self.tr("&Herstelsleutel gebruiken…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button = self.buttons.addButton(
            self.tr("Back-up &terugzetten…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setToolTip(self.tr("Zet een eerder gemaakte back-up terug; de huidige kluis blijft ernaast "
                                               "bewaard."))
        self.restore_button.hide()  # offered when the vault cannot be read
        self.buttons.addButton(self.tr("Afsluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._unlock)
        self.buttons.rejected.connect(self.reject)
        self.recover_button.clicked.connect(self._recover)
        self.restore_button.clicked.connect(self._restore)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Kluis openen"), self))
        layout.addWidget(_path_label(path, self))
        layout.addSpacing(8)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.passphrase.setFocus()

    @Slot()
    def _unlock(self) -> None:
        if not self.passphrase.text():
            self.message.show_message("error", self.tr("Vul uw wachtwoord in."))
            return
        _busy()
        try:
            from ogg_desktop.vault.vault import Vault

            self.vault = Vault.unlock(self.path, self.passphrase.text(), self.actor)
        except (KeyFileMissingError, KeyFileDamagedError) as exc:
            self.message.show_message("error", vault_error_text(exc))
            return
        except VaultError as exc:
            self.passphrase.clear()
            self.passphrase.setFocus()
            if isinstance(exc, VaultDamagedError):
                self.restore_button.show()
            self.message.show_message("error", vault_error_text(exc))
            return
        finally:
            _idle()
        self.accept()

    @Slot()
    def _recover(self) -> None:
        dialog = RecoverDialog(self.path, self.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.vault is not None:
            self.vault = dialog.vault
            self.accept()
        elif dialog.damaged:
            self.restore_button.show()

    @Slot()
    def _restore(self) -> None:
        """The vault cannot be read: put a checked backup in its place (the damaged file is kept
        beside it), then open the restored vault with the passphrase of the backup."""
        from ogg_desktop.gui.dialogs.backup_restore import RestoreDialog
        from ogg_desktop.gui.handover_messages import handover_error_text
        from ogg_desktop.services.handover import complete_restore

        dialog = RestoreDialog(self.path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.prepared is None:
            return
        prepared, dialog.prepared = dialog.prepared, None
        try:
            done = complete_restore(prepared, self.actor)
        except (VaultError, OSError) as exc:
            reason = handover_error_text(exc) if isinstance(exc, VaultError) else str(exc.strerror or exc)
            self.message.show_message("error", self.tr("De back-up is niet teruggezet; er is niets veranderd. "
                                                       "{reason}").format(reason=reason))
            return
        self.vault = done.vault  # restored and opened; the damaged file is kept beside it
        self.accept()


class RecoverDialog(QDialog):
    """Open the vault with the recovery key and choose a new passphrase."""

    def __init__(self, path: Path, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.actor = path, actor
        self.vault: Vault | None = None
        self.damaged = False  # the key was right but the file could not be read: offer the backup
        self.setWindowTitle(self.tr("Kluis openen met herstelsleutel"))
        intro = QLabel(
            self.tr(
                "Typ de herstelsleutel over die u bij het maken van de kluis hebt opgeschreven of afgedrukt. "
                "Daarna kiest u een nieuw wachtwoord."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.key_edit = QLineEdit(self)
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_edit.setPlaceholderText("1A2B-3C4D-5E6F-…")
        self.key_edit.setAccessibleName(self.tr("Herstelsleutel"))
        self.key_edit.setAccessibleDescription(self.tr(
            "De sleutel die u bij het maken van de kluis hebt opgeschreven; streepjes en spaties mogen."))
        key_label = QLabel(self.tr("&Herstelsleutel"), self)
        key_label.setBuddy(self.key_edit)
        self.fields = NewPassphraseFields(self)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Openen en wachtwoord instellen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._recover)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Herstelsleutel gebruiken"), self))
        layout.addWidget(intro)
        layout.addWidget(key_label)
        layout.addWidget(self.key_edit)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    @Slot()
    def _recover(self) -> None:
        if not self.fields.ok:
            problem = (
                "mismatch"
                if self.fields.meter.acceptable
                else (self.fields.first.text() and "too_guessable") or "too_short"
            )
            self.message.show_message("error", input_problem_text(problem))
            return
        _busy()
        try:
            from ogg_desktop.vault.vault import Vault

            vault = Vault.unlock_with_recovery_key(self.path, self.key_edit.text(), self.actor)
            vault.set_passphrase_after_recovery(self.fields.passphrase())
        except VaultError as exc:
            self.damaged = isinstance(exc, (VaultDamagedError, RecoveryKeyMismatchError))
            self.message.show_message("error", vault_error_text(exc))
            return
        finally:
            _idle()
        self.vault = vault
        self.accept()


class ChangePassphraseDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        self.current = PassphraseEdit(self.tr("Huidig wachtwoord"), self)
        current_label = QLabel(self.tr("&Huidig wachtwoord"), self)
        current_label.setBuddy(self.current.edit)
        self.fields = NewPassphraseFields(self)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("&Wijzigen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Uw herstelsleutel blijft geldig; het oude wachtwoord werkt direct niet meer."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Wachtwoord wijzigen"), self))
        layout.addWidget(current_label)
        layout.addWidget(self.current)
        layout.addWidget(self.fields)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    @Slot()
    def _change(self) -> None:
        if not self.fields.ok:
            self.message.show_message(
                "error", input_problem_text("mismatch" if self.fields.meter.acceptable else "too_guessable")
            )
            return
        _busy()
        try:
            self.vault.change_passphrase(self.current.text(), self.fields.passphrase())
        except VaultError as exc:
            self.current.clear()
            self.message.show_message("error", vault_error_text(exc))
            return
        finally:
            _idle()
        self.accept()
