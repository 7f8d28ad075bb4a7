"""One evidence item in the review window: the image on the left, what is recorded about it on the right, and
"Klopt niet…" and "Vergroten…" for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ogg_desktop.domain.evidence import EvidenceItem
from ogg_desktop.gui.dialogs.image_viewer import ImageViewerDialog, decode_image
from ogg_desktop.gui.labels import confidence_label
from ogg_desktop.gui.review.dialogs import Fact
from ogg_desktop.gui.review.host import ReviewWindowHost
from ogg_desktop.gui.review.widgets import FittedImage, long_date, moment, plain_label, scrolling


class ItemPage(QWidget):
    """One evidence item: the image on the left, what is recorded about it on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = FittedImage(self)
        self.image.setAccessibleName(self.tr("Afbeelding van het bewijsstuk"))
        self.enlarge_button = QPushButton(self.tr("Ver&groten…"), self)
        self.enlarge_button.setAccessibleName(self.tr("Afbeelding vergroten"))
        self.enlarge_button.setToolTip(self.tr("De afbeelding op ware grootte bekijken, met inzoomen"))
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.image, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.enlarge_button)
        row.addStretch(1)
        ll.addLayout(row)

        inner = QWidget(self)
        self.title = plain_label("", inner, scale=1.3, bold=True)
        self.title.setAccessibleName(self.tr("Titel van het bewijsstuk"))
        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.posted = plain_label("", inner)
        self.platform = plain_label("", inner)
        self.poster = plain_label("", inner)
        self.learned = plain_label("", inner)
        self.context = plain_label("", inner)
        for widget, caption in ((self.posted, self.tr("Geplaatst")), (self.platform, self.tr("Waar")),
                                (self.poster, self.tr("Vermoedelijk geplaatst door")),
                                (self.learned, self.tr("U wist ervan op")), (self.context, self.tr("Context"))):
            widget.setAccessibleName(caption)
            self.facts.addRow(plain_label(caption, inner, bold=True), widget)
        self.transcript_caption = plain_label(self.tr("Letterlijke tekst"), inner, bold=True)
        self.transcript = plain_label("", inner)
        self.transcript.setAccessibleName(self.tr("Letterlijke tekst"))
        self.transcript.setFrameShape(QFrame.Shape.StyledPanel)
        self.transcript.setMargin(12)
        self.transcript.setAutoFillBackground(True)
        self.transcript.setBackgroundRole(QPalette.ColorRole.Base)
        self.wrong_button = QPushButton(self.tr("Klopt &niet…"), inner)
        self.wrong_button.setAccessibleName(self.tr("Klopt niet: iets aan dit bewijsstuk is onjuist"))
        self.wrong_button.setToolTip(self.tr("Zeg wat er niet klopt; het wordt met datum en tijd vastgelegd"))
        self.corrections = plain_label("", inner)
        self.corrections.setAccessibleName(self.tr("Wat u eerder aangaf"))
        il = QVBoxLayout(inner)
        il.setContentsMargins(12, 0, 16, 0)
        il.addWidget(self.title)
        il.addLayout(self.facts)
        il.addSpacing(8)
        il.addWidget(self.transcript_caption)
        il.addWidget(self.transcript)
        il.addSpacing(8)
        button_row = QHBoxLayout()
        button_row.addWidget(self.wrong_button)
        button_row.addStretch(1)
        il.addLayout(button_row)
        il.addWidget(self.corrections)
        il.addStretch(1)
        right = scrolling(inner, self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left, 3)
        layout.addWidget(right, 2)

    def set_row(self, widget: QLabel, text: str) -> None:
        widget.setText(text)
        self.facts.setRowVisible(widget, bool(text))


class ReviewItemMixin(ReviewWindowHost):
    """The item page's content for the current item, and what its buttons do."""

    def _show_item(self, item: EvidenceItem) -> None:
        assert item.id is not None
        page = self.item_page
        image = self._images.get(item.id)
        if image is None:
            image = decode_image(self.session.evidence.original_bytes(item.id))
            self._images = {item.id: image}  # one image in memory at a time
        page.image.set_image(image)
        page.image.setAccessibleDescription(QCoreApplication.translate("ReviewWindow", "{w} × {h} beeldpunten").format(
            w=image.width(), h=image.height()))
        page.enlarge_button.setEnabled(not image.isNull())
        page.title.setText(item.title or QCoreApplication.translate("ReviewWindow", "(zonder titel)"))
        facts = {f.field: f.shown for f in self._item_facts(item)}
        page.set_row(page.posted, facts.get("date", ""))
        page.set_row(page.platform, facts.get("platform", ""))
        page.set_row(page.poster, facts.get("poster", ""))
        page.set_row(page.learned, facts.get("learned_on", ""))
        page.set_row(page.context, facts.get("context", ""))
        page.transcript.setText(item.transcript.strip()
                                or QCoreApplication.translate("ReviewWindow", "(De tekst is nog niet overgenomen.)"))
        corrections = [c for c in self.session.review.corrections(self.case) if c.item_id == item.id]
        page.corrections.setText(self._corrections_text(corrections))
        page.corrections.setVisible(bool(corrections))

    def _item_facts(self, item: EvidenceItem) -> list[Fact]:
        """What the item page shows, as facts the employee can mark as wrong."""
        posted = []
        if item.posted_on:
            posted.append(long_date(item.posted_on))
        if item.posted_at_shown:
            posted.append(QCoreApplication.translate("ReviewWindow", "zoals getoond: ‘{shown}’").format(
                shown=item.posted_at_shown))
        if not posted:
            posted.append(QCoreApplication.translate("ReviewWindow", "onbekend; vastgelegd op {date}").format(
                date=moment(item.captured_at_utc)))
        where = " · ".join(p for p in (item.platform, item.channel) if p)
        poster = ""
        name = self.session.review.poster_name(self.case, item)
        if name:
            poster = QCoreApplication.translate("ReviewWindow", "{name} (zekerheid: {confidence})").format(
                name=name, confidence=confidence_label(item.poster_confidence).lower())
        learned = long_date(item.learned_on) if item.learned_on else ""
        return [Fact("title", QCoreApplication.translate("ReviewWindow", "Titel"), item.title),
                Fact("date", QCoreApplication.translate("ReviewWindow", "Geplaatst"), ", ".join(posted)),
                Fact("platform", QCoreApplication.translate("ReviewWindow", "Waar"), where),
                Fact("poster", QCoreApplication.translate("ReviewWindow", "Vermoedelijk geplaatst door"), poster),
                Fact("learned_on", QCoreApplication.translate("ReviewWindow", "U wist ervan op"), learned),
                Fact("transcript", QCoreApplication.translate("ReviewWindow", "Letterlijke tekst"),
                     item.transcript.strip()),
                Fact("context", QCoreApplication.translate("ReviewWindow", "Context"), item.context.strip())]

    @Slot()
    def _item_wrong(self) -> None:
        item = self.current_item()
        if item is None:
            return
        facts = [f for f in self._item_facts(item)
                 if f.shown or f.field in ("date", "platform", "poster", "learned_on")]
        facts.append(Fact("other", QCoreApplication.translate("ReviewWindow", "Iets anders"), ""))
        self.ask_correction(item, facts)

    # The image in full ---------------------------------------------------------------------------
    @Slot()
    def _enlarge(self) -> None:
        item = self.current_item()
        if item is None or item.id is None:
            return
        image = self._images.get(item.id) or decode_image(self.session.evidence.original_bytes(item.id))
        if image.isNull():
            return
        dialog = ImageViewerDialog(image, item.title or QCoreApplication.translate("ReviewWindow", "(zonder titel)"),
                                   self)
        dialog.setFont(self.font())
        try:
            self._modal(dialog)
        finally:
            dialog.deleteLater()
