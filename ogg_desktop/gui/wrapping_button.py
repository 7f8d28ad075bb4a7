"""A push button whose text wraps onto more lines instead of making the button (and the panel it
sits in) as wide as the whole sentence: for banners such as "Bewaartermijn verlopen: …"."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

MIN_TEXT_WIDTH = 160
PADDING = 8  # each side, inside the frame (the banner's style sheet pads 6 px and draws a 1-2 px border)
FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class WrappingButton(QPushButton):
    """``text()``, clicks, Space and focus as any push button; the text drawn wrapped to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_height(self, text_width: int) -> int:
        rect = self.fontMetrics().boundingRect(QRect(0, 0, max(1, text_width), 100000), FLAGS, self.text())
        return rect.height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._text_height(width - 2 * PADDING) + 2 * PADDING

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self.text()) + 2 * PADDING
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = min(self.sizeHint().width(), MIN_TEXT_WIDTH + 2 * PADDING)
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        painter.setPen(self.palette().buttonText().color())
        painter.drawText(self.rect().adjusted(PADDING, PADDING, -PADDING, -PADDING), FLAGS, self.text())
        painter.end()
