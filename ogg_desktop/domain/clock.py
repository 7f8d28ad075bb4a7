"""Time as the vault records it: UTC, ISO 8601, second precision; local time with its offset."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def utc_iso(moment: datetime | None = None) -> str:
    return (moment or now_utc()).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_iso(moment: datetime | None = None) -> str:
    return (moment or now_utc()).astimezone().isoformat(timespec="seconds")


def parse_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def date_text(value: date | None) -> str | None:
    return value.isoformat() if value else None
