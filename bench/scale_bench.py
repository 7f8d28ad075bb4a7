"""Scale: the app on a vault of 10,000 cases, 100,000 items and 1,000,000 audit entries
(bench/bigvault.py), each figure beside a baseline measured in the same run.

The GUI figures are measured in child processes (offscreen Qt), so every run starts cold and one
measurement's caches never help the next.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import bigvault

HERE = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(HERE)}

# What a counsellor types: search-as-you-type prefixes, whole words, Dutch diacritics both ways,
# a phrase, several words, a reference, and text with FTS5 syntax characters.
QUERIES = ["be", "bed", "bedr", "bedreig", "bedreiging", "in", "int", "intimidatie", "li", "lin", "linkedin",
           "één", "een", "cafe", "café", "reünie", "reunie", "coördinator", '"spijt van"', '"weet waar je"',
           "ik weet waar", "verpleegkundige café", "fictief medewerker", "OGG-2024", "OGG-2021-01",
           "medewerker 00042", "wijkagent", "jeugdzorg sociaal", "a*b(c", "NEAR(ik", "zzzqqq", "ambulance"]


def _child(mode: str, *args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "bench.scale_bench", mode, *args], env=ENV, cwd=HERE,
                         capture_output=True, text=True, timeout=900, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def search_times(path: Path, key: str | None, repeats: int = 5) -> list[float]:
    """Per query the median of ``repeats`` runs of the case list's search (first page of 200)."""
    from ogg_desktop.vault.connection import open_keyed
    from ogg_desktop.vault.driver import sqlcipher
    from ogg_desktop.vault.repositories import Repositories

    conn = sqlcipher().connect(str(path), isolation_level=None) if key is None else open_keyed(path, bytes.fromhex(key))
    repos = Repositories.on(conn)
    result = []
    for query in QUERIES:
        runs = []
        for _ in range(repeats):
            start = time.perf_counter()
            repos.cases.summaries(query, 200, 0, order="relevance")
            runs.append(time.perf_counter() - start)
        result.append(statistics.median(runs))
    conn.close()
    return result


def plain_copy(path: Path, raw: bytes, target: Path) -> None:
    """The same data, schema and engine without encryption (a bench file of fictional data)."""
    from ogg_desktop.vault.connection import open_keyed

    conn = open_keyed(path, raw)
    conn.execute(f"ATTACH DATABASE '{target.as_posix()}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def search_rows() -> dict[str, float]:
    from ogg_desktop.vault.keyfile import KeyFile

    path = bigvault.ensure()
    raw = KeyFile.load(path.with_name(path.name + ".key")).unwrap(bigvault.PASSPHRASE)
    with tempfile.TemporaryDirectory(prefix="ogg-bench-plain-") as tmp:
        plain = Path(tmp) / "plain.db"
        plain_copy(path, raw, plain)
        encrypted = search_times(path, raw.hex())
        unencrypted = search_times(plain, None)
    return {"p95": _p95(encrypted), "p95_plain": _p95(unencrypted), "median": statistics.median(encrypted),
            "median_plain": statistics.median(unencrypted), "sum": sum(encrypted), "sum_plain": sum(unencrypted)}


def unlock_rows() -> dict[str, float]:
    from ogg_desktop.vault.keyfile import KeyFile
    from ogg_desktop.vault.vault import Vault

    path = bigvault.ensure()
    keyfile = KeyFile.load(path.with_name(path.name + ".key"))
    kdf, full = [], []
    for _ in range(3):
        start = time.perf_counter()
        keyfile.unwrap(bigvault.PASSPHRASE)
        kdf.append(time.perf_counter() - start)
        start = time.perf_counter()
        Vault.unlock(path, bigvault.PASSPHRASE, "bench").close()
        full.append(time.perf_counter() - start)
    return {"kdf": statistics.median(kdf), "unlock": statistics.median(full)}


# Children ---------------------------------------------------------------------------------------
def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child_gui(path: Path) -> dict[str, float]:
    """After unlock: the main window with the case list's first screen; then one case with 200
    items; then 50 cases opened one after another, and the memory that leaves."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ogg_desktop.gui.i18n import install_translator
    from ogg_desktop.gui.main_window import MainWindow
    from ogg_desktop.services.session import Session
    from ogg_desktop.vault.vault import Vault

    app = QApplication(["bench"])
    install_translator(app, "nl")
    session = Session.on(Vault.unlock(path, bigvault.PASSPHRASE, "bench"))
    settings_dir = tempfile.mkdtemp(prefix="ogg-bench-settings-")
    start = time.perf_counter()
    window = MainWindow(session, QSettings(str(Path(settings_dir) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    first_screen = time.perf_counter() - start
    rows_loaded = window.case_list.model.rowCount()
    small = [s.id for s in session.cases.summaries("", 60, 0) if s.id != 1][:50]
    start = time.perf_counter()
    window.case_view.show_case(small[0])
    app.processEvents()
    small_case = time.perf_counter() - start
    start = time.perf_counter()
    window.case_view.show_case(1)  # the case with 200 items
    app.processEvents()
    big_case = time.perf_counter() - start
    rss_before = _rss_mb()
    for case_id in small:
        window.case_view.show_case(case_id)
        app.processEvents()
    for _ in range(20):  # let lazily arriving thumbnails finish
        app.processEvents()
    rss_after = _rss_mb()
    session.close()
    shutil.rmtree(settings_dir, ignore_errors=True)
    return {"first_screen": first_screen, "rows_loaded": rows_loaded, "small_case": small_case,
            "big_case": big_case, "rss_before": rss_before, "rss_after": rss_after}


def child_cold(kind: str, path: str) -> dict[str, float]:
    """Time from the interpreter's start to the first window shown: ours (the unlock dialog, as
    ``ogg-desktop`` shows it) or a bare PySide6 window."""
    from PySide6.QtWidgets import QApplication, QWidget

    if kind == "bare":
        app = QApplication(["bare"])
        widget = QWidget()
        widget.resize(400, 200)
        widget.show()
        app.processEvents()
    else:
        from ogg_desktop.app import actor_name, make_application
        from ogg_desktop.gui.dialogs.vault_dialogs import UnlockDialog

        app = make_application(["ogg-desktop"], "nl")
        dialog = UnlockDialog(Path(path), actor_name())
        dialog.show()
        app.processEvents()
    return {"shown_at": time.time()}


def cold_start(repeats: int = 5) -> dict[str, float]:
    path = str(bigvault.ensure())
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(repeats):
        for kind, store in (("bare", bare), ("ours", ours)):
            start = time.time()
            shown = _child("cold", kind, path)["shown_at"]
            store.append(shown - start)
    return {"ours": statistics.median(ours), "bare": statistics.median(bare)}


def gui_rows(repeats: int = 3) -> dict[str, float]:
    """Each figure the median of ``repeats`` fresh processes (a first screen happens once per process)."""
    path = str(bigvault.ensure())
    runs = [_child("gui", path) for _ in range(repeats)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "gui":
        print(json.dumps(child_gui(Path(sys.argv[2]))))
    elif mode == "cold":
        print(json.dumps(child_cold(sys.argv[2], sys.argv[3])))
    else:
        raise SystemExit(f"unknown mode {mode}")
