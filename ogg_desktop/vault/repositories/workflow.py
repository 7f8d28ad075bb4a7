"""The response workflow's records."""

from __future__ import annotations

from datetime import date

from ogg_desktop.domain.case import ConsentScope
from ogg_desktop.domain.exports import Export
from ogg_desktop.domain.workflow import (
    AftercareEntry,
    AftercareStatus,
    ConsentOverride,
    Conversation,
    LegalAction,
    PlatformReport,
    PoliceReport,
    Referral,
)
from ogg_desktop.vault.connection import Connection
from ogg_desktop.vault.repositories.records import RecordTable


class WorkflowRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.conversations = RecordTable(conn, "conversations", Conversation)
        self.aftercare = RecordTable(conn, "aftercare", AftercareEntry)
        self.platform_reports = RecordTable(conn, "platform_reports", PlatformReport, skip=("item_ids",))
        self.police_reports = RecordTable(conn, "police_reports", PoliceReport)
        self.legal_actions = RecordTable(conn, "legal_actions", LegalAction)
        self.referrals = RecordTable(conn, "referrals", Referral)
        self.overrides = RecordTable(conn, "consent_overrides", ConsentOverride)
        self.exports = RecordTable(conn, "exports", Export)

    # Platform reports carry the items they report ---------------------------------------------
    def add_platform_report(self, report: PlatformReport) -> PlatformReport:
        self.platform_reports.add(report)
        self._set_items(report)
        return report

    def update_platform_report(self, report: PlatformReport) -> None:
        self.platform_reports.update(report)
        self._set_items(report)

    def _set_items(self, report: PlatformReport) -> None:
        self.conn.execute("DELETE FROM platform_report_items WHERE report_id = ?", (report.id,))
        self.conn.executemany("INSERT INTO platform_report_items(report_id, evidence_id) VALUES (?, ?)",
                              [(report.id, i) for i in dict.fromkeys(report.item_ids)])

    def _with_items(self, reports: list[PlatformReport]) -> list[PlatformReport]:
        for report in reports:
            report.item_ids = [int(r[0]) for r in self.conn.execute(
                "SELECT evidence_id FROM platform_report_items WHERE report_id = ? ORDER BY evidence_id",
                (report.id,))]
        return reports

    def platform_reports_for_case(self, case_id: int) -> list[PlatformReport]:
        return self._with_items(self.platform_reports.for_case(case_id, order="filed_on"))

    def get_platform_report(self, report_id: int) -> PlatformReport | None:
        report = self.platform_reports.get(report_id)
        return self._with_items([report])[0] if report else None

    # Across cases, for the agenda ---------------------------------------------------------------
    def planned_aftercare(self) -> list[AftercareEntry]:
        return self.aftercare.where("status = ?", (AftercareStatus.PLANNED.value,))

    def decided_platform_reports(self) -> list[PlatformReport]:
        return self._with_items(self.platform_reports.where("decision_on IS NOT NULL"))

    def upcoming_legal(self, since: date) -> list[LegalAction]:
        return self.legal_actions.where("next_date IS NOT NULL AND next_date >= ?", (since.isoformat(),))

    def cases_with_klacht(self) -> set[int]:
        """Cases where a klacht is on record: an aangifte filed by the employee, or by the organisation
        with the employee's special power of attorney signed."""
        rows = self.conn.execute(
            "SELECT DISTINCT case_id FROM police_reports WHERE kind = 'aangifte' AND filed_on IS NOT NULL "
            "AND (filed_by = 'employee' OR poa_signed = 1)")
        return {int(r[0]) for r in rows}

    def overrides_for(self, case_id: int, scope: ConsentScope) -> list[ConsentOverride]:
        return self.overrides.where("case_id = ? AND scope = ?", (case_id, scope.value))
