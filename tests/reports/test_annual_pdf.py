"""The annual report, its CSV and the processing-register entry, written from a real vault whose cases are
full of identifiable canaries: none of them may reach any file (text, metadata or attachments)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from ogg_desktop.domain.annual import PRIMARY, Period
from ogg_desktop.domain.case import CaseCategory, CaseOrigin, CaseOutcome, CaseSetting, ConsentScope, Employee
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.organisation import Organisation
from ogg_desktop.domain.people import Person, Role
from ogg_desktop.domain.workflow import Conversation, PlatformDecision, PlatformReport, PoliceReport
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes

CANARIES = ("Kanarie-Jansen-7731", "@kanarie_handle_7731", "Kanarie-titel-7731", "Kanarie-notitie-7731",
            "Kanarie-transcript-7731", "Kanarie-gesprek-7731", "Kanarie-Straat 7731", "KANARIE-TICKET-7731",
            "Kanarie-Platform-7731", "Kanarie-dader-7731", "Kanarie-samenvatting-7731")
# Dates of single cases: each case opens, and has its records, on a day of its own.
OPENED = [date(2026, m, d) for m, d in ((2, 3), (3, 14), (5, 21), (6, 9), (8, 17), (10, 2), (11, 26))]


def _populate(s: Session) -> list[str]:
    """Seven fictional cases in 2026 with canaries everywhere; returns their references."""
    refs = []
    s.organisation.set(Organisation(name="Fictieve Gemeente Voorbeeld", street="Stadhuisplein 1", city="Utrecht"))
    for n, opened in enumerate(OPENED):
        case = s.cases.create(f"{CANARIES[2]} {n}", Employee(pseudonym=f"{CANARIES[0]} {n}", name=CANARIES[0],
                                                              work_address=CANARIES[6]),
                              opened_on=opened, summary=CANARIES[10])
        refs.append(case.reference)
        item = s.evidence.import_bytes(case, png_bytes(text="kanarie"), method=CaptureMethod.REGION,
                                       title=CANARIES[2])
        item.platform = "LinkedIn" if n < 4 else CANARIES[8]
        item.handle, item.transcript, item.display_name = CANARIES[1], CANARIES[4], CANARIES[0]
        item.url = "https://example.invalid/kanarie-7731"
        s.evidence.update_details(case, item)
        s.people.add_person(case, Person(CANARIES[9], "kanarie"), Role.POSTER)
        s.notes.add(case, CANARIES[3], Visibility.COUNSELLOR_ONLY)
        s.workflow.add_conversation(case, Conversation(case.id or 0, opened, CANARIES[0], CANARIES[5]))
        if n < 3:
            s.cases.record_consent(case, ConsentScope.PLATFORM_REPORT, opened, CANARIES[5])
            s.workflow.add_platform_report(case, PlatformReport(
                case.id or 0, "LinkedIn", filed_on=opened, ticket=CANARIES[7], note=CANARIES[3],
                decision=PlatformDecision.REMOVED, decision_on=opened))
        if n == 0:
            s.cases.record_consent(case, ConsentScope.POLICE_REPORT, opened, CANARIES[5])
            s.workflow.add_police_report(case, PoliceReport(case.id or 0, filed_on=opened, station=CANARIES[6],
                                                            registration_number=CANARIES[7], note=CANARIES[3]))
        case.category = CaseCategory.BULLYING if n < 4 else CaseCategory.SEXUAL_HARASSMENT if n < 6 else \
            CaseCategory.AGGRESSION
        case.setting, case.origin = CaseSetting.ONLINE, CaseOrigin.EXTERNAL
        case.outcome = CaseOutcome.RESOLVED if n < 5 else CaseOutcome.NONE
        s.cases.update(case)
    return refs


def _forbidden(refs: list[str]) -> list[str]:
    """What must not appear: canaries, references and every way a single case's date may be written."""
    dutch = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december")
    days = []
    for day in OPENED:
        days += [day.isoformat(), f"{day:%d-%m-%Y}", f"{day.day} {dutch[day.month - 1]}", f"{day:%d/%m/%Y}"]
    return [*CANARIES, "kanarie", "example.invalid", *refs, *days]


def _pdf_everything(path: Path) -> str:
    reader = PdfReader(str(path))
    parts = [page.extract_text() for page in reader.pages]
    parts += [f"{k}={v}" for k, v in (reader.metadata or {}).items()]
    parts += [f"{name}:{b''.join(data).decode('latin-1')}" for name, data in reader.attachments.items()]
    parts.append(path.read_bytes().decode("latin-1"))  # the raw file, outline and all
    return "\n".join(parts)


@pytest.fixture
def filled(session: Session) -> tuple[Session, list[str]]:
    return session, _populate(session)


def _assert_clean(text: str, refs: list[str]) -> None:
    lowered = text.casefold()
    found = [word for word in _forbidden(refs) if word.casefold() in lowered]
    assert found == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_pdf_shows_the_counts_and_nothing_of_a_single_case(filled: tuple[Session, list[str]], tmp_path: Path,
                                                            language: str) -> None:
    s, refs = filled
    figures = s.annual.figures(Period.year(2026))
    target = tmp_path / "jaarverslag.pdf"
    sha256, size = s.annual.write_pdf(figures, target, language, generated_at=datetime(2027, 1, 15, 9, 30))
    assert target.stat().st_size == size
    everything = _pdf_everything(target)
    _assert_clean(everything, refs)
    text = "\n".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Fictieve Gemeente Voorbeeld" in text  # the organisation, not a case
    assert ("Pesten" if language == "nl" else "Bullying") in text
    # 4 bullying cases are shown; 2 sexual harassment and 1 aggression are "<3", never their numbers.
    harassment = "Seksuele intimidatie" if language == "nl" else "Sexual harassment"
    assert re.search(re.escape(harassment) + r"\s*<3", text)
    assert not re.search(re.escape(harassment) + r"\s*2\b", text)
    assert PRIMARY in text and "×" in text  # the 1 aggression case: secondary suppression kicks in
    assert PdfReader(str(target)).attachments == {}
    # The export is audited with its hash, without a case reference.
    entry = s.vault.conn.execute("SELECT action, case_ref, detail FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert entry[0] == "annual_report_exported" and entry[1] == "" and sha256 in entry[2]


def test_csv_for_dutch_excel_with_hidden_small_counts(filled: tuple[Session, list[str]], tmp_path: Path) -> None:
    s, refs = filled
    target = tmp_path / "rie.csv"
    s.annual.write_csv(s.annual.figures(Period.year(2026)), target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    text = raw.decode("utf-8-sig")
    _assert_clean(text, refs)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Van", "Tot en met", "Onderdeel", "Kenmerk", "Aantal dossiers"]
    by_label = {(r[2], r[3]): r[4] for r in rows[1:]}
    assert by_label[("Totaal", "Dossiers geopend in de periode")] == "7"
    assert by_label[("Soort gedrag", "Pesten")] == "4"
    assert by_label[("Soort gedrag", "Seksuele intimidatie")] == "<3"
    assert by_label[("Soort gedrag", "Agressie en geweld")] == "<3"
    assert by_label[("Platform", "LinkedIn")] == "4"
    assert by_label[("Platform", "Ander platform")] == "3"  # the typed canary platform, by no name
    assert by_label[("Wat er is gedaan", "Aangifte of melding bij de politie")] == "<3"
    assert all(r[0] == "2026-01" and r[1] == "2026-12" for r in rows[1:])
    assert all(value.isdigit() or value in ("<3", "×") for value in by_label.values())


def test_a_period_with_fewer_than_three_cases_breaks_nothing_down(filled: tuple[Session, list[str]],
                                                                  tmp_path: Path) -> None:
    s, _refs = filled
    figures = s.annual.figures(Period.months(2026, 2, 2026, 3))  # two cases
    assert figures.too_few
    s.annual.write_pdf(figures, tmp_path / "kort.pdf")
    s.annual.write_csv(figures, tmp_path / "kort.csv")
    text = "\n".join(page.extract_text() for page in PdfReader(str(tmp_path / "kort.pdf")).pages)
    assert "Minder dan drie dossiers" in text and "Pesten" not in text
    assert (tmp_path / "kort.csv").read_text("utf-8-sig").splitlines()[1].endswith(";<3")


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_processing_register_entry_from_the_profile(filled: tuple[Session, list[str]], tmp_path: Path,
                                                    suffix: str) -> None:
    s, refs = filled
    target = tmp_path / f"register{suffix}"
    s.annual.write_register(target, "nl")
    text = _pdf_everything(target) if suffix == ".pdf" else target.read_text("utf-8")
    _assert_clean(text, refs)
    flat = " ".join(text.split())
    for expected in ("Fictieve Gemeente Voorbeeld", "Stadhuisplein 1", "Doeleinden", "Categorieën van betrokkenen",
                     "Ontvangers", "Bewaartermijnen", "Beveiligingsmaatregelen", "SQLCipher",
                     "geen rapporten over dossiers"):
        assert expected in flat, expected
    action = s.vault.conn.execute("SELECT action, case_ref FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(action) == ("processing_register_exported", "")
