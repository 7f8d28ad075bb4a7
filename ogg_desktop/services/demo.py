"""Clearly fictional sample cases, so a newcomer can try every screen without real data."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta

from PIL import Image, ImageDraw, ImageFont

from ogg_desktop.domain.case import (
    CaseCategory,
    CaseOrigin,
    CaseOutcome,
    CaseSetting,
    CaseStatus,
    ConsentScope,
    Employee,
)
from ogg_desktop.domain.checklist import ChecklistEntry, Step, StepState
from ogg_desktop.domain.evidence import CaptureMethod, Confidence
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Account, Person, Role
from ogg_desktop.domain.workflow import (
    Conversation,
    FiledBy,
    LegalAction,
    LegalKind,
    PlatformDecision,
    PlatformReport,
    PoliceReport,
    ReportRoute,
)
from ogg_desktop.services.session import Session

DEMO_MARK = "VOORBEELD — verzonnen gegevens"


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def fake_post_image(platform: str, account: str, text: str, accent: str) -> bytes:
    """A drawn 'screenshot' of a post, stamped as an example."""
    img = Image.new("RGB", (900, 420), "#f3f2ef")
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 900, 56), fill=accent)
    draw.text((20, 14), platform, fill="white", font=_font(24))
    draw.rounded_rectangle((30, 80, 870, 380), radius=12, fill="white", outline="#d0d0d0")
    draw.ellipse((50, 100, 110, 160), fill="#9e9e9e")
    draw.text((125, 108), account, fill="#202020", font=_font(22))
    draw.text((125, 138), "3 u · bewerkt", fill="#707070", font=_font(16))
    y = 190
    for line in text.split("\n"):
        draw.text((60, y), line, fill="#111111", font=_font(22))
        y += 34
    draw.text((560, 390), DEMO_MARK, fill="#b00020", font=_font(16))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def populate(session: Session, today: date | None = None) -> None:
    """Fill an empty vault with three fictional cases."""
    today = today or date.today()
    s = session

    case = s.cases.create("Dreigende reactie onder LinkedIn-bericht",
                          Employee(pseudonym="Medewerker A (voorbeeld)", work_address="Voorbeeldstraat 1, Utrecht"),
                          opened_on=today - timedelta(days=9),
                          summary="Verzonnen voorbeeld: een oud-cliënt dreigt in een reactie.")
    poster = s.people.add_person(case, Person("Oud-cliënt X (verzonnen)", "oud-cliënt"), Role.POSTER).person
    s.people.add_person(case, Person("Collega B (verzonnen)", "collega, zag het bericht"), Role.WITNESS)
    account = s.people.add_account(case, Account("LinkedIn", "@voorbeeld-x", "https://example.invalid/in/x",
                                                  "X. Voorbeeld", poster.id, Confidence.LIKELY,
                                                  "zelfde naam en foto als bij de intake"))
    item = s.evidence.import_bytes(case, fake_post_image(
        "LinkedIn", "X. Voorbeeld", "Ik weet waar je werkt.\nJe gaat hier spijt van krijgen.", "#0a66c2"),
        method=CaptureMethod.REGION, title="Reactie onder bericht van de organisatie")
    item.platform, item.url, item.handle, item.display_name = (
        "LinkedIn", "https://example.invalid/post/1", "@voorbeeld-x", "X. Voorbeeld")
    item.transcript = "Ik weet waar je werkt. Je gaat hier spijt van krijgen."
    item.account_id, item.poster_person_id = account.id, poster.id
    item.poster_confidence, item.poster_basis = Confidence.LIKELY, "accountnaam en profielfoto"
    item.learned_on, item.offences = today - timedelta(days=10), ["bedreiging (art. 285 Sr)"]
    s.evidence.update_details(case, item)
    s.checklist.save(case, ChecklistEntry(Step.SCREENSHOT, StepState.DONE, today - timedelta(days=9), "VP"))
    s.checklist.save(case, ChecklistEntry(Step.DISCUSS, StepState.DONE, today - timedelta(days=8), "VP"))
    s.checklist.save(case, ChecklistEntry(Step.AFTERCARE, StepState.IN_PROGRESS, None, "VP",
                                          "vervolggesprek over 2 weken"))
    s.cases.record_consent(case, ConsentScope.PLATFORM_REPORT, today - timedelta(days=8), "mondeling in gesprek")
    plan = s.workflow.start_aftercare(case, datetime.combine(today - timedelta(days=9), time(10, 0), UTC))
    s.workflow.complete_aftercare(case, plan[0], today - timedelta(days=8), "eerste gesprek gevoerd")
    s.workflow.add_conversation(case, Conversation(case.id or 0, today - timedelta(days=8), "VP, medewerker",
                                                   "Verzonnen voorbeeld van een gesprek."))
    s.workflow.add_platform_report(case, PlatformReport(
        case.id or 0, "LinkedIn", ReportRoute.DSA_NOTICE, FiledBy.EMPLOYEE, today - timedelta(days=7),
        [item.id or 0], ticket="VOORBEELD-123", decision=PlatformDecision.NO_ACTION,
        decision_on=today - timedelta(days=3)))
    s.notes.add(case, "Medewerker slaapt slecht; afgesproken om over een week te bellen.", Visibility.COUNSELLOR_ONLY)
    s.notes.add(case, "Afspraak: de organisatie doet aangifte, medewerker is getuige.", Visibility.EMPLOYEE)
    case.category, case.setting, case.origin = CaseCategory.INTIMIDATION, CaseSetting.ONLINE, CaseOrigin.EXTERNAL
    s.cases.update(case)

    case2 = s.cases.create("Nep-rouwadvertentie met naam medewerker",
                           Employee(pseudonym="Medewerker C (voorbeeld)"), opened_on=today - timedelta(days=30))
    notice = s.evidence.import_bytes(case2, fake_post_image(
        "Facebook", "Anoniem profiel", "In memoriam ... (verzonnen voorbeeld)\nRust zacht.", "#1877f2"),
        method=CaptureMethod.PHOTOGRAPHED, title="Advertentie in besloten groep")
    notice.platform, notice.learned_on, notice.offences = "Facebook", today - timedelta(days=85), ["defamation"]
    s.evidence.update_details(case2, notice)
    s.notes.add(case2, "Medewerker wil eerst zelf nadenken over aangifte.", Visibility.EMPLOYEE)
    case2.category, case2.setting, case2.origin = CaseCategory.INTIMIDATION, CaseSetting.ONLINE, CaseOrigin.UNKNOWN
    s.cases.update(case2)

    case3 = s.cases.create("Beledigende video over team", Employee(pseudonym="Team D (voorbeeld)"),
                           opened_on=today - timedelta(days=120))
    s.evidence.import_bytes(case3, fake_post_image(
        "YouTube", "kanaal-voorbeeld", "[video] 02:13 — ‘die mensen daar zijn ...’\n(verzonnen voorbeeld)",
        "#cc0000"), method=CaptureMethod.REGION, title="Video, fragment 02:13")
    case3.status = case3.status.CLOSED
    case3.category, case3.setting, case3.origin = CaseCategory.DISCRIMINATION, CaseSetting.ONLINE, CaseOrigin.EXTERNAL
    case3.outcome = CaseOutcome.NO_FURTHER_STEPS
    s.cases.update(case3)
    _last_year(s, today.year - 1)


# Closed cases of last year for the annual report: (category, setting, origin, outcome, platform or "",
# days to the first aftercare talk or None, reported to the platform, removed, police report, legal step).
_C, _S, _O, _U = CaseCategory, CaseSetting, CaseOrigin, CaseOutcome
_LAST_YEAR = (
    (_C.BULLYING, _S.ONLINE, _O.INTERNAL, _U.RESOLVED, "WhatsApp", 1, False, False, False, False),
    (_C.BULLYING, _S.OFFLINE, _O.INTERNAL, _U.EMPLOYER_MEASURES, "", 2, False, False, False, False),
    (_C.BULLYING, _S.BOTH, _O.INTERNAL, _U.RESOLVED, "WhatsApp", 3, False, False, False, False),
    (_C.BULLYING, _S.OFFLINE, _O.INTERNAL, _U.EMPLOYER_MEASURES, "", 5, False, False, False, False),
    (_C.INTIMIDATION, _S.ONLINE, _O.EXTERNAL, _U.NO_FURTHER_STEPS, "LinkedIn", 1, True, True, False, False),
    (_C.INTIMIDATION, _S.ONLINE, _O.EXTERNAL, _U.RESOLVED, "LinkedIn", 2, True, True, True, False),
    (_C.INTIMIDATION, _S.ONLINE, _O.UNKNOWN, _U.NO_FURTHER_STEPS, "Facebook", 6, True, False, False, False),
    (_C.SEXUAL_HARASSMENT, _S.ONLINE, _O.EXTERNAL, _U.RESOLVED, "Instagram", 2, True, True, True, False),
    (_C.SEXUAL_HARASSMENT, _S.BOTH, _O.INTERNAL, _U.EMPLOYER_MEASURES, "LinkedIn", 3, False, False, False, False),
    (_C.AGGRESSION, _S.OFFLINE, _O.EXTERNAL, _U.OTHER, "", 1, False, False, True, False),
    (_C.DISCRIMINATION, _S.ONLINE, _O.EXTERNAL, _U.RESOLVED, "Facebook", 12, True, False, False, True),
    (_C.OTHER, _S.ONLINE, _O.UNKNOWN, _U.NO_FURTHER_STEPS, "Facebook", None, False, False, False, False),
)

DEMO_CASES = 3 + len(_LAST_YEAR)  # what populate() makes


def _last_year(s: Session, year: int) -> None:
    """Closed, lightly filled cases spread over last year, so its annual report has something to show."""
    for n, (category, setting, origin, outcome, platform, care, reported, removed, police, legal) in enumerate(
            _LAST_YEAR, 1):
        opened = date(year, 1 + (n * 7) % 12, 1 + (n * 5) % 27)
        case = s.cases.create(f"Afgesloten voorbeeld {n} (verzonnen)",
                              Employee(pseudonym=f"Medewerker V{n} (voorbeeld)"), opened_on=opened)
        assert case.id is not None
        if platform:
            item = s.evidence.import_bytes(case, fake_post_image(platform, "Voorbeeldaccount", "(verzonnen voorbeeld)",
                                                                 "#5b6470"), method=CaptureMethod.REGION,
                                           title="Bericht (voorbeeld)")
            item.platform = platform
            s.evidence.update_details(case, item)
        if care is not None:
            plan = s.workflow.start_aftercare(case, datetime.combine(opened, time(9, 0), UTC))
            for step, entry in enumerate(plan):  # every talk held: a closed case leaves nothing late
                s.workflow.complete_aftercare(case, entry, opened + timedelta(days=care + 14 * step))
        for scope, wanted in ((ConsentScope.PLATFORM_REPORT, reported), (ConsentScope.POLICE_REPORT, police),
                              (ConsentScope.LEGAL_STEPS, legal)):
            if wanted:
                s.cases.record_consent(case, scope, opened, "mondeling in gesprek")
        if reported:
            s.workflow.add_platform_report(case, PlatformReport(
                case.id, platform, filed_on=opened + timedelta(days=2),
                decision=PlatformDecision.REMOVED if removed else PlatformDecision.NO_ACTION,
                decision_on=opened + timedelta(days=9),
                appeal_filed_on=None if removed else opened + timedelta(days=12)))
        if police:
            s.workflow.add_police_report(case, PoliceReport(case.id, filed_on=opened + timedelta(days=4)))
        if legal:
            s.workflow.add_legal_action(case, LegalAction(case.id, LegalKind.SOMMATIE, started_on=opened))
        case.category, case.setting, case.origin, case.outcome = category, setting, origin, outcome
        case.status = CaseStatus.CLOSED
        case.closed_on = opened + timedelta(days=40)
        case.retention_until = date(year + 2, 3, 31)  # kept until after next year's annual report
        s.cases.update(case)
