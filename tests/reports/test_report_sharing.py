"""Who sees what: the HR export holds only the chosen items (a redacted copy where one exists) and
only notes meant for HR; the employee's copy holds the notes meant for the employee; a
counsellor-only canary is in neither, byte for byte or as text. Consent gates the police report,
the HR export and the platform notice, never the employee's own copy. Every export is entered in
the shared-with log and the audit log with the SHA-256 of the file as written."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from ogg_desktop.domain.case import Case, ConsentScope, Employee
from ogg_desktop.domain.evidence import CaptureMethod, EvidenceItem
from ogg_desktop.domain.workflow import GatedAction
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.reports.texts import Words
from ogg_desktop.reports.verify import check_against_vault, check_report
from ogg_desktop.services.session import Session
from ogg_desktop.services.workflow import ConsentRequiredError
from tests.conftest import png_bytes
from tests.reports.conftest import (
    CANARY_CONVERSATION,
    CANARY_HOME,
    CANARY_NOTE,
    CONVERSATION_EMPLOYEE,
    CONVERSATION_HR,
    GENERATED_AT,
    NOTE_EMPLOYEE,
    NOTE_HR,
    ReportCase,
)
from tests.reports.pdfutil import (
    attachments,
    embedded_images,
    make_report,
    poppler_text,
    same_pixels,
    text_of,
    uncompressed,
)

W = Words("nl")
SECRETS = (CANARY_NOTE, CANARY_CONVERSATION, CANARY_HOME)


def redacted_version(data: bytes, box: tuple[int, int, int, int], fill: str = "black") -> bytes:
    with Image.open(io.BytesIO(data)) as im:
        copy = im.convert("RGB")
    ImageDraw.Draw(copy).rectangle(box, fill=fill)
    buf = io.BytesIO()
    copy.save(buf, format="PNG")
    return buf.getvalue()


def assert_absent(path: Path, tmp: Path, secrets: tuple[str, ...], present: tuple[str, ...]) -> None:
    """None of ``secrets`` in the file, in its decompressed streams or in its text as pypdf and poppler
    extract it; each of ``present`` found in the decompressed streams and the text (so the search works)."""
    raw = path.read_bytes()
    opened = uncompressed(path, tmp)
    texts = (text_of(path), poppler_text(path))
    for secret in secrets:
        for encoded in (secret.encode("utf-8"), secret.encode("utf-16-be")):
            assert encoded not in raw, f"{secret} in the file's bytes"
            assert encoded not in opened, f"{secret} in a decompressed stream"
        for text in texts:
            assert secret not in text
    for shown in present:
        assert shown.encode() in opened
        for text in texts:
            assert shown in text


# HR ------------------------------------------------------------------------------------------------

def test_hr_export_holds_only_the_chosen_items(report_case: ReportCase, tmp_path: Path) -> None:
    one, two, three = report_case.items
    path = make_report(report_case, ReportKind.HR, tmp_path / "hr.pdf",
                       ReportOptions(deterministic=True, item_ids=[one.id or 0, three.id or 0]))
    text = text_of(path)
    for chosen in (one, three):
        assert chosen.title in text and chosen.sha256 in text
    assert two.title not in text
    assert two.transcript not in text
    assert two.sha256 not in text
    assert two.url not in text
    assert W("item_heading", n=2, title=three.title) in text  # numbered within the export
    assert {hashlib.sha256(b).hexdigest() for b in attachments(path).values()} == {one.sha256, three.sha256}


def test_hr_export_uses_the_newest_redacted_copy(report_case: ReportCase, tmp_path: Path) -> None:
    s, case = report_case.session, report_case.case
    one, two, _three = report_case.items
    assert one.id is not None
    original = report_case.originals[one.id]
    older = s.evidence.derive(case, one, redacted_version(original, (30, 80, 400, 120), "grey"), "redacted")
    redacted_bytes = redacted_version(original, (30, 80, 400, 120))
    newest = s.evidence.derive(case, one, redacted_bytes, "redacted")
    annotated = s.evidence.derive(case, one, redacted_version(original, (0, 0, 50, 50), "red"), "annotated")
    path = make_report(report_case, ReportKind.HR, tmp_path / "hr.pdf",
                       ReportOptions(deterministic=True, item_ids=[one.id, two.id or 0]))
    text = text_of(path)
    assert newest.sha256 in text
    assert W("redacted_copy") in text
    for unused in (one, older, annotated):
        assert unused.sha256 not in text
    attached = {hashlib.sha256(b).hexdigest(): b for b in attachments(path).values()}
    assert set(attached) == {newest.sha256, two.sha256}
    assert attached[newest.sha256] == redacted_bytes
    images = list(embedded_images(path).values())
    assert len(images) == 2
    with Image.open(io.BytesIO(redacted_bytes)) as im:
        assert any(same_pixels(image, im.convert("RGB")) for image in images)
    with Image.open(io.BytesIO(original)) as im:
        assert not any(same_pixels(image, im.convert("RGB")) for image in images)
    check = check_report(path)  # the redacted copy is what is printed, attached and found in the vault
    assert check.ok
    check_against_vault(check, s.vault.repos)
    assert check.ok and all(f.in_vault for f in check.files)
    # A derived copy is never an item of its own in any report.
    for kind in (ReportKind.POLICE, ReportKind.EMPLOYEE):
        other = text_of(make_report(report_case, kind, tmp_path / f"{kind.value}.pdf"))
        assert one.sha256 in other
        assert newest.sha256 not in other and annotated.sha256 not in other
        assert f"{newest.title}" not in other


def test_hr_export_holds_only_notes_for_hr_and_no_canary(report_case: ReportCase, tmp_path: Path) -> None:
    path = make_report(report_case, ReportKind.HR, tmp_path / "hr.pdf")
    assert_absent(path, tmp_path, (*SECRETS, NOTE_EMPLOYEE, CONVERSATION_EMPLOYEE), (NOTE_HR, CONVERSATION_HR))


def test_employee_copy_holds_employee_and_hr_notes_and_no_canary(report_case: ReportCase, tmp_path: Path) -> None:
    path = make_report(report_case, ReportKind.EMPLOYEE, tmp_path / "medewerker.pdf")
    assert_absent(path, tmp_path, SECRETS, (NOTE_EMPLOYEE, NOTE_HR, CONVERSATION_HR, CONVERSATION_EMPLOYEE))


@pytest.mark.parametrize("kind", [ReportKind.POLICE, ReportKind.NOTICE])
def test_police_report_and_notice_hold_no_note_at_all(report_case: ReportCase, tmp_path: Path,
                                                      kind: ReportKind) -> None:
    path = make_report(report_case, kind, tmp_path / f"{kind.value}.pdf")
    assert_absent(path, tmp_path, (*SECRETS, NOTE_EMPLOYEE, NOTE_HR, CONVERSATION_HR, CONVERSATION_EMPLOYEE), ())


# Consent -------------------------------------------------------------------------------------------

def _bare_case(session: Session) -> tuple[Case, EvidenceItem]:
    """A case with one item and no consent at all."""
    case = session.cases.create("Zonder toestemming", Employee(pseudonym="Medewerker T"))
    item = session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.PASTED, title="Bericht")
    return case, item


@pytest.mark.parametrize(("kind", "scope"), [(ReportKind.POLICE, ConsentScope.POLICE_REPORT),
                                             (ReportKind.HR, ConsentScope.SHARE_WITH_HR),
                                             (ReportKind.NOTICE, ConsentScope.PLATFORM_REPORT)])
def test_consent_gates_police_hr_and_notice(session: Session, kind: ReportKind,
                                            scope: ConsentScope) -> None:
    case, _ = _bare_case(session)
    with pytest.raises(ConsentRequiredError) as raised:
        session.reports.prepare(case, kind, ReportOptions(deterministic=True))
    assert raised.value.scope == scope
    # Consent for another step does not count.
    others = [s for s in (ConsentScope.POLICE_REPORT, ConsentScope.SHARE_WITH_HR, ConsentScope.PLATFORM_REPORT)
              if s != scope]
    for other in others:
        session.cases.record_consent(case, other, case.opened_on, "mondeling")
    with pytest.raises(ConsentRequiredError):
        session.reports.prepare(case, kind, ReportOptions(deterministic=True))
    assert session.reports.exports(case) == []


def test_consent_given_then_withdrawn(session: Session) -> None:
    case, _ = _bare_case(session)
    consent = session.cases.record_consent(case, ConsentScope.POLICE_REPORT, case.opened_on, "mondeling")
    assert session.reports.prepare(case, ReportKind.POLICE).items
    session.cases.withdraw_consent(case, consent, case.opened_on)
    with pytest.raises(ConsentRequiredError):
        session.reports.prepare(case, ReportKind.POLICE)


def test_employee_copy_needs_no_consent(session: Session, tmp_path: Path) -> None:
    case, item = _bare_case(session)
    data = session.reports.prepare(case, ReportKind.EMPLOYEE, ReportOptions(deterministic=True))
    export = session.reports.write(data, tmp_path / "medewerker.pdf")
    assert export.item_count == 1
    assert item.sha256 in text_of(tmp_path / "medewerker.pdf")


def test_written_override_opens_the_hr_export_and_says_so(session: Session, tmp_path: Path) -> None:
    case, _ = _bare_case(session)
    session.workflow.override(case, GatedAction.SHARE_WITH_HR,
                              "De medewerker is langdurig onbereikbaar en HR moet nu maatregelen nemen.")
    data = session.reports.prepare(case, ReportKind.HR, ReportOptions(deterministic=True))
    assert data.override is not None
    session.reports.write(data, tmp_path / "hr.pdf")
    text = text_of(tmp_path / "hr.pdf")
    assert W("override_value", date=data.override.at_utc[:10]) in text


# The shared-with log and the audit log -------------------------------------------------------------

def test_every_export_is_logged_with_the_hash_of_the_file(report_case: ReportCase, tmp_path: Path) -> None:
    s, case = report_case.session, report_case.case
    written = []
    for kind, recipient in ((ReportKind.POLICE, "Politie Utrecht"), (ReportKind.HR, "HR — J. de Vries"),
                            (ReportKind.EMPLOYEE, "medewerker"), (ReportKind.NOTICE, "X (Twitter)")):
        options = ReportOptions(recipient=recipient, platform_report_id=report_case.platform_report.id)
        data = s.reports.prepare(case, kind, options)
        target = tmp_path / f"{kind.value}.pdf"
        export = s.reports.write(data, target)
        content = target.read_bytes()
        assert export.sha256 == hashlib.sha256(content).hexdigest()
        assert export.byte_size == len(content)
        assert (export.kind, export.recipient, export.item_count, export.language) == (
            kind.value, recipient, len(data.items), "nl")
        written.append(export)
    logged = s.reports.exports(case)
    assert [(e.kind, e.recipient, e.sha256, e.byte_size) for e in logged] == [
        (e.kind, e.recipient, e.sha256, e.byte_size) for e in written]
    audit = [e for e in s.vault.repos.audit.entries(case_ref=case.reference) if e.action == "report_exported"]
    assert len(audit) == len(written)
    for entry, export in zip(audit, written, strict=True):
        assert f"sha256={export.sha256}" in entry.detail
        assert f"kind={export.kind}" in entry.detail
        for secret in (*SECRETS, NOTE_HR, NOTE_EMPLOYEE, export.recipient):
            assert secret not in entry.detail
    assert s.vault.repos.audit.verify().ok


def test_a_report_rendered_but_not_recorded_is_not_in_the_log(report_case: ReportCase, tmp_path: Path) -> None:
    make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf", generated_at=GENERATED_AT)
    assert report_case.session.reports.exports(report_case.case) == []
