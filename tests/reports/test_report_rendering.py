"""What the pages look like: page 1 and an item page of a fixed report against reference images
(rendered with poppler), and names in Arabic and Polish drawn as letters rather than empty boxes.

The references live in tests/reports/reference/. To make them again after an intended change of
the layout, run these tests with OGG_UPDATE_REFERENCE=1 and look at the new images before
committing them; without it, a missing reference fails the test.
"""

from __future__ import annotations

import io
import os
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate

from ogg_desktop.reports.document import para
from ogg_desktop.reports.fonts import BOLD, REGULAR, covers, printable
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.reports.texts import Words
from tests.reports.conftest import ARABIC_NAME, GENERATED_AT, POLISH_NAME, ReportCase
from tests.reports.pdfutil import flat, page_texts, poppler_text, text_of, tool

REFERENCE = Path(__file__).resolve().parent / "reference"
UPDATE = os.environ.get("OGG_UPDATE_REFERENCE") == "1"
DPI = 40
MAX_MEAN_DIFFERENCE = 2.0  # of 255, over all pixels and channels
MAX_SHARE_FAR_OFF = 0.01  # of the pixels, differing by more than 64 in some channel
FIXED_VERSION = "0.0.0-referentie"  # the references do not change with every release
W = Words("nl")


def render_page(pdf: Path, page: int, dpi: int, stem: Path) -> Image.Image:
    """Page ``page`` (1-based) as poppler draws it."""
    subprocess.run([tool("pdftoppm"), "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True, capture_output=True)
    with Image.open(stem.with_suffix(".png")) as im:
        return im.convert("RGB")


def difference(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    """(mean absolute difference of 255, share of pixels off by more than 64 in some channel)."""
    diff = ImageChops.difference(a, b)
    mean = sum(ImageStat.Stat(diff).mean) / 3
    red, green, blue = diff.split()
    worst = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    far_off = sum(worst.histogram()[65:])
    return mean, far_off / (a.width * a.height)


def reference_report(report_case: ReportCase, tmp_path: Path) -> Path:
    s = report_case.session
    data = s.reports.prepare(report_case.case, ReportKind.POLICE, ReportOptions(deterministic=True),
                             generated_at=GENERATED_AT)
    data.app_version = FIXED_VERSION
    path = tmp_path / "politie.pdf"
    s.reports.render_to(data, path)
    return path


def _item_page(path: Path) -> int:
    heading = W("item_heading", n=1, title="Dreigende reactie")
    pages = [n for n, text in enumerate(page_texts(path), 1) if heading in flat(text)]
    assert pages, "no page with the first item"
    return pages[0]


@pytest.mark.parametrize("which", ["page-1", "item-1"])
def test_pages_match_the_reference_images(report_case: ReportCase, tmp_path: Path, which: str) -> None:
    path = reference_report(report_case, tmp_path)
    page = 1 if which == "page-1" else _item_page(path)
    actual = render_page(path, page, DPI, tmp_path / which)
    reference = REFERENCE / f"police-{which}.png"
    if UPDATE:
        REFERENCE.mkdir(exist_ok=True)
        actual.save(reference, optimize=True)
    if not reference.exists():
        pytest.fail(f"{reference} is missing: run with OGG_UPDATE_REFERENCE=1 to make it, and look at it")
    with Image.open(reference) as im:
        expected = im.convert("RGB")
    assert actual.size == expected.size
    mean, far_off = difference(actual, expected)
    kept = tmp_path / f"actual-{which}.png"
    actual.save(kept)
    assert mean < MAX_MEAN_DIFFERENCE, f"mean difference {mean:.2f}; see {kept}"
    assert far_off < MAX_SHARE_FAR_OFF, f"{far_off:.2%} of the pixels differ by more than 64; see {kept}"


def test_the_comparison_notices_a_changed_page(report_case: ReportCase, tmp_path: Path) -> None:
    """The tolerance is not so loose that a different page passes: page 2 against page 1."""
    path = reference_report(report_case, tmp_path)
    first = render_page(path, 1, DPI, tmp_path / "een")
    second = render_page(path, 2, DPI, tmp_path / "twee")
    mean, far_off = difference(first, second)
    assert mean >= MAX_MEAN_DIFFERENCE or far_off >= MAX_SHARE_FAR_OFF


# Arabic and Polish -------------------------------------------------------------------------------------

def one_paragraph(text: str, style: str, target: Path, *, raw: bool = False) -> Path:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1).build([para(text, style, raw=raw)])
    target.write_bytes(buf.getvalue())
    return target


def ink(im: Image.Image) -> Image.Image:
    """A mask of the pixels that are not (nearly) white."""
    return im.convert("L").point(lambda v: 255 if v < 200 else 0)


def count(mask: Image.Image) -> int:
    return sum(mask.histogram()[1:])


@pytest.mark.parametrize("name", [ARABIC_NAME, POLISH_NAME], ids=["arabic", "polish"])
def test_the_fonts_have_a_glyph_for_every_letter(name: str) -> None:
    assert covers(name, REGULAR)
    assert covers(name, BOLD)
    assert printable(name) == name


@pytest.mark.parametrize("style", ["title", "cell"])
@pytest.mark.parametrize("name", [ARABIC_NAME, POLISH_NAME], ids=["arabic", "polish"])
def test_names_render_as_letters_not_boxes(tmp_path: Path, name: str, style: str) -> None:
    dpi = 100 if style == "title" else 200
    drawn = render_page(one_paragraph(name, style, tmp_path / "naam.pdf"), 1, dpi, tmp_path / "naam")
    # The same number of characters the font lacks: what a name without glyphs would look like.
    boxes = " ".join("\uffff" * len(word) for word in name.split(" "))
    missing = render_page(one_paragraph(boxes, style, tmp_path / "dozen.pdf", raw=True), 1, dpi, tmp_path / "dozen")
    name_ink, box_ink = ink(drawn), ink(missing)
    assert count(name_ink) > 100, "nothing was drawn"
    assert count(box_ink) > 100, "the boxes were not drawn either: the comparison means nothing"
    differing = count(ImageChops.difference(name_ink, box_ink))
    union = count(ImageChops.lighter(name_ink, box_ink))
    assert differing / union > 0.4, f"the name looks like empty boxes ({differing / union:.0%} differs)"


def test_polish_name_is_in_the_extracted_text(report_case: ReportCase, tmp_path: Path) -> None:
    s = report_case.session
    data = s.reports.prepare(report_case.case, ReportKind.POLICE,
                             ReportOptions(deterministic=True, use_pseudonym=False), generated_at=GENERATED_AT)
    path = tmp_path / "politie.pdf"
    s.reports.render_to(data, path)
    assert POLISH_NAME in text_of(path)
    assert POLISH_NAME in poppler_text(path)
    small = one_paragraph(POLISH_NAME, "body", tmp_path / "naam.pdf")
    assert POLISH_NAME in flat(PdfReader(small).pages[0].extract_text())


def test_arabic_name_is_in_the_extracted_text_word_by_word(report_case: ReportCase, tmp_path: Path) -> None:
    """Shaped Arabic comes out as presentation forms, in visual order; normalised, each word is there."""
    s = report_case.session
    data = s.reports.prepare(report_case.case, ReportKind.POLICE, ReportOptions(deterministic=True),
                             generated_at=GENERATED_AT)
    path = tmp_path / "politie.pdf"
    s.reports.render_to(data, path)
    for text in (text_of(path), poppler_text(path)):
        normal = unicodedata.normalize("NFKC", text)
        for word in ARABIC_NAME.split():
            assert word in normal
