"""Whatever the counsellor typed, the report is built and says exactly that: markup characters
printed as they are, a case without items, long texts pasted into a field, emoji; and the PDF's
document properties carry no personal data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from ogg_desktop.domain.case import Case, ConsentScope, Employee
from ogg_desktop.domain.evidence import CaptureMethod, Confidence, EvidenceItem
from ogg_desktop.domain.people import Person, Role
from ogg_desktop.domain.workflow import PlatformReport
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.reports.texts import Words
from ogg_desktop.reports.verify import check_report
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes
from tests.reports.conftest import CANARY_HOME, CAPTURED_BY, POLISH_NAME, PSEUDONYM, ReportCase
from tests.reports.pdfutil import flat, make_report, outline_titles, poppler_text, text_of

W = Words("nl")
# QLineEdit takes up to 32767 characters; a pasted explanation of a few thousand is ordinary.
LONG = " ".join(f"woord{n}" for n in range(900))  # some 6,300 characters


def case_with_consent(session: Session, title: str = "Dossier") -> Case:
    case = session.cases.create(title, Employee(pseudonym="Medewerker R"))
    for scope in (ConsentScope.POLICE_REPORT, ConsentScope.SHARE_WITH_HR, ConsentScope.PLATFORM_REPORT):
        session.cases.record_consent(case, scope, case.opened_on, "mondeling")
    return case


def build(session: Session, case: Case, kind: ReportKind, target: Path, **options: object) -> Path:
    data = session.reports.prepare(case, kind, ReportOptions(deterministic=True, **options))  # type: ignore[arg-type]
    session.reports.render_to(data, target)
    return target


def one_item(session: Session, case: Case, **details: object) -> EvidenceItem:
    item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.PASTED, title="Bericht")
    for key, value in details.items():
        setattr(item, key, value)
    session.evidence.update_details(case, item)
    return item


def test_markup_characters_are_printed_as_typed(session: Session, tmp_path: Path) -> None:
    case = case_with_consent(session)
    title = "A <b>&amp; B</b> & C"
    one_item(session, case, title=title, transcript="<script>alert(1)</script> & <br/> <font size=40>x</font>")
    for kind in (ReportKind.POLICE, ReportKind.HR, ReportKind.EMPLOYEE):
        path = build(session, case, kind, tmp_path / f"{kind.value}.pdf")
        for text in (text_of(path), poppler_text(path)):
            assert W("item_heading", n=1, title=title) in text
            assert "<script>alert(1)</script> & <br/> <font size=40>x</font>" in text
        assert W("item_heading", n=1, title=title) in outline_titles(path)


@pytest.mark.parametrize("kind", list(ReportKind))
def test_a_case_without_items_still_gives_every_report(session: Session, tmp_path: Path, kind: ReportKind) -> None:
    case = case_with_consent(session)
    report = session.workflow.add_platform_report(case, PlatformReport(case.id or 0, "TikTok"))
    path = build(session, case, kind, tmp_path / f"{kind.value}.pdf", platform_report_id=report.id)
    text = text_of(path)
    assert case.reference in text
    assert PdfReader(path).attachments == {}


def test_hr_export_with_no_items_chosen_has_none(report_case: ReportCase, tmp_path: Path) -> None:
    path = make_report(report_case, ReportKind.HR, tmp_path / "hr.pdf", ReportOptions(deterministic=True, item_ids=[]))
    text = text_of(path)
    assert PdfReader(path).attachments == {}
    for item in report_case.items:
        assert item.title not in text and item.sha256 not in text


@pytest.mark.parametrize("field", ["transcript", "context", "url", "archived_url"])
def test_long_text_in_a_paragraph_field_is_printed_whole(session: Session, tmp_path: Path, field: str) -> None:
    case = case_with_consent(session)
    value = LONG if "url" not in field else "https://example.invalid/" + "a" * 3000
    one_item(session, case, **{field: value})
    path = build(session, case, ReportKind.POLICE, tmp_path / "politie.pdf")
    text = text_of(path)
    if "url" in field:
        assert value in text.replace(" ", "")
    else:  # across pages: the page furniture comes between the parts
        assert set(re.findall(r"woord\d+", text)) == set(LONG.split())


@pytest.mark.parametrize("field", ["poster_basis", "channel", "display_name", "title", "posted_at_shown"])
def test_long_text_in_an_item_field_does_not_break_the_reports(session: Session, tmp_path: Path,
                                                                field: str) -> None:
    """A few thousand characters pasted into one of the item's one-line fields: every report is
    still made. (Fails today with reportlab's LayoutError: the table row holding the text is taller
    than a page and a table row cannot be split.)"""
    case = case_with_consent(session)
    one_item(session, case, poster_confidence=Confidence.LIKELY, **{field: LONG})
    for kind in (ReportKind.POLICE, ReportKind.HR, ReportKind.EMPLOYEE):
        path = build(session, case, kind, tmp_path / f"{kind.value}.pdf")
        assert check_report(path).ok
        assert "woord0 woord1 woord2" in text_of(path)


def test_long_person_description_does_not_break_the_police_report(session: Session, tmp_path: Path) -> None:
    """(Fails today with reportlab's LayoutError, see above: the people table's row.)"""
    case = case_with_consent(session)
    session.people.add_person(case, Person("Getuige Lang", LONG), Role.WITNESS)
    one_item(session, case)
    path = build(session, case, ReportKind.POLICE, tmp_path / "politie.pdf")
    assert "Getuige Lang" in text_of(path)


def test_an_emoji_the_font_draws_is_extracted_as_itself(session: Session, tmp_path: Path) -> None:
    """DejaVu Sans draws some emoji (U+1F600 GRINNING FACE, U+1F621 POUTING FACE), so they are not
    named like U+1F52A; but the text a reader copies from the PDF must still be those characters.
    (Fails today: the ToUnicode map gets '<1F600>' — not UTF-16 — so pypdf cannot read it and
    poppler reads U+1F60 'ὠ' and U+1F62 'ὢ'.)"""
    case = case_with_consent(session)
    one_item(session, case, transcript="Haha \U0001f600 en \U0001f621 boos")
    path = build(session, case, ReportKind.POLICE, tmp_path / "politie.pdf")
    for text in (text_of(path), poppler_text(path)):
        assert "\u1f60" not in text and "\u1f62" not in text
        assert "Haha \U0001f600 en \U0001f621 boos" in text or "[U+1F600" in text


def test_document_properties_hold_no_personal_data(report_case: ReportCase, tmp_path: Path) -> None:
    for kind in ReportKind:
        path = make_report(report_case, kind, tmp_path / f"{kind.value}.pdf",
                           ReportOptions(deterministic=True, use_pseudonym=False))
        info: dict[str, object] = dict(PdfReader(path).metadata or {})
        values = flat(" ".join(str(v) for v in info.values()))
        assert report_case.case.reference in values
        for personal in (POLISH_NAME, PSEUDONYM, CANARY_HOME, CAPTURED_BY, report_case.case.title):
            assert personal not in values
