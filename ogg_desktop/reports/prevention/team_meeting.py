"""Teamoverleg: one page to put on the agenda, with the questions to discuss and room for notes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from ogg_desktop.domain.organisation import Organisation
from ogg_desktop.domain.prevention import TeamMeetingDocument
from ogg_desktop.reports.prevention.layout import (
    FRAME_WIDTH,
    NAVY,
    PALE,
    RULE,
    NumberBadge,
    WriteLines,
    page_count,
    para,
    table_style,
)
from ogg_desktop.reports.prevention.texts import PreventionWords


def _fields(w: PreventionWords) -> Table:
    """Team, date and chair, to fill in by hand."""
    labels = [w("team"), w("date"), w("chair")]
    cells = [[para(label.upper(), "label"), WriteLines(1, 6 * mm)] for label in labels]
    table = Table([cells], colWidths=[FRAME_WIDTH / 3] * 3, hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _question(number: int, text: str, note_lines: int) -> Flowable:
    body: list[Flowable] = [para(text, "cell_bold")]
    if note_lines:
        body += [Spacer(1, 2), WriteLines(note_lines, 7 * mm)]
    table = Table([[NumberBadge(number, 7.5 * mm, NAVY), body]], colWidths=[11 * mm, FRAME_WIDTH - 11 * mm],
                  hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    return KeepTogether([table])


def _closing(text: str, lines: int) -> Flowable:
    box = Table([[[para(text, "cell_bold"), Spacer(1, 3), WriteLines(lines, 7 * mm)]]], colWidths=[FRAME_WIDTH])
    box.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return KeepTogether([box])


def story(document: TeamMeetingDocument, organisation: Organisation, w: PreventionWords) -> list[Flowable]:
    """As many lines for notes as still fit on one page (fewer with more or longer questions)."""
    for note_lines in (3, 2, 1):
        if page_count(_story(document, organisation, w, note_lines)) == 1:
            return _story(document, organisation, w, note_lines)
    return _story(document, organisation, w, 0)


def _story(document: TeamMeetingDocument, organisation: Organisation, w: PreventionWords,
           note_lines: int) -> list[Flowable]:
    org = organisation.name.strip() or w("our_organisation")
    flow: list[Flowable] = [para(org.upper(), "kicker"), para(document.title, "title"), _fields(w)]
    if document.intro.strip():
        flow.append(para(document.intro.strip(), "intro"))
    flow.append(para(w("questions"), "h1"))
    flow += [_question(n, q, note_lines) for n, q in enumerate(document.questions, 1)]
    if document.closing.strip():
        flow += [Spacer(1, 10), _closing(document.closing.strip(), max(2, note_lines + 1))]
    return flow
