"""Guard against a Qt binding that loses references to None/True/False.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call of a method returning
nothing (setText, setChecked, hide …). Python 3.11's None is not immortal, so after a few thousand
calls the app would abort ("Fatal Python error: none_dealloc"). We pin 6.11.3; this test fails if a
future pin brings such a binding back."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(int)


@pytest.mark.parametrize("name", ["setText", "setChecked", "hide", "setCurrentIndex", "emit", "isChecked"])
def test_calls_into_qt_keep_the_reference_counts_of_none_and_the_booleans(qtbot: QtBot, name: str) -> None:
    line, box, combo, emitter = QLineEdit(), QCheckBox(), QComboBox(), _Emitter()
    for widget in (line, box, combo):
        qtbot.addWidget(widget)
    combo.addItems(["a", "b"])
    emitter.fired.connect(lambda _value: None)
    calls: dict[str, Callable[[], object]] = {
        "setText": lambda: line.setText("x"),
        "setChecked": lambda: box.setChecked(True),
        "hide": line.hide,
        "setCurrentIndex": lambda: combo.setCurrentIndex(1),
        "emit": lambda: emitter.fired.emit(1),
        "isChecked": box.isChecked,
    }
    call = calls[name]
    call()
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2000):
        call()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    lost = [b - a for a, b in zip(after, before, strict=True)]
    assert all(n < 50 for n in lost), f"{name} lost references to None/True/False: {lost}"
