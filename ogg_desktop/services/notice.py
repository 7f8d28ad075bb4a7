"""The DSA article 16 notice text, generated from the evidence, ready to paste into a platform's form.

A valid notice has four elements: (a) a substantiated explanation of why the content is illegal,
(b) the exact URL(s), (c) the notifier's name and e-mail address, (d) a statement that the notice
is accurate and complete, made in good faith. The text is plain; the app sends nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ogg_desktop.domain.evidence import EvidenceItem
from ogg_desktop.domain.offences import BY_CODE


@dataclass(frozen=True)
class Notifier:
    name: str
    email: str


TEXTS = {
    "nl": {
        "title": "Melding van illegale inhoud (artikel 16 Digital Services Act)",
        "a": "1. Waarom deze inhoud illegaal is",
        "a_intro": "De hieronder genoemde inhoud is naar onze overtuiging strafbaar naar Nederlands recht:",
        "a_none": "De inhoud is naar onze overtuiging strafbaar naar Nederlands recht (zie de letterlijke tekst).",
        "quote": "Letterlijke tekst",
        "posted": "geplaatst (zoals getoond)",
        "by": "door",
        "b": "2. Exacte locatie (URL's)",
        "no_url": "(URL niet vastgelegd)",
        "c": "3. Melder",
        "name": "Naam",
        "email": "E-mail",
        "d": "4. Verklaring",
        "good_faith": ("Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding juist en "
                       "volledig zijn."),
    },
    "en": {
        "title": "Notice of illegal content (Article 16 Digital Services Act)",
        "a": "1. Why this content is illegal",
        "a_intro": "We believe the content below is a criminal offence under Dutch law:",
        "a_none": "We believe the content is a criminal offence under Dutch law (see the literal text).",
        "quote": "Literal text",
        "posted": "posted (as shown)",
        "by": "by",
        "b": "2. Exact location (URLs)",
        "no_url": "(URL not recorded)",
        "c": "3. Notifier",
        "name": "Name",
        "email": "E-mail",
        "d": "4. Statement",
        "good_faith": ("I confirm my bona fide belief that the information and allegations contained in this "
                       "notice are accurate and complete."),
    },
}

OFFENCE_EN = {
    "threat": "threat (art. 285 Dutch Criminal Code)",
    "defamation": "defamation (art. 261)",
    "slander": "libel/slander (art. 262)",
    "insult": "insult (art. 266)",
    "stalking": "stalking (art. 285b)",
    "doxing": "doxing (art. 285d)",
    "discrimination": "discrimination (art. 137c–137e)",
    "sexual_images": "sexual images without consent (art. 139h)",
}


def offence_text(code: str, language: str) -> str:
    offence = BY_CODE.get(code)
    if offence is None:
        return code
    return OFFENCE_EN.get(code, code) if language == "en" else f"{offence.name_nl.lower()} (art. {offence.article})"


def build_notice(items: list[EvidenceItem], notifier: Notifier, language: str = "nl") -> str:
    """The notice for ``items`` (all on one platform), with the four required elements."""
    t = TEXTS[language]
    lines = [t["title"], "", t["a"]]
    offences = list(dict.fromkeys(code for item in items for code in item.offences))
    if offences:
        lines.append(t["a_intro"] + " " + "; ".join(offence_text(c, language) for c in offences) + ".")
    else:
        lines.append(t["a_none"])
    for n, item in enumerate(items, 1):
        who = item.display_name or item.handle
        head = f"- [{n}]"
        if who:
            head += f" {t['by']} {who}" + (f" ({item.handle})" if item.handle and item.handle != who else "")
        if item.posted_at_shown:
            head += f", {t['posted']}: {item.posted_at_shown}"
        lines.append(head)
        if item.transcript.strip():
            lines.append(f"  {t['quote']}: \u201c{item.transcript.strip()}\u201d")
    lines += ["", t["b"]]
    for n, item in enumerate(items, 1):
        lines.append(f"- [{n}] {item.url or t['no_url']}")
    lines += ["", t["c"], f"{t['name']}: {notifier.name}", f"{t['email']}: {notifier.email}", "", t["d"],
              t["good_faith"]]
    return "\n".join(lines) + "\n"


def missing_elements(items: list[EvidenceItem], notifier: Notifier) -> list[str]:
    """What the user still has to fill in before the notice is valid: codes for the GUI to name."""
    missing = []
    if not items:
        missing.append("items")
    if any(not item.url for item in items):
        missing.append("url")
    if not notifier.name.strip():
        missing.append("name")
    if "@" not in notifier.email:
        missing.append("email")
    if items and not any(item.offences or item.transcript.strip() for item in items):
        missing.append("explanation")
    return missing
