"""Offences per item: suggestions from the text that the counsellor confirms or rejects."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.offences import suggest
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes


def test_suggestions_come_from_the_literal_text() -> None:
    assert suggest("Ik weet waar je woont, je gaat hier spijt van krijgen") == ["threat"]
    assert suggest("Wat een LEUGENAAR, en een idioot") == ["defamation", "insult"]
    assert suggest("Zij woont op de Dorpsstraat") == ["doxing"]
    assert suggest("Een gewoon bericht") == []


def test_a_suggestion_is_shown_not_ticked_and_saved_only_when_confirmed(
        qtbot: QtBot, session: Session, window: MainWindow) -> None:
    case = session.cases.create("Bedreiging")
    item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.REGION)
    item.transcript = "Ik weet waar je werkt"
    session.evidence.update_details(case, item)
    assert case.id is not None and item.id is not None
    window.case_view.show_case(case.id)
    window.case_view.show_evidence_item(item.id)
    picker = window.case_view.evidence.offences
    threat = picker.boxes["threat"]
    assert "voorgesteld" in threat.text() and not threat.isChecked()
    assert picker.suggested() == ["threat"]
    stored = session.evidence.get(item.id)
    assert stored is not None and stored.offences == []  # a suggestion is not a tag
    qtbot.mouseClick(threat, Qt.MouseButton.LeftButton, pos=threat.rect().center())
    qtbot.mouseClick(picker.boxes["insult"], Qt.MouseButton.LeftButton, pos=picker.boxes["insult"].rect().center())
    stored = session.evidence.get(item.id)
    assert stored is not None and stored.offences == ["threat", "insult"]
    assert "klachtdelict" in picker.boxes["insult"].text()
    assert "organisatie" in threat.toolTip()  # who may report
    assert "volmacht" in picker.boxes["insult"].toolTip()
    assert "onbevestigd" in picker.boxes["doxing"].text()


def test_witnesses_of_one_item_are_ticked_from_the_case_people(
        qtbot: QtBot, session: Session, window: MainWindow) -> None:
    from ogg_desktop.domain.people import Person, Role

    case = session.cases.create("Getuigen")
    item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.REGION)
    ann = session.people.add_person(case, Person("Ann Getuige"), Role.WITNESS).person
    session.people.add_person(case, Person("Bob Collega"), Role.OTHER)
    assert case.id is not None and item.id is not None
    window.case_view.show_case(case.id)
    window.case_view.show_evidence_item(item.id)
    picker = window.case_view.evidence.witnesses
    names = [picker.item(r).text() for r in range(picker.count())]
    assert names == ["Ann Getuige", "Bob Collega"]
    first = picker.item(0)
    assert first is not None
    first.setCheckState(Qt.CheckState.Checked)
    assert session.evidence.witnesses(item) == [ann.id]
    window.case_view.show_case(case.id)  # reopened: still ticked
    window.case_view.show_evidence_item(item.id)
    assert window.case_view.evidence.witnesses.chosen() == [ann.id]


def test_evidence_is_listed_by_posting_date_else_capture(qtbot: QtBot, session: Session, window: MainWindow) -> None:
    from datetime import date

    case = session.cases.create("Volgorde")
    session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.REGION, title="later geplaatst")
    second = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.REGION, title="eerder geplaatst")
    assert case.id is not None and second.id is not None
    window.case_view.show_case(case.id)
    evidence = window.case_view.evidence
    titles = [evidence.list.item(r).text().split("\n")[0] for r in range(evidence.list.count())]
    assert [t.split(". ", 1)[1] for t in titles] == ["later geplaatst", "eerder geplaatst"]  # capture order
    window.case_view.show_evidence_item(second.id)
    evidence.posted_on.check.setChecked(True)
    evidence.posted_on.edit.setDate(evidence.posted_on.edit.date().addYears(-1))
    evidence.posted_on.changed.emit()
    stored = session.evidence.get(second.id)
    assert stored is not None and stored.posted_on is not None and stored.posted_on.year == date.today().year - 1
    titles = [evidence.list.item(r).text().split("\n")[0] for r in range(evidence.list.count())]
    assert [t.split(". ", 1)[1] for t in titles] == ["eerder geplaatst", "later geplaatst"]
