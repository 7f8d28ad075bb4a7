"""Omgangsafspraken: a waiting-room poster (A3 or A4, readable from a few metres) and a flyer (A5) for
an introduction folder. One design for both: a dark band with the title, the agreements as large
numbered lines, and a band with the closing line and the organisation's name. The type is as large
as the text allows: the agreements are set at the largest size at which they all fit."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ogg_desktop.domain.organisation import Organisation
from ogg_desktop.domain.prevention import AgreementsDocument
from ogg_desktop.reports.fonts import BOLD, REGULAR, markup, needs_shaping
from ogg_desktop.reports.prevention import PrintForm
from ogg_desktop.reports.prevention.layout import CREATOR, INK, NAVY, WARM, WHITE, draw_badge, style
from ogg_desktop.reports.prevention.texts import PreventionWords

SOFT = colors.HexColor("#d3def0")  # light text on the dark band
ROW = colors.HexColor("#f3f6fa")


@dataclass(frozen=True)
class Sheet:
    """Sizes in points for one paper size."""

    size: tuple[float, float]
    margin: float
    title: tuple[float, float]  # largest and smallest size
    intro: float
    item: tuple[float, float]
    closing: float
    org: float
    details: bool  # the organisation's address and phone under its name (the flyer)


SHEETS = {
    PrintForm.POSTER_A3: Sheet(A3, 20 * mm, (80, 40), 22, (46, 20), 22, 28, False),
    PrintForm.POSTER_A4: Sheet(A4, 14 * mm, (56, 28), 15.5, (32, 14), 15.5, 20, False),
    PrintForm.FLYER: Sheet(A5, 12 * mm, (22, 16), 10, (12.5, 8.5), 10, 12, True),
}


def _style(name: str, font: str, size: float, colour: colors.Color, leading: float = 1.2) -> ParagraphStyle:
    return style(name, fontName=font, fontSize=size, leading=size * leading, textColor=colour)


def _paragraph(text: str, st: ParagraphStyle) -> Paragraph:
    if needs_shaping(text):
        st = ParagraphStyle(st.name + "_shaped", parent=st, shaping=1)
    return Paragraph(markup(text), st)


def _height(text: str, st: ParagraphStyle, width: float) -> float:
    return float(_paragraph(text, st).wrap(width, 10_000)[1])


def _draw(canvas: Canvas, text: str, st: ParagraphStyle, x: float, top: float, width: float) -> float:
    """Draw ``text`` with its top at ``top``; returns its height."""
    p = _paragraph(text, st)
    _w, h = p.wrap(width, 10_000)
    p.drawOn(canvas, x, top - h)
    return float(h)


def _fitted(text: str, font: str, sizes: tuple[float, float], colour: colors.Color, width: float,
            max_height: float, leading: float = 1.12) -> ParagraphStyle:
    """The largest size (down to the smallest) at which ``text`` fits ``max_height``."""
    size = sizes[0]
    st = _style("fit", font, size, colour, leading)
    while size > sizes[1] and _height(text, st, width) > max_height:
        size -= 1
        st = _style("fit", font, size, colour, leading)
    return st


def draw_sheet(canvas: Canvas, document: AgreementsDocument, organisation: Organisation, sheet: Sheet,
               w: PreventionWords) -> None:
    width, height = sheet.size
    m = sheet.margin
    text_width = width - 2 * m
    org = organisation.name.strip() or w("our_organisation")

    # The top band: title and intro, white on dark.
    title = _fitted(document.title, BOLD, sheet.title, WHITE, text_width, sheet.title[0] * 1.12 * 2.05)
    intro = _style("intro", REGULAR, sheet.intro, SOFT, 1.35)
    band = m * 0.9 + _height(document.title, title, text_width)
    if document.intro.strip():
        band += sheet.intro * 0.8 + _height(document.intro.strip(), intro, text_width)
    band += m * 0.85
    canvas.setFillColor(NAVY)
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    canvas.setFillColor(WARM)
    stripe = max(2.0, sheet.item[0] * 0.18)
    canvas.rect(0, height - band - stripe, width, stripe, stroke=0, fill=1)
    y = height - m * 0.9
    y -= _draw(canvas, document.title, title, m, y, text_width)
    if document.intro.strip():
        y -= sheet.intro * 0.8
        _draw(canvas, document.intro.strip(), intro, m, y, text_width)

    # The bottom band: the closing line and the organisation.
    org_style = _style("org", BOLD, sheet.org, WHITE)
    closing_style = _style("closing", REGULAR, sheet.closing, SOFT, 1.3)
    details = " · ".join(part for part in (", ".join(organisation.address_lines()), organisation.phone,
                                            organisation.email) if part) if sheet.details else ""
    details_style = _style("details", REGULAR, sheet.closing * 0.85, SOFT, 1.3)
    foot = m * 0.8 + _height(org, org_style, text_width) + m * 0.7
    if document.closing.strip():
        foot += _height(document.closing.strip(), closing_style, text_width) + sheet.closing * 0.7
    if details:
        foot += _height(details, details_style, text_width) + sheet.closing * 0.3
    canvas.setFillColor(NAVY)
    canvas.rect(0, 0, width, foot, stroke=0, fill=1)
    y = foot - m * 0.8
    if document.closing.strip():
        y -= _draw(canvas, document.closing.strip(), closing_style, m, y, text_width) + sheet.closing * 0.7
    y -= _draw(canvas, org, org_style, m, y, text_width)
    if details:
        _draw(canvas, details, details_style, m, y - sheet.closing * 0.3, text_width)

    # The agreements, as large as they fit between the bands.
    top, bottom = height - band - stripe - m * 0.9, foot + m * 0.9
    _draw_agreements(canvas, document.agreements, sheet, m, top, bottom, text_width)


def _draw_agreements(canvas: Canvas, items: list[str], sheet: Sheet, x: float, top: float, bottom: float,
                     width: float) -> None:
    if not items:
        return
    available = top - bottom
    size = sheet.item[0]
    while True:
        st = _style("item", REGULAR, size, INK, 1.2)
        badge = size * 1.6
        gap = size * 0.7
        text_width = width - badge - size * 0.8
        heights = [max(badge, _height(text, st, text_width)) for text in items]
        needed = sum(heights) + gap * (len(items) - 1)
        if needed <= available or size <= sheet.item[1]:
            break
        size -= 0.5
    spare = max(0.0, available - needed)
    gap += min(spare / max(1, len(items) - 1) if len(items) > 1 else 0, size * 1.4)
    used = sum(heights) + gap * (len(items) - 1)
    y = top - max(0.0, (available - used) / 2)
    for n, (text, h) in enumerate(zip(items, heights, strict=True), 1):
        if n % 2 == 0:  # a soft band behind every other agreement guides the eye along the line
            canvas.setFillColor(ROW)
            canvas.roundRect(x - size * 0.5, y - h - gap * 0.4, width + size, h + gap * 0.8, size * 0.3, stroke=0,
                             fill=1)
        draw_badge(canvas, x, y - badge, badge, n)
        text_height = _height(text, st, text_width)
        offset = max(0.0, (badge - text_height) / 2)
        _draw(canvas, text, st, x + badge + size * 0.8, y - offset, text_width)
        y -= h + gap


def render(document: AgreementsDocument, organisation: Organisation, w: PreventionWords, out: BinaryIO,
           form: PrintForm, day: date) -> None:
    """One page: the poster (A3/A4) or the flyer (A5). The A4 document form is the A4 poster."""
    sheet = SHEETS.get(form, SHEETS[PrintForm.POSTER_A4])
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=sheet.size, pageCompression=1, initialFontName=REGULAR,
                    lang="nl-NL" if w.language == "nl" else "en-GB")
    canvas.setTitle(document.title)
    canvas.setAuthor(organisation.name.strip() or w("our_organisation"))
    canvas.setCreator(CREATOR)
    canvas.setProducer(CREATOR)
    canvas.setSubject(w("footer", org=organisation.name.strip() or w("our_organisation"), date=w.date(day)))
    draw_sheet(canvas, document, organisation, sheet, w)
    canvas.showPage()
    canvas.save()
    out.write(buffer.getvalue())
