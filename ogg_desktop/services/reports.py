"""Reports: gather a case into a snapshot, build the PDF off the GUI thread, log who received it.

``prepare`` runs where the vault was opened (the GUI thread); ``render_to`` may run in a worker
thread (it reads images through its own connection); ``record`` enters the export in the "shared
with" log and the audit log, with the PDF's SHA-256.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ogg_desktop import __version__
from ogg_desktop.domain.case import Case, ConsentScope
from ogg_desktop.domain.clock import now_utc, utc_iso
from ogg_desktop.domain.deadlines import klacht_deadline
from ogg_desktop.domain.evidence import CaptureMethod, EvidenceItem, chronological_key
from ogg_desktop.domain.exports import Export
from ogg_desktop.domain.offences import BY_CODE, OFFENCES
from ogg_desktop.domain.workflow import GatedAction, active_consent
from ogg_desktop.reports.errors import EvidenceChangedError as EvidenceChangedError  # raised here
from ogg_desktop.reports.model import OffenceLine, ReportData, ReportItem, ReportKind, ReportOptions
from ogg_desktop.reports.output import write_atomically
from ogg_desktop.services.notice import Notifier, build_notice
from ogg_desktop.services.organisation import OrganisationService
from ogg_desktop.services.workflow import WorkflowService
from ogg_desktop.vault.vault import Vault

NOTIFIER_NAME, NOTIFIER_EMAIL = "notifier_name", "notifier_email"
GATES = {ReportKind.POLICE: GatedAction.POLICE_REPORT, ReportKind.HR: GatedAction.SHARE_WITH_HR,
         ReportKind.NOTICE: GatedAction.PLATFORM_REPORT}
SCOPES = {ReportKind.POLICE: ConsentScope.POLICE_REPORT, ReportKind.HR: ConsentScope.SHARE_WITH_HR,
          ReportKind.NOTICE: ConsentScope.PLATFORM_REPORT}


class NoSuchPlatformReportError(Exception):
    pass


def newest_redacted(item: EvidenceItem, items: list[EvidenceItem]) -> EvidenceItem | None:
    copies = [c for c in items if c.original_id == item.id and c.derivation.startswith("redacted")]
    return max(copies, key=lambda c: (c.captured_at_utc, c.id or 0)) if copies else None


class ReportService:
    def __init__(self, vault: Vault, workflow: WorkflowService, organisation: OrganisationService) -> None:
        self.vault = vault
        self.workflow = workflow
        self.organisation = organisation

    # Gathering ----------------------------------------------------------------------------------
    def prepare(self, case: Case, kind: ReportKind, options: ReportOptions | None = None,
                generated_at: datetime | None = None) -> ReportData:
        """The snapshot for one report. Raises ConsentRequiredError where the employee's consent
        (or a written override) is missing for the step."""
        assert case.id is not None
        options = options or ReportOptions()
        gate = GATES.get(kind)
        if gate is not None:
            self.workflow.require(case, gate)
        repos = self.vault.repos
        all_items = repos.evidence.for_case(case.id)
        originals = sorted((i for i in all_items if i.method != CaptureMethod.DERIVED), key=chronological_key)
        data = ReportData(kind, options, case, self.organisation.get(), self.vault.actor,
                          generated_at or now_utc().astimezone(), __version__)
        notice_items: list[int] | None = None
        if kind == ReportKind.NOTICE:
            report = next((r for r in self.workflow.platform_reports(case) if r.id == options.platform_report_id), None)
            if report is None:
                raise NoSuchPlatformReportError(str(options.platform_report_id))
            data.notice = report
            notice_items = report.item_ids
        chosen = originals
        if notice_items is not None:
            chosen = [i for i in originals if i.id in notice_items]
        elif kind == ReportKind.HR and options.item_ids is not None:
            chosen = [i for i in originals if i.id in options.item_ids]
        people = {inv.person.id: inv.person.name for inv in repos.people.involvements(case.id)}
        accounts = {a.id: a for a in repos.people.accounts(case.id)}
        for number, item in enumerate(chosen, 1):
            shown = newest_redacted(item, all_items) if kind == ReportKind.HR else None
            image = shown or item
            assert item.id is not None and image.id is not None
            account = accounts.get(item.account_id) if item.account_id else None
            witnesses = tuple(people.get(pid, "") for pid in repos.evidence.people(item.id, "witness"))
            data.items.append(ReportItem(
                number, item, image.id, image.sha256, image.media_type, image.byte_size, image.width or 0,
                image.height or 0, redacted=shown is not None, poster=people.get(item.poster_person_id, "") or "",
                account=account.label() if account else "", witnesses=tuple(w for w in witnesses if w)))
        data.offences = self._offences(chosen)
        if kind in (ReportKind.POLICE, ReportKind.EMPLOYEE):
            data.involvements = repos.people.involvements(case.id)
            data.accounts = list(accounts.values())
        data.platform_reports = self.workflow.platform_reports(case)
        data.police_reports = self.workflow.police_reports(case)
        data.legal_actions = self.workflow.legal_actions(case) if kind != ReportKind.HR else []
        if kind in (ReportKind.HR, ReportKind.EMPLOYEE):
            data.conversations = self.workflow.conversations(case)
            data.notes = repos.notes.for_case(case.id)
        if kind == ReportKind.EMPLOYEE:
            data.aftercare = self.workflow.aftercare(case)
            data.referrals = self.workflow.referrals(case)
        scope = SCOPES.get(kind)
        if scope is not None:
            data.consent = active_consent(repos.cases.consents(case.id), scope, data.generated_at.date())
            overrides = [o for o in self.workflow.overrides(case) if o.scope == scope]
            data.override = overrides[-1] if overrides else None
        if data.notice is not None:
            data.notice_text = build_notice([i.item for i in data.items], self.notifier(), options.language)
        return data

    @staticmethod
    def _offences(items: list[EvidenceItem]) -> list[OffenceLine]:
        tagged = {code for item in items for code in item.offences}
        lines = []
        for code in [o.code for o in OFFENCES if o.code in tagged] + sorted(tagged - set(BY_CODE)):
            offence = BY_CODE.get(code)
            learned = [i.learned_on for i in items if code in i.offences and i.learned_on]
            deadline = klacht_deadline(min(learned)) if offence and offence.complaint_required and learned else None
            lines.append(OffenceLine(code, deadline))
        return lines

    # The notifier of platform notices ------------------------------------------------------------
    def notifier(self) -> Notifier:
        meta = self.vault.repos.meta
        return Notifier(meta.get(NOTIFIER_NAME) or "", meta.get(NOTIFIER_EMAIL) or "")

    def set_notifier(self, notifier: Notifier) -> None:
        if notifier == self.notifier():
            return
        with self.vault.transaction() as repos:
            repos.meta.set(NOTIFIER_NAME, notifier.name)
            repos.meta.set(NOTIFIER_EMAIL, notifier.email)
            repos.audit.append(self.vault.actor, "settings_changed", detail="notifier")

    # Building -----------------------------------------------------------------------------------
    def render_to(self, data: ReportData, target: Path,
                  progress: Callable[[int, int], bool] | None = None) -> tuple[str, int]:
        """Write the PDF atomically; safe to call from a worker thread. Returns (SHA-256, size)."""
        from ogg_desktop.reports.build import render  # reportlab loads when the first report is made

        expected = {i.image_id: i.image_sha256 for i in data.items}
        checked: set[int] = set()  # each image is read up to three times (size, picture, attachment)
        with self.vault.reader() as repos:
            def load(image_id: int) -> bytes:
                blob = repos.evidence.data(image_id)
                if image_id not in checked:
                    if hashlib.sha256(blob).hexdigest() != expected[image_id]:
                        raise EvidenceChangedError(image_id)
                    checked.add(image_id)
                return blob

            if progress is None:
                return write_atomically(target, lambda out: render(data, load, out))
            return write_atomically(target, lambda out: render(data, load, out, progress))

    def record(self, data: ReportData, sha256: str, size: int) -> Export:
        """Enter the export in the "shared with" log and the audit log (kind and hash, no content)."""
        case = data.case
        assert case.id is not None
        export = Export(case.id, data.kind.value, data.options.recipient, utc_iso(), self.vault.actor, sha256, size,
                        len(data.items), data.language)
        with self.vault.transaction() as repos:
            repos.workflow.exports.add(export)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "report_exported", "export", export.id or "", case.reference,
                               f"kind={data.kind.value};items={len(data.items)};sha256={sha256}")
        return export

    def write(self, data: ReportData, target: Path,
              progress: Callable[[int, int], bool] | None = None) -> Export:
        sha256, size = self.render_to(data, target, progress)
        return self.record(data, sha256, size)

    def exports(self, case: Case) -> list[Export]:
        assert case.id is not None
        return self.vault.repos.workflow.exports.for_case(case.id, order="at_utc")


