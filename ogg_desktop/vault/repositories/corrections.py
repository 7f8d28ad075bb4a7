"""What the employee marked as wrong while reviewing their case (table ``corrections``, schema v8)."""

from __future__ import annotations

from ogg_desktop.domain.review import Correction
from ogg_desktop.vault.connection import Connection
from ogg_desktop.vault.repositories.records import RecordTable


class CorrectionRepository:
    def __init__(self, conn: Connection) -> None:
        self.table = RecordTable(conn, "corrections", Correction)

    def add(self, correction: Correction) -> Correction:
        return self.table.add(correction)

    def for_case(self, case_id: int) -> list[Correction]:
        """Oldest first."""
        return self.table.for_case(case_id, order="at_utc")
