"""``ogg-desktop report`` and ``ogg-desktop verify --report`` in real subprocesses, on a vault made
by the fixture (its key file carries the cheap test KDF, so unlocking is quick)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ogg_desktop.reports.verify import check_report
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reports.conftest import POLISH_NAME, PSEUDONYM, ReportCase
from tests.reports.pdfutil import swap_attachment, text_of

ROOT = Path(__file__).resolve().parents[2]
EXIT_OK, EXIT_BAD_INPUT = 0, 4


def cli(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OGG_LANG": "nl", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "ogg_desktop", "--vault", str(vault), "--passphrase-stdin", *args],
                          input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
                          check=False)


def closed(report_case: ReportCase) -> tuple[Path, str]:
    """The fixture's vault, closed so the command line can open it; and the case reference."""
    vault = report_case.session.vault
    path = vault.path
    vault.close()
    return path, report_case.case.reference


def exports_in(vault: Path, reference: str) -> list[tuple[str, str]]:
    session = Session.on(Vault.unlock(vault, PASSPHRASE, "tester"))
    try:
        case = session.cases.find(reference)
        assert case is not None
        return [(e.kind, e.sha256) for e in session.reports.exports(case)]
    finally:
        session.close()


@pytest.mark.slow
def test_report_police_writes_a_pdf_and_refuses_to_overwrite(report_case: ReportCase, tmp_path: Path) -> None:
    vault, reference = closed(report_case)
    target = tmp_path / "politie.pdf"
    result = cli(vault, "report", "police", reference, "--out", str(target), "--recipient", "Politie Utrecht")
    assert result.returncode == EXIT_OK, result.stderr
    content = target.read_bytes()
    digest = hashlib.sha256(content).hexdigest()
    assert digest in result.stdout
    assert str(target) in result.stdout
    assert check_report(target).ok
    text = text_of(target)
    assert reference in text and PSEUDONYM in text and POLISH_NAME not in text

    again = cli(vault, "report", "police", reference, "--out", str(target))
    assert again.returncode == EXIT_BAD_INPUT
    assert "--force" in again.stderr
    assert "Traceback" not in again.stderr
    assert target.read_bytes() == content
    assert exports_in(vault, reference) == [("police", digest)]

    forced = cli(vault, "report", "police", reference, "--out", str(target), "--force", "--name")
    assert forced.returncode == EXIT_OK, forced.stderr
    assert POLISH_NAME in text_of(target)
    new_digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert new_digest in forced.stdout
    assert exports_in(vault, reference) == [("police", digest), ("police", new_digest)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kluis", "politie.pdf"]


@pytest.mark.slow
def test_report_without_consent_exits_4_and_writes_nothing(session: Session, tmp_path: Path) -> None:
    case = session.cases.create("Nog geen toestemming")
    vault = session.vault.path
    session.close()
    target = tmp_path / "hr.pdf"
    result = cli(vault, "report", "hr", case.reference, "--out", str(target))
    assert result.returncode == EXIT_BAD_INPUT
    assert "toestemming" in result.stderr
    assert not target.exists()
    employee = cli(vault, "report", "employee", case.reference, "--out", str(tmp_path / "medewerker.pdf"),
                   "--report-lang", "en")
    assert employee.returncode == EXIT_OK, employee.stderr
    assert "Your case" in text_of(tmp_path / "medewerker.pdf")


@pytest.mark.slow
def test_verify_report_exits_0_for_a_good_report_and_non_zero_for_a_swapped_attachment(
        report_case: ReportCase, tmp_path: Path) -> None:
    vault, reference = closed(report_case)
    good = tmp_path / "politie.pdf"
    assert cli(vault, "report", "police", reference, "--out", str(good)).returncode == EXIT_OK
    result = cli(vault, "verify", "--report", str(good))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "AFWIJKING" not in result.stdout
    assert reference in result.stdout

    forged = tmp_path / "vervalst.pdf"
    name = swap_attachment(good, forged, 0, b"\x89PNG\r\n\x1a\n" + b"niet het origineel" * 50)
    bad = cli(vault, "verify", "--report", str(forged))
    assert bad.returncode != 0
    assert "AFWIJKING" in bad.stdout
    assert name in bad.stdout

    junk = tmp_path / "kapot.pdf"
    junk.write_bytes(b"geen pdf")
    unreadable = cli(vault, "verify", "--report", str(junk))
    assert unreadable.returncode not in (0, 1)
    assert str(junk) in unreadable.stderr
    assert "Traceback" not in unreadable.stderr
