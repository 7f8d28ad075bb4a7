"""Show an image full-screen with no window decoration (benchmark helper, runs under Xvfb)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QLabel


def main() -> None:
    app = QApplication(sys.argv[:1])
    label = QLabel()
    label.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.X11BypassWindowManagerHint)
    pixmap = QPixmap(sys.argv[1])
    label.setPixmap(pixmap)
    label.setGeometry(0, 0, pixmap.width(), pixmap.height())
    label.show()
    QTimer.singleShot(200, lambda: print("ready", flush=True))
    app.exec()


if __name__ == "__main__":
    main()
