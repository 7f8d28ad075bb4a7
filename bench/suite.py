"""OGG Desktop benchmarks: each measurement beside a baseline measured in the same run.

Run with ``bench/run``; ``bench/run unlock capture report scale`` (any of them) runs only those parts.
The scale part generates a large fictional vault once (bench/bigvault.py; a few minutes) and reuses it.
Medians over repeated runs; the machine is stated. These are not tests:
they print figures to compare over time and against the targets in the issues.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ogg_desktop.vault.connection import open_keyed
from ogg_desktop.vault.keyfile import DEFAULT_KDF
from ogg_desktop.vault.vault import Vault, build_vault_file

PASSPHRASE = "benchmark passphrase with several words"


@dataclass(frozen=True)
class Row:
    name: str
    value: float
    baseline_name: str
    baseline: float
    target: str
    unit: str = "s"
    show_ratio: bool = True  # False where value / baseline means nothing (printed as "—")

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")


def median_of(fn: Callable[[], None], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_unlock(workdir: Path, repeats: int = 5) -> Row:
    path = workdir / "bench.ogg"
    raw = build_vault_file(path, PASSPHRASE, "bench", DEFAULT_KDF)

    def unlock() -> None:
        Vault.unlock(path, PASSPHRASE, "bench").close()

    def raw_open() -> None:
        conn = open_keyed(path, raw)
        conn.close()

    p = DEFAULT_KDF
    return Row(f"unlock (Argon2id t={p.time_cost}, {p.memory_kib // 1024} MiB, p={p.parallelism})",
               median_of(unlock, repeats), "open with the raw key, no KDF", median_of(raw_open, repeats),
               "0.25–1 s, deliberately")


def capture_rows() -> list[Row]:
    from bench import capture_bench

    why_not = capture_bench.available()
    if why_not:
        print(f"(capture benchmarks skipped: {why_not})")
        return []
    store = capture_bench.store_vs_scrot()
    latency = capture_bench.overlay_latency()
    return [
        Row("capture 3840x2160: grab + store (PNG, hash, thumbnail, encrypt, commit)", store["ours"],
            "scrot grabbing + writing PNG", store["scrot"], "ratio <= 1"),
        Row("  of which store only", store["store_only"], "scrot grabbing + writing PNG", store["scrot"], "—"),
        Row("overlay visible after trigger, 1920x1080", latency["overlay"], "plain full-screen image window",
            latency["plain"], "<= 0.150 s"),
        Row("RSS growth over 50 captures", store["rss_growth_mb"], "RSS before", store["rss_before_mb"], "< 50 MB",
            "MB"),
    ]


def report_rows() -> list[Row]:
    from bench import report_bench

    r = report_bench.report_vs_img2pdf()
    size = f"{report_bench.SCREENS} screenshots {report_bench.WIDTH}x{report_bench.HEIGHT}"
    return [
        Row(f"police report, {size} (render_to)", r["ours"], "img2pdf, the same PNG files", r["img2pdf"],
            "ratio <= 2"),
        Row("  PDF size (ours also attaches the original files)", r["ours_mb"], "img2pdf PDF size", r["img2pdf_mb"],
            "—", "MB"),
        Row("peak RSS building that report (fresh process)", r["report_peak_mb"], "RSS before (after unlock)",
            r["report_rss_before_mb"], "<= 400 MB", "MB", show_ratio=False),
        Row("  img2pdf on the same files: peak RSS (fresh process)", r["img2pdf_peak_mb"], "RSS before (after import)",
            r["img2pdf_rss_before_mb"], "—", "MB", show_ratio=False),
    ]


def scale_rows() -> list[Row]:
    from bench import scale_bench

    unlock = scale_bench.unlock_rows()
    gui = scale_bench.gui_rows()
    search = scale_bench.search_rows()
    cold = scale_bench.cold_start()
    return [
        Row("large vault: unlock (KDF + opening + checks)", unlock["unlock"], "the KDF alone", unlock["kdf"],
            "KDF + <= 0.200 s"),
        Row("large vault: main window with the case list's first screen", gui["first_screen"],
            "opening a case with 1 item", gui["small_case"], "<= 0.200 s", show_ratio=False),
        Row(f"  rows the case list loaded of {10_000:,}", gui["rows_loaded"], "all cases", 10_000, "lazy", "rows"),
        Row("large vault: opening a case with 200 items", gui["big_case"], "opening a case with 1 item",
            gui["small_case"], "<= 0.150 s"),
        Row(f"large vault: search p95 over {len(scale_bench.QUERIES)} queries (first page)", search["p95"],
            "same queries, same engine, unencrypted", search["p95_plain"], "<= 0.050 s; ratio <= 1.3"),
        Row("  search median", search["median"], "unencrypted median", search["median_plain"], "—"),
        Row("  search, all queries summed", search["sum"], "unencrypted, summed", search["sum_plain"], "ratio <= 1.3"),
        Row("cold start to the unlock dialog (fresh process)", cold["ours"], "a bare PySide6 window", cold["bare"],
            "ratio <= 1.5"),
        Row("RSS after opening 50 cases in a row", gui["rss_after"], "RSS after the first case", gui["rss_before"],
            "< 300 MB", "MB", show_ratio=False),
    ]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}; {os.cpu_count()} cores; Python {platform.python_version()}; {platform.system()}"


def main() -> None:
    only = sys.argv[1:]
    rows: list[Row] = []
    if not only or "unlock" in only:
        with tempfile.TemporaryDirectory(prefix="ogg-bench-") as tmp:
            rows.append(bench_unlock(Path(tmp)))
    if not only or "capture" in only:
        rows += capture_rows()
    if not only or "report" in only:
        rows += report_rows()
    if not only or "scale" in only:
        rows += scale_rows()
    print(f"Machine: {machine()}")
    print(f"{'measurement':<72} {'median':>10} {'baseline':<32} {'baseline':>10} {'ratio':>7}  target")
    for r in rows:
        ratio = f"{r.ratio:>7.2f}" if r.show_ratio else f"{'—':>7}"
        print(f"{r.name:<72} {r.value:>9.3f}{r.unit:<1} {r.baseline_name:<32} {r.baseline:>9.4f}{r.unit:<1} "
              f"{ratio}  {r.target}")


if __name__ == "__main__":
    main()
