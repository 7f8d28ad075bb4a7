"""The frozen overlay and the capture from the main window, offscreen.

The screen is the seam that cannot run here: a FAKE grabber returns a synthetic ``Grab`` built from known
bytes, one monitor exactly as large as the offscreen screen in device pixels. Everything after it is
real: the overlay widgets, the events, the crop, the vault. (The real X server, with two monitors and
HiDPI, is in tests/integration/test_capture_x.py.)
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from ogg_desktop.capture.grab import CaptureUnavailableError, Grab, Rect
from ogg_desktop.domain.case import Case, Employee
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.gui.capture.overlay import CaptureOverlay, MonitorOverlay
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.session import Session
from tests.gui.conftest import when_modal
from tests.integration.pattern import cut, pattern_rgb

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

# The offscreen platform plugin says this when the overlay raises itself and grabs the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def synthetic_grab() -> tuple[Grab, bytes]:
    """FAKE screen: the known pattern over the whole primary screen (device pixels), and its RGB bytes."""
    screen = QGuiApplication.primaryScreen()
    g, ratio = screen.geometry(), screen.devicePixelRatio()
    bounds = Rect(round(g.x() * ratio), round(g.y() * ratio), round(g.width() * ratio), round(g.height() * ratio))
    rgb = pattern_rgb(bounds.width, bounds.height)
    n = bounds.width * bounds.height
    bgra = bytearray(n * 4)
    bgra[0::4], bgra[1::4], bgra[2::4], bgra[3::4] = rgb[2::3], rgb[1::3], rgb[0::3], b"\xff" * n
    return Grab(bytes(bgra), bounds, (bounds,)), rgb


@pytest.fixture(scope="module")
def fake(qapp: QGuiApplication) -> tuple[Grab, bytes]:
    return synthetic_grab()


@pytest.fixture
def overlay(qtbot: QtBot, fake: tuple[Grab, bytes]) -> Iterator[CaptureOverlay]:
    shown = CaptureOverlay(fake[0])
    widgets = list(shown.monitor_widgets)
    shown.show_all()
    for w in widgets:
        qtbot.waitExposed(w)
    yield shown
    shown.close_all()
    qtbot.waitUntil(lambda: not any(isValid(w) and w.isVisible() for w in widgets))


def monitor_widget(overlay: CaptureOverlay) -> MonitorOverlay:
    assert len(overlay.monitor_widgets) == 1
    return overlay.monitor_widgets[0]


def device(widget: MonitorOverlay, x: int, y: int) -> tuple[int, int]:
    """The device pixel under logical point (x, y) of a monitor's overlay."""
    r = widget.placement.ratio
    return widget.placement.device.x + round(x * r), widget.placement.device.y + round(y * r)


def drag(qtbot: QtBot, widget: QWidget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, LEFT, NO_MOD, start)
    qtbot.mouseMove(widget, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, LEFT, NO_MOD, end)


def all_closed(widgets: list[MonitorOverlay]) -> Callable[[], bool]:
    return lambda: not any(isValid(w) and w.isVisible() for w in widgets)


# The overlay on its own ---------------------------------------------------------------------------

def test_overlay_covers_the_screen_with_the_frozen_grab(overlay: CaptureOverlay, fake: tuple[Grab, bytes]) -> None:
    widget = monitor_widget(overlay)
    assert widget.placement.device == fake[0].bounds
    assert widget.placement.screen is QGuiApplication.primaryScreen()
    assert widget.geometry() == QGuiApplication.primaryScreen().geometry()
    shown = widget.image.convertToFormat(QImage.Format.Format_RGB888)
    assert (shown.width(), shown.height()) == (fake[0].bounds.width, fake[0].bounds.height)
    bits, stride, row = bytes(shown.constBits()), shown.bytesPerLine(), shown.width() * 3
    assert b"".join(bits[y * stride:y * stride + row] for y in range(shown.height())) == fake[1]  # the grab, 1:1


def test_drag_selects_device_pixels_and_enter_accepts(qtbot: QtBot, overlay: CaptureOverlay,
                                                      fake: tuple[Grab, bytes]) -> None:
    widget = monitor_widget(overlay)
    widgets = list(overlay.monitor_widgets)
    drag(qtbot, widget, QPoint(30, 40), QPoint(130, 90))
    (x0, y0), (x1, y1) = device(widget, 30, 40), device(widget, 130, 90)
    expected = Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1)  # the pixel under the release point is included
    assert overlay.selection == expected
    with qtbot.waitSignal(overlay.accepted, timeout=2000) as accepted:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert accepted.args == [expected]
    qtbot.waitUntil(all_closed(widgets))
    grab, rgb = fake
    with Image.open(io.BytesIO(grab.crop_png(expected))) as image:
        assert image.size == (expected.width, expected.height)
        assert image.convert("RGB").tobytes() == cut(rgb, grab.bounds.width, expected.x - grab.bounds.x,
                                                      expected.y - grab.bounds.y, expected.width, expected.height)


def test_drag_backwards_selects_the_same_rect(qtbot: QtBot, overlay: CaptureOverlay) -> None:
    widget = monitor_widget(overlay)
    drag(qtbot, widget, QPoint(130, 90), QPoint(30, 40))
    (x0, y0), (x1, y1) = device(widget, 30, 40), device(widget, 130, 90)
    assert overlay.selection == Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1)


def test_arrows_nudge_by_one_device_pixel_and_shift_arrows_resize(qtbot: QtBot, overlay: CaptureOverlay) -> None:
    widget = monitor_widget(overlay)
    drag(qtbot, widget, QPoint(50, 60), QPoint(150, 110))
    start = overlay.selection
    assert start is not None
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert overlay.selection == Rect(start.x + 2, start.y + 1, start.width, start.height)
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    qtbot.keyClick(widget, Qt.Key.Key_Up)
    assert overlay.selection == Rect(start.x + 1, start.y, start.width, start.height)
    qtbot.keyClick(widget, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(widget, Qt.Key.Key_Up, SHIFT)
    qtbot.keyClick(widget, Qt.Key.Key_Up, SHIFT)
    assert overlay.selection == Rect(start.x + 1, start.y, start.width + 1, start.height - 2)
    qtbot.keyClick(widget, Qt.Key.Key_Left, SHIFT)
    qtbot.keyClick(widget, Qt.Key.Key_Down, SHIFT)
    assert overlay.selection == Rect(start.x + 1, start.y, start.width, start.height - 1)
    with qtbot.waitSignal(overlay.accepted, timeout=2000) as accepted:
        qtbot.keyClick(widget, Qt.Key.Key_Enter)
    assert accepted.args == [Rect(start.x + 1, start.y, start.width, start.height - 1)]


def test_nudging_stops_at_the_edge_of_the_desktop(qtbot: QtBot, overlay: CaptureOverlay,
                                                  fake: tuple[Grab, bytes]) -> None:
    widget = monitor_widget(overlay)
    drag(qtbot, widget, QPoint(5, 6), QPoint(25, 36))  # (not from 0,0: QTest reads QPoint() as the centre)
    start = overlay.selection
    assert start is not None
    bounds = fake[0].bounds
    for _ in range(start.x - bounds.x + 5):
        qtbot.keyClick(widget, Qt.Key.Key_Left)
    for _ in range(start.y - bounds.y + 5):
        qtbot.keyClick(widget, Qt.Key.Key_Up)
    assert overlay.selection == Rect(bounds.x, bounds.y, start.width, start.height)  # moved, not shrunk


def test_escape_cancels_and_closes_the_overlay(qtbot: QtBot, overlay: CaptureOverlay) -> None:
    widget = monitor_widget(overlay)
    widgets = list(overlay.monitor_widgets)
    drag(qtbot, widget, QPoint(30, 40), QPoint(130, 90))
    accepted: list[Rect] = []
    overlay.accepted.connect(accepted.append)
    with qtbot.waitSignal(overlay.cancelled, timeout=2000):
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
    qtbot.waitUntil(all_closed(widgets))
    assert accepted == []
    assert overlay.monitor_widgets == []


def test_double_click_accepts_the_dragged_region(qtbot: QtBot, overlay: CaptureOverlay) -> None:
    widget = monitor_widget(overlay)
    widgets = list(overlay.monitor_widgets)
    drag(qtbot, widget, QPoint(30, 40), QPoint(130, 90))
    chosen = overlay.selection
    assert chosen is not None
    inside = QPoint(80, 60)
    with qtbot.waitSignal(overlay.accepted, timeout=2000) as accepted:
        # What a window system delivers for a double-click (QTest.mouseDClick sends only the third event).
        qtbot.mousePress(widget, LEFT, NO_MOD, inside)
        qtbot.mouseRelease(widget, LEFT, NO_MOD, inside)
        qtbot.mousePress(widget, LEFT, NO_MOD, inside)
        qtbot.mouseDClick(widget, LEFT, NO_MOD, inside)
        if isValid(widget):
            qtbot.mouseRelease(widget, LEFT, NO_MOD, inside)
    assert accepted.args == [chosen]
    qtbot.waitUntil(all_closed(widgets))


def test_a_click_inside_the_selection_keeps_it_and_a_new_drag_replaces_it(qtbot: QtBot,
                                                                          overlay: CaptureOverlay) -> None:
    widget = monitor_widget(overlay)
    accepted: list[Rect] = []
    overlay.accepted.connect(accepted.append)
    drag(qtbot, widget, QPoint(30, 40), QPoint(130, 90))
    chosen = overlay.selection
    qtbot.mouseClick(widget, LEFT, NO_MOD, QPoint(80, 60))
    assert overlay.selection == chosen
    assert accepted == []
    drag(qtbot, widget, QPoint(60, 50), QPoint(200, 150))  # a drag from inside starts a new selection
    (x0, y0), (x1, y1) = device(widget, 60, 50), device(widget, 200, 150)
    assert overlay.selection == Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1)
    assert accepted == []


def test_a_click_without_a_drag_takes_the_whole_monitor(qtbot: QtBot, overlay: CaptureOverlay,
                                                        fake: tuple[Grab, bytes]) -> None:
    widget = monitor_widget(overlay)
    widgets = list(overlay.monitor_widgets)
    with qtbot.waitSignal(overlay.accepted, timeout=2000) as accepted:
        qtbot.mousePress(widget, LEFT, NO_MOD, QPoint(200, 150))
        qtbot.mouseRelease(widget, LEFT, NO_MOD, QPoint(201, 151))  # a hand's wobble is still a click
    assert accepted.args == [fake[0].monitors[0]]
    qtbot.waitUntil(all_closed(widgets))


def test_right_click_cancels(qtbot: QtBot, overlay: CaptureOverlay) -> None:
    widget = monitor_widget(overlay)
    with qtbot.waitSignal(overlay.cancelled, timeout=2000):
        qtbot.mousePress(widget, Qt.MouseButton.RightButton, NO_MOD, QPoint(10, 10))


# From the main window -----------------------------------------------------------------------------

@pytest.fixture
def open_case(session: Session, window: MainWindow) -> Case:
    case = session.cases.create("Bericht op Instagram", Employee(pseudonym="Medewerker A"), date(2026, 3, 1))
    assert case.id is not None
    window.case_list.reload(select_case=case.id)
    window.case_view.show_case(case.id)
    return case


def start_with_fake(qtbot: QtBot, window: MainWindow, grabber: Callable[[], Grab]) -> CaptureOverlay:
    window.capture_flow.grabber = grabber
    window.start_capture(0)
    qtbot.waitUntil(lambda: window.capture_flow.overlay is not None, timeout=5000)
    overlay = window.capture_flow.overlay
    assert overlay is not None
    for w in overlay.monitor_widgets:
        qtbot.waitExposed(w)
    return overlay


@pytest.mark.parametrize("how", ["drag", "click"])
def test_capture_from_the_main_window_stores_the_chosen_pixels(qtbot: QtBot, session: Session, window: MainWindow,
                                                               open_case: Case, fake: tuple[Grab, bytes],
                                                               how: str) -> None:
    grab, rgb = fake
    visible_at_grab: list[bool] = []

    def grabber() -> Grab:  # FAKE screen; notes whether the app was still showing when "the screen" was grabbed
        visible_at_grab.append(window.isVisible() or any(w.isVisible() for w in QGuiApplication.topLevelWindows()))
        return grab

    overlay = start_with_fake(qtbot, window, grabber)
    assert visible_at_grab == [False]
    assert not window.isVisible()
    widget = monitor_widget(overlay)
    widgets = list(overlay.monitor_widgets)
    if how == "drag":
        drag(qtbot, widget, QPoint(20, 30), QPoint(220, 130))
        (x0, y0), (x1, y1) = device(widget, 20, 30), device(widget, 220, 130)
        region, method = Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1), CaptureMethod.REGION
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(widget, LEFT, NO_MOD, QPoint(300, 200))
        region, method = grab.monitors[0], CaptureMethod.MONITOR
    qtbot.waitUntil(window.isVisible, timeout=5000)
    qtbot.waitUntil(all_closed(widgets))
    assert window.capture_flow.overlay is None

    items = session.evidence.for_case(open_case)
    assert len(items) == 1
    item = items[0]
    assert item.method == method
    assert (item.width, item.height) == (region.width, region.height)
    assert region.text() in item.screen_geometry
    data = session.evidence.original_bytes(item.id or 0)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG"
        assert image.convert("RGB").tobytes() == cut(rgb, grab.bounds.width, region.x - grab.bounds.x,
                                                      region.y - grab.bounds.y, region.width, region.height)
    evidence = window.case_view.evidence
    assert window.case_view.tabs.currentWidget() is evidence
    current = evidence.list.currentItem()
    assert current is not None and current.data(Qt.ItemDataRole.UserRole) == item.id


def test_escape_from_the_main_window_stores_nothing_and_shows_the_window(
        qtbot: QtBot, session: Session, window: MainWindow, open_case: Case, fake: tuple[Grab, bytes]) -> None:
    overlay = start_with_fake(qtbot, window, lambda: fake[0])
    qtbot.keyClick(monitor_widget(overlay), Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isVisible, timeout=5000)
    assert window.capture_flow.overlay is None
    assert session.evidence.for_case(open_case) == []


def test_a_failing_grab_explains_in_dutch_and_stores_nothing(qtbot: QtBot, session: Session, window: MainWindow,
                                                             open_case: Case) -> None:
    def no_screen() -> Grab:  # FAKE screen that is not there
        raise CaptureUnavailableError("no_display")

    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.accept()

    when_modal(answer)
    window.capture_flow.grabber = no_screen
    window.start_capture(0)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "geen X-display" in seen[0]
    assert "Importeer" in seen[0]
    qtbot.waitUntil(window.isVisible, timeout=5000)
    assert window.capture_flow.overlay is None
    assert not window.capture_flow.active
    assert session.evidence.for_case(open_case) == []
