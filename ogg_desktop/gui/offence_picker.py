"""Offences per evidence item: the table of the domain reference as check boxes, with suggestions
from the literal text that the counsellor confirms (ticks) or rejects (leaves). Police and the
public prosecutor decide; the app only suggests."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ogg_desktop.domain.offences import OFFENCES, Offence, suggest


class OffencePicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Mogelijke strafbare feiten"))
        note = QLabel(self.tr("Suggesties — de politie en het Openbaar Ministerie beslissen. Vink aan wat u "
                              "bevestigt."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(note)
        self.boxes: dict[str, QCheckBox] = {}
        for offence in OFFENCES:
            box = QCheckBox(self._label(offence, suggested=False), self)
            box.setToolTip(self._who_may_report(offence))
            box.setAccessibleDescription(self._who_may_report(offence))
            box.toggled.connect(self._toggled)
            layout.addWidget(box)
            self.boxes[offence.code] = box
        self.other: list[str] = []  # tags from before the table, kept as they were
        self._loading = False

    def _label(self, offence: Offence, suggested: bool) -> str:
        text = f"{offence.name_nl} ({offence.article})"
        if offence.complaint_required:
            text += " — " + self.tr("klachtdelict")
        if not offence.confirmed:
            text += " — " + self.tr("onbevestigd")
        if suggested:
            text += " — " + self.tr("voorgesteld op grond van de tekst")
        return text

    def _who_may_report(self, offence: Offence) -> str:
        if offence.complaint_required:
            text = self.tr("Klachtdelict: alleen de medewerker, of iemand met een bijzondere schriftelijke volmacht, "
                           "kan binnen 3 maanden een klacht indienen.")
        else:
            text = self.tr("Iedereen mag aangifte doen, dus ook de organisatie.")
        if offence.note:
            text += " " + offence.note
        return text

    def set_values(self, codes: list[str], transcript: str) -> None:
        self._loading = True
        try:
            suggested = set(suggest(transcript)) - set(codes)
            for offence in OFFENCES:
                box = self.boxes[offence.code]
                box.setChecked(offence.code in codes)
                box.setText(self._label(offence, offence.code in suggested))
            self.other = [c for c in codes if c not in self.boxes]
        finally:
            self._loading = False

    def refresh_suggestions(self, transcript: str) -> None:
        """Mark what the (edited) text suggests, without ticking anything."""
        suggested = set(suggest(transcript))
        for offence in OFFENCES:
            box = self.boxes[offence.code]
            box.setText(self._label(offence, offence.code in suggested and not box.isChecked()))

    def values(self) -> list[str]:
        return [o.code for o in OFFENCES if self.boxes[o.code].isChecked()] + self.other

    def suggested(self) -> list[str]:
        return [o.code for o in OFFENCES if self.boxes[o.code].text().endswith(
            self.tr("voorgesteld op grond van de tekst"))]

    @Slot(bool)
    def _toggled(self, _on: bool) -> None:
        if not self._loading:
            self.changed.emit()
