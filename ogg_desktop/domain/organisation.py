"""The organisation the counsellor works for: the reporter of a police report and its domicile.

Police reports name the organisation as reporter and its address as the domicile ("domicilie
kiezen"), never the employee's home address, because the police file is visible to the suspect.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum


@dataclass
class Contact:
    """Someone at the organisation in a role (contact person for the police, HR, legal …)."""

    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""

    def is_empty(self) -> bool:
        return not any((self.name, self.role, self.phone, self.email))


class ContactRole(StrEnum):
    """The roles the guidance asks an organisation to name in advance (issue #9)."""

    HR = "hr"
    LEGAL = "legal"
    POLICE = "police"  # the organisation's contact at the police (wijkagent, liaison)
    PUBLIC_TASK = "public_task"  # police contact for employees with a public task, where applicable
    AFTERCARE = "aftercare"  # aftercare provider (e.g. bedrijfsopvangteam, Slachtofferhulp)
    COMPANY_DOCTOR = "company_doctor"  # bedrijfsarts


# How long a closed case is kept by default. There is no fixed legal term (keep only as long as
# needed); confidential counsellors destroy a case once it is closed and counted in the annual report,
# so a year after closing covers the next report. The user can change it per case.
DEFAULT_RETENTION_MONTHS = 12
MAX_RETENTION_MONTHS = 120


@dataclass
class Organisation:
    name: str = ""
    street: str = ""  # street and number
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    kvk: str = ""  # Chamber of Commerce number, optional
    contact: Contact = field(default_factory=Contact)  # contact person / representative at the police
    contacts: dict[str, Contact] = field(default_factory=dict)  # by ContactRole value
    retention_months: int = DEFAULT_RETENTION_MONTHS  # a closed case is kept this long after closing

    def contact_for(self, role: ContactRole) -> Contact:
        """The contact in ``role``; an empty Contact when none is named."""
        return self.contacts.get(role.value) or Contact()

    def address_lines(self) -> list[str]:
        town = " ".join(part for part in (self.postcode, self.city) if part)
        return [line for line in (self.street, town) if line]

    def missing_for_police(self) -> list[str]:
        """What a police report needs and is not filled in: codes for the GUI/CLI to name."""
        missing = []
        if not self.name.strip():
            missing.append("name")
        if not self.street.strip() or not self.city.strip():
            missing.append("address")
        if not self.contact.name.strip():
            missing.append("contact")
        return missing

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Organisation:
        if not text:
            return cls()
        raw = json.loads(text)
        known = {f.name for f in fields(cls)} - {"contact", "contacts", "retention_months"}
        contact = _contact(raw.get("contact") or {})
        roles = {role.value for role in ContactRole}
        contacts = {role: _contact(value) for role, value in (raw.get("contacts") or {}).items()
                    if role in roles and isinstance(value, dict)}
        return cls(contact=contact, contacts=contacts, retention_months=_months(raw.get("retention_months")),
                   **{k: str(v) for k, v in raw.items() if k in known})


def _months(raw: object) -> int:
    """A stored retention period; the default when absent or not a sensible number of months."""
    try:
        months = int(str(raw))
    except ValueError:
        return DEFAULT_RETENTION_MONTHS
    return months if 1 <= months <= MAX_RETENTION_MONTHS else DEFAULT_RETENTION_MONTHS


def _contact(raw: dict[str, object]) -> Contact:
    names = {f.name for f in fields(Contact)}
    return Contact(**{k: str(v) for k, v in raw.items() if k in names})
