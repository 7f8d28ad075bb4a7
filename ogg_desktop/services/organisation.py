"""The organisation profile, kept in the vault's settings: it feeds every report."""

from __future__ import annotations

from ogg_desktop.domain.organisation import Organisation
from ogg_desktop.vault.vault import Vault

ORGANISATION_KEY = "organisation"


class OrganisationService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def get(self) -> Organisation:
        return Organisation.from_json(self.vault.repos.meta.get(ORGANISATION_KEY))

    def set(self, organisation: Organisation) -> None:
        with self.vault.transaction() as repos:
            repos.meta.set(ORGANISATION_KEY, organisation.to_json())
            repos.audit.append(self.vault.actor, "settings_changed", detail="organisation")
