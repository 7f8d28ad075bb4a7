"""Offences an item may show (suggestions only: police and prosecutor decide).

From the domain reference: the article of the Wetboek van Strafrecht, whether it is a klachtdelict
(prosecuted only on the victim's complaint, within 3 months of learning of it, art. 66 Sr), and who
may report. Facts marked unconfirmed there are marked here too and shown as such.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


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
def label(code: str) -> str:
    """'Bedreiging (285 Sr)' for a known code; other tags as typed."""
    offence = BY_CODE.get(code)
    return f"{offence.name_nl} ({offence.article})" if offence else code


# Words that make an offence worth considering. Deliberately few and plain: a suggestion for the
# counsellor to confirm or reject, never a verdict.
_CUES: dict[str, tuple[str, ...]] = {
    "threat": ("vermoord", "dood maken", "afmaken", "kapot maken", "weet waar je woont", "weet waar je werkt",
               "spijt van krijgen", "ik pak je", "mes", "kogel", "in elkaar slaan", "opzoeken"),
    "insult": ("kut", "hoer", "idioot", "debiel", "klootzak", "sukkel", "trut", "kanker"),
    "defamation": ("leugenaar", "fraudeur", "oplichter", "steelt", "pedo", "misbruikt"),
    "doxing": ("woont op", "huisadres", "telefoonnummer", "adres is"),
}


def suggest(transcript: str) -> list[str]:
    """Offence codes the literal text hints at (lower-case, accents ignored), in table order."""
    folded = unicodedata.normalize("NFKD", transcript.lower())
    text = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return [o.code for o in OFFENCES if any(cue in text for cue in _CUES.get(o.code, ()))]
