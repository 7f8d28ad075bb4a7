"""Images become evidence only when Pillow decodes them; the original bytes are what is stored."""

from __future__ import annotations

import functools
import hashlib
import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from ogg_desktop.capture.images import ImageRejectedError, inspect_image
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes


def noisy(width: int = 64, height: int = 48) -> Image.Image:
    """Random pixels: no two encodings collapse to a trivial file."""
    return Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))


def encode(img: Image.Image, fmt: str, **kwargs: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kwargs)
    return buf.getvalue()


NOISY_PNG = encode(noisy(), "PNG")


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


@functools.cache
def bomb_png(side: int = 30_000) -> bytes:
    """A real, valid 1-bit greyscale PNG of side x side pixels that compresses to ~100 KB."""
    row = b"\x00" + b"\x00" * ((side + 7) // 8)  # filter byte + packed bits
    comp = zlib.compressobj(9)
    parts = [comp.compress(row) for _ in range(side)]
    parts.append(comp.flush())
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", b"".join(parts))
            + png_chunk(b"IEND", b""))


@pytest.fixture
def case(session: Session) -> Case:
    return session.cases.create("Beeldcontrole")


def evidence_and_audit_counts(session: Session, case: Case) -> tuple[int, int]:
    return len(session.evidence.for_case(case)), len(session.vault.repos.audit.entries())


# inspect_image ---------------------------------------------------------------------------------

ACCEPTED = [
    ("PNG", "image/png", {}),
    ("JPEG", "image/jpeg", {"quality": 90}),
    ("WEBP", "image/webp", {}),
    ("GIF", "image/gif", {}),
    ("BMP", "image/bmp", {}),
]


@pytest.mark.parametrize(("fmt", "media_type", "options"), ACCEPTED)
def test_accepted_formats_report_type_size_and_hash(fmt: str, media_type: str, options: dict[str, object]) -> None:
    data = encode(noisy(73, 41), fmt, **options)
    info = inspect_image(data)
    assert info.media_type == media_type
    assert (info.width, info.height) == (73, 41)
    assert info.sha256 == hashlib.sha256(data).hexdigest()


def test_animated_gif_is_accepted_by_its_first_frame() -> None:
    frames = [Image.new("RGB", (30, 20), colour) for colour in ("red", "green", "blue")]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    with Image.open(io.BytesIO(data)) as check:
        assert getattr(check, "n_frames", 1) == 3  # really animated
    info = inspect_image(data)
    assert (info.media_type, info.width, info.height) == ("image/gif", 30, 20)
    assert info.sha256 == hashlib.sha256(data).hexdigest()


def test_jpeg_exif_is_read_and_bytes_are_unchanged(session: Session, case: Case) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Fabrikant BV"  # Make
    exif[0x0110] = "Telefoon X1"  # Model
    data = encode(noisy(), "JPEG", exif=exif)
    info = inspect_image(data)
    assert info.exif.get("Make") == "Fabrikant BV"
    assert info.exif.get("Model") == "Telefoon X1"
    item = session.evidence.import_bytes(case, data, method=CaptureMethod.IMPORTED_FILE, filename="foto.jpg")
    assert item.id is not None
    stored = session.evidence.original_bytes(item.id)
    assert stored == data
    with Image.open(io.BytesIO(stored)) as again:
        assert again.getexif().get(0x010F) == "Fabrikant BV"


def test_png_without_exif_has_empty_exif() -> None:
    assert inspect_image(png_bytes()).exif == {}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"Dit is gewoon tekst, geen plaatje.\n" * 10, "not_an_image"),
        (encode(noisy(), "TIFF"), "unsupported_format"),
        (NOISY_PNG[: len(NOISY_PNG) // 2], "truncated"),
        (encode(Image.new("L", (50_001, 1)), "PNG"), "side_too_long"),
        (encode(Image.new("L", (1, 50_001)), "PNG"), "side_too_long"),
    ],
    ids=["empty", "text", "tiff", "truncated-png", "too-wide", "too-high"],
)
def test_bad_images_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ImageRejectedError) as caught:
        inspect_image(data)
    assert caught.value.reason == reason


def test_exactly_50000_wide_is_accepted() -> None:
    info = inspect_image(encode(Image.new("L", (50_000, 1)), "PNG"))
    assert (info.width, info.height) == (50_000, 1)


def test_decompression_bomb_is_refused_before_decoding() -> None:
    data = bomb_png(30_000)
    assert len(data) < 2_000_000  # small on disk, 900 million pixels when decoded
    with pytest.raises(ImageRejectedError) as caught:
        inspect_image(data)
    assert caught.value.reason == "too_many_pixels"


def test_large_legitimate_image_is_accepted() -> None:
    """81 million pixels (e.g. a stitched full-page screenshot) is big but not a bomb."""
    info = inspect_image(bomb_png(9_000))
    assert (info.media_type, info.width, info.height) == ("image/png", 9_000, 9_000)


# EvidenceService ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("fmt", "media_type", "options"), ACCEPTED)
def test_import_keeps_original_bytes_exactly(session: Session, case: Case, tmp_path: Path, fmt: str,
                                             media_type: str, options: dict[str, object]) -> None:
    data = encode(noisy(50, 30), fmt, **options)
    source = tmp_path / f"bewijs.{fmt.lower()}"
    source.write_bytes(data)
    item = session.evidence.import_file(case, source)
    assert item.id is not None
    assert item.media_type == media_type
    assert (item.width, item.height) == (50, 30)
    assert item.byte_size == len(data)
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.original_filename == source.name
    assert item.method == CaptureMethod.IMPORTED_FILE

    stored = session.evidence.get(item.id)
    assert stored is not None
    assert stored.sha256 == item.sha256
    assert stored.media_type == media_type
    assert session.evidence.original_bytes(item.id) == data

    target = tmp_path / "export.bin"
    session.evidence.export_original(case, stored, target)
    assert target.read_bytes() == data
    actions = [e.action for e in session.vault.repos.audit.entries(case_ref=case.reference)]
    assert actions.count("evidence_added") == 1
    assert actions.count("evidence_exported") == 1


def test_import_audit_entry_names_method_and_hash(session: Session, case: Case) -> None:
    data = png_bytes(text="geheim")
    item = session.evidence.import_bytes(case, data, method=CaptureMethod.PASTED)
    entry = next(e for e in session.vault.repos.audit.entries(case_ref=case.reference) if e.action == "evidence_added")
    assert entry.entity_id == str(item.id)
    assert entry.detail == f"method=pasted;sha256={hashlib.sha256(data).hexdigest()}"


def test_png_named_jpg_is_stored_as_png(session: Session, case: Case, tmp_path: Path) -> None:
    data = png_bytes()
    source = tmp_path / "vermomd.jpg"
    source.write_bytes(data)
    item = session.evidence.import_file(case, source)
    assert item.media_type == "image/png"
    assert item.id is not None
    assert session.evidence.original_bytes(item.id) == data


def _refused_files() -> list[tuple[str, bytes, str]]:
    whole = NOISY_PNG
    return [
        ("leeg.png", b"", "empty"),
        ("half.png", whole[: len(whole) // 2], "truncated"),
        ("tekst.png", "Gewoon tekst met één regel.\n".encode() * 20, "not_an_image"),
        ("bom.png", bomb_png(30_000), "too_many_pixels"),
        ("breed.png", encode(Image.new("L", (50_001, 1)), "PNG"), "side_too_long"),
        ("scan.tiff", encode(noisy(), "TIFF"), "unsupported_format"),
    ]


@pytest.mark.parametrize(("name", "data", "reason"), _refused_files(), ids=[f[0] for f in _refused_files()])
def test_refused_file_stores_nothing(session: Session, case: Case, tmp_path: Path, name: str, data: bytes,
                                     reason: str) -> None:
    session.evidence.import_bytes(case, png_bytes(), method=CaptureMethod.IMPORTED_FILE)  # one good item first
    before = evidence_and_audit_counts(session, case)
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(ImageRejectedError) as caught:
        session.evidence.import_file(case, source)
    assert caught.value.reason == reason
    assert evidence_and_audit_counts(session, case) == before
    assert session.evidence.verify_hashes() == (1, [])


def test_directory_is_refused_as_not_an_image(session: Session, case: Case, tmp_path: Path) -> None:
    folder = tmp_path / "map.png"
    folder.mkdir()
    before = evidence_and_audit_counts(session, case)
    with pytest.raises(ImageRejectedError) as caught:
        session.evidence.import_file(case, folder)
    assert caught.value.reason == "not_an_image"
    assert evidence_and_audit_counts(session, case) == before


def test_missing_file_raises_file_not_found(session: Session, case: Case, tmp_path: Path) -> None:
    before = evidence_and_audit_counts(session, case)
    with pytest.raises(FileNotFoundError):
        session.evidence.import_file(case, tmp_path / "bestaat-niet.png")
    assert evidence_and_audit_counts(session, case) == before
