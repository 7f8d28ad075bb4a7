"""The evidence image in full: zoom and pan, at the screen's own pixels, never smoothed when enlarged."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QKeyEvent, QKeySequence, QPainter, QPixmap, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.gui.screen_fit import screen_of

MIN_ZOOM = 1 / 32
MAX_ZOOM = 32.0
STEP = 1.25


def decode_image(data: bytes) -> QImage:
    """The image as a viewer shows it: the first frame, turned upright by its EXIF orientation."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    buffer.close()
    return image


class ImageView(QGraphicsView):
    """A QGraphicsView whose scale is the zoom: 1.0 shows one image pixel on one device pixel."""

    zoomChanged = Signal(float)

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap.fromImage(image)
        # On a HiDPI screen a logical pixel is several device pixels: size the image in device pixels.
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.item = QGraphicsPixmapItem(pixmap)
        self.item.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        self.scene().addItem(self.item)
        self.setSceneRect(self.item.boundingRect())
        self.image_size = image.size()
        self._apply_quality()

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        factor = zoom / self.zoom
        if abs(factor - 1) < 1e-9:
            return
        self.scale(factor, factor)
        self._apply_quality()
        self.zoomChanged.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """The whole image in the window; a small image stays at its true size rather than being blown up."""
        area = self.viewport().rect().adjusted(2, 2, -2, -2)
        bounds: QRectF = self.item.boundingRect()
        if bounds.isEmpty() or area.isEmpty():
            return
        zoom = min(area.width() / bounds.width(), area.height() / bounds.height(), 1.0)
        self.set_zoom(zoom)
        self.centerOn(self.item)

    def _apply_quality(self) -> None:
        # Enlarged (or at 100 %): every pixel a sharp block, as captured. Reduced: smoothed so text stays legible.
        smooth = self.zoom < 1.0
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation if smooth
                                        else Qt.TransformationMode.FastTransformation)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """+ and - zoom, 1 is true size, 0 (or F) fits; Ctrl with + / - / 0 too, as in a browser."""
        key = event.key()
        if event.matches(QKeySequence.StandardKey.ZoomIn) or key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_1 or (key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.actual_size()
        elif key in (Qt.Key.Key_0, Qt.Key.Key_F):
            self.fit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)


class ImageViewerDialog(QDialog):
    def __init__(self, image: QImage, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.view = ImageView(image, self)
        self.view.setAccessibleName(self.tr("Afbeelding, vergroot of verkleind"))
        self.view.setAccessibleDescription(self.tr(
            "Ctrl+scrollwiel, plus of min om te zoomen; slepen om te verschuiven."))
        self.zoom_out_button = QPushButton(self.tr("Uitzoomen (−)"), self)
        self.zoom_in_button = QPushButton(self.tr("Inzoomen (+)"), self)
        self.zoom_out_button.setToolTip(self.tr("Ook met − of Ctrl+scrollwiel"))
        self.zoom_in_button.setToolTip(self.tr("Ook met + of Ctrl+scrollwiel"))
        self.actual_button = QPushButton(self.tr("&Ware grootte"), self)
        self.actual_button.setToolTip(self.tr("Eén beeldpunt op één schermpunt (100 %), ook met 1"))
        self.fit_button = QPushButton(self.tr("&Passend"), self)
        self.fit_button.setToolTip(self.tr("De hele afbeelding in het venster, ook met 0"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(self.tr("Zoomfactor"))
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("3200 %") + 8)
        size_label = QLabel(self.tr("{w} × {h} px").format(w=image.width(), h=image.height()), self)
        for button, name in ((self.zoom_out_button, self.tr("Uitzoomen")), (self.zoom_in_button, self.tr("Inzoomen")),
                             (self.actual_button, self.tr("Ware grootte")), (self.fit_button, self.tr("Passend"))):
            button.setAccessibleName(name)
            button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        for w in (self.zoom_out_button, self.zoom_in_button, self.actual_button, self.fit_button, self.zoom_label):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(size_label)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.view.setFocus()

        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.actual_button.clicked.connect(self.view.actual_size)
        self.fit_button.clicked.connect(self.view.fit)
        self.view.zoomChanged.connect(self._show_zoom)
        self._show_zoom(self.view.zoom)

        screen = screen_of(parent if parent is not None else self).availableGeometry()
        ratio = self.view.devicePixelRatioF()
        want_w = int(image.width() / ratio) + 60
        want_h = int(image.height() / ratio) + 110
        self.resize(max(480, min(want_w, int(screen.width() * 0.9))), max(360, min(want_h, int(screen.height() * 0.9))))
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # the viewport has its real size only now
            self._fitted = True
            self.view.fit()

    @Slot(float)
    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")
