"""A rich, fixed case for the report tests: the organisation, an employee with a pseudonym, a name,
a work address and a home address that must never be printed, three items with transcripts (one
with an emoji), a poster with an Arabic name and a witness, an account, a platform report with a
ticket, a police report with wishes, notes and conversations of every visibility (the
counsellor-only ones carry canaries), and consent for the police, HR and the platform.

Every date, capture time and "captured by" is fixed, and the local time zone is UTC while the case
is made, so a deterministic report of it is the same file on any machine and any day.
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ogg_desktop.domain.case import Case, ConsentScope, Employee
from ogg_desktop.domain.evidence import CaptureMethod, Confidence, EvidenceItem
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.organisation import Contact, Organisation
from ogg_desktop.domain.people import Account, Person, Role
from ogg_desktop.domain.workflow import (
    Conversation,
    FiledBy,
    PlatformDecision,
    PlatformReport,
    PoliceReport,
    Referral,
    ReferralTo,
    ReportRoute,
)
from ogg_desktop.services.notice import Notifier
from ogg_desktop.services.session import Session

FONT_FILE = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"

# Canaries: none of these may ever appear in a report other than where the test says.
CANARY_NOTE = "CANARY-VP-ONLY-7f3a"
CANARY_CONVERSATION = "CANARY-CONV-VP-ONLY-51aa"
CANARY_HOME = "CANARY-HOME-Thuislaan-99"
NOTE_EMPLOYEE = "NOTE-EMPLOYEE-b21c"
NOTE_HR = "NOTE-HR-9d4e"
CONVERSATION_HR = "CONV-HR-33b0"
CONVERSATION_EMPLOYEE = "CONV-EMPLOYEE-7c21"

ARABIC_NAME = "محمد الأحمد"
POLISH_NAME = "Zażółć Gęśląjaźń"
PSEUDONYM = "Medewerker K"
WORK_ADDRESS = "Werkstraat 5, 3511 AA Utrecht"
WITNESS = "Jan Getuige"
TICKET = "TCK-4711-X"
EMOJI = "\U0001f52a"  # HOCHO, not in DejaVu Sans

ORGANISATION = Organisation(
    name="Stichting Voorbeeldzorg", street="Domplein 29", postcode="3512 JE", city="Utrecht",
    phone="030 123 45 67", email="info@voorbeeldzorg.invalid", kvk="12345678",
    contact=Contact("Petra de Vries", "vertrouwenspersoon", "030 765 43 21", "p.devries@voorbeeldzorg.invalid"))

NOTIFIER = Notifier("Petra de Vries", "meldingen@voorbeeldzorg.invalid")

OPENED = date(2025, 3, 3)
CONSENT_ON = date(2025, 3, 5)
GENERATED_AT = datetime(2025, 3, 20, 14, 30, tzinfo=timezone(timedelta(hours=1)))
CAPTURED_BY = "vp.test"


def drawn_png(width: int, height: int, lines: list[str], accent: str, *, mode: str = "RGB") -> bytes:
    """A deterministic 'screenshot': a coloured bar, a card and some lines of text."""
    img = Image.new(mode, (width, height), "white" if mode == "RGB" else 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_FILE), 22)
    bar = accent if mode == "RGB" else 80
    draw.rectangle((0, 0, width, 48), fill=bar)
    draw.rectangle((20, 64, width - 20, height - 20), outline=bar, width=3)
    y = 84
    for line in lines:
        draw.text((40, y), line, fill="black" if mode == "RGB" else 0, font=font)
        y += 32
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def tall_png(width: int = 800, height: int = 6000) -> bytes:
    """A long scrolling capture: numbered bands, so every slice looks different."""
    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_FILE), 28)
    for n, top in enumerate(range(0, height, 300)):
        draw.rectangle((0, top, width, top + 40), fill=("#2c3e50" if n % 2 else "#8e44ad"))
        draw.text((30, top + 120), f"Bericht {n + 1} van een lange draad", fill="black", font=font)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


@dataclass
class ReportCase:
    session: Session
    case: Case
    items: list[EvidenceItem]
    originals: dict[int, bytes]  # item id -> the bytes as imported
    poster_id: int
    witness_id: int
    platform_report: PlatformReport


@pytest.fixture
def utc_local_time() -> Iterator[None]:
    """Local time is UTC while the case is made (the item's local capture time is printed)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def add_item(s: Session, case: Case, data: bytes, *, title: str, captured: datetime, **details: object) -> EvidenceItem:
    item = s.evidence.import_bytes(case, data, method=CaptureMethod.REGION, title=title, captured_by=CAPTURED_BY,
                                   captured_at=captured)
    for key, value in details.items():
        setattr(item, key, value)
    s.evidence.update_details(case, item)
    assert item.id is not None
    stored = s.evidence.get(item.id)
    assert stored is not None
    return stored


def build_case(s: Session) -> ReportCase:
    s.organisation.set(ORGANISATION)
    s.reports.set_notifier(NOTIFIER)
    case = s.cases.create("Bedreigingen op sociale media",
                          Employee(pseudonym=PSEUDONYM, name=POLISH_NAME, work_address=WORK_ADDRESS,
                                   home_address=CANARY_HOME),
                          opened_on=OPENED,
                          summary="Een anoniem account dreigt de medewerker en beledigt haar in reacties.")
    assert case.id is not None
    poster = s.people.add_person(case, Person(ARABIC_NAME, "vermoedelijke plaatser"), Role.POSTER).person
    witness = s.people.add_person(case, Person(WITNESS, "collega, zag de berichten"), Role.WITNESS).person
    assert poster.id is not None and witness.id is not None
    account = s.people.add_account(case, Account("X (Twitter)", "@dreiger99", "https://x.example.invalid/dreiger99",
                                                 "De Dreiger", poster.id, Confidence.LIKELY,
                                                 "zelfde profielfoto als bij eerdere berichten"))
    base = datetime(2025, 3, 3, 9, 15, tzinfo=UTC)
    one = add_item(
        s, case, drawn_png(900, 420, ["@dreiger99", "Ik weet waar je werkt.", "Pas maar op."], "#1d9bf0"),
        title="Dreigende reactie", captured=base,
        platform="X (Twitter)", url="https://x.example.invalid/dreiger99/status/1001", handle="@dreiger99",
        display_name="De Dreiger", account_id=account.id, poster_person_id=poster.id,
        poster_confidence=Confidence.LIKELY, poster_basis="accountnaam en profielfoto",
        posted_at_shown="27 feb.", posted_on=date(2025, 2, 27), learned_on=date(2025, 3, 1),
        transcript=f"Ik weet waar je werkt. Pas maar op {EMOJI}", context="Reactie onder een bericht van het team.",
        offences=["threat"])
    two = add_item(
        s, case, drawn_png(640, 360, ["Wat een sukkel is dat.", "Iedereen weet het."], "#1877f2"),
        title="Beledigende opmerking", captured=base + timedelta(minutes=20),
        platform="Facebook", url="https://facebook.example.invalid/groups/buurt/posts/2002",
        handle="buurtgroep-anoniem", posted_at_shown="1 maart", posted_on=date(2025, 3, 1),
        learned_on=date(2025, 3, 2), transcript="Wat een sukkel is dat. Iedereen weet het.", offences=["insult"])
    three = add_item(
        s, case, drawn_png(480, 320, ["Gedeeld in een groep"], "#0a66c2", mode="L"),
        title="Doorgestuurd bericht", captured=base + timedelta(minutes=40),
        platform="LinkedIn", url="https://linkedin.example.invalid/feed/update/3003", posted_at_shown="2 maart",
        posted_on=date(2025, 3, 2), learned_on=date(2025, 3, 2), transcript="Kijk wat ze nu weer doet.")
    assert one.id is not None and two.id is not None and three.id is not None
    s.evidence.set_witnesses(case, one, [witness.id])
    originals = {i.id: s.evidence.original_bytes(i.id) for i in (one, two, three) if i.id is not None}

    for scope in (ConsentScope.POLICE_REPORT, ConsentScope.SHARE_WITH_HR, ConsentScope.PLATFORM_REPORT):
        s.cases.record_consent(case, scope, CONSENT_ON, "mondeling, vastgelegd in gesprek")
    platform_report = s.workflow.add_platform_report(case, PlatformReport(
        case.id, "X (Twitter)", ReportRoute.DSA_NOTICE, FiledBy.EMPLOYEE, date(2025, 3, 4), [one.id],
        ticket=TICKET, decision=PlatformDecision.REMOVED, decision_on=date(2025, 3, 6)))
    s.workflow.add_police_report(case, PoliceReport(case.id, under_number=True, wish_kept_informed=True,
                                                    wish_damages=False))
    s.workflow.add_conversation(case, Conversation(case.id, date(2025, 3, 4), "VP, medewerker",
                                                   f"{CANARY_CONVERSATION}: slaapt slecht.",
                                                   Visibility.COUNSELLOR_ONLY))
    s.workflow.add_conversation(case, Conversation(case.id, date(2025, 3, 4), "VP, medewerker",
                                                   f"{CONVERSATION_EMPLOYEE}: wil zelf de regie houden.",
                                                   Visibility.EMPLOYEE))
    s.workflow.add_conversation(case, Conversation(case.id, date(2025, 3, 5), "VP, medewerker, HR",
                                                   f"{CONVERSATION_HR}: afspraken over thuiswerken.", Visibility.HR))
    s.workflow.add_referral(case, Referral(case.id, ReferralTo.COMPANY_DOCTOR, date(2025, 3, 6)))
    s.notes.add(case, f"{CANARY_NOTE}: privé-omstandigheden, alleen voor de vertrouwenspersoon.",
                Visibility.COUNSELLOR_ONLY)
    s.notes.add(case, f"{NOTE_EMPLOYEE}: afgesproken dat de organisatie aangifte doet.", Visibility.EMPLOYEE)
    s.notes.add(case, f"{NOTE_HR}: medewerker werkt tijdelijk vanuit een ander kantoor.", Visibility.HR)
    fresh = s.cases.get(case.id)
    assert fresh is not None
    return ReportCase(s, fresh, [one, two, three], originals, poster.id, witness.id, platform_report)


@pytest.fixture
def report_case(session: Session, utc_local_time: None) -> ReportCase:
    return build_case(session)
