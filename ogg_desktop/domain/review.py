"""Reviewing a case together with the employee: what they say is wrong, in their own words.

A correction never changes the recorded fact itself: it sits beside it, with what was shown, what the
employee said and when, so the counsellor can put it right (or explain why not) afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

# The facts the review view shows and the employee can mark as wrong ("klopt niet").
CORRECTION_FIELDS = (
    "summary",  # the case summary
    "title",
    "date",  # when it was posted (as shown, or the date worked out)
    "platform",  # platform and channel
    "poster",  # who we believe posted it
    "learned_on",  # when the employee first learned of it (starts legal deadlines)
    "transcript",  # the literal text
    "context",
    "note",  # a note shared with the employee
    "other",
)

# How long an employee's correction may be; a few paragraphs is plenty, a paste of a whole file is not.
CORRECTION_MAX_CHARS = 4000


@dataclass
class Correction:
    case_id: int
    item_id: int | None  # None: about the case (its summary, a note), not one evidence item
    field: str  # one of CORRECTION_FIELDS
    wrong: str  # the text as the review view showed it
    correction: str  # the employee's own words
    at_utc: str
    by: str  # who recorded it (the counsellor's account: the employee has none)
    id: int | None = None


def validate_correction(field: str, correction: str) -> list[str]:
    """Problems with a correction before it is stored; codes, translated by the GUI."""
    problems: list[str] = []
    if field not in CORRECTION_FIELDS:
        problems.append("correction_field_unknown")
    if not correction.strip():
        problems.append("correction_empty")
    elif len(correction) > CORRECTION_MAX_CHARS:
        problems.append("correction_too_long")
    return problems
