"""Cases: create, edit, list, consents. Every change is saved at once and audited."""

from __future__ import annotations

from dataclasses import fields as dc_fields
from datetime import date

from ogg_desktop.domain.case import Case, CaseStatus, Consent, ConsentScope, Employee, validate_case
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.deadlines import add_months
from ogg_desktop.domain.organisation import Organisation
from ogg_desktop.services.organisation import ORGANISATION_KEY
from ogg_desktop.vault.repositories.cases import CaseSummary
from ogg_desktop.vault.vault import Vault


class InvalidInputError(ValueError):
    """User input a person must correct; ``problems`` are codes the GUI/CLI translate."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(", ".join(problems))
        self.problems = problems


def changed_fields(before: object, after: object) -> list[str]:
    """Names only: the audit log records what changed, never the content."""
    names = []
    for f in dc_fields(before):  # type: ignore[arg-type]
        old, new = getattr(before, f.name), getattr(after, f.name)
        if f.name == "employee":
            names += [f"employee.{n}" for n in changed_fields(old, new)]
        elif f.name not in ("updated_at",) and old != new:
            names.append(f.name)
    return names


class CaseService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def create(self, title: str, employee: Employee | None = None, opened_on: date | None = None,
               summary: str = "") -> Case:
        opened = opened_on or now_utc().astimezone().date()
        case = Case(reference="", title=title.strip(), opened_on=opened, employee=employee or Employee(),
                    summary=summary)
        problems = validate_case(case)
        if problems:
            raise InvalidInputError(problems)
        with self.vault.transaction() as repos:
            case.reference = repos.cases.next_reference(opened.year)
            repos.cases.add(case)
            assert case.id is not None
            repos.checklist.create_for_case(case.id)
            repos.audit.append(self.vault.actor, "case_created", "case", case.id, case.reference)
        return case

    def update(self, case: Case) -> list[str]:
        """Save ``case``; returns the names of the fields that changed (empty: nothing saved)."""
        if case.status == CaseStatus.CLOSED and case.closed_on is None:
            case.closed_on = now_utc().astimezone().date()
        if case.status != CaseStatus.CLOSED:
            case.closed_on = None
        problems = validate_case(case)
        if problems:
            raise InvalidInputError(problems)
        assert case.id is not None
        with self.vault.transaction() as repos:
            before = repos.cases.get(case.id)
            if before is None:
                raise KeyError(case.id)
            if case.status == CaseStatus.CLOSED and before.status != CaseStatus.CLOSED and case.retention_until is None:
                case.retention_until = self.default_retention(case)  # the user may change it afterwards
            changed = changed_fields(before, case)
            if not changed:
                return []
            repos.cases.update(case)
            repos.audit.append(self.vault.actor, "case_updated", "case", case.id, case.reference,
                               detail="fields=" + ",".join(changed))
        return changed

    def default_retention(self, case: Case) -> date | None:
        """A closed case's retention date by the organisation's default: closing date plus the period."""
        if case.closed_on is None:
            return None
        months = Organisation.from_json(self.vault.repos.meta.get(ORGANISATION_KEY)).retention_months
        return add_months(case.closed_on, months)

    def get(self, case_id: int) -> Case | None:
        return self.vault.repos.cases.get(case_id)

    def find(self, reference_or_id: str) -> Case | None:
        repos = self.vault.repos
        if reference_or_id.isdigit():
            return repos.cases.get(int(reference_or_id))
        return repos.cases.by_reference(reference_or_id.strip())

    def summaries(self, search: str = "", limit: int = 500, offset: int = 0, order: str = "opened",
                  descending: bool = True) -> list[CaseSummary]:
        return self.vault.repos.cases.summaries(search, limit, offset, order, descending)

    def count(self) -> int:
        return self.vault.repos.cases.count()

    # Consents -------------------------------------------------------------------------------
    def record_consent(self, case: Case, scope: ConsentScope, given_on: date, how: str, note: str = "") -> Consent:
        assert case.id is not None
        consent = Consent(scope, given_on, how, note=note)
        with self.vault.transaction() as repos:
            repos.cases.add_consent(case.id, consent)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "consent_given", "consent", consent.id or "", case.reference,
                               detail=f"scope={scope.value}")
        return consent

    def withdraw_consent(self, case: Case, consent: Consent, on: date) -> None:
        assert case.id is not None and consent.id is not None
        with self.vault.transaction() as repos:
            repos.cases.withdraw_consent(consent.id, on)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "consent_withdrawn", "consent", consent.id, case.reference,
                               detail=f"scope={consent.scope.value}")
        consent.withdrawn_on = on

    def consents(self, case: Case) -> list[Consent]:
        assert case.id is not None
        return self.vault.repos.cases.consents(case.id)
