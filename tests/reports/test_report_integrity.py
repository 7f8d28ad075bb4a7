"""The file itself: the attached originals hash to the printed values and to the vault, qpdf finds
nothing wrong, the same input gives the same bytes, tampered evidence stops the build, a swapped
attachment is caught by the check, and a cancelled, failed or killed export leaves nothing behind."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ogg_desktop.reports.attachments import attachment_name
from ogg_desktop.reports.document import ReportCancelledError
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.reports.verify import NotAReportError, check_against_vault, check_report
from ogg_desktop.services.reports import EvidenceChangedError
from tests.conftest import PASSPHRASE, png_bytes
from tests.reports.conftest import GENERATED_AT, ReportCase, drawn_png
from tests.reports.pdfutil import attachments, make_report, prepared, swap_attachment, text_of, tool

ROOT = Path(__file__).resolve().parents[2]
KINDS = list(ReportKind)


def leftovers(folder: Path) -> list[str]:
    """Everything in ``folder`` but the files the test put there itself."""
    return sorted(p.name for p in folder.iterdir())


# Attachments and hashes ------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_attachments_match_the_printed_hashes_and_the_vault(report_case: ReportCase, tmp_path: Path,
                                                            kind: ReportKind) -> None:
    path = make_report(report_case, kind, tmp_path / f"{kind.value}.pdf")
    shown = report_case.items if kind != ReportKind.NOTICE else report_case.items[:1]
    files = attachments(path)
    assert sorted(files) == sorted(attachment_name(n, i.sha256, i.media_type) for n, i in enumerate(shown, 1))
    text = text_of(path)
    for number, item in enumerate(shown, 1):
        assert item.id is not None
        data = files[attachment_name(number, item.sha256, item.media_type)]
        assert hashlib.sha256(data).hexdigest() == item.sha256
        assert data == report_case.originals[item.id]  # the original bytes, not a re-encoding
        assert data == report_case.session.evidence.original_bytes(item.id)
        assert item.sha256 in text
    check = check_report(path)
    assert check.reference == report_case.case.reference
    assert check.ok
    assert all(f.printed for f in check.files)
    assert check.printed_without_file == []
    check_against_vault(check, report_case.session.vault.repos)
    assert check.vault_checked
    assert [f.in_vault for f in check.files] == [True] * len(shown)
    assert check.ok


@pytest.mark.parametrize("kind", KINDS)
def test_qpdf_check_passes(report_case: ReportCase, tmp_path: Path, kind: ReportKind) -> None:
    path = make_report(report_case, kind, tmp_path / f"{kind.value}.pdf")
    result = subprocess.run([tool("qpdf"), "--check", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


# Deterministic output ------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_deterministic_mode_gives_the_same_bytes_twice(report_case: ReportCase, tmp_path: Path,
                                                       kind: ReportKind) -> None:
    first = make_report(report_case, kind, tmp_path / "een.pdf").read_bytes()
    second = make_report(report_case, kind, tmp_path / "twee.pdf").read_bytes()
    assert first == second
    later = make_report(report_case, kind, tmp_path / "later.pdf",
                        generated_at=GENERATED_AT.replace(hour=15)).read_bytes()
    assert later != first  # the time is printed on every page


# Tampered evidence ---------------------------------------------------------------------------------

def _tamper(report_case: ReportCase, item_id: int, data: bytes) -> None:
    vault = report_case.session.vault
    with vault.transaction():
        vault.conn.execute("UPDATE evidence_blobs SET data = ? WHERE evidence_id = ?", (data, item_id))


def test_tampered_evidence_stops_the_build_and_writes_nothing(report_case: ReportCase, tmp_path: Path) -> None:
    s, case = report_case.session, report_case.case
    victim = report_case.items[1]
    assert victim.id is not None
    data = s.reports.prepare(case, ReportKind.POLICE, ReportOptions(deterministic=True), generated_at=GENERATED_AT)
    _tamper(report_case, victim.id, png_bytes(640, 360, colour="#000000"))
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(EvidenceChangedError) as raised:
        s.reports.write(data, out / "politie.pdf")
    assert raised.value.item_id == victim.id
    assert leftovers(out) == []
    assert s.reports.exports(case) == []
    assert not [e for e in s.vault.repos.audit.entries(case_ref=case.reference) if e.action == "report_exported"]


def test_check_against_vault_flags_evidence_changed_after_the_export(report_case: ReportCase,
                                                                     tmp_path: Path) -> None:
    path = make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf")
    victim = report_case.items[0]
    assert victim.id is not None
    _tamper(report_case, victim.id, png_bytes(900, 420, colour="#000000"))
    check = check_report(path)
    assert check.ok  # the PDF on its own is consistent
    check_against_vault(check, report_case.session.vault.repos)
    flagged = [f.name for f in check.files if f.in_vault is False]
    assert flagged == [attachment_name(1, victim.sha256, victim.media_type)]
    assert not check.ok


# A swapped attachment --------------------------------------------------------------------------------

def test_check_report_flags_a_swapped_attachment(report_case: ReportCase, tmp_path: Path) -> None:
    good = make_report(report_case, ReportKind.POLICE, tmp_path / "politie.pdf")
    forged = tmp_path / "vervalst.pdf"
    fake = drawn_png(640, 360, ["Iets heel anders"], "#27ae60")
    name = swap_attachment(good, forged, 1, fake)
    assert attachments(forged)[name] == fake
    check = check_report(forged)
    assert not check.ok
    by_name = {f.name: f for f in check.files}
    assert by_name[name].sha256 == hashlib.sha256(fake).hexdigest()
    assert by_name[name].printed is False
    assert [f.printed for n, f in by_name.items() if n != name] == [True, True]
    swapped = next(i for i in report_case.items if attachment_name(2, i.sha256, i.media_type) == name)
    assert check.printed_without_file == [swapped.sha256]
    check_against_vault(check, report_case.session.vault.repos)
    assert by_name[name].in_vault is False
    assert not check.ok


def test_check_report_refuses_what_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "geen.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a PDF\n")
    with pytest.raises(NotAReportError):
        check_report(path)


# Cancel, failure, kill --------------------------------------------------------------------------------

def _progress_calls(report_case: ReportCase, target: Path) -> list[tuple[int, int]]:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    report_case.session.reports.write(prepared(report_case, ReportKind.POLICE), target,
                                      progress)
    return calls


def test_progress_runs_from_zero_to_its_total(report_case: ReportCase, tmp_path: Path) -> None:
    calls = _progress_calls(report_case, tmp_path / "politie.pdf")
    total = calls[0][1]
    assert total >= len(report_case.items)
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert all(t == total for _, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.parametrize("where", ["first", "second", "middle", "last"])
def test_cancel_from_the_progress_callback_leaves_no_file(report_case: ReportCase, tmp_path: Path,
                                                          where: str) -> None:
    """Cancel at any call of the callback, from before the layout to the writing of the last original."""
    s = report_case.session
    full = _progress_calls(report_case, tmp_path / "heel.pdf")
    stop = {"first": 0, "second": 1, "middle": len(full) // 2, "last": len(full) - 1}[where]
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) <= stop

    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(ReportCancelledError):
        s.reports.write(prepared(report_case, ReportKind.POLICE), out / "politie.pdf", progress)
    assert calls == full[:stop + 1]
    assert leftovers(out) == []
    assert len(s.reports.exports(report_case.case)) == 1  # only the whole one


def test_a_missing_folder_is_an_error_and_creates_nothing(report_case: ReportCase, tmp_path: Path) -> None:
    s = report_case.session
    target = tmp_path / "bestaat-niet" / "politie.pdf"
    with pytest.raises(FileNotFoundError):
        s.reports.write(prepared(report_case, ReportKind.POLICE), target)
    assert not target.parent.exists()
    assert s.reports.exports(report_case.case) == []


def test_an_existing_file_is_replaced_whole(report_case: ReportCase, tmp_path: Path) -> None:
    target = tmp_path / "politie.pdf"
    target.write_bytes(b"old content " * 100_000)
    export = report_case.session.reports.write(prepared(report_case, ReportKind.POLICE), target)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == export.sha256
    assert check_report(target).ok
    assert leftovers(tmp_path) == ["kluis", "politie.pdf"]


PAUSE = 0.1  # seconds the child's progress callback waits after saying where it is

CHILD = """
import sys, time
from datetime import datetime
from pathlib import Path
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault

vault, reference, folder, mode, pause, passphrase = sys.argv[1:7]
session = Session.on(Vault.unlock(Path(vault), passphrase, "kind-proces"))
case = session.cases.find(reference)
data = session.reports.prepare(case, ReportKind.EMPLOYEE, ReportOptions(deterministic=True),
                               generated_at=datetime.fromisoformat("2025-03-20T14:30:00+01:00"))

def slow(done, total):
    print(f"progress {done} {total}", flush=True)
    time.sleep(float(pause))
    return True

if mode == "slow":
    session.reports.render_to(data, Path(folder) / "medewerker.pdf", slow)
    print("done", flush=True)
else:
    for n in range(10_000):
        session.reports.render_to(data, Path(folder) / f"medewerker-{n:04d}.pdf")
        print(f"wrote {n}", flush=True)
"""


def _child(vault: Path, reference: str, folder: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(vault), reference, str(folder), mode, str(PAUSE),
                             PASSPHRASE], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def _wait_for(child: subprocess.Popen[str], wanted: Callable[[str], bool], what: str, timeout: float = 60) -> str:
    """Read the child's lines until one is ``wanted``; returns it."""
    assert child.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
        if wanted(line.strip()):
            return line.strip()
    child.kill()
    _out, err = child.communicate()
    pytest.fail(f"the child never got to {what}: {lines} {err}")


def _progress(line: str) -> tuple[int, int] | None:
    parts = line.split()
    if len(parts) == 3 and parts[0] == "progress":
        return int(parts[1]), int(parts[2])
    return None


def _at(predicate: Callable[[int, int], bool]) -> Callable[[str], bool]:
    def wanted(line: str) -> bool:
        seen = _progress(line)
        return seen is not None and predicate(*seen)

    return wanted


def _big_case(report_case: ReportCase, count: int) -> None:
    """More items, so the child's build takes a while."""
    s, case = report_case.session, report_case.case
    for n in range(count):
        s.evidence.import_bytes(case, drawn_png(1200, 900, [f"Bericht {n}"] * 20, "#c0392b"),
                                method=report_case.items[0].method, title=f"Extra {n}")


def _kill(child: subprocess.Popen[str]) -> None:
    try:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()
        child.stderr.close()


def _start(report_case: ReportCase, out: Path, mode: str, extra_items: int = 0) -> subprocess.Popen[str]:
    _big_case(report_case, extra_items)
    vault_path = report_case.session.vault.path
    report_case.session.vault.close()
    out.mkdir()
    return _child(vault_path, report_case.case.reference, out, mode)


KILL_AT: dict[str, Callable[[int, int], bool]] = {
    "laying-out-items": lambda done, _total: done == 4,
    # the last calls come as the originals are written into the (still unnamed) file
    "writing": lambda done, total: done == total - 2,
}


@pytest.mark.slow
@pytest.mark.parametrize("when", list(KILL_AT))
def test_a_killed_export_leaves_no_file(report_case: ReportCase, tmp_path: Path, when: str) -> None:
    out = tmp_path / "uit"
    child = _start(report_case, out, "slow", extra_items=8)
    try:
        _wait_for(child, _at(KILL_AT[when]), when)
        assert child.poll() is None
    finally:
        _kill(child)
    assert child.returncode == -signal.SIGKILL
    assert leftovers(out) == []  # no target, no hidden .part file


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.005, 0.02, 0.035])
def test_an_export_killed_while_finishing_leaves_a_whole_file_or_none(report_case: ReportCase, tmp_path: Path,
                                                                     delay: float) -> None:
    """Killed just after the last progress call: while the last original and the cross-reference
    table are written, the file is synced and named, or just after."""
    out = tmp_path / "uit"
    child = _start(report_case, out, "slow", extra_items=8)
    try:
        _wait_for(child, _at(lambda done, total: done == total), "the last progress call")
        time.sleep(PAUSE + delay)
    finally:
        _kill(child)
    names = leftovers(out)
    assert names in ([], ["medewerker.pdf"]), names
    if names:
        assert check_report(out / "medewerker.pdf").ok


@pytest.mark.parametrize("extra_delay", [0.0, 0.013, 0.029, 0.041, 0.057])
def test_a_kill_at_any_moment_leaves_whole_files_or_none(report_case: ReportCase, tmp_path: Path,
                                                         extra_delay: float) -> None:
    """The child writes the same report again and again; it is killed at some moment, perhaps while
    a file is being written. Every file it leaves is complete (the same bytes as the first one), and
    there is no partial or hidden temporary file."""
    out = tmp_path / "uit"
    child = _start(report_case, out, "loop")
    try:
        _wait_for(child, lambda line: line == "wrote 3", "its fourth file")
        time.sleep(extra_delay)
    finally:
        _kill(child)
    names = leftovers(out)
    assert names, "nothing was written"
    assert [n for n in names if not (n.startswith("medewerker-") and n.endswith(".pdf"))] == []
    first = (out / names[0]).read_bytes()
    assert check_report(out / names[0]).ok
    for name in names[1:]:
        assert (out / name).read_bytes() == first, f"{name} is not a whole report"
