"""Walking through the review window: the overview (0), the evidence items one at a time (1..n) and the next steps
(n + 1), with the section buttons, 'Vorige'/'Volgende' and where the employee is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot

from ogg_desktop.domain.evidence import EvidenceItem
from ogg_desktop.gui.review.host import ReviewWindowHost


class ReviewNavigationMixin(ReviewWindowHost):
    """Which page is shown, and moving between them."""

    def current_item(self) -> EvidenceItem | None:
        return self.items[self.position - 1] if 1 <= self.position <= len(self.items) else None

    @Slot()
    def go_next(self) -> None:
        self.go_to(self.position + 1)

    @Slot()
    def go_previous(self) -> None:
        self.go_to(self.position - 1)

    @Slot()
    def _go_to_evidence(self) -> None:
        self.go_to(1 if self.items else 0)

    def show_item(self, item_id: int, announce: bool = False) -> bool:
        """Show this case's item ``item_id``; False (and nothing changes) for an item not in this case."""
        for index, item in enumerate(self.items):
            if item.id == item_id:
                self.go_to(index + 1, announce=announce)
                return True
        return False

    def go_to(self, position: int, announce: bool = True) -> None:
        last = len(self.items) + 1
        position = max(0, min(position, last))
        moved = position != self.position
        self.position = position
        item = self.current_item()
        if position == 0:
            self.stack.setCurrentWidget(self.overview)
            self.overview_button.setChecked(True)
            self.where.setText(QCoreApplication.translate("ReviewWindow", "Overzicht"))
        elif item is not None:
            self._show_item(item)
            self.stack.setCurrentWidget(self.item_page)
            self.evidence_button.setChecked(True)
            self.where.setText(QCoreApplication.translate("ReviewWindow", "Bewijsstuk {n} van {total}").format(
                n=position, total=len(self.items)))
        else:
            self.stack.setCurrentWidget(self.consent_page)
            self.consent_button.setChecked(True)
            self.where.setText(QCoreApplication.translate("ReviewWindow", "Vervolgstappen"))
        self.where.setAccessibleDescription(self.where.text())
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < last)
        if moved:
            self.message.clear_message()
        if announce and item is not None and item.id is not None:
            self.itemShown.emit(item.id)
