"""The deadline engine: when things are due, in plain dates, for the agenda and the warnings.

- Klacht (art. 66 Sr): 3 months from the day the employee learned of the item, per offence that is
  a klachtdelict.
- Aftercare: a first talk within 72 hours (or N working days where the organisation says so), then
  follow-ups after 2 weeks and after 6 weeks (6–8 weeks: due at 6, late after 8); a declined offer is
  made again after 2 weeks.
- DSA: the internal complaint window is at least 6 months from the platform's decision (art. 20).
- Check-ins and retention dates as the user set them.

Dates are calendar dates in the Netherlands (Europe/Amsterdam): a moment in UTC is turned into the
Dutch date first, so 23:30 UTC on 31 January is 1 February. Working days skip weekends and Dutch
public holidays (the holidays package).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

NL_TZ = ZoneInfo("Europe/Amsterdam")


class DeadlineKind(StrEnum):
    KLACHT = "klacht"
    AFTERCARE = "aftercare"
    REOFFER = "reoffer"
    APPEAL = "appeal"
    CHECKIN = "checkin"
    RETENTION = "retention"
    LEGAL = "legal"
    TEAM_MEETING = "team_meeting"  # not about a case: a team has not discussed the conduct agreements


@dataclass(frozen=True)
class AftercareSchedule:
    """The organisation's aftercare defaults (configurable)."""

    first_within_hours: int = 72
    first_within_working_days: int | None = None  # some sectors: 2 working days instead of 72 hours
    followup_weeks: tuple[int, ...] = (2, 6)
    last_followup_latest_weeks: int = 8
    reoffer_after_weeks: int = 2


@dataclass(frozen=True)
class Deadline:
    case_id: int | None  # None: the organisation's, not a case's (a team's discussion, issue #9)
    case_reference: str
    kind: DeadlineKind
    due: date
    subject: str  # short and content-free where possible: "Bedreiging (285 Sr), bewijsstuk 3"
    source: str = ""  # what it comes from, e.g. "evidence:3", "followup:7"
    latest: date | None = None  # for a window: the last acceptable day (6–8 weeks)


def local_date(moment: datetime) -> date:
    """The Dutch calendar date of a moment (naive datetimes are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(NL_TZ).date()


def add_months(start: date, months: int) -> date:
    """Same day number ``months`` later; the month's last day when that day does not exist."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=64)
def _nl_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year).keys())


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _nl_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """``days`` working days after ``start`` (weekends and Dutch public holidays skipped)."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def klacht_deadline(learned_on: date) -> date:
    """The last day to file a klacht: 3 months after the employee learned of it (art. 66 Sr)."""
    return add_months(learned_on, 3)


def appeal_deadline(decision_on: date) -> date:
    """The DSA internal complaint window: at least 6 months from the decision (art. 20 DSA)."""
    return add_months(decision_on, 6)


def first_talk_due(reported_at: datetime, schedule: AftercareSchedule = AftercareSchedule()) -> date:
    """When the first aftercare talk must have taken place, as a Dutch date."""
    if schedule.first_within_working_days is not None:
        return add_working_days(local_date(reported_at), schedule.first_within_working_days)
    return local_date(reported_at + timedelta(hours=schedule.first_within_hours))


def followups(start: date, schedule: AftercareSchedule = AftercareSchedule()) -> list[tuple[date, date | None]]:
    """(due, latest) for each follow-up after the first talk on ``start``."""
    result: list[tuple[date, date | None]] = []
    for n, weeks in enumerate(schedule.followup_weeks):
        latest = start + timedelta(weeks=schedule.last_followup_latest_weeks) if n == len(
            schedule.followup_weeks) - 1 else None
        result.append((start + timedelta(weeks=weeks), latest))
    return result


def reoffer_due(declined_on: date, schedule: AftercareSchedule = AftercareSchedule()) -> date:
    return declined_on + timedelta(weeks=schedule.reoffer_after_weeks)


@dataclass(frozen=True)
class Agenda:
    overdue: list[Deadline] = field(default_factory=list)
    today: list[Deadline] = field(default_factory=list)
    this_week: list[Deadline] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.overdue) + len(self.today) + len(self.this_week)


def overdue_on(deadline: Deadline, today: date) -> bool:
    """Late when past its due date; for a window (6–8 weeks), only when past its last day."""
    return (deadline.latest or deadline.due) < today


def build_agenda(deadlines: Iterable[Deadline], today: date) -> Agenda:
    """'Te laat', 'Vandaag' and 'Deze week' (the rest of this week, to Sunday). Sorted by date."""
    end_of_week = today + timedelta(days=6 - today.weekday())
    agenda = Agenda()
    for d in sorted(deadlines, key=lambda d: (d.due, d.case_reference, d.kind.value, d.source)):
        if overdue_on(d, today):
            agenda.overdue.append(d)
        elif d.due <= today:
            agenda.today.append(d)
        elif d.due <= end_of_week:
            agenda.this_week.append(d)
    return agenda
