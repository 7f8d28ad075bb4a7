"""The deadline engine: month ends, leap years, Dutch holidays, time zones, the agenda."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ogg_desktop.domain.deadlines import (
    AftercareSchedule,
    Deadline,
    DeadlineKind,
    add_months,
    add_working_days,
    appeal_deadline,
    build_agenda,
    first_talk_due,
    followups,
    is_working_day,
    klacht_deadline,
    local_date,
    reoffer_due,
)


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2026, 8, 31), 6, date(2027, 2, 28)),
    (date(2026, 12, 15), 3, date(2027, 3, 15)),
    (date(2026, 5, 31), 6, date(2026, 11, 30)),
])
def test_add_months_clamps_to_the_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_klacht_and_appeal_deadlines() -> None:
    assert klacht_deadline(date(2026, 11, 30)) == date(2027, 2, 28)
    assert klacht_deadline(date(2027, 11, 30)) == date(2028, 2, 29)
    assert appeal_deadline(date(2026, 8, 31)) == date(2027, 2, 28)


def test_working_days_skip_weekends_and_dutch_holidays() -> None:
    assert not is_working_day(date(2026, 4, 27))  # Koningsdag
    assert not is_working_day(date(2026, 12, 26))  # Tweede Kerstdag (a Saturday anyway)
    assert not is_working_day(date(2026, 5, 14))  # Hemelvaart
    assert is_working_day(date(2026, 5, 15))
    # Thursday 23 April 2026 + 2 working days: Friday 24, (weekend), (Monday 27 = King's Day) → Tuesday 28.
    assert add_working_days(date(2026, 4, 23), 2) == date(2026, 4, 28)
    # Christmas: Thursday 24 Dec 2026 + 1 → Monday 28 Dec (25th, 26th, weekend).
    assert add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 28)


def test_dates_are_dutch_dates_whatever_the_time_zone() -> None:
    assert local_date(datetime(2026, 1, 31, 23, 30, tzinfo=UTC)) == date(2026, 2, 1)  # CET = UTC+1
    assert local_date(datetime(2026, 7, 31, 21, 59, tzinfo=UTC)) == date(2026, 7, 31)  # CEST = UTC+2
    assert local_date(datetime(2026, 7, 31, 22, 0, tzinfo=UTC)) == date(2026, 8, 1)
    assert local_date(datetime(2026, 7, 31, 22, 0)) == date(2026, 8, 1)  # naive means UTC


def test_first_talk_within_72_hours_or_working_days() -> None:
    reported = datetime(2026, 3, 27, 16, 0, tzinfo=UTC)  # a Friday afternoon
    assert first_talk_due(reported) == date(2026, 3, 30)
    sector = AftercareSchedule(first_within_working_days=2)
    assert first_talk_due(reported, sector) == date(2026, 3, 31)
    # Across the switch to summer time (29 March 2026) the 72 hours still count as hours.
    assert first_talk_due(datetime(2026, 3, 28, 22, 30, tzinfo=UTC)) == date(2026, 4, 1)


def test_followups_and_reoffer() -> None:
    first = date(2026, 1, 5)
    assert followups(first) == [(date(2026, 1, 19), None), (date(2026, 2, 16), date(2026, 3, 2))]
    assert reoffer_due(date(2026, 2, 20)) == date(2026, 3, 6)
    custom = AftercareSchedule(followup_weeks=(1, 4, 12), last_followup_latest_weeks=14)
    assert [d for d, _ in followups(first, custom)] == [date(2026, 1, 12), date(2026, 2, 2), date(2026, 3, 30)]


def _d(ref: str, due: date, kind: DeadlineKind = DeadlineKind.KLACHT, latest: date | None = None) -> Deadline:
    return Deadline(1, ref, kind, due, "x", source=ref, latest=latest)


def test_agenda_lists_exactly_what_is_due() -> None:
    today = date(2026, 11, 25)  # a Wednesday
    deadlines = [
        _d("late", date(2026, 11, 24)),
        _d("today", date(2026, 11, 25)),
        _d("sunday", date(2026, 11, 29)),
        _d("next-monday", date(2026, 11, 30)),
        _d("window-open", date(2026, 11, 20), DeadlineKind.AFTERCARE, latest=date(2026, 12, 4)),
        _d("window-closed", date(2026, 11, 1), DeadlineKind.AFTERCARE, latest=date(2026, 11, 15)),
    ]
    agenda = build_agenda(deadlines, today)
    assert [d.source for d in agenda.overdue] == ["window-closed", "late"]
    assert [d.source for d in agenda.today] == ["window-open", "today"]
    assert [d.source for d in agenda.this_week] == ["sunday"]
    assert len(agenda) == 5
