"""The review window's overview page: the case's summary and the notes shared with the employee, what the employee
said was wrong before, and "Klopt niet…" for the summary or a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ogg_desktop.domain.notes import Note
from ogg_desktop.domain.review import Correction
from ogg_desktop.gui.review.dialogs import Fact
from ogg_desktop.gui.review.host import ReviewWindowHost
from ogg_desktop.gui.review.widgets import long_date, moment, plain_label, scrolling


class ReviewOverviewMixin(ReviewWindowHost):
    """The overview page and the texts of earlier corrections (also used on the item page)."""

    # Content ------------------------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        inner = QWidget(self)
        self.summary_caption = plain_label(QCoreApplication.translate("ReviewWindow", "Waar gaat het om"), inner,
                                           scale=1.2, bold=True)
        self.summary = plain_label("", inner)
        self.summary.setAccessibleName(QCoreApplication.translate("ReviewWindow", "Samenvatting"))
        self.notes_caption = plain_label(QCoreApplication.translate("ReviewWindow", "Notities die met u gedeeld zijn"),
                                         inner, scale=1.2, bold=True)
        self.notes_label = plain_label("", inner)
        self.notes_label.setAccessibleName(QCoreApplication.translate("ReviewWindow",
                                                                      "Notities die met u gedeeld zijn"))
        self.overview_wrong = QPushButton(QCoreApplication.translate("ReviewWindow", "Klopt &niet…"), inner)
        self.overview_wrong.setAccessibleName(QCoreApplication.translate(
            "ReviewWindow", "Klopt niet: iets in de samenvatting of een notitie is onjuist"))
        self.overview_corrections = plain_label("", inner)
        self.overview_corrections.setAccessibleName(QCoreApplication.translate("ReviewWindow", "Wat u eerder aangaf"))
        hint = plain_label(QCoreApplication.translate(
            "ReviewWindow", "Met ‘Volgende’ (of de pijltjestoets naar rechts) bekijkt u het bewijs één voor één, "
            "van oud naar nieuw."), inner)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.summary_caption)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.notes_caption)
        layout.addWidget(self.notes_label)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addWidget(self.overview_wrong)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.overview_corrections)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.overview_wrong.clicked.connect(self._overview_wrong)
        return scrolling(inner, self)

    def _corrections_text(self, corrections: list[Correction]) -> str:
        if not corrections:
            return ""
        lines = [QCoreApplication.translate("ReviewWindow", "Wat u eerder aangaf:")]
        for c in corrections:
            lines.append(QCoreApplication.translate("ReviewWindow", "• {when} — {what}: “{correction}”").format(
                when=moment(c.at_utc), what=self._field_label(c.field), correction=c.correction))
        return "\n".join(lines)

    def _field_label(self, field: str) -> str:
        return {
            "summary": QCoreApplication.translate("ReviewWindow", "Samenvatting"),
            "title": QCoreApplication.translate("ReviewWindow", "Titel"),
            "date": QCoreApplication.translate("ReviewWindow", "Geplaatst"),
            "platform": QCoreApplication.translate("ReviewWindow", "Waar"),
            "poster": QCoreApplication.translate("ReviewWindow", "Vermoedelijk geplaatst door"),
            "learned_on": QCoreApplication.translate("ReviewWindow", "U wist ervan op"),
            "transcript": QCoreApplication.translate("ReviewWindow", "Letterlijke tekst"),
            "context": QCoreApplication.translate("ReviewWindow", "Context"),
            "note": QCoreApplication.translate("ReviewWindow", "Notitie"),
            "other": QCoreApplication.translate("ReviewWindow", "Iets anders"),
        }.get(field, field)

    def _fill_overview(self) -> None:
        self.summary.setText(self.case.summary.strip()
                             or QCoreApplication.translate("ReviewWindow", "(Er is nog geen samenvatting geschreven.)"))
        self.notes_label.setText("\n\n".join(self._note_text(n) for n in self.notes))
        self.notes_caption.setVisible(bool(self.notes))
        self.notes_label.setVisible(bool(self.notes))
        case_corrections = [c for c in self.session.review.corrections(self.case) if c.item_id is None]
        self.overview_corrections.setText(self._corrections_text(case_corrections))
        self.overview_corrections.setVisible(bool(case_corrections))

    def _note_text(self, note: Note) -> str:
        day = note.created_at[:10]
        try:
            when = long_date(date.fromisoformat(day))
        except ValueError:
            when = day
        return f"{when}\n{note.body.strip()}"

    @Slot()
    def _overview_wrong(self) -> None:
        facts = [Fact("summary", QCoreApplication.translate("ReviewWindow", "Samenvatting"), self.case.summary.strip())]
        facts += [Fact("note", QCoreApplication.translate("ReviewWindow", "Notitie van {date}").format(
                           date=self._note_text(n).split("\n", 1)[0]),
                       n.body.strip()) for n in self.notes]
        facts.append(Fact("other", QCoreApplication.translate("ReviewWindow", "Iets anders"), ""))
        self.ask_correction(None, facts)
