"""Where to report on each platform, as hints: menu labels and forms change without notice.

Each hint says where the report button usually is and whether a route exists that only the person
concerned may use ("first-party only", such as YouTube's privacy and defamation forms: those go by or
with the employee). ``last_checked`` is the day someone verified the hint on the platform itself; it
stays None until someone has, and the GUI then says "nog niet gecontroleerd" rather than guess.

The texts are Dutch (the source language) and marked for translation with ``QT_TRANSLATE_NOOP`` so
lupdate finds them (the context must be written out for lupdate); this module stays free of Qt, and the
GUI translates them in the context ``CONTEXT``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CONTEXT = "PlatformHints"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate; translation happens in the GUI."""
    return text


LABELS_CHANGE = QT_TRANSLATE_NOOP(
    "PlatformHints",
    "Menunamen en formulieren veranderen regelmatig; kijk zo nodig in het helpcentrum van het platform.")


@dataclass(frozen=True)
class PlatformHint:
    platform: str
    text: str  # Dutch source text; the GUI translates it
    first_party_only: bool = False  # some route is for the person concerned only: report by or with them
    last_checked: date | None = None  # None: nobody has checked this hint on the platform yet


_GENERIC = PlatformHint("", QT_TRANSLATE_NOOP(
    "PlatformHints",
    "Zoek bij het bericht of het profiel zelf naar een meldmenu (… of een vlag). Grote platforms hebben voor de "
    "DSA-route vaak een apart formulier voor illegale inhoud, te vinden via hun helpcentrum."))

HINTS: tuple[PlatformHint, ...] = (
    PlatformHint("LinkedIn", QT_TRANSLATE_NOOP(
        "PlatformHints",
        "Gebruik het meldmenu (…) bij het bericht, de reactie of het profiel zelf. Voor de DSA-route is er een "
        "apart formulier voor illegale inhoud.")),
    PlatformHint("YouTube", QT_TRANSLATE_NOOP(
        "PlatformHints",
        "Gebruik het meldmenu (⋮ of vlag) onder de video of bij de reactie. Voor de DSA-route is er een apart "
        "juridisch formulier voor illegale inhoud. De formulieren voor privacy en voor smaad of laster zijn alleen "
        "voor de betrokkene zelf: die melding gaat door of samen met de medewerker."), first_party_only=True),
    PlatformHint("Facebook", QT_TRANSLATE_NOOP(
        "PlatformHints",
        "Gebruik het meldmenu (…) bij het bericht, de reactie of het profiel zelf. Voor de DSA-route is er een "
        "apart formulier voor illegale inhoud.")),
    PlatformHint("Instagram", QT_TRANSLATE_NOOP(
        "PlatformHints",
        "Gebruik het meldmenu (…) bij het bericht, de reactie of het profiel zelf. Voor de DSA-route is er een "
        "apart formulier voor illegale inhoud.")),
    PlatformHint("X (Twitter)", QT_TRANSLATE_NOOP(
        "PlatformHints",
        "Gebruik het meldmenu (…) bij de post of het profiel zelf. Voor de DSA-route is er een apart formulier "
        "voor illegale inhoud.")),
    PlatformHint("TikTok", QT_TRANSLATE_NOOP(
        "PlatformHints",
        "Gebruik het meldmenu bij de video, de reactie of het profiel (bij een reactie vaak door die ingedrukt te "
        "houden). Voor de DSA-route is er een apart formulier voor illegale inhoud.")),
    PlatformHint("WhatsApp", QT_TRANSLATE_NOOP(
        "PlatformHints",
        "Melden gaat vanuit de chat zelf (via de gegevens van het contact of de groep), dus vanaf het toestel van "
        "wie het bericht ontving: doe dit samen met de medewerker. Bij het melden krijgt WhatsApp de laatste "
        "berichten van die chat te zien."), first_party_only=True),
    PlatformHint("Google Reviews", QT_TRANSLATE_NOOP(
        "PlatformHints",
        "Gebruik het meldmenu (⋮ of vlag) bij de review zelf. Voor verwijdering om juridische redenen is er een "
        "apart formulier.")),
    PlatformHint("E-mail", QT_TRANSLATE_NOOP(
        "PlatformHints",
        "Een e-mail staat niet op een platform: meld misbruik bij de e-maildienst van de afzender (vaak een "
        "abuse-adres).")),
    PlatformHint("Website", QT_TRANSLATE_NOOP(
        "PlatformHints",
        "Meld bij de beheerder van de website, of anders bij de hostingprovider: ook die moet meldingen van "
        "illegale inhoud (DSA) behandelen.")),
)
BY_PLATFORM = {hint.platform.casefold(): hint for hint in HINTS}


def hint_for(platform: str) -> PlatformHint:
    """The hint for ``platform`` (case-insensitive), or a general one for a platform without its own."""
    return BY_PLATFORM.get(platform.strip().casefold(), _GENERIC)
