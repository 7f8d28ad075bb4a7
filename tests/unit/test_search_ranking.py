"""Search at scale (schema v9): the index keyed by case, relevance order, phrases, and the index
kept exact as rows change or go."""

from __future__ import annotations

from datetime import date

from ogg_desktop.domain.case import Case, Employee
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes


def refs(session: Session, search: str, order: str = "relevance") -> list[str]:
    return [s.reference for s in session.cases.summaries(search=search, order=order)]


def _item(session: Session, case: Case, transcript: str) -> None:
    item = session.evidence.import_bytes(case, png_bytes(text=transcript[:8]), method=CaptureMethod.REGION)
    item.transcript = transcript
    session.evidence.update_details(case, item)


def test_relevance_puts_a_match_in_the_case_itself_before_one_in_an_item_or_note(session: Session) -> None:
    in_note = session.cases.create("Berichten op Facebook", opened_on=date(2026, 6, 1))
    session.notes.add(in_note, "Gesprek over de wijkagent gehad", Visibility.COUNSELLOR_ONLY)
    in_item = session.cases.create("Reacties op YouTube", opened_on=date(2026, 5, 1))
    _item(session, in_item, "Die wijkagent moet oppassen")
    in_title = session.cases.create("Wijkagent bedreigd via TikTok", opened_on=date(2026, 1, 1))
    # Newest first by date would put the note match first; relevance puts the title match first.
    assert refs(session, "wijkagent", order="opened") == [in_note.reference, in_item.reference, in_title.reference]
    assert refs(session, "wijkagent")[0] == in_title.reference
    assert set(refs(session, "wijkagent")) == {in_note.reference, in_item.reference, in_title.reference}


def test_relevance_adds_up_over_several_words(session: Session) -> None:
    both_in_title = session.cases.create("Wijkagent uitgescholden", opened_on=date(2026, 1, 1))
    one_in_title = session.cases.create("Wijkagent op Instagram", opened_on=date(2026, 6, 1))
    session.notes.add(one_in_title, "Hij werd uitgescholden", Visibility.COUNSELLOR_ONLY)
    assert refs(session, "wijkagent uitgescholden") == [both_in_title.reference, one_in_title.reference]


def test_a_quoted_phrase_needs_the_words_together_and_in_order(session: Session) -> None:
    together = session.cases.create("Dreiging", opened_on=date(2026, 1, 1))
    _item(session, together, "Je gaat hier spijt van krijgen")
    apart = session.cases.create("Andere dreiging", opened_on=date(2026, 2, 1))
    _item(session, apart, "Van die spijt weet ik niets")
    assert refs(session, '"spijt van"') == [together.reference]
    assert set(refs(session, "spijt van")) == {together.reference, apart.reference}
    assert refs(session, '"spijt va') == [together.reference]  # an open phrase: its last word is a prefix


def test_prefixes_from_two_letters_and_diacritics_both_ways(session: Session) -> None:
    case = session.cases.create("Reünie van oud-cliënten", Employee(pseudonym="Coördinator"))
    assert refs(session, "re") == [case.reference]
    assert refs(session, "reu") == [case.reference]
    assert refs(session, "reünie") == [case.reference]
    assert refs(session, "coordinator") == [case.reference]
    assert refs(session, "clienten") == [case.reference]
    everything = refs(session, "r")  # one letter is still being typed: no filter yet
    assert everything == [case.reference]


def test_the_index_follows_updates_and_deletions_exactly(session: Session) -> None:
    case = session.cases.create("Eerste titel", Employee(pseudonym="Medewerker X"))
    note = session.notes.add(case, "Notitie met kiwi", Visibility.COUNSELLOR_ONLY)
    assert refs(session, "kiwi") == [case.reference]
    note.body = "Notitie met mango"
    session.notes.update(case, note)
    assert refs(session, "kiwi") == []
    assert refs(session, "mango") == [case.reference]
    case.title = "Tweede titel"
    session.cases.update(case)
    assert refs(session, "eerste") == []
    assert refs(session, "tweede") == [case.reference]
    session.notes.delete(case, note)
    assert refs(session, "mango") == []
    rows = session.vault.conn.execute("SELECT rowid FROM search_index").fetchall()
    assert [r[0] >> 32 for r in rows] == [case.id]  # one row left: the case's own text


def test_search_reads_the_index_only(session: Session) -> None:
    """The case comes from the row id: a search never reads the stored text."""
    plan = " ".join(str(r[-1]) for r in session.vault.conn.execute(
        "EXPLAIN QUERY PLAN SELECT rowid >> 32 FROM search_index WHERE search_index MATCH '\"x\"*'"))
    assert "VIRTUAL TABLE INDEX" in plan
