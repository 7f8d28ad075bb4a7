"""An unlocked vault with every service on it: what the GUI and the CLI work with."""

from __future__ import annotations

from dataclasses import dataclass

from ogg_desktop.domain.audit import ChainReport
from ogg_desktop.services.agenda import AgendaService
from ogg_desktop.services.capture import CaptureService
from ogg_desktop.services.cases import CaseService
from ogg_desktop.services.evidence import EvidenceService, HashMismatch
from ogg_desktop.services.notes import ChecklistService, NoteService
from ogg_desktop.services.organisation import OrganisationService
from ogg_desktop.services.people import PeopleService
from ogg_desktop.services.reports import ReportService
from ogg_desktop.services.timeline import TimelineService
from ogg_desktop.services.workflow import WorkflowService
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

    @classmethod
    def on(cls, vault: Vault) -> Session:
        evidence = EvidenceService(vault)
        workflow = WorkflowService(vault)
        organisation = OrganisationService(vault)
        return cls(vault, CaseService(vault), evidence, PeopleService(vault), NoteService(vault),
                   ChecklistService(vault), CaptureService(evidence), workflow, AgendaService(vault),
                   TimelineService(vault), organisation, ReportService(vault, workflow, organisation))

    def verify(self) -> VerifyReport:
        checked, mismatches = self.evidence.verify_hashes()
        chain = self.vault.repos.audit.verify()
        problems = self.vault.integrity_problems()
        with self.vault.transaction() as repos:
            repos.audit.append(self.vault.actor, "verified", detail=f"items={checked};ok={not mismatches}")
        return VerifyReport(checked, mismatches, chain, problems)

    def close(self) -> None:
        self.vault.close()
