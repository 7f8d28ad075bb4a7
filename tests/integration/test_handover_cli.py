"""``ogg-desktop handover export|import|open`` and ``ogg-desktop restore`` end to end, in real subprocesses.

The vaults are made with cheap Argon2id parameters (stored in their key files) to keep this quick;
the bundles the CLI writes use the app's real default cost.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from ogg_desktop.paths import keyfile_path
from ogg_desktop.services.session import Session
from ogg_desktop.vault.bundle import read_header
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.handover_helpers import (
    BUNDLE_PASSPHRASE,
    canary_forms,
    case_content,
    fill_case,
    hidden_leftovers,
    new_canary,
    table_dump,
)

ROOT = Path(__file__).resolve().parents[2]
RECOVERY_KEY = re.compile(r"\b[0-9A-F]{4}(?:-[0-9A-F]{4}){16}\b")
SUCCESSOR = "zeven groene kikkers op een rij"


def cli(*args: str, stdin: str = "", vault: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OGG_LANG": "nl", "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "ogg_desktop", "--passphrase-stdin"]
    if vault is not None:
        cmd += ["--vault", str(vault)]
    return subprocess.run([*cmd, *args], input=stdin, capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=180, check=False)


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    return result


def lines(*secrets: str) -> str:
    return "".join(f"{s}\n" for s in secrets)


OPENED = date.today() - timedelta(days=5)  # fill_case opens its cases on this day
YEAR = OPENED.year


@pytest.fixture
def predecessor(tmp_path: Path) -> tuple[Path, list[str]]:
    """A vault with two filled cases (OGG-<year>-0001 and -0002); returns its path and their markers."""
    path = tmp_path / "voorganger" / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "voorganger", kdf=FAST_KDF_FOR_TESTS)
    markers = [new_canary(), new_canary()]
    session = Session.on(vault)
    references = [fill_case(session, marker).reference for marker in markers]
    vault.close()
    assert references == [f"OGG-{YEAR}-0001", f"OGG-{YEAR}-0002"]
    return path, markers


@pytest.fixture
def successor(tmp_path: Path) -> Path:
    path = tmp_path / "opvolger" / "kluis.ogg"
    vault, _ = Vault.create(path, PASSPHRASE, "opvolger", kdf=FAST_KDF_FOR_TESTS)
    Session.on(vault).cases.create("Eigen dossier van de opvolger", opened_on=OPENED)  # OGG-<year>-0001 here too
    vault.close()
    return path


def _contents(path: Path) -> dict[str, object]:
    """What each filled case holds, by title (the predecessor's and the successor's ids differ)."""
    vault = Vault.unlock(path, PASSPHRASE, "test")
    try:
        session = Session.on(vault)
        contents: dict[str, object] = {}
        for row in session.cases.summaries():
            case = session.cases.get(row.id)
            if case is not None and case.title.startswith("Dossier "):
                contents[case.title] = case_content(session, case)
        return contents
    finally:
        vault.close()


def test_export_one_case_and_import_it_on_another_laptop(predecessor: tuple[Path, list[str]], successor: Path,
                                                         tmp_path: Path) -> None:
    path, markers = predecessor
    bundle = tmp_path / "stick" / "overdracht.oggbundle"
    bundle.parent.mkdir()
    result = ok(cli("handover", "export", "--case", f"OGG-{YEAR}-0002", "--out", str(bundle),
                    stdin=lines(PASSPHRASE, BUNDLE_PASSPHRASE, BUNDLE_PASSPHRASE), vault=path))
    assert "Bundel gemaakt en gecontroleerd" in result.stdout and "dossiers: 1" in result.stdout
    for out in (result.stdout, result.stderr):
        assert PASSPHRASE not in out and BUNDLE_PASSPHRASE not in out
    assert sorted(p.name for p in bundle.parent.iterdir()) == ["overdracht.oggbundle"]
    assert not any(form in bundle.read_bytes() for m in markers for form in canary_forms(m))
    assert read_header(bundle).key.params.memory_kib == 256 * 1024  # the app's real Argon2id cost

    result = ok(cli("handover", "import", str(bundle), stdin=lines(PASSPHRASE, BUNDLE_PASSPHRASE), vault=successor))
    # The predecessor's OGG-…-0002 does not exist here yet: it keeps its reference.
    assert f"OGG-{YEAR}-0002\tDossier {markers[1]}" in result.stdout
    assert "Overgenomen: 1 dossier(s), 3 bewijsstuk(ken)" in result.stdout
    theirs, mine = _contents(path), _contents(successor)
    assert list(mine) == [f"Dossier {markers[1]}"]
    assert mine[f"Dossier {markers[1]}"] == theirs[f"Dossier {markers[1]}"]


def test_export_all_then_import_renames_a_reference_that_exists(predecessor: tuple[Path, list[str]],
                                                                 successor: Path, tmp_path: Path) -> None:
    path, _markers = predecessor
    bundle = tmp_path / "alles.oggbundle"
    ok(cli("handover", "export", "--all", "--out", str(bundle),
           stdin=lines(PASSPHRASE, BUNDLE_PASSPHRASE, BUNDLE_PASSPHRASE), vault=path))
    result = ok(cli("handover", "import", str(bundle), stdin=lines(PASSPHRASE, BUNDLE_PASSPHRASE), vault=successor))
    year = YEAR
    assert f"OGG-{year}-0001 → OGG-{year}-0003 (dit kenmerk bestond al in deze kluis)" in result.stdout
    assert "Overgenomen: 2 dossier(s), 6 bewijsstuk(ken)" in result.stdout
    assert _contents(successor) == _contents(path)


def test_open_a_whole_vault_bundle_as_the_successors_new_vault(predecessor: tuple[Path, list[str]],
                                                               tmp_path: Path) -> None:
    path, markers = predecessor
    bundle = tmp_path / "alles.oggbundle"
    ok(cli("handover", "export", "--all", "--out", str(bundle),
           stdin=lines(PASSPHRASE, BUNDLE_PASSPHRASE, BUNDLE_PASSPHRASE), vault=path))
    new_path = tmp_path / "nieuwe-laptop" / "kluis.ogg"
    result = ok(cli("handover", "open", str(bundle), "--vault", str(new_path), stdin=lines(BUNDLE_PASSPHRASE,
                                                                                              SUCCESSOR)))
    assert "Kluis gemaakt" in result.stdout and "dossiers: 2" in result.stdout
    keys = RECOVERY_KEY.findall(result.stdout)
    assert len(keys) == 1  # shown once, for the new vault
    assert SUCCESSOR not in result.stdout + result.stderr
    result = ok(cli("case", "list", stdin=lines(SUCCESSOR), vault=new_path))
    assert f"Dossier {markers[0]}" in result.stdout and f"Dossier {markers[1]}" in result.stdout
    assert cli("case", "list", stdin=lines(BUNDLE_PASSPHRASE), vault=new_path).returncode == 3
    # Opening again onto an existing vault is refused; nothing is overwritten.
    before = new_path.read_bytes()
    result = cli("handover", "open", str(bundle), "--vault", str(new_path), stdin=lines(BUNDLE_PASSPHRASE,
                                                                                        SUCCESSOR))
    assert result.returncode == 4 and "staat al een kluis" in result.stderr
    assert new_path.read_bytes() == before


def test_bad_bundle_input_gets_a_clear_message_and_changes_nothing(predecessor: tuple[Path, list[str]],
                                                                   successor: Path, tmp_path: Path) -> None:
    path, _markers = predecessor
    bundle = tmp_path / "een.oggbundle"
    # Two different bundle passphrases, and a weak one: refused before anything is written.
    result = cli("handover", "export", "--case", f"OGG-{YEAR}-0001", "--out", str(bundle),
                 stdin=lines(PASSPHRASE, BUNDLE_PASSPHRASE, BUNDLE_PASSPHRASE + "x"), vault=path)
    assert result.returncode == 4 and "niet gelijk" in result.stderr
    result = cli("handover", "export", "--case", f"OGG-{YEAR}-0001", "--out", str(bundle),
                 stdin=lines(PASSPHRASE, "welkom01", "welkom01"), vault=path)
    assert result.returncode == 4 and not bundle.exists()
    result = cli("handover", "export", "--case", "OGG-1999-0042", "--out", str(bundle),
                 stdin=lines(PASSPHRASE, BUNDLE_PASSPHRASE, BUNDLE_PASSPHRASE), vault=path)
    assert result.returncode == 4 and "Dossier niet gevonden" in result.stderr and not bundle.exists()
    ok(cli("handover", "export", "--case", f"OGG-{YEAR}-0001", "--out", str(bundle),
           stdin=lines(PASSPHRASE, BUNDLE_PASSPHRASE, BUNDLE_PASSPHRASE), vault=path))
    result = cli("handover", "export", "--all", "--out", str(bundle),
                 stdin=lines(PASSPHRASE, BUNDLE_PASSPHRASE, BUNDLE_PASSPHRASE), vault=path)
    assert result.returncode == 4 and "bestaat al" in result.stderr

    before = _dump(successor)
    result = cli("handover", "import", str(bundle), stdin=lines(PASSPHRASE, "verkeerd verkeerd"), vault=successor)
    assert result.returncode == 3
    assert "Het wachtwoord van de bundel klopt niet, of de bundel is beschadigd." in result.stderr
    data = bytearray(bundle.read_bytes())
    data[-100] ^= 0xFF
    bundle.write_bytes(bytes(data))
    result = cli("handover", "import", str(bundle), stdin=lines(PASSPHRASE, BUNDLE_PASSPHRASE), vault=successor)
    assert result.returncode == 3 and "beschadigd of gewijzigd" in result.stderr
    not_a_bundle = tmp_path / "foto.png"
    not_a_bundle.write_bytes(b"\x89PNG\r\n\x1a\n")
    result = cli("handover", "import", str(not_a_bundle), stdin=lines(PASSPHRASE, BUNDLE_PASSPHRASE),
                 vault=successor)
    assert result.returncode == 4 and "geen overdrachtsbundel" in result.stderr
    after = _dump(successor)
    # Only the unlock/lock entries of those attempts were added to the log; every other row is the same.
    assert {k: v for k, v in after.items() if k not in ("audit", "meta")} == \
        {k: v for k, v in before.items() if k not in ("audit", "meta")}
    assert not any(str(e[3]).startswith("bundle_") for e in after["audit"])
    assert hidden_leftovers(successor.parent) == []


def test_restore_from_a_backup_on_the_command_line(predecessor: tuple[Path, list[str]], tmp_path: Path) -> None:
    path, _markers = predecessor
    backup = tmp_path / "stick" / "kopie.ogg"
    backup.parent.mkdir()
    ok(cli("backup", "--out", str(backup), stdin=lines(PASSPHRASE), vault=path))
    ok(cli("case", "add", "--title", "Na de back-up", stdin=lines(PASSPHRASE), vault=path))
    assert "Na de back-up" in ok(cli("case", "list", stdin=lines(PASSPHRASE), vault=path)).stdout

    # Not confirmed: nothing changes.
    before = path.read_bytes()
    result = cli("restore", "--from", str(backup), stdin=lines(PASSPHRASE, "nee"), vault=path)
    assert result.returncode == 1 and "Niets gewijzigd" in result.stdout
    assert path.read_bytes() == before and hidden_leftovers(path.parent) == []
    # The wrong passphrase, and a backup without its key file: clear messages, nothing changes.
    result = cli("restore", "--from", str(backup), stdin=lines("niet het wachtwoord", "j"), vault=path)
    assert result.returncode == 3 and "wachtwoord dat gold toen de back-up werd gemaakt" in result.stderr
    keyfile_path(backup).rename(tmp_path / "weg.key")
    result = cli("restore", "--from", str(backup), stdin=lines(PASSPHRASE, "j"), vault=path)
    assert result.returncode == 4 and "sleutelbestand van de back-up ontbreekt" in result.stderr
    (tmp_path / "weg.key").rename(keyfile_path(backup))
    assert path.read_bytes() == before

    result = ok(cli("restore", "--from", str(backup), stdin=lines(PASSPHRASE, "j"), vault=path))
    assert "Back-up teruggezet" in result.stdout and "before-restore-" in result.stdout
    listing = ok(cli("case", "list", stdin=lines(PASSPHRASE), vault=path)).stdout
    assert "Na de back-up" not in listing and len(listing.strip().splitlines()) == 2
    kept = [p for p in path.parent.iterdir() if p.name.startswith("kluis.ogg.before-restore-")]
    assert sorted(p.suffix == ".key" for p in kept) == [False, True]
    aside = next(p for p in kept if p.suffix != ".key")
    assert "Na de back-up" in ok(cli("case", "list", stdin=lines(PASSPHRASE), vault=aside)).stdout


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    vault = Vault.unlock(path, PASSPHRASE, "test")
    try:
        return table_dump(vault.conn)
    finally:
        vault.close()
