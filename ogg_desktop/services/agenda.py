"""Every deadline across all cases, and the agenda built from them."""

from __future__ import annotations

from datetime import date

from ogg_desktop.domain.deadlines import Agenda, Deadline, DeadlineKind, appeal_deadline, build_agenda, klacht_deadline
from ogg_desktop.domain.offences import BY_CODE
from ogg_desktop.domain.workflow import AftercareKind, PlatformDecision
from ogg_desktop.services.team_meetings import TeamMeetingService
from ogg_desktop.vault.vault import Vault


class AgendaService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def deadlines(self, today: date, case_id: int | None = None) -> list[Deadline]:
        """What is due; subjects are codes (an offence code, an aftercare kind, a platform), never text."""
        repos = self.vault.repos
        refs = repos.cases.references()
        out: list[Deadline] = []
        reported = repos.workflow.cases_with_klacht()
        for item_id, cid, learned_on, offences in repos.evidence.learned_with_offences():
            if case_id is not None and cid != case_id:
                continue
            if cid in reported:
                continue  # a klacht is on record for this case: the deadline is met
            for code in offences:
                offence = BY_CODE.get(code)
                if offence is not None and offence.complaint_required:
                    out.append(Deadline(cid, refs.get(cid, ""), DeadlineKind.KLACHT, klacht_deadline(learned_on),
                                        code, f"evidence:{item_id}"))
        for entry in repos.workflow.planned_aftercare():
            if case_id is not None and entry.case_id != case_id:
                continue
            kind = DeadlineKind.CHECKIN if entry.kind == AftercareKind.CHECKIN else (
                DeadlineKind.REOFFER if entry.kind == AftercareKind.REOFFER else DeadlineKind.AFTERCARE)
            out.append(Deadline(entry.case_id, refs.get(entry.case_id, ""), kind, entry.due_on, entry.kind.value,
                                f"aftercare:{entry.id}", latest=entry.latest_on))
        for report in repos.workflow.decided_platform_reports():
            if case_id is not None and report.case_id != case_id:
                continue
            if report.decision in (PlatformDecision.REMOVED, PlatformDecision.NONE) or report.appeal_filed_on:
                continue
            assert report.decision_on is not None
            out.append(Deadline(report.case_id, refs.get(report.case_id, ""), DeadlineKind.APPEAL,
                                appeal_deadline(report.decision_on), report.platform, f"platform_report:{report.id}"))
        for action in repos.workflow.upcoming_legal(today.replace(year=today.year - 1)):
            if case_id is not None and action.case_id != case_id:
                continue
            assert action.next_date is not None
            out.append(Deadline(action.case_id, refs.get(action.case_id, ""), DeadlineKind.LEGAL, action.next_date,
                                action.kind.value, f"legal:{action.id}"))
        for cid, reference, retention in repos.cases.retention_dates():
            if case_id is None or cid == case_id:
                out.append(Deadline(cid, reference, DeadlineKind.RETENTION, retention, "", f"case:{cid}"))
        if case_id is None:  # the organisation's own items: teams due to discuss the theme again
            out += TeamMeetingService(self.vault).deadlines()
        return out

    def agenda(self, today: date) -> Agenda:
        return build_agenda(self.deadlines(today), today)
