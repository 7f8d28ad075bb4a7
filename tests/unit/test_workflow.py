"""The response workflow's core: consent gating, aftercare, reports, agenda, timeline, DSA notice."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime

import pytest

from ogg_desktop.domain.case import ConsentScope
from ogg_desktop.domain.deadlines import DeadlineKind
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.workflow import (
    AftercareKind,
    AftercareStatus,
    Conversation,
    FiledBy,
    GatedAction,
    LegalAction,
    LegalKind,
    PlatformDecision,
    PlatformReport,
    PoliceReport,
    Referral,
    ReferralTo,
)
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.notice import Notifier, build_notice, missing_elements
from ogg_desktop.services.session import Session
from ogg_desktop.services.workflow import ConsentRequiredError
from tests.conftest import png_bytes

JUSTIFICATION = "Acuut gevaar voor de medewerker; de dreiging is concreet en de medewerker is niet bereikbaar."


def test_escalation_is_blocked_until_consent_and_again_after_withdrawal(session: Session) -> None:
    case = session.cases.create("Toestemming")
    report = PlatformReport(case.id or 0, "LinkedIn")
    with pytest.raises(ConsentRequiredError) as blocked:
        session.workflow.add_platform_report(case, report)
    assert blocked.value.scope == ConsentScope.PLATFORM_REPORT
    assert session.workflow.platform_reports(case) == []
    consent = session.cases.record_consent(case, ConsentScope.PLATFORM_REPORT, date.today(), "mondeling")
    session.workflow.add_platform_report(case, report)
    assert len(session.workflow.platform_reports(case)) == 1
    # Consent for the platform is not consent for the police.
    with pytest.raises(ConsentRequiredError):
        session.workflow.add_police_report(case, PoliceReport(case.id or 0))
    session.cases.withdraw_consent(case, consent, date.today())
    with pytest.raises(ConsentRequiredError):
        session.workflow.add_platform_report(case, PlatformReport(case.id or 0, "YouTube"))
    assert len(session.workflow.platform_reports(case)) == 1


def test_conflict_van_plichten_needs_a_written_reason_kept_in_the_audit_chain(session: Session) -> None:
    case = session.cases.create("Overmacht")
    with pytest.raises(InvalidInputError):
        session.workflow.override(case, GatedAction.POLICE_REPORT, "kort")
    assert not session.workflow.may(case, GatedAction.POLICE_REPORT)
    session.workflow.override(case, GatedAction.POLICE_REPORT, JUSTIFICATION)
    assert session.workflow.may(case, GatedAction.POLICE_REPORT)
    assert not session.workflow.may(case, GatedAction.SHARE_WITH_HR)  # only the step it was given for
    session.workflow.add_police_report(case, PoliceReport(case.id or 0, filed_on=date.today()))
    entry = next(e for e in session.vault.repos.audit.entries() if e.action == "consent_overridden")
    assert json.loads(entry.detail) == {  # the reason's hash: the text itself stays in the case
        "scope": "police_report", "justification_sha256": hashlib.sha256(JUSTIFICATION.encode()).hexdigest()}
    assert session.vault.repos.audit.verify().ok
    assert [o.justification for o in session.workflow.overrides(case)] == [JUSTIFICATION]


def test_aftercare_plan_decline_and_reoffer(session: Session) -> None:
    case = session.cases.create("Nazorg")
    plan = session.workflow.start_aftercare(case, datetime(2026, 3, 27, 16, 0, tzinfo=UTC))
    assert [(e.kind, e.due_on, e.latest_on) for e in plan] == [
        (AftercareKind.FIRST_TALK, date(2026, 3, 30), None),
        (AftercareKind.FOLLOWUP, date(2026, 4, 13), None),
        (AftercareKind.FOLLOWUP, date(2026, 5, 11), date(2026, 5, 25)),
    ]
    again = session.workflow.decline_aftercare(case, plan[0], date(2026, 3, 30))
    assert again.kind == AftercareKind.REOFFER and again.due_on == date(2026, 4, 13)
    stored = session.workflow.aftercare(case)
    assert [e.status for e in stored if e.id == plan[0].id] == [AftercareStatus.DECLINED]
    session.workflow.complete_aftercare(case, again, date(2026, 4, 14), note="toch een gesprek")
    assert {e.id: e.status for e in session.workflow.aftercare(case)}[again.id] == AftercareStatus.DONE


def test_agenda_across_cases(session: Session) -> None:
    today = date(2026, 11, 25)
    a = session.cases.create("Klacht", opened_on=date(2026, 9, 1))
    item = session.evidence.import_bytes(a, png_bytes(), method=CaptureMethod.REGION)
    item.learned_on, item.offences = date(2026, 8, 20), ["insult", "threat"]  # only insult is a klachtdelict
    session.evidence.update_details(a, item)
    b = session.cases.create("Nazorg", opened_on=date(2026, 11, 20))
    session.workflow.start_aftercare(b, datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    session.cases.record_consent(b, ConsentScope.PLATFORM_REPORT, date(2026, 5, 1), "schriftelijk")
    session.workflow.add_platform_report(b, PlatformReport(
        b.id or 0, "TikTok", filed_on=date(2026, 5, 2), decision=PlatformDecision.NO_ACTION,
        decision_on=date(2026, 5, 26)))
    agenda = session.agenda.agenda(today)
    overdue = [(d.case_reference, d.kind, d.due) for d in agenda.overdue]
    assert (a.reference, DeadlineKind.KLACHT, date(2026, 11, 20)) in overdue
    assert (b.reference, DeadlineKind.APPEAL, date(2026, 11, 26)) not in overdue
    assert [(d.kind, d.due) for d in agenda.this_week] == [(DeadlineKind.APPEAL, date(2026, 11, 26)),
                                                            (DeadlineKind.AFTERCARE, date(2026, 11, 27))]
    kinds = {d.kind for d in session.agenda.deadlines(today)}
    assert DeadlineKind.AFTERCARE in kinds and all(d.subject != "threat" for d in session.agenda.deadlines(today))
    # A klacht on record (aangifte by the employee) meets the deadline.
    session.workflow.override(a, GatedAction.POLICE_REPORT, JUSTIFICATION)
    session.workflow.add_police_report(a, PoliceReport(a.id or 0, filed_by=FiledBy.EMPLOYEE, filed_on=today))
    assert all(d.kind != DeadlineKind.KLACHT for d in session.agenda.deadlines(today))


def test_timeline_merges_everything_in_date_order(session: Session) -> None:
    case = session.cases.create("Tijdlijn", opened_on=date(2020, 1, 1))
    session.workflow.add_conversation(case, Conversation(case.id or 0, date(2020, 1, 3), "VP, medewerker", "x"))
    session.workflow.add_referral(case, Referral(case.id or 0, ReferralTo.COMPANY_DOCTOR, date(2020, 1, 2)))
    session.workflow.override(case, GatedAction.LEGAL_STEPS, JUSTIFICATION)
    session.workflow.add_legal_action(case, LegalAction(case.id or 0, LegalKind.SOMMATIE, started_on=date(2020, 2, 1)))
    session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.PASTED, title="Bericht")
    kinds = [(e.kind, e.on) for e in session.timeline.for_case(case)]
    assert kinds[:4] == [("case_opened", date(2020, 1, 1)), ("referral", date(2020, 1, 2)),
                         ("conversation", date(2020, 1, 3)), ("legal_action", date(2020, 2, 1))]
    assert "evidence" in [k for k, _ in kinds[4:]]


def test_dsa_notice_has_the_four_required_elements_per_platform(session: Session) -> None:
    case = session.cases.create("DSA")
    notifier = Notifier("Jan de Vertrouwenspersoon", "vp@organisatie.example")
    items = []
    for platform, url, text, offence in (
        ("LinkedIn", "https://example.invalid/in/post/1", "Ik weet waar je werkt", "threat"),
        ("YouTube", "https://example.invalid/watch?v=2", "Die mevrouw is een leugenaar", "defamation"),
    ):
        item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.REGION)
        item.platform, item.url, item.transcript, item.offences = platform, url, text, [offence]
        item.handle = "@anoniem"
        session.evidence.update_details(case, item)
        items.append(item)
    for item in items:
        for language, good_faith in (("nl", "te goeder trouw"), ("en", "bona fide")):
            text = build_notice([item], notifier, language)
            assert item.transcript in text  # (a) the explanation quotes the content
            assert ("285" in text) or ("261" in text)  # (a) and names the offence
            assert item.url in text  # (b)
            assert notifier.name in text and notifier.email in text  # (c)
            assert good_faith in text  # (d)
        assert missing_elements([item], notifier) == []
    assert missing_elements([], Notifier("", "geen")) == ["items", "name", "email"]
