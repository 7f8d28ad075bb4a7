"""Reviewing one case together with the employee ("Samen bekijken").

The employee sees only their own case; what they mark as wrong is stored beside the fact, in their own
words, and what they decide about the next steps is recorded as consent. Everything is audited with its
time — the audit detail holds codes and ids only, never what the employee said.
"""

from __future__ import annotations

from datetime import date

from ogg_desktop.domain.case import Case, Consent, ConsentScope
from ogg_desktop.domain.clock import now_utc, utc_iso
from ogg_desktop.domain.evidence import EvidenceItem, chronological_key
from ogg_desktop.domain.notes import Note, visible_to_employee
from ogg_desktop.domain.review import Correction, validate_correction
from ogg_desktop.services.cases import CaseService, InvalidInputError
from ogg_desktop.vault.vault import Vault


def _today() -> date:
    return now_utc().astimezone().date()


class ReviewService:
    def __init__(self, vault: Vault, cases: CaseService) -> None:
        self.vault = vault
        self.cases = cases

    # Starting and leaving -------------------------------------------------------------------
    def start(self, case: Case) -> None:
        """Review mode begins for ``case`` (audited: who looked at which case together, and when)."""
        assert case.id is not None
        with self.vault.transaction() as repos:
            repos.audit.append(self.vault.actor, "review_started", "case", case.id, case.reference)

    def leave(self, case: Case, passphrase: str) -> bool:
        """Leave review mode if ``passphrase`` is the vault's; a wrong one is audited and changes nothing
        else. Raises KeyFileMissingError / KeyFileDamagedError when the key file cannot be read."""
        assert case.id is not None
        ok = self.vault.check_passphrase(passphrase)
        with self.vault.transaction() as repos:
            repos.audit.append(self.vault.actor, "review_ended" if ok else "review_passphrase_wrong", "case",
                               case.id, case.reference)
        return ok

    def end_without_passphrase(self, case: Case) -> None:
        """The app closes from the counsellor's own window (two screens): review ends, audited as such."""
        assert case.id is not None
        with self.vault.transaction() as repos:
            repos.audit.append(self.vault.actor, "review_ended", "case", case.id, case.reference,
                               detail="by=app_closed")

    # What the employee sees -----------------------------------------------------------------
    def items(self, case: Case) -> list[EvidenceItem]:
        """The case's evidence in the order it appeared (posting date, else capture time)."""
        assert case.id is not None
        return sorted(self.vault.repos.evidence.for_case(case.id), key=chronological_key)

    def shared_notes(self, case: Case) -> list[Note]:
        """Only the notes the counsellor marked as shareable with the employee; never the private ones."""
        assert case.id is not None
        return [n for n in self.vault.repos.notes.for_case(case.id) if visible_to_employee(n)]

    def poster_name(self, case: Case, item: EvidenceItem) -> str:
        """Who we believe posted ``item``, if that person is involved in this case (else nothing)."""
        assert case.id is not None
        if item.poster_person_id is None:
            return ""
        return next((inv.person.name for inv in self.vault.repos.people.involvements(case.id)
                     if inv.person.id == item.poster_person_id), "")

    # "Klopt niet" -----------------------------------------------------------------------------
    def mark_wrong(self, case: Case, item: EvidenceItem | None, field: str, shown_text: str,
                   correction: str) -> Correction:
        """Store what the employee says is wrong about ``field`` (of ``item``, or of the case when None).
        The recorded fact itself is not changed. Raises InvalidInputError for an empty correction."""
        assert case.id is not None
        problems = validate_correction(field, correction)
        if problems:
            raise InvalidInputError(problems)
        if item is not None and (item.id is None or item.case_id != case.id):
            raise ValueError("the item belongs to another case")
        record = Correction(case.id, item.id if item is not None else None, field, shown_text,
                            correction.strip(), utc_iso(), self.vault.actor)
        detail = f"field={field}" + (f";item={item.id}" if item is not None else "")
        with self.vault.transaction() as repos:
            repos.corrections.add(record)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "review_correction", "correction", record.id or "",
                               case.reference, detail=detail, at_utc=record.at_utc)
        return record

    def corrections(self, case: Case) -> list[Correction]:
        assert case.id is not None
        return self.vault.repos.corrections.for_case(case.id)

    # Consent ----------------------------------------------------------------------------------
    def active_consents(self, case: Case) -> dict[ConsentScope, Consent | None]:
        """Per step, the consent in force now (or None)."""
        consents = self.cases.consents(case)
        return {scope: next((c for c in reversed(consents) if c.scope == scope and c.active), None)
                for scope in ConsentScope}

    def set_consent(self, case: Case, scope: ConsentScope, given: bool, how: str = "") -> Consent | None:
        """The employee gives (``given``) or withdraws consent for ``scope``. Giving while consent is in
        force, or withdrawing while there is none, records nothing. Returns the consent given, or None."""
        assert case.id is not None
        current = [c for c in self.cases.consents(case) if c.scope == scope and c.active]
        if given:
            if current:
                return current[-1]
            consent = self.cases.record_consent(case, scope, _today(), how)
            self._audit(case, "review_consent_given", consent, scope)
            return consent
        for consent in current:
            self.cases.withdraw_consent(case, consent, _today())
            self._audit(case, "review_consent_withdrawn", consent, scope)
        return None

    def _audit(self, case: Case, action: str, consent: Consent, scope: ConsentScope) -> None:
        with self.vault.transaction() as repos:
            repos.audit.append(self.vault.actor, action, "consent", consent.id or "", case.reference,
                               detail=f"scope={scope.value}")
