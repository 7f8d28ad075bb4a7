"""The annual report's counting (in SQL, on a real vault), its suppression rule, its periods, its words."""

from __future__ import annotations

import re
from datetime import date
from itertools import product

import pytest

from ogg_desktop.domain.annual import (
    PRIMARY,
    SECONDARY,
    SMALL,
    Period,
    Row,
    TableKey,
    build,
    platform_key,
    suppress_multiple,
    suppress_partition,
)
from ogg_desktop.domain.case import Case, CaseCategory, CaseOrigin, CaseOutcome, CaseSetting, ConsentScope
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.workflow import (
    AftercareEntry,
    AftercareKind,
    LegalAction,
    LegalKind,
    PlatformDecision,
    PlatformReport,
    PoliceReport,
    PoliceReportKind,
)
from ogg_desktop.reports import annual_texts, register
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes


def texts(rows: tuple[Row, ...]) -> list[str]:
    return [row.text for row in rows]


# Suppression ---------------------------------------------------------------------------------
def test_small_counts_are_hidden_and_zero_and_three_are_shown() -> None:
    rows = suppress_multiple([("a", 0), ("b", 1), ("c", 2), ("d", 3), ("e", 10)], total=20)
    assert texts(rows) == ["0", PRIMARY, PRIMARY, "3", "10"]
    assert [r.value for r in rows] == [0, None, None, 3, 10]  # the true count is not kept


def test_a_lone_small_count_is_protected_by_a_second_hidden_row() -> None:
    # 12 - 7 - 4 - 0 would give the hidden 1 away: the smallest row that protects it (4) goes too.
    rows = suppress_partition([("a", 7), ("b", 4), ("c", 1), ("d", 0)])
    assert texts(rows) == ["7", SECONDARY, PRIMARY, "0"]


def test_secondary_prefers_the_smallest_row_that_protects_on_its_own() -> None:
    # Hiding a 3 beside a 1 does not protect it (the reader knows × is at least 3: 4 = 1 + 3);
    # the 5 does (6 = 1 + 5 or 2 + 4).
    rows = suppress_partition([("a", 5), ("b", 3), ("c", 3), ("d", 1)])
    assert texts(rows) == [SECONDARY, "3", "3", PRIMARY]


def test_two_small_counts_that_add_up_ambiguously_need_nothing_more() -> None:
    assert texts(suppress_partition([("a", 9), ("b", 2), ("c", 1)])) == ["9", PRIMARY, PRIMARY]


def test_two_small_counts_that_would_both_be_known_are_protected() -> None:
    # 1 + 1 = 2 tells both are 1; 2 + 2 = 4 tells both are 2.
    assert texts(suppress_partition([("a", 9), ("b", 1), ("c", 1)])) == [SECONDARY, PRIMARY, PRIMARY]
    assert texts(suppress_partition([("a", 9), ("b", 2), ("c", 2)])) == [SECONDARY, PRIMARY, PRIMARY]


def test_a_table_that_cannot_be_protected_is_hidden_whole() -> None:
    assert texts(suppress_partition([("a", 2), ("b", 2), ("c", 0)])) == [SECONDARY] * 3


def _reader_can_work_out_a_small_count(shown: list[str], total: int) -> bool:
    """Brute force as a reader would: every way to fill the hidden cells (<3: 1 or 2, ×: 3 or more)
    that adds up to the total; a small count is given away if it has one possible value."""
    hidden = [i for i, text in enumerate(shown) if text in (PRIMARY, SECONDARY)]
    rest = total - sum(int(text) for text in shown if text not in (PRIMARY, SECONDARY))
    options = [range(1, SMALL) if shown[i] == PRIMARY else range(SMALL, total + 1) for i in hidden]
    possible: dict[int, set[int]] = {i: set() for i in hidden}
    for values in product(*options):
        if sum(values) == rest:
            for i, v in zip(hidden, values, strict=True):
                possible[i].add(v)
    return any(len(possible[i]) == 1 for i in hidden if shown[i] == PRIMARY)


def test_no_small_count_can_be_worked_out_from_the_total() -> None:
    """Every four-row table with counts 0-6 (2,401 of them): checked in one test, failures listed together."""
    problems = []
    for counts in (c for c in product(range(0, 7), repeat=4) if sum(c) >= SMALL):
        shown = texts(suppress_partition([(str(n), c) for n, c in enumerate(counts)]))
        if _reader_can_work_out_a_small_count(shown, sum(counts)):
            problems.append((counts, shown, "a suppressed count can be worked out"))
        for count, text in zip(counts, shown, strict=True):
            if text not in (str(count), PRIMARY, SECONDARY) or (text == PRIMARY and not 0 < count < SMALL) \
                    or (0 < count < SMALL and text not in (PRIMARY, SECONDARY)):
                problems.append((counts, shown, f"{count} shown as {text}"))
    assert not problems, problems[:20]


def test_a_row_only_one_or_two_short_of_the_total_is_hidden() -> None:
    # 9 of 10 reported to the platform would tell that 1 case was not.
    assert texts(suppress_multiple([("a", 9), ("b", 10), ("c", 7)], total=10)) == [SECONDARY, "10", "7"]


def test_fewer_than_three_cases_give_no_breakdown() -> None:
    figures = build(Period.year(2026), 2, {TableKey.CATEGORY: {"bullying": 2}})
    assert figures.too_few and figures.total.text == PRIMARY and figures.tables == ()
    assert build(Period.year(2026), 0, {}).total.text == "0"


# Periods -------------------------------------------------------------------------------------
def test_periods_are_whole_months() -> None:
    year = Period.year(2026)
    assert (year.start, year.end, year.end_exclusive) == (date(2026, 1, 1), date(2026, 12, 31), date(2027, 1, 1))
    assert year.is_calendar_year and year.code() == "2026"
    feb = Period.months(2024, 2, 2024, 2)
    assert feb.end == date(2024, 2, 29) and feb.end_exclusive == date(2024, 3, 1)
    span = Period.months(2025, 11, 2026, 3)
    assert not span.is_calendar_year and span.code() == "2025-11_2026-03"
    with pytest.raises(ValueError):
        Period.months(2026, 5, 2026, 4)
    with pytest.raises(ValueError):
        Period(date(2026, 1, 2), date(2026, 1, 31))


def test_known_platforms_only_by_name() -> None:
    assert platform_key(" linkedin ") == "LinkedIn"
    assert platform_key("Twitter") == "X (Twitter)"
    assert platform_key("Kanarie-Forum van Jansen") == "other"  # free text never reaches a report
    assert platform_key("  ") == "none"


# Counting in the vault -------------------------------------------------------------------------
def _case(session: Session, opened: date, category: CaseCategory = CaseCategory.NONE,
          setting: CaseSetting = CaseSetting.NONE, origin: CaseOrigin = CaseOrigin.NONE,
          outcome: CaseOutcome = CaseOutcome.NONE) -> Case:
    case = session.cases.create(f"Fictief {opened}", opened_on=opened)
    case.category, case.setting, case.origin, case.outcome = category, setting, origin, outcome
    session.cases.update(case)
    return case


def test_classification_is_stored_and_read_back(session: Session) -> None:
    case = _case(session, date(2026, 3, 1), CaseCategory.DISCRIMINATION, CaseSetting.BOTH, CaseOrigin.INTERNAL,
                 CaseOutcome.EMPLOYER_MEASURES)
    stored = session.cases.get(case.id or 0)
    assert stored is not None
    assert (stored.category, stored.setting, stored.origin, stored.outcome) == (
        CaseCategory.DISCRIMINATION, CaseSetting.BOTH, CaseOrigin.INTERNAL, CaseOutcome.EMPLOYER_MEASURES)


def test_counts_by_period_category_outcome_platform_and_aftercare(session: Session) -> None:
    s = session
    # In 2026: four bullying cases (one on the first day, one on the last), three intimidation.
    days = [date(2026, 1, 1), date(2026, 4, 5), date(2026, 7, 7), date(2026, 12, 31)]
    bullying = [_case(s, d, CaseCategory.BULLYING, CaseSetting.ONLINE, CaseOrigin.INTERNAL, CaseOutcome.RESOLVED)
                for d in days]
    intimidation = [_case(s, date(2026, 5, n), CaseCategory.INTIMIDATION, CaseSetting.OFFLINE, CaseOrigin.EXTERNAL)
                    for n in (1, 2, 3)]
    _case(s, date(2025, 12, 31), CaseCategory.OTHER)  # outside, by one day on each side
    _case(s, date(2027, 1, 1), CaseCategory.OTHER)
    for case, platform in zip(bullying, ("LinkedIn", "linkedin ", "LinkedIn", "Kanarie-forum"), strict=True):
        for _ in range(2):  # two items on one platform: the case counts once
            item = s.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.REGION)
            item.platform = platform
            s.evidence.update_details(case, item)
    for case in bullying[:3]:
        s.cases.record_consent(case, ConsentScope.PLATFORM_REPORT, case.opened_on, "mondeling")
        s.workflow.add_platform_report(case, PlatformReport(
            case.id or 0, "LinkedIn", filed_on=case.opened_on, decision=PlatformDecision.REMOVED,
            decision_on=case.opened_on))
    s.cases.record_consent(intimidation[0], ConsentScope.POLICE_REPORT, date(2026, 5, 1), "mondeling")
    s.workflow.add_police_report(intimidation[0], PoliceReport(intimidation[0].id or 0, PoliceReportKind.AANGIFTE,
                                                               filed_on=date(2026, 5, 2)))
    s.cases.record_consent(intimidation[1], ConsentScope.LEGAL_STEPS, date(2026, 5, 2), "mondeling")
    s.workflow.add_legal_action(intimidation[1], LegalAction(intimidation[1].id or 0, LegalKind.SOMMATIE))
    # First aftercare talk: 3 days (within 72 hours), 7 days (within a week), 8 days (later).
    for case, days_after in zip(bullying[:3], (3, 7, 8), strict=True):
        entry = s.workflow.add_aftercare(case, AftercareEntry(case.id or 0, AftercareKind.FIRST_TALK, case.opened_on))
        s.workflow.complete_aftercare(case, entry, date.fromordinal(case.opened_on.toordinal() + days_after))

    figures = s.annual.figures(Period.year(2026))
    assert figures.total.text == "7"

    def shown(key: TableKey) -> dict[str, str]:
        table = figures.table(key)
        assert table is not None
        return {row.key: row.text for row in table.rows}

    assert shown(TableKey.CATEGORY) == {"bullying": "4", "intimidation": "3", "sexual_harassment": "0",
                                        "aggression": "0", "discrimination": "0", "other": "0", "undetermined": "0"}
    assert shown(TableKey.SETTING)["online"] == "4" and shown(TableKey.ORIGIN)["external"] == "3"
    assert shown(TableKey.OUTCOME) == {"resolved": "4", "employer_measures": "0", "no_further_steps": "0",
                                       "other": "0", "undetermined": "3"}
    assert shown(TableKey.PLATFORM) == {"LinkedIn": "3", "other": PRIMARY, "none": "3"}
    assert shown(TableKey.ACTIONS) == {"platform_report": "3", "removed": "3", "police_report": PRIMARY,
                                       "legal_steps": PRIMARY}
    assert shown(TableKey.AFTERCARE) == {"within_72h": PRIMARY, "within_week": PRIMARY, "later": PRIMARY,
                                         "none_yet": SECONDARY}  # 1 + 1 + 1 = 3 would tell
    # A range of months: May only.
    may = s.annual.figures(Period.months(2026, 5, 2026, 5))
    assert may.total.text == "3"
    assert s.annual.years() == [2025, 2026, 2027]


# Words ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("module", [annual_texts, register])
def test_dutch_and_english_have_the_same_keys_and_placeholders(module: object) -> None:
    nl, en = module.NL, module.EN  # type: ignore[attr-defined]
    assert nl.keys() == en.keys()
    for key in nl:
        assert set(re.findall(r"{\w*}", nl[key])) == set(re.findall(r"{\w*}", en[key])), key


def test_every_row_has_words_in_both_languages() -> None:
    from ogg_desktop.domain.annual import PLATFORMS, ROWS

    for language in ("nl", "en"):
        w = annual_texts.AnnualWords(language)
        for table, rows in ROWS.items():
            assert w.table(table)
            for row in rows:
                label = w.row(table, row)
                assert label != row or row in PLATFORMS, (table, row)
