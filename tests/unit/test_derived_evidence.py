"""Redaction or annotation makes a new item that points at its original; the original never changes."""

from __future__ import annotations

import pytest

from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes


def test_a_redacted_copy_is_a_new_item_pointing_at_its_original(session: Session) -> None:
    case = session.cases.create("Afgeschermd")
    original_bytes = png_bytes(80, 40, "#224466", "naam")
    original = session.evidence.import_bytes(case, original_bytes, method=CaptureMethod.REGION, title="Bericht")
    original.platform, original.url = "LinkedIn", "https://example.invalid/p/1"
    session.evidence.update_details(case, original)
    redacted_bytes = png_bytes(80, 40, "#000000")
    copy = session.evidence.derive(case, original, redacted_bytes, "redacted")

    assert copy.id != original.id and copy.original_id == original.id
    assert copy.method == CaptureMethod.DERIVED and copy.derivation == "redacted"
    assert copy.platform == "LinkedIn" and copy.url == "https://example.invalid/p/1"
    assert original.id is not None and copy.id is not None
    assert session.evidence.original_bytes(original.id) == original_bytes  # untouched
    assert session.evidence.original_bytes(copy.id) == redacted_bytes
    stored = session.evidence.get(original.id)
    assert stored is not None and stored.sha256 == original.sha256
    assert session.verify().ok
    actions = [e.action for e in session.vault.repos.audit.entries(case_ref=case.reference)]
    assert actions[-1] == "evidence_derived"


def test_an_original_from_another_case_is_refused(session: Session) -> None:
    a, b = session.cases.create("A"), session.cases.create("B")
    item = session.evidence.import_bytes(a, png_bytes(), method=CaptureMethod.REGION)
    with pytest.raises(ValueError, match="another case"):
        session.evidence.derive(b, item, png_bytes(), "annotated")
    assert len(session.evidence.for_case(b)) == 0


def test_an_original_with_copies_cannot_be_deleted(session: Session) -> None:
    case = session.cases.create("C")
    item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.REGION)
    session.evidence.derive(case, item, png_bytes(10, 10), "annotated")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        session.vault.conn.execute("DELETE FROM evidence WHERE id = ?", (item.id,))


def test_witnesses_per_item_are_people_of_the_case(session: Session) -> None:
    from ogg_desktop.domain.people import Person, Role

    case = session.cases.create("Getuigen")
    item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.REGION)
    ann = session.people.add_person(case, Person("Ann"), Role.WITNESS).person
    bob = session.people.add_person(case, Person("Bob"), Role.OTHER).person
    outsider = session.people.add_person(session.cases.create("Ander"), Person("Cor"), Role.WITNESS).person
    assert ann.id is not None and bob.id is not None and outsider.id is not None
    session.evidence.set_witnesses(case, item, [bob.id, ann.id, ann.id])
    assert session.evidence.witnesses(item) == sorted([ann.id, bob.id])
    with pytest.raises(ValueError, match="involved in the case"):
        session.evidence.set_witnesses(case, item, [outsider.id])
    assert session.evidence.witnesses(item) == sorted([ann.id, bob.id])
    session.evidence.set_witnesses(case, item, [ann.id])
    assert session.evidence.witnesses(item) == [ann.id]
    details = [e.detail for e in session.vault.repos.audit.entries(case_ref=case.reference)]
    assert details.count("fields=witnesses") == 2 and not any("Ann" in d for d in details)


def test_the_screenshot_step_is_done_once_the_case_has_evidence(session: Session) -> None:
    from ogg_desktop.domain.checklist import Step, StepState

    case = session.cases.create("Stap 1")
    assert {e.step: e.state for e in session.checklist.for_case(case)}[Step.SCREENSHOT] == StepState.OPEN
    session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.REGION)
    step = {e.step: e for e in session.checklist.for_case(case)}[Step.SCREENSHOT]
    assert step.state == StepState.DONE and step.done_on is not None
    # A step the user marked 'not applicable' is left alone.
    other = session.cases.create("Anders")
    from ogg_desktop.domain.checklist import ChecklistEntry

    session.checklist.save(other, ChecklistEntry(Step.SCREENSHOT, StepState.NOT_APPLICABLE))
    session.evidence.import_bytes(other, png_bytes(), method=CaptureMethod.REGION)
    assert {e.step: e.state for e in session.checklist.for_case(other)}[Step.SCREENSHOT] == StepState.NOT_APPLICABLE
