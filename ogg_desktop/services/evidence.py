"""Evidence: import original bytes with their hash, edit the recorded details, export, verify."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PIL import Image

from ogg_desktop import __version__
from ogg_desktop.capture.images import (
    ImageInfo,
    ImageRejectedError,
    inspect_image,
    make_thumbnail,
    sha256_hex,
    thumbnail_of,
)
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.checklist import Step, StepState
from ogg_desktop.domain.clock import local_iso, now_utc, utc_iso
from ogg_desktop.domain.evidence import EDITABLE_FIELDS, CaptureMethod, EvidenceItem
from ogg_desktop.domain.people import Role
from ogg_desktop.services.cases import changed_fields
from ogg_desktop.vault.atomic import write_atomic
from ogg_desktop.vault.repositories import Repositories
from ogg_desktop.vault.vault import Vault


@dataclass(frozen=True)
class HashMismatch:
    item_id: int
    case_reference: str
    expected: str
    actual: str


class EvidenceService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def import_bytes(self, case: Case, data: bytes, *, method: CaptureMethod, filename: str = "",
                     title: str = "", screen_geometry: str = "", captured_by: str = "",
                     captured_at: datetime | None = None, encoded_from: Image.Image | None = None) -> EvidenceItem:
        """Store ``data`` unchanged as a new item, with a thumbnail. Raises ImageRejectedError for a bad
        image. ``captured_at`` is when the screen was grabbed, if that was earlier than now.
        ``encoded_from``: the image ``data`` is our own PNG encoding of (a fresh capture), so it need
        not be decoded again to be checked and to make the thumbnail."""
        assert case.id is not None
        if encoded_from is not None:
            info = ImageInfo("image/png", encoded_from.width, encoded_from.height, sha256_hex(data))
            thumbnail = thumbnail_of(encoded_from)
        else:
            info = inspect_image(data)
            thumbnail = make_thumbnail(data)
        moment = captured_at or now_utc()
        item = EvidenceItem(
            case_id=case.id, sha256=info.sha256, media_type=info.media_type, byte_size=len(data),
            captured_at_utc=utc_iso(moment), captured_at_local=local_iso(moment), method=method,
            app_version=__version__, width=info.width, height=info.height,
            title=title or Path(filename).name, original_filename=Path(filename).name,
            captured_by=captured_by or _who(), screen_geometry=screen_geometry,
        )
        with self.vault.transaction() as repos:
            repos.evidence.add(item, data)
            assert item.id is not None
            repos.evidence.set_thumbnail(item.id, thumbnail)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "evidence_added", "evidence", item.id or "", case.reference,
                               detail=f"method={method.value};sha256={info.sha256}")
            self._screenshot_step_done(repos, case, moment)
        return item

    def _screenshot_step_done(self, repos: Repositories, case: Case, moment: datetime) -> None:
        """Step 1 of the checklist is done once the case has evidence (unless the user set it otherwise)."""
        assert case.id is not None
        entry = next(e for e in repos.checklist.for_case(case.id) if e.step == Step.SCREENSHOT)
        if entry.state in (StepState.OPEN, StepState.IN_PROGRESS):
            entry.state, entry.done_on, entry.who = StepState.DONE, moment.astimezone().date(), entry.who or _who()
            repos.checklist.save(case.id, entry)
            repos.audit.append(self.vault.actor, "checklist_updated", "step", Step.SCREENSHOT.value, case.reference,
                               detail=f"state={StepState.DONE.value}")

    def derive(self, case: Case, original: EvidenceItem, data: bytes, derivation: str, title: str = "") -> EvidenceItem:
        """A redacted or annotated copy: a new item that points at its original. The original's
        bytes and hash are never touched."""
        assert case.id is not None and original.id is not None
        if original.case_id != case.id:
            raise ValueError("the original belongs to another case")
        info = inspect_image(data)
        moment = now_utc()
        item = EvidenceItem(
            case_id=case.id, sha256=info.sha256, media_type=info.media_type, byte_size=len(data),
            captured_at_utc=utc_iso(moment), captured_at_local=local_iso(moment), method=CaptureMethod.DERIVED,
            app_version=__version__, width=info.width, height=info.height,
            title=title or f"{original.title} ({derivation})", captured_by=_who(),
            original_id=original.id, derivation=derivation,
            platform=original.platform, channel=original.channel, url=original.url, profile_url=original.profile_url,
            handle=original.handle, display_name=original.display_name, posted_at_shown=original.posted_at_shown,
            learned_on=original.learned_on,
        )
        with self.vault.transaction() as repos:
            repos.evidence.add(item, data)
            assert item.id is not None
            repos.evidence.set_thumbnail(item.id, make_thumbnail(data))
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "evidence_derived", "evidence", item.id, case.reference,
                               detail=f"from={original.id};derivation={derivation};sha256={info.sha256}")
        return item

    def import_file(self, case: Case, path: Path, method: CaptureMethod = CaptureMethod.IMPORTED_FILE) -> EvidenceItem:
        try:
            data = path.read_bytes()
        except IsADirectoryError:
            raise ImageRejectedError("not_an_image") from None
        return self.import_bytes(case, data, method=method, filename=path.name)

    def update_details(self, case: Case, item: EvidenceItem) -> list[str]:
        assert item.id is not None
        with self.vault.transaction() as repos:
            before = repos.evidence.get(item.id)
            if before is None:
                raise KeyError(item.id)
            # Capture facts are immutable: take them from the stored row whatever the caller sent.
            merged = replace(before, **{f: getattr(item, f) for f in EDITABLE_FIELDS})
            changed = changed_fields(before, merged)
            if not changed:
                return []
            repos.evidence.update_details(merged)
            repos.cases.touch(before.case_id)
            repos.audit.append(self.vault.actor, "evidence_updated", "evidence", item.id, case.reference,
                               detail="fields=" + ",".join(changed))
        return changed

    def set_witnesses(self, case: Case, item: EvidenceItem, person_ids: list[int]) -> None:
        """The case's people who saw, were tagged in or shared this item (beside its poster)."""
        assert case.id is not None and item.id is not None
        involved = {inv.person.id for inv in self.vault.repos.people.involvements(case.id)}
        unknown = [pid for pid in person_ids if pid not in involved]
        if unknown:
            raise ValueError("people must be involved in the case first")
        with self.vault.transaction() as repos:
            if repos.evidence.people(item.id, Role.WITNESS.value) == sorted(set(person_ids)):
                return
            repos.evidence.set_people(item.id, Role.WITNESS.value, person_ids)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "evidence_updated", "evidence", item.id, case.reference,
                               detail="fields=witnesses")

    def witnesses(self, item: EvidenceItem) -> list[int]:
        assert item.id is not None
        return self.vault.repos.evidence.people(item.id, Role.WITNESS.value)

    def for_case(self, case: Case) -> list[EvidenceItem]:
        assert case.id is not None
        return self.vault.repos.evidence.for_case(case.id)

    def get(self, item_id: int) -> EvidenceItem | None:
        return self.vault.repos.evidence.get(item_id)

    def thumbnail(self, item_id: int) -> bytes:
        """The stored thumbnail; made (and stored) now for items from before thumbnails existed."""
        existing = self.vault.repos.evidence.thumbnail(item_id)
        if existing is not None:
            return existing
        made = make_thumbnail(self.original_bytes(item_id))
        with self.vault.transaction() as repos:
            repos.evidence.set_thumbnail(item_id, made)
        return made

    def original_bytes(self, item_id: int) -> bytes:
        return self.vault.repos.evidence.data(item_id)

    def export_original(self, case: Case, item: EvidenceItem, target: Path) -> None:
        """Write the original bytes to ``target`` (atomically) and log who exported what."""
        assert item.id is not None
        data = self.original_bytes(item.id)
        write_atomic(target, data, mode=0o600)
        with self.vault.transaction() as repos:
            repos.audit.append(self.vault.actor, "evidence_exported", "evidence", item.id, case.reference)

    def verify_hashes(self) -> tuple[int, list[HashMismatch]]:
        """Recompute every item's SHA-256; returns (items checked, mismatches)."""
        checked = 0
        mismatches = []
        for item_id, ref, expected, data in self.vault.repos.evidence.all_hashes():
            checked += 1
            actual = sha256_hex(data) if data is not None else "missing"
            if actual != expected:
                mismatches.append(HashMismatch(item_id, ref, expected, actual))
        return checked, mismatches


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
