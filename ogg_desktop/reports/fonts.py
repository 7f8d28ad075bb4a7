"""The fonts embedded in every report, and text made safe for them.

DejaVu Sans covers Latin (Polish, Turkish, Vietnamese …), Greek, Cyrillic, Arabic and Hebrew; the
text is shaped with HarfBuzz where a script joins or runs right to left, so an Arabic name prints as
it is written. A character the font lacks (an emoji) is printed as its code point and name, e.g.
"[U+1F52A HOCHO]": nothing silently disappears and nothing breaks the build.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGULAR, BOLD, ITALIC, MONO = "OGG-Sans", "OGG-Sans-Bold", "OGG-Sans-Oblique", "OGG-Mono"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}


@cache
def register_fonts() -> None:
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@cache
def _covered(font: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(code for code, glyph in face.charToGlyph.items() if glyph)


def covers(text: str, font: str = REGULAR) -> bool:
    covered = _covered(font)
    return all((ord(ch) in covered and ord(ch) <= 0xFFFF) or ch in "\n\t" for ch in text)


def printable(text: str, font: str = REGULAR) -> str:
    """``text`` with every character the font cannot draw replaced by its code point and name."""
    covered = _covered(font)
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if (code in covered and code <= 0xFFFF) or ch in "\n\t":
            # Beyond the BMP, reportlab's ToUnicode map is not valid UTF-16: such a character would
            # look right but copy out as something else. It is named instead, like a missing glyph.
            out.append(ch)
        elif unicodedata.category(ch) in ("Mn", "Cf") or code in (0xFE0F, 0xFE0E):
            continue  # variation selectors and joiners: nothing to show on their own
        else:
            name = unicodedata.name(ch, "")
            out.append(f"[U+{code:04X}{' ' + name if name else ''}]")
    return "".join(out)


def markup(text: str, font: str = REGULAR) -> str:
    """Plain text as reportlab paragraph markup: printable, XML-escaped, line breaks kept."""
    return escape(printable(text, font)).replace("\n", "<br/>")


_COMPLEX_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x0900, 0x0DFF))


def needs_shaping(text: str) -> bool:
    """Right-to-left or joining scripts (Hebrew, Arabic, Indic): shaped with HarfBuzz."""
    return any(lo <= ord(ch) <= hi for ch in text for lo, hi in _COMPLEX_RANGES)
