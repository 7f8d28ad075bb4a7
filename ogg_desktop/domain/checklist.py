"""The seven steps of the response checklist (seed: "Handelen na online grensoverschrijdend gedrag")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Step(StrEnum):
    SCREENSHOT = "screenshot"
    DISCUSS = "discuss"  # Bespreek
    AFTERCARE = "aftercare"  # Nazorgtraject
    PLATFORM_REPORT = "platform_report"  # Rapporteer
    POLICE_REPORT = "police_report"  # Aangifte
    LEGAL_HELP = "legal_help"  # Juridische hulp
    PROFESSIONAL_HELP = "professional_help"  # Professionele hulp


STEPS: tuple[Step, ...] = tuple(Step)


class StepState(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


@dataclass
class ChecklistEntry:
    step: Step
    state: StepState = StepState.OPEN
    done_on: date | None = None
    who: str = ""
    note: str = ""

    @property
    def number(self) -> int:
        return STEPS.index(self.step) + 1


def validate_entry(entry: ChecklistEntry) -> list[str]:
    problems = []
    if entry.state == StepState.DONE and entry.done_on is None:
        problems.append("done_needs_date")
    return problems


def progress(entries: list[ChecklistEntry]) -> tuple[int, int]:
    """(finished, applicable): not-applicable steps count for neither."""
    applicable = [e for e in entries if e.state != StepState.NOT_APPLICABLE]
    return sum(e.state == StepState.DONE for e in applicable), len(applicable)
