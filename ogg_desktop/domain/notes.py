"""Notes with a visibility: who may ever see them outside the counsellor's own view."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Visibility(StrEnum):
    COUNSELLOR_ONLY = "counsellor_only"
    EMPLOYEE = "employee"  # shareable with the employee
    HR = "hr"  # shareable with HR (and the employee)


@dataclass
class Note:
    case_id: int
    body: str
    visibility: Visibility = Visibility.COUNSELLOR_ONLY
    author: str = ""
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""


def visible_to_employee(note: Note) -> bool:
    return note.visibility in (Visibility.EMPLOYEE, Visibility.HR)


def visible_to_hr(note: Note) -> bool:
    return note.visibility == Visibility.HR
