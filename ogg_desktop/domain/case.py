"""The case (dossier) and the employee it is about."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class CaseStatus(StrEnum):
    OPEN = "open"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class LegalBasis(StrEnum):
    """AVG/GDPR basis for processing; special-category data needs explicit consent."""

    CONSENT = "consent"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTEREST = "vital_interest"
    LEGITIMATE_INTEREST = "legitimate_interest"


class ConsentScope(StrEnum):
    """The escalating steps that need the employee's recorded consent."""

    PLATFORM_REPORT = "platform_report"
    POLICE_REPORT = "police_report"
    SHARE_WITH_HR = "share_with_hr"
    LEGAL_STEPS = "legal_steps"


class CaseCategory(StrEnum):
    """What kind of behaviour, for the anonymised annual report ('' = not yet determined)."""

    NONE = ""
    BULLYING = "bullying"  # pesten
    INTIMIDATION = "intimidation"  # intimidatie
    SEXUAL_HARASSMENT = "sexual_harassment"  # seksuele intimidatie
    AGGRESSION = "aggression"  # agressie en geweld
    DISCRIMINATION = "discrimination"  # discriminatie
    OTHER = "other"


class CaseSetting(StrEnum):
    """Where it happened: online, offline or both ('' = not yet determined)."""

    NONE = ""
    ONLINE = "online"
    OFFLINE = "offline"
    BOTH = "both"


class CaseOrigin(StrEnum):
    """Who it came from: someone inside the organisation or outside it ('' = not yet determined)."""

    NONE = ""
    INTERNAL = "internal"
    EXTERNAL = "external"
    UNKNOWN = "unknown"  # looked into, and not known (an anonymous account)


class CaseOutcome(StrEnum):
    """How the case ended, as far as the records cannot tell: platform reports, their removals,
    police reports and legal steps are derived from the records themselves ('' = not yet determined)."""

    NONE = ""
    RESOLVED = "resolved"  # resolved in conversation or mediation
    EMPLOYER_MEASURES = "employer_measures"  # the employer took measures
    NO_FURTHER_STEPS = "no_further_steps"  # the employee wanted no further steps
    OTHER = "other"


@dataclass
class Employee:
    """Who the case is about. A work address only: a home address needs the user's explicit say."""

    pseudonym: str = ""
    name: str = ""
    work_address: str = ""
    home_address: str = ""

    def display(self) -> str:
        return self.pseudonym or self.name


@dataclass
class Consent:
    scope: ConsentScope
    given_on: date
    how: str = ""
    withdrawn_on: date | None = None
    note: str = ""
    id: int | None = None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass
class Case:
    reference: str
    title: str
    opened_on: date
    employee: Employee = field(default_factory=Employee)
    status: CaseStatus = CaseStatus.OPEN
    closed_on: date | None = None
    retention_until: date | None = None
    legal_basis: LegalBasis = LegalBasis.CONSENT
    summary: str = ""
    id: int | None = None
    updated_at: str = ""
    category: CaseCategory = CaseCategory.NONE
    setting: CaseSetting = CaseSetting.NONE
    origin: CaseOrigin = CaseOrigin.NONE
    outcome: CaseOutcome = CaseOutcome.NONE


def make_reference(year: int, number: int) -> str:
    """Case references read like 'OGG-2026-0007': sortable, speakable, no personal data."""
    return f"OGG-{year}-{number:04d}"


def validate_case(case: Case) -> list[str]:
    """Problems a user must fix before the case is saved; codes, translated by the GUI/CLI."""
    problems: list[str] = []
    if not case.title.strip():
        problems.append("title_required")
    if case.closed_on and case.closed_on < case.opened_on:
        problems.append("closed_before_opened")
    if case.retention_until and case.retention_until < case.opened_on:
        problems.append("retention_before_opened")
    if case.status == CaseStatus.CLOSED and case.closed_on is None:
        problems.append("closed_needs_date")
    return problems
