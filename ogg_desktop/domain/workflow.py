"""What each step of the response records: conversations, aftercare, platform and police reports,
legal help, referrals — and which steps need the employee's consent."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ogg_desktop.domain.case import Consent, ConsentScope
from ogg_desktop.domain.notes import Visibility


@dataclass
class Conversation:
    """Bespreek: a conversation with the employee (or a witness)."""

    case_id: int
    held_on: date
    present: str = ""
    summary: str = ""
    visibility: Visibility = Visibility.COUNSELLOR_ONLY
    id: int | None = None


class AftercareKind(StrEnum):
    FIRST_TALK = "first_talk"
    FOLLOWUP = "followup"
    REOFFER = "reoffer"  # a declined offer, made again
    CHECKIN = "checkin"  # "hoe gaat het?"


class AftercareStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    DECLINED = "declined"
    CANCELLED = "cancelled"


@dataclass
class AftercareEntry:
    """One planned or held aftercare contact; ``person_id`` None means the employee, else a witness."""

    case_id: int
    kind: AftercareKind
    due_on: date
    latest_on: date | None = None
    status: AftercareStatus = AftercareStatus.PLANNED
    done_on: date | None = None
    person_id: int | None = None
    note: str = ""
    id: int | None = None


class ReportRoute(StrEnum):
    DSA_NOTICE = "dsa_notice"  # notice of illegal content, art. 16 DSA
    TERMS = "terms"  # the platform's own terms / community rules


class FiledBy(StrEnum):
    EMPLOYEE = "employee"
    REPRESENTATIVE = "representative"
    ORGANISATION = "organisation"


class PlatformDecision(StrEnum):
    NONE = ""
    REMOVED = "removed"
    RESTRICTED = "restricted"
    NO_ACTION = "no_action"
    OTHER = "other"


@dataclass
class PlatformReport:
    """Rapporteer: a report to a platform, and what came of it."""

    case_id: int
    platform: str
    route: ReportRoute = ReportRoute.DSA_NOTICE
    filed_by: FiledBy = FiledBy.EMPLOYEE
    filed_on: date | None = None
    item_ids: list[int] = field(default_factory=list)
    ticket: str = ""
    receipt_on: date | None = None
    decision: PlatformDecision = PlatformDecision.NONE
    decision_on: date | None = None
    statement_of_reasons: str = ""
    automated: bool | None = None
    appeal_filed_on: date | None = None
    note: str = ""
    id: int | None = None


class PoliceReportKind(StrEnum):
    AANGIFTE = "aangifte"  # a report for investigation
    MELDING = "melding"  # registration only
    INFORMATIEF = "informatief"  # an informative conversation


@dataclass
class PoliceReport:
    """Aangifte: made by the organisation (preferably), with the employee's wishes recorded."""

    case_id: int
    kind: PoliceReportKind = PoliceReportKind.AANGIFTE
    filed_by: FiledBy = FiledBy.ORGANISATION
    filed_on: date | None = None
    station: str = ""
    registration_number: str = ""
    public_task: bool = False  # VPT/ELA: employee with a public task
    vpt_code: str = ""
    under_number: bool = False  # "aangifte onder nummer" requested
    wish_kept_informed: bool | None = None
    wish_damages: bool | None = None
    employee_statement_on: date | None = None
    employee_statement_station: str = ""
    poa_signed: bool | None = None  # special power of attorney, for klachtdelicten
    note: str = ""
    id: int | None = None


class LegalKind(StrEnum):
    SOMMATIE = "sommatie"
    KORT_GEDING = "kort_geding"
    BODEMPROCEDURE = "bodemprocedure"
    IDENTITY_CLAIM = "identity_claim"  # claim for the poster's identity
    OTHER = "other"


@dataclass
class LegalAction:
    case_id: int
    kind: LegalKind
    lawyer: str = ""
    started_on: date | None = None
    next_date: date | None = None
    outcome: str = ""
    note: str = ""
    id: int | None = None


class ReferralTo(StrEnum):
    COMPANY_DOCTOR = "bedrijfsarts"
    PSYCHOLOGIST = "psycholoog"
    VICTIM_SUPPORT = "slachtofferhulp"
    OTHER = "other"


@dataclass
class Referral:
    case_id: int
    to: ReferralTo
    referred_on: date
    note: str = ""
    id: int | None = None


class GatedAction(StrEnum):
    """Escalating actions that need the employee's consent."""

    PLATFORM_REPORT = "platform_report"
    POLICE_REPORT = "police_report"
    SHARE_WITH_HR = "share_with_hr"
    LEGAL_STEPS = "legal_steps"


SCOPE_FOR: dict[GatedAction, ConsentScope] = {
    GatedAction.PLATFORM_REPORT: ConsentScope.PLATFORM_REPORT,
    GatedAction.POLICE_REPORT: ConsentScope.POLICE_REPORT,
    GatedAction.SHARE_WITH_HR: ConsentScope.SHARE_WITH_HR,
    GatedAction.LEGAL_STEPS: ConsentScope.LEGAL_STEPS,
}


@dataclass
class ConsentOverride:
    """'Conflict van plichten': the counsellor acts without consent, with a written justification."""

    case_id: int
    scope: ConsentScope
    justification: str
    at_utc: str = ""
    actor: str = ""
    id: int | None = None


MIN_JUSTIFICATION = 40  # characters: a reason, not a tick box


def active_consent(consents: list[Consent], scope: ConsentScope, on: date) -> Consent | None:
    """The consent for ``scope`` in force on ``on`` (given on or before, not withdrawn by then)."""
    for consent in reversed(consents):
        if consent.scope != scope or consent.given_on > on:
            continue
        if consent.withdrawn_on is None or consent.withdrawn_on > on:
            return consent
    return None
