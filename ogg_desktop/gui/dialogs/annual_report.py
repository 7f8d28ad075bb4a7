"""The anonymised annual report: choose a period, see the tables and bar charts, and write the PDF, the
CSV for the risk inventory or the processing-register entry."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.annual import AnnualFigures, Period, Row, Table
from ogg_desktop.gui.classification import row_label, table_label
from ogg_desktop.gui.privacy import choose_save_file
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.services.annual import AnnualService


class BarChart(QWidget):
    """Horizontal bars in the palette's highlight colour, each row labelled with its name and its number
    ("<3" and "×" for hidden rows, which get no bar): nothing is told by length or colour alone."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Row]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, Row]]) -> None:
        self.rows = rows
        self.setAccessibleDescription("; ".join(f"{label}: {row.text}" for label, row in rows))
        self.setFixedHeight(max(1, len(rows)) * self.ROW + 4)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, len(self.rows) * self.ROW + 4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        palette = self.palette()
        label_width = min(max((metrics.horizontalAdvance(label) for label, _ in self.rows), default=0) + 8,
                          self.width() * 3 // 5)
        number_width = metrics.horizontalAdvance("0000") + 6
        room = max(10, self.width() - label_width - number_width)
        top = max([row.value or 0 for _, row in self.rows] + [1])
        for n, (label, row) in enumerate(self.rows):
            y = 2 + n * self.ROW
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(0, y, label_width - 8, self.ROW), Qt.AlignmentFlag.AlignRight |
                             Qt.AlignmentFlag.AlignVCenter, shown)
            length = room * (row.value or 0) / top
            if length:
                painter.fillRect(QRectF(label_width, y + 4, length, self.ROW - 8),
                                 palette.color(QPalette.ColorRole.Highlight))
            painter.drawText(QRectF(label_width + length + 4, y, number_width, self.ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, row.text)
        painter.end()


class AnnualReportDialog(QDialog):
    def __init__(self, service: AnnualService, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.figures: AnnualFigures | None = None
        self.setWindowTitle(self.tr("Jaarverslag"))
        today = today or date.today()
        years = service.years()
        default_year = today.year - 1 if today.year - 1 in years else today.year

        intro = QLabel(self.tr("Een geanonimiseerd overzicht van de dossiers die in de periode zijn geopend. Er "
                               "staan geen namen, dossiernummers, data of vrije tekst in. Aantallen van 1 of 2 "
                               "staan er als <3; × is verborgen zodat een klein aantal niet uit het totaal is terug "
                               "te rekenen. Geef ontvangers één verslag per periode."), self)
        intro.setWordWrap(True)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Kalenderjaar"), "year")
        self.kind.addItem(self.tr("Van maand tot maand"), "months")
        self.year = QSpinBox(self)
        self.year.setRange(min([*years, today.year - 10]), today.year)
        self.year.setValue(default_year)
        self.first = QDateEdit(QDate(default_year, 1, 1), self)
        self.last = QDateEdit(QDate(default_year, 12, 1), self)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("MMMM yyyy")
            edit.setCalendarPopup(False)
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        for widget, name in ((self.kind, self.tr("Soort periode")), (self.year, self.tr("Jaar")),
                             (self.first, self.tr("Eerste maand")), (self.last, self.tr("Laatste maand")),
                             (self.language, self.tr("Taal van PDF en CSV"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Periode"), self.kind)
        form.addRow(self.tr("&Jaar"), self.year)
        form.addRow(self.tr("&Van"), self.first)
        form.addRow(self.tr("&Tot en met"), self.last)
        form.addRow(self.tr("Taa&l van PDF en CSV"), self.language)
        self._form = form

        self.total = QLabel(self)
        self.total.setAccessibleName(self.tr("Aantal dossiers in de periode"))
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.message = InlineMessage(self)
        # One page per table (chart and numbers), so each is seen whole and Tab reads it in order.
        self.pages = QTabWidget(self)
        self.pages.setAccessibleName(self.tr("Tabellen van het jaarverslag"))
        self.pages.setUsesScrollButtons(True)

        self.pdf_button = QPushButton(self.tr("PDF &maken…"), self)
        self.csv_button = QPushButton(self.tr("CSV e&xporteren…"), self)
        self.register_button = QPushButton(self.tr("Verwerkings&register…"), self)
        self.register_button.setToolTip(self.tr("Een voorstel voor het verwerkingsregister (artikel 30 AVG), "
                                                "ingevuld met de gegevens van de organisatie"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.csv_button, self.register_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self.refresh)
        self.first.dateChanged.connect(self.refresh)
        self.last.dateChanged.connect(self.refresh)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        self.register_button.clicked.connect(self.save_register)
        self._kind_changed()
        self.resize(760, 720)

    # The period -------------------------------------------------------------------------------
    def period(self) -> Period | None:
        if self.kind.currentData() == "year":
            return Period.year(self.year.value())
        first, last = self.first.date(), self.last.date()
        if (last.year(), last.month()) < (first.year(), first.month()):
            return None
        return Period.months(first.year(), first.month(), last.year(), last.month())

    @Slot()
    def _kind_changed(self) -> None:
        by_year = self.kind.currentData() == "year"
        self._form.setRowVisible(self.year, by_year)
        self._form.setRowVisible(self.first, not by_year)
        self._form.setRowVisible(self.last, not by_year)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        period = self.period()
        self.message.clear_message()
        current = self.pages.currentIndex()
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeTab(0)
            if page is not None:
                page.deleteLater()
        if period is None:
            self.figures = None
            self.total.setText("")
            self.message.show_message("error", self.tr("De laatste maand ligt vóór de eerste."))
            self._enable(False)
            return
        self.figures = self.service.figures(period)
        self.total.setText(self.tr("Dossiers geopend in de periode: {count}").format(count=self.figures.total.text))
        if self.figures.too_few:
            self.message.show_message("info", self.tr("Minder dan drie dossiers in deze periode: te weinig om uit te "
                                                      "splitsen zonder dat iemand herkenbaar wordt."))
        chain: list[QWidget] = [self.kind, self.year, self.first, self.last, self.language, self.pages]
        for table in self.figures.tables:
            page = self._table_page(table)
            self.pages.addTab(page, table_label(table.key))
            chain += page.findChildren(QTableWidget)
        self.pages.setCurrentIndex(max(0, current))
        chain += [self.pdf_button, self.csv_button, self.register_button, self.close_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._enable(True)

    def _enable(self, on: bool) -> None:
        self.pdf_button.setEnabled(on)
        self.csv_button.setEnabled(on)

    def _table_page(self, table: Table) -> QWidget:
        title = table_label(table.key)
        box = QWidget(self.pages)
        rows = [(row_label(table.key, row.key), row) for row in table.rows]
        grid = QTableWidget(len(rows), 2, box)
        grid.setAccessibleName(self.tr("Tabel: {title}").format(title=title))
        grid.setHorizontalHeaderLabels([self.tr("Kenmerk"), self.tr("Aantal dossiers")])
        grid.verticalHeader().setVisible(False)
        grid.verticalHeader().setDefaultSectionSize(QFontMetrics(grid.font()).height() + 8)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for r, (label, row) in enumerate(rows):
            grid.setItem(r, 0, QTableWidgetItem(label))
            count = QTableWidgetItem(row.text)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.setItem(r, 1, count)
        grid.setFixedHeight(grid.horizontalHeader().sizeHint().height() + sum(
            grid.rowHeight(r) for r in range(len(rows))) + 4)
        chart = BarChart(box)
        chart.setAccessibleName(self.tr("Staafdiagram: {title}").format(title=title))
        chart.set_rows(rows)
        note = QLabel(self.tr("Elk dossier telt in precies één rij.") if table.partition
                      else self.tr("Een dossier kan in meer rijen staan, of in geen enkele."), box)
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        if table.wholly_hidden:
            layout.addWidget(QLabel(self.tr("Verborgen: de aantallen zijn te klein om te tonen."), box))
        else:
            layout.addWidget(chart)
        layout.addWidget(grid)
        layout.addWidget(note)
        layout.addStretch(1)
        return box

    # Writing ----------------------------------------------------------------------------------
    def _target(self, caption: str, name: str, name_filter: str) -> Path | None:
        chosen = choose_save_file(self, caption, name, name_filter)
        return Path(chosen) if chosen else None

    def _done(self, target: Path) -> None:
        self.message.show_message("success", self.tr("Opgeslagen als {name}.").format(name=target.name))

    def _failed(self, exc: OSError) -> None:
        self.message.show_message("error", self.tr("Opslaan is niet gelukt: {reason}").format(
            reason=exc.strerror or type(exc).__name__))

    @Slot()
    def save_pdf(self) -> None:
        if self.figures is None:
            return
        target = self._target(self.tr("Jaarverslag opslaan"), f"jaarverslag-{self.figures.period.code()}.pdf",
                              self.tr("PDF-bestanden (*.pdf)"))
        if target is None:
            return
        try:
            self.service.write_pdf(self.figures, target, str(self.language.currentData()))
        except OSError as exc:
            self._failed(exc)
            return
        self._done(target)

    @Slot()
    def save_csv(self) -> None:
        if self.figures is None:
            return
        target = self._target(self.tr("CSV voor de RI&E opslaan"), f"jaarverslag-{self.figures.period.code()}.csv",
                              self.tr("CSV-bestanden (*.csv)"))
        if target is None:
            return
        try:
            self.service.write_csv(self.figures, target, str(self.language.currentData()))
        except OSError as exc:
            self._failed(exc)
            return
        self._done(target)

    @Slot()
    def save_register(self) -> None:
        target = self._target(self.tr("Verwerkingsregister opslaan"), "verwerkingsregister.pdf",
                              self.tr("PDF-bestanden (*.pdf);;Tekstbestanden (*.txt)"))
        if target is None:
            return
        try:
            self.service.write_register(target, str(self.language.currentData()))
        except OSError as exc:
            self._failed(exc)
            return
        self._done(target)
