"""The annual report from the vault: counted in SQL (a few aggregate queries, no case loaded), then
hidden as ``domain.annual`` says, and written as PDF or CSV; and the processing-register entry.

Each export is one audit entry with its kind, period and SHA-256: never a case reference."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ogg_desktop import __version__
from ogg_desktop.domain.annual import (
    NO_PLATFORM,
    OTHER_PLATFORM,
    PLATFORM_ALIASES,
    UNDETERMINED,
    Action,
    AftercareBucket,
    AnnualFigures,
    Period,
    TableKey,
    build,
)
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.reports.annual_csv import render_csv
from ogg_desktop.reports.output import write_atomically
from ogg_desktop.services.organisation import OrganisationService
from ogg_desktop.vault.vault import Vault

if TYPE_CHECKING:  # reportlab loads only when a PDF is made, not with the session at unlock
    from ogg_desktop.reports.register import RegisterFacts

# One row per case of the period with what the tables need (never leaves SQL), then one
# GROUP BY per table over it.
_FACTS = """
WITH period AS MATERIALIZED (
    SELECT c.id, c.category, c.setting, c.origin, c.outcome, c.opened_on,
        EXISTS (SELECT 1 FROM platform_reports r WHERE r.case_id = c.id AND r.filed_on IS NOT NULL) AS reported,
        EXISTS (SELECT 1 FROM platform_reports r WHERE r.case_id = c.id AND r.decision = 'removed') AS removed,
        EXISTS (SELECT 1 FROM police_reports r WHERE r.case_id = c.id AND r.filed_on IS NOT NULL
                AND r.kind IN ('aangifte', 'melding')) AS police,
        EXISTS (SELECT 1 FROM legal_actions r WHERE r.case_id = c.id) AS legal,
        (SELECT min(a.done_on) FROM aftercare a WHERE a.case_id = c.id AND a.status = 'done'
                AND a.person_id IS NULL AND a.done_on IS NOT NULL
                AND a.kind IN ('first_talk', 'followup', 'checkin')) AS first_care
    FROM cases c WHERE c.opened_on >= :start AND c.opened_on < :end
)
SELECT 'total', '', count(*) FROM period
UNION ALL SELECT 'category', category, count(*) FROM period GROUP BY category
UNION ALL SELECT 'setting', setting, count(*) FROM period GROUP BY setting
UNION ALL SELECT 'origin', origin, count(*) FROM period GROUP BY origin
UNION ALL SELECT 'outcome', outcome, count(*) FROM period GROUP BY outcome
UNION ALL SELECT 'actions', 'platform_report', coalesce(sum(reported), 0) FROM period
UNION ALL SELECT 'actions', 'removed', coalesce(sum(removed), 0) FROM period
UNION ALL SELECT 'actions', 'police_report', coalesce(sum(police), 0) FROM period
UNION ALL SELECT 'actions', 'legal_steps', coalesce(sum(legal), 0) FROM period
UNION ALL SELECT 'aftercare',
    CASE WHEN first_care IS NULL THEN 'none_yet'
         WHEN julianday(first_care) - julianday(opened_on) <= 3 THEN 'within_72h'
         WHEN julianday(first_care) - julianday(opened_on) <= 7 THEN 'within_week'
         ELSE 'later' END, count(*) FROM period GROUP BY 2
"""

# Cases per known platform (a case with several items on one platform counts once), in one pass over
# the evidence: the typed platform is matched against the known names and their aliases (any other
# text is "other"), and "*" counts the cases with any platform at all.
_PLATFORMS = """
WITH names(raw, key) AS MATERIALIZED (
    SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(:names)
),
items AS MATERIALIZED (
    SELECT DISTINCT e.case_id, coalesce(n.key, :other) AS key FROM evidence e NOT INDEXED
        LEFT JOIN names n ON n.raw = lower(trim(replace(replace(e.platform, '  ', ' '), '  ', ' ')))
    WHERE e.case_id IN (SELECT id FROM cases WHERE opened_on >= :start AND opened_on < :end)
        AND trim(e.platform) != ''
)
SELECT key, count(*) FROM items GROUP BY key
UNION ALL SELECT '*', count(DISTINCT case_id) FROM items
"""


class AnnualService:
    def __init__(self, vault: Vault, organisation: OrganisationService) -> None:
        self.vault = vault
        self.organisation = organisation

    # Counting -------------------------------------------------------------------------------
    def years(self) -> list[int]:
        """The years in which a case was opened, oldest first (for choosing a period)."""
        rows = self.vault.conn.execute("SELECT DISTINCT substr(opened_on, 1, 4) FROM cases ORDER BY 1")
        return [int(r[0]) for r in rows if str(r[0]).isdigit()]

    def figures(self, period: Period) -> AnnualFigures:
        params = {"start": period.start.isoformat(), "end": period.end_exclusive.isoformat()}
        counts: dict[TableKey, dict[str, int]] = {key: {} for key in TableKey}
        total = 0
        for table, key, count in self.vault.conn.execute(_FACTS, params):
            if table == "total":
                total = int(count)
                continue
            row = str(key) or UNDETERMINED
            counts[TableKey(table)][row] = counts[TableKey(table)].get(row, 0) + int(count)
        with_platform = 0
        names = json.dumps(sorted(PLATFORM_ALIASES.items()))
        for key, count in self.vault.conn.execute(_PLATFORMS, {**params, "names": names, "other": OTHER_PLATFORM}):
            if key == "*":
                with_platform = int(count)
            else:
                counts[TableKey.PLATFORM][str(key)] = int(count)
        counts[TableKey.PLATFORM][NO_PLATFORM] = total - with_platform
        # Every row of a table exists, even at zero, so the tables read the same each year.
        for action in Action:
            counts[TableKey.ACTIONS].setdefault(action.value, 0)
        for bucket in AftercareBucket:
            counts[TableKey.AFTERCARE].setdefault(bucket.value, 0)
        return build(period, total, counts)

    # Writing --------------------------------------------------------------------------------
    def write_pdf(self, figures: AnnualFigures, target: Path, language: str = "nl",
                  generated_at: datetime | None = None) -> tuple[str, int]:
        from ogg_desktop.reports.annual import render_annual

        when = generated_at or now_utc().astimezone()
        organisation = self.organisation.get()
        return self._write(target, lambda out: render_annual(figures, organisation, language, when, __version__,
                                                             out), "pdf", figures.period)

    def write_csv(self, figures: AnnualFigures, target: Path, language: str = "nl") -> tuple[str, int]:
        data = render_csv(figures, language)
        return self._write(target, lambda out: out.write(data), "csv", figures.period)

    def register_facts(self) -> RegisterFacts:
        """What the app itself knows for the processing register: which kinds of recipients it has
        actually sent something to, and whether retention dates are kept. No counts of single cases."""
        from ogg_desktop.reports.register import RegisterFacts

        conn = self.vault.conn
        kinds = tuple(sorted(str(r[0]) for r in conn.execute("SELECT DISTINCT kind FROM exports")))
        with_retention = int(conn.execute("SELECT count(*) FROM cases WHERE retention_until IS NOT NULL")
                             .fetchone()[0])
        cases = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        return RegisterFacts(export_kinds=kinds, retention_dates_kept=cases > 0 and with_retention == cases,
                             app_version=__version__)

    def write_register(self, target: Path, language: str = "nl",
                       generated_at: datetime | None = None) -> tuple[str, int]:
        """The processing-register entry (AVG art. 30): a PDF, or plain text for a ``.txt`` target."""
        from ogg_desktop.reports.register import register_entry, render_register_pdf, render_register_text

        when = generated_at or now_utc().astimezone()
        entry = register_entry(self.organisation.get(), self.register_facts(), language, when.date())
        if target.suffix.lower() == ".txt":
            text = render_register_text(entry).encode("utf-8")
            return self._write(target, lambda out: out.write(text), "register_txt", None)
        return self._write(target, lambda out: render_register_pdf(entry, language, when, __version__, out),
                           "register_pdf", None)

    def _write(self, target: Path, produce: Callable[[BinaryIO], object], kind: str,
               period: Period | None) -> tuple[str, int]:
        def write(out: BinaryIO) -> None:
            produce(out)

        sha256, size = write_atomically(target, write)
        detail = f"kind={kind}" + (f";period={period.code()}" if period else "") + f";sha256={sha256}"
        with self.vault.transaction() as repos:
            if period is None:
                repos.audit.append(self.vault.actor, "processing_register_exported", detail=detail)
            else:
                repos.audit.append(self.vault.actor, "annual_report_exported", detail=detail)
        return sha256, size
