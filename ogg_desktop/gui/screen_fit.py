"""Every window fits on the screen, also at 200 % scaling (a 1920×1080 screen is then 960×540): a dialog
whose content is taller or wider than the screen scrolls, and no window opens larger than the screen or
partly off it. One event filter on the application does this for every dialog, also for new ones."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QMainWindow, QScrollArea, QVBoxLayout, QWidget

SCROLL_AREA_NAME = "fit-to-screen-scroll"
# What a window manager typically takes around a window (title bar, borders).
FRAME_ALLOWANCE = 40


def wrap_in_scroll_area(widget: QWidget) -> QScrollArea | None:
    """Move ``widget``'s layout (and the widgets in it) into a scroll area that fills ``widget``."""
    layout = widget.layout()
    if layout is None or widget.findChild(QScrollArea, SCROLL_AREA_NAME) is not None:
        return None
    inner = QWidget()
    inner.setLayout(layout)  # Qt takes the layout off ``widget`` and moves its widgets along
    area = QScrollArea(widget)
    area.setObjectName(SCROLL_AREA_NAME)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the area follows the focus
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area


def screen_of(widget: QWidget) -> QScreen:
    """The screen ``widget`` is on, found without ``widget.screen()``: PySide ties a QScreen returned by a
    widget's (or window's) method to that wrapper, and when Python frees the widget the screen goes with it
    (the next window then crashes). Only static functions here."""
    found = QGuiApplication.screenAt(widget.mapToGlobal(widget.rect().center()))
    return found if found is not None else QGuiApplication.primaryScreen()


def available(widget: QWidget) -> QRect:
    rect = screen_of(widget).availableGeometry()
    return rect.adjusted(0, 0, 0, -FRAME_ALLOWANCE)


def fit_on_screen(window: QWidget) -> None:
    """Scroll instead of growing past the screen; shrink and move a window that is larger or off it."""
    room = available(window)
    need = window.minimumSizeHint()
    if isinstance(window, QDialog) and (need.height() > room.height() or need.width() > room.width()):
        window.setMinimumSize(0, 0)
        wrap_in_scroll_area(window)
    if window.minimumHeight() > room.height() or window.minimumWidth() > room.width():
        window.setMinimumSize(min(window.minimumWidth(), room.width()), min(window.minimumHeight(), room.height()))
    frame_width = max(0, window.frameGeometry().width() - window.width())  # the window's borders, if known
    width, height = min(window.width(), room.width() - frame_width), min(window.height(), room.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = max(room.left(), min(frame.left(), room.right() - frame.width() + 1))
    y = max(room.top(), min(frame.top(), room.bottom() - frame.height() + 1))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


class ScreenFit(QObject):
    """Applies ``fit_on_screen`` to every dialog and main window as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog | QMainWindow) and watched.isWindow():
            fit_on_screen(watched)
        return False


def install(app: QApplication) -> ScreenFit:
    fit = app.findChild(ScreenFit)
    if fit is None:
        fit = ScreenFit(app)
        app.installEventFilter(fit)
    return fit
