"""The annual figures as CSV for the risk inventory (RI&E): what Dutch Excel opens as it is.

UTF-8 with a byte-order mark (so Excel reads "é" right), semicolons between fields (Excel with Dutch
settings), one row per table row, the period in every row so several years can be pasted together.
Hidden counts are "<3" or "×", exactly as in the PDF; nothing else of the vault is in it."""

from __future__ import annotations

import csv
import io

from ogg_desktop.domain.annual import AnnualFigures
from ogg_desktop.reports.annual_texts import AnnualWords


def render_csv(figures: AnnualFigures, language: str = "nl") -> bytes:
    w = AnnualWords(language)
    start, end = f"{figures.period.start:%Y-%m}", f"{figures.period.end:%Y-%m}"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([w("csv_from"), w("csv_to"), w("csv_table"), w("row"), w("count")])
    writer.writerow([start, end, w("csv_total_row"), w("total"), figures.total.text])
    for table in figures.tables:
        for row in table.rows:
            writer.writerow([start, end, w.table(table.key), w.row(table.key, row.key), row.text])
    return buffer.getvalue().encode("utf-8-sig")
