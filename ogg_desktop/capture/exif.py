"""A photo's EXIF data as readable facts (camera, time taken, position), for display. No Qt.

``inspect_image`` keeps the first EXIF directory only; the time a photo was taken (DateTimeOriginal)
and its GPS position live in sub-directories, read here. Nothing is changed: the original bytes keep
all their EXIF data whatever is shown.
"""

from __future__ import annotations

import io
import warnings
from fractions import Fraction
from typing import Any

from PIL import ExifTags, Image

# Shown first, in this order; the rest follows alphabetically.
PREFERRED = (
    "Make", "Model", "DateTimeOriginal", "OffsetTimeOriginal", "DateTimeDigitized", "DateTime", "GPS",
    "GPSAltitude", "LensMake", "LensModel", "Software", "HostComputer", "ImageDescription", "Artist", "Copyright",
    "BodySerialNumber", "Orientation", "ExifImageWidth", "ExifImageHeight",
)
# Pointers, binary blobs and version stamps say nothing to a counsellor.
SKIPPED = {
    "ExifOffset", "GPSInfo", "InteropOffset", "MakerNote", "PrintImageMatching", "ComponentsConfiguration",
    "ExifVersion", "FlashPixVersion", "JPEGInterchangeFormat", "JPEGInterchangeFormatLength", "UserComment",
    "SceneType", "FileSource", "CFAPattern", "GPSVersionID", "GPSLatitude", "GPSLatitudeRef", "GPSLongitude",
    "GPSLongitudeRef", "GPSAltitudeRef", "XMLPacket", "InterColorProfile", "StripOffsets", "StripByteCounts",
}
MAX_ITEMS = 40
MAX_TEXT = 120


def photo_facts(data: bytes) -> list[tuple[str, str]]:
    """(EXIF tag name, readable value) pairs; empty when the image has no EXIF or it cannot be read."""
    if data.startswith(b"\x89PNG") and b"eXIf" not in data:
        return []  # Pillow would decode the whole PNG to look for EXIF after the pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as img:
                exif = img.getexif()
                raw: dict[str, Any] = {ExifTags.TAGS.get(tag, str(tag)): value for tag, value in exif.items()}
                for tag, value in exif.get_ifd(ExifTags.IFD.Exif).items():
                    raw.setdefault(ExifTags.TAGS.get(tag, str(tag)), value)
                gps = {ExifTags.GPSTAGS.get(tag, str(tag)): value
                       for tag, value in exif.get_ifd(ExifTags.IFD.GPSInfo).items()}
    except Exception:  # a malformed EXIF block must never stop the evidence from showing
        return []
    facts: dict[str, str] = {}
    for name, value in raw.items():
        text = _text(value)
        if name not in SKIPPED and text:
            facts[name] = text
    position = _position(gps)
    if position:
        facts["GPS"] = position
    if "GPSAltitude" in gps and _text(gps["GPSAltitude"]):
        below = gps.get("GPSAltitudeRef") in (1, b"\x01")
        facts["GPSAltitude"] = ("-" if below else "") + _text(gps["GPSAltitude"]) + " m"
    if "GPSDateStamp" in gps and _text(gps["GPSDateStamp"]):
        facts["GPSDateStamp"] = _text(gps["GPSDateStamp"])
    ordered = [(name, facts[name]) for name in PREFERRED if name in facts]
    ordered += sorted((name, text) for name, text in facts.items() if name not in PREFERRED)
    return ordered[:MAX_ITEMS]


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        if len(value) > MAX_TEXT or any(b < 0x20 and b not in (0x09, 0x0A, 0x0D) for b in value.rstrip(b"\0")):
            return ""  # binary
        value = value.rstrip(b"\0").decode("latin-1")
    if isinstance(value, tuple):
        return ", ".join(filter(None, (_text(v) for v in value)))
    if isinstance(value, float | Fraction) or type(value).__name__ == "IFDRational":
        try:
            number = float(value)
        except (ValueError, ZeroDivisionError):
            return ""
        return f"{number:.6g}"
    text = str(value).replace("\0", "").strip()
    return text[:MAX_TEXT]


def _degrees(parts: Any) -> float | None:
    try:
        d, m, s = (float(p) for p in parts)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return d + m / 60 + s / 3600


def _position(gps: dict[str, Any]) -> str:
    lat, lon = _degrees(gps.get("GPSLatitude")), _degrees(gps.get("GPSLongitude"))
    if lat is None or lon is None:
        return ""
    lat_ref = _text(gps.get("GPSLatitudeRef", "N"))[:1].upper() or "N"
    lon_ref = _text(gps.get("GPSLongitudeRef", "E"))[:1].upper() or "E"
    return f"{lat:.6f}° {lat_ref}, {lon:.6f}° {lon_ref}"
