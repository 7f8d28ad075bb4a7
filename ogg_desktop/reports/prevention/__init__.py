"""The prevention materials as PDF: the protocol (Wie doet wat), the conduct agreements as a poster
(A3 or A4) and a flyer (A5), the team-meeting agenda item and the self-search checklist."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import BinaryIO

from ogg_desktop.domain.organisation import Organisation
from ogg_desktop.domain.prevention import (
    AgreementsDocument,
    PolicyDocument,
    PreventionDocument,
    SelfSearchDocument,
    TeamMeetingDocument,
)


class PrintForm(StrEnum):
    DOCUMENT = "document"  # A4, for every kind; the agreements print as the flyer text on A4
    POSTER_A3 = "poster_a3"
    POSTER_A4 = "poster_a4"
    FLYER = "flyer"  # A5


def render(document: PreventionDocument, organisation: Organisation, language: str, out: BinaryIO,
           form: str = PrintForm.DOCUMENT, on: date | None = None) -> None:
    """Write ``document`` as a PDF to ``out`` in ``language`` ("nl"/"en"), dated ``on`` (today)."""
    from ogg_desktop.reports.prevention import agreements, policy, self_search, team_meeting
    from ogg_desktop.reports.prevention.layout import build_a4
    from ogg_desktop.reports.prevention.texts import PreventionWords

    w = PreventionWords(language)
    day = on or date.today()
    chosen = PrintForm(form)
    if isinstance(document, AgreementsDocument):
        agreements.render(document, organisation, w, out, chosen, day)
        return
    org = organisation.name.strip() or w("our_organisation")
    if isinstance(document, PolicyDocument):
        flow = policy.story(document, organisation, w)
    elif isinstance(document, TeamMeetingDocument):
        flow = team_meeting.story(document, organisation, w)
    elif isinstance(document, SelfSearchDocument):
        flow = self_search.story(document, organisation, w)
    else:  # pragma: no cover - the union is exhaustive
        raise TypeError(type(document))
    build_a4(out, flow, title=document.title, header=org, footer=w("footer", org=org, date=w.date(day)),
             page_label=w("page"), language=language)
