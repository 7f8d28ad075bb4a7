"""Web addresses typed in the evidence form: a warning for what does not look like one, never a refusal."""

from __future__ import annotations

from urllib.parse import urlsplit


def looks_like_web_address(text: str) -> bool:
    """http(s)://host/…, with a host that has a dot (or is localhost / an IP address), and no spaces.
    Empty counts as fine: the field is optional."""
    text = text.strip()
    if not text:
        return True
    if any(c.isspace() for c in text):
        return False
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host) and (
        "." in host.strip(".") or ":" in host or host == "localhost")
