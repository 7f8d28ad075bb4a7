"""A transcript suggestion by OCR, when Tesseract is installed. No Qt.

Tesseract is an optional program on the PATH. The image goes to it through stdin and the text comes
back through stdout (``tesseract stdin stdout``): case data never lands in a temporary file outside
the vault. Everything here fails quietly — no Tesseract, no suitable language, a timeout or a crash
all give ``None`` — because OCR is only ever a suggestion the counsellor checks.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageOps

WANTED_LANGUAGES = ("nld", "eng")  # the transcript is usually Dutch, often mixed with English
LIST_TIMEOUT = 10.0
READ_TIMEOUT = 120.0
# Screenshots carry small text; Tesseract reads text best at about 30 px high, so small images are enlarged.
UPSCALE_BELOW = 2500
_LANGUAGE = re.compile(r"^[A-Za-z0-9_]+$")


@dataclass(frozen=True)
class OcrEngine:
    program: str
    languages: tuple[str, ...]  # the wanted ones that are installed, in WANTED_LANGUAGES order

    @property
    def missing_languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in WANTED_LANGUAGES if lang not in self.languages)


def find_engine() -> OcrEngine | None:
    """Tesseract on the PATH with Dutch and/or English, or None. Looked up once per PATH value."""
    return _find_engine(os.environ.get("PATH", ""))


@lru_cache(maxsize=8)
def _find_engine(path_value: str) -> OcrEngine | None:
    program = shutil.which("tesseract", path=path_value)
    if program is None:
        return None
    try:
        result = subprocess.run(  # noqa: S603 - a fixed argument list, no shell
            [program, "--list-langs"], capture_output=True, timeout=LIST_TIMEOUT, check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None
    # Tesseract prints a header line, then one language code a line (to stdout or, in older versions, stderr).
    output = (result.stdout + b"\n" + result.stderr).decode("utf-8", "replace")
    installed = {line.strip() for line in output.splitlines() if _LANGUAGE.match(line.strip())}
    languages = tuple(lang for lang in WANTED_LANGUAGES if lang in installed)
    return OcrEngine(program, languages) if languages else None


def prepare(data: bytes) -> bytes:
    """The image as a greyscale PNG, enlarged twice when small; in memory only."""
    with Image.open(io.BytesIO(data)) as img:
        img.seek(0)  # an animated GIF: its first frame
        upright = ImageOps.exif_transpose(img)  # a photo's orientation, as a viewer shows it
        grey = upright.convert("RGBA") if upright.mode in ("P", "PA", "LA", "RGBA") else upright
        if grey.mode == "RGBA":  # transparent parts become white, not black
            background = Image.new("RGBA", grey.size, "white")
            grey = Image.alpha_composite(background, grey)
        grey = grey.convert("L")
        if max(grey.size) < UPSCALE_BELOW:
            grey = grey.resize((grey.width * 2, grey.height * 2), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        grey.save(buf, format="PNG", compress_level=1)
        return buf.getvalue()


def command(engine: OcrEngine) -> list[str]:
    """Read the image from stdin, write the text to stdout: nothing is written to disk."""
    return [engine.program, "stdin", "stdout", "-l", "+".join(engine.languages)]


def read_text(data: bytes, timeout: float = READ_TIMEOUT) -> str | None:
    """The text Tesseract reads in the image ``data`` (any format Pillow decodes), or None when OCR is
    unavailable or fails. An image without text gives an empty string."""
    engine = find_engine()
    if engine is None:
        return None
    try:
        prepared = prepare(data)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "2")  # Tesseract's OpenMP otherwise takes every core and gets slower
    try:
        result = subprocess.run(  # noqa: S603 - a fixed argument list, no shell
            command(engine), input=prepared, capture_output=True, timeout=timeout, check=False, env=env,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None
    text = result.stdout.decode("utf-8", "replace").replace("\f", "")
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)
