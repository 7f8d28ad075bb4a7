"""Why a report was not made. Kept apart from the layout code so the GUI can name these errors
without loading reportlab at start-up."""

from __future__ import annotations


class ReportCancelledError(Exception):
    """The user cancelled the build; nothing was written."""


class EvidenceChangedError(Exception):
    """A stored image no longer matches its recorded SHA-256: the report is not made."""

    def __init__(self, item_id: int) -> None:
        super().__init__(f"evidence item {item_id} does not match its hash")
        self.item_id = item_id
