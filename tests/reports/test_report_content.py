"""What a reader finds in each report: every required section and field of the fixture case, the
page furniture on every page, the bookmark outline, selectable text, the police report's privacy
rules (the organisation's address, never the home address; pseudonym or name), the power of
attorney for a klachtdelict, an emoji named rather than lost, and the English report.

Headings and labels are taken from reports/texts.py (so rewording them does not break these tests);
the case's own facts are literal."""

from __future__ import annotations

import re
import string
import subprocess
from pathlib import Path

import pytest

from ogg_desktop import __version__
from ogg_desktop.domain.case import ConsentScope, Employee
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.reports.fonts import printable
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.reports.texts import CODES, EN, NL, Words
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes
from tests.reports.conftest import (
    CANARY_CONVERSATION,
    CANARY_HOME,
    CANARY_NOTE,
    CAPTURED_BY,
    CONVERSATION_HR,
    NOTE_EMPLOYEE,
    NOTE_HR,
    NOTIFIER,
    ORGANISATION,
    POLISH_NAME,
    PSEUDONYM,
    TICKET,
    WITNESS,
    WORK_ADDRESS,
    ReportCase,
)
from tests.reports.pdfutil import flat, make_report, outline_titles, page_texts, poppler_text, text_of, tool

W = Words("nl")
E = Words("en")
MARKING_KEYS = {ReportKind.POLICE: "police_marking", ReportKind.HR: "hr_marking",
                ReportKind.EMPLOYEE: "employee_marking", ReportKind.NOTICE: "notice_marking"}
WHEN_NL = "20 maart 2025 om 14:30"
WHEN_EN = "20 March 2025 at 14:30"


def missing(text: str, expected: list[str]) -> list[str]:
    return [e for e in expected if flat(e) not in text]


def item_facts(rc: ReportCase, numbers: tuple[int, ...] = (1, 2, 3), *, technical: bool = True) -> list[str]:
    """The facts of items by number (1-based, in the fixture's chronological order); the hash and the
    attachment's name are in every report (in the hash annex), the capture facts where ``technical``."""
    facts: list[str] = []
    for n in numbers:
        item = rc.items[n - 1]
        facts += [W("item_heading", n=n, title=item.title), item.url, item.sha256,
                  f"bewijs-{n:02d}-{item.sha256[:8]}.png", printable(item.transcript)]
        if technical:
            facts.append(f"{item.width} × {item.height} pixels, PNG")
    return facts


def test_police_report_holds_every_section_and_field(report_case: ReportCase, tmp_path: Path) -> None:
    text = text_of(make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf"))
    org = ORGANISATION
    expected = [
        W("police_title"), W("police_subtitle"), W("case_reference"), report_case.case.reference, "20 maart 2025",
        # reporter: the organisation, its address as domicile, its contact person
        W("reporter"), W("reporter_intro"), org.name, W("address"), "Domplein 29, 3512 JE Utrecht", org.phone,
        org.email, org.kvk, org.contact.name,
        # the employee, the flags and wishes of the police report on record
        W("victim"), PSEUDONYM, W("under_number"), W("wishes"), W("wish_informed"), W("wish_damages"),
        # summary, period, platforms, offences with the klacht deadline (learned 2 March + 3 months)
        W("summary"), report_case.case.summary, W("period_value", first="27 februari 2025", last="2 maart 2025"),
        "Facebook, LinkedIn, X (Twitter)", W("offences"), "Bedreiging (285 Sr)", "Belediging (266 Sr)",
        "2 juni 2025", W("complaint_note"),
        # the chronology and the items, with their details
        W("chronology"), W("items_detail"), W("posted_shown"), "27 feb.", W("learned_on"), "1 maart 2025",
        "X (Twitter): @dreiger99", "De Dreiger", "accountnaam en profielfoto", W("witnesses"), WITNESS,
        W("captured_value", when="2025-03-03 09:15", who=CAPTURED_BY, method=W.code("region")),
        "Reactie onder een bericht van het team.", *item_facts(report_case),
        # people, accounts, what has been done
        W("people"), W.code("poster"), W.code("witness"), W("accounts"), W("done"), W("platform_reports"), TICKET,
        f"{W.code('removed')} (6 maart 2025)",
        # the annexes
        W("annex_hashes"), W("annex_statement"), W("statement_text", version=__version__), W("annex_poa"),
        "vertegenwoordigd door Petra de Vries", W("signature"),
    ]
    assert missing(text, expected) == []


def test_hr_export_holds_its_sections(report_case: ReportCase, tmp_path: Path) -> None:
    text = text_of(make_report(report_case, ReportKind.HR, tmp_path / "hr.pdf",
                               ReportOptions(deterministic=True, recipient="HR — J. de Vries")))
    expected = [W("hr_title"), W("hr_subtitle"), "HR — J. de Vries", W("consent"),
                W("consent_value", date="5 maart 2025", how="mondeling, vastgelegd in gesprek"),
                W("summary"), W("chronology"), W("conversations"), CONVERSATION_HR, W("notes"), NOTE_HR,
                W("annex_hashes"), *item_facts(report_case)]
    assert missing(text, expected) == []


def test_employee_copy_holds_its_sections(report_case: ReportCase, tmp_path: Path) -> None:
    text = text_of(make_report(report_case, ReportKind.EMPLOYEE, tmp_path / "medewerker.pdf"))
    expected = [W("employee_title"), W("employee_subtitle"), W("employee_steps"), W("platform_reports"), TICKET,
                W("referrals"), W.code("bedrijfsarts"), W("conversations"), CONVERSATION_HR, W("notes"),
                NOTE_EMPLOYEE, NOTE_HR, W("chronology"), W("annex_hashes"),
                *item_facts(report_case, technical=False)]
    assert missing(text, expected) == []


def test_platform_notice_holds_the_reported_item_and_the_notifier(report_case: ReportCase, tmp_path: Path) -> None:
    text = text_of(make_report(report_case, ReportKind.NOTICE, tmp_path / "melding.pdf"))
    expected = [W("notice_title"), W("notice_subtitle", platform="X (Twitter)"), TICKET, W("notice_report"),
                NOTIFIER.name, NOTIFIER.email, *item_facts(report_case, (1,), technical=False)]
    assert missing(text, expected) == []
    for other in report_case.items[1:]:
        assert other.title not in text
        assert other.sha256 not in text


@pytest.mark.parametrize("kind", list(ReportKind))
def test_every_page_carries_page_x_of_y_reference_marking_time_and_version(
        report_case: ReportCase, tmp_path: Path, kind: ReportKind) -> None:
    path = make_report(report_case, kind, tmp_path / f"{kind.value}.pdf")
    pages = [flat(t) for t in page_texts(path)]
    assert len(pages) >= 2
    for number, text in enumerate(pages, 1):
        furniture = [W("page_of", page=number) + str(len(pages)), report_case.case.reference, W("confidential"),
                     W(MARKING_KEYS[kind], platform="X (Twitter)"),
                     W("generated", when=WHEN_NL, version=__version__)]
        assert missing(text, furniture) == [], f"page {number}"
    # poppler reads the "of y" form the same way
    assert W("page_of", page=1) + str(len(pages)) in poppler_text(path)


@pytest.mark.parametrize("kind", list(ReportKind))
def test_bookmark_outline_lists_the_sections(report_case: ReportCase, tmp_path: Path, kind: ReportKind) -> None:
    titles = outline_titles(make_report(report_case, kind, tmp_path / f"{kind.value}.pdf"))
    assert titles, "no outline"
    keys = {ReportKind.POLICE: ["reporter", "summary", "chronology", "items_detail", "people", "done", "annex_hashes",
                                "annex_statement", "annex_poa"],
            ReportKind.HR: ["summary", "chronology", "conversations", "notes", "items_detail", "annex_hashes"],
            ReportKind.EMPLOYEE: ["summary", "employee_steps", "notes", "chronology", "items_detail"],
            ReportKind.NOTICE: ["notice_report", "items_detail", "annex_hashes"]}[kind]
    assert [W(k) for k in keys if W(k) not in titles] == []
    shown = report_case.items if kind != ReportKind.NOTICE else report_case.items[:1]
    headings = [W("item_heading", n=n, title=item.title) for n, item in enumerate(shown, 1)]
    assert [h for h in headings if h not in titles] == []


def test_text_is_selectable_on_every_page_in_embedded_fonts(report_case: ReportCase, tmp_path: Path) -> None:
    path = make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf")
    for number, text in enumerate(page_texts(path), 1):
        assert len(flat(text)) > 150, f"page {number} has (almost) no extractable text"
    fonts = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    dejavu = [line for line in fonts.splitlines() if "DejaVu" in line]
    assert dejavu, fonts
    for line in dejavu:  # name type encoding emb sub uni: embedded, subset, with a ToUnicode map
        assert re.search(r"\byes\s+yes\s+yes\b", line), line


def test_emoji_in_a_transcript_is_named_not_lost(report_case: ReportCase, tmp_path: Path) -> None:
    for kind in (ReportKind.POLICE, ReportKind.EMPLOYEE):
        text = text_of(make_report(report_case, kind, tmp_path / f"{kind.value}.pdf"))
        assert "Pas maar op [U+1F52A HOCHO]" in text
        assert "\U0001f52a" not in text


def test_police_report_names_the_organisation_as_domicile_never_the_home_address(
        report_case: ReportCase, tmp_path: Path) -> None:
    for use_pseudonym in (True, False):
        path = make_report(report_case, ReportKind.POLICE, tmp_path / f"politie-{use_pseudonym}.pdf",
                           ReportOptions(deterministic=True, use_pseudonym=use_pseudonym))
        text = text_of(path)
        assert f"{W('address')} Domplein 29, 3512 JE Utrecht" in text
        assert CANARY_HOME not in text
        assert CANARY_HOME.encode() not in path.read_bytes()


def test_police_report_by_pseudonym_leaves_the_name_out(report_case: ReportCase, tmp_path: Path) -> None:
    text = text_of(make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf",
                               ReportOptions(deterministic=True, use_pseudonym=True)))
    assert f"{W('victim_pseudonym')} {PSEUDONYM}" in text
    assert POLISH_NAME not in text
    assert WORK_ADDRESS not in text
    assert W("poa_blank_name") in text  # the power of attorney leaves the name to be filled in


def test_police_report_by_name(report_case: ReportCase, tmp_path: Path) -> None:
    text = text_of(make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf",
                               ReportOptions(deterministic=True, use_pseudonym=False)))
    assert f"{W('victim_name')} {POLISH_NAME}" in text
    assert f"{W('victim_work_address')} {WORK_ADDRESS}" in text
    assert f"Ondergetekende, {POLISH_NAME}, verleent" in text
    assert PSEUDONYM not in text


def test_police_report_leaves_out_what_only_the_counsellor_knows(report_case: ReportCase, tmp_path: Path) -> None:
    text = text_of(make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf"))
    for secret in (CANARY_NOTE, CANARY_CONVERSATION, NOTE_EMPLOYEE, NOTE_HR, CONVERSATION_HR):
        assert secret not in text


@pytest.mark.parametrize(("offences", "annex"), [(["threat"], False), (["threat", "insult"], True),
                                                 (["defamation"], True), ([], False)])
def test_power_of_attorney_only_for_a_klachtdelict(session: Session, tmp_path: Path, offences: list[str],
                                                   annex: bool) -> None:
    case = session.cases.create("Eén bericht", Employee(pseudonym="Medewerker Z"))
    session.cases.record_consent(case, ConsentScope.POLICE_REPORT, case.opened_on, "mondeling")
    item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.PASTED, title="Bericht")
    item.offences = offences
    session.evidence.update_details(case, item)
    data = session.reports.prepare(case, ReportKind.POLICE, ReportOptions(deterministic=True))
    path = tmp_path / "politie.pdf"
    session.reports.render_to(data, path)
    text = text_of(path)
    assert ("Bijzondere schriftelijke volmacht" in text) is annex
    assert (W("annex_poa") in outline_titles(path)) is annex


def test_english_report(report_case: ReportCase, tmp_path: Path) -> None:
    path = make_report(report_case, ReportKind.POLICE, tmp_path / "police-en.pdf",
                       ReportOptions(deterministic=True, language="en"))
    pages = [flat(t) for t in page_texts(path)]
    text = " ".join(pages)
    expected = [E("police_title"), E("police_subtitle"), E("reporter"), E("address"), E("offences"),
                "threat (art. 285 Dutch Criminal Code)", "insult (art. 266)",
                E("period_value", first="27 February 2025", last="2 March 2025"), E("chronology"),
                E("learned_on"), "1 March 2025", E("annex_hashes"), E("annex_poa"), E("confidential"),
                E("police_marking"), E("generated", when=WHEN_EN, version=__version__)]
    assert missing(text, expected) == []
    for number, page in enumerate(pages, 1):
        assert E("page_of", page=number) + str(len(pages)) in page
    # (not "maart": the case itself has "1 maart" as the post showed it)
    for dutch in ("Pagina", W("police_title"), "Gemaakt op", W("confidential"), "februari", "Bewijsstuk"):
        assert dutch not in text


def test_an_unknown_report_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        Words("fr")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_dutch_and_english_words_have_the_same_keys_and_placeholders() -> None:
    assert set(NL) == set(EN)
    different = {key: (_fields(NL[key]), _fields(EN[key])) for key in NL if _fields(NL[key]) != _fields(EN[key])}
    assert different == {}
    assert set(CODES["nl"]) == set(CODES["en"])
    for key, text in NL.items():  # every text formats with its own placeholders
        W(key, **dict.fromkeys(_fields(text), "x"))
        E(key, **dict.fromkeys(_fields(EN[key]), "x"))
