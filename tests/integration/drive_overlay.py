"""Helper for the capture tests: the real frozen overlay on a real X server, driven by synthetic events.

    DISPLAY=:91 QT_QPA_PLATFORM=xcb [QT_SCALE_FACTOR=2] \\
        python -m tests.integration.drive_overlay drag --monitor 2 --press 10,20 --release 110,120 --out crop.png

Grabs every monitor with ``grab_all()``, shows ``CaptureOverlay`` and sends mouse and key events to
the overlay widget of the chosen monitor at *logical* positions (what a user's pointer would give):
``drag`` presses, moves, releases and presses Enter; ``click`` presses and releases at one place;
``escape`` presses Esc. Prints one JSON line: the accepted rectangle (device pixels) with the SHA-256
of the PNG written to ``--out``, or the cancellation, plus what Qt says about the screens.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from ogg_desktop.capture.grab import Rect, grab_all
from ogg_desktop.gui.capture.overlay import CaptureOverlay, MonitorOverlay

TIMEOUT_MS = 20_000


def _point(text: str) -> QPoint:
    x, y = (int(v) for v in text.split(","))
    return QPoint(x, y)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["drag", "click", "escape"])
    parser.add_argument("--monitor", type=int, default=2)
    parser.add_argument("--press", type=_point, default=QPoint(10, 10))
    parser.add_argument("--release", type=_point, default=QPoint(10, 10))
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    app = QApplication([sys.argv[0]])
    grab = grab_all()
    overlay = CaptureOverlay(grab)
    result: dict[str, Any] = {
        "monitors": [[m.x, m.y, m.width, m.height] for m in grab.monitors],
        "screens": [{"geometry": [s.geometry().x(), s.geometry().y(), s.geometry().width(), s.geometry().height()],
                     "ratio": s.devicePixelRatio()} for s in app.screens()],
    }

    def accepted(rect: Rect) -> None:
        png = grab.crop_png(rect)
        if args.out is not None:
            args.out.write_bytes(png)
        result.update(event="accepted", rect=[rect.x, rect.y, rect.width, rect.height],
                      sha256=hashlib.sha256(png).hexdigest())
        app.exit(0)

    def cancelled() -> None:
        result.update(event="cancelled")
        app.exit(0)

    overlay.accepted.connect(accepted)
    overlay.cancelled.connect(cancelled)
    overlay.show_all()
    device = grab.monitors[args.monitor - 1]
    target: MonitorOverlay = next(w for w in overlay.monitor_widgets if w.placement.device == device)
    widgets = list(overlay.monitor_widgets)
    for w in widgets:
        if not QTest.qWaitForWindowExposed(w, 10_000):
            result.update(event="error", detail="overlay not exposed")
            print(json.dumps(result), flush=True)
            return 1
    result["widgets"] = [{"device": [w.placement.device.x, w.placement.device.y, w.placement.device.width,
                                     w.placement.device.height],
                          "geometry": [w.geometry().x(), w.geometry().y(), w.width(), w.height()],
                          "ratio": w.devicePixelRatio()} for w in widgets]

    def drive() -> None:
        left = Qt.MouseButton.LeftButton
        none = Qt.KeyboardModifier.NoModifier
        if args.action == "escape":
            QTest.mouseMove(target, args.press)
            QTest.keyClick(target, Qt.Key.Key_Escape)
            return
        QTest.mousePress(target, left, none, args.press)
        if args.action == "drag":
            a, b = args.press, args.release
            for step in range(1, 5):  # a few moves on the way, as a hand would make
                dx, dy = (b.x() - a.x()) * step // 4, (b.y() - a.y()) * step // 4
                QTest.mouseMove(target, QPoint(a.x() + dx, a.y() + dy))
        QTest.mouseRelease(target, left, none, args.release)
        if args.action == "drag":
            QTest.keyClick(target, Qt.Key.Key_Return)

    def give_up() -> None:
        result.update(event="timeout")
        app.exit(1)

    QTimer.singleShot(0, drive)
    QTimer.singleShot(TIMEOUT_MS, give_up)
    code = app.exec()
    result["widgets_left_open"] = sum(1 for w in widgets if isValid(w) and w.isVisible())
    print(json.dumps(result), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
