"""Locking: when the app locks, and how the open window is taken down without leaving anything behind.

- ``IdleWatcher``: an application-wide event filter notes the last keyboard, mouse, wheel, touch or
  tablet input; ``timedOut`` fires once that is ``interval`` ago (between T and T + 1 s, also across a
  suspend, since the clock used counts suspended time).
- ``OsLockWatcher``: the operating system's screen lock and suspend, through D-Bus where there is a
  bus (login1's PrepareForSleep and Session.Lock on the system bus, the screensavers' ActiveChanged
  on the session bus). Without a bus it does nothing, silently.
- ``LockSequence``: what is open in front of a window (modal dialogs, message boxes, menus, progress
  dialogs and the reports they track) is cancelled and unwound first; ``ready`` says when the nested
  event loops have returned and the window can be destroyed safely.
- ``IdleLockDialog``: the minutes of inactivity before locking (QSettings "lock/idle_minutes",
  1 to 60, default 5; never is not offered). Only a number is stored there, nothing about cases.
"""

from __future__ import annotations

import gc
import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    SLOT,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import delete

if TYPE_CHECKING:
    from ogg_desktop.gui.report_runner import ReportRunner

IDLE_KEY = "lock/idle_minutes"
DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60
MAX_CHECK_MS = 1000  # the idle check never sleeps longer than this: a lock is at most 1 s late

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.TabletRelease,
})


def idle_minutes(settings: QSettings) -> int:
    """The stored minutes, kept within 1..60; the default when nothing (or nonsense) is stored."""
    value = settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES)
    try:
        minutes = int(str(value))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, minutes))


def set_idle_minutes(settings: QSettings, minutes: int) -> int:
    minutes = max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, int(minutes)))
    settings.setValue(IDLE_KEY, minutes)
    settings.sync()
    return minutes


def _now_ms() -> float:
    """Milliseconds on a clock that also runs while the computer sleeps (Linux), else a monotonic one."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime) * 1000.0
    return time.monotonic() * 1000.0


class IdleWatcher(QObject):
    """``timedOut`` once no input reached the app for ``interval_ms``. Fires once; ``start`` again after."""

    timedOut = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = max(1, int(interval_ms))
        self._last = _now_ms()
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._check)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Count from now."""
        app = QCoreApplication.instance()
        if app is not None and not self._running:
            app.installEventFilter(self)
        self._running = True
        self._last = _now_ms()
        self._schedule()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._running:
            app.removeEventFilter(self)
        self._running = False
        self._timer.stop()

    def set_interval_ms(self, interval_ms: int) -> None:
        """A new interval, counted from the last input (a shorter one may fire at once)."""
        self.interval_ms = max(1, int(interval_ms))
        if self._running:
            self._schedule()

    def idle_ms(self) -> float:
        return _now_ms() - self._last

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last = _now_ms()  # the timer is not restarted per event: _check reschedules itself
        return False

    def _schedule(self) -> None:
        remaining = self.interval_ms - self.idle_ms()
        self._timer.start(max(0, min(MAX_CHECK_MS, int(remaining + 0.999))))

    @Slot()
    def _check(self) -> None:
        if not self._running:
            return
        if self.idle_ms() >= self.interval_ms:
            self.stop()
            self.timedOut.emit()
            return
        self._schedule()


def _escape_object_path(text: str) -> str:
    """systemd's bus label escaping: every byte not in [A-Za-z0-9] (and a leading digit) as _xx."""
    out = []
    for index, byte in enumerate(text.encode()):
        char = chr(byte)
        if (char.isascii() and char.isalnum()) and not (index == 0 and char.isdigit()):
            out.append(char)
        else:
            out.append(f"_{byte:02x}")
    return "".join(out) or "_"


LOGIN1 = "org.freedesktop.login1"
SCREENSAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.mate.ScreenSaver",
                          "org.cinnamon.ScreenSaver")


class OsLockWatcher(QObject):
    """``systemLocked(reason)`` when the system suspends ("sleep") or its screen locks ("screen").

    The buses can be given (tests use a private dbus-daemon); by default the system and session bus.
    A bus that is not there is skipped without a word: locking on idle and by hand still works."""

    systemLocked = Signal(str)

    def __init__(self, parent: QObject | None = None, session_bus: QDBusConnection | None = None,
                 system_bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self._session_bus = session_bus
        self._system_bus = system_bus
        self._subscribed: list[tuple[QDBusConnection, str, str, str, str]] = []

    @property
    def subscriptions(self) -> list[str]:
        """What is being listened to, as "interface.Signal" (empty without any bus)."""
        return [f"{interface}.{name}" for _bus, _path, interface, name, _slot in self._subscribed]

    def start(self) -> None:
        if self._subscribed:
            return
        system = self._system_bus if self._system_bus is not None else QDBusConnection.systemBus()
        session = self._session_bus if self._session_bus is not None else QDBusConnection.sessionBus()
        if system.isConnected():
            self._subscribe(system, "/org/freedesktop/login1", f"{LOGIN1}.Manager", "PrepareForSleep",
                            "_prepare_for_sleep(bool)")
            session_id = os.environ.get("XDG_SESSION_ID", "")
            if session_id:
                path = f"/org/freedesktop/login1/session/{_escape_object_path(session_id)}"
                self._subscribe(system, path, f"{LOGIN1}.Session", "Lock", "_session_locked()")
        if session.isConnected():
            for interface in SCREENSAVER_INTERFACES:
                self._subscribe(session, "", interface, "ActiveChanged", "_screensaver_active(bool)")

    def stop(self) -> None:
        for bus, path, interface, name, slot in self._subscribed:
            bus.disconnect("", path, interface, name, self, SLOT(slot))  # type: ignore[call-overload]
        self._subscribed = []

    def _subscribe(self, bus: QDBusConnection, path: str, interface: str, name: str, slot: str) -> None:
        # The stubs ask bytes for the slot; PySide only accepts the str that SLOT() returns.
        if bus.connect("", path, interface, name, self, SLOT(slot)):  # type: ignore[call-overload]
            self._subscribed.append((bus, path, interface, name, slot))

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.systemLocked.emit("sleep")

    @Slot(bool)
    def _screensaver_active(self, active: bool) -> None:
        if active:
            self.systemLocked.emit("screen")

    @Slot()
    def _session_locked(self) -> None:
        self.systemLocked.emit("screen")


def _close_popups() -> bool:
    closed = False
    for _ in range(20):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
        closed = True
    return closed


def _reject(dialog: QDialog) -> None:
    dialog.reject()
    if dialog.isVisible():  # a dialog that refuses Esc (it guards something) is ended all the same
        dialog.done(QDialog.DialogCode.Rejected)


def close_dialogs(keep: QWidget | None = None) -> bool:
    """Cancel progress dialogs, close menus, reject every visible dialog and modal window but ``keep``.
    True when anything was still open. Their exec() loops return once control goes back to them."""
    found = _close_popups()
    for _ in range(50):
        widgets = [w for w in QApplication.topLevelWidgets() if w is not keep and w.isVisible()
                   and (isinstance(w, QDialog) or w.isModal())]
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not keep and modal not in widgets:
            widgets.append(modal)
        if not widgets:
            break
        found = True
        for widget in widgets:
            if isinstance(widget, QProgressDialog):
                widget.canceled.emit()  # as its Cancel button does: the owner stops the work
                widget.hide()
            elif isinstance(widget, QDialog):
                _reject(widget)
            else:
                widget.close()
    return found


class LockSequence(QObject):
    """Unwind everything in front of ``window``, then say ``ready`` (from the outermost event loop).

    ``begin`` asks running reports to stop and rejects dialogs at once, then hides the window. The
    rejected dialogs' exec() loops can only return after ``begin`` does, so the rest is checked on a
    timer: reports still finishing, dialogs that appeared after another closed, nested event loops.
    Reports are always waited for (a QThread must not be destroyed while it runs; a cancelled report
    stops at its next item). Other leftovers are waited for at most ``patience_ms``: the lock happens."""

    ready = Signal()

    def __init__(self, window: QWidget, patience_ms: int = 5000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: QWidget | None = window
        self.patience_ms = patience_ms
        self.outermost = True  # whether ``ready`` came from the main event loop (safe to delete at once)
        self._since = QElapsedTimer()
        self._done = False

    def runners(self) -> list[ReportRunner]:
        from ogg_desktop.gui.report_runner import ReportRunner  # loaded with the window, not before unlock

        if self.window is None:
            return []
        return [r for r in self.window.findChildren(ReportRunner) if r.is_running()]

    def begin(self) -> None:
        self._since.start()
        for runner in self.runners():
            runner.cancel()
        close_dialogs()
        if self.window is not None:
            self.window.hide()
        QTimer.singleShot(0, self._step)

    @Slot()
    def _step(self) -> None:
        if self._done:
            return
        busy = bool(self.runners())
        leftovers = close_dialogs()
        nested = QThread.currentThread().loopLevel() > 1
        if busy or ((leftovers or nested) and self._since.elapsed() < self.patience_ms):
            QTimer.singleShot(10, self._step)
            return
        self._done = True
        self.outermost = not nested
        self.ready.emit()

    def take_down(self) -> None:
        """After ``ready``: close the window (its close event saves what is still being typed and empties
        its models), destroy it with every child widget, model and cached picture, close any other
        window still showing (a capture countdown, say) and collect what Python still held."""
        window, self.window = self.window, None
        if window is not None:
            window.close()
            if self.outermost:
                delete(window)  # nothing of it is on the call stack: gone now, not at the next loop turn
            else:
                window.deleteLater()  # Qt deletes it once the loop that is still running returns
            del window
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        gc.collect()


def locked_text(reason: str, minutes: int) -> str:
    """What the unlock dialog says about why the vault was locked."""
    why = {
        "idle": QCoreApplication.translate("Locking", "De kluis is vergrendeld omdat er {minutes} min. niets "
                                           "gebeurde.").format(minutes=minutes),
        "sleep": QCoreApplication.translate("Locking", "De kluis is vergrendeld omdat de computer in de slaapstand "
                                            "ging."),
        "screen": QCoreApplication.translate("Locking", "De kluis is vergrendeld omdat het scherm werd "
                                             "vergrendeld."),
    }.get(reason, QCoreApplication.translate("Locking", "De kluis is vergrendeld."))
    return why + " " + QCoreApplication.translate("Locking", "Na het openen gaat u verder waar u was.")


class IdleLockDialog(QDialog):
    """Kluis → Automatisch vergrendelen na…: the minutes without input before the vault locks."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Automatisch vergrendelen"))
        intro = QLabel(self.tr(
            "Als er zo lang niets in OGG Desktop gebeurt, vergrendelt de kluis: alle gegevens verdwijnen van het "
            "scherm en uit het geheugen. Met uw wachtwoord gaat u verder waar u was. Vergrendelen kan ook direct "
            "met Ctrl+L."), self)
        intro.setWordWrap(True)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.minutes.setSuffix(self.tr(" min."))
        self.minutes.setValue(idle_minutes(settings))
        self.minutes.setAccessibleName(self.tr("Minuten zonder activiteit tot de kluis vergrendelt"))
        label = QLabel(self.tr("&Vergrendelen na"), self)
        label.setBuddy(self.minutes)
        hint = QLabel(self.tr("Van {low} tot {high} minuten; standaard {default}.").format(
            low=MIN_IDLE_MINUTES, high=MAX_IDLE_MINUTES, default=DEFAULT_IDLE_MINUTES), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.addRow(label, self.minutes)
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.minutes.setFocus()
        self.minutes.selectAll()

    def accept(self) -> None:
        self.minutes.interpretText()
        set_idle_minutes(self.settings, self.minutes.value())
        super().accept()
