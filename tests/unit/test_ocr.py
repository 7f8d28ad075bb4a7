"""OCR suggestions: Tesseract through stdin/stdout only, its languages found, and quiet failure without it."""

from __future__ import annotations

import io
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ogg_desktop.capture import ocr
from tests.conftest import png_bytes


@pytest.fixture(autouse=True)
def fresh_lookup() -> Iterator[None]:
    ocr._find_engine.cache_clear()
    yield
    ocr._find_engine.cache_clear()


def text_png(text: str, size: int = 32) -> bytes:
    img = Image.new("RGB", (40 + size * len(text) * 2 // 3, size * 3), "white")
    ImageDraw.Draw(img).text((16, size), text, fill="black", font=ImageFont.truetype("DejaVuSans.ttf", size))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


# The fake runs with only its own folder on PATH: other programs by their full path.
CAT = shutil.which("cat") or "/bin/cat"
SLEEP = shutil.which("sleep") or "/bin/sleep"


def fake_tesseract(folder: Path, languages: str = "eng nld osd", body: str = 'printf "Ik weet het\\n\\f"') -> Path:
    """A stand-in 'tesseract' that lists ``languages`` and records how it was called."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "tesseract"
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "--list-langs" ]; then\n'
        f"  printf '%s\\n' 'List of available languages in \"/x/\" (3):' {languages}\n"
        "  exit 0\n"
        "fi\n"
        f'echo "$@" > "{folder}/argv"\n'
        f'{CAT} > "{folder}/stdin"\n'
        f"{body}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return folder


def use_path(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setenv("PATH", str(folder))


def test_without_tesseract_nothing_is_available_and_nothing_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    use_path(monkeypatch, empty)
    assert ocr.find_engine() is None
    assert ocr.read_text(png_bytes()) is None


def test_languages_are_found_and_only_installed_ones_are_asked_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = fake_tesseract(tmp_path / "bin", languages="eng osd")
    use_path(monkeypatch, folder)
    engine = ocr.find_engine()
    assert engine is not None
    assert engine.languages == ("eng",) and engine.missing_languages == ("nld",)
    assert ocr.read_text(png_bytes()) == "Ik weet het"  # trailing form feed and blank lines removed
    # Image in through stdin, text out through stdout: no file names, so no temporary files.
    assert (folder / "argv").read_text().split() == ["stdin", "stdout", "-l", "eng"]
    assert (folder / "stdin").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_both_languages_in_preferred_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = fake_tesseract(tmp_path / "bin", languages="osd eng nld deu")
    use_path(monkeypatch, folder)
    engine = ocr.find_engine()
    assert engine is not None and engine.languages == ("nld", "eng") and engine.missing_languages == ()
    assert ocr.command(engine)[1:] == ["stdin", "stdout", "-l", "nld+eng"]


def test_tesseract_without_dutch_or_english_counts_as_unavailable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_path(monkeypatch, fake_tesseract(tmp_path / "bin", languages="osd deu"))
    assert ocr.find_engine() is None
    assert ocr.read_text(png_bytes()) is None


def test_a_hanging_or_failing_tesseract_gives_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_path(monkeypatch, fake_tesseract(tmp_path / "slow", body=f"{SLEEP} 5"))
    assert ocr.read_text(png_bytes(), timeout=0.5) is None
    ocr._find_engine.cache_clear()
    use_path(monkeypatch, fake_tesseract(tmp_path / "broken", body="echo kapot >&2; exit 1"))
    assert ocr.read_text(png_bytes()) is None


def test_not_an_image_gives_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_path(monkeypatch, fake_tesseract(tmp_path / "bin"))
    assert ocr.read_text(b"geen afbeelding") is None


def test_prepare_makes_small_images_grey_and_larger_in_memory() -> None:
    prepared = ocr.prepare(png_bytes(100, 40, "#336699"))
    with Image.open(io.BytesIO(prepared)) as img:
        assert img.format == "PNG" and img.mode == "L" and img.size == (200, 80)
    transparent = Image.new("RGBA", (10, 10), (0, 0, 0, 0))
    buf = io.BytesIO()
    transparent.save(buf, format="PNG")
    with Image.open(io.BytesIO(ocr.prepare(buf.getvalue()))) as img:
        assert img.getpixel((5, 5)) == 255  # transparency reads as white paper, not black


@pytest.mark.skipif(ocr.find_engine() is None, reason="Tesseract with Dutch or English is not installed")
def test_real_tesseract_reads_rendered_text_without_temporary_files(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_temp_files(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("OCR must not write a temporary file")

    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory"):
        monkeypatch.setattr(tempfile, name, no_temp_files)
    text = ocr.read_text(text_png("Ik weet waar je werkt"))
    assert text is not None and "weet" in text
    assert ocr.read_text(png_bytes(200, 100, "white")) == ""  # no text: an empty suggestion, not an error
