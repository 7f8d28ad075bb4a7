"""One chronological timeline per case: evidence, conversations, aftercare, reports, legal steps,
referrals and checklist changes, oldest first. Entries carry codes and ids; the GUI words them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.deadlines import local_date
from ogg_desktop.domain.workflow import AftercareStatus
from ogg_desktop.vault.vault import Vault


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    kind: str  # evidence, conversation, aftercare_done, aftercare_declined, platform_report, platform_decision,
    # police_report, legal_action, referral, checklist, case_opened
    source: str  # "evidence:3"
    detail: str = ""  # a title, a platform, a state code — never the body of a note


def _utc_date(text: str) -> date:
    return local_date(datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ"))


class TimelineService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def for_case(self, case: Case) -> list[TimelineEntry]:
        assert case.id is not None
        repos = self.vault.repos
        wf = repos.workflow
        out = [TimelineEntry(case.opened_on, "case_opened", f"case:{case.id}", case.reference)]
        for item in repos.evidence.for_case(case.id):
            out.append(TimelineEntry(_utc_date(item.captured_at_utc), "evidence", f"evidence:{item.id}", item.title))
        for c in wf.conversations.for_case(case.id):
            out.append(TimelineEntry(c.held_on, "conversation", f"conversation:{c.id}", c.visibility.value))
        for a in wf.aftercare.for_case(case.id):
            if a.status in (AftercareStatus.DONE, AftercareStatus.DECLINED) and a.done_on:
                kind = "aftercare_done" if a.status == AftercareStatus.DONE else "aftercare_declined"
                out.append(TimelineEntry(a.done_on, kind, f"aftercare:{a.id}", a.kind.value))
        for r in wf.platform_reports_for_case(case.id):
            if r.filed_on:
                out.append(TimelineEntry(r.filed_on, "platform_report", f"platform_report:{r.id}", r.platform))
            if r.decision_on:
                out.append(TimelineEntry(r.decision_on, "platform_decision", f"platform_report:{r.id}",
                                         f"{r.platform}:{r.decision.value}"))
        for p in wf.police_reports.for_case(case.id):
            if p.filed_on:
                out.append(TimelineEntry(p.filed_on, "police_report", f"police_report:{p.id}", p.kind.value))
        for legal in wf.legal_actions.for_case(case.id):
            if legal.started_on:
                out.append(TimelineEntry(legal.started_on, "legal_action", f"legal:{legal.id}", legal.kind.value))
        for ref in wf.referrals.for_case(case.id):
            out.append(TimelineEntry(ref.referred_on, "referral", f"referral:{ref.id}", ref.to.value))
        for entry in repos.audit.entries(case_ref=case.reference):
            if entry.action == "checklist_updated":
                out.append(TimelineEntry(_utc_date(entry.at_utc), "checklist", f"step:{entry.entity_id}",
                                         f"{entry.entity_id}:{entry.detail.removeprefix('state=')}"))
        order = {"case_opened": 0}
        return sorted(out, key=lambda e: (e.on, order.get(e.kind, 1), e.source))
