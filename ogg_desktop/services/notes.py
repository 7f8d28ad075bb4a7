"""Notes, and the seven-step checklist."""

from __future__ import annotations

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.checklist import ChecklistEntry, validate_entry
from ogg_desktop.domain.notes import Note, Visibility
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.vault.vault import Vault


class NoteService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, case: Case, body: str, visibility: Visibility) -> Note:
        assert case.id is not None
        if not body.strip():
            raise InvalidInputError(["note_empty"])
        note = Note(case.id, body, visibility, author=self.vault.actor)
        with self.vault.transaction() as repos:
            repos.notes.add(note)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "note_added", "note", note.id or "", case.reference,
                               detail=f"visibility={visibility.value}")
        return note

    def update(self, case: Case, note: Note) -> None:
        assert note.id is not None and case.id is not None
        if not note.body.strip():
            raise InvalidInputError(["note_empty"])
        with self.vault.transaction() as repos:
            before = repos.notes.get(note.id)
            if before is None:
                raise KeyError(note.id)
            if (before.body, before.visibility) == (note.body, note.visibility):
                return
            repos.notes.update(note)
            repos.cases.touch(case.id)
            fields = [n for n, changed in (("body", before.body != note.body),
                                           ("visibility", before.visibility != note.visibility)) if changed]
            repos.audit.append(self.vault.actor, "note_updated", "note", note.id, case.reference,
                               detail="fields=" + ",".join(fields))

    def delete(self, case: Case, note: Note) -> None:
        assert note.id is not None and case.id is not None
        with self.vault.transaction() as repos:
            repos.notes.delete(note.id)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "note_deleted", "note", note.id, case.reference)

    def for_case(self, case: Case) -> list[Note]:
        assert case.id is not None
        return self.vault.repos.notes.for_case(case.id)


class ChecklistService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def for_case(self, case: Case) -> list[ChecklistEntry]:
        assert case.id is not None
        return self.vault.repos.checklist.for_case(case.id)

    def save(self, case: Case, entry: ChecklistEntry) -> None:
        assert case.id is not None
        problems = validate_entry(entry)
        if problems:
            raise InvalidInputError(problems)
        with self.vault.transaction() as repos:
            repos.checklist.save(case.id, entry)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "checklist_updated", "step", entry.step.value, case.reference,
                               detail=f"state={entry.state.value}")
