"""People and accounts in a case."""

from __future__ import annotations

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.people import Account, Involvement, Person, Role
from ogg_desktop.services.cases import InvalidInputError, changed_fields
from ogg_desktop.vault.vault import Vault


class PeopleService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add_person(self, case: Case, person: Person, role: Role, note: str = "") -> Involvement:
        assert case.id is not None
        if not person.name.strip():
            raise InvalidInputError(["name_required"])
        with self.vault.transaction() as repos:
            if person.id is None:
                repos.people.add_person(person)
            assert person.id is not None
            repos.people.involve(case.id, person.id, role, note)
            # involve() is an upsert: when the person already had this role, its lastrowid is not
            # this row's id, so take the id from the stored involvement itself.
            involvement_id = next(i.id for i in repos.people.involvements(case.id)
                                  if i.person.id == person.id and i.role == role)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "person_added", "person", person.id, case.reference,
                               detail=f"role={role.value}")
        return Involvement(case.id, person, role, note, id=involvement_id)

    def update_person(self, case: Case, person: Person) -> list[str]:
        assert person.id is not None and case.id is not None
        if not person.name.strip():
            raise InvalidInputError(["name_required"])
        with self.vault.transaction() as repos:
            before = repos.people.get_person(person.id)
            if before is None:
                raise KeyError(person.id)
            changed = changed_fields(before, person)
            if changed:
                repos.people.update_person(person)
                repos.cases.touch(case.id)
                repos.audit.append(self.vault.actor, "person_updated", "person", person.id, case.reference,
                                   detail="fields=" + ",".join(changed))
        return changed

    def remove_from_case(self, case: Case, involvement: Involvement) -> None:
        assert involvement.id is not None and case.id is not None
        with self.vault.transaction() as repos:
            repos.people.remove_involvement(involvement.id)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "person_removed_from_case", "person",
                               involvement.person.id or "", case.reference, detail=f"role={involvement.role.value}")

    def involvements(self, case: Case) -> list[Involvement]:
        assert case.id is not None
        return self.vault.repos.people.involvements(case.id)

    def add_account(self, case: Case, account: Account) -> Account:
        assert case.id is not None
        if not account.platform.strip():
            raise InvalidInputError(["platform_required"])
        with self.vault.transaction() as repos:
            repos.people.add_account(case.id, account)
            repos.cases.touch(case.id)
            repos.audit.append(self.vault.actor, "account_added", "account", account.id or "", case.reference)
        return account

    def update_account(self, case: Case, account: Account) -> list[str]:
        assert account.id is not None and case.id is not None
        with self.vault.transaction() as repos:
            before = next((a for a in repos.people.accounts(case.id) if a.id == account.id), None)
            if before is None:
                raise KeyError(account.id)
            changed = changed_fields(before, account)
            if changed:
                repos.people.update_account(account)
                repos.cases.touch(case.id)
                repos.audit.append(self.vault.actor, "account_updated", "account", account.id, case.reference,
                                   detail="fields=" + ",".join(changed))
        return changed

    def accounts(self, case: Case) -> list[Account]:
        assert case.id is not None
        return self.vault.repos.people.accounts(case.id)
