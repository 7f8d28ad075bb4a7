"""The anonymised annual report (jaarverslag): what is counted, and which numbers are hidden.

What is counted. A case belongs to a period when it was *opened* in it (the first day of the first
month up to and including the last day of the last month). Each case is counted once per table.
Only marginal tables are made (one characteristic at a time, never two crossed), so no cell of one
table is a part of a cell of another.

- Partition tables (kind of behaviour, online/offline, inside/outside the organisation, how it
  ended, time to the first aftercare talk): every case is in exactly one row, "not yet
  determined" included, so the rows add up to the number of cases in the period.
- Multiple-answer tables (platform, what was done): a case can be in several rows or in none; each
  row is a number of cases out of all cases in the period.

Which numbers are hidden (the rule, so that nobody can be recognised):

1. No breakdown at all below ``SMALL`` (3) cases in the period: the number itself shows as "<3".
2. Primary: a count of 1 or 2 shows as "<3". A count of 0 is shown (it describes nobody).
3. Secondary, partition tables: the rows add up to the total, which is shown. A hidden count must not
   be computable from the total minus the visible rows. The reader knows each "<3" is 1 or 2 and
   each "×" is 3 or more; as long as some hidden count has only one possible value given the sum of
   the hidden rows, another row is hidden too, as "×": the smallest visible non-zero row that is
   enough on its own (the first of equals), or else the smallest, and the check is made again. If
   no visible non-zero row is left to hide, the whole table is hidden ("×" in every row).
4. Secondary, multiple-answer tables: a row is also hidden ("×") when only 1 or 2 cases of the
   period are *not* in it, since the total minus the row would otherwise be such a small number.
5. Nothing of a single case appears: no name, reference, date, title or free text. Platforms are
   only named when they are on the list of known platforms below; any other text a user typed as a
   platform counts as "other platform", so free text never reaches the report.

What the rule cannot prevent: two reports for overlapping periods (January–March and January–April)
can be subtracted from each other. Give recipients one report per period.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ogg_desktop.domain.case import CaseCategory, CaseOrigin, CaseOutcome, CaseSetting

SMALL = 3  # counts below this (1 and 2) are hidden
PRIMARY = "<3"  # a hidden small count
SECONDARY = "×"  # hidden so that a small count elsewhere cannot be computed (CBS: "geheim")
UNDETERMINED = "undetermined"  # the row for "not yet determined" ('' in the vault)
_INFINITY = 10**12


@dataclass(frozen=True)
class Period:
    """Whole months: ``start`` is the first day of the first month, ``end`` the last day of the last."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start.day != 1 or self.end.day != calendar.monthrange(self.end.year, self.end.month)[1]:
            raise ValueError("a period is made of whole months")
        if self.end < self.start:
            raise ValueError("the period ends before it starts")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def months(cls, first_year: int, first_month: int, last_year: int, last_month: int) -> Period:
        last_day = calendar.monthrange(last_year, last_month)[1]
        return cls(date(first_year, first_month, 1), date(last_year, last_month, last_day))

    @property
    def is_calendar_year(self) -> bool:
        return self.start.year == self.end.year and (self.start.month, self.end.month) == (1, 12)

    @property
    def end_exclusive(self) -> date:
        """The first day after the period (for ``opened_on < ?``)."""
        return date(self.end.year + 1, 1, 1) if self.end.month == 12 else date(self.end.year, self.end.month + 1, 1)

    def code(self) -> str:
        """'2026' or '2026-01_2026-06': for file names and the audit log."""
        if self.is_calendar_year:
            return str(self.start.year)
        return f"{self.start:%Y-%m}_{self.end:%Y-%m}"


class TableKey(StrEnum):
    CATEGORY = "category"
    SETTING = "setting"
    ORIGIN = "origin"
    PLATFORM = "platform"
    ACTIONS = "actions"  # what was done, derived from the records
    OUTCOME = "outcome"  # how it ended, as the counsellor recorded it
    AFTERCARE = "aftercare"  # time from opening to the first aftercare talk


class Action(StrEnum):
    """What was done, as the records show it."""

    PLATFORM_REPORT = "platform_report"  # reported to a platform (a filed report)
    REMOVED = "removed"  # a platform removed the content
    POLICE_REPORT = "police_report"  # an aangifte or melding filed with the police
    LEGAL_STEPS = "legal_steps"  # a legal step recorded


class AftercareBucket(StrEnum):
    WITHIN_72H = "within_72h"
    WITHIN_WEEK = "within_week"
    LATER = "later"
    NONE_YET = "none_yet"


def aftercare_bucket(days: int | None) -> AftercareBucket:
    """Days from the case's opening to the first aftercare talk held (None: none yet). Dates carry no
    time of day, so "within 72 hours" is within three days."""
    if days is None:
        return AftercareBucket.NONE_YET
    if days <= 3:
        return AftercareBucket.WITHIN_72H
    if days <= 7:
        return AftercareBucket.WITHIN_WEEK
    return AftercareBucket.LATER


# Known platforms: only these names appear in a report. Keys are what a user may type (case-folded).
PLATFORMS: tuple[str, ...] = (
    "LinkedIn", "YouTube", "Facebook", "Instagram", "X (Twitter)", "TikTok", "WhatsApp", "Telegram",
    "Snapchat", "Reddit", "Discord", "Threads", "Bluesky", "Mastodon", "Google Reviews", "E-mail", "Website",
)
OTHER_PLATFORM = "other"
NO_PLATFORM = "none"
PLATFORM_ALIASES = {  # lower case (as SQLite's lower() makes it) -> name
    **{name.lower(): name for name in PLATFORMS},
    "x": "X (Twitter)", "twitter": "X (Twitter)", "x/twitter": "X (Twitter)", "x.com": "X (Twitter)",
    "google": "Google Reviews", "google maps": "Google Reviews", "email": "E-mail", "mail": "E-mail",
    "e-mail": "E-mail", "youtube.com": "YouTube", "linkedin.com": "LinkedIn", "facebook.com": "Facebook",
    "instagram.com": "Instagram", "tiktok.com": "TikTok", "whatsapp.com": "WhatsApp",
}


def platform_key(typed: str) -> str:
    """A known platform's name for what a user typed, else ``OTHER_PLATFORM``; blank is no platform."""
    text = " ".join(typed.split()).casefold()
    if not text:
        return NO_PLATFORM
    return PLATFORM_ALIASES.get(text, OTHER_PLATFORM)


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    return (*(member.value for member in enum if member.value), UNDETERMINED)


# The rows of each table in their fixed order (the order never depends on the counts: a sorted
# order would tell which of two "<3" is the larger).
ROWS: dict[TableKey, tuple[str, ...]] = {
    TableKey.CATEGORY: _values(CaseCategory),
    TableKey.SETTING: _values(CaseSetting),
    TableKey.ORIGIN: _values(CaseOrigin),
    TableKey.PLATFORM: (*PLATFORMS, OTHER_PLATFORM, NO_PLATFORM),
    TableKey.ACTIONS: tuple(a.value for a in Action),
    TableKey.OUTCOME: _values(CaseOutcome),
    TableKey.AFTERCARE: tuple(b.value for b in AftercareBucket),
}
PARTITIONS = frozenset({TableKey.CATEGORY, TableKey.SETTING, TableKey.ORIGIN, TableKey.OUTCOME,
                        TableKey.AFTERCARE})


@dataclass(frozen=True)
class Row:
    """One row as it may be shown: ``value`` is None when hidden, ``text`` is what to print."""

    key: str
    value: int | None
    text: str

    @property
    def hidden(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Table:
    key: TableKey
    rows: tuple[Row, ...]
    partition: bool  # the rows add up to the total

    @property
    def wholly_hidden(self) -> bool:
        return all(row.hidden for row in self.rows)


@dataclass(frozen=True)
class AnnualFigures:
    """What a report may show: no true count of a hidden row is kept in here."""

    period: Period
    total: Row
    tables: tuple[Table, ...]  # empty when there are too few cases to break down

    @property
    def too_few(self) -> bool:
        return self.total.hidden

    def table(self, key: TableKey) -> Table | None:
        return next((t for t in self.tables if t.key == key), None)


def _shown(key: str, count: int) -> Row:
    return Row(key, count, str(count))


def _determinable(ranges: Sequence[tuple[int, int]], total: int) -> bool:
    """Whether some hidden count has a single possible value, given each one's range and their sum."""
    low = sum(lo for lo, _ in ranges)
    high = sum(hi for _, hi in ranges)
    for lo, hi in ranges:
        rest_lo, rest_hi = low - lo, high - hi
        if max(lo, total - rest_hi) == min(hi, total - rest_lo):
            return True
    return False


def suppress_partition(counts: Sequence[tuple[str, int]]) -> tuple[Row, ...]:
    """Primary and secondary suppression of rows that add up to a total that is shown."""
    total = sum(count for _, count in counts)
    hidden: dict[int, tuple[int, int]] = {i: (1, SMALL - 1) for i, (_, c) in enumerate(counts) if 0 < c < SMALL}
    while hidden:
        hidden_sum = sum(counts[i][1] for i in hidden)
        if not _determinable(list(hidden.values()), hidden_sum):
            break
        candidates = sorted((c, i) for i, (_, c) in enumerate(counts) if i not in hidden and c > 0)
        if not candidates:
            return tuple(Row(key, None, SECONDARY) for key, _ in counts)
        # The smallest row that protects on its own; if none does, the smallest, and look again.
        enough = [i for c, i in candidates
                  if not _determinable([*hidden.values(), (SMALL, _INFINITY)], hidden_sum + c)]
        hidden[enough[0] if enough else candidates[0][1]] = (SMALL, _INFINITY)
    assert sum(c for _, c in counts) == total
    return tuple(
        Row(key, None, PRIMARY if hidden[i][0] == 1 else SECONDARY) if i in hidden else _shown(key, count)
        for i, (key, count) in enumerate(counts))


def suppress_multiple(counts: Sequence[tuple[str, int]], total: int) -> tuple[Row, ...]:
    """Rows that each count cases out of ``total``: small counts, and counts a small number short of
    the total, are hidden."""
    rows = []
    for key, count in counts:
        if 0 < count < SMALL:
            rows.append(Row(key, None, PRIMARY))
        elif 0 < total - count < SMALL:
            rows.append(Row(key, None, SECONDARY))
        else:
            rows.append(_shown(key, count))
    return tuple(rows)


def build(period: Period, total: int, counts: Mapping[TableKey, Mapping[str, int]]) -> AnnualFigures:
    """The figures to show, from the true counts: every table's rows in their fixed order, hidden as
    the rule says. A key not among a partition table's rows counts as not yet determined."""
    if total < SMALL:
        return AnnualFigures(period, Row("total", None, PRIMARY) if total else _shown("total", 0), ())
    tables = []
    for key, order in ROWS.items():
        raw = counts.get(key, {})
        merged = {row: 0 for row in order}
        for row, count in raw.items():
            target = row if row in merged else (UNDETERMINED if key in PARTITIONS else OTHER_PLATFORM)
            if target in merged:
                merged[target] += count
        if key == TableKey.PLATFORM:  # only the platforms that occur, then "other" and "none"
            ordered = [(row, merged[row]) for row in order if merged[row] or row in (OTHER_PLATFORM, NO_PLATFORM)]
        else:
            ordered = list(merged.items())
        if key in PARTITIONS:
            if sum(merged.values()) != total:
                raise ValueError(f"table {key} does not add up to the number of cases")
            rows = suppress_partition(ordered)
        else:
            rows = suppress_multiple(ordered, total)
        tables.append(Table(key, rows, key in PARTITIONS))
    return AnnualFigures(period, _shown("total", total), tuple(tables))
