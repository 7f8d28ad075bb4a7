"""What a report is made of: a snapshot of one case, taken before the build starts.

The snapshot holds metadata only; the images are read one at a time while the PDF is laid out, so a
case with hundreds of screenshots never sits in memory twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from ogg_desktop.domain.case import Case, Consent
from ogg_desktop.domain.evidence import EvidenceItem
from ogg_desktop.domain.notes import Note
from ogg_desktop.domain.organisation import Organisation
from ogg_desktop.domain.people import Account, Involvement
from ogg_desktop.domain.workflow import (
    AftercareEntry,
    ConsentOverride,
    Conversation,
    LegalAction,
    PlatformReport,
    PoliceReport,
    Referral,
)


class ReportKind(StrEnum):
    POLICE = "police"
    HR = "hr"
    EMPLOYEE = "employee"
    NOTICE = "notice"


@dataclass(frozen=True)
class ReportItem:
    """One evidence item as a report shows it: its facts, and the picture shown and attached (for HR
    the newest redacted copy where there is one)."""

    number: int
    item: EvidenceItem
    image_id: int
    image_sha256: str
    image_media_type: str
    image_bytes: int
    width: int
    height: int
    redacted: bool = False
    poster: str = ""
    account: str = ""
    witnesses: tuple[str, ...] = ()


@dataclass(frozen=True)
class OffenceLine:
    code: str
    deadline: date | None  # for a klachtdelict: 3 months after the employee learned of it


@dataclass
class ReportOptions:
    language: str = "nl"
    use_pseudonym: bool = True  # police report: the employee by pseudonym
    recipient: str = ""  # who receives it (for the "shared with" log and the front page)
    item_ids: list[int] | None = None  # HR: only these items (None: every original item)
    platform_report_id: int | None = None  # notice: which platform report
    deterministic: bool = False  # tests: the same input gives the same bytes


@dataclass
class ReportData:
    kind: ReportKind
    options: ReportOptions
    case: Case
    organisation: Organisation
    actor: str
    generated_at: datetime
    app_version: str
    items: list[ReportItem] = field(default_factory=list)
    offences: list[OffenceLine] = field(default_factory=list)
    involvements: list[Involvement] = field(default_factory=list)
    accounts: list[Account] = field(default_factory=list)
    platform_reports: list[PlatformReport] = field(default_factory=list)
    police_reports: list[PoliceReport] = field(default_factory=list)
    legal_actions: list[LegalAction] = field(default_factory=list)
    conversations: list[Conversation] = field(default_factory=list)
    aftercare: list[AftercareEntry] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    consent: Consent | None = None
    override: ConsentOverride | None = None
    notice: PlatformReport | None = None
    notice_text: str = ""

    @property
    def language(self) -> str:
        return self.options.language

    @property
    def police_report(self) -> PoliceReport | None:
        """The report being prepared: the newest one on record (its flags and wishes)."""
        return self.police_reports[-1] if self.police_reports else None
