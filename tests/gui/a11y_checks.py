"""What the accessibility tests look at in one window: the controls a keyboard user can reach, their names
as a screen reader reads them, the Tab order, and the mnemonic letters (Alt+letter).

Kept apart from the tests so a new dialog's own test can call ``problems(dialog)`` too."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView, QAbstractSlider, QTabBar)


def is_qt_part(widget: QWidget) -> bool:
    """Qt's own inner parts (a spin box's line edit, a combo's edit, a table's corner button, a scroll
    bar): the screen reader reaches them through their owner."""
    parent = widget.parentWidget()
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True  # a table's headers are read as part of the table
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return True
    if isinstance(widget, QAbstractSlider) and not type(widget).__module__.startswith("ogg_desktop"):
        return widget.objectName() == "" and parent is not None and parent.objectName().startswith("qt_")
    return False


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def accessible_description(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Description).strip() if iface is not None else ""


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def tab_focusable(widget: QWidget, top: QWidget) -> bool:
    """What Qt's Tab key stops at (QApplicationPrivate::focusNextPrevChild_helper)."""
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None and widget.isVisibleTo(top) and widget.isEnabled()
            and not is_qt_part(widget))


def controls(top: QWidget, within: QWidget | None = None) -> list[QWidget]:
    """The visible, enabled interactive controls in ``within`` (default: the whole window)."""
    root = within or top
    found: list[QWidget] = [w for w in root.findChildren(QWidget) if isinstance(w, CONTROLS)
                            and not is_qt_part(w) and w.isVisibleTo(top) and w.isEnabled()]
    return found


def tab_order(top: QWidget, within: QWidget | None = None) -> list[QWidget]:
    """The controls in the order the Tab key visits them, walking the focus chain once around."""
    root = within or top
    order: list[QWidget] = []
    start = top
    widget: QWidget | None = start.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not start and seen < 5000:
        seen += 1
        if tab_focusable(widget, top) and (widget is root or root.isAncestorOf(widget)):
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def reading_order_breaks(order: list[QWidget], top: QWidget) -> list[str]:
    """Steps of the Tab order that jump back against reading order: left within the same row, or up
    into the same or an earlier column. Going up into a column further right (the next column of a
    two-column layout) is reading order."""
    breaks = []
    for a, b in itertools.pairwise(order):
        ra, rb = rect_in(a, top), rect_in(b, top)
        same_row = rb.top() < ra.bottom() - 2 and ra.top() < rb.bottom() - 2
        if same_row and rb.right() <= ra.left() + 2:
            breaks.append(f"{describe(a)} → {describe(b)}: back to the left on the same row")
        elif not same_row and rb.bottom() <= ra.top() + 2 and rb.left() < ra.right() - 2:
            breaks.append(f"{describe(a)} → {describe(b)}: back up")
    return breaks


def labelled(widget: QWidget) -> bool:
    top = widget.window()
    return any(label.buddy() is widget and label.text().strip() for label in top.findChildren(QLabel))


def has_name(widget: QWidget) -> bool:
    """On Linux Qt reads a combo box's current choice as its name ("Onbekend"), which says nothing about
    what is chosen: a combo box needs its own accessible name or a label that is its buddy."""
    if isinstance(widget, QComboBox):
        return bool(widget.accessibleName().strip()) or labelled(widget)
    return bool(accessible_name(widget))


def name_problems(top: QWidget, within: QWidget | None = None) -> list[str]:
    return [f"no accessible name: {describe(w)} in {type(top).__name__}" for w in controls(top, within)
            if not has_name(w)]


def in_toolbar(widget: QWidget) -> bool:
    """A tool bar's buttons are not Tab stops in Qt; each is also a menu entry with a shortcut or letter."""
    parent = widget.parentWidget()
    return isinstance(widget, QAbstractButton) and parent is not None and parent.inherits("QToolBar")


def reach_problems(top: QWidget, within: QWidget | None = None) -> list[str]:
    order = tab_order(top, within)
    problems = [f"not reachable with Tab: {describe(w)} in {type(top).__name__}" for w in controls(top, within)
                if w not in order and not isinstance(w, QAbstractSlider) and not in_toolbar(w)]
    doubles = {describe(w) for w in order if order.count(w) > 1}
    problems += [f"visited twice: {d}" for d in sorted(doubles)]
    problems += [f"tab order in {type(top).__name__}: {b}" for b in reading_order_breaks(order, top)]
    return problems


_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def mnemonic_clashes(top: QWidget, within: QWidget | None = None) -> list[str]:
    """Two visible labels/buttons/group boxes in one window with the same Alt+letter."""
    root = within or top
    seen: dict[str, str] = {}
    clashes = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(top) or is_qt_part(w):
            continue
        if isinstance(w, QLabel) and w.buddy() is not None:
            text = w.text()
        elif isinstance(w, QAbstractButton) or (isinstance(w, QGroupBox) and w.isCheckable()):
            text = w.text() if isinstance(w, QAbstractButton) else w.title()
        else:
            continue
        letter = mnemonic(text)
        if not letter:
            continue
        if letter in seen:
            clashes.append(f"Alt+{letter.upper()} twice in {type(top).__name__}: {seen[letter]!r} and {text!r}")
        else:
            seen[letter] = text
    return clashes


def problems(top: QWidget, within: QWidget | None = None) -> list[str]:
    return name_problems(top, within) + reach_problems(top, within) + mnemonic_clashes(top, within)
