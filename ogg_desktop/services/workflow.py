"""The seven steps' records, with consent gating: escalation needs the employee's say."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import date, datetime

from ogg_desktop.domain.case import Case, ConsentScope
from ogg_desktop.domain.clock import now_utc, utc_iso
from ogg_desktop.domain.deadlines import AftercareSchedule, first_talk_due, followups, reoffer_due
from ogg_desktop.domain.workflow import (
    MIN_JUSTIFICATION,
    SCOPE_FOR,
    AftercareEntry,
    AftercareKind,
    AftercareStatus,
    ConsentOverride,
    Conversation,
    GatedAction,
    LegalAction,
    PlatformReport,
    PoliceReport,
    Referral,
    active_consent,
)
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.vault.repositories.workflow import WorkflowRepository
from ogg_desktop.vault.vault import Vault

SCHEDULE_KEY = "aftercare_schedule"


class ConsentRequiredError(Exception):
    """The step needs the employee's recorded consent (or a written 'conflict van plichten')."""

    def __init__(self, scope: ConsentScope) -> None:
        super().__init__(scope.value)
        self.scope = scope


class WorkflowService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def repo(self) -> WorkflowRepository:
        return self.vault.repos.workflow

    def _audit(self, case: Case, action: str, entity: str, entity_id: int | None, detail: str = "") -> None:
        assert case.id is not None
        self.vault.repos.cases.touch(case.id)
        self.vault.repos.audit.append(self.vault.actor, action, entity, entity_id or "", case.reference, detail)

    # Consent ------------------------------------------------------------------------------------
    def may(self, case: Case, action: GatedAction, on: date | None = None) -> bool:
        """Consent in force today, or a recorded 'conflict van plichten' for this step."""
        assert case.id is not None
        scope = SCOPE_FOR[action]
        day = on or now_utc().astimezone().date()
        if active_consent(self.vault.repos.cases.consents(case.id), scope, day) is not None:
            return True
        return bool(self.repo.overrides_for(case.id, scope))

    def require(self, case: Case, action: GatedAction) -> None:
        if not self.may(case, action):
            raise ConsentRequiredError(SCOPE_FOR[action])

    def override(self, case: Case, action: GatedAction, justification: str) -> ConsentOverride:
        """Act without consent under 'conflict van plichten': the written reason is kept in full in the
        override record (part of the case), and its SHA-256 in the hash-chained audit log. The log thus
        proves the reason was not changed afterwards, and destroying the case takes the text with it:
        the audit log outlives every case and must hold no case text."""
        assert case.id is not None
        text = justification.strip()
        if len(text) < MIN_JUSTIFICATION:
            raise InvalidInputError(["justification_too_short"])
        record = ConsentOverride(case.id, SCOPE_FOR[action], text, utc_iso(), self.vault.actor)
        with self.vault.transaction() as repos:
            repos.workflow.overrides.add(record)
            self._audit(case, "consent_overridden", "consent_override", record.id,
                        detail=json.dumps({"scope": record.scope.value,
                                           "justification_sha256": hashlib.sha256(text.encode()).hexdigest()}))
        return record

    def overrides(self, case: Case) -> list[ConsentOverride]:
        assert case.id is not None
        return self.repo.overrides.for_case(case.id)

    # Conversations ------------------------------------------------------------------------------
    def add_conversation(self, case: Case, conversation: Conversation) -> Conversation:
        with self.vault.transaction() as repos:
            repos.workflow.conversations.add(conversation)
            self._audit(case, "conversation_added", "conversation", conversation.id,
                        detail=f"visibility={conversation.visibility.value}")
        return conversation

    def update_conversation(self, case: Case, conversation: Conversation) -> None:
        with self.vault.transaction() as repos:
            repos.workflow.conversations.update(conversation)
            self._audit(case, "conversation_updated", "conversation", conversation.id)

    def conversations(self, case: Case) -> list[Conversation]:
        assert case.id is not None
        return self.repo.conversations.for_case(case.id, order="held_on")

    # Aftercare ----------------------------------------------------------------------------------
    def schedule(self) -> AftercareSchedule:
        text = self.vault.repos.meta.get(SCHEDULE_KEY)
        if not text:
            return AftercareSchedule()
        data = json.loads(text)
        data["followup_weeks"] = tuple(data["followup_weeks"])
        return AftercareSchedule(**data)

    def set_schedule(self, schedule: AftercareSchedule) -> None:
        with self.vault.transaction() as repos:
            repos.meta.set(SCHEDULE_KEY, json.dumps(asdict(schedule)))
            repos.audit.append(self.vault.actor, "settings_changed", detail="aftercare_schedule")

    def start_aftercare(self, case: Case, reported_at: datetime | None = None,
                        person_id: int | None = None) -> list[AftercareEntry]:
        """Plan the first talk and the follow-ups (for the employee, or for a witness)."""
        assert case.id is not None
        schedule = self.schedule()
        first = first_talk_due(reported_at or now_utc(), schedule)
        entries = [AftercareEntry(case.id, AftercareKind.FIRST_TALK, first, person_id=person_id)]
        entries += [AftercareEntry(case.id, AftercareKind.FOLLOWUP, due, latest, person_id=person_id)
                    for due, latest in followups(first, schedule)]
        with self.vault.transaction() as repos:
            for entry in entries:
                repos.workflow.aftercare.add(entry)
            self._audit(case, "aftercare_planned", "aftercare", entries[0].id,
                        detail="for=witness" if person_id else "for=employee")
        return entries

    def add_aftercare(self, case: Case, entry: AftercareEntry) -> AftercareEntry:
        with self.vault.transaction() as repos:
            repos.workflow.aftercare.add(entry)
            self._audit(case, "aftercare_planned", "aftercare", entry.id, detail=f"kind={entry.kind.value}")
        return entry

    def complete_aftercare(self, case: Case, entry: AftercareEntry, on: date, note: str = "") -> None:
        entry.status, entry.done_on = AftercareStatus.DONE, on
        if note:
            entry.note = note
        with self.vault.transaction() as repos:
            repos.workflow.aftercare.update(entry)
            self._audit(case, "aftercare_done", "aftercare", entry.id, detail=f"kind={entry.kind.value}")

    def decline_aftercare(self, case: Case, entry: AftercareEntry, on: date) -> AftercareEntry:
        """The employee declines for now: recorded, and the offer is made again after 2 weeks."""
        assert case.id is not None
        entry.status, entry.done_on = AftercareStatus.DECLINED, on
        again = AftercareEntry(case.id, AftercareKind.REOFFER, reoffer_due(on, self.schedule()),
                               person_id=entry.person_id)
        with self.vault.transaction() as repos:
            repos.workflow.aftercare.update(entry)
            repos.workflow.aftercare.add(again)
            self._audit(case, "aftercare_declined", "aftercare", entry.id, detail=f"reoffer={again.due_on}")
        return again

    def aftercare(self, case: Case) -> list[AftercareEntry]:
        assert case.id is not None
        return self.repo.aftercare.for_case(case.id, order="due_on")

    # Reports ------------------------------------------------------------------------------------
    def add_platform_report(self, case: Case, report: PlatformReport) -> PlatformReport:
        self.require(case, GatedAction.PLATFORM_REPORT)
        with self.vault.transaction() as repos:
            repos.workflow.add_platform_report(report)
            self._audit(case, "platform_report_added", "platform_report", report.id,
                        detail=f"route={report.route.value};items={len(report.item_ids)}")
        return report

    def update_platform_report(self, case: Case, report: PlatformReport) -> None:
        with self.vault.transaction() as repos:
            repos.workflow.update_platform_report(report)
            self._audit(case, "platform_report_updated", "platform_report", report.id,
                        detail=f"decision={report.decision.value}")

    def platform_reports(self, case: Case) -> list[PlatformReport]:
        assert case.id is not None
        return self.repo.platform_reports_for_case(case.id)

    def add_police_report(self, case: Case, report: PoliceReport) -> PoliceReport:
        self.require(case, GatedAction.POLICE_REPORT)
        with self.vault.transaction() as repos:
            repos.workflow.police_reports.add(report)
            self._audit(case, "police_report_added", "police_report", report.id, detail=f"kind={report.kind.value}")
        return report

    def update_police_report(self, case: Case, report: PoliceReport) -> None:
        with self.vault.transaction() as repos:
            repos.workflow.police_reports.update(report)
            self._audit(case, "police_report_updated", "police_report", report.id)

    def police_reports(self, case: Case) -> list[PoliceReport]:
        assert case.id is not None
        return self.repo.police_reports.for_case(case.id, order="filed_on")

    def add_legal_action(self, case: Case, action: LegalAction) -> LegalAction:
        self.require(case, GatedAction.LEGAL_STEPS)
        with self.vault.transaction() as repos:
            repos.workflow.legal_actions.add(action)
            self._audit(case, "legal_action_added", "legal_action", action.id, detail=f"kind={action.kind.value}")
        return action

    def update_legal_action(self, case: Case, action: LegalAction) -> None:
        with self.vault.transaction() as repos:
            repos.workflow.legal_actions.update(action)
            self._audit(case, "legal_action_updated", "legal_action", action.id)

    def legal_actions(self, case: Case) -> list[LegalAction]:
        assert case.id is not None
        return self.repo.legal_actions.for_case(case.id, order="started_on")

    def add_referral(self, case: Case, referral: Referral) -> Referral:
        with self.vault.transaction() as repos:
            repos.workflow.referrals.add(referral)
            self._audit(case, "referral_added", "referral", referral.id, detail=f"to={referral.to.value}")
        return referral

    def referrals(self, case: Case) -> list[Referral]:
        assert case.id is not None
        return self.repo.referrals.for_case(case.id, order="referred_on")
