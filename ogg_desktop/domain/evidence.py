"""An evidence item: the image exactly as captured plus what the counsellor records about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


def chronological_key(item: EvidenceItem) -> tuple[str, str, int]:
    """Evidence in the order it appeared: the posting date when known, else when it was captured."""
    day = item.posted_on.isoformat() if item.posted_on else item.captured_at_utc[:10]
    return day, item.captured_at_utc, item.id or 0


class CaptureMethod(StrEnum):
    REGION = "region"
    MONITOR = "monitor"
    WINDOW = "window"
    ALL_MONITORS = "all_monitors"
    IMPORTED_FILE = "imported_file"
    PASTED = "pasted"
    PHOTOGRAPHED = "photographed"  # photographed with another device
    DERIVED = "derived"  # a redacted or annotated copy of another item


class Confidence(StrEnum):
    """How sure we are of an attribution; a screenshot alone does not prove who sent a message."""

    UNKNOWN = "unknown"
    SUSPECTED = "suspected"
    LIKELY = "likely"
    CONFIRMED = "confirmed"


PLATFORMS = (
    "LinkedIn", "YouTube", "Facebook", "Instagram", "X (Twitter)", "TikTok", "WhatsApp",
    "Telegram", "Snapchat", "Reddit", "Google Reviews", "Bluesky", "Mastodon", "E-mail",
    "Website", "Anders",
)


@dataclass
class EvidenceItem:
    case_id: int
    sha256: str
    media_type: str
    byte_size: int
    captured_at_utc: str
    captured_at_local: str
    method: CaptureMethod
    app_version: str
    width: int | None = None
    height: int | None = None
    title: str = ""
    original_filename: str = ""
    captured_by: str = ""
    screen_geometry: str = ""
    platform: str = ""
    channel: str = ""
    url: str = ""
    profile_url: str = ""
    handle: str = ""
    display_name: str = ""
    account_id: int | None = None
    poster_person_id: int | None = None
    poster_confidence: Confidence = Confidence.UNKNOWN
    poster_basis: str = ""
    posted_at_shown: str = ""
    posted_on: date | None = None  # the posting date worked out from what is shown, for ordering
    learned_on: date | None = None
    transcript: str = ""
    context: str = ""
    offences: list[str] = field(default_factory=list)
    archived_url: str = ""
    original_id: int | None = None
    derivation: str = ""
    id: int | None = None
    created_at: str = ""


# Fields the counsellor may edit after capture; the image, its hash and capture facts never change.
EDITABLE_FIELDS = (
    "title", "platform", "channel", "url", "profile_url", "handle", "display_name", "account_id",
    "poster_person_id", "poster_confidence", "poster_basis", "posted_at_shown", "posted_on", "learned_on",
    "transcript", "context", "offences", "archived_url",
)
