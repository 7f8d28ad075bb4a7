"""Capture benchmarks: store vs scrot at 3840x2160, overlay latency at 1920x1080, memory over 50 captures."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.content import realistic_screen
from bench.xserver import showing, xvfb

HERE = Path(__file__).resolve().parent


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def store_vs_scrot(repeats: int = 7) -> dict[str, float]:
    """Our grab + crop + PNG + hash + thumbnail + encrypt + commit, against scrot grabbing and
    writing the same 3840x2160 screen as PNG."""
    from ogg_desktop.capture.grab import grab_all
    from ogg_desktop.domain.evidence import CaptureMethod
    from ogg_desktop.services.session import Session
    from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
    from ogg_desktop.vault.vault import Vault

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="ogg-bench-") as tmp, xvfb(3840, 2160) as display:
        image = Path(tmp) / "screen.png"
        realistic_screen(3840, 2160).save(image)
        with showing(display, image):
            os.environ["DISPLAY"] = display
            vault, _ = Vault.create(Path(tmp) / "v.ogg", "benchmark passphrase words", "bench", FAST_KDF_FOR_TESTS)
            session = Session.on(vault)
            case = session.cases.create("Benchmark")
            ours, scrot, store_only = [], [], []
            for _ in range(repeats):
                start = time.perf_counter()
                grab = grab_all()
                grabbed = time.perf_counter()
                session.capture.store(case, grab, grab.bounds, CaptureMethod.MONITOR)
                done = time.perf_counter()
                ours.append(done - start)
                store_only.append(done - grabbed)
                target = Path(tmp) / "scrot.png"
                start = time.perf_counter()
                subprocess.run(["scrot", "-o", str(target)], check=True, env=dict(os.environ))
                scrot.append(time.perf_counter() - start)
            # Memory: 50 captures in a row (after the warm-up above).
            before = rss_mb()
            for _ in range(50):
                grab = grab_all()
                session.capture.store(case, grab, grab.monitors[0], CaptureMethod.MONITOR)
                del grab
            results["rss_growth_mb"] = rss_mb() - before
            results["rss_before_mb"] = before
            session.close()
    ours.sort()
    scrot.sort()
    store_only.sort()
    results["ours"] = ours[len(ours) // 2]
    results["store_only"] = store_only[len(store_only) // 2]
    results["scrot"] = scrot[len(scrot) // 2]
    return results


def overlay_latency(repeats: int = 20) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="ogg-bench-") as tmp, xvfb(1920, 1080) as display:
        image = Path(tmp) / "screen.png"
        realistic_screen(1920, 1080).save(image)
        with showing(display, image):
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                       PYTHONPATH=str(HERE.parent) + os.pathsep + os.environ.get("PYTHONPATH", ""))
            out = subprocess.run([sys.executable, str(HERE / "overlay_latency.py"), str(repeats)],
                                 env=env, check=True, capture_output=True, text=True, timeout=300)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def available() -> str:
    """'' when the capture benchmarks can run here, else why not."""
    for tool in ("Xvfb", "scrot"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    return ""
