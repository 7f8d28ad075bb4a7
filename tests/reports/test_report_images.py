"""Evidence pictures in the PDF: every original pixel, never enlarged, and a long capture split
across pages at full width instead of shrunk to fit one page."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from ogg_desktop.domain.case import Case, Employee
from ogg_desktop.domain.evidence import CaptureMethod, EvidenceItem
from ogg_desktop.reports.document import FRAME_HEIGHT, FRAME_WIDTH
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes
from tests.reports.conftest import ReportCase, tall_png
from tests.reports.pdfutil import (
    decoded_xobject,
    embedded_images,
    encoded,
    image_draws,
    image_xobjects,
    make_report,
    same_pixels,
    tool,
)

PT_PER_PX = 0.75  # 96 dpi: the largest a picture is ever drawn


def pixels(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        return im.copy()


def employee_copy(session: Session, case: Case, target: Path) -> Path:
    data = session.reports.prepare(case, ReportKind.EMPLOYEE, ReportOptions(deterministic=True))
    session.reports.render_to(data, target)
    return target


def one_item_case(session: Session, data: bytes, title: str = "Schermafdruk") -> tuple[Case, EvidenceItem]:
    case = session.cases.create("Eén afbeelding", Employee(pseudonym="Medewerker B"))
    item = session.evidence.import_bytes(case, data, method=CaptureMethod.IMPORTED_FILE, title=title)
    return case, item


def test_images_are_embedded_losslessly(report_case: ReportCase, tmp_path: Path) -> None:
    path = make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf")
    embedded = list(embedded_images(path).values())
    assert len(embedded) == len(report_case.items)
    for item in report_case.items:
        assert item.id is not None
        original = pixels(report_case.originals[item.id])
        matches = [im for im in embedded if same_pixels(im, original)]
        assert len(matches) == 1, f"item {item.title}: no embedded image with exactly its pixels"


def test_pdfimages_extracts_the_same_pixels(report_case: ReportCase, tmp_path: Path) -> None:
    path = make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf")
    out = tmp_path / "uit"
    out.mkdir()
    subprocess.run([tool("pdfimages"), "-png", str(path), str(out / "img")], check=True, capture_output=True)
    extracted = [pixels(p.read_bytes()) for p in sorted(out.glob("img-*.png"))]
    assert len(extracted) == len(report_case.items)
    for item in report_case.items:
        assert item.id is not None
        original = pixels(report_case.originals[item.id])
        assert any(same_pixels(im, original) for im in extracted), item.title


def test_png_goes_in_without_recompression(report_case: ReportCase, tmp_path: Path) -> None:
    """Lossless and compact: the PNG's own deflate stream, not a JPEG and not re-encoded pixels."""
    path = make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf")
    streams = list(image_xobjects(path).values())
    assert len(streams) == len(report_case.items)
    for obj in streams:
        assert obj["/Filter"] == "/FlateDecode"
        assert obj["/BitsPerComponent"] == 8
    total = sum(len(encoded(obj)) for obj in streams)
    assert total <= sum(len(b) for b in report_case.originals.values())


def test_jpeg_goes_in_as_its_own_bytes(session: Session, tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (320, 200), "#2980b9").save(buf, format="JPEG", quality=85)
    jpeg = buf.getvalue()
    case, _ = one_item_case(session, jpeg)
    path = employee_copy(session, case, tmp_path / "medewerker.pdf")
    (obj,) = image_xobjects(path).values()
    assert obj["/Filter"] == "/DCTDecode"
    assert encoded(obj) == jpeg
    assert same_pixels(decoded_xobject(obj), pixels(jpeg))


def test_transparent_png_is_flattened_onto_white_without_loss(session: Session, tmp_path: Path) -> None:
    rgba = Image.new("RGBA", (120, 80), (200, 30, 30, 255))
    rgba.paste((0, 0, 0, 0), (0, 0, 60, 80))  # left half transparent
    buf = io.BytesIO()
    rgba.save(buf, format="PNG")
    case, _ = one_item_case(session, buf.getvalue())
    path = employee_copy(session, case, tmp_path / "medewerker.pdf")
    (image,) = embedded_images(path).values()
    expected = Image.new("RGB", rgba.size, "white")
    expected.paste(rgba, mask=rgba.getchannel("A"))
    assert same_pixels(image, expected)


def test_small_images_are_never_enlarged(session: Session, tmp_path: Path) -> None:
    case, _ = one_item_case(session, png_bytes(64, 48))
    path = employee_copy(session, case, tmp_path / "medewerker.pdf")
    (draw,) = image_draws(path)
    assert draw.width == pytest.approx(64 * PT_PER_PX, abs=0.01)
    assert draw.height == pytest.approx(48 * PT_PER_PX, abs=0.01)


def test_fixture_images_keep_their_aspect_and_at_most_96_dpi(report_case: ReportCase, tmp_path: Path) -> None:
    path = make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf")
    draws = image_draws(path)
    sizes = {(i.width, i.height) for i in report_case.items}
    assert len(draws) == len(report_case.items)
    for draw in draws:
        size = next(s for s in sizes if s[0] is not None and s[1] is not None
                    and abs(draw.height / draw.width - s[1] / s[0]) < 0.002)
        assert size[0] is not None
        assert draw.width <= size[0] * PT_PER_PX + 0.01
        assert draw.width <= FRAME_WIDTH + 0.01


@pytest.mark.parametrize(("width", "height"), [(800, 6000), (1200, 3000)])
def test_a_tall_capture_is_split_across_pages_not_shrunk(session: Session, tmp_path: Path, width: int,
                                                         height: int) -> None:
    case, item = one_item_case(session, tall_png(width, height), "Lange draad")
    path = employee_copy(session, case, tmp_path / "medewerker.pdf")
    draws = image_draws(path)
    assert len({d.xobject for d in draws}) == 1  # one image, stored once
    pages = sorted({d.page for d in draws})
    assert len(pages) > 1, "the capture was not split across pages"
    assert pages == list(range(pages[0], pages[-1] + 1))  # on consecutive pages
    scale = min(FRAME_WIDTH / width, PT_PER_PX)
    for d in draws:  # each page draws the whole picture at the page's width, clipped to its slice
        assert d.width == pytest.approx(width * scale, abs=0.01)
        assert d.height == pytest.approx(height * scale, abs=0.01)
    assert height * scale > FRAME_HEIGHT
    # The visible slices follow on from each other and together show the whole picture.
    covered = 0.0
    for d in sorted(draws, key=lambda d: d.page):
        assert d.clip is not None
        top_of_image = d.matrix[5] + d.height
        start, end = top_of_image - d.clip[1], top_of_image - d.clip[0]
        assert start == pytest.approx(covered, abs=0.5), "a gap or an overlap between slices"
        covered = end
    assert covered == pytest.approx(height * scale, abs=0.5)
    assert item.id is not None
    (embedded,) = embedded_images(path).values()
    assert same_pixels(embedded, pixels(session.evidence.original_bytes(item.id)))
