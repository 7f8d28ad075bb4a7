"""The prevention materials as PDF, read back with pypdf: every document holds the organisation's name,
its contacts by role and the organisation's own text; the poster is as large as chosen (A3/A4), the
flyer A5; the fixed words follow the language; only the app's embedded fonts are used."""

from __future__ import annotations

import string
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, A4, A5

from ogg_desktop.domain.organisation import Contact, Organisation
from ogg_desktop.domain.prevention import (
    AgreementsDocument,
    PolicyDocument,
    PreventionKind,
    SelfSearchDocument,
    TeamMeetingDocument,
)
from ogg_desktop.reports.prevention.texts import EN, NL, PreventionWords
from ogg_desktop.services.session import Session

ORG = Organisation(
    name="Stichting Proefzorg", street="Teststraat 1", postcode="1234 AB", city="Voorbeeldstad",
    phone="010 000 00 00", email="info@proefzorg.invalid",
    contact=Contact("Vera Vertrouwen", "vertrouwenspersoon", "010 000 00 01", "vp@proefzorg.invalid"),
    contacts={"hr": Contact("Henk Hrman", "HR-adviseur", "010 000 00 02", "hr@proefzorg.invalid"),
              "legal": Contact("Julia Jurist", "advocaat"),
              "police": Contact("Wout Wijkagent", "wijkagent", "0900-8844"),
              "public_task": Contact("Pieter Publiek"),
              "aftercare": Contact("Nadia Nazorg", "bedrijfsopvangteam"),
              "company_doctor": Contact("Bram Bedrijfsarts", "bedrijfsarts")})
DAY = date(2026, 11, 23)


@pytest.fixture
def org_session(session: Session) -> Session:
    session.organisation.set(ORG)
    return session


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def page_sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(path).pages]


def write(session: Session, kind: PreventionKind, tmp_path: Path, form: str = "document", language: str = "nl") -> Path:
    target = tmp_path / f"{kind.value}-{form}-{language}.pdf"
    document = session.prevention.get(kind, language)
    sha, size = session.prevention.write_pdf(document, target, language, form, DAY)
    assert target.stat().st_size == size and len(sha) == 64
    return target


def test_wie_doet_wat_names_the_organisation_and_every_contact_by_role(org_session: Session, tmp_path: Path) -> None:
    policy = org_session.prevention.get(PreventionKind.POLICY, "nl")
    assert isinstance(policy, PolicyDocument)
    policy.steps[5].what = "Belt meteen advocatenkantoor Eigen-Tekst-7731."
    org_session.prevention.save(policy)
    text = pdf_text(write(org_session, PreventionKind.POLICY, tmp_path))
    assert "Stichting Proefzorg" in text and "Wie doet wat bij online grensoverschrijdend gedrag" in text
    for name in ("Vera Vertrouwen", "Henk Hrman", "Julia Jurist", "Wout Wijkagent", "Pieter Publiek", "Nadia Nazorg",
                 "Bram Bedrijfsarts"):
        assert name in text, name
    assert "Eigen-Tekst-7731" in text
    for step in ("Screenshot", "Bespreek", "Nazorgtraject", "Rapporteer", "Aangifte", "Juridische hulp",
                 "Professionele hulp"):
        assert step in text
    assert "Stap 7" in text and "23 november 2026" in text
    # the step carries its contact: the legal adviser beside "Juridische hulp"
    assert text.index("Julia Jurist") > text.index("Juridische hulp")


def test_wie_doet_wat_in_english(org_session: Session, tmp_path: Path) -> None:
    text = pdf_text(write(org_session, PreventionKind.POLICY, tmp_path, language="en"))
    assert "Who does what in case of online harassment" in text and "Step 5" in text
    assert "Henk Hrman" in text and "23 November 2026" in text and "Stap" not in text


@pytest.mark.parametrize(("form", "size"), [("poster_a3", A3), ("poster_a4", A4), ("flyer", A5)])
def test_the_agreements_poster_and_flyer_have_the_chosen_size(org_session: Session, tmp_path: Path, form: str,
                                                               size: tuple[float, float]) -> None:
    org_session.prevention.save(AgreementsDocument(
        "Afspraken in de wachtkamer", "Welkom bij ons.",
        ["We filmen of fotograferen medewerkers niet zonder toestemming.",
         "We plaatsen niets over medewerkers op internet.", "Kritiek gaat via de klachtenregeling."],
        "Dank u wel voor uw medewerking."))
    path = write(org_session, PreventionKind.AGREEMENTS, tmp_path, form)
    assert page_sizes(path) == [(round(size[0]), round(size[1]))]
    text = pdf_text(path)
    for expected in ("Afspraken in de wachtkamer", "Stichting Proefzorg", "klachtenregeling",
                     "Dank u wel voor uw medewerking"):
        assert expected in text
    assert ("Teststraat 1" in text) == (form == "flyer")  # the flyer carries the address, the poster only the name


def test_the_poster_type_is_large_enough_to_read_from_a_distance(org_session: Session, tmp_path: Path) -> None:
    """The agreements on the A3 poster are set at 28 pt or more (7 mm capitals and up)."""
    path = write(org_session, PreventionKind.AGREEMENTS, tmp_path, "poster_a3")
    sizes: list[float] = []

    def visit(text: str, _cm: object, tm: list[float], _fd: object, font_size: float) -> None:
        if "klachtenregeling" in text:
            sizes.append(font_size * abs(tm[0]))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 28


def test_teamoverleg_is_one_page_with_the_edited_questions(org_session: Session, tmp_path: Path) -> None:
    org_session.prevention.save(TeamMeetingDocument("Agendapunt online", "Tien minuten.",
                                                    ["Wat zagen we deze maand online?", "Wie doet wat bij stap 5?"],
                                                    "Acties:"))
    path = write(org_session, PreventionKind.TEAM_MEETING, tmp_path)
    assert len(PdfReader(path).pages) == 1
    text = pdf_text(path)
    assert "Wat zagen we deze maand online?" in text and "Stichting Proefzorg" in text and "GESPREKSLEIDER" in text
    default = org_session.prevention.default(PreventionKind.TEAM_MEETING, "nl")
    org_session.prevention.save(default)
    assert len(PdfReader(write(org_session, PreventionKind.TEAM_MEETING, tmp_path)).pages) == 1


def test_zelf_googelen_lists_platforms_with_tick_boxes(org_session: Session, tmp_path: Path) -> None:
    document = org_session.prevention.get(PreventionKind.SELF_SEARCH, "nl")
    assert isinstance(document, SelfSearchDocument)
    document.platforms.append("Mastodon")
    org_session.prevention.save(document)
    path = write(org_session, PreventionKind.SELF_SEARCH, tmp_path)
    text = pdf_text(path)
    for expected in ("Stichting Proefzorg", "LinkedIn", "TikTok", "Mastodon", "Gezocht", "Adres of woonplaats",
                     "privacy-instellingen", "Ken de risico's"):
        assert expected in text, expected
    ticks = len(document.platforms) + 1  # every platform and "Anders"
    columns = 1 + len(document.visible)
    assert _squares(path) >= ticks * columns + len(document.privacy) + len(document.risks)


def _squares(path: Path) -> int:
    """Rounded squares drawn in the content streams (the tick boxes): counted by their path operators."""
    reader = PdfReader(path)
    count = 0
    for page in reader.pages:
        data = page.get_contents()
        assert data is not None
        count += data.get_data().decode("latin-1").count(" c\n") // 4
    return count


def test_only_the_embedded_app_fonts_are_used(org_session: Session, tmp_path: Path) -> None:
    for kind, form in ((PreventionKind.POLICY, "document"), (PreventionKind.AGREEMENTS, "poster_a3"),
                       (PreventionKind.AGREEMENTS, "flyer"), (PreventionKind.TEAM_MEETING, "document"),
                       (PreventionKind.SELF_SEARCH, "document")):
        out = subprocess.run(["pdffonts", str(write(org_session, kind, tmp_path, form))], capture_output=True,
                             text=True, check=True).stdout
        fonts = out.splitlines()[2:]
        assert fonts and all("DejaVu" in line and " yes yes " in line for line in fonts), out


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_dutch_and_english_words_have_the_same_keys_and_placeholders() -> None:
    assert set(NL) == set(EN)
    assert {k: (_fields(NL[k]), _fields(EN[k])) for k in NL if _fields(NL[k]) != _fields(EN[k])} == {}
    for language in ("nl", "en"):
        w = PreventionWords(language)
        for key, text in NL.items():
            w(key, **dict.fromkeys(_fields(text), "x"))
    with pytest.raises(ValueError, match="fr"):
        PreventionWords("fr")
