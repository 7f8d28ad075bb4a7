"""Helper for the capture tests: show the known pattern at an exact place on a real X server.

    DISPLAY=:91 QT_QPA_PLATFORM=xcb python -m tests.integration.show_pattern X Y

X and Y are device pixels of the virtual desktop. The window is override-redirect (no window manager
moves or decorates it), painted 1:1 with no scaling. Once the X server really shows those pixels
(read back from the root window through Qt, not through the code under test) it prints
``ready X Y W H`` with the window's actual place and stays until killed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.integration.pattern import PATTERN_SIZE, pattern_rgb

TIMEOUT_MS = 20_000


class PatternWindow(QWidget):
    def __init__(self, x: int, y: int) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.X11BypassWindowManagerHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        w, h = PATTERN_SIZE
        self.rgb = pattern_rgb(w, h)
        self.image = QImage(self.rgb, w, h, w * 3, QImage.Format.Format_RGB888).copy()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFixedSize(w, h)
        self.move(x, y)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(QPoint(0, 0), self.image)
        painter.end()

    def on_screen(self) -> bytes:
        """What the X server shows where this window is, read from the root window."""
        top_left = self.mapToGlobal(QPoint(0, 0))
        screen = QGuiApplication.screenAt(top_left) or QGuiApplication.primaryScreen()
        g = screen.geometry()
        shot = screen.grabWindow(0, top_left.x() - g.x(), top_left.y() - g.y(), self.width(), self.height())
        image = shot.toImage().convertToFormat(QImage.Format.Format_RGB888)
        bits, stride, row = bytes(image.constBits()), image.bytesPerLine(), image.width() * 3
        return b"".join(bits[y * stride:y * stride + row] for y in range(image.height()))


def main() -> int:
    x, y = int(sys.argv[1]), int(sys.argv[2])
    app = QApplication([sys.argv[0]])
    if QGuiApplication.primaryScreen().devicePixelRatio() != 1:
        print("error: the pattern must be shown without scaling", flush=True)
        return 2
    window = PatternWindow(x, y)
    window.show()
    waited = 0

    def poll() -> None:
        nonlocal waited
        handle = window.windowHandle()
        if handle is not None and handle.isExposed() and window.on_screen() == window.rgb:
            p = window.mapToGlobal(QPoint(0, 0))
            print(f"ready {p.x()} {p.y()} {window.width()} {window.height()}", flush=True)
            return
        waited += 50
        if waited > TIMEOUT_MS:
            print("error: the pattern did not appear on the screen", flush=True)
            app.exit(1)
            return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
