"""The composition root: arguments → vault path → lock → unlock → session → windows."""

from __future__ import annotations

import argparse
import getpass
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ogg_desktop import APP_ID, APP_NAME, DESKTOP_ID, __version__
from ogg_desktop.gui.dialogs.vault_dialogs import CreateVaultDialog, UnlockDialog
from ogg_desktop.gui.i18n import install_translator, resolve_language
from ogg_desktop.gui.instance_server import InstanceServer
from ogg_desktop.gui.locking import IdleWatcher, LockSequence, OsLockWatcher, idle_minutes, locked_text
from ogg_desktop.gui.messages import capture_unavailable_text, vault_error_text
from ogg_desktop.gui.privacy import ClipboardGuard, forget_file_dialog_history
from ogg_desktop.gui.screen_fit import install as install_screen_fit
from ogg_desktop.gui.theme import apply_saved_theme
from ogg_desktop.instance import InstanceLock, send_to_running_instance
from ogg_desktop.paths import default_vault_path
from ogg_desktop.vault.errors import DiskFullError, VaultError, VaultInUseError

if TYPE_CHECKING:
    # What the unlock dialog does not need loads after it is on screen (cold start): the main
    # window and its tabs, the services, the vault stack, capture and reports.
    from ogg_desktop.capture.grab import Grab
    from ogg_desktop.gui.main_window import MainWindow
    from ogg_desktop.services.handover import PreparedRestore
    from ogg_desktop.services.session import Session
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
    app.setDesktopFileName(DESKTOP_ID)
    app.setStyle("Fusion")
    icon = RESOURCES / "icons" / "ogg-desktop.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = QSettings()
    install_translator(app, resolve_language(language or str(settings.value("language", "") or "")))
    apply_saved_theme(app, settings)  # Weergave → Hoog contrast, chosen earlier
    install_screen_fit(app)  # no window larger than the screen, also at 200 %
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
        self.clipboard = ClipboardGuard.install(app)  # copied case text is cleared after 30 s, and at exit
        forget_file_dialog_history()  # in case an earlier run ended before it could
        # Locking (gui/locking.py): after idle minutes, by Ctrl+L, or when the system locks its screen or
        # suspends, the window is destroyed and the vault closed; unlocking builds a new window, same place.
        self.idle = IdleWatcher(idle_minutes(QSettings()) * 60_000)
        self.idle.timedOut.connect(self._idle_timed_out)
        self.os_lock = OsLockWatcher()  # tests may put one on a private bus here before start()
        self.locking: LockSequence | None = None
        self.lock_dialog: UnlockDialog | None = None
        self.lock_reason = ""
        self.place: dict[str, int | None] | None = None
        self.quit_on_last_window = True
        self.quit_app: Callable[[], None] = app.quit  # tests replace it: quitting ends every event loop

    def open_vault(self) -> Vault | None:
        if self.demo:
            from ogg_desktop.services.demo import populate
            from ogg_desktop.services.session import Session
            from ogg_desktop.vault.keyfile import DEFAULT_KDF
            from ogg_desktop.vault.vault import Vault

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
        self._show_window(vault)
        self.os_lock.systemLocked.connect(self.lock_now)
        self.os_lock.start()
        return True

    def _show_window(self, vault: Vault, place: dict[str, int | None] | None = None) -> None:
        """A new main window on ``vault`` (at start and after each unlock), back at ``place`` if given."""
        from ogg_desktop.gui.main_window import MainWindow
        from ogg_desktop.services.session import Session

        self.session = Session.on(vault)
        self.window = MainWindow(self.session, QSettings())
        if self.demo:
            demo = QCoreApplication.translate("MainWindow", "DEMO (verzonnen gegevens)")
            self.window.setWindowTitle(f"{self.window.windowTitle()} — {demo}")
        self.window.closed.connect(self.shutdown)
        self.window.lockRequested.connect(self.lock_now)
        self.window.idleMinutesChanged.connect(self._idle_minutes_changed)
        self.window.backup_restore.restoreRequested.connect(self.restore_backup)
        if place is not None:
            self.window.restore_place(place)
        self.window.show()
        self.idle.start()
        if self.pending is not None:
            grab, self.pending = self.pending, None
            self.pending_timer.stop()
            self.window.start_capture(0, grab)

    # Locking -------------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.lock_dialog is not None

    def lock_now(self, reason: str = "manual") -> None:
        """Lock: cancel what runs, unwind open dialogs, destroy the window, close the vault (its key is
        wiped), then show the unlock dialog. Ignored while locked or locking, and before the first unlock."""
        window = self.window
        if window is None or self.locking is not None:
            return
        self.idle.stop()
        self.lock_reason = reason
        self.quit_on_last_window = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)  # the window goes before the unlock dialog shows
        flow = window.capture_flow
        if flow.overlay is not None and flow.grab is not None:
            grab = flow.grab
            flow.overlay.cancel()
            self.hold_capture(grab)  # offered again after unlock, like a capture asked for while locked
        self.place = window.place()
        self.window = None  # from now on the app is locked: a capture asked for is held, a restore refused
        window.closed.disconnect(self.shutdown)  # closing it soon locks; it does not quit
        self.locking = LockSequence(window)
        self.locking.ready.connect(self._lock_ready)
        self.locking.begin()

    @Slot()
    def _lock_ready(self) -> None:
        sequence, self.locking = self.locking, None
        if sequence is not None:
            sequence.take_down()
        self.clipboard.clear_now()
        self.clipboard.drop_selection()
        forget_file_dialog_history()
        if self.session is not None:
            self.session.close()
            self.session = None
        self._show_lock_screen()

    def _show_lock_screen(self) -> None:
        """The same unlock dialog as at start, without a nested event loop; Afsluiten quits the app."""
        dialog = UnlockDialog(self.path, actor_name())
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        text = locked_text(self.lock_reason, self.idle.interval_ms // 60_000)
        if self.demo:
            text += " " + QCoreApplication.translate("App", "Demo: het wachtwoord is „{passphrase}”.").format(
                passphrase=DEMO_PASSPHRASE)
        dialog.message.show_message("info", text)
        dialog.finished.connect(self._lock_screen_closed)
        self.lock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot(int)
    def _lock_screen_closed(self, result: int) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is None:
            return
        vault = dialog.vault if result == QDialog.DialogCode.Accepted.value else None
        dialog.deleteLater()
        if vault is None:
            self.shutdown()
            self.quit_app()
            return
        place, self.place = self.place, None
        self._show_window(vault, place)
        self.app.setQuitOnLastWindowClosed(self.quit_on_last_window)

    @Slot()
    def _idle_timed_out(self) -> None:
        self.lock_now("idle")

    @Slot(int)
    def _idle_minutes_changed(self, minutes: int) -> None:
        self.idle.set_interval_ms(minutes * 60_000)

    # Restore from a backup (gui/dialogs/backup_restore.py) ------------------------------------------
    @Slot(object)
    def restore_backup(self, prepared: PreparedRestore) -> None:
        """Close this vault and its window, put the checked backup in place (the current vault is kept as
        ``<vault>.before-restore-<time>`` with its key file) and open a new window on the restored vault.
        If that fails, the previous vault is back in place and the unlock dialog asks for it."""
        window = self.window
        if window is None or self.locking is not None:
            prepared.discard()
            return
        self.window = None
        quit_on_last = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)  # the old window goes before the new one shows
        self.idle.stop()
        window.closed.disconnect(self.shutdown)
        window.close()  # saves what is still being typed and empties its models
        window.deleteLater()
        if self.session is not None:
            self.session.close()
            self.session = None
        title = QCoreApplication.translate("App", "Herstellen uit back-up")
        from ogg_desktop.gui.handover_messages import handover_error_text
        from ogg_desktop.services.handover import complete_restore

        try:
            done = complete_restore(prepared, actor_name())
        except (VaultError, OSError) as exc:
            reason = handover_error_text(exc) if isinstance(exc, VaultError) else str(exc.strerror or exc)
            QMessageBox.critical(None, title, QCoreApplication.translate(
                "App", "De back-up is niet teruggezet; uw kluis is weer zoals hij was. {reason}").format(reason=reason))
            dialog = UnlockDialog(self.path, actor_name())
            vault = dialog.vault if dialog.exec() == QDialog.DialogCode.Accepted else None
            if vault is None:
                self.app.setQuitOnLastWindowClosed(quit_on_last)
                self.shutdown()
                self.quit_app()
                return
            self._show_window(vault)
            self.app.setQuitOnLastWindowClosed(quit_on_last)
            return
        self._show_window(done.vault)
        self.app.setQuitOnLastWindowClosed(quit_on_last)
        text = QCoreApplication.translate(
            "App", "De back-up is teruggezet ({cases} dossiers). De kluis opent voortaan met het wachtwoord van de "
            "back-up.").format(cases=prepared.cases)
        if done.kept_aside is not None:
            text += "\n\n" + QCoreApplication.translate(
                "App", "Uw vorige kluis is bewaard als {file} (met {name}.key ernaast).").format(
                file=done.kept_aside, name=done.kept_aside.name)
        QMessageBox.information(self.window, title, text)

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
        self.idle.stop()
        self.os_lock.stop()
        self.clipboard.clear_now()
        self.clipboard.drop_selection()
        forget_file_dialog_history()
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
        elif command == "raise" and self.lock_dialog is not None:
            self.lock_dialog.raise_()
            self.lock_dialog.activateWindow()
        elif command == "capture":
            delay = args.get("delay", 0)
            seconds = int(delay) if isinstance(delay, int | float) else 0
            if self.window is not None:
                self.window.start_capture(seconds)
                return
            # Still locked: grab now (the post may be gone in a minute), choose the region after unlock.
            from ogg_desktop.capture.grab import CaptureUnavailableError
            from ogg_desktop.gui.capture.flow import grab_hidden

            try:
                self.hold_capture(grab_hidden())
            except CaptureUnavailableError as exc:
                QMessageBox.warning(None, APP_NAME, capture_unavailable_text(exc))


def run_gui(args: argparse.Namespace, capture_delay: float | None = None) -> int:
    """Start the window. With ``capture_delay`` (from ``ogg-desktop capture`` when no window was
    running) the screen is grabbed first, before any dialog, and offered after unlock."""
    app = make_application(sys.argv[:1], args.lang)
    from ogg_desktop.vault.driver import sqlcipher

    try:
        sqlcipher()  # fail closed: without SQLCipher 4 nothing starts and no file is made
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
    except OSError as exc:  # the lock file cannot be written: a full disk, most likely
        QMessageBox.critical(None, APP_NAME, vault_error_text(DiskFullError(str(exc))))
        return 1
    controller = Controller(app, path, lock, bool(args.demo))
    if capture_delay is not None:
        from ogg_desktop.capture.grab import CaptureUnavailableError
        from ogg_desktop.gui.capture.flow import grab_hidden

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
