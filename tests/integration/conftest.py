"""A real X server with two monitors (Xorg's dummy driver) for the capture tests.

The server is started by ``shared/tools/multi-monitor-x``, in the ``shared/`` folder beside the repository
checkout (CI clones the repository with ``shared/`` beside it). Without the tool or Xorg the tests that
need it are skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest

from tests.integration.pattern import LAYOUT

ROOT = Path(__file__).resolve().parents[2]
MULTI_MONITOR_X = ROOT / ".." / "shared" / "tools" / "multi-monitor-x"


def _free_displays() -> Iterator[int]:
    for n in range(91, 100):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            yield n


def _is_our_server(pid: int, number: int) -> bool:
    """Another test run may have taken the same display number a moment earlier; then our Xorg exited."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return f":{number}".encode() in args


def _stop(pid: int) -> None:
    """Stop the server started for the tests, and remove the folder the tool made for its config."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        args = []
    config_dir = next((Path(os.fsdecode(args[i + 1])) for i, a in enumerate(args[:-1]) if a == b"-configdir"), None)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    for _ in range(100):
        if not Path(f"/proc/{pid}").exists():
            break
        time.sleep(0.05)
    else:
        os.kill(pid, signal.SIGKILL)
    if (config_dir is not None and config_dir.parent == Path(tempfile.gettempdir())
            and (config_dir / "xorg.conf").is_file()):
        shutil.rmtree(config_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def multi_monitor_display() -> Iterator[str]:
    """DISPLAY of a running X server with a 1920x1080 monitor and a 2560x1440 monitor to its right."""
    tool = MULTI_MONITOR_X.resolve()
    if not tool.is_file():
        pytest.skip(f"no multi-monitor X server: {tool} is missing (shared/ belongs beside the repository)")
    missing = [p for p in ("Xorg", "xrandr") if shutil.which(p) is None]
    if missing:
        pytest.skip(f"no multi-monitor X server: {', '.join(missing)} not installed "
                    "(xserver-xorg-core, xserver-xorg-video-dummy, x11-xserver-utils; see scripts/setup)")
    failure = "displays :91 to :99 are all taken"
    for number in islice(_free_displays(), 3):  # a few tries: another run may take a number first
        started = subprocess.run([str(tool), str(number), LAYOUT], capture_output=True, text=True, timeout=60,
                                 check=False)
        out = started.stdout.strip()
        if started.returncode == 0 and out.isdigit() and _is_our_server(int(out), number):
            pid = int(out)
            break
        failure = f"{tool.name} failed: {started.stderr.strip()}"
    else:
        pytest.skip(f"no multi-monitor X server: {failure}")
    try:
        yield f":{number}"
    finally:
        _stop(pid)
