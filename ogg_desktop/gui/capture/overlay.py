"""The frozen overlay: every monitor shows the grab; the user drags a region.

Coordinates: the grab and the chosen region are in *device pixels* of the virtual desktop (what
mss returns). Each monitor's widget works in Qt's logical pixels; a point maps to device pixels
by the screen's device pixel ratio, so on HiDPI and mixed-DPI setups the region is cut from the
grab at full resolution — never rescaled.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from ogg_desktop.capture.grab import Grab, Rect

MIN_DRAG = 4  # device pixels: less than this is a click, which takes the whole monitor
MAGNIFIER_SOURCE = 15  # device pixels each side of the magnifier
MAGNIFIER_ZOOM = 8


@dataclass(frozen=True)
class MonitorPlacement:
    """Where one monitor of the grab is, in device pixels, and the Qt screen showing it."""

    device: Rect
    screen: QScreen

    @property
    def ratio(self) -> float:
        return float(self.screen.devicePixelRatio())


def place_monitors(grab: Grab, screens: list[QScreen]) -> list[MonitorPlacement]:
    """Pair each grabbed monitor with the Qt screen that shows it (same device size, nearest place)."""
    placements = []
    free = list(screens)
    for monitor in grab.monitors:
        def distance(s: QScreen, m: Rect = monitor) -> tuple[int, float]:
            g, r = s.geometry(), s.devicePixelRatio()
            size_mismatch = abs(round(g.width() * r) - m.width) + abs(round(g.height() * r) - m.height)
            return size_mismatch, abs(g.x() * r - m.x) + abs(g.y() * r - m.y)

        if not free:
            break
        best = min(free, key=distance)
        free.remove(best)
        placements.append(MonitorPlacement(monitor, best))
    return placements


class MonitorOverlay(QWidget):
    """One monitor's part of the frozen screen."""

    def __init__(self, owner: CaptureOverlay, placement: MonitorPlacement) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
                         | Qt.WindowType.Tool | Qt.WindowType.X11BypassWindowManagerHint)
        self.owner = owner
        self.placement = placement
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Schermgebied kiezen"))
        self.setAccessibleDescription(self.tr(
            "Sleep om een gebied te kiezen. Enter of dubbelklik: vastleggen. Esc: annuleren. "
            "Klik zonder slepen: het hele scherm. Pijltjestoetsen: verschuiven; met Shift: groter of kleiner."))
        self.image = owner.grab_image(placement.device)
        self.image.setDevicePixelRatio(placement.ratio)
        self.cursor_device: QPoint | None = None
        self.setScreen(placement.screen)
        self.setGeometry(placement.screen.geometry())

    # Coordinates ------------------------------------------------------------------------------
    def to_device(self, pos: QPointF) -> QPoint:
        r = self.placement.ratio
        d = self.placement.device
        x = min(max(round(pos.x() * r), 0), d.width - 1)
        y = min(max(round(pos.y() * r), 0), d.height - 1)
        return QPoint(d.x + x, d.y + y)

    def to_local(self, rect: Rect) -> QRectF:
        r = self.placement.ratio
        d = self.placement.device
        return QRectF((rect.x - d.x) / r, (rect.y - d.y) / r, rect.width / r, rect.height / r)

    # Events -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.begin(self, self.to_device(event.position()))
        elif event.button() == Qt.MouseButton.RightButton:
            self.owner.cancel()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.cursor_device = self.to_device(event.position())
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.owner.drag_to(self.cursor_device)
        self.owner.refresh()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.release(self, self.to_device(event.position()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.accept_selection()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.owner.cancel()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.owner.accept_selection()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            dx = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(key), 0)
            dy = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(key), 0)
            self.owner.nudge(dx, dy, resize=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        else:
            super().keyPressEvent(event)

    # Painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(QPointF(0, 0), self.image)
        shade = QColor(0, 0, 0, 110)
        selection = self.owner.selection
        mine = selection.intersected(self.placement.device) if selection else None
        if selection is not None and mine is not None and mine.width > 0 and mine.height > 0:
            local = self.to_local(mine)
            painter.save()
            painter.setClipRegion(QRegion(self.rect()).subtracted(QRegion(local.toAlignedRect())))
            painter.fillRect(self.rect(), shade)
            painter.restore()
            painter.setPen(QPen(QColor("#00a2ff"), 1.5))
            painter.drawRect(local)
            self._size_label(painter, local, selection)
        else:
            painter.fillRect(self.rect(), shade)
            self._hint(painter)
        if self.cursor_device is not None and not self.owner.dragging:
            self._crosshair(painter)
        if self.cursor_device is not None:
            self._magnifier(painter)
        painter.end()

    def _size_label(self, painter: QPainter, local: QRectF, selection: Rect) -> None:
        text = f"{selection.width} × {selection.height} px"
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        box = QRectF(0, 0, metrics.horizontalAdvance(text) + 12, metrics.height() + 6)
        box.moveTopLeft(QPointF(local.left(), local.top() - box.height() - 4))
        if box.top() < 0:
            box.moveTopLeft(QPointF(local.left() + 4, local.top() + 4))
        painter.fillRect(box, QColor(0, 0, 0, 200))
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _hint(self, painter: QPainter) -> None:
        if self.placement.screen is not QGuiApplication.primaryScreen():
            return
        text = self.tr("Sleep om een gebied te kiezen · klik: hele scherm · Enter: vastleggen · Esc: annuleren")
        metrics = painter.fontMetrics()
        box = QRectF(0, 0, metrics.horizontalAdvance(text) + 24, metrics.height() + 14)
        box.moveCenter(QPointF(self.width() / 2, 40))
        painter.fillRect(box, QColor(0, 0, 0, 210))
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _crosshair(self, painter: QPainter) -> None:
        assert self.cursor_device is not None
        p = self.to_local(Rect(self.cursor_device.x(), self.cursor_device.y(), 1, 1)).topLeft()
        painter.setPen(QPen(QColor(0, 162, 255, 160), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(0, p.y()), QPointF(self.width(), p.y()))
        painter.drawLine(QPointF(p.x(), 0), QPointF(p.x(), self.height()))

    def _magnifier(self, painter: QPainter) -> None:
        """The pixels around the cursor, enlarged, so edges can be placed exactly."""
        assert self.cursor_device is not None
        c = self.cursor_device
        d = self.placement.device
        src = QRect(c.x() - d.x - MAGNIFIER_SOURCE, c.y() - d.y - MAGNIFIER_SOURCE,
                    2 * MAGNIFIER_SOURCE + 1, 2 * MAGNIFIER_SOURCE + 1)
        patch = self.owner.grab_image(Rect(d.x + src.x(), d.y + src.y(), src.width(), src.height()))
        side = src.width() * MAGNIFIER_ZOOM / self.placement.ratio
        local = self.to_local(Rect(c.x(), c.y(), 1, 1)).topLeft()
        target = QRectF(local.x() + 24, local.y() + 24, side, side)
        if target.right() > self.width():
            target.moveRight(local.x() - 24)
        if target.bottom() > self.height():
            target.moveBottom(local.y() - 24)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(target, patch)
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawRect(target)
        cell = side / src.width()
        centre = QRectF(target.left() + MAGNIFIER_SOURCE * cell, target.top() + MAGNIFIER_SOURCE * cell, cell, cell)
        painter.setPen(QPen(QColor("#ff3b30"), 1))
        painter.drawRect(centre)
        label = f"{c.x()}, {c.y()}"
        painter.fillRect(QRectF(target.left(), target.bottom(), side, painter.fontMetrics().height() + 4),
                         QColor(0, 0, 0, 200))
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(target.left(), target.bottom(), side, painter.fontMetrics().height() + 4),
                         Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()


class CaptureOverlay(QObject):
    """Owns the per-monitor overlays and the selection."""

    accepted = Signal(object)  # Rect in device pixels
    cancelled = Signal()

    def __init__(self, grab: Grab, screens: list[QScreen] | None = None) -> None:
        super().__init__()
        self.frozen = grab
        self._full = QImage(grab.bgra, grab.bounds.width, grab.bounds.height, grab.bounds.width * 4,
                            QImage.Format.Format_RGB32)  # BGRA in memory is Qt's RGB32 on little-endian
        self.selection: Rect | None = None
        self.dragging = False
        self._anchor: QPoint | None = None
        self._anchor_monitor: Rect | None = None
        self._kept: Rect | None = None  # the selection a press landed in, kept unless the press becomes a drag
        self.placements = place_monitors(grab, screens if screens is not None else QGuiApplication.screens())
        self.monitor_widgets = [MonitorOverlay(self, p) for p in self.placements]
        self._done = False

    def grab_image(self, rect: Rect) -> QImage:
        """A copy of part of the frozen grab (device pixels)."""
        b = self.frozen.bounds
        return self._full.copy(QRect(rect.x - b.x, rect.y - b.y, rect.width, rect.height))

    def show_all(self) -> None:
        for w in self.monitor_widgets:
            w.show()
            w.raise_()
        primary = QGuiApplication.primaryScreen()
        focus = next((w for w in self.monitor_widgets if w.placement.screen is primary), None)
        target = focus or (self.monitor_widgets[0] if self.monitor_widgets else None)
        if target is not None:
            target.activateWindow()
            target.setFocus()
            target.grabKeyboard()

    def close_all(self) -> None:
        for w in self.monitor_widgets:
            w.releaseKeyboard()
            w.close()
        self.monitor_widgets = []

    def refresh(self) -> None:
        for w in self.monitor_widgets:
            w.update()

    # Selection logic (device pixels) ----------------------------------------------------------
    def begin(self, widget: MonitorOverlay, at: QPoint) -> None:
        self.dragging = True
        self._anchor = at
        self._anchor_monitor = widget.placement.device
        s = self.selection
        # A press inside the selection may be the first click of the double-click that accepts it.
        self._kept = s if s is not None and s.x <= at.x() < s.right and s.y <= at.y() < s.bottom else None
        if self._kept is None:
            self.selection = None
        self.refresh()

    def drag_to(self, at: QPoint) -> None:
        if self._anchor is None or self._anchor_monitor is None:
            return
        m = self._anchor_monitor
        x0, y0 = self._anchor.x(), self._anchor.y()
        if self._kept is not None and abs(at.x() - x0) < MIN_DRAG and abs(at.y() - y0) < MIN_DRAG:
            return  # not a drag (yet): keep the selection
        x1 = min(max(at.x(), m.x), m.right - 1)
        y1 = min(max(at.y(), m.y), m.bottom - 1)
        left, top = min(x0, x1), min(y0, y1)
        self.selection = Rect(left, top, abs(x1 - x0) + 1, abs(y1 - y0) + 1)
        self.refresh()

    def release(self, widget: MonitorOverlay, at: QPoint) -> None:
        self.dragging = False
        anchor = self._anchor
        if anchor is None:
            return
        if abs(at.x() - anchor.x()) < MIN_DRAG and abs(at.y() - anchor.y()) < MIN_DRAG:
            if self._kept is not None:  # a click inside the selection keeps it; a double-click accepts it
                self.selection = self._kept
                self.refresh()
                return
            self.selection = widget.placement.device  # a click takes the whole monitor
            self.accept_selection()
            return
        self.drag_to(at)

    def nudge(self, dx: int, dy: int, resize: bool) -> None:
        s = self.selection
        if s is None:
            return
        if resize:
            s = Rect(s.x, s.y, max(1, s.width + dx), max(1, s.height + dy))
        else:  # a move stops at the edge of the desktop instead of shrinking the selection
            b = self.frozen.bounds
            s = Rect(min(max(s.x + dx, b.x), b.right - s.width), min(max(s.y + dy, b.y), b.bottom - s.height),
                     s.width, s.height)
        self.selection = s.intersected(self.frozen.bounds)
        self.refresh()

    def accept_selection(self) -> None:
        if self._done or self.selection is None or self.selection.width <= 0 or self.selection.height <= 0:
            return
        self._done = True
        chosen = self.selection
        self.close_all()
        self.accepted.emit(chosen)

    def cancel(self) -> None:
        if self._done:
            return
        self._done = True
        self.close_all()
        self.cancelled.emit()

