"""Zelf googelen: a checklist to go through with an employee, with boxes to tick on paper."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from ogg_desktop.domain.organisation import Organisation
from ogg_desktop.domain.prevention import MAX_SEARCH_COLUMNS, SelfSearchDocument
from ogg_desktop.reports.prevention.layout import (
    FRAME_WIDTH,
    NAVY,
    PALE,
    RULE,
    WHITE,
    TickBox,
    WriteLines,
    para,
    style,
    table_style,
)
from ogg_desktop.reports.prevention.texts import PreventionWords

_TITLE = style("search_title", fontName="OGG-Sans-Bold", fontSize=19, leading=23, textColor=NAVY, spaceAfter=8)
_H1 = style("search_h1", fontName="OGG-Sans-Bold", fontSize=13, leading=17, textColor=NAVY, spaceBefore=8,
            spaceAfter=5)
_HEAD = style("search_head", fontName="OGG-Sans-Bold", fontSize=7.5, leading=9.5, textColor=WHITE, alignment=1)


def _fields(w: PreventionWords) -> Table:
    labels = [w("employee"), w("date"), w("together_with")]
    cells = [[para(label.upper(), "label"), WriteLines(1, 6 * mm)] for label in labels]
    table = Table([cells], colWidths=[FRAME_WIDTH / 3] * 3, hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _search_table(document: SelfSearchDocument, w: PreventionWords) -> Table:
    """Platforms down, what was searched and found across: a box in every cell."""
    columns = [w("searched"), *document.visible[:MAX_SEARCH_COLUMNS]]
    first = 50 * mm
    each = (FRAME_WIDTH - first) / len(columns)
    header = [para(w("platform"), _HEAD), *[para(c, _HEAD) for c in columns]]
    rows = [[para(p, "cell_bold"), *[TickBox() for _ in columns]] for p in document.platforms]
    rows.append([[para(w("other_platform"), "cell_bold"), WriteLines(1, 5 * mm)], *[TickBox() for _ in columns]])
    table = Table([header, *rows], colWidths=[first] + [each] * len(columns), hAlign="LEFT", repeatRows=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, PALE]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return table


def _ticks(items: list[str]) -> Table:
    rows = [[TickBox(), para(item, "cell")] for item in items]
    table = Table(rows, colWidths=[9 * mm, FRAME_WIDTH - 9 * mm], hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    return table


def story(document: SelfSearchDocument, organisation: Organisation, w: PreventionWords) -> list[Flowable]:
    org = organisation.name.strip() or w("our_organisation")
    flow: list[Flowable] = [para(org.upper(), "kicker"), para(document.title, _TITLE), _fields(w), Spacer(1, 4)]
    if document.intro.strip():
        flow.append(para(document.intro.strip(), "body"))
    if document.platforms:
        flow.append(KeepTogether([para(w("search_heading"), _H1), para(w("search_hint"), "small"), Spacer(1, 5),
                                  _search_table(document, w)]))
    if document.privacy:
        flow.append(KeepTogether([para(w("privacy_heading"), _H1), _ticks(document.privacy)]))
    if document.risks:
        flow.append(KeepTogether([para(w("risks_heading"), _H1), _ticks(document.risks)]))
    closing: list[Flowable] = []
    if document.closing.strip():
        closing.append(para(document.closing.strip(), "cell_bold"))
    closing += [Spacer(1, 4), Table([[para(w("next_time").upper(), "label"), WriteLines(1, 6 * mm)]],
                                    colWidths=[30 * mm, 60 * mm], hAlign="LEFT",
                                    style=table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                       ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))]
    box = Table([[closing]], colWidths=[FRAME_WIDTH])
    box.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    flow += [Spacer(1, 8), KeepTogether([box])]
    return flow
