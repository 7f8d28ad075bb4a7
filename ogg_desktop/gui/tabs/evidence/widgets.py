"""Small widgets of the evidence tab: the capture-delay menu, the preview image and a form field with extras."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QVBoxLayout, QWidget


class DelayMenu(QMenu):
    """Capture now, or after 3, 5 or 10 seconds (time to open a menu or scroll to the post)."""

    def __init__(self, parent: QWidget, trigger: Callable[[int], None]) -> None:
        super().__init__(parent)
        self.addAction(self.tr("&Direct"), lambda: trigger(0))
        for seconds in (3, 5, 10):
            # self.tr, not QCoreApplication.translate: PySide6 6.11's lupdate sees the plural only here.
            text = self.tr("Na %n seconden", "", seconds).replace(str(seconds), f"&{seconds}", 1)  # Alt+3, 5, 1
            self.addAction(text, partial(trigger, seconds))


def delay_menu(parent: QWidget, trigger: Callable[[int], None]) -> QMenu:
    return DelayMenu(parent, trigger)


class PreviewLabel(QLabel):
    """The preview image; a double click opens the full view."""

    doubleClicked = Signal()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.pixmap() is not None and not self.pixmap().isNull():
            self.doubleClicked.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)



def field_with(field: QWidget, *extra: QWidget, below: bool = False) -> QWidget:
    """A form field with something beside (or below) it; the label's mnemonic still reaches the field."""
    box = QWidget(field.parentWidget())
    layout: QHBoxLayout | QVBoxLayout = QVBoxLayout(box) if below else QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    for widget in extra:
        layout.addWidget(widget)
    box.setFocusProxy(field)
    return box
