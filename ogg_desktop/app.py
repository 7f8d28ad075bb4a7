"""The composition root: arguments → vault path → lock → unlock → session → windows."""

from __future__ import annotations

import argparse
import getpass
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ogg_desktop import APP_ID, APP_NAME, __version__
from ogg_desktop.capture.grab import CaptureUnavailableError, Grab
from ogg_desktop.gui.capture.flow import grab_hidden
from ogg_desktop.gui.dialogs.vault_dialogs import CreateVaultDialog, UnlockDialog
from ogg_desktop.gui.i18n import install_translator, resolve_language
from ogg_desktop.gui.instance_server import InstanceServer
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.messages import capture_unavailable_text, vault_error_text
from ogg_desktop.instance import InstanceLock, send_to_running_instance
from ogg_desktop.paths import default_vault_path
from ogg_desktop.services.demo import populate
from ogg_desktop.services.session import Session
from ogg_desktop.vault.driver import sqlcipher
from ogg_desktop.vault.errors import VaultError, VaultInUseError
from ogg_desktop.vault.keyfile import DEFAULT_KDF
from ogg_desktop.vault.vault import Vault

DEMO_PASSPHRASE = "voorbeeld voorbeeld voorbeeld"  # noqa: S105 - the demo vault holds only fictional data
RESOURCES = Path(__file__).resolve().parents[1] / "resources"
PENDING_LIMIT_MS = 10 * 60 * 1000


def actor_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "vertrouwenspersoon"


def make_application(argv: list[str], language: str | None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    app.setStyle("Fusion")
    icon = RESOURCES / "icons" / "ogg-desktop.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = QSettings()
    install_translator(app, resolve_language(language or str(settings.value("language", "") or "")))
    return app


class Controller:
    """Owns the running app's objects so nothing hangs on module globals."""

    def __init__(self, app: QApplication, path: Path, lock: InstanceLock, demo: bool) -> None:
        self.app, self.path, self.lock, self.demo = app, path, lock, demo
        self.server = InstanceServer(path)
        self.server.commandReceived.connect(self._command)
        self.session: Session | None = None
        self.window: MainWindow | None = None
        # A capture asked for while the vault is still locked: the screen is grabbed at once and
        # held in memory only, then offered after unlock, or dropped after PENDING_LIMIT_MS.
        self.pending: Grab | None = None
        self.pending_timer = QTimer()
        self.pending_timer.setSingleShot(True)
        self.pending_timer.setInterval(PENDING_LIMIT_MS)
        self.pending_timer.timeout.connect(self._drop_pending)

    def open_vault(self) -> Vault | None:
        if self.demo:
            vault, _ = Vault.create(self.path, DEMO_PASSPHRASE, actor_name(), kdf=DEFAULT_KDF)
            populate(Session.on(vault))
            return vault
        dialog: CreateVaultDialog | UnlockDialog
        if self.path.exists():
            dialog = UnlockDialog(self.path, actor_name())
        else:
            dialog = CreateVaultDialog(self.path, actor_name())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.vault

    def start(self) -> bool:
        vault = self.open_vault()
        if vault is None:
            return False
        self.server.listen()
        self.session = Session.on(vault)
        self.window = MainWindow(self.session, QSettings())
        if self.demo:
            demo = QCoreApplication.translate("MainWindow", "DEMO (verzonnen gegevens)")
            self.window.setWindowTitle(f"{self.window.windowTitle()} — {demo}")
        self.window.closed.connect(self.shutdown)
        self.window.show()
        if self.pending is not None:
            grab, self.pending = self.pending, None
            self.pending_timer.stop()
            self.window.start_capture(0, grab)
        return True

    def hold_capture(self, grab: Grab) -> None:
        self.pending = grab
        self.pending_timer.start()

    @Slot()
    def _drop_pending(self) -> None:
        if self.pending is None:
            return
        taken = self.pending.taken_at.astimezone().strftime("%H:%M")
        self.pending = None
        QMessageBox.information(None, APP_NAME, QCoreApplication.translate(
            "App", "De schermafbeelding van {time} is niet bewaard: de kluis werd niet binnen 10 minuten "
            "geopend.").format(time=taken))

    @Slot()
    def shutdown(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None
        self.server.close()
        self.lock.release()

    @Slot(str, dict)
    def _command(self, command: str, args: dict[str, object]) -> None:
        if command == "raise" and self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
        elif command == "capture":
            delay = args.get("delay", 0)
            seconds = int(delay) if isinstance(delay, int | float) else 0
            if self.window is not None:
                self.window.start_capture(seconds)
                return
            # Still locked: grab now (the post may be gone in a minute), choose the region after unlock.
            try:
                self.hold_capture(grab_hidden())
            except CaptureUnavailableError as exc:
                QMessageBox.warning(None, APP_NAME, capture_unavailable_text(exc))


def run_gui(args: argparse.Namespace, capture_delay: float | None = None) -> int:
    """Start the window. With ``capture_delay`` (from ``ogg-desktop capture`` when no window was
    running) the screen is grabbed first, before any dialog, and offered after unlock."""
    app = make_application(sys.argv[:1], args.lang)
    try:
        sqlcipher()
    except VaultError as exc:
        QMessageBox.critical(None, APP_NAME, vault_error_text(exc))
        return 1
    demo_dir = None
    if args.demo:
        demo_dir = tempfile.TemporaryDirectory(prefix="ogg-demo-")
        path = Path(demo_dir.name) / "demo.ogg"
    else:
        path = Path(args.vault).expanduser().absolute() if args.vault else default_vault_path()
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except VaultInUseError as exc:
        if send_to_running_instance(path, "raise"):
            print(app.translate("App", "OGG Desktop draait al met deze kluis; dat venster is naar voren gehaald."))
            return 0
        QMessageBox.warning(None, APP_NAME, vault_error_text(exc))
        return 1
    controller = Controller(app, path, lock, bool(args.demo))
    if capture_delay is not None:
        time.sleep(max(0.0, capture_delay))
        try:
            controller.hold_capture(grab_hidden())
        except CaptureUnavailableError as exc:
            QMessageBox.warning(None, APP_NAME, capture_unavailable_text(exc))
    try:
        if not controller.start():
            controller.shutdown()
            return 0
        return int(app.exec())
    finally:
        controller.shutdown()
        if demo_dir is not None:
            demo_dir.cleanup()
