"""The review view's building blocks: large plain-text labels, scrolling pages, long dates and the fitted image."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from ogg_desktop.gui import formats

TYPE_SCALE = 1.5  # the review view's base font, relative to the app's
MAX_ENLARGE = 2.0  # a small screenshot may be shown up to twice its size to be readable


def plain_label(text: str, parent: QWidget, *, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # employee-facing text is never interpreted as HTML
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if scale != 1.0 or bold:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


def scrolling(inner: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def long_date(day: date) -> str:
    return formats.full_date(day)


def moment(utc_text: str) -> str:
    """A stored UTC time as the local clock showed it, e.g. 'dinsdag 3 juni 2026 14:05'."""
    try:
        local = datetime.fromisoformat(utc_text.replace("Z", "+00:00"))
    except ValueError:
        return utc_text
    return f"{long_date(local.astimezone().date())} {formats.time_of_day(local)}"


class FittedImage(QWidget):
    """The evidence image, as large as fits: reduced smoothly, enlarged (at most 2×) without blurring.
    The scaled copy is kept for the current size, so a repaint does not scale a large capture again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self._scaled = QImage()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._scaled = QImage()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def target(self) -> QRectF:
        """Where the image goes, in logical pixels."""
        ratio = self.devicePixelRatioF()
        width, height = self.image.width() / ratio, self.image.height() / ratio
        scale = min(self.width() / width, self.height() / height, MAX_ENLARGE)
        target = QRectF(0, 0, width * scale, height * scale)
        target.moveCenter(QRectF(self.rect()).center())
        return target

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        ratio = self.devicePixelRatioF()
        target = self.target()
        device = QSize(max(1, round(target.width() * ratio)), max(1, round(target.height() * ratio)))
        if self._scaled.size() != device:
            smooth = device.width() < self.image.width()
            self._scaled = self.image.scaled(device, Qt.AspectRatioMode.IgnoreAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation if smooth
                                             else Qt.TransformationMode.FastTransformation)
            self._scaled.setDevicePixelRatio(ratio)
        painter = QPainter(self)
        painter.drawImage(target.topLeft(), self._scaled)
        painter.setPen(self.palette().mid().color())
        painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.end()
