"""The evidence tab as a counsellor uses it: paste, photo import, EXIF, full view, order, URLs, people, OCR."""

from __future__ import annotations

import io
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.capture import ocr
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.people import Account, Role
from ogg_desktop.gui.dialogs.image_viewer import ImageViewerDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.tabs.evidence import EvidenceTab, looks_like_web_address
from ogg_desktop.gui.tabs.people import PersonDialog
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes
from tests.gui.conftest import when_modal

HAS_TESSERACT = ocr.find_engine() is not None


def noisy_png(width: int = 37, height: int = 23) -> bytes:
    img = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def pixels(data: bytes) -> tuple[tuple[int, int], bytes]:
    with Image.open(io.BytesIO(data)) as img:
        rgb = img.convert("RGB")
        return rgb.size, rgb.tobytes()


def text_png(text: str) -> bytes:
    img = Image.new("RGB", (620, 90), "white")
    ImageDraw.Draw(img).text((12, 24), text, fill="black", font=ImageFont.truetype("DejaVuSans.ttf", 32))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def open_case(session: Session, window: MainWindow, title: str = "Bedreiging via LinkedIn") -> tuple[Case, EvidenceTab]:
    case = session.cases.create(title)
    assert case.id is not None
    window.case_list.reload(select_case=case.id)
    window.case_view.show_case(case.id)
    window.case_view.tabs.setCurrentWidget(window.case_view.evidence)
    return case, window.case_view.evidence


def add_item(session: Session, tab: EvidenceTab, case: Case, data: bytes | None = None, **kwargs: object) -> int:
    item = session.evidence.import_bytes(case, data or png_bytes(), method=CaptureMethod.IMPORTED_FILE,
                                         **kwargs)  # type: ignore[arg-type]
    assert item.id is not None
    tab.load(case, select_item=item.id)
    return item.id


def list_ids(tab: EvidenceTab) -> list[int]:
    return [int(tab.list.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(tab.list.count())]


# Paste ------------------------------------------------------------------------------------------
def test_paste_stores_the_clipboard_image_losslessly_as_pasted(
        qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    source = noisy_png()
    QGuiApplication.clipboard().setImage(QImage.fromData(source))
    qtbot.mouseClick(tab.paste_button, Qt.MouseButton.LeftButton)

    items = session.evidence.for_case(case)
    assert len(items) == 1
    item = items[0]
    assert item.method == CaptureMethod.PASTED and item.media_type == "image/png"
    assert item.id is not None
    stored = session.evidence.original_bytes(item.id)
    assert pixels(stored) == pixels(source)  # every pixel as on the clipboard
    assert tab.list.count() == 1 and tab.item is not None and tab.item.id == item.id
    assert "Geplakt" in tab.list.item(0).text()
    assert tab.message.isVisible() and "klembord" in tab.message.text()


def test_raw_png_on_the_clipboard_is_kept_byte_for_byte(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, _tab = open_case(session, window)
    source = noisy_png(50, 40)
    mime = QMimeData()
    mime.setData("image/png", source)
    QGuiApplication.clipboard().setMimeData(mime)
    window.paste_action.trigger()  # Dossier → Plakken als bewijs (Ctrl+Shift+V)
    [item] = session.evidence.for_case(case)
    assert item.method == CaptureMethod.PASTED
    assert session.evidence.original_bytes(item.id or 0) == source


def test_pasting_a_copied_image_file_keeps_its_bytes_and_name(
        qtbot: QtBot, session: Session, window: MainWindow, tmp_path: Path) -> None:
    case, tab = open_case(session, window)
    path = tmp_path / "bericht.png"
    path.write_bytes(noisy_png())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    QGuiApplication.clipboard().setMimeData(mime)
    tab.list.setFocus()
    new_id = tab.paste_from_clipboard()
    [item] = session.evidence.for_case(case)
    assert new_id == item.id and item.method == CaptureMethod.PASTED
    assert item.original_filename == "bericht.png"
    assert session.evidence.original_bytes(item.id or 0) == path.read_bytes()


def test_paste_without_an_image_says_so_and_stores_nothing(
        qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    QGuiApplication.clipboard().setText("alleen tekst, geen afbeelding")
    qtbot.mouseClick(tab.paste_button, Qt.MouseButton.LeftButton)
    assert session.evidence.for_case(case) == []
    assert tab.message.isVisible()
    assert "Het klembord bevat geen afbeelding" in tab.message.text()


# Photo from another device, EXIF ------------------------------------------------------------------
def photo_with_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Fabrikant BV"  # Make
    exif[0x0110] = "Telefoon X1"  # Model
    exif.get_ifd(0x8769)[0x9003] = "2026:03:01 14:05:00"  # DateTimeOriginal, in the Exif sub-directory
    img = Image.frombytes("RGB", (64, 48), os.urandom(64 * 48 * 3))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", exif=exif, quality=90)
    return buf.getvalue()


def test_photo_import_keeps_the_original_and_shows_its_exif(
        qtbot: QtBot, session: Session, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case, tab = open_case(session, window)
    photo = tmp_path / "IMG_0042.jpg"
    photo.write_bytes(photo_with_exif())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(photo)], ""))
    qtbot.mouseClick(tab.photo_button, Qt.MouseButton.LeftButton)

    [item] = session.evidence.for_case(case)
    assert item.method == CaptureMethod.PHOTOGRAPHED
    assert session.evidence.original_bytes(item.id or 0) == photo.read_bytes()
    assert "Gefotografeerd met ander apparaat" in tab.facts.text()
    # A compact line names camera and time; opening it lists the EXIF fields.
    assert tab.exif_toggle.isVisible()
    assert "Fabrikant BV Telefoon X1" in tab.exif_toggle.text()
    assert not tab.exif_label.isVisible()
    qtbot.mouseClick(tab.exif_toggle, Qt.MouseButton.LeftButton)
    assert tab.exif_label.isVisible()
    shown = tab.exif_label.text()
    for line in ("Make: Fabrikant BV", "Model: Telefoon X1", "DateTimeOriginal: 2026:03:01 14:05:00"):
        assert line in shown
    assert "ExifOffset" not in shown  # pointers are not facts

    # A screenshot has no EXIF: the section is not there.
    add_item(session, tab, case)
    assert not tab.exif_toggle.isVisible() and not tab.exif_label.isVisible()


# Full view ------------------------------------------------------------------------------------
def test_full_view_zooms_and_pans_at_device_pixels(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    add_item(session, tab, case, noisy_png(1600, 1200))
    seen: dict[str, object] = {}

    def use_viewer(widget: QWidget) -> None:
        assert isinstance(widget, ImageViewerDialog)
        view = widget.view
        seen["fitted"] = view.zoom
        assert view.item.pixmap().devicePixelRatio() == view.devicePixelRatioF()
        qtbot.mouseClick(widget.actual_button, Qt.MouseButton.LeftButton)
        seen["actual"] = view.transform().m11()
        seen["sharp"] = view.item.transformationMode() == Qt.TransformationMode.FastTransformation
        assert widget.zoom_label.text() == "100 %"
        qtbot.mouseClick(widget.zoom_in_button, Qt.MouseButton.LeftButton)
        seen["in"] = view.transform().m11()
        qtbot.keyClick(view, Qt.Key.Key_Minus)
        qtbot.keyClick(view, Qt.Key.Key_Minus)
        seen["out"] = view.transform().m11()
        centre = QPointF(view.viewport().rect().center())
        wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 240),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view.viewport(), wheel)
        seen["wheel"] = view.transform().m11()
        # Pan: drag the image to the left, the view scrolls to the right.
        view.actual_size()
        bar = view.horizontalScrollBar()
        before = bar.value()
        start = QPointF(view.viewport().rect().center())
        end = start - QPointF(120, 0)
        for kind, pos, buttons in ((QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
                                   (QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton),
                                   (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)):
            event = QMouseEvent(kind, pos, view.viewport().mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons,
                                Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(view.viewport(), event)
        seen["panned"] = bar.value() - before
        qtbot.mouseClick(widget.fit_button, Qt.MouseButton.LeftButton)
        seen["fit_again"] = view.zoom
        widget.reject()

    when_modal(use_viewer)
    qtbot.mouseDClick(tab.preview, Qt.MouseButton.LeftButton)  # double-click the preview
    assert seen, "the viewer did not open"
    fitted = float(seen["fitted"])  # type: ignore[arg-type]
    assert fitted < 1.0  # 1600 × 1200 is larger than the dialog: shown whole
    assert seen["actual"] == pytest.approx(1.0)
    assert seen["sharp"] is True  # no smoothing at 100 %
    assert float(seen["in"]) > 1.0  # type: ignore[arg-type]
    assert float(seen["out"]) < float(seen["in"])  # type: ignore[arg-type]
    assert float(seen["wheel"]) > float(seen["out"])  # type: ignore[arg-type]
    assert int(seen["panned"]) > 0  # type: ignore[call-overload]
    assert seen["fit_again"] == pytest.approx(fitted)


def test_full_view_button_opens_the_viewer(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    add_item(session, tab, case, png_bytes(40, 30))
    titles: list[str] = []

    def close(widget: QWidget) -> None:
        assert isinstance(widget, ImageViewerDialog)
        titles.append(widget.windowTitle())
        assert widget.view.zoom == pytest.approx(1.0)  # a small image is not blown up
        widget.reject()

    when_modal(close)
    qtbot.mouseClick(tab.view_button, Qt.MouseButton.LeftButton)
    assert titles and titles[0].startswith("Bewijsstuk ")


# Order ----------------------------------------------------------------------------------------
def test_list_is_in_order_of_capture_then_id(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    late = add_item(session, tab, case, captured_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC), title="later")
    early = add_item(session, tab, case, captured_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC), title="eerder")
    same_a = add_item(session, tab, case, captured_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC), title="a")
    same_b = add_item(session, tab, case, captured_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC), title="b")
    tab.load(case)
    assert list_ids(tab) == [early, same_a, same_b, late]
    assert tab.list.item(0).text().startswith(f"{early}. eerder")
    # The first (oldest) is shown; the thumbnail is the stored one.
    assert tab.item is not None and tab.item.id == early
    assert not tab.list.item(0).icon().isNull()


def test_thumbnails_come_from_the_vault_not_the_original(
        qtbot: QtBot, session: Session, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    case, tab = open_case(session, window)
    add_item(session, tab, case, noisy_png(800, 600))
    read: list[int] = []
    original = session.evidence.original_bytes

    def counting(item_id: int) -> bytes:
        read.append(item_id)
        return original(item_id)

    monkeypatch.setattr(session.evidence, "original_bytes", counting)
    tab.list.clear()
    tab._add_list_item(session.evidence.for_case(case)[0])
    assert read == []  # the list never decodes originals
    assert tab.list.item(0).icon().availableSizes()


# URLs -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "ok"), [
    ("", True), ("https://www.linkedin.com/posts/123", True), ("http://localhost:8080/x", True),
    ("https://[2001:db8::1]/", True), ("www.linkedin.com/posts/123", False), ("https://linkedin", False),
    ("ftp://example.org/x", False), ("https:// example.org", False), ("linkedin", False), ("https://", False),
    ("http://example.org:port/", False),
])
def test_web_address_form(text: str, ok: bool) -> None:
    assert looks_like_web_address(text) is ok


def test_incomplete_url_warns_but_is_saved_as_typed(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    item_id = add_item(session, tab, case)
    tab.url.setFocus()
    qtbot.keyClicks(tab.url, "www.linkedin.com/posts/123")
    qtbot.keyClick(tab.url, Qt.Key.Key_Return)
    assert tab.url_warning.isVisible()
    assert "Dit lijkt geen volledig webadres" in tab.url_warning.text()
    stored = session.evidence.get(item_id)
    assert stored is not None and stored.url == "www.linkedin.com/posts/123"

    tab.profile_url.setFocus()
    qtbot.keyClicks(tab.profile_url, "linkedin/in/iemand")
    tab.title.setFocus()  # leaving the field checks it
    assert tab.profile_url_warning.isVisible()
    stored = session.evidence.get(item_id)
    assert stored is not None and stored.profile_url == "linkedin/in/iemand"

    # Completing the address takes the warning away; coming back to the item shows it again if needed.
    tab.url.setFocus()
    tab.url.home(False)
    qtbot.keyClicks(tab.url, "https://")
    assert not tab.url_warning.isVisible()  # gone as soon as the address is complete
    qtbot.keyClick(tab.url, Qt.Key.Key_Return)
    stored = session.evidence.get(item_id)
    assert stored is not None and stored.url == "https://www.linkedin.com/posts/123"
    tab.load(case, select_item=item_id)
    assert not tab.url_warning.isVisible() and tab.profile_url_warning.isVisible()


# People and accounts --------------------------------------------------------------------------
def test_new_person_inline_becomes_the_poster(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    account = session.people.add_account(case, Account("Instagram", handle="@anoniem"))
    item_id = add_item(session, tab, case)
    tab.account.setCurrentIndex(tab.account.findData(account.id))
    roles: list[object] = []

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, PersonDialog)
        roles.append(widget.role_box.currentData())
        qtbot.keyClicks(widget.name, "Onbekende afzender")
        widget.accept()

    when_modal(fill)
    qtbot.mouseClick(tab.new_person_button, Qt.MouseButton.LeftButton)
    assert roles == [Role.POSTER.value]  # preselected
    [involvement] = session.people.involvements(case)
    assert involvement.person.name == "Onbekende afzender" and involvement.role == Role.POSTER
    assert tab.poster.currentText() == "Onbekende afzender"
    stored = session.evidence.get(item_id)
    assert stored is not None and stored.poster_person_id == involvement.person.id
    assert stored.account_id == account.id and tab.account.currentData() == account.id  # other links kept
    # The people tab knows the person as well.
    people = window.case_view.people.people
    name_cell = people.item(0, 0)
    assert people.rowCount() == 1 and name_cell is not None and name_cell.text() == "Onbekende afzender"


def test_new_person_dialog_explains_a_missing_name(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    add_item(session, tab, case)
    messages: list[str] = []

    def submit_empty(widget: QWidget) -> None:
        assert isinstance(widget, PersonDialog)
        widget.accept()

        def then_cancel(again: QWidget) -> None:
            assert isinstance(again, PersonDialog)
            messages.append(again.message.text())
            again.reject()

        when_modal(then_cancel)

    when_modal(submit_empty)
    qtbot.mouseClick(tab.new_person_button, Qt.MouseButton.LeftButton)
    assert messages and messages[0].startswith("Fout: ")
    assert session.people.involvements(case) == []
    assert tab.poster.currentData() is None


def test_account_combo_links_the_item_to_an_account(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    account = session.people.add_account(case, Account("LinkedIn", handle="@nepprofiel"))
    item_id = add_item(session, tab, case)
    index = tab.account.findText("LinkedIn: @nepprofiel")
    assert index > 0 and tab.account.currentData() is None
    tab.account.setCurrentIndex(index)
    stored = session.evidence.get(item_id)
    assert stored is not None and stored.account_id == account.id
    tab.load(case, select_item=item_id)
    assert tab.account.currentText() == "LinkedIn: @nepprofiel"


# OCR ------------------------------------------------------------------------------------------
@pytest.mark.skipif(not HAS_TESSERACT, reason="Tesseract with Dutch or English is not installed (scripts/setup)")
def test_ocr_fills_the_transcript_marked_as_machine_read(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case, tab = open_case(session, window)
    item_id = add_item(session, tab, case, text_png("Ik weet waar je werkt"))
    assert tab.ocr_button.isEnabled()
    qtbot.mouseClick(tab.ocr_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "weet" in tab.transcript.toPlainText(), timeout=60_000)
    text = tab.transcript.toPlainText()
    assert text.startswith("[machinaal gelezen — controleer]\n")
    assert not tab.transcript.isReadOnly()
    stored = session.evidence.get(item_id)
    assert stored is not None and stored.transcript == text  # saved, and editable like anything typed
    qtbot.waitUntil(tab.ocr_button.isEnabled)

    # A transcript already typed is kept; the suggestion is added below it.
    tab.transcript.setPlainText("Zelf overgenomen.")
    qtbot.mouseClick(tab.ocr_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "weet" in tab.transcript.toPlainText(), timeout=60_000)
    assert tab.transcript.toPlainText().startswith("Zelf overgenomen.\n\n[machinaal gelezen — controleer]\n")


def test_without_tesseract_the_button_is_off_with_a_hint(
        qtbot: QtBot, session: Session, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    case, tab = open_case(session, window)
    item_id = add_item(session, tab, case, text_png("Ik weet waar je werkt"))
    assert not tab.ocr_button.isEnabled()
    assert "Tesseract" in tab.ocr_button.toolTip()
    assert tab.ocr_hint.isVisible() and "Nederlands en Engels" in tab.ocr_hint.text()
    tab.recognise_text()  # even when called anyway: nothing happens, no error
    assert tab.transcript.toPlainText() == ""
    assert not tab.message.isVisible()
    stored = session.evidence.get(item_id)
    assert stored is not None and stored.transcript == ""


def test_tesseract_is_found_on_the_path() -> None:
    """The setup script installs Tesseract; say so plainly when it is missing here."""
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed")
    engine = ocr.find_engine()
    assert engine is not None and "eng" in engine.languages
