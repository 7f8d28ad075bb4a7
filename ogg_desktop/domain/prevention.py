"""The organisation's prevention materials (seed: "Voorkomen"), each an editable document.

- **Wie doet wat** (:class:`PolicyDocument`): who does what at each of the seven steps, as a policy
  to communicate within the organisation.
- **Omgangsafspraken** (:class:`AgreementsDocument`): agreements between client and professional,
  printed as a waiting-room poster and as a flyer.
- **Teamoverleg** (:class:`TeamMeetingDocument`): a one-page agenda item with discussion questions.
- **Zelf googelen** (:class:`SelfSearchDocument`): a checklist to go through with an employee.

Each document is stored as JSON (one row per kind); until the organisation edits it, the default
text (:mod:`ogg_desktop.domain.prevention_defaults`) in the app's language is used.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any, ClassVar

from ogg_desktop.domain.checklist import STEPS, Step
from ogg_desktop.domain.organisation import ContactRole


class PreventionKind(StrEnum):
    POLICY = "policy"  # Wie doet wat
    AGREEMENTS = "agreements"  # Omgangsafspraken
    TEAM_MEETING = "team_meeting"  # Teamoverleg (agenda item)
    SELF_SEARCH = "self_search"  # Zelf googelen


@dataclass
class PolicyStep:
    """One of the seven steps: who is responsible, what they do, and whose contact details go with it."""

    step: Step
    who: str = ""
    what: str = ""
    contact_role: str = ""  # a ContactRole value, or "" for none


@dataclass
class PolicyDocument:
    kind: ClassVar[PreventionKind] = PreventionKind.POLICY
    title: str = ""
    intro: str = ""
    steps: list[PolicyStep] = field(default_factory=list)
    closing: str = ""


@dataclass
class AgreementsDocument:
    kind: ClassVar[PreventionKind] = PreventionKind.AGREEMENTS
    title: str = ""
    intro: str = ""
    agreements: list[str] = field(default_factory=list)
    closing: str = ""


@dataclass
class TeamMeetingDocument:
    kind: ClassVar[PreventionKind] = PreventionKind.TEAM_MEETING
    title: str = ""
    intro: str = ""
    questions: list[str] = field(default_factory=list)
    closing: str = ""


@dataclass
class SelfSearchDocument:
    kind: ClassVar[PreventionKind] = PreventionKind.SELF_SEARCH
    title: str = ""
    intro: str = ""
    platforms: list[str] = field(default_factory=list)  # rows of the search table
    visible: list[str] = field(default_factory=list)  # what to look for: columns of the table
    privacy: list[str] = field(default_factory=list)  # settings to tighten, tick by tick
    risks: list[str] = field(default_factory=list)  # risks to know, tick by tick
    closing: str = ""


PreventionDocument = PolicyDocument | AgreementsDocument | TeamMeetingDocument | SelfSearchDocument

DOCUMENT_TYPES: dict[PreventionKind, type[PreventionDocument]] = {
    PreventionKind.POLICY: PolicyDocument,
    PreventionKind.AGREEMENTS: AgreementsDocument,
    PreventionKind.TEAM_MEETING: TeamMeetingDocument,
    PreventionKind.SELF_SEARCH: SelfSearchDocument,
}

MAX_SEARCH_COLUMNS = 7  # what-is-visible columns that still fit the printed table


def lines(text: str) -> list[str]:
    """The non-empty lines of ``text``, trimmed: how a list is edited as one text field."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def to_json(document: PreventionDocument) -> str:
    return json.dumps(asdict(document), ensure_ascii=False, sort_keys=True)


def _text(raw: dict[str, Any], name: str) -> str:
    value = raw.get(name, "")
    return value if isinstance(value, str) else ""


def _texts(raw: dict[str, Any], name: str) -> list[str]:
    value = raw.get(name) or []
    return [str(v) for v in value if str(v).strip()] if isinstance(value, list) else []


def _policy_steps(raw: object, fallback: list[PolicyStep]) -> list[PolicyStep]:
    """Always the seven steps in order: a step missing from the stored text keeps its default."""
    stored: dict[str, dict[str, Any]] = {}
    if isinstance(raw, list):
        stored = {str(item.get("step")): item for item in raw if isinstance(item, dict)}
    roles = {role.value for role in ContactRole}
    by_step = {entry.step: entry for entry in fallback}
    steps = []
    for step in STEPS:
        item = stored.get(step.value)
        default = by_step.get(step, PolicyStep(step))
        if item is None:
            steps.append(default)
            continue
        role = _text(item, "contact_role")
        steps.append(PolicyStep(step, _text(item, "who"), _text(item, "what"), role if role in roles else ""))
    return steps


def from_json(kind: PreventionKind, text: str, fallback: PreventionDocument) -> PreventionDocument:
    """The stored document; fields that are missing or of the wrong type take ``fallback``'s value."""
    try:
        raw = json.loads(text)
    except ValueError:
        return fallback
    if not isinstance(raw, dict):
        return fallback
    cls = DOCUMENT_TYPES[kind]
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in raw:
            values[f.name] = getattr(fallback, f.name)
        elif f.name == "steps":
            values[f.name] = _policy_steps(raw[f.name], getattr(fallback, "steps", []))
        elif f.type == "str":
            values[f.name] = _text(raw, f.name)
        else:
            values[f.name] = _texts(raw, f.name)
    return cls(**values)
