"""Time from the capture trigger to the frozen overlay on screen, and the same for a plain
full-screen image window (the baseline). Runs under an X server; prints JSON medians."""

from __future__ import annotations

import json
import statistics
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

from ogg_desktop.gui.capture.flow import CaptureFlow


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def wait_for(flag: FirstPaint, app: QApplication) -> float:
    deadline = time.perf_counter() + 5
    while flag.at is None and time.perf_counter() < deadline:
        app.processEvents()
    assert flag.at is not None
    return flag.at


def overlay_once(app: QApplication) -> float:
    flow = CaptureFlow()
    painted = FirstPaint()
    start = time.perf_counter()
    flow.start(0)
    while flow.overlay is None:
        app.processEvents()
    for w in flow.overlay.monitor_widgets:
        w.installEventFilter(painted)
    end = wait_for(painted, app)
    flow.overlay.cancel()
    app.processEvents()
    return end - start


def plain_once(app: QApplication) -> float:
    screen = QGuiApplication.primaryScreen().geometry()
    image = QImage(screen.width(), screen.height(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.gray)
    painted = FirstPaint()
    start = time.perf_counter()
    label = QLabel()
    label.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.X11BypassWindowManagerHint)
    label.setPixmap(QPixmap.fromImage(image))
    label.setGeometry(screen)
    label.installEventFilter(painted)
    label.show()
    end = wait_for(painted, app)
    label.close()
    app.processEvents()
    return end - start


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    app = QApplication(sys.argv[:1])
    overlay_once(app)  # warm up
    plain_once(app)
    overlay = [overlay_once(app) for _ in range(repeats)]
    plain = [plain_once(app) for _ in range(repeats)]
    print(json.dumps({"overlay": statistics.median(overlay), "plain": statistics.median(plain)}))


if __name__ == "__main__":
    main()
