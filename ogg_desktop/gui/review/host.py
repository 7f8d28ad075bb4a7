"""What the parts of the review window use of one another: for the type checker only.

The parts (overview, item page, consent page, navigation) are mixins of ReviewWindow, so their texts keep the
translation context "ReviewWindow"; while type checking they derive from this declaration of the window, at run
time from a plain ``object``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import Signal
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QStackedWidget, QWidget

    from ogg_desktop.domain.case import Case
    from ogg_desktop.domain.evidence import EvidenceItem
    from ogg_desktop.domain.notes import Note
    from ogg_desktop.domain.review import Correction
    from ogg_desktop.gui.review.dialogs import Fact
    from ogg_desktop.gui.review.item_page import ItemPage
    from ogg_desktop.gui.widgets import InlineMessage
    from ogg_desktop.services.session import Session

    class ReviewWindowHost(QWidget):
        itemShown = Signal(int)
        recorded = Signal()

        session: Session
        case: Case
        items: list[EvidenceItem]
        notes: list[Note]
        position: int
        _images: dict[int, QImage]

        overview_button: QPushButton
        evidence_button: QPushButton
        consent_button: QPushButton
        overview: QWidget
        item_page: ItemPage
        consent_page: QWidget
        stack: QStackedWidget
        message: InlineMessage
        previous_button: QPushButton
        next_button: QPushButton
        where: QLabel

        def current_item(self) -> EvidenceItem | None: ...
        def go_to(self, position: int, announce: bool = True) -> None: ...
        def _modal(self, dialog: QDialog) -> int: ...
        def ask_correction(self, item: EvidenceItem | None, facts: list[Fact]) -> None: ...
        def _corrections_text(self, corrections: list[Correction]) -> str: ...
        def _show_item(self, item: EvidenceItem) -> None: ...
else:
    ReviewWindowHost = object
