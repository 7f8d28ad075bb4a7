"""Report benchmark: a police report with 100 screenshots of 1920x1080 against img2pdf putting the same
100 PNG files into one PDF, and the peak memory of building that report in a fresh process.

Target (from the issue): built in at most 2x the time img2pdf needs; peak memory at most 400 MB.

Set-up (not timed): 100 distinct realistic screens (bench/content.py, a different seed each) written as
PNG files for img2pdf and imported into a vault, each with a title, platform, URL, poster handle, an
offence and a transcript, as a counsellor would fill them in. Timed: ``ReportService.render_to``, which
lays the report out, reads every image from the encrypted vault (checking its SHA-256), places it
losslessly, attaches the original files and writes the PDF atomically (synced). The baseline is
``img2pdf.convert`` on the 100 files, written to a file in the same folder.

The vault uses the fast test KDF so that the Argon2id memory of unlocking (256 MiB with the default
parameters, freed straight after) does not hide the report's own peak in the memory measurement.

Run on its own: ``bench/run report``. ``python -m bench.report_bench --child report OUT VAULT CASE_ID`` (or
``--child img2pdf OUT PNG...``) is the fresh process of a memory measurement; it prints one JSON line.
"""

from __future__ import annotations

import importlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from bench.content import WORDS, realistic_screen

HERE = Path(__file__).resolve().parent
SCREENS = 100
WIDTH, HEIGHT = 1920, 1080
PASSPHRASE = "benchmark passphrase with several words"
ACTOR = "bench"
CASE_TITLE = "Benchmark: politieaangifte met 100 schermafbeeldingen"
PLATFORMS = ["X", "Instagram", "Facebook", "TikTok", "LinkedIn"]
OFFENCE_CODES = ["threat", "insult", "defamation", "stalking", "doxing"]


def write_screens(folder: Path, count: int = SCREENS) -> list[Path]:
    """``count`` distinct 1920x1080 RGB PNG screenshots (Pillow's default PNG encoding)."""
    paths = []
    for number in range(count):
        path = folder / f"screen-{number:03d}.png"
        realistic_screen(WIDTH, HEIGHT, seed=1000 + number).save(path)
        paths.append(path)
    return paths


def fill_vault(vault_path: Path, screens: list[Path]) -> int:
    """A vault with one case, consent for the police report and every screen as an item with details.
    Returns the case's id."""
    import random

    from ogg_desktop.domain.case import ConsentScope
    from ogg_desktop.domain.evidence import CaptureMethod
    from ogg_desktop.services.session import Session
    from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
    from ogg_desktop.vault.vault import Vault

    rng = random.Random(42)
    vault, _ = Vault.create(vault_path, PASSPHRASE, ACTOR, FAST_KDF_FOR_TESTS)
    session = Session.on(vault)
    try:
        case = session.cases.create(CASE_TITLE)
        session.cases.record_consent(case, ConsentScope.POLICE_REPORT, date.today(), "mondeling")
        for number, path in enumerate(screens):
            item = session.evidence.import_bytes(case, path.read_bytes(), method=CaptureMethod.REGION,
                                                 filename=path.name)
            platform = PLATFORMS[number % len(PLATFORMS)]
            handle = f"@account{number % 7}"
            transcript = "\n".join(" ".join(rng.choices(WORDS, k=14)).capitalize() + "." for _ in range(4))
            session.evidence.update_details(case, replace(
                item, title=f"Bericht {number + 1} van {handle}", platform=platform,
                url=f"https://{platform.lower()}.example/{handle[1:]}/status/{1000 + number}",
                handle=handle, display_name=f"Account {number % 7}", posted_at_shown=f"{number % 23 + 1} uur geleden",
                learned_on=date.today() - timedelta(days=number % 30), transcript=transcript,
                offences=[OFFENCE_CODES[number % len(OFFENCE_CODES)]]))
        assert case.id is not None
        return case.id
    finally:
        session.close()


def img2pdf_to(screens: list[Path], out: Path) -> None:
    import img2pdf  # type: ignore[import-untyped]

    with out.open("wb") as f:
        img2pdf.convert([str(p) for p in screens], outputstream=f)


def report_vs_img2pdf(repeats: int = 5) -> dict[str, float]:
    """Medians of ours and img2pdf, run alternately in this process; then peak memory in a fresh one."""
    from ogg_desktop.reports.model import ReportKind, ReportOptions
    from ogg_desktop.services.session import Session
    from ogg_desktop.vault.vault import Vault

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="ogg-bench-") as tmp:
        folder = Path(tmp)
        screens = write_screens(folder)
        vault_path = folder / "report.ogg"
        case_id = fill_vault(vault_path, screens)
        session = Session.on(Vault.unlock(vault_path, PASSPHRASE, ACTOR, via="bench"))
        try:
            case = session.cases.get(case_id)
            assert case is not None
            data = session.reports.prepare(case, ReportKind.POLICE, ReportOptions())
            assert len(data.items) == SCREENS
            ours_pdf, theirs_pdf = folder / "ours.pdf", folder / "img2pdf.pdf"
            ours, theirs = [], []
            for _ in range(repeats):
                start = time.perf_counter()
                session.reports.render_to(data, ours_pdf)
                ours.append(time.perf_counter() - start)
                start = time.perf_counter()
                img2pdf_to(screens, theirs_pdf)
                theirs.append(time.perf_counter() - start)
        finally:
            session.close()
        results["ours"] = statistics.median(ours)
        results["img2pdf"] = statistics.median(theirs)
        results["ours_mb"] = ours_pdf.stat().st_size / 2**20
        results["img2pdf_mb"] = theirs_pdf.stat().st_size / 2**20
        results["png_mb"] = sum(p.stat().st_size for p in screens) / 2**20
        results.update(peak_memory(vault_path, case_id, screens, folder / "child.pdf"))
    return results


def peak_memory(vault_path: Path, case_id: int, screens: list[Path], out: Path) -> dict[str, float]:
    """Peak RSS of building the report in a fresh process, and of img2pdf on the same files."""
    results = {}
    for name, args in (("report", [str(vault_path), str(case_id)]), ("img2pdf", [str(p) for p in screens])):
        proc = subprocess.run([sys.executable, "-m", "bench.report_bench", "--child", name, str(out), *args],
                              cwd=HERE.parent, check=True, capture_output=True, text=True, timeout=600)
        figures = json.loads(proc.stdout.strip().splitlines()[-1])
        results.update({f"{name}_{key}": float(value) for key, value in figures.items()})
    return results


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def child(kind: str, out: Path, args: list[str]) -> None:
    """Only open the vault and build the report (or only run img2pdf); print the RSS just before and the
    peak RSS after, in MB, as one JSON line.

    The peak is VmHWM, the high-water mark of this process's own memory. ``ru_maxrss`` would not do:
    Linux carries the parent's high-water mark over into a child across fork and exec, so it would
    show the benchmark process, not this one."""
    if kind == "img2pdf":
        importlib.import_module("img2pdf")  # loaded before the "before" figure, as the app's modules are
        before = _status_mb("VmRSS")
        img2pdf_to([Path(a) for a in args], out)
    else:
        from ogg_desktop.reports.model import ReportKind, ReportOptions
        from ogg_desktop.services.session import Session
        from ogg_desktop.vault.vault import Vault

        session = Session.on(Vault.unlock(Path(args[0]), PASSPHRASE, ACTOR, via="bench"))
        case = session.cases.get(int(args[1]))
        assert case is not None
        data = session.reports.prepare(case, ReportKind.POLICE, ReportOptions())
        before = _status_mb("VmRSS")
        session.reports.render_to(data, out)
        session.close()
    print(json.dumps({"rss_before_mb": before, "peak_mb": _status_mb("VmHWM")}))


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), sys.argv[4:])
    else:
        print(json.dumps(report_vs_img2pdf()))
