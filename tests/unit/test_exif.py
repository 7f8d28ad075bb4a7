"""A photo's EXIF as readable facts: camera, time taken (in the Exif sub-directory) and GPS position."""

from __future__ import annotations

import io

from PIL import ExifTags, Image

from ogg_desktop.capture.exif import photo_facts
from tests.conftest import png_bytes


def photo(fmt: str = "JPEG") -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Fabrikant BV"  # Make
    exif[0x0110] = "Telefoon X1"  # Model
    exif[0x0131] = "Camera 2.0"  # Software
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[0x9003] = "2026:03:01 14:05:00"  # DateTimeOriginal
    sub[0x927C] = b"\x00\x01\x02\x03binary maker note"  # MakerNote
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[1], gps[2], gps[3], gps[4] = "N", (52.0, 22.0, 26.5), "W", (4.0, 53.0, 22.9)
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), "#808080").save(buf, format=fmt, exif=exif)
    return buf.getvalue()


def test_camera_time_and_position_first() -> None:
    facts = photo_facts(photo())
    assert facts[:4] == [
        ("Make", "Fabrikant BV"), ("Model", "Telefoon X1"), ("DateTimeOriginal", "2026:03:01 14:05:00"),
        ("GPS", "52.374028° N, 4.889694° W"),
    ]
    names = [name for name, _ in facts]
    assert "Software" in names
    assert not {"ExifOffset", "GPSInfo", "MakerNote"} & set(names)  # pointers and blobs are left out


def test_exif_in_png_and_webp_too() -> None:
    assert ("Make", "Fabrikant BV") in photo_facts(photo("PNG"))
    assert ("Make", "Fabrikant BV") in photo_facts(photo("WEBP"))


def test_no_exif_or_no_image_gives_nothing() -> None:
    assert photo_facts(png_bytes()) == []
    assert photo_facts(b"") == []
    assert photo_facts(b"\xff\xd8\xff\xe1 broken") == []
