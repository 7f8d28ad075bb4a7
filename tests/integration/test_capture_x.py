"""Screen capture on a real X server with two monitors: known pixels on the screen, captured exactly.

A helper process (show_pattern.py) puts a known pattern on each monitor; the real CLI captures a region,
a monitor or the whole desktop; the stored bytes are read back from the vault and compared byte for byte
with the pattern. The real overlay is driven by synthetic mouse and key events in another helper
(drive_overlay.py), also with QT_SCALE_FACTOR=2. And every way a capture can fail on the command line.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ogg_desktop.domain.evidence import CaptureMethod, EvidenceItem
from ogg_desktop.services.session import Session
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.integration.pattern import (
    DESKTOP,
    MONITOR_1,
    MONITOR_2,
    ON_MONITOR_1,
    ON_MONITOR_2,
    PATTERN_SIZE,
    cut,
    pattern_rgb,
)

ROOT = Path(__file__).resolve().parents[2]
PATTERN = pattern_rgb()
PW, PH = PATTERN_SIZE
GEOMETRY_1 = "1920x1080+0+0"
GEOMETRY_2 = "2560x1440+1920+0"


def _env(display: str | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_SCALE_FACTOR", "QT_QPA_PLATFORM")}
    env.update(OGG_LANG="nl", PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    if display is not None:
        env["DISPLAY"] = display
    env.update(extra)
    return env


def cli(vault: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ogg_desktop", "--vault", str(vault), "--passphrase-stdin", *args],
                          input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
                          check=False)


def rgb_of(png: bytes) -> tuple[int, int, bytes]:
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG"
        rgb = image.convert("RGB")
        return rgb.width, rgb.height, rgb.tobytes()


def assert_same_pixels(actual: bytes, expected: bytes, width: int) -> None:
    """Byte for byte, and where it first differs if not (a whole-buffer diff is unreadable)."""
    assert len(actual) == len(expected)
    if actual != expected:
        first = next(i for i in range(len(actual)) if actual[i] != expected[i]) // 3
        raise AssertionError(f"pixels differ first at x={first % width}, y={first // width}: "
                             f"{actual[first * 3:first * 3 + 3].hex()} != {expected[first * 3:first * 3 + 3].hex()}")


# The screen -------------------------------------------------------------------------------------

class PatternWindow:
    """The helper process showing the pattern; ``place`` is where it really is (device pixels)."""

    def __init__(self, display: str, x: int, y: int) -> None:
        env = _env(display, QT_QPA_PLATFORM="xcb")
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.integration.show_pattern", str(x), str(y)],
                                     cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], 30)
        line = self.proc.stdout.readline().decode().split() if ready else []
        if line[:1] != ["ready"]:
            self.close()
            raise AssertionError(f"the pattern window did not appear: {line}")
        self.place = tuple(int(v) for v in line[1:5])

    def close(self) -> None:
        self.proc.kill()
        self.proc.communicate(timeout=10)


@pytest.fixture(scope="module")
def patterns(multi_monitor_display: str) -> Iterator[str]:
    """The known pattern at ON_MONITOR_1 and at ON_MONITOR_2, both on screen for the whole module."""
    windows = [PatternWindow(multi_monitor_display, *ON_MONITOR_1)]
    try:
        windows.append(PatternWindow(multi_monitor_display, *ON_MONITOR_2))
        for window, wanted in zip(windows, (ON_MONITOR_1, ON_MONITOR_2), strict=True):
            assert window.place == (*wanted, PW, PH), "the window is not where it was put"
        yield multi_monitor_display
    finally:
        for window in windows:
            window.close()


# The vault --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def capture_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A closed vault with one case, for the CLI to capture into; returns the path and the case reference."""
    path = tmp_path_factory.mktemp("capture") / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    try:
        case = Session.on(vault).cases.create("Schermafbeeldingen op twee schermen")
        return path, case.reference
    finally:
        vault.close()


def stored(path: Path, item_id: int) -> tuple[EvidenceItem, bytes]:
    vault = Vault.unlock(path, PASSPHRASE, "tester", via="test")
    try:
        session = Session.on(vault)
        item = session.evidence.get(item_id)
        assert item is not None
        return item, session.evidence.original_bytes(item_id)
    finally:
        vault.close()


def capture(path: Path, reference: str, display: str, *where: str) -> tuple[dict[str, Any], EvidenceItem, bytes]:
    result = cli(path, "capture", "--case", reference, *where, "--json", env=_env(display))
    assert result.returncode == 0, (result.stdout, result.stderr)
    printed = json.loads(result.stdout)
    item, data = stored(path, printed["id"])
    assert printed["sha256"] == hashlib.sha256(data).hexdigest() == item.sha256
    assert (printed["width"], printed["height"]) == (item.width, item.height)
    assert GEOMETRY_1 in item.screen_geometry and GEOMETRY_2 in item.screen_geometry
    return printed, item, data


# The CLI on two monitors ------------------------------------------------------------------------

@pytest.mark.xserver
@pytest.mark.parametrize("place", [ON_MONITOR_1, ON_MONITOR_2], ids=["monitor-1", "monitor-2"])
def test_cli_region_stores_exactly_the_pixels_on_the_screen(patterns: str, capture_vault: tuple[Path, str],
                                                             place: tuple[int, int]) -> None:
    printed, item, data = capture(*capture_vault, patterns, "--region", f"{place[0]},{place[1]},{PW},{PH}")
    assert (printed["width"], printed["height"]) == (PW, PH)
    assert item.method == CaptureMethod.REGION
    assert f"{PW}x{PH}+{place[0]}+{place[1]}" in item.screen_geometry
    width, height, rgb = rgb_of(data)
    assert (width, height) == (PW, PH)
    assert_same_pixels(rgb, PATTERN, PW)


@pytest.mark.xserver
def test_cli_region_inside_the_pattern_cuts_without_shifting(patterns: str, capture_vault: tuple[Path, str]) -> None:
    x, y = ON_MONITOR_2[0] + 37, ON_MONITOR_2[1] + 11
    _, _, data = capture(*capture_vault, patterns, "--region", f"{x},{y},101,53")
    width, height, rgb = rgb_of(data)
    assert (width, height) == (101, 53)
    assert_same_pixels(rgb, cut(PATTERN, PW, 37, 11, 101, 53), 101)


@pytest.mark.xserver
def test_cli_monitor_2_is_the_whole_second_monitor(patterns: str, capture_vault: tuple[Path, str]) -> None:
    printed, item, data = capture(*capture_vault, patterns, "--monitor", "2")
    assert (printed["width"], printed["height"]) == MONITOR_2[2:]
    assert item.method == CaptureMethod.MONITOR
    width, height, rgb = rgb_of(data)
    assert (width, height) == MONITOR_2[2:]
    left, top = ON_MONITOR_2[0] - MONITOR_2[0], ON_MONITOR_2[1] - MONITOR_2[1]
    assert_same_pixels(cut(rgb, width, left, top, PW, PH), PATTERN, PW)


@pytest.mark.xserver
def test_cli_all_is_both_monitors_in_one_image(patterns: str, capture_vault: tuple[Path, str]) -> None:
    printed, item, data = capture(*capture_vault, patterns, "--all")
    assert (printed["width"], printed["height"]) == DESKTOP[2:] == (4480, 1440)
    assert item.method == CaptureMethod.ALL_MONITORS
    width, height, rgb = rgb_of(data)
    assert (width, height) == DESKTOP[2:]
    for x, y in (ON_MONITOR_1, ON_MONITOR_2):
        assert_same_pixels(cut(rgb, width, x, y, PW, PH), PATTERN, PW)


# The real overlay -------------------------------------------------------------------------------

def drive_overlay(display: str, out: Path, action: str, *args: str, scale: int = 1,
                  per_screen: tuple[int, int] | None = None) -> dict[str, Any]:
    env = _env(display, QT_QPA_PLATFORM="xcb")
    if scale != 1:
        env["QT_SCALE_FACTOR"] = str(scale)
    if per_screen is not None:  # mixed DPI: each monitor its own scale
        env["QT_SCREEN_SCALE_FACTORS"] = ";".join(str(f) for f in per_screen)
    result = subprocess.run([sys.executable, "-m", "tests.integration.drive_overlay", action, "--out", str(out),
                             *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60, check=False)
    assert result.returncode == 0, (result.stdout, result.stderr)
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["widgets_left_open"] == 0
    assert report["monitors"] == [list(MONITOR_1), list(MONITOR_2)]
    assert [s["ratio"] for s in report["screens"]] == list(per_screen or (scale, scale))
    return report


@pytest.mark.xserver
@pytest.mark.parametrize(("scale", "press", "release"), [
    (1, (350, 230), (450, 330)),
    (1, (450, 330), (350, 230)),  # dragged up and to the left
    (2, (170, 112), (270, 212)),  # HiDPI: 100 logical pixels are 200 device pixels
], ids=["scale-1", "scale-1-backwards", "scale-2"])
def test_overlay_drag_on_monitor_2_gives_the_screen_pixels(patterns: str, tmp_path: Path, scale: int,
                                                           press: tuple[int, int], release: tuple[int, int]) -> None:
    out = tmp_path / "crop.png"
    report = drive_overlay(patterns, out, "drag", "--press", "{},{}".format(*press),
                           "--release", "{},{}".format(*release), scale=scale)
    assert report["event"] == "accepted"
    x, y, w, h = report["rect"]
    # Device pixels: the corners are the logical points times the scale, on monitor 2. The selection
    # includes the pixel under the release point, like QRect(press, release).
    left, top = min(press[0], release[0]), min(press[1], release[1])
    assert (x, y) == (MONITOR_2[0] + left * scale, MONITOR_2[1] + top * scale)
    assert (w - 1, h - 1) == (100 * scale, 100 * scale)
    data = out.read_bytes()
    assert report["sha256"] == hashlib.sha256(data).hexdigest()
    width, height, rgb = rgb_of(data)
    assert (width, height) == (w, h)
    px, py = x - ON_MONITOR_2[0], y - ON_MONITOR_2[1]
    assert px >= 0 and py >= 0 and px + w <= PW and py + h <= PH, "the drag must stay inside the pattern"
    assert_same_pixels(rgb, cut(PATTERN, PW, px, py, w, h), w)


@pytest.mark.xserver
def test_overlay_on_mixed_dpi_monitors_cuts_device_pixels(patterns: str, tmp_path: Path) -> None:
    """Monitor 1 at 100 %, monitor 2 at 200 %: a drag on monitor 2 still selects its device pixels."""
    out = tmp_path / "mixed.png"
    report = drive_overlay(patterns, out, "drag", "--press", "170,112", "--release", "270,212", per_screen=(1, 2))
    assert report["event"] == "accepted"
    x, y, w, h = report["rect"]
    assert (x, y) == (MONITOR_2[0] + 340, MONITOR_2[1] + 224)
    assert (w - 1, h - 1) == (200, 200)
    width, height, rgb = rgb_of(out.read_bytes())
    assert (width, height) == (w, h)  # stored at device resolution, not scaled
    px, py = x - ON_MONITOR_2[0], y - ON_MONITOR_2[1]
    assert_same_pixels(rgb, cut(PATTERN, PW, px, py, w, h), w)


@pytest.mark.xserver
@pytest.mark.parametrize("scale", [1, 2])
def test_overlay_click_on_monitor_2_takes_exactly_monitor_2(patterns: str, tmp_path: Path, scale: int) -> None:
    out = tmp_path / "monitor.png"
    report = drive_overlay(patterns, out, "click", "--press", "300,200", "--release", "301,200", scale=scale)
    assert report["event"] == "accepted"
    assert report["rect"] == list(MONITOR_2)
    data = out.read_bytes()
    assert report["sha256"] == hashlib.sha256(data).hexdigest()
    width, height, rgb = rgb_of(data)
    assert (width, height) == MONITOR_2[2:]
    left, top = ON_MONITOR_2[0] - MONITOR_2[0], ON_MONITOR_2[1] - MONITOR_2[1]
    assert_same_pixels(cut(rgb, width, left, top, PW, PH), PATTERN, PW)


@pytest.mark.xserver
def test_overlay_escape_cancels(patterns: str, tmp_path: Path) -> None:
    out = tmp_path / "nothing.png"
    report = drive_overlay(patterns, out, "escape")
    assert report["event"] == "cancelled"
    assert not out.exists()


# Bad input on the command line ------------------------------------------------------------------

@pytest.fixture
def one_case(new_vault: tuple[Vault, str], vault_path: Path) -> tuple[Path, str]:
    vault = new_vault[0]
    reference = Session.on(vault).cases.create("Niets vast te leggen").reference
    vault.close()
    return vault_path, reference


def evidence_count(path: Path) -> int:
    result = cli(path, "case", "list", "--json", env=_env(None))
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 1
    return int(rows[0]["evidence"])


def test_cli_capture_without_any_display_explains(one_case: tuple[Path, str]) -> None:
    result = cli(one_case[0], "capture", "--case", one_case[1], "--all", env=_env(None))
    assert result.returncode == 1, result.stderr
    assert "geen X-display" in result.stderr
    assert "Traceback" not in result.stderr
    assert evidence_count(one_case[0]) == 0


def test_cli_capture_on_wayland_without_xwayland_explains(one_case: tuple[Path, str]) -> None:
    result = cli(one_case[0], "capture", "--case", one_case[1], "--all", env=_env(None, WAYLAND_DISPLAY="wayland-0"))
    assert result.returncode == 1, result.stderr
    assert "Wayland zonder XWayland" in result.stderr
    assert "importeer" in result.stderr
    assert evidence_count(one_case[0]) == 0


def test_cli_capture_region_of_zero_width_is_a_usage_error(one_case: tuple[Path, str]) -> None:
    result = cli(one_case[0], "capture", "--case", one_case[1], "--region", "0,0,0,10",
                 env=_env(os.environ.get("DISPLAY")))
    assert result.returncode == 2, result.stderr
    assert "--region" in result.stderr
    assert evidence_count(one_case[0]) == 0


@pytest.mark.xserver
def test_cli_capture_of_a_monitor_that_does_not_exist(multi_monitor_display: str, one_case: tuple[Path, str]) -> None:
    result = cli(one_case[0], "capture", "--case", one_case[1], "--monitor", "9", env=_env(multi_monitor_display))
    assert result.returncode == 4, result.stderr
    assert "Scherm 9 bestaat niet" in result.stderr
    assert evidence_count(one_case[0]) == 0


@pytest.mark.xserver
def test_cli_capture_of_a_region_outside_the_desktop(multi_monitor_display: str, one_case: tuple[Path, str]) -> None:
    result = cli(one_case[0], "capture", "--case", one_case[1], "--region", "5000,100,200,200",
                 env=_env(multi_monitor_display))
    assert result.returncode == 1, result.stderr
    assert "buiten de schermen" in result.stderr
    assert "Traceback" not in result.stderr
    assert evidence_count(one_case[0]) == 0
