"""The composition root: arguments → vault path → lock → unlock → session → windows."""

from __future__ import annotations

import argparse
import getpass
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ogg_desktop import APP_ID, APP_NAME, __version__
from ogg_desktop.gui.dialogs.vault_dialogs import CreateVaultDialog, UnlockDialog
from ogg_desktop.gui.i18n import install_translator, resolve_language
from ogg_desktop.gui.instance_server import InstanceServer
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.messages import vault_error_text
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
            self.window.setWindowTitle(self.window.windowTitle() + " — " + self.window.tr("DEMO (verzonnen gegevens)"))
        self.window.closed.connect(self.shutdown)
        self.window.show()
        return True

    @Slot()
    def shutdown(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None
        self.server.close()
        self.lock.release()

    @Slot(str, dict)
    def _command(self, command: str, _args: dict[str, object]) -> None:
        if command == "raise" and self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()


def run_gui(args: argparse.Namespace) -> int:
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
    try:
        if not controller.start():
            controller.shutdown()
            return 0
        return int(app.exec())
    finally:
        controller.shutdown()
        if demo_dir is not None:
            demo_dir.cleanup()
