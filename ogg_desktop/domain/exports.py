"""The "shared with" log: every export, who received it and when — never its content."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Export:
    case_id: int
    kind: str  # police, hr, employee, notice
    recipient: str  # "Politie Utrecht", "HR — J. de Vries", "medewerker"
    at_utc: str
    actor: str
    sha256: str  # of the PDF as written
    byte_size: int
    item_count: int
    language: str = "nl"
    id: int | None = None
