"""Finds text the user cannot read in full: a label, button, check box, group box title or tab that
is smaller than its text needs, and windows larger than a 1366x768 laptop screen.

Used by test_pseudo_locale.py with the pseudo-locale (every string ~40% longer), where a layout
that only just fits the Dutch text shows up.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QToolButton,
    QWidget,
)

SCREEN = QSize(1366, 768)
# What a window may use of that screen: a desktop panel (~32 px) and the title bar (~30 px) go off.
USABLE = QSize(SCREEN.width(), SCREEN.height() - 62)
ELIDES = "oggElidesText"  # a widget that shortens its text with "…" on purpose (and has a tooltip)


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    where: list[str] = []
    parent: QWidget | None = widget
    while parent is not None and len(where) < 3:
        where.append(type(parent).__name__ + (f"#{parent.objectName()}" if parent.objectName() else ""))
        parent = parent.parentWidget()
    return f"{' < '.join(where)} {text[:70]!r}"


def _label_problem(label: QLabel) -> str | None:
    if not label.text().strip():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return f"wrapped text needs {needed} px height at width {label.width()}, has {label.height()}"
        return None
    hint = label.minimumSizeHint()
    if label.width() < hint.width() or label.height() < hint.height():
        return f"size {label.width()}x{label.height()} < needed {hint.width()}x{hint.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    if button.hasHeightForWidth():  # its text wraps
        needed = button.heightForWidth(button.width())
        if needed > button.height():
            return f"wrapped text needs {needed} px height at width {button.width()}, has {button.height()}"
        return None
    hint = button.sizeHint()
    if button.width() < hint.width() or button.height() < hint.height():
        return f"size {button.width()}x{button.height()} < needed {hint.width()}x{hint.height()}"
    return None


def _group_problem(box: QGroupBox) -> str | None:
    if not box.title().strip():
        return None
    needed = box.fontMetrics().horizontalAdvance(box.title().replace("&", "")) + 16
    if box.width() < needed:
        return f"title needs {needed} px, box is {box.width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        text = bar.fontMetrics().horizontalAdvance(bar.tabText(i).replace("&", ""))
        if rect.width() < text + 8:
            problems.append(f"tab {bar.tabText(i)!r} is {rect.width()} px, text needs {text + 8}")
        horizontal = bar.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth)
        if horizontal and rect.right() > bar.width() and not bar.usesScrollButtons():
            problems.append(f"tab {bar.tabText(i)!r} lies beyond the bar ({rect.right()} > {bar.width()})")
    return problems


def truncations(root: QWidget) -> list[str]:
    """Every visible text in ``root`` that is cut off, as 'where: what'."""
    QApplication.processEvents()
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.property(ELIDES):
            continue
        found: list[str] = []
        if isinstance(widget, QLabel):
            found = [p for p in [_label_problem(widget)] if p]
        elif isinstance(widget, QAbstractButton):
            found = [p for p in [_button_problem(widget)] if p]
        elif isinstance(widget, QGroupBox):
            found = [p for p in [_group_problem(widget)] if p]
        elif isinstance(widget, QTabBar):
            found = _tab_problems(widget)
        problems += [f"{_name(widget)}: {p}" for p in found]
    return problems


def too_large(window: QWidget) -> str | None:
    """The window cannot be made small enough for the usable part of a 1366x768 screen."""
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if least.width() > USABLE.width() or least.height() > USABLE.height():
        return (f"{type(window).__name__} needs at least {least.width()}x{least.height()}, "
                f"the screen gives {USABLE.width()}x{USABLE.height()}")
    return None


def size_as_shown(window: QWidget) -> None:
    """Give ``window`` the size Qt gives a new window on a 1366x768 screen: its size hint (or the
    size it set itself), within the screen, and tall enough for wrapped text at that width."""
    if window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        wanted = window.size()
    else:
        wanted = window.sizeHint().expandedTo(window.minimumSizeHint())
    width = min(wanted.width(), USABLE.width())
    layout = window.layout()
    height = wanted.height()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    window.resize(width, min(height, USABLE.height()))
