"""A pseudo-locale for developers: every string ~40% longer, accented and bracketed.

"Nieuw dossier" becomes "[Ñîéüŵ ðôššîéŕ ~~~~]": a dialog that cuts text off in English or in a
longer language shows it at once, and a string that stays plain Dutch was never passed through tr().
{placeholders}, %n / %1, HTML tags, &entities; and the & accelerator (with its letter) are kept
exactly, so the app behaves the same. Not offered in the Taal menu; start the app with
``OGG_LANG=pseudo`` to look at it, or write the files with
``python -m ogg_desktop.gui.pseudo OUT.ts [OUT.qm]``.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from ogg_desktop.gui.i18n import I18N_DIR, PSEUDO

GROWTH = 0.4
# Kept as they are: placeholders, %n and %1, HTML tags, entities, "&&" and an accelerator with its letter.
PROTECTED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:n|L?\d)|<[^<>]*>|&[A-Za-z#0-9]+;|&&|&\w")
ACCENTS = str.maketrans(
    "abcdeghijklnorstuwyzABCDEGHIJKLNORSTUWYZ",
    "åƀçðéĝĥîĵķļñôŕšţüŵýžÅƁÇÐÉĜĤÎĴĶĻÑÖŔŠŢÛŴÝŽ",
)


def pseudo_text(source: str) -> str:
    """``source`` accented, bracketed and padded with '~' to about 1.4 times its length."""
    if not source.strip():
        return source
    parts: list[str] = []
    pos = 0
    for match in PROTECTED.finditer(source):
        parts.append(source[pos:match.start()].translate(ACCENTS))
        parts.append(match.group())
        pos = match.end()
    parts.append(source[pos:].translate(ACCENTS))
    visible = len(PROTECTED.sub("", source))
    padding = max(2, math.ceil(visible * GROWTH) - 3)  # the brackets and the space count too
    # In words of at most five, as a longer language would have: one long run could not wrap.
    tail = " ".join("~" * min(5, padding - i) for i in range(0, padding, 6))
    return f"[{''.join(parts)} {tail}]"


def write_pseudo_ts(source_ts: Path, target_ts: Path) -> int:
    """Writes ``target_ts`` with every message of ``source_ts`` translated by ``pseudo_text``."""
    tree = ET.parse(source_ts)  # noqa: S314 - our own .ts from the repository
    root = tree.getroot()
    root.set("language", "nl_NL")  # two numerus forms, like the Dutch source
    count = 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
        count += 1
    target_ts.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target_ts, encoding="utf-8", xml_declaration=True)
    return count


def lrelease() -> str:
    """pyside6-lrelease from the same environment as the running Python."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise FileNotFoundError("pyside6-lrelease not found: is PySide6 installed?")
    return found


def build_pseudo_qm(source_ts: Path, target_dir: Path | None = None) -> Path:
    """The pseudo .qm for ``source_ts``, rebuilt only when the .ts (or this module) is newer."""
    folder = target_dir or Path(tempfile.gettempdir()) / "ogg-desktop-pseudo"
    qm = folder / f"ogg_desktop_{PSEUDO}.qm"
    newest = max(source_ts.stat().st_mtime, Path(__file__).stat().st_mtime)
    if qm.exists() and qm.stat().st_mtime >= newest:
        return qm
    ts = folder / f"ogg_desktop_{PSEUDO}.ts"
    write_pseudo_ts(source_ts, ts)
    result = subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)],  # noqa: S603 - Qt's own tool
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"lrelease failed on {ts}: {result.stdout}{result.stderr}")
    return qm


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print("usage: python -m ogg_desktop.gui.pseudo OUT.ts [OUT.qm]", file=sys.stderr)
        return 2

    count = write_pseudo_ts(I18N_DIR / "ogg_desktop_en.ts", Path(argv[0]))
    if len(argv) == 2:
        subprocess.run([lrelease(), "-silent", argv[0], "-qm", argv[1]], check=True)  # noqa: S603 - Qt's tool
    print(f"{count} messages written to {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
