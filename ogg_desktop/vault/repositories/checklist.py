from __future__ import annotations

from ogg_desktop.domain.checklist import STEPS, ChecklistEntry, Step, StepState
from ogg_desktop.domain.clock import date_text, parse_date, utc_iso
from ogg_desktop.vault.connection import Connection


class ChecklistRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def create_for_case(self, case_id: int) -> None:
        now = utc_iso()
        self.conn.executemany(
            "INSERT INTO checklist(case_id, step, updated_at) VALUES (?, ?, ?)",
            [(case_id, step.value, now) for step in STEPS],
        )

    def for_case(self, case_id: int) -> list[ChecklistEntry]:
        rows = {
            r[0]: r for r in self.conn.execute(
                "SELECT step, state, done_on, who, note FROM checklist WHERE case_id = ?", (case_id,)
            )
        }
        entries = []
        for step in STEPS:
            r = rows.get(step.value)
            if r is None:
                entries.append(ChecklistEntry(step))
            else:
                entries.append(ChecklistEntry(Step(r[0]), StepState(r[1]), parse_date(r[2]), r[3], r[4]))
        return entries

    def save(self, case_id: int, entry: ChecklistEntry) -> None:
        self.conn.execute(
            "INSERT INTO checklist(case_id, step, state, done_on, who, note, updated_at) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(case_id, step) DO UPDATE SET state=excluded.state, done_on=excluded.done_on, "
            "who=excluded.who, note=excluded.note, updated_at=excluded.updated_at",
            (case_id, entry.step.value, entry.state.value, date_text(entry.done_on), entry.who, entry.note,
             utc_iso()),
        )
