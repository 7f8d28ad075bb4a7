"""OGG Desktop benchmarks: each measurement beside a baseline measured in the same run.

Run with ``bench/run``. Medians over repeated runs; the machine is stated. These are not tests:
they print figures to compare over time and against the targets in the issues.
"""

from __future__ import annotations

import os
import platform
import statistics
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
    seconds: float
    baseline_name: str
    baseline_seconds: float
    target: str

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline_seconds if self.baseline_seconds else float("inf")


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
    return Row(f"unlock with passphrase (Argon2id t={p.time_cost}, m={p.memory_kib // 1024} MiB, p={p.parallelism})",
               median_of(unlock, repeats), "open with the raw key (no KDF)", median_of(raw_open, repeats),
               "0.25–1 s, deliberately")


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
    with tempfile.TemporaryDirectory(prefix="ogg-bench-") as tmp:
        rows = [bench_unlock(Path(tmp))]
    print(f"Machine: {machine()}")
    print(f"{'measurement':<62} {'median':>9} {'baseline':<34} {'base':>9} {'ratio':>8}  target")
    for r in rows:
        print(f"{r.name:<62} {r.seconds:>8.3f}s {r.baseline_name:<34} {r.baseline_seconds:>8.4f}s "
              f"{r.ratio:>7.0f}x  {r.target}")


if __name__ == "__main__":
    main()
