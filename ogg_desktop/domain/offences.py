"""Offences an item may show (suggestions only: police and prosecutor decide).

From the domain reference: the article of the Wetboek van Strafrecht, whether it is a klachtdelict
(prosecuted only on the victim's complaint, within 3 months of learning of it, art. 66 Sr), and who
may report. Facts marked unconfirmed there are marked here too and shown as such.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Offence:
    code: str
    name_nl: str
    article: str
    complaint_required: bool  # klachtdelict
    confirmed: bool = True
    note: str = ""


OFFENCES: tuple[Offence, ...] = (
    Offence("threat", "Bedreiging", "285 Sr", False),
    Offence("defamation", "Smaad / smaadschrift", "261 Sr", True),
    Offence("slander", "Laster", "262 Sr", True),
    Offence("insult", "Belediging", "266 Sr", True,
            note="geen klachtdelict bij een ambtenaar in functie (267 Sr)"),
    Offence("stalking", "Belaging", "285b Sr", True),
    Offence("doxing", "Doxing", "285d Sr", False, confirmed=False, note="sinds 2024; klachtvereiste onbevestigd"),
    Offence("discrimination", "Discriminatie", "137c–137e Sr", False),
    Offence("sexual_images", "Seksuele beelden zonder toestemming", "139h Sr", False),
)
BY_CODE = {o.code: o for o in OFFENCES}
COMPLAINT_MONTHS = 3


def complaint_deadline(learned_on: date) -> date:
    """The last day to file a klacht: 3 months after the employee learned of it (art. 66 Sr).
    The same day number three months on, or the month's last day when that day does not exist."""
    month = learned_on.month - 1 + COMPLAINT_MONTHS
    year, month = learned_on.year + month // 12, month % 12 + 1
    for day in (learned_on.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def label(code: str) -> str:
    """'Bedreiging (285 Sr)' for a known code; other tags as typed."""
    offence = BY_CODE.get(code)
    return f"{offence.name_nl} ({offence.article})" if offence else code
