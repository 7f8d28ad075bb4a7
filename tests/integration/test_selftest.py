"""``ogg-desktop --self-test``: the real program, end to end, on the X server pytest-xvfb provides.

It creates a real SQLCipher vault (production key derivation), a case, a screen capture stored as
evidence, a police report checked against the vault; one line per step, exit 0. Without a screen it
names the failed step in words, exits non-zero, prints no traceback. The temporary folder always goes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

STEPS_NL = [
    "Zelftest van OGG Desktop",
    "Bestanden: lettertypen voor rapporten en de Engelse vertaling zijn aanwezig.",
    "Kluis: versleutelde kluis gemaakt (SQLCipher 4.",
    "Dossier: testdossier OGG-",
    "Schermafbeelding: een gebied van 320×200 beeldpunten van het scherm vastgelegd.",
    "Bewijs: opgeslagen in het dossier; teruggelezen met dezelfde SHA-256",
    "Rapport: bijlage bij aangifte gemaakt (",
    "Controle: de bijlage in het rapport heeft de afgedrukte hash en is gelijk aan het bewijs in de kluis.",
    "Kluiscontrole: hashes, auditlogboek en bestand zijn in orde.",
    "Zelftest geslaagd in ",
]

needs_x = pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs the X server pytest-xvfb starts")


def _env(tmp: Path, display: str | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "OGG_LANG")}
    env.update(PYTHONPATH=str(ROOT), TMPDIR=str(tmp), HOME=str(tmp / "home"))
    if display is not None:
        env["DISPLAY"] = display
    env.update(extra)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=180,
                          check=False)


def _leftovers(tmp: Path) -> list[str]:
    return sorted(p.name for p in tmp.iterdir() if p.name != "home")


@pytest.mark.xserver
@needs_x
def test_self_test_passes_with_one_plain_line_per_step(tmp_path: Path) -> None:
    result = _run(["-m", "ogg_desktop", "--self-test"], _env(tmp_path, os.environ["DISPLAY"]))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(STEPS_NL), result.stdout
    for line, expected in zip(lines, STEPS_NL, strict=True):
        assert line.startswith(expected), (line, expected)
    assert lines[-1].endswith("de tijdelijke map is verwijderd.")
    assert result.stderr == ""
    assert _leftovers(tmp_path) == []  # the temporary vault, capture and report are gone
    assert not (tmp_path / "home" / ".local" / "share" / "ogg-desktop").exists()  # the user's vault untouched


@pytest.mark.xserver
@needs_x
def test_self_test_speaks_english_when_asked(tmp_path: Path) -> None:
    result = _run(["-m", "ogg_desktop", "--self-test"], _env(tmp_path, os.environ["DISPLAY"], OGG_LANG="en"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Screenshot: a region of 320×200 pixels of the screen captured." in result.stdout
    assert "Report: police report annex built (" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("Self-test passed in ")


def test_self_test_without_a_screen_says_what_failed_and_exits_non_zero(tmp_path: Path) -> None:
    result = _run(["-m", "ogg_desktop", "--self-test"], _env(tmp_path, None))
    assert result.returncode == 1
    assert "Kluis: versleutelde kluis gemaakt" in result.stdout  # the steps before it did run
    assert "Schermafbeelding:" not in result.stdout
    assert ("MISLUKT bij 'schermafbeelding': er is geen scherm om vast te leggen (DISPLAY is niet gezet)"
            in result.stderr)
    assert result.stderr.splitlines()[-1] == "Zelftest mislukt; de tijdelijke map is verwijderd."
    assert "Traceback" not in result.stdout + result.stderr
    assert _leftovers(tmp_path) == []


def test_self_test_runs_without_loading_qt(tmp_path: Path) -> None:
    """It starts before the command line (and Qt) is imported, so it works where Qt could not load."""
    code = ("import sys; from ogg_desktop.__main__ import main; rc = main(['--self-test']); "
            "print('QT LOADED' if any(m.startswith('PySide6') for m in sys.modules) else 'NO QT'); sys.exit(rc)")
    result = _run(["-c", code], _env(tmp_path, None))
    assert result.returncode == 1  # no screen here: it stops at the capture, after the vault and the case
    assert "Dossier: testdossier" in result.stdout
    assert result.stdout.splitlines()[-1] == "NO QT"
