"""An unlocked vault with every service on it: what the GUI and the CLI work with."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from ogg_desktop.domain.audit import ChainReport
from ogg_desktop.services.agenda import AgendaService
from ogg_desktop.services.annual import AnnualService
from ogg_desktop.services.capture import CaptureService
from ogg_desktop.services.cases import CaseService
from ogg_desktop.services.evidence import EvidenceService, HashMismatch
from ogg_desktop.services.notes import ChecklistService, NoteService
from ogg_desktop.services.organisation import OrganisationService
from ogg_desktop.services.people import PeopleService
from ogg_desktop.services.prevention import PreventionService
from ogg_desktop.services.reports import ReportService
from ogg_desktop.services.retention import RetentionService
from ogg_desktop.services.review import ReviewService
from ogg_desktop.services.team_meetings import TeamMeetingService
from ogg_desktop.services.timeline import TimelineService
from ogg_desktop.services.workflow import WorkflowService
from ogg_desktop.vault.driver import sqlcipher
from ogg_desktop.vault.errors import VaultDamagedError
from ogg_desktop.vault.vault import Vault


@dataclass(frozen=True)
class VerifyReport:
    items_checked: int
    mismatches: list[HashMismatch]
    chain: ChainReport
    integrity_problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.mismatches and self.chain.ok and not self.integrity_problems


@dataclass
class Session:
    vault: Vault
    cases: CaseService
    evidence: EvidenceService
    people: PeopleService
    notes: NoteService
    checklist: ChecklistService
    capture: CaptureService
    workflow: WorkflowService
    agenda: AgendaService
    timeline: TimelineService
    organisation: OrganisationService
    reports: ReportService
    retention: RetentionService
    review: ReviewService
    team_meetings: TeamMeetingService
    prevention: PreventionService
    annual: AnnualService

    @classmethod
    def on(cls, vault: Vault) -> Session:
        evidence = EvidenceService(vault)
        workflow = WorkflowService(vault)
        organisation = OrganisationService(vault)
        return cls(vault, CaseService(vault), evidence, PeopleService(vault), NoteService(vault),
                   ChecklistService(vault), CaptureService(evidence), workflow, AgendaService(vault),
                   TimelineService(vault), organisation, ReportService(vault, workflow, organisation),
                   RetentionService(vault), ReviewService(vault, CaseService(vault)), TeamMeetingService(vault),
                   prevention=PreventionService(vault, organisation),
                   annual=AnnualService(vault, organisation))

    def verify(self) -> VerifyReport:
        """Every evidence hash, the audit chain and the file itself. A damaged page is reported as a
        problem (with the advice to restore a backup), never raised as a crash."""
        checked, mismatches, problems = 0, list[HashMismatch](), list[str]()
        chain = ChainReport(False, 0, None, "unreadable")
        try:
            checked, mismatches = self.evidence.verify_hashes()
            chain = self.vault.repos.audit.verify()
        except (VaultDamagedError, sqlcipher().DatabaseError) as exc:
            problems.append(f"unreadable: {exc}")
        try:
            problems += self.vault.integrity_problems()
        except (VaultDamagedError, sqlcipher().DatabaseError) as exc:
            problems.append(f"unreadable: {exc}")
        with contextlib.suppress(VaultDamagedError, sqlcipher().DatabaseError), self.vault.transaction() as repos:
            repos.audit.append(self.vault.actor, "verified", detail=f"items={checked};ok={not mismatches}")
        return VerifyReport(checked, mismatches, chain, problems)

    def close(self) -> None:
        self.vault.close()
