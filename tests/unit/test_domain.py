"""The plain-Python rules of the case model: no vault, no Qt."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from ogg_desktop.domain.case import Case, CaseStatus, Consent, ConsentScope, Employee, make_reference, validate_case
from ogg_desktop.domain.checklist import STEPS, ChecklistEntry, Step, StepState, progress, validate_entry
from ogg_desktop.domain.clock import date_text, local_iso, parse_date, utc_iso
from ogg_desktop.domain.evidence import EDITABLE_FIELDS, CaptureMethod, EvidenceItem
from ogg_desktop.domain.notes import Note, Visibility, visible_to_employee, visible_to_hr
from ogg_desktop.domain.people import Account, Person
from ogg_desktop.services.cases import changed_fields


def a_case(**changes: object) -> Case:
    base = Case(reference="OGG-2026-0001", title="Titel", opened_on=date(2026, 3, 1))
    return replace(base, **changes)  # type: ignore[arg-type]


# validate_case ---------------------------------------------------------------------------------------

def test_valid_case_has_no_problems() -> None:
    assert validate_case(a_case()) == []
    assert validate_case(a_case(retention_until=date(2026, 3, 1))) == []
    assert validate_case(a_case(status=CaseStatus.CLOSED, closed_on=date(2026, 3, 1))) == []
    assert validate_case(a_case(status=CaseStatus.ON_HOLD)) == []


@pytest.mark.parametrize(("changes", "problems"), [
    ({"title": ""}, ["title_required"]),
    ({"title": " \n\t "}, ["title_required"]),
    ({"closed_on": date(2026, 2, 28), "status": CaseStatus.CLOSED}, ["closed_before_opened"]),
    ({"retention_until": date(2026, 2, 28)}, ["retention_before_opened"]),
    ({"status": CaseStatus.CLOSED}, ["closed_needs_date"]),
    ({"title": "", "retention_until": date(2025, 1, 1), "status": CaseStatus.CLOSED},
     ["title_required", "retention_before_opened", "closed_needs_date"]),
])
def test_invalid_cases_report_every_problem(changes: dict[str, object], problems: list[str]) -> None:
    assert validate_case(a_case(**changes)) == problems


def test_make_reference_pads_to_four_digits() -> None:
    assert make_reference(2026, 1) == "OGG-2026-0001"
    assert make_reference(2026, 42) == "OGG-2026-0042"
    assert make_reference(2027, 9999) == "OGG-2027-9999"
    assert make_reference(2027, 12345) == "OGG-2027-12345"
    # References sort in creation order within a year.
    refs = [make_reference(2026, n) for n in (1, 2, 10, 100, 999)]
    assert sorted(refs) == refs


def test_employee_display_prefers_pseudonym() -> None:
    assert Employee(pseudonym="M7", name="Echte Naam").display() == "M7"
    assert Employee(name="Echte Naam").display() == "Echte Naam"
    assert Employee().display() == ""


def test_consent_is_active_until_withdrawn() -> None:
    consent = Consent(ConsentScope.POLICE_REPORT, date(2026, 1, 1))
    assert consent.active
    consent.withdrawn_on = date(2026, 2, 1)
    assert not consent.active


# changed_fields --------------------------------------------------------------------------------------

def test_changed_fields_names_only_what_differs() -> None:
    before = a_case()
    assert changed_fields(before, a_case()) == []
    after = a_case(title="Nieuw", summary="iets", updated_at="2030-01-01T00:00:00Z")
    assert changed_fields(before, after) == ["title", "summary"]  # updated_at is bookkeeping


def test_changed_fields_looks_inside_the_employee() -> None:
    before = a_case(employee=Employee(pseudonym="M1"))
    after = a_case(employee=Employee(pseudonym="M2", home_address="Thuis 1"))
    assert changed_fields(before, after) == ["employee.pseudonym", "employee.home_address"]


def test_changed_fields_holds_no_content() -> None:
    after = a_case(title="Zeer geheime titel", summary="Vertrouwelijk")
    names = changed_fields(a_case(), after)
    assert all("geheim" not in n and "Vertrouwelijk" not in n for n in names)


def test_changed_fields_works_for_other_dataclasses() -> None:
    assert changed_fields(Person("A"), Person("A", description="x")) == ["description"]
    assert changed_fields(Account("X", handle="@a"), Account("X", handle="@b", display_name="B")) == [
        "handle", "display_name"]


# Checklist -------------------------------------------------------------------------------------------

def test_seven_steps_in_order() -> None:
    assert STEPS == (Step.SCREENSHOT, Step.DISCUSS, Step.AFTERCARE, Step.PLATFORM_REPORT, Step.POLICE_REPORT,
                     Step.LEGAL_HELP, Step.PROFESSIONAL_HELP)
    assert [ChecklistEntry(s).number for s in STEPS] == [1, 2, 3, 4, 5, 6, 7]


def test_progress_counts_done_of_applicable() -> None:
    entries = [ChecklistEntry(s) for s in STEPS]
    assert progress(entries) == (0, 7)
    entries[0].state = StepState.DONE
    entries[1].state = StepState.IN_PROGRESS
    assert progress(entries) == (1, 7)
    entries[5].state = StepState.NOT_APPLICABLE
    entries[6].state = StepState.NOT_APPLICABLE
    assert progress(entries) == (1, 5)
    for e in entries[:5]:
        e.state = StepState.DONE
    assert progress(entries) == (5, 5)
    assert progress([ChecklistEntry(s, StepState.NOT_APPLICABLE) for s in STEPS]) == (0, 0)
    assert progress([]) == (0, 0)


def test_done_needs_a_date() -> None:
    assert validate_entry(ChecklistEntry(Step.DISCUSS, StepState.DONE)) == ["done_needs_date"]
    assert validate_entry(ChecklistEntry(Step.DISCUSS, StepState.DONE, date(2026, 1, 1))) == []
    assert validate_entry(ChecklistEntry(Step.DISCUSS, StepState.IN_PROGRESS)) == []
    assert validate_entry(ChecklistEntry(Step.DISCUSS, StepState.NOT_APPLICABLE)) == []


# Notes -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("visibility", "employee", "hr"), [
    (Visibility.COUNSELLOR_ONLY, False, False),
    (Visibility.EMPLOYEE, True, False),
    (Visibility.HR, True, True),
])
def test_note_visibility(visibility: Visibility, employee: bool, hr: bool) -> None:
    note = Note(1, "tekst", visibility)
    assert visible_to_employee(note) is employee
    assert visible_to_hr(note) is hr


def test_note_is_counsellor_only_by_default() -> None:
    note = Note(1, "tekst")
    assert note.visibility == Visibility.COUNSELLOR_ONLY
    assert not visible_to_employee(note) and not visible_to_hr(note)


# People and evidence ---------------------------------------------------------------------------------

def test_account_label() -> None:
    assert Account("Instagram", handle="@x", display_name="X").label() == "Instagram: @x"
    assert Account("Facebook", display_name="Naam").label() == "Facebook: Naam"
    assert Account("Website", profile_url="https://example.invalid/p").label() == "Website: https://example.invalid/p"
    assert Account("TikTok").label() == "TikTok"


def test_capture_facts_are_not_editable() -> None:
    item_fields = set(EvidenceItem.__dataclass_fields__)
    assert set(EDITABLE_FIELDS) <= item_fields
    for fact in ("sha256", "captured_at_utc", "captured_at_local", "method", "media_type", "byte_size", "width",
                 "height", "case_id", "id", "created_at", "original_filename", "app_version"):
        assert fact not in EDITABLE_FIELDS
    assert CaptureMethod("imported_file") is CaptureMethod.IMPORTED_FILE


# Clock -----------------------------------------------------------------------------------------------

def test_clock_formats() -> None:
    moment = datetime(2026, 3, 1, 12, 30, 5, tzinfo=timezone(timedelta(hours=1)))
    assert utc_iso(moment) == "2026-03-01T11:30:05Z"
    assert datetime.fromisoformat(local_iso(moment)) == moment
    assert utc_iso().endswith("Z") and len(utc_iso()) == 20
    assert datetime.fromisoformat(utc_iso().replace("Z", "+00:00")).tzinfo == UTC
    assert parse_date("2026-03-01") == date(2026, 3, 1)
    assert parse_date("") is None and parse_date(None) is None
    assert date_text(date(2026, 3, 1)) == "2026-03-01" and date_text(None) is None
