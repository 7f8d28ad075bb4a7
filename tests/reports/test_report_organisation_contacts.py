"""The organisation's contacts by role in the police report: its regular police contact in the reporter's
section, and the police contact for employees with a public task only when the report is flagged so."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ogg_desktop.domain.organisation import Contact, ContactRole
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.reports.texts import Words
from tests.reports.conftest import ORGANISATION, ReportCase
from tests.reports.pdfutil import make_report, text_of

W = Words("nl")
POLICE = Contact("Wijkagent K. Verzonnen", "wijkagent Utrecht-Centrum", "0900 8844", "k.verzonnen@politie.invalid")
PUBLIC_TASK = Contact("R. Fictief", "coördinator VPT", "030 111 22 33", "")
HR = Contact("H. Voorbeeld", "HR-adviseur", "030 999 88 77", "hr@voorbeeldzorg.invalid")


def _with_contacts(rc: ReportCase) -> None:
    rc.session.organisation.set(replace(ORGANISATION, contacts={
        ContactRole.POLICE.value: POLICE, ContactRole.PUBLIC_TASK.value: PUBLIC_TASK, ContactRole.HR.value: HR}))


def test_the_police_report_holds_the_police_contact_when_filled_in(report_case: ReportCase, tmp_path: Path) -> None:
    before = text_of(make_report(report_case, ReportKind.POLICE, tmp_path / "zonder.pdf"))
    assert W("police_contact") not in before and POLICE.name not in before  # nobody named: no empty row
    _with_contacts(report_case)
    text = text_of(make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf"))
    assert (f"{W('police_contact')} {POLICE.name}, {POLICE.role} ({POLICE.phone} · {POLICE.email})") in text
    assert ORGANISATION.contact.name in text  # the representative is still there
    assert HR.name not in text  # HR is the organisation's business, not the police's
    assert PUBLIC_TASK.name not in text  # the employee has no public task in this report


def test_the_public_task_contact_only_when_the_employee_has_a_public_task(report_case: ReportCase,
                                                                          tmp_path: Path) -> None:
    _with_contacts(report_case)
    session, case = report_case.session, report_case.case
    report = session.workflow.police_reports(case)[0]
    report.public_task, report.vpt_code = True, "VPT-0042"
    session.workflow.update_police_report(case, report)
    text = text_of(make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf"))
    assert f"{W('vpt_code')} VPT-0042" in text
    assert f"{W('public_task_contact')} {PUBLIC_TASK.name}, {PUBLIC_TASK.role} ({PUBLIC_TASK.phone})" in text
    english = text_of(make_report(report_case, ReportKind.POLICE, tmp_path / "police-en.pdf",
                                  ReportOptions(deterministic=True, language="en")))
    assert f"{Words('en')('public_task_contact')} {PUBLIC_TASK.name}" in english
