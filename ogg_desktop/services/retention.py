"""Retention: which cases have reached their retention date, extending one with a reason, and
destroying a case so that no page of the vault still holds it.

Destruction removes the case, its evidence (original bytes, thumbnails, derived copies), notes,
checklist, consents, every workflow record, the "shared with" log, its accounts and the people no
other case refers to, and its full-text index entries, and merges the full-text index (a deleted row of
the contentless index is only marked deleted; its words stay in the index's pages until a merge), all
in one transaction. The audit log keeps one entry without content: the reference and how many rows of
each kind went. Then the write-ahead log is checkpointed. With ``secure_delete`` the freed pages were
zeroed, so the case's text and images are gone from the decrypted pages of the file
(tests/integration/test_secure_delete.py checks this page by page). Backups made earlier still hold
the case.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ogg_desktop.domain.case import Case, validate_case
from ogg_desktop.domain.clock import now_utc, utc_iso
from ogg_desktop.domain.notes import Note, Visibility
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.vault.repositories.retention import ExpiredCase, RetentionRepository
from ogg_desktop.vault.vault import Vault

MIN_REASON = 20

# The order of the counts in the audit entry of a destruction (a fixed, content-free list).
COUNT_KINDS = (
    "evidence", "notes", "checklist", "consents", "conversations", "aftercare", "platform_reports",
    "police_reports", "legal_actions", "referrals", "consent_overrides", "exports", "case_people",
    "case_accounts", "accounts", "people", "other",
)


class ReferenceMismatchError(ValueError):
    """The reference typed to confirm a destruction is not the case's reference: nothing was removed."""


@dataclass(frozen=True)
class Destruction:
    reference: str
    counts: dict[str, int]
    checkpointed: bool  # False: another connection held the log; the next lock of the vault completes it


def default_extension_heading(until: date) -> str:
    """The first words of the note an extension leaves (the GUI passes its translated form)."""
    return f"Bewaartermijn verlengd tot {until.strftime('%d-%m-%Y')}"


class RetentionService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def repo(self) -> RetentionRepository:
        return RetentionRepository(self.vault.conn)

    def expired(self, today: date | None = None) -> list[ExpiredCase]:
        """Cases whose retention date is ``today`` or earlier (destroyed cases are gone altogether)."""
        return self.repo.expired(today or now_utc().astimezone().date())

    def extend(self, case: Case, until: date, reason: str, heading: str | None = None,
               today: date | None = None) -> Note:
        """Move the retention date to ``until`` (after today and after the current date), keeping the
        reason as a counsellor-only note on the case; the audit log gets the new date only."""
        assert case.id is not None
        text = " ".join(reason.split())
        day = today or now_utc().astimezone().date()
        problems = []
        if len(text) < MIN_REASON:
            problems.append("retention_reason_too_short")
        if until <= day or (case.retention_until is not None and until <= case.retention_until):
            problems.append("retention_not_later")
        problems += validate_case(replace(case, retention_until=until))
        if problems:
            raise InvalidInputError(problems)
        note = Note(case.id, f"{heading or default_extension_heading(until)}: {text}", Visibility.COUNSELLOR_ONLY,
                    author=self.vault.actor)
        with self.vault.transaction() as repos:
            if repos.cases.get(case.id) is None:
                raise KeyError(case.id)
            self.repo.set_retention(case.id, until, utc_iso())
            repos.notes.add(note)
            repos.audit.append(self.vault.actor, "retention_extended", "case", case.id, case.reference,
                               detail=f"until={until.isoformat()};note={note.id}")
        case.retention_until = until
        return note

    def destroy(self, case: Case, confirm_reference: str) -> Destruction:
        """Remove the case for good. ``confirm_reference`` is what the user typed: it must be the case's
        reference (case and surrounding spaces aside), or nothing happens."""
        assert case.id is not None
        if confirm_reference.strip().casefold() != case.reference.casefold():
            raise ReferenceMismatchError(confirm_reference)
        repo = self.repo
        with self.vault.transaction() as repos:
            stored = repos.cases.get(case.id)
            if stored is None:
                raise KeyError(case.id)
            if stored.reference != case.reference:
                raise ReferenceMismatchError(confirm_reference)
            removed = repo.destroy_case(case.id, stored.reference)
            counts = {kind: removed.get(kind, 0) for kind in COUNT_KINDS}
            repos.audit.append(self.vault.actor, "case_destroyed", "case", case.id, stored.reference,
                               detail=";".join(f"{kind}={n}" for kind, n in counts.items()))
            repo.optimize_search_index()
        return Destruction(stored.reference, counts, repo.checkpoint())
