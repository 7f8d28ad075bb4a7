"""No plaintext outside the vault (security tests 6 and 14).

The big test runs the real app in a subprocess whose HOME, XDG folders and TMPDIR are fresh folders
here, so every file it writes can be looked at: unlock, import a screenshot through the file dialog,
describe it, export the police annex through the Delen tab, copy the DSA notice, close. Then: no
canary anywhere outside the vault and the exported PDF, no unexpected files, no file dialog history
in Qt's settings, an empty clipboard, and the passphrase and key nowhere.
"""

from __future__ import annotations

import ast
import io
import os
import re
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.app import Controller
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.workflow import PlatformReport
from ogg_desktop.gui.dialogs.reports import NoticeDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.privacy import (
    CLEAR_AFTER_MS,
    CLIPBOARD_HISTORY_HINT,
    ClipboardGuard,
    choose_open_files,
    forget_file_dialog_history,
)
from ogg_desktop.instance import InstanceLock
from ogg_desktop.reports.model import ReportKind
from ogg_desktop.services.session import Session
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS, parse_recovery_key
from ogg_desktop.vault.vault import Vault
from tests.gui.conftest import when_modal

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "ogg_desktop"


# Qt's file dialog -------------------------------------------------------------------------------
@pytest.fixture
def qt_settings_dir(tmp_path: Path) -> Iterator[Path]:
    """Qt's user settings (where QFileDialog writes its history) in a folder of this test."""
    folder = tmp_path / "qt-settings"
    folder.mkdir()
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)


def qt_project_file(folder: Path) -> str:
    path = folder / "QtProject.conf"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def type_file_name(path: Path) -> None:
    """Answer the next file dialog like a person: type the file's path in its name field, press Enter."""
    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        assert widget.testOption(QFileDialog.Option.DontUseNativeDialog)
        edit = widget.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(edit, QLineEdit)
        edit.setText(str(path))
        edit.setFocus()
        QTest.keyClick(edit, Qt.Key.Key_Return)

    when_modal(answer)


def test_qt_file_dialog_writes_history_and_it_is_forgotten(qtbot: QtBot, qt_settings_dir: Path,
                                                           tmp_path: Path) -> None:
    folder = tmp_path / "geheime-map"
    folder.mkdir()
    chosen = folder / "schermafdruk.png"
    chosen.write_bytes(b"x")

    # Control: Qt's own dialog, left alone, writes the folder it visited into Qt's settings file.
    bare = QFileDialog(None, "test", str(folder))
    bare.setOption(QFileDialog.Option.DontUseNativeDialog)
    bare.selectFile(str(chosen))
    bare.accept()
    shiboken6.delete(bare)  # Qt saves its history when the dialog is destroyed
    written = qt_project_file(qt_settings_dir)
    assert "[FileDialog]" in written and "geheime-map" in written

    forget_file_dialog_history()
    assert "FileDialog" not in qt_project_file(qt_settings_dir)
    assert not (qt_settings_dir / "QtProject.conf").exists()  # nothing else was in it

    # The app's way: the same real dialog, answered by typing in its name field; nothing remembered.
    type_file_name(chosen)
    assert choose_open_files(None, "Afbeeldingen importeren", str(folder), "Afbeeldingen (*.png)") == [str(chosen)]
    assert "FileDialog" not in qt_project_file(qt_settings_dir)
    assert "geheime-map" not in qt_project_file(qt_settings_dir)


def test_the_report_save_dialog_leaves_no_history(qtbot: QtBot, qt_settings_dir: Path, tmp_path: Path,
                                                  session: Session) -> None:
    settings = QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    case = session.cases.create("Dossier")
    assert case.id is not None
    window.case_view.show_case(case.id)
    target = tmp_path / "uitvoer-geheim" / "aangifte.pdf"
    target.parent.mkdir()
    type_file_name(target)
    assert window.case_view.sharing.ask_target(ReportKind.POLICE) == target
    assert "FileDialog" not in qt_project_file(qt_settings_dir)
    assert "uitvoer-geheim" not in qt_project_file(qt_settings_dir)


def test_every_file_dialog_and_clipboard_write_goes_through_the_privacy_helpers() -> None:
    """Each ``QFileDialog.get…`` outside privacy.py sits in a function that asks for Qt's own dialog and
    forgets its history afterwards; nothing but the guard writes to the clipboard."""
    offenders = []
    for source in SOURCE.rglob("*.py"):
        if source.name == "privacy.py":
            continue
        text = source.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            body = ast.get_source_segment(text, function) or ""
            opens = [n for n in ast.walk(function) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                     and isinstance(n.func.value, ast.Name) and n.func.value.id == "QFileDialog"
                     and n.func.attr.startswith("get")]
            if opens and not ("DontUseNativeDialog" in body and "forget_file_dialog_history()" in body):
                offenders.append(f"{source.relative_to(ROOT)}: {function.name}")
        offenders += [f"{source.relative_to(ROOT)}: {m.group(0)}"
                      for m in re.finditer(r"QFileDialog\(|clipboard\(\)\.set\w+\(", text)]
    assert offenders == []


# Clipboard --------------------------------------------------------------------------------------
@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[None]:
    QGuiApplication.clipboard().clear()
    yield
    ClipboardGuard.install(qapp, CLEAR_AFTER_MS)
    QGuiApplication.clipboard().clear()


def test_copied_case_text_is_cleared_after_the_interval(qtbot: QtBot, clipboard: None) -> None:
    guard = ClipboardGuard(interval_ms=150)
    guard.copy_case_text("Letterlijk: je bent ontslagen")
    board = QGuiApplication.clipboard()
    assert board.text() == "Letterlijk: je bent ontslagen"
    mime = board.mimeData()
    assert mime is not None and bytes(mime.data(CLIPBOARD_HISTORY_HINT).data()) == b"secret"
    with qtbot.waitSignal(guard.released, timeout=3000) as blocker:
        pass
    assert blocker.args == [True]
    assert board.text() == ""


def test_what_the_user_copied_since_is_left_alone(qtbot: QtBot, clipboard: None) -> None:
    guard = ClipboardGuard(interval_ms=150)
    guard.copy_case_text("Letterlijk: je bent ontslagen")
    QGuiApplication.clipboard().setText("mijn eigen boodschappenlijst")
    with qtbot.waitSignal(guard.released, timeout=3000) as blocker:
        pass
    assert blocker.args == [False]
    assert QGuiApplication.clipboard().text() == "mijn eigen boodschappenlijst"
    guard.clear_now()  # at exit too: not ours, so not touched
    assert QGuiApplication.clipboard().text() == "mijn eigen boodschappenlijst"


def test_the_dsa_notice_copy_is_guarded(qtbot: QtBot, qapp: QApplication, session: Session,
                                        clipboard: None) -> None:
    guard = ClipboardGuard.install(qapp, 200)
    case = session.cases.create("Dossier")
    item = session.evidence.import_bytes(case, plain_png(), method=CaptureMethod.PASTED)
    item.transcript, item.url = "Letterlijke tekst van het bericht", "https://example.invalid/post/1"
    session.evidence.update_details(case, item)
    dialog = NoticeDialog(session, PlatformReport(case.id or 0, "LinkedIn", item_ids=[item.id or 0]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.copy_button.click()
    assert "Letterlijke tekst van het bericht" in QGuiApplication.clipboard().text()
    assert guard.holds_ours()
    with qtbot.waitSignal(guard.released, timeout=3000) as blocker:
        pass
    assert blocker.args == [True] and QGuiApplication.clipboard().text() == ""


def test_exit_clears_the_clipboard_and_the_dialog_history(qtbot: QtBot, qapp: QApplication, vault_path: Path,
                                                         qt_settings_dir: Path, clipboard: None) -> None:
    planted = QSettings(QSettings.Scope.UserScope, "QtProject")
    planted.setValue("FileDialog/history", ["file:///home/vp/dossiers"])
    planted.sync()
    controller = Controller(qapp, vault_path, InstanceLock(vault_path), False)
    assert "FileDialog" not in qt_project_file(qt_settings_dir)  # an earlier run's trail goes at start
    planted.setValue("FileDialog/lastVisited", "file:///home/vp/dossiers")
    planted.sync()
    controller.clipboard.copy_case_text("Notitie over de medewerker")
    controller.shutdown()
    assert QGuiApplication.clipboard().text() == ""
    assert "FileDialog" not in qt_project_file(qt_settings_dir)


def plain_png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 40, 40)).save(buf, format="PNG")
    return buf.getvalue()


# The whole scenario, in the real app -----------------------------------------------------------------

CHILD = r'''
"""The real app (ogg_desktop.app.run_gui), driven like a person would: every modal dialog is answered
as it appears. Prints what it saw, never the content."""
import socket
import sys


class NoNetwork(socket.socket):
    """FAKE socket module for the test: only local (AF_UNIX) sockets may be made; anything else is
    reported and refused, as pytest-socket does for the test process itself."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family != socket.AF_UNIX:
            print("NETWORK-ATTEMPT", family, file=sys.stderr, flush=True)
            raise OSError("network blocked by the test")
        super().__init__(family, type, proto, fileno)


socket.socket = NoNetwork

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from ogg_desktop import app as app_module
from ogg_desktop.domain.case import ConsentScope, Employee
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Person, Role
from ogg_desktop.domain.workflow import PlatformReport
from ogg_desktop.gui.dialogs.export import ExportDialog
from ogg_desktop.gui.dialogs.reports import NoticeDialog
from ogg_desktop.gui.dialogs.vault_dialogs import UnlockDialog
from ogg_desktop.reports.model import ReportKind

canary, source, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
passphrase = sys.stdin.readline().rstrip("\n")
handled = []


def fail(why):
    print("FAILED", why, flush=True)
    QApplication.instance().exit(9)


def answer_modals():
    widget = QApplication.activeModalWidget()
    if widget is not None and widget.isVisible() and widget not in handled:
        handled.append(widget)
        if isinstance(widget, UnlockDialog):
            widget.passphrase.edit.setText(passphrase)
            widget.open_button.click()
        elif isinstance(widget, QFileDialog):
            opening = widget.acceptMode() == QFileDialog.AcceptMode.AcceptOpen
            widget.findChild(QLineEdit, "fileNameEdit").setText(str(source if opening else target))
            widget.accept()
            print("FILE-DIALOG", "open" if opening else "save", flush=True)
        elif isinstance(widget, ExportDialog):
            widget.recipient.setText("Politie Midden-Nederland")
            widget.accept()
        elif isinstance(widget, QMessageBox):
            print("MESSAGE-BOX", flush=True)
            widget.accept()
        else:
            print("DIALOG", type(widget).__name__, flush=True)
    QTimer.singleShot(25, answer_modals)


def scenario(controller):
    window, session = controller.window, controller.session
    case = session.cases.create(f"Dossier {canary}", Employee(pseudonym=f"Pseudo {canary}", name=f"Naam {canary}"),
                                summary=f"Samenvatting {canary}")
    window.case_list.reload(select_case=case.id)
    window.case_view.show_case(case.id)
    window.import_action.trigger()  # the file dialog is answered with the screenshot
    items = session.evidence.for_case(case)
    if len(items) != 1:
        return fail(f"{len(items)} items imported")
    item = items[0]
    item.title, item.transcript = f"Titel {canary}", f"Letterlijk: {canary}"
    item.platform, item.url = "LinkedIn", f"https://example.invalid/{canary}"
    session.evidence.update_details(case, item)
    session.notes.add(case, f"Notitie over {canary}", Visibility.COUNSELLOR_ONLY)
    session.people.add_person(case, Person(name=f"Persoon {canary}"), Role.POSTER)
    session.cases.record_consent(case, ConsentScope.POLICE_REPORT, date.today(), "mondeling")
    window.case_view.show_case(case.id)
    sharing = window.case_view.sharing
    window.case_view.tabs.setCurrentWidget(sharing)
    sharing.exported.connect(lambda _export: QTimer.singleShot(0, lambda: copy_and_close(controller, case, item)))
    sharing.buttons[ReportKind.POLICE].click()  # options, then the save dialog, then built in a worker


def copy_and_close(controller, case, item):
    print("EXPORTED", flush=True)
    window = controller.window
    notice = NoticeDialog(controller.session, PlatformReport(case.id, "LinkedIn", item_ids=[item.id]), window)
    notice.show()
    notice.copy_button.click()
    print("COPIED", canary in QGuiApplication.clipboard().text(), flush=True)
    notice.accept()
    window.close()  # → the controller's shutdown: clipboard cleared, vault locked


def report_clipboard():
    text = QGuiApplication.clipboard().text()
    print("CLIPBOARD-AT-EXIT", len(text), passphrase in text, flush=True)


original_start = app_module.Controller.start


def start(self):
    QTimer.singleShot(0, answer_modals)
    self.app.aboutToQuit.connect(report_clipboard)
    started = original_start(self)
    if started:
        QTimer.singleShot(200, lambda: scenario(self))
    return started


app_module.Controller.start = start
from ogg_desktop.cli import run

sys.exit(run([]))
'''


def screenshot_with_canary(canary: str) -> bytes:
    """A PNG whose pixels spell the canary (so any decoded copy of them would show it) and whose
    metadata holds it too."""
    width, height = 120, 40
    row = (canary.encode() * (width * 3 // len(canary) + 1))[:width * 3]
    img = Image.frombytes("RGB", (width, height), row * height)
    info = PngInfo()
    info.add_text("Title", f"Schermafdruk {canary}")
    info.add_text("Author", f"Persoon {canary}")
    buf = io.BytesIO()
    img.save(buf, format="PNG", pnginfo=info)
    return buf.getvalue()


def forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be"),
            text.lower().encode(), text.upper().encode()]


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() or p.is_socket())


@pytest.mark.slow
def test_no_plaintext_spill_after_import_export_copy_and_close(tmp_path: Path) -> None:
    canary = "KANARIE" + secrets.token_hex(6).upper()
    passphrase = "wachtwoord-" + secrets.token_hex(8) + " paars konijn"
    observed = {name: tmp_path / name for name in ("home", "config", "cache", "data", "tmp", "runtime")}
    for folder in observed.values():
        folder.mkdir(mode=0o700)
    source_dir, out_dir = tmp_path / f"bron-{canary}", tmp_path / f"uitvoer-{canary}"
    source_dir.mkdir()
    out_dir.mkdir()
    source = source_dir / f"schermafdruk-{canary}.png"
    source.write_bytes(screenshot_with_canary(canary))
    target = out_dir / f"aangifte-{canary}.pdf"

    vault_path = observed["data"] / "ogg-desktop" / "kluis.ogg"  # where the app looks by default
    vault, recovery = Vault.create(vault_path, passphrase, "tester", kdf=FAST_KDF_FOR_TESTS)
    vault.close()
    raw_key = parse_recovery_key(recovery)
    before = set(files_under(tmp_path))

    child = tmp_path / "child.py"
    child.write_text(CHILD, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_", "OGG_"))}
    env.update(HOME=str(observed["home"]), XDG_CONFIG_HOME=str(observed["config"]),
               XDG_CACHE_HOME=str(observed["cache"]), XDG_DATA_HOME=str(observed["data"]),
               XDG_RUNTIME_DIR=str(observed["runtime"]), TMPDIR=str(observed["tmp"]),
               QT_QPA_PLATFORM="offscreen", OGG_LANG="nl", PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run([sys.executable, str(child), canary, str(source), str(target)],
                            input=passphrase + "\n", capture_output=True, text=True, cwd=tmp_path, env=env,
                            timeout=180, check=False)
    out, err = result.stdout, result.stderr
    assert result.returncode == 0, (out, err)
    assert "FILE-DIALOG open" in out and "FILE-DIALOG save" in out and "EXPORTED" in out, (out, err)
    assert "COPIED True" in out  # the case text really was on the clipboard ...
    assert "CLIPBOARD-AT-EXIT 0 False" in out  # ... and is gone at exit
    assert "NETWORK-ATTEMPT" not in err
    assert target.is_file() and target.read_bytes().startswith(b"%PDF")

    # Every file the run wrote, folder by folder. Only these may be there:
    new = [p for p in files_under(tmp_path) if p not in before or p.parent == vault_path.parent]
    vault_files = {vault_path, Path(f"{vault_path}-wal"), Path(f"{vault_path}-shm"),
                   vault_path.with_name("kluis.ogg.key"), vault_path.with_name("kluis.ogg.lock")}
    allowed = {
        "config": [r"ogg-desktop/ogg-desktop\.conf"],  # the app's QSettings: window geometry, language
        "cache": [r"fontconfig/[0-9a-f]+-le64\.cache-\d+"],  # the system's font cache, no case data
        "data": [re.escape(str(p.relative_to(observed["data"]))) for p in vault_files],
        "home": [], "tmp": [], "runtime": [],
    }
    for name, folder in observed.items():
        unexpected = [str(p.relative_to(folder)) for p in new if p.is_relative_to(folder)
                      and not any(re.fullmatch(pattern, str(p.relative_to(folder))) for pattern in allowed[name])]
        assert unexpected == [], f"unexpected files in {name}: {unexpected}"
    assert not (observed["config"] / "QtProject.conf").exists() or \
        "FileDialog" not in (observed["config"] / "QtProject.conf").read_text(errors="replace")

    # 0 canary hits anywhere but the vault (encrypted) and the PDF the user asked for.
    for path in new:
        if path.is_socket() or path in vault_files or path in (target, child):
            continue
        data = path.read_bytes()
        hits = [form for form in forms(canary) if form in data]
        assert hits == [], f"canary in {path.relative_to(tmp_path)}"
    for path in vault_files:
        if path.is_file():
            data = path.read_bytes()
            assert all(form not in data for form in forms(canary)), path.name
    app_settings = observed["config"] / "ogg-desktop" / "ogg-desktop.conf"
    assert str(tmp_path) not in app_settings.read_text(errors="replace")  # no path of an imported or exported file
    stored = QSettings(str(app_settings), QSettings.Format.IniFormat)
    for key in stored.allKeys():  # only harmless values: geometry bytes, a language code, a number of minutes
        value = stored.value(key)
        assert isinstance(value, QByteArray | bytes) or re.fullmatch(r"nl|en|\d+", str(value)), (key, value)

    # The passphrase and the key: in no file at all (vault, key file and PDF included), not in the output.
    secrets_ = [*forms(passphrase), raw_key, raw_key.hex().encode(), raw_key.hex().upper().encode(),
                recovery.encode(), recovery.replace("-", "").encode()]
    for path in files_under(tmp_path):
        if path.is_socket():
            continue
        data = path.read_bytes()
        assert all(secret not in data for secret in secrets_), path.relative_to(tmp_path)
    for text in (out, err):
        assert passphrase not in text and raw_key.hex() not in text and recovery not in text
        assert canary not in text
