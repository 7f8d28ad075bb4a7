"""Hide the app, count down, grab every monitor at once, show the frozen overlay, report the region."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ogg_desktop.capture.grab import CaptureUnavailableError, Grab, Rect, grab_all
from ogg_desktop.gui.capture.overlay import CaptureOverlay
from ogg_desktop.gui.messages import capture_unavailable_text

HIDE_SETTLE_MS = 150  # time for the window system to take our windows off the screen


def grab_hidden(grabber: Callable[[], Grab] = grab_all) -> Grab:
    """Grab at once, with the app's own windows (an unlock dialog, say) taken off the screen first."""
    hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in hidden:
        w.hide()
    try:
        deadline = QDeadlineTimer(HIDE_SETTLE_MS)
        while not deadline.hasExpired():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(10)
        return grabber()
    finally:
        for w in hidden:
            w.show()


class Countdown(QLabel):
    """A big number in the middle of the primary screen. Hidden before the grab, so never in it."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
                         | Qt.WindowType.Tool)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel { background: rgba(20, 20, 20, 220); color: white; border-radius: 16px;"
                           " font-size: 56px; font-weight: bold; }")
        self.setFixedSize(220, 160)
        self.setAccessibleName(self.tr("Aftellen tot de schermafbeelding"))

    def show_number(self, seconds: int) -> None:
        self.setText(str(seconds))
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.move(screen.center() - self.rect().center())
        self.show()
        self.raise_()


class CaptureFlow(QObject):
    """One capture, from trigger to chosen region. ``grabber`` is the seam to the real screen."""

    finished = Signal(object, object)  # Grab, Rect (device pixels)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, grabber: Callable[[], Grab] = grab_all) -> None:
        super().__init__(parent)
        self.grabber = grabber
        self.hidden: list[QWidget] = []
        self.overlay: CaptureOverlay | None = None
        self.countdown: Countdown | None = None
        self._remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.grab: Grab | None = None

    @property
    def active(self) -> bool:
        return self.overlay is not None or self._timer.isActive() or bool(self.hidden)

    def start(self, delay: int = 0, grab: Grab | None = None) -> None:
        """Capture after ``delay`` seconds, or choose a region of a ``grab`` taken earlier."""
        if grab is not None:
            self._show_overlay(grab)
            return
        self._hide_app()
        if delay > 0:
            self._remaining = delay
            self.countdown = Countdown()
            self.countdown.show_number(delay)
            self._timer.start()
        else:
            # From a global shortcut nothing of ours is on screen: grab at once. Otherwise give the
            # window system a moment to take our windows off the screen.
            QTimer.singleShot(HIDE_SETTLE_MS if self.hidden else 0, self._grab_now)

    @Slot()
    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining > 0 and self.countdown is not None:
            self.countdown.show_number(self._remaining)
            return
        self._timer.stop()
        if self.countdown is not None:
            self.countdown.hide()
            self.countdown.deleteLater()
            self.countdown = None
        QTimer.singleShot(HIDE_SETTLE_MS, self._grab_now)

    def _hide_app(self) -> None:
        self.hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for w in self.hidden:
            w.hide()
        QApplication.processEvents()

    def _restore_app(self) -> None:
        for w in self.hidden:
            w.show()
        self.hidden = []

    @Slot()
    def _grab_now(self) -> None:
        try:
            grab = self.grabber()
        except CaptureUnavailableError as exc:
            self._restore_app()
            self.failed.emit(capture_unavailable_text(exc))
            return
        self._show_overlay(grab)

    def _show_overlay(self, grab: Grab) -> None:
        self.grab = grab
        self.overlay = CaptureOverlay(grab)
        self.overlay.accepted.connect(self._accepted)
        self.overlay.cancelled.connect(self._cancelled)
        self.overlay.show_all()

    @Slot(object)
    def _accepted(self, region: Rect) -> None:
        grab = self.grab
        self.overlay = None
        self._restore_app()
        assert grab is not None
        self.finished.emit(grab, region)

    @Slot()
    def _cancelled(self) -> None:
        self.overlay = None
        self._restore_app()
        self.cancelled.emit()
