"""Searching the case list: FTS5 over titles, references, employees, transcripts and notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ogg_desktop.domain.case import Case, Employee
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.services.session import Session
from ogg_desktop.vault.repositories.cases import fts_query, fts_terms
from tests.conftest import png_bytes


def refs(session: Session, search: str) -> list[str]:
    return [s.reference for s in session.cases.summaries(search=search)]


@pytest.fixture
def cases(session: Session) -> dict[str, Case]:
    """Three cases opened on different days, created out of date order."""
    made = {
        "middle": session.cases.create("Haatdragende reacties onder vacature", Employee(pseudonym="Medewerker Anna"),
                                       opened_on=date(2026, 3, 10)),
        "old": session.cases.create("Nepaccount op Instagram", Employee(pseudonym="Medewerker Bram"),
                                    opened_on=date(2026, 1, 5)),
        "new": session.cases.create("Eén dreigement via café-wifi", Employee(name="Chris de Vries"),
                                    opened_on=date(2026, 5, 20)),
    }
    return made


# fts_query --------------------------------------------------------------------------------------

def test_fts_query_quotes_every_word_and_makes_the_last_a_prefix() -> None:
    assert fts_query("dreig") == '"dreig"*'
    assert fts_query("  nep   account ") == '"nep" "account"*'


def test_fts_query_empty_and_blank_give_no_query() -> None:
    assert fts_query("") == ""
    assert fts_query("   \t\n ") == ""
    assert fts_query('" ""  "') == ""
    assert fts_query("* - ( ) : ^ 😀") == ""


def test_fts_query_treats_control_characters_as_spaces() -> None:
    assert fts_query("a\x00bc") == '"a" "bc"*'
    assert fts_query("\x00") == ""
    assert fts_terms("nep\x07account") == ['"nep"', '"account"*']


def test_a_last_single_letter_is_still_being_typed_and_filters_from_two() -> None:
    assert fts_terms("b") == []
    assert fts_terms("be") == ['"be"*']
    assert fts_terms("ik w") == ['"ik"*']
    assert fts_terms("ik we") == ['"ik"', '"we"*']
    assert fts_terms("x ") == ['"x"']  # finished: a whole word, never a one-letter prefix
    assert fts_terms("a b ") == ['"a"', '"b"']


def test_quoted_phrases_stay_together() -> None:
    assert fts_terms('"spijt van" krijgen') == ['"spijt van"', '"krijgen"*']
    assert fts_terms('krijgen "spijt van"') == ['"krijgen"', '"spijt van"']  # closed: exact
    assert fts_terms('"spijt va') == ['"spijt va"*']  # open: the last word is a prefix
    assert fts_terms('"" "-" x') == []


def test_fts_terms_drop_words_without_letters_or_digits() -> None:
    assert fts_terms("dreigement - café *") == ['"dreigement"', '"café"*']


def test_fts_query_escapes_double_quotes_and_keeps_operators_as_text() -> None:
    assert fts_query('zeg "hallo') == '"zeg" "hallo"*'  # an unclosed phrase, still being typed
    assert fts_query('zeg"hallo') == '"zeg""hallo"*'  # a quote inside a word is text
    assert fts_query("a AND bc") == '"a" "AND" "bc"*'
    assert fts_query("NEAR(x y)") == '"NEAR(x" "y)"*'
    assert fts_query("titel:geheim -x ^y") == '"titel:geheim" "-x" "^y"*'


# What the search finds --------------------------------------------------------------------------

def test_empty_search_lists_everything_newest_first(session: Session, cases: dict[str, Case]) -> None:
    expected = [cases[k].reference for k in ("new", "middle", "old")]
    assert refs(session, "") == expected
    assert refs(session, "   ") == expected


def test_finds_by_title_word(session: Session, cases: dict[str, Case]) -> None:
    assert refs(session, "instagram") == [cases["old"].reference]
    assert refs(session, "VACATURE") == [cases["middle"].reference]


def test_finds_by_reference(session: Session, cases: dict[str, Case]) -> None:
    ref = cases["old"].reference
    assert refs(session, ref) == [ref]
    assert refs(session, ref.lower()) == [ref]


def test_finds_by_employee_pseudonym_and_name(session: Session, cases: dict[str, Case]) -> None:
    assert refs(session, "Bram") == [cases["old"].reference]
    assert refs(session, "vries") == [cases["new"].reference]


def test_finds_by_evidence_transcript(session: Session, cases: dict[str, Case]) -> None:
    case = cases["middle"]
    item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.IMPORTED_FILE, filename="s.png")
    assert refs(session, "scheldwoordenlijst") == []
    changed = session.evidence.update_details(case, replace(item, transcript="Een lange scheldwoordenlijst"))
    assert changed == ["transcript"]
    assert refs(session, "scheldwoordenlijst") == [case.reference]
    # Editing the transcript again replaces the old text in the index.
    session.evidence.update_details(case, replace(item, transcript="iets anders"))
    assert refs(session, "scheldwoordenlijst") == []
    assert refs(session, "anders") == [case.reference]


def test_finds_by_note_body_and_forgets_deleted_notes(session: Session, cases: dict[str, Case]) -> None:
    case = cases["old"]
    note = session.notes.add(case, "Gesprek met leidinggevende over ziekteverzuim", Visibility.COUNSELLOR_ONLY)
    assert refs(session, "ziekteverzuim") == [case.reference]
    session.notes.delete(case, note)
    assert refs(session, "ziekteverzuim") == []


def test_finds_by_case_summary_after_update(session: Session, cases: dict[str, Case]) -> None:
    case = cases["new"]
    case.summary = "Betreft de parkeerplaats"
    session.cases.update(case)
    assert refs(session, "parkeerplaats") == [case.reference]


def test_diacritics_fold_both_ways(session: Session, cases: dict[str, Case]) -> None:
    new = cases["new"].reference
    assert refs(session, "een dreigement") == [new]
    assert refs(session, "cafe") == [new]
    assert refs(session, "café") == [new]
    assert refs(session, "één") == [new]


def test_diacritics_fold_in_indexed_text_without_accents(session: Session) -> None:
    case = session.cases.create("Reactie op een cafe")
    assert refs(session, "café") == [case.reference]


def test_prefix_search_as_you_type(session: Session, cases: dict[str, Case]) -> None:
    new = cases["new"].reference
    for typed in ("d", "dr", "dre", "drei", "dreig", "dreigement"):
        assert new in refs(session, typed), typed
    assert refs(session, "dreigementen") == []


def test_only_the_last_word_is_a_prefix(session: Session, cases: dict[str, Case]) -> None:
    assert refs(session, "dreig café") == []  # "dreig" is a whole word here, not a prefix
    assert refs(session, "dreigement caf") == [cases["new"].reference]


def test_all_words_are_required(session: Session, cases: dict[str, Case]) -> None:
    assert refs(session, "nepaccount instagram") == [cases["old"].reference]
    assert refs(session, "nepaccount vacature") == []
    assert refs(session, "Medewerker") == [cases["middle"].reference, cases["old"].reference]


def test_words_may_come_from_different_parts_of_a_case(session: Session, cases: dict[str, Case]) -> None:
    case = cases["middle"]
    session.notes.add(case, "Politie ingeschakeld", Visibility.HR)
    item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.IMPORTED_FILE)
    session.evidence.update_details(case, replace(item, transcript="jij bent ontslagen"))
    # title word + note word, employee + transcript + note: all words required, anywhere in the case
    assert refs(session, "vacature politie") == [case.reference]
    assert refs(session, "anna ontslagen politie") == [case.reference]
    assert refs(session, "bram politie") == []


def test_no_match_gives_empty_list(session: Session, cases: dict[str, Case]) -> None:
    assert refs(session, "xyzzyonbekend") == []


@pytest.mark.parametrize(
    "query",
    ['"', '""', "*", "(", ")", ":", "AND", "OR", "NOT", "NEAR", "-", "^", "+", "{", "}", "'",
     'NEAR(dreig café)', 'title:dreig', "text:een", "case_id:1", "dreig*", "(dreig OR café)", '"dreig',
     "AND OR NOT", "* * *", "\\", "a\x00b", "\x00", "\t\r\n", "😀 emoji", "-dreig", "^dreig", "dreig)"],
)
def test_fts_syntax_never_raises(session: Session, cases: dict[str, Case], query: str) -> None:
    result = session.cases.summaries(search=query)
    assert all(r.reference.startswith("OGG-") for r in result)


@pytest.mark.parametrize("query", ["*", "-", "( )", '"', "^ : +"])
def test_query_of_only_syntax_characters_lists_everything(session: Session, cases: dict[str, Case],
                                                          query: str) -> None:
    assert refs(session, query) == refs(session, "")
    assert len(refs(session, query)) == 3


@pytest.mark.parametrize("query", ["dreigement -", "- dreigement", "dreigement * café", "dreigement \x00"])
def test_stray_syntax_characters_do_not_hide_matches(session: Session, cases: dict[str, Case], query: str) -> None:
    assert refs(session, query) == [cases["new"].reference]


@pytest.mark.parametrize(("query", "key"), [
    ("dreig*", "new"), ("(dreigement", "new"), ("café)", "new"), ('"dreigement"', "new"), ("^instagram", "old"),
    ("-vacature", "middle"), ("nepaccount:", "old"),
])
def test_syntax_characters_are_ignored_around_words(session: Session, cases: dict[str, Case], query: str,
                                                    key: str) -> None:
    assert refs(session, query) == [cases[key].reference]


def test_operator_words_are_searched_as_plain_words(session: Session) -> None:
    near = session.cases.create("Near the office and beyond", opened_on=date(2026, 2, 1))
    session.cases.create("Iets heel anders", opened_on=date(2026, 2, 2))
    assert refs(session, "NEAR") == [near.reference]
    assert refs(session, "near AND beyond") == [near.reference]
    assert refs(session, "OR") == []


def test_results_are_newest_first_by_opened_on(session: Session) -> None:
    older = session.cases.create("Bericht één", opened_on=date(2025, 12, 31))
    newest = session.cases.create("Bericht twee", opened_on=date(2026, 4, 1))
    middle = session.cases.create("Bericht drie", opened_on=date(2026, 1, 15))
    same_day_later_id = session.cases.create("Bericht vier", opened_on=date(2026, 1, 15))
    assert refs(session, "bericht") == [newest.reference, same_day_later_id.reference, middle.reference,
                                        older.reference]
    # A newer edit does not reorder: the order is by the date the case was opened.
    older.summary = "bijgewerkt"
    session.cases.update(older)
    assert refs(session, "bericht")[-1] == older.reference


def test_summary_row_shows_employee_and_evidence_count(session: Session, cases: dict[str, Case]) -> None:
    case = cases["new"]
    session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.IMPORTED_FILE)
    session.evidence.import_bytes(case, png_bytes(colour="#000000"), method=CaptureMethod.IMPORTED_FILE)
    row = session.cases.summaries(search="dreigement")[0]
    assert (row.title, row.employee, row.evidence_count, row.opened_on) == (
        "Eén dreigement via café-wifi", "Chris de Vries", 2, date(2026, 5, 20))
    pseudonym_row = session.cases.summaries(search="Anna")[0]
    assert pseudonym_row.employee == "Medewerker Anna"


def test_limit_and_offset_page_through_results(session: Session, cases: dict[str, Case]) -> None:
    first = session.cases.summaries(limit=2)
    rest = session.cases.summaries(limit=2, offset=2)
    assert [r.reference for r in first + rest] == [cases[k].reference for k in ("new", "middle", "old")]
