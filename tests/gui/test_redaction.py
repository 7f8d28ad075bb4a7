"""Afschermen in the evidence tab: drag black boxes on a copy, save it as a derived item; the original stays."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.capture.images import sha256_hex
from ogg_desktop.capture.redact import redact
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.gui.dialogs.redaction import RedactionDialog, RedactionView
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.tabs.evidence import EvidenceTab
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes
from tests.gui.conftest import when_modal

BLACK = (0, 0, 0)
COLOUR = (0x2e, 0x86, 0xde)


def picture(width: int = 320, height: int = 200) -> bytes:
    img = Image.new("RGB", (width, height), COLOUR)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def rgb(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as img:
        return img.convert("RGB")


def red(img: Image.Image, x: int, y: int) -> int:
    pixel = img.getpixel((x, y))
    assert isinstance(pixel, tuple)
    return int(pixel[0])


def open_case(session: Session, window: MainWindow) -> tuple[Case, EvidenceTab]:
    case = session.cases.create("Naam van collega in reactie")
    assert case.id is not None
    window.case_list.reload(select_case=case.id)
    window.case_view.show_case(case.id)
    window.case_view.tabs.setCurrentWidget(window.case_view.evidence)
    return case, window.case_view.evidence


def on_viewport(view: RedactionView, x: float, y: float) -> QPoint:
    """Where image pixel (x, y) is on the view's viewport, at its current zoom and scroll."""
    unit = view.item.boundingRect().width() / view.image_size.width()
    scene = view.item.mapToScene(QPointF(x * unit, y * unit))
    return view.viewportTransform().map(scene).toPoint()


def drag(view: RedactionView, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, (start + end) / 2)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def in_dialog(action: Callable[[RedactionDialog], None]) -> list[int]:
    """Run ``action`` on the redaction dialog once it is shown; it is closed (cancelled) if the action
    fails to, so a failing check never leaves the test waiting. Returns the list the dialog's result
    will be put in."""
    results: list[int] = []

    def handler(widget: QWidget) -> None:
        try:
            assert isinstance(widget, RedactionDialog)
            widget.finished.connect(results.append)
            action(widget)
        finally:
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)

    when_modal(handler)
    return results


def test_a_dragged_box_is_saved_as_a_redacted_copy_and_the_original_stays(
        qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    original_bytes = picture()
    original = session.evidence.import_bytes(case, original_bytes, method=CaptureMethod.REGION, title="Reactie")
    assert original.id is not None
    tab.load(case, select_item=original.id)
    assert tab.redact_button.isEnabled()
    drawn: list[tuple[int, int, int, int]] = []

    def draw_and_save(dialog: RedactionDialog) -> None:
        assert "Reactie" in dialog.windowTitle()
        assert not dialog.save_button.isEnabled()  # nothing to save yet
        view = dialog.canvas
        drag(view, on_viewport(view, 40, 30), on_viewport(view, 140, 90))
        drawn.extend(dialog.boxes())
        assert dialog.save_button.isEnabled()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    results = in_dialog(draw_and_save)
    qtbot.mouseClick(tab.redact_button, Qt.MouseButton.LeftButton)
    assert results == [QDialog.DialogCode.Accepted.value]

    # The box covers what was dragged over (to within a pixel of rounding), in image pixels.
    [(x, y, w, h)] = drawn
    assert abs(x - 40) <= 1 and abs(y - 30) <= 1 and abs(x + w - 140) <= 1 and abs(y + h - 90) <= 1

    items = session.evidence.for_case(case)
    assert len(items) == 2
    [copy] = [i for i in items if i.id != original.id]
    assert copy.derivation == "redacted" and copy.original_id == original.id
    assert copy.method == CaptureMethod.DERIVED and copy.media_type == "image/png"
    assert copy.title == "Afgeschermde kopie van Reactie"
    assert copy.id is not None

    # The original: same bytes, same recorded hash, and the vault agrees.
    assert session.evidence.original_bytes(original.id) == original_bytes
    stored = session.evidence.get(original.id)
    assert stored is not None and stored.sha256 == original.sha256 == sha256_hex(original_bytes)
    assert session.verify().ok

    # The copy: black where the box is, the picture elsewhere.
    redacted = rgb(session.evidence.original_bytes(copy.id))
    assert redacted.size == (320, 200)
    assert all(redacted.getpixel((px, py)) == BLACK for px in range(x, x + w) for py in range(y, y + h))
    assert redacted.getpixel((x - 1, y)) == COLOUR and redacted.getpixel((x + w, y + h)) == COLOUR
    assert redacted.getpixel((300, 180)) == COLOUR

    # The list shows the new item, selected, and says what happened.
    assert tab.list.count() == 2 and tab.item is not None and tab.item.id == copy.id
    assert str(copy.id) in tab.message.text() and "ongewijzigd" in tab.message.text()


def test_redacting_a_redacted_copy_again_points_at_the_real_original(
        qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    original = session.evidence.import_bytes(case, picture(), method=CaptureMethod.REGION, title="Bericht")
    first = session.evidence.derive(case, original, redact(picture(), [(0, 0, 10, 10)]), derivation="redacted")
    assert first.id is not None
    tab.load(case, select_item=first.id)

    def more(dialog: RedactionDialog) -> None:
        assert dialog.add_box(QRect(100, 100, 20, 20))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    in_dialog(more)
    new_id = tab.open_redaction()
    assert new_id is not None
    newest = session.evidence.get(new_id)
    assert newest is not None and newest.original_id == original.id and newest.derivation == "redacted"
    assert newest.title == "Afgeschermde kopie van Bericht"
    image = rgb(session.evidence.original_bytes(new_id))
    assert image.getpixel((5, 5)) == BLACK and image.getpixel((110, 110)) == BLACK  # both rounds of boxes
    assert image.getpixel((50, 50)) == COLOUR


def test_cancelling_stores_nothing(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    item = session.evidence.import_bytes(case, picture(), method=CaptureMethod.REGION)
    tab.load(case, select_item=item.id)

    def cancel(dialog: RedactionDialog) -> None:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # no boxes: no question

    results = in_dialog(cancel)
    assert tab.open_redaction() is None
    assert results == [QDialog.DialogCode.Rejected.value]
    assert len(session.evidence.for_case(case)) == 1


def test_the_button_waits_for_an_item(session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    assert not tab.redact_button.isEnabled()
    item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.REGION)
    tab.load(case, select_item=item.id)
    assert tab.redact_button.isEnabled()
    assert tab.redact_button.accessibleName() == "Afschermen"


# The dialog on its own ---------------------------------------------------------------------------
@pytest.fixture
def dialog(qtbot: QtBot) -> RedactionDialog:
    d = RedactionDialog(picture(), "Bericht")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_undo_clear_and_save_follow_the_boxes(qtbot: QtBot, dialog: RedactionDialog) -> None:
    assert dialog.boxes() == []
    assert not dialog.save_button.isEnabled() and not dialog.undo_button.isEnabled()
    assert dialog.add_box(QRect(10, 10, 30, 20))
    assert dialog.add_box(QRect(300, 190, 50, 50))  # clamped to the 320 × 200 image
    assert dialog.boxes() == [(10, 10, 30, 20), (300, 190, 20, 10)]
    assert dialog.save_button.isEnabled() and dialog.count_label.text() == "Zwarte vlakken: 2"
    assert not dialog.add_box(QRect(400, 400, 10, 10))  # entirely outside: nothing added
    assert len(dialog.boxes()) == 2

    QTest.keyClick(dialog.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.boxes() == [(10, 10, 30, 20)]
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.boxes() == [] and not dialog.save_button.isEnabled()

    dialog.add_box(QRect(0, 0, 5, 5))
    dialog.add_box(QRect(5, 5, 5, 5))
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.boxes() == [] and not dialog.save_button.isEnabled()
    assert dialog.count_label.text() == "Nog geen zwarte vlakken"
    with pytest.raises(ValueError, match="box"):
        dialog.redacted_bytes()


def test_a_click_or_a_cancelled_drag_draws_nothing(dialog: RedactionDialog) -> None:
    view = dialog.canvas
    point = on_viewport(view, 50, 50)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert dialog.boxes() == []
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseMove(view.viewport(), on_viewport(view, 120, 120))
    QTest.keyClick(view, Qt.Key.Key_Escape)  # cancels the drag, not the dialog
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       on_viewport(view, 120, 120))
    assert dialog.boxes() == [] and dialog.isVisible()


def test_a_drag_past_the_edge_stops_at_the_image(dialog: RedactionDialog) -> None:
    view = dialog.canvas
    corner = on_viewport(view, 320, 200)
    drag(view, on_viewport(view, 250, 150), corner + QPoint(40, 40))
    [(x, y, w, h)] = dialog.boxes()
    assert (x + w, y + h) == (320, 200)


def test_zoomed_in_the_box_still_lands_on_the_same_pixels(qtbot: QtBot, dialog: RedactionDialog) -> None:
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    view = dialog.canvas
    assert view.zoom > 1.0 and dialog.zoom_label.text() == f"{round(view.zoom * 100)} %"
    view.centerOn(view.item.mapToScene(QPointF(60, 60)))
    drag(view, on_viewport(view, 50, 50), on_viewport(view, 70, 65))
    [(x, y, w, h)] = dialog.boxes()
    assert abs(x - 50) <= 1 and abs(y - 50) <= 1 and abs(x + w - 70) <= 1 and abs(y + h - 65) <= 1


def test_the_saved_bytes_are_the_redacted_picture(dialog: RedactionDialog) -> None:
    dialog.add_box(QRect(20, 10, 40, 30))
    data = dialog.redacted_bytes()
    assert data == redact(picture(), [(20, 10, 40, 30)])
    image = rgb(data)
    assert image.getpixel((20, 10)) == BLACK and image.getpixel((59, 39)) == BLACK
    assert image.getpixel((60, 40)) == COLOUR
    dialog.done(QDialog.DialogCode.Accepted)


def test_cancelling_with_boxes_asks_first(qtbot: QtBot, dialog: RedactionDialog) -> None:
    dialog.add_box(QRect(0, 0, 10, 10))
    answers: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def press(widget: QWidget) -> None:
            assert isinstance(widget, QMessageBox)
            answers.append(widget.text())
            widget.button(button).click()
        return press

    when_modal(answer(QMessageBox.StandardButton.No))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(dialog.boxes()) == 1  # kept drawing
    when_modal(answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert len(answers) == 2 and "niet opgeslagen" in answers[0]


def test_an_exif_rotated_photo_is_shown_and_redacted_upright(qtbot: QtBot) -> None:
    stored = Image.new("RGB", (60, 30), COLOUR)
    stored.paste((230, 126, 34), (0, 0, 20, 30))  # orange on the stored left edge: the top as shown
    exif = Image.Exif()
    exif[0x0112] = 6  # turn 90° clockwise to show
    buf = io.BytesIO()
    stored.save(buf, format="JPEG", quality=95, exif=exif.tobytes())
    d = RedactionDialog(buf.getvalue(), "Foto")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert (d.canvas.image_size.width(), d.canvas.image_size.height()) == (30, 60)
    top = d.canvas.item.pixmap().toImage().pixelColor(15, 5)
    assert top.red() > 200  # the preview is upright: orange at the top
    d.add_box(QRect(0, 0, 30, 20))
    image = rgb(d.redacted_bytes())
    assert image.size == (30, 60)
    assert not any(red(image, x, y) > 200 for x in range(30) for y in range(60))  # the orange is gone
    assert all(image.getpixel((x, y)) == BLACK for x in range(30) for y in range(20))
    d.done(QDialog.DialogCode.Accepted)
