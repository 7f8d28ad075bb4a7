"""The page layout every report shares, and the small building blocks its sections use.

A4 portrait, calm type (DejaVu Sans 9.5 pt on 13.5 pt), a header with the confidentiality marking
and the case reference, a footer with "page x of y", the generation time and the app version, and
a bookmark for every heading. "Of y" is a form drawn once at the end, so the document is laid out
in a single pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ogg_desktop.reports.errors import ReportCancelledError as ReportCancelledError  # callers catch it here too
from ogg_desktop.reports.fonts import BOLD, ITALIC, MONO, REGULAR, markup, needs_shaping, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#c9ced6")
SHADE = colors.HexColor("#f1f3f6")
ACCENT = colors.HexColor("#213a5c")
TOTAL_PAGES_FORM = "ogg_total_pages"


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": REGULAR, "fontSize": 9.5, "leading": 13.5, "textColor": INK,
                            "alignment": TA_LEFT, "spaceAfter": 0}
    base.update(kw)
    return ParagraphStyle(name, **base)


register_fonts()
STYLES: dict[str, ParagraphStyle] = {
    "body": _style("body", spaceAfter=5),
    "small": _style("small", fontSize=8, leading=11, textColor=MUTED),
    "label": _style("label", fontSize=8.5, leading=12, textColor=MUTED),
    "cell": _style("cell", fontSize=8.5, leading=11.5),
    "cell_bold": _style("cell_bold", fontName=BOLD, fontSize=8.5, leading=11.5),
    "mono": _style("mono", fontName=MONO, fontSize=8, leading=11),
    "quote": _style("quote", fontSize=10, leading=14.5, leftIndent=10, borderPadding=(6, 8, 6, 8),
                    backColor=SHADE, spaceBefore=4, spaceAfter=8),
    "note": _style("note", fontName=ITALIC, fontSize=8.5, leading=12, textColor=MUTED, spaceAfter=6),
    "title": _style("title", fontName=BOLD, fontSize=22, leading=27, textColor=ACCENT, spaceAfter=4),
    "subtitle": _style("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=14),
    "h1": _style("h1", fontName=BOLD, fontSize=14, leading=18, textColor=ACCENT, spaceBefore=14, spaceAfter=7),
    "h2": _style("h2", fontName=BOLD, fontSize=11, leading=15, textColor=INK, spaceBefore=10, spaceAfter=5),
}


def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "_shaped", parent=style, shaping=1)


SHAPED = {name: _shaped(style) for name, style in STYLES.items()}


def para(text: str, style: str = "body", *, raw: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped, unprintable characters named); ``raw`` for our own markup."""
    body = text if raw else markup(text, MONO if style == "mono" else REGULAR)
    chosen = SHAPED[style] if needs_shaping(text) else STYLES[style]
    return Paragraph(body, chosen)


HEADING_LIMIT = 160  # characters: a heading is a title, not a paragraph


def heading(text: str, level: int, key: str) -> Paragraph:
    """A heading that also becomes a bookmark in the outline."""
    shown = text if len(text) <= HEADING_LIMIT else text[:HEADING_LIMIT].rstrip() + "…"
    style = "h1" if level == 0 else "h2"
    paragraph = Paragraph(markup(shown), SHAPED[style] if needs_shaping(shown) else STYLES[style])
    paragraph.outline_title, paragraph.outline_level, paragraph.outline_key = shown, level, key
    return paragraph


def rows_table(rows: Sequence[tuple[str, str]], *, label_width: float = 48 * mm,
               mono_keys: Sequence[str] = ()) -> Table:
    """Label / value pairs, the label muted on the left."""
    data = [[para(label, "label"), para(value, "mono" if label in mono_keys else "cell")] for label, value in rows]
    table = Table(data, colWidths=[label_width, FRAME_WIDTH - label_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
    ]))
    return table


def grid_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               *, mono_columns: Sequence[int] = ()) -> Table:
    """A table with a shaded header row that repeats on every page."""
    def cell(text: str, column: int) -> Paragraph:
        return para(text, "mono" if column in mono_columns else "cell")

    data: list[list[Paragraph]] = [[para(h, "cell_bold") for h in header]]
    data += [[cell(value, column) for column, value in enumerate(row)] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def signature_block(labels: Sequence[str], place_date: str, signature: str) -> KeepTogether:
    """Lines to sign on, side by side when there are two."""
    columns = []
    for label in labels:
        columns.append([para(label, "cell_bold"), Spacer(1, 6 * mm), para(place_date, "label"),
                        Spacer(1, 9 * mm), Line(), para(signature, "label"), Spacer(1, 14 * mm), Line()])
    width = FRAME_WIDTH / len(labels)
    table = Table([columns], colWidths=[width] * len(labels), hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 12)]))
    return KeepTogether([Spacer(1, 6 * mm), table])


class Line(Flowable):  # type: ignore[misc]
    """A line to write on."""

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self.width = min(avail_width, 75 * mm)
        return self.width, 2

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 1, self.width, 1)


class Checkpoint(Flowable):  # type: ignore[misc]
    """Zero-size: reports progress when the layout reaches it, and stops the build on cancel."""

    def __init__(self, done: int, total: int, progress: Callable[[int, int], bool]) -> None:
        super().__init__()
        self.done, self.total, self.progress = done, total, progress
        self.width = self.height = 0

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if not self.progress(self.done, self.total):
            raise ReportCancelledError


@dataclass(frozen=True)
class PageFurniture:
    """What every page carries."""

    marking: str  # "Vertrouwelijk — bestemd voor de politie"
    confidential: str  # "VERTROUWELIJK"
    reference: str  # the case reference
    generated: str  # "Gemaakt op … met OGG Desktop 0.1.0"
    page_of: str  # "Pagina {page} van "


class ReportTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, target: BinaryIO, furniture: PageFurniture, *, title: str, subject: str,
                 language: str, deterministic: bool, creator: str) -> None:
        super().__init__(target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, title=title, subject=subject, author=creator,
                         creator=creator, producer=creator, lang="nl-NL" if language == "nl" else "en-GB",
                         invariant=1 if deterministic else 0, pageCompression=1)
        self.furniture = furniture
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furnish)])

    def _furnish(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        f = self.furniture
        canvas.saveState()
        top = PAGE_HEIGHT - 14 * mm
        canvas.setFillColor(colors.HexColor("#8a1c1c"))
        canvas.setFont(BOLD, 8)
        canvas.drawString(MARGIN_X, top, f.confidential)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(MARGIN_X + canvas.stringWidth(f.confidential, BOLD, 8) + 6, top, "· " + f.marking)
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(INK)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, f.reference)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 3.5 * mm, PAGE_WIDTH - MARGIN_X, top - 3.5 * mm)
        bottom = 12 * mm
        canvas.line(MARGIN_X, bottom + 4.5 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4.5 * mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, bottom, f.generated)
        reserve = canvas.stringWidth("000", REGULAR, 7.5)
        right = PAGE_WIDTH - MARGIN_X - reserve
        canvas.drawRightString(right, bottom, f.page_of.format(page=canvas.getPageNumber()))
        canvas.translate(right, bottom)
        canvas.doForm(TOTAL_PAGES_FORM)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if hasattr(flowable, "outline_key"):
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(flowable.outline_title, flowable.outline_key, flowable.outline_level)

    def finish(self, canvas: Canvas) -> None:
        """Define the "of y" form once the last page is known."""
        canvas.beginForm(TOTAL_PAGES_FORM)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(0, 0, str(canvas.getPageNumber() - 1))
        canvas.endForm()

