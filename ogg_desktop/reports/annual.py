"""The annual report as a PDF: the period's totals, one bar chart and one table per characteristic,
and how it was counted. It is built from ``AnnualFigures`` only, which hold no true count of a hidden
row and nothing of a single case, so nothing identifying can reach the file (metadata included)."""

from __future__ import annotations

import io
from datetime import datetime
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ogg_desktop.domain.annual import AnnualFigures, Table
from ogg_desktop.domain.organisation import Organisation
from ogg_desktop.reports.annual_texts import AnnualWords
from ogg_desktop.reports.document import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    PageFurniture,
    ReportTemplate,
    grid_table,
    heading,
    para,
    rows_table,
)
from ogg_desktop.reports.fonts import REGULAR, printable
from ogg_desktop.reports.texts import Words

LABEL_WIDTH = 62 * mm  # room for the row labels left of the bars
BAR_ROW = 6.5 * mm


def bar_chart(table: Table, w: AnnualWords) -> Drawing:
    """Horizontal bars, each labelled with its number ("<3" and "×" for hidden rows, which get no
    bar), so nothing is told by length or colour alone."""
    rows = list(reversed(table.rows))  # reportlab draws the first category at the bottom
    height = len(rows) * BAR_ROW + 8 * mm
    drawing = Drawing(FRAME_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH
    chart.y = 6 * mm
    chart.width = FRAME_WIDTH - LABEL_WIDTH - 14 * mm
    chart.height = len(rows) * BAR_ROW
    chart.data = [[row.value or 0 for row in rows]]
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[row.text for row in rows]]
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 3
    chart.categoryAxis.categoryNames = [printable(w.row(table.key, row.key)) for row in rows]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    top = max([row.value or 0 for row in rows] + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.12
    chart.valueAxis.valueStep = max(1, round(top / 5))
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.valueAxis.labelTextFormat = "%d"
    drawing.add(chart)
    return drawing


def _table_section(table: Table, w: AnnualWords) -> list[Flowable]:
    title = w.table(table.key)
    parts: list[Flowable] = [heading(title, 0, f"table-{table.key}")]
    if table.wholly_hidden:
        parts.append(para(w("wholly_hidden"), "note"))
    else:
        parts.append(bar_chart(table, w))
        parts.append(Spacer(1, 2 * mm))
    rows = [[w.row(table.key, row.key), row.text] for row in table.rows]
    parts.append(grid_table([w("row"), w("count")], rows, [FRAME_WIDTH - 40 * mm, 40 * mm]))
    parts.append(para(w("partition_note" if table.partition else "multiple_note"), "small"))
    if any(row.hidden for row in table.rows):
        parts.append(para(w("legend"), "small"))
    return [KeepTogether(parts)]


def story(figures: AnnualFigures, organisation: Organisation, language: str, generated_at: datetime) -> list[Flowable]:
    w = AnnualWords(language)
    period = w.period(figures.period)
    parts: list[Flowable] = [
        para(w("title"), "title"),
        para(w("subtitle", period=period), "subtitle"),
        rows_table([(w("organisation"), organisation.name or Words(language)("not_filled")),
                    (w("period"), period), (w("made_on"), w.date(generated_at.date()))]),
        Spacer(1, 4 * mm),
        para(w("intro")),
        rows_table([(w("total"), figures.total.text)]),
    ]
    if figures.too_few:
        parts.append(para(w("too_few"), "note"))
    for table in figures.tables:
        parts += _table_section(table, w)
    parts += [KeepTogether([heading(w("method_title"), 0, "method"), para(w("method"))]),
              KeepTogether([heading(w("rule_title"), 1, "rule"), para(w("rule"))])]
    return parts


def render_annual(figures: AnnualFigures, organisation: Organisation, language: str, generated_at: datetime,
                  version: str, target: BinaryIO, *, deterministic: bool = False) -> None:
    """Write the annual report's PDF to ``target``."""
    w = AnnualWords(language)
    words = Words(language)
    period = w.period(figures.period)
    furniture = PageFurniture(marking=w("marking"), confidential=words("confidential"),
                              reference=w("header", period=period),
                              generated=words("generated", when=words.datetime(generated_at), version=version),
                              page_of=words("page_of"))
    buffer = io.BytesIO()
    creator = f"OGG Desktop {version}"
    template = ReportTemplate(buffer, furniture, title=f"{w('title')} — {period}", subject=w("header", period=period),
                              language=language, deterministic=deterministic, creator=creator)
    template._doSave = 0
    template.build(story(figures, organisation, language, generated_at))
    canvas = template.canv
    template.finish(canvas)
    canvas.showOutline()
    canvas.save()
    target.write(buffer.getvalue())
