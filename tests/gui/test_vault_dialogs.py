"""First start, unlock, recovery and passphrase change, driven like a person would."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.gui.dialogs.vault_dialogs import (
    ChangePassphraseDialog,
    CreateVaultDialog,
    RecoverDialog,
    RecoveryKeyDialog,
    UnlockDialog,
)
from ogg_desktop.vault.errors import WrongPassphraseError
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import when_modal

RECOVERY_FORMAT = re.compile(r"^([0-9A-F]{4}-){16}[0-9A-F]{4}$")


def test_create_dialog_refuses_weak_and_mismatched_passphrases(qtbot: QtBot, vault_path: Path) -> None:
    dialog = CreateVaultDialog(vault_path, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields.first.edit, "welkom01")
    assert not dialog.create_button.isEnabled()
    assert "Sterkte" in dialog.fields.meter.label.text()
    dialog.fields.first.edit.clear()
    qtbot.keyClicks(dialog.fields.first.edit, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second.edit, PASSPHRASE + "x")
    assert not dialog.create_button.isEnabled()
    assert dialog.fields.mismatch.text() == "De twee wachtwoorden zijn niet gelijk."
    assert not vault_path.exists()


def test_first_start_creates_vault_and_shows_recovery_key_once(qtbot: QtBot, vault_path: Path) -> None:
    dialog = CreateVaultDialog(vault_path, "tester")
    qtbot.addWidget(dialog)
    seen: dict[str, str] = {}

    def confirm_key(widget: QWidget) -> None:
        assert isinstance(widget, RecoveryKeyDialog)
        seen["key"] = widget.recovery_key
        seen["shown"] = widget.key_label.text()
        assert not widget.continue_button.isEnabled()  # cannot skip writing it down
        widget.reject()  # Esc does nothing until confirmed
        assert widget.isVisible()
        qtbot.mouseClick(widget.confirm, Qt.MouseButton.LeftButton, pos=widget.confirm.rect().center())
        widget.confirm.setChecked(True)
        qtbot.mouseClick(widget.continue_button, Qt.MouseButton.LeftButton)

    dialog.show()
    qtbot.keyClicks(dialog.fields.first.edit, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second.edit, PASSPHRASE)
    assert dialog.create_button.isEnabled()
    when_modal(confirm_key)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.vault is not None
    assert RECOVERY_FORMAT.match(seen["key"])
    assert seen["shown"].replace("\n", "-") == seen["key"]
    dialog.vault.close()
    # The shown key really opens the vault.
    Vault.unlock_with_recovery_key(vault_path, seen["key"], "tester").close()
    Vault.unlock(vault_path, PASSPHRASE, "tester").close()


def _make_vault(path: Path) -> str:
    vault, recovery = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    vault.close()
    return recovery


def test_unlock_wrong_passphrase_shows_dutch_message_and_changes_nothing(qtbot: QtBot, vault_path: Path) -> None:
    _make_vault(vault_path)
    before = vault_path.read_bytes()
    dialog = UnlockDialog(vault_path, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        qtbot.keyClicks(dialog.passphrase.edit, "verkeerd wachtwoord")
        qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
        assert dialog.message.isVisible()
        assert "Wachtwoord onjuist of bestand beschadigd." in dialog.message.text()
        assert dialog.passphrase.text() == ""  # cleared for the next try
        assert dialog.vault is None
    assert vault_path.read_bytes() == before
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.vault is not None
    assert dialog.vault.failed_attempts_since_last_unlock == 3
    dialog.vault.close()


def test_recover_with_recovery_key_sets_new_passphrase(qtbot: QtBot, vault_path: Path) -> None:
    recovery = _make_vault(vault_path)
    dialog = RecoverDialog(vault_path, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.key_edit, recovery.lower().replace("-", " "))
    new = "nieuwe zin voor de kluis"
    qtbot.keyClicks(dialog.fields.first.edit, new)
    qtbot.keyClicks(dialog.fields.second.edit, new)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.vault is not None, dialog.message.text()
    dialog.vault.close()
    Vault.unlock(vault_path, new, "tester").close()
    try:
        Vault.unlock(vault_path, PASSPHRASE, "tester")
    except WrongPassphraseError:
        pass
    else:
        raise AssertionError("the old passphrase still opens the vault")


def test_recover_with_mistyped_key_explains(qtbot: QtBot, vault_path: Path) -> None:
    recovery = _make_vault(vault_path)
    dialog = RecoverDialog(vault_path, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    mistyped = ("0" if recovery[0] != "0" else "1") + recovery[1:]
    qtbot.keyClicks(dialog.key_edit, mistyped)
    qtbot.keyClicks(dialog.fields.first.edit, "nieuwe zin voor de kluis")
    qtbot.keyClicks(dialog.fields.second.edit, "nieuwe zin voor de kluis")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.vault is None
    assert "geen geldige herstelsleutel" in dialog.message.text()


def test_change_passphrase_dialog(qtbot: QtBot, vault_path: Path) -> None:
    _make_vault(vault_path)
    vault = Vault.unlock(vault_path, PASSPHRASE, "tester")
    dialog = ChangePassphraseDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current.edit, "niet het wachtwoord")
    qtbot.keyClicks(dialog.fields.first.edit, "een heel ander wachtwoord")
    qtbot.keyClicks(dialog.fields.second.edit, "een heel ander wachtwoord")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Wachtwoord onjuist" in dialog.message.text()
    qtbot.keyClicks(dialog.current.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    vault.close()
    Vault.unlock(vault_path, "een heel ander wachtwoord", "tester").close()
