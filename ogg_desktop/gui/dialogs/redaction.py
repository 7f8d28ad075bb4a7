"""Afschermen: black boxes over a copy of an evidence image, before it goes to HR.

The counsellor drags rectangles over what HR must not see (names of third parties, the employee's own
details). The preview shows exactly the pixels that will be redacted (decoded, turned upright and
flattened by :func:`ogg_desktop.capture.redact.upright`), so a box lands where it was drawn. The
dialog only collects the boxes; the caller stores :meth:`RedactionDialog.redacted_bytes` as a derived
item. The original in the vault is never changed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsRectItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.capture.redact import redact, upright
from ogg_desktop.gui.dialogs.image_viewer import ImageView
from ogg_desktop.gui.screen_fit import screen_of

MIN_DRAG = 3  # screen pixels: a shorter drag (or a plain click) draws nothing
PENDING_FILL = QColor(0, 0, 0, 110)  # while dragging: dark, but what is being covered still shows
PENDING_EDGE = QColor("#e67e22")


class RedactionView(ImageView):
    """The image with the black boxes on it; drag with the left mouse button to add one. The middle
    button (or the scroll bars and wheel) moves the image; Ctrl+wheel, + and - zoom as in the viewer."""

    boxesChanged = Signal()

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(image, parent)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bounds = self.item.boundingRect()
        # Image pixels per unit of the pixmap item (more than 1 on a HiDPI screen).
        self._per_unit = image.width() / bounds.width() if bounds.width() else 1.0
        self._image_rect = QRect(0, 0, image.width(), image.height())
        self._boxes: list[QRect] = []
        self._items: list[QGraphicsRectItem] = []
        self._start: QPointF | None = None  # image pixels
        self._press_at = QPointF()  # viewport pixels
        self._pending: QGraphicsRectItem | None = None
        self._pan_from: QPoint | None = None

    # Boxes --------------------------------------------------------------------------------------
    def boxes(self) -> list[QRect]:
        """The boxes in image pixels, in the order drawn."""
        return [QRect(b) for b in self._boxes]

    def add_box(self, box: QRect) -> bool:
        """Add a box given in image pixels; it is clamped to the image. False when nothing of it is inside."""
        inside = box.normalized().intersected(self._image_rect)
        if inside.isEmpty():
            return False
        item = QGraphicsRectItem(self._to_item(QRectF(inside)), self.item)
        item.setBrush(QBrush(Qt.GlobalColor.black))
        item.setPen(QPen(Qt.PenStyle.NoPen))
        self._boxes.append(inside)
        self._items.append(item)
        self.boxesChanged.emit()
        return True

    def undo(self) -> bool:
        if not self._boxes:
            return False
        self._boxes.pop()
        item = self._items.pop()
        self.scene().removeItem(item)
        self.boxesChanged.emit()
        return True

    def clear_boxes(self) -> None:
        if not self._boxes:
            return
        for item in self._items:
            self.scene().removeItem(item)
        self._boxes.clear()
        self._items.clear()
        self.boxesChanged.emit()

    # Coordinates ---------------------------------------------------------------------------------
    def _to_item(self, rect: QRectF) -> QRectF:
        f = self._per_unit
        return QRectF(rect.x() / f, rect.y() / f, rect.width() / f, rect.height() / f)

    def image_point(self, viewport_pos: QPointF) -> QPointF:
        """Viewport position → image pixel position (fractional), limited to the image."""
        inverse, _ok = self.viewportTransform().inverted()
        p = self.item.mapFromScene(inverse.map(viewport_pos)) * self._per_unit
        return QPointF(min(max(p.x(), 0.0), float(self._image_rect.width())),
                       min(max(p.y(), 0.0), float(self._image_rect.height())))

    def _covering(self, a: QPointF, b: QPointF) -> QRect:
        """Every image pixel the dragged rectangle touches: when in doubt, cover more, not less."""
        left, right = math.floor(min(a.x(), b.x())), math.ceil(max(a.x(), b.x()))
        top, bottom = math.floor(min(a.y(), b.y())), math.ceil(max(a.y(), b.y()))
        return QRect(left, top, right - left, bottom - top)

    # Mouse ---------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = self.image_point(event.position())
            self._press_at = event.position()
            self._show_pending(self._start)
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._show_pending(self.image_point(event.position()))
            event.accept()
            return
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._start is not None:
            start, self._start = self._start, None
            self._remove_pending()
            moved = event.position() - self._press_at
            if abs(moved.x()) >= MIN_DRAG and abs(moved.y()) >= MIN_DRAG:
                self.add_box(self._covering(start, self.image_point(event.position())))
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._start is not None:  # Esc cancels the drag, not the dialog
            self._start = None
            self._remove_pending()
            event.accept()
            return
        super().keyPressEvent(event)

    def _show_pending(self, end: QPointF) -> None:
        assert self._start is not None
        rect = self._to_item(QRectF(self._covering(self._start, end)))
        if self._pending is None:
            self._pending = QGraphicsRectItem(rect, self.item)
            self._pending.setBrush(QBrush(PENDING_FILL))
            pen = QPen(PENDING_EDGE, 0, Qt.PenStyle.DashLine)  # width 0: one screen pixel at any zoom
            self._pending.setPen(pen)
        else:
            self._pending.setRect(rect)

    def _remove_pending(self) -> None:
        if self._pending is not None:
            self.scene().removeItem(self._pending)
            self._pending = None


class RedactionDialog(QDialog):
    """Choose boxes on a copy of ``data``; on accept, :meth:`redacted_bytes` is the copy to store.
    Raises ValueError (ImageRejectedError) when ``data`` cannot be decoded."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        picture = upright(data)
        raw = picture.tobytes()
        image = QImage(raw, picture.width, picture.height, 3 * picture.width, QImage.Format.Format_RGB888).copy()
        del raw, picture
        self.setWindowTitle(self.tr("Afschermen: {title}").format(title=title))

        explanation = QLabel(self.tr(
            "Sleep met de muis een rechthoek over wat HR niet mag zien, zoals namen van anderen of persoonlijke "
            "gegevens van de medewerker. U maakt zo een afgeschermde kopie: het origineel blijft ongewijzigd in de "
            "kluis, HR krijgt de kopie te zien."), self)
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)

        self.canvas = RedactionView(image, self)
        self.canvas.setAccessibleName(self.tr("Afbeelding om af te schermen"))
        self.canvas.setAccessibleDescription(self.tr(
            "Sleep met de muis om een zwart vlak toe te voegen. Ctrl+Z haalt het laatste vlak weg. "
            "Ctrl+scrollwiel, plus of min om te zoomen."))

        self.undo_button = QPushButton(self.tr("Ongedaan &maken"), self)
        self.undo_button.setToolTip(self.tr("Het laatst getekende vlak weghalen (Ctrl+Z)"))
        self.clear_button = QPushButton(self.tr("Alles &wissen"), self)
        self.clear_button.setToolTip(self.tr("Alle vlakken weghalen en opnieuw beginnen"))
        self.zoom_out_button = QPushButton(self.tr("Uitzoomen (−)"), self)
        self.zoom_in_button = QPushButton(self.tr("Inzoomen (+)"), self)
        self.fit_button = QPushButton(self.tr("&Passend"), self)
        self.fit_button.setToolTip(self.tr("De hele afbeelding in het venster, ook met 0"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(self.tr("Zoomfactor"))
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("3200 %") + 8)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Aantal zwarte vlakken"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Kopie &opslaan"))
        self.save_button.setToolTip(self.tr("De afgeschermde kopie als nieuw bewijsstuk bewaren"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annuleren"))
        for button, name in ((self.undo_button, self.tr("Ongedaan maken")),
                             (self.clear_button, self.tr("Alles wissen")),
                             (self.zoom_out_button, self.tr("Uitzoomen")), (self.zoom_in_button, self.tr("Inzoomen")),
                             (self.fit_button, self.tr("Passend")), (self.save_button, self.tr("Kopie opslaan")),
                             (self.cancel_button, self.tr("Annuleren"))):
            button.setAccessibleName(name)
        for button in (self.undo_button, self.clear_button, self.zoom_out_button, self.zoom_in_button,
                       self.fit_button):
            button.setAutoDefault(False)

        tools = QHBoxLayout()
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)
        tools.addStretch(1)
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(w)
        tools.addWidget(self.zoom_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addSpacing(4)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(tools)
        layout.addSpacing(4)
        layout.addLayout(bottom)

        self.undo_button.clicked.connect(self.undo)
        self.clear_button.clicked.connect(self.canvas.clear_boxes)
        self.zoom_in_button.clicked.connect(self.canvas.zoom_in)
        self.zoom_out_button.clicked.connect(self.canvas.zoom_out)
        self.fit_button.clicked.connect(self.canvas.fit)
        self.canvas.zoomChanged.connect(self._show_zoom)
        self.canvas.boxesChanged.connect(self._boxes_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo)
        self._show_zoom(self.canvas.zoom)
        self._boxes_changed()
        self.canvas.setFocus()

        screen = screen_of(parent if parent is not None else self).availableGeometry()
        ratio = self.canvas.devicePixelRatioF()
        want_w = int(image.width() / ratio) + 60
        want_h = int(image.height() / ratio) + 200
        self.resize(max(640, min(want_w, int(screen.width() * 0.9))), max(480, min(want_h, int(screen.height() * 0.9))))
        self._fitted = False

    # Public ---------------------------------------------------------------------------------------
    def boxes(self) -> list[tuple[int, int, int, int]]:
        """The boxes drawn, as (x, y, width, height) in pixels of the upright image."""
        return [(b.x(), b.y(), b.width(), b.height()) for b in self.canvas.boxes()]

    def add_box(self, box: QRect) -> bool:
        """Add a box in image pixels (clamped to the image), as a drag would."""
        return self.canvas.add_box(box)

    def redacted_bytes(self) -> bytes:
        """The copy to store: PNG, the boxes opaque black, no metadata. ValueError without boxes."""
        return redact(self._data, self.boxes())

    @Slot()
    def undo(self) -> None:
        self.canvas.undo()

    # Qt -------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # the viewport has its real size only now
            self._fitted = True
            self.canvas.fit()

    def accept(self) -> None:
        if self.boxes():
            super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button asks too; closing from code (event not spontaneous) does not."""
        if event.spontaneous() and not self._may_discard():
            event.ignore()
            return
        super().closeEvent(event)

    @Slot()
    def cancel(self) -> None:
        """Annuleren or Esc: with boxes drawn, ask first, for the work would be lost."""
        if self._may_discard():
            self.reject()

    def _may_discard(self) -> bool:
        if not self.boxes() or not self.isVisible():
            return True
        answer = QMessageBox.question(
            self, self.tr("Afschermen"),
            self.tr("De afgeschermde kopie is nog niet opgeslagen. Sluiten zonder op te slaan?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @Slot(float)
    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    @Slot()
    def _boxes_changed(self) -> None:
        count = len(self.canvas.boxes())
        self.save_button.setEnabled(count > 0)
        self.undo_button.setEnabled(count > 0)
        self.clear_button.setEnabled(count > 0)
        self.count_label.setText(self.tr("Zwarte vlakken: {n}").format(n=count) if count else
                                 self.tr("Nog geen zwarte vlakken"))
