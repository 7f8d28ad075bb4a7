"""What the prevention PDFs share: colours, type, tick boxes, lines to write on, and the A4 page with
the organisation's name in its header and footer."""

from __future__ import annotations

import io
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, TableStyle

from ogg_desktop import __version__
from ogg_desktop.reports.fonts import BOLD, REGULAR, markup, needs_shaping, register_fonts

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#c9ced6")
NAVY = colors.HexColor("#1f3a5f")
PALE = colors.HexColor("#eaf0f7")
WARM = colors.HexColor("#e4782c")  # the accent of the poster and the step numbers
WHITE = colors.white

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
CREATOR = f"OGG Desktop {__version__}"

register_fonts()


def style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": REGULAR, "fontSize": 10, "leading": 14, "textColor": INK,
                            "alignment": TA_LEFT, "spaceAfter": 0}
    base.update(kw)
    return ParagraphStyle(name, **base)


STYLES: dict[str, ParagraphStyle] = {
    "body": style("body", spaceAfter=6),
    "small": style("small", fontSize=8.5, leading=11.5, textColor=MUTED),
    "cell": style("cell", fontSize=9.5, leading=12.5),
    "cell_bold": style("cell_bold", fontName=BOLD, fontSize=9.5, leading=12.5),
    "head": style("head", fontName=BOLD, fontSize=8.5, leading=11, textColor=WHITE),
    "kicker": style("kicker", fontName=BOLD, fontSize=10, leading=13, textColor=WARM, spaceAfter=3),
    "title": style("title", fontName=BOLD, fontSize=22, leading=27, textColor=NAVY, spaceAfter=8),
    "intro": style("intro", fontSize=11, leading=16, spaceAfter=10),
    "h1": style("h1", fontName=BOLD, fontSize=13.5, leading=18, textColor=NAVY, spaceBefore=12, spaceAfter=6),
    "step_title": style("step_title", fontName=BOLD, fontSize=12, leading=15, textColor=NAVY),
    "label": style("label", fontName=BOLD, fontSize=8, leading=11, textColor=MUTED),
}


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle in the app's font (reportlab sets Helvetica for every cell otherwise)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def para(text: str, st: str | ParagraphStyle = "body") -> Paragraph:
    """Plain text (escaped, unprintable characters named), shaped with HarfBuzz where the script needs it."""
    chosen = STYLES[st] if isinstance(st, str) else st
    if needs_shaping(text):
        chosen = ParagraphStyle(chosen.name + "_shaped", parent=chosen, shaping=1)
    return Paragraph(markup(text), chosen)


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick with a pen."""

    def __init__(self, size: float = 4.2 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(NAVY)
        self.canv.setLineWidth(1.1)
        self.canv.roundRect(0, 0, self.size, self.size, 0.8, stroke=1, fill=0)


class WriteLines(Flowable):  # type: ignore[misc]
    """``count`` dotted lines to write on, across the available width."""

    def __init__(self, count: int, gap: float = 8 * mm) -> None:
        super().__init__()
        self.count, self.gap = count, gap

    def wrap(self, avail_width: float, _h: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.setDash(1, 2)
        for n in range(self.count):
            y = n * self.gap + 1
            self.canv.line(0, y, self.width, y)


class NumberBadge(Flowable):  # type: ignore[misc]
    """A filled circle with a number in it."""

    def __init__(self, number: int, diameter: float, fill: colors.Color = WARM, ink: colors.Color = WHITE) -> None:
        super().__init__()
        self.number, self.diameter, self.fill, self.ink = number, diameter, fill, ink
        self.width = self.height = diameter

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return self.diameter, self.diameter

    def draw(self) -> None:
        draw_badge(self.canv, 0, 0, self.diameter, self.number, self.fill, self.ink)


def draw_badge(canvas: Canvas, x: float, y: float, diameter: float, number: int,
               fill: colors.Color = WARM, ink: colors.Color = WHITE) -> None:
    """A circle of ``diameter`` with its lower left corner at (x, y), the number centred in it."""
    radius = diameter / 2
    canvas.saveState()
    canvas.setFillColor(fill)
    canvas.circle(x + radius, y + radius, radius, stroke=0, fill=1)
    size = diameter * 0.52
    canvas.setFillColor(ink)
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(x + radius, y + radius - size * 0.36, str(number))
    canvas.restoreState()


class PreventionTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait; a warm rule and the organisation's name at the top, the date and page at the bottom."""

    def __init__(self, target: BinaryIO, *, title: str, header: str, footer: str, page_label: str,
                 language: str) -> None:
        super().__init__(target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                         bottomMargin=MARGIN_BOTTOM, title=title, author=header, creator=CREATOR,
                         producer=CREATOR, lang="nl-NL" if language == "nl" else "en-GB", pageCompression=1,
                         initialFontName=REGULAR)
        self.header, self.footer, self.page_label = header, footer, page_label
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furnish)])

    def _furnish(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, PAGE_HEIGHT - 6 * mm, PAGE_WIDTH, 6 * mm, stroke=0, fill=1)
        canvas.setFillColor(WARM)
        canvas.rect(0, PAGE_HEIGHT - 7.2 * mm, PAGE_WIDTH, 1.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(NAVY)
        canvas.setFont(BOLD, 8.5)
        canvas.drawString(MARGIN_X, PAGE_HEIGHT - 13.5 * mm, self.header)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        bottom = 11 * mm
        canvas.line(MARGIN_X, bottom + 4.5 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4.5 * mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, bottom, self.footer)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, self.page_label.format(page=canvas.getPageNumber()))
        canvas.restoreState()


def build_a4(out: BinaryIO, story: list[Flowable], *, title: str, header: str, footer: str, page_label: str,
             language: str) -> None:
    """Lay out ``story`` on A4 pages and write the PDF to ``out``."""
    buffer = io.BytesIO()
    PreventionTemplate(buffer, title=title, header=header, footer=footer, page_label=page_label,
                       language=language).build(story)
    out.write(buffer.getvalue())


def page_count(story: list[Flowable]) -> int:
    """How many A4 pages ``story`` takes (laid out into a throwaway buffer; ``story`` is used up)."""
    template = PreventionTemplate(io.BytesIO(), title="", header="", footer="", page_label="{page}", language="nl")
    template.build(story)
    return int(template.page)
