"""Review mode with two monitors, on a real X server (Xorg's dummy driver: 1920x1080 and 2560x1440).

The counsellor's main window stays on the first monitor; the employee's view fills the other one. Both
follow the same evidence item, whichever side moves. Qt chooses its platform once per process, so the
windows run in a helper process (drive_review.py) under QT_QPA_PLATFORM=xcb.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ogg_desktop.domain.case import Employee
from ogg_desktop.domain.evidence import CaptureMethod, chronological_key
from ogg_desktop.services.session import Session
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE, png_bytes
from tests.integration.pattern import MONITOR_2

ROOT = Path(__file__).resolve().parents[2]


def _vault(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    try:
        session = Session.on(vault)
        session.cases.create("ANDERE-ZAAK-XK42")
        case = session.cases.create("Onder review: bericht op LinkedIn", Employee(pseudonym="Medewerker A"))
        items = []
        for colour, posted in (("#aa3333", date(2026, 3, 3)), ("#33aa33", date(2026, 1, 1)),
                               ("#3333aa", date(2026, 2, 2))):
            item = session.evidence.import_bytes(case, png_bytes(640, 400, colour), method=CaptureMethod.REGION,
                                                 title=f"Bericht van {posted.isoformat()}")
            item.posted_on = posted
            session.evidence.update_details(case, item)
            items.append(item)
        return path, [i.id or 0 for i in sorted(items, key=chronological_key)]
    finally:
        vault.close()


def _drive(display: str, tmp_path: Path, vault: Path) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_SCALE_FACTOR", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", OGG_LANG="nl", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "tests.integration.drive_review", str(vault), PASSPHRASE,
                             "--settings", str(tmp_path / "settings.ini"), "--shot", str(tmp_path / "review.png")],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False)
    assert result.returncode == 0, (result.stdout, result.stderr)
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.xserver
def test_review_goes_to_the_other_monitor_and_both_follow_the_same_item(multi_monitor_display: str,
                                                                         tmp_path: Path) -> None:
    vault, chronological = _vault(tmp_path)
    report = _drive(multi_monitor_display, tmp_path, vault)
    assert len(report["screens"]) == 2
    assert report["two_screens"] is True
    assert report["main_screen"] == report["screens"][0]["name"]
    assert report["review_screen"] == report["screens"][1]["name"] != report["main_screen"]
    assert report["review_fullscreen"] is True
    assert report["review_geometry"] == list(MONITOR_2) == report["screens"][1]["geometry"]
    # The counsellor keeps the full main window, usable.
    assert report["main_visible"] is True and report["main_enabled"] is True
    # The employee walks forward: the counsellor's evidence list follows, item by item, oldest first.
    assert report["chronological"] == chronological
    employee_steps = [s for s in report["steps"] if s["by"] == "employee"]
    assert [s["employee"] for s in employee_steps] == chronological
    assert all(s["counsellor"] == s["employee"] and s["counsellor_tab_is_evidence"] for s in employee_steps)
    # The counsellor picks an item: the employee's view follows.
    counsellor_steps = [s for s in report["steps"] if s["by"] == "counsellor"]
    assert [s["employee"] for s in counsellor_steps] == chronological[:2]
    assert all(s["counsellor"] == s["employee"] for s in counsellor_steps)
    # The passphrase is asked on the employee's monitor; afterwards only the main window is left.
    assert report["dialog_screen"] == report["review_screen"]
    assert report["ended"] is True and report["review_visible_after"] is False and report["main_visible_after"] is True
    assert (tmp_path / "review.png").stat().st_size > 0
