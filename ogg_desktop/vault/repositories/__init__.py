"""Repositories: the only code in OGG Desktop that contains SQL."""

from __future__ import annotations

from dataclasses import dataclass

from ogg_desktop.vault.connection import Connection
from ogg_desktop.vault.repositories.audit import AuditRepository
from ogg_desktop.vault.repositories.cases import CaseRepository
from ogg_desktop.vault.repositories.checklist import ChecklistRepository
from ogg_desktop.vault.repositories.corrections import CorrectionRepository
from ogg_desktop.vault.repositories.evidence import EvidenceRepository
from ogg_desktop.vault.repositories.meta import MetaRepository
from ogg_desktop.vault.repositories.notes import NoteRepository
from ogg_desktop.vault.repositories.people import PeopleRepository
from ogg_desktop.vault.repositories.prevention import PreventionRepository
from ogg_desktop.vault.repositories.team_meetings import TeamMeetingRepository
from ogg_desktop.vault.repositories.workflow import WorkflowRepository


@dataclass(frozen=True)
class Repositories:
    meta: MetaRepository
    audit: AuditRepository
    cases: CaseRepository
    evidence: EvidenceRepository
    people: PeopleRepository
    checklist: ChecklistRepository
    notes: NoteRepository
    workflow: WorkflowRepository
    corrections: CorrectionRepository
    team_meetings: TeamMeetingRepository
    prevention: PreventionRepository

    @classmethod
    def on(cls, conn: Connection) -> Repositories:
        meta = MetaRepository(conn)
        return cls(meta, AuditRepository(conn, meta), CaseRepository(conn, meta), EvidenceRepository(conn),
                   PeopleRepository(conn), ChecklistRepository(conn), NoteRepository(conn), WorkflowRepository(conn),
                   CorrectionRepository(conn), TeamMeetingRepository(conn),
                   PreventionRepository(conn))
