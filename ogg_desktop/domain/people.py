"""People, accounts and the roles they play in a case."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ogg_desktop.domain.evidence import Confidence


class Role(StrEnum):
    POSTER = "poster"
    ACCOUNT_HOLDER = "account_holder"
    WITNESS = "witness"
    OTHER = "other"  # tagged colleague, someone who shared it, …


@dataclass
class Person:
    name: str
    description: str = ""
    work_contact: str = ""
    id: int | None = None


@dataclass
class Account:
    """platform + handle + profile URL + display name; whose it is is a separate, hedged claim."""

    platform: str
    handle: str = ""
    profile_url: str = ""
    display_name: str = ""
    holder_person_id: int | None = None
    holder_confidence: Confidence = Confidence.UNKNOWN
    holder_basis: str = ""
    id: int | None = None

    def label(self) -> str:
        who = self.handle or self.display_name or self.profile_url
        return f"{self.platform}: {who}" if who else self.platform


@dataclass
class Involvement:
    """A person in a role in one case."""

    case_id: int
    person: Person
    role: Role
    note: str = ""
    id: int | None = None
