"""A private X server for benchmarks (Xvfb at a chosen size) and a window that shows an image on it."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _free_display() -> int:
    for n in range(120, 160):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@contextlib.contextmanager
def xvfb(width: int, height: int) -> Iterator[str]:
    """Start Xvfb WIDTHxHEIGHT; yields the DISPLAY value."""
    n = _free_display()
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.05)
        yield f":{n}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextlib.contextmanager
def showing(display: str, image: Path) -> Iterator[None]:
    """Show ``image`` full-screen on ``display`` until the block ends."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    proc = subprocess.Popen([sys.executable, str(HERE / "show_image.py"), str(image)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if line.strip() != "ready":
            raise RuntimeError("the image window did not appear")
        time.sleep(0.3)
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=10)
