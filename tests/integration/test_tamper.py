"""Tamper and damage (issue #6, security-tests item 11): bytes flipped in page 1, in a middle page, in an
IV, in an HMAC, and a truncated tail. Each must give a clear message in plain words — never a crash or a
traceback —, the file must never be wiped or recreated, and restoring a backup must be offered.

The damage is made on a real SQLCipher 4 file. Which page holds what is found by decrypting every page
with the vault's raw key (the recovery key; AES-256-CBC, the IV in each page's reserved tail), so each
case damages the page that really holds the evidence, the notes or the case.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import Employee
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.gui.dialogs.backup_restore import RestoreDialog
from ogg_desktop.gui.dialogs.vault_dialogs import UnlockDialog
from ogg_desktop.gui.messages import vault_error_text
from ogg_desktop.paths import keyfile_path
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import VaultError
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS, parse_recovery_key
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import when_modal

ROOT = Path(__file__).resolve().parents[2]
PAGE, RESERVE, SALT = 4096, 80, 16  # SQLCipher 4 defaults: 16-byte IV + 64-byte HMAC-SHA512 per page
EVIDENCE_MARK, NOTE_MARK, CASE_MARK = b"BEWIJSMERK", b"NOTITIEMERK", b"DOSSIERMERK"
META_MARK = b"created_by_app"  # a key of the meta table, which every unlock writes to (the audit head)


@dataclass(frozen=True)
class Pristine:
    path: Path
    recovery: str
    pages: dict[bytes, int]  # marker: index of the first page whose plaintext holds it


def _decrypted_page(data: bytes, index: int, raw_key: bytes) -> bytes:
    page = data[index * PAGE:(index + 1) * PAGE]
    start = SALT if index == 0 else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize()


def _png_with(mark: bytes) -> bytes:
    info = PngInfo()
    info.add_text("Comment", mark.decode())
    img = Image.frombytes("RGB", (100, 100), os.urandom(100 * 100 * 3))
    buf = io.BytesIO()
    img.save(buf, format="PNG", pnginfo=info)
    return buf.getvalue()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    """A closed vault with a case, evidence and many notes, and where each of them lives in the file."""
    path = tmp_path_factory.mktemp("gaaf") / "kluis.ogg"
    vault, recovery = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    s = Session.on(vault)
    case = s.cases.create(f"Dossier {CASE_MARK.decode()}", Employee(pseudonym="Medewerker T"))
    s.evidence.import_bytes(case, _png_with(EVIDENCE_MARK), method=CaptureMethod.PASTED)
    for n in range(3):
        s.evidence.import_bytes(case, _png_with(b"ander bewijs %d" % n), method=CaptureMethod.PASTED)
    for n in range(80):
        s.notes.add(case, f"{NOTE_MARK.decode()} {n} " + "gesprek met de medewerker " * 10, Visibility.COUNSELLOR_ONLY)
    vault.close()
    data = path.read_bytes()
    assert len(data) % PAGE == 0
    raw = parse_recovery_key(recovery)
    plain = [_decrypted_page(data, i, raw) for i in range(len(data) // PAGE)]
    marks = (EVIDENCE_MARK, NOTE_MARK, CASE_MARK, META_MARK)
    pages = {mark: next(i for i, p in enumerate(plain) if mark in p) for mark in marks}
    assert all(i > 0 for i in pages.values()) and len(set(pages.values())) == len(marks), pages
    return Pristine(path, recovery, pages)


def _flip(offset: Callable[[Pristine], int]) -> Callable[[bytearray, Pristine], bytearray]:
    def damage(data: bytearray, p: Pristine) -> bytearray:
        data[offset(p)] ^= 0x5A
        return data

    return damage


DAMAGE: dict[str, Callable[[bytearray, Pristine], bytearray]] = {
    "page-1": _flip(lambda p: 1000),
    "page-1-salt": _flip(lambda p: 5),
    "middle-page-with-evidence": _flip(lambda p: p.pages[EVIDENCE_MARK] * PAGE + 700),
    "middle-page-read-at-unlock": _flip(lambda p: p.pages[META_MARK] * PAGE + 300),
    "iv-of-a-notes-page": _flip(lambda p: p.pages[NOTE_MARK] * PAGE + PAGE - RESERVE + 3),
    "hmac-of-the-case-page": _flip(lambda p: p.pages[CASE_MARK] * PAGE + PAGE - 20),
    "tail-cut-by-half-a-page": lambda data, p: data[:-PAGE // 2],
    "tail-cut-by-a-page": lambda data, p: data[:-PAGE],
}


@pytest.fixture(params=sorted(DAMAGE))
def damaged(request: pytest.FixtureRequest, pristine: Pristine, tmp_path: Path) -> Path:
    """A copy of the pristine vault (copied while closed) with one kind of damage."""
    target = tmp_path / "kluis" / "kluis.ogg"
    target.parent.mkdir()
    shutil.copyfile(keyfile_path(pristine.path), keyfile_path(target))
    target.write_bytes(bytes(DAMAGE[request.param](bytearray(pristine.path.read_bytes()), pristine)))
    return target


def _damaged_region(kind: str, p: Pristine) -> slice:
    """The bytes the damage is in (a whole page), which must still be there, unrepaired, afterwards."""
    index = {"middle-page-with-evidence": p.pages[EVIDENCE_MARK], "iv-of-a-notes-page": p.pages[NOTE_MARK],
             "hmac-of-the-case-page": p.pages[CASE_MARK], "middle-page-read-at-unlock": p.pages[META_MARK]}.get(kind, 0)
    return slice(index * PAGE, (index + 1) * PAGE)


def _kind(request: pytest.FixtureRequest) -> str:
    return str(request.node.callspec.params["damaged"])


def _mentions_the_backup(text: str) -> bool:
    return "back-up" in text.lower()


def test_damaged_vault_gives_a_vault_error_and_is_never_rewritten(damaged: Path, pristine: Pristine,
                                                                  request: pytest.FixtureRequest) -> None:
    """Unlocking either refuses with the app's own error (which the GUI and CLI turn into words), or opens
    a vault whose damage is not on the way in; then 'verify' reports the damage instead of crashing, and
    reading an item either works or gives the app's own error. The file keeps its inode and its damaged
    page; when it could not be opened, every byte."""
    kind = _kind(request)
    before = damaged.read_bytes()
    inode = damaged.stat().st_ino
    try:
        vault = Vault.unlock(damaged, PASSPHRASE, "tester")
    except VaultError as exc:
        assert "beschadigd" in vault_error_text(exc)
        assert damaged.read_bytes() == before
    except Exception as exc:  # anything else reaches the user as a crash
        pytest.fail(f"{kind}: unlocking raised {type(exc).__name__}: {exc} (not a VaultError with a message)")
    else:
        try:
            s = Session.on(vault)
            try:
                report = s.verify()
            except Exception as exc:
                pytest.fail(f"{kind}: 'verify' raised {type(exc).__name__}: {exc} instead of reporting the damage")
            assert not report.ok and report.integrity_problems, kind
            try:
                case = s.cases.find("1")
                items = s.evidence.for_case(case) if case is not None else []
            except VaultError:
                items = []  # the damaged page holds the case or its items: the app's own error is right
            for item in items:
                try:
                    s.evidence.original_bytes(item.id or 0)
                except VaultError:
                    pass
                except Exception as exc:
                    pytest.fail(f"{kind}: reading item {item.id} raised {type(exc).__name__}: {exc}")
        finally:
            vault.close()
    assert damaged.stat().st_ino == inode
    region = _damaged_region(kind, pristine)
    assert damaged.read_bytes()[region] == before[region]


def test_cli_on_a_damaged_vault_says_so_offers_the_backup_and_never_crashes(damaged: Path, pristine: Pristine,
                                                                           request: pytest.FixtureRequest) -> None:
    """`verify` and `case list` on a damaged vault: exit 3 (cannot open) or 1 (damage found), in plain words
    that name the damage and point to a backup; never a traceback; the file never wiped or recreated."""
    kind = _kind(request)
    before = damaged.read_bytes()
    inode = damaged.stat().st_ino
    env = {**os.environ, "OGG_LANG": "nl", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    for command in (["verify"], ["case", "list"]):
        result = subprocess.run(
            [sys.executable, "-m", "ogg_desktop", "--vault", str(damaged), "--passphrase-stdin", *command],
            input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False)
        said = result.stdout + result.stderr
        assert "Traceback" not in said, (kind, command, result.stderr[-600:])
        if command == ["verify"] or result.returncode != 0:
            assert result.returncode in (1, 3), (kind, command, result.returncode)
            assert "beschadigd" in said, (kind, command, said)
            assert _mentions_the_backup(said), (kind, command, "no word about restoring a backup", said)
        if result.returncode == 3:
            assert damaged.read_bytes() == before, (kind, command)
    assert damaged.stat().st_ino == inode
    region = _damaged_region(kind, pristine)
    assert damaged.read_bytes()[region] == before[region]


def test_unlock_dialog_on_a_damaged_vault_shows_a_message_not_a_crash(qtbot: QtBot, damaged: Path,
                                                                      request: pytest.FixtureRequest) -> None:
    """The unlock dialog, driven like a person would: either the vault opens (its damage is not on the way
    in), or the dialog says the file is damaged and points to a backup. An exception escaping the dialog
    (nothing shown, nothing happens on Enter) fails the test."""
    dialog = UnlockDialog(damaged, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    QTest.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    if dialog.vault is not None:
        dialog.vault.close()
        return
    assert dialog.message.isVisible(), _kind(request)
    assert "beschadigd" in dialog.message.text()
    assert _mentions_the_backup(dialog.message.text())
    assert damaged.exists()


@pytest.fixture
def page_1_damaged(pristine: Pristine, tmp_path: Path) -> Path:
    target = tmp_path / "kluis" / "kluis.ogg"
    target.parent.mkdir()
    shutil.copyfile(keyfile_path(pristine.path), keyfile_path(target))
    target.write_bytes(bytes(DAMAGE["page-1"](bytearray(pristine.path.read_bytes()), pristine)))
    return target


def test_unlock_dialog_shows_the_whole_damage_message(qtbot: QtBot, page_1_damaged: Path) -> None:
    """The damage message is long (it names the damage and points to the backup); the dialog, already on
    screen when it appears, must grow so that all of it can be read, not clip it to one line."""
    dialog = UnlockDialog(page_1_damaged, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    QTest.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    qtbot.wait(50)
    message = dialog.message
    assert message.isVisible() and _mentions_the_backup(message.text())
    needed = message.heightForWidth(message.width())
    assert message.height() >= needed, (
        f"the message is {message.height()} px high but needs {needed} px: its end (the backup) is cut off")


def test_unlock_dialog_offers_to_restore_a_backup_when_the_vault_is_damaged(qtbot: QtBot,
                                                                            page_1_damaged: Path) -> None:
    """'Restore from backup is offered': beyond a sentence, the unlock dialog of a vault that cannot be read
    has a control to restore a backup (the vault cannot be opened, so the main window's menu is out of
    reach)."""
    dialog = UnlockDialog(page_1_damaged, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    QTest.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    assert dialog.vault is None and "beschadigd" in dialog.message.text()
    buttons = [b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    assert any(_mentions_the_backup(text) for text in buttons), buttons


def test_recovery_key_on_a_damaged_vault_points_to_the_backup(pristine: Pristine, page_1_damaged: Path) -> None:
    """The recovery key is checked by its own check group, so a well-formed key that does not open the file
    means another vault's key or a damaged file: the message must point to the backup there too, and the
    file stays as it was."""
    before = page_1_damaged.read_bytes()
    with pytest.raises(VaultError) as info:
        Vault.unlock_with_recovery_key(page_1_damaged, pristine.recovery, "tester")
    text = vault_error_text(info.value)
    assert page_1_damaged.read_bytes() == before
    assert "beschadigd" in text
    assert _mentions_the_backup(text), text


def test_a_damaged_vault_is_restored_from_its_backup_in_the_unlock_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    """The whole way a user takes: the vault cannot be read, 'Back-up terugzetten…' appears, the backup
    is chosen and checked with its passphrase, and the restored vault opens; the damaged file is kept."""
    path = tmp_path / "kluis" / "kluis.ogg"
    path.parent.mkdir()
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    s = Session.on(vault)
    s.cases.create("Dossier uit de back-up", Employee(pseudonym="Medewerker R"))
    (tmp_path / "usb").mkdir()
    backup = vault.backup(tmp_path / "usb" / "kluis-backup.ogg")
    vault.close()
    data = bytearray(path.read_bytes())
    data[100:140] = bytes(40)  # page 1 damaged: the key no longer opens it
    path.write_bytes(bytes(data))

    dialog = UnlockDialog(path, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    QTest.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    assert dialog.restore_button.isVisible()

    def restore(widget: QWidget) -> None:
        assert isinstance(widget, RestoreDialog)
        widget.file.edit.setText(str(backup))
        widget.passphrase.edit.setText(PASSPHRASE)
        widget.check_button.click()
        assert widget.restore_button.isEnabled(), widget.message.text()
        widget.restore_button.click()

    when_modal(restore)
    dialog.restore_button.click()
    assert dialog.vault is not None
    try:
        restored = Session.on(dialog.vault)
        assert [c.title for c in restored.cases.summaries()] == ["Dossier uit de back-up"]
    finally:
        dialog.vault.close()
    kept = list(path.parent.glob("kluis.ogg.before-restore-*"))
    assert any(k.read_bytes() == bytes(data) for k in kept if not k.name.endswith(".key"))
