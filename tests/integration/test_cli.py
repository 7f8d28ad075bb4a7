"""The command line end to end, in real subprocesses with the real (default) key derivation."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE, png_bytes

ROOT = Path(__file__).resolve().parents[2]
RECOVERY_KEY = re.compile(r"\b[0-9A-F]{4}(?:-[0-9A-F]{4}){16}\b")
NEW_PASSPHRASE = "paarse olifant danst op het dak"
YEAR = date.today().year
WRONG = "Wachtwoord onjuist of bestand beschadigd"


def cli(vault: Path, *args: str, stdin: str | None = PASSPHRASE + "\n", lang: str | None = None,
        env_lang: str = "nl") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OGG_LANG": env_lang, "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "ogg_desktop", "--vault", str(vault), "--passphrase-stdin"]
    if lang:
        cmd += ["--lang", lang]
    return subprocess.run([*cmd, *args], input=stdin if stdin is not None else "", capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120, check=False)


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    return result


def jpeg_bytes(colour: str = "#2980b9") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(buf, format="JPEG")
    return buf.getvalue()


def snapshot(vault: Path) -> bytes:
    return vault.read_bytes()


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    """An initialised vault (real KDF) and its recovery key stored beside it for the tests that need it."""
    path = tmp_path / "kluis" / "kluis.ogg"
    result = ok(cli(path, "init"))
    keys = RECOVERY_KEY.findall(result.stdout)
    assert len(keys) == 1
    (tmp_path / "herstelsleutel.txt").write_text(keys[0])
    return path


@pytest.fixture
def recovery_key(vault: Path) -> str:
    return (vault.parent.parent / "herstelsleutel.txt").read_text()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "bestanden"
    folder.mkdir()
    made = {
        "a.png": png_bytes(text="bericht a"),
        "b.jpg": jpeg_bytes(),
        "kapot.png": b"Dit is tekst en geen afbeelding.\n" * 5,
        "c.png": png_bytes(colour="#27ae60"),
    }
    for name, data in made.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in made}


def add_case(vault: Path, title: str = "Dreigende berichten", employee: str = "Medewerker A") -> str:
    result = ok(cli(vault, "case", "add", "--title", title, "--employee", employee))
    return result.stdout.strip()


def case_list(vault: Path) -> list[dict[str, Any]]:
    data = json.loads(ok(cli(vault, "case", "list", "--json")).stdout)
    assert isinstance(data, list)
    return data


# init ----------------------------------------------------------------------------------------------

def test_init_prints_the_recovery_key_once(tmp_path: Path) -> None:
    path = tmp_path / "nieuw" / "kluis.ogg"
    result = cli(path, "init")
    assert result.returncode == 0, result.stderr
    keys = RECOVERY_KEY.findall(result.stdout)
    assert len(keys) == 1
    assert len(keys[0].split("-")) == 17
    assert RECOVERY_KEY.search(result.stderr) is None
    assert PASSPHRASE not in result.stdout + result.stderr
    assert "HERSTELSLEUTEL" in result.stdout
    assert path.is_file()
    assert Path(f"{path}.key").is_file()
    # The recovery key really opens the vault, and so does the passphrase.
    Vault.unlock_with_recovery_key(path, keys[0], "tester").close()
    Vault.unlock(path, PASSPHRASE, "tester").close()


def test_init_on_an_existing_vault_exits_4_and_changes_nothing(vault: Path) -> None:
    before = snapshot(vault)
    result = cli(vault, "init")
    assert result.returncode == 4
    assert str(vault) in result.stderr
    assert RECOVERY_KEY.search(result.stdout + result.stderr) is None
    assert snapshot(vault) == before
    ok(cli(vault, "case", "list"))


@pytest.mark.parametrize(("weak", "message"), [
    ("kort", "minstens 10 tekens"),
    ("wachtwoord123", "komt te veel voor"),
    ("aaaaaaaaaaaa", "te makkelijk te raden"),
])
def test_init_with_a_weak_passphrase_exits_4_and_creates_no_file(tmp_path: Path, weak: str, message: str) -> None:
    path = tmp_path / "nieuw" / "kluis.ogg"
    result = cli(path, "init", stdin=weak + "\n")
    assert result.returncode == 4
    assert message in result.stderr
    assert list(tmp_path.rglob("*")) == []


# case ----------------------------------------------------------------------------------------------

def test_case_add_prints_references_and_list_json_holds_them(vault: Path) -> None:
    first = add_case(vault, "Dreigende berichten", "Medewerker A")
    second = add_case(vault, "Nepaccount", "Medewerker B")
    assert first == f"OGG-{YEAR}-0001"
    assert second == f"OGG-{YEAR}-0002"
    rows = case_list(vault)
    by_ref = {r["reference"]: r for r in rows}
    assert set(by_ref) == {first, second}
    assert by_ref[first]["title"] == "Dreigende berichten"
    assert by_ref[first]["employee"] == "Medewerker A"
    assert by_ref[first]["status"] == "open"
    assert by_ref[first]["evidence"] == 0
    assert by_ref[second]["opened_on"] == date.today().isoformat()


def test_case_list_text_has_one_line_per_case(vault: Path) -> None:
    ref = add_case(vault, "Eén titel met café")
    lines = ok(cli(vault, "case", "list")).stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].split("\t")[0] == ref
    assert lines[0].endswith("Eén titel met café")


def test_case_add_with_empty_title_exits_4(vault: Path) -> None:
    result = cli(vault, "case", "add", "--title", "  ")
    assert result.returncode == 4
    assert "Geef het dossier een titel." in result.stderr
    assert case_list(vault) == []


# evidence ------------------------------------------------------------------------------------------

def test_evidence_import_prints_id_and_sha256(vault: Path, files: dict[str, Path]) -> None:
    ref = add_case(vault)
    result = ok(cli(vault, "evidence", "import", ref, str(files["a.png"]), str(files["b.jpg"]), "--json"))
    rows = json.loads(result.stdout)
    assert [Path(r["file"]).name for r in rows] == ["a.png", "b.jpg"]
    for row, name in zip(rows, ("a.png", "b.jpg"), strict=True):
        assert row["sha256"] == hashlib.sha256(files[name].read_bytes()).hexdigest()
        assert isinstance(row["id"], int)
    assert rows[0]["id"] != rows[1]["id"]
    assert case_list(vault)[0]["evidence"] == 2


def test_evidence_import_text_output(vault: Path, files: dict[str, Path]) -> None:
    ref = add_case(vault)
    result = ok(cli(vault, "evidence", "import", ref, str(files["c.png"])))
    item_id, digest, name = result.stdout.strip().split("\t")
    assert int(item_id) > 0
    assert digest == hashlib.sha256(files["c.png"].read_bytes()).hexdigest()
    assert name == str(files["c.png"])


def test_bad_file_among_good_ones(vault: Path, files: dict[str, Path], tmp_path: Path) -> None:
    ref = add_case(vault)
    missing = tmp_path / "bestaat-niet.png"
    result = cli(vault, "evidence", "import", ref, str(files["a.png"]), str(files["kapot.png"]), str(missing),
                 str(files["c.png"]), "--json")
    assert result.returncode == 4
    assert "kapot.png" in result.stderr
    assert "geen afbeelding" in result.stderr
    assert "bestaat-niet.png" in result.stderr
    assert "a.png" not in result.stderr and "c.png" not in result.stderr
    rows = json.loads(result.stdout)
    assert [Path(r["file"]).name for r in rows] == ["a.png", "c.png"]
    assert case_list(vault)[0]["evidence"] == 2
    ok(cli(vault, "verify"))


def test_evidence_export_writes_identical_bytes(vault: Path, files: dict[str, Path], tmp_path: Path) -> None:
    ref = add_case(vault)
    rows = json.loads(ok(cli(vault, "evidence", "import", ref, str(files["a.png"]), str(files["b.jpg"]),
                             "--json")).stdout)
    for row, name in zip(rows, ("a.png", "b.jpg"), strict=True):
        out = tmp_path / f"export-{name}"
        result = ok(cli(vault, "evidence", "export", ref, str(row["id"]), "--out", str(out)))
        assert out.read_bytes() == files[name].read_bytes()
        assert row["sha256"] in result.stdout


def test_export_to_a_missing_folder_exits_4_without_traceback(vault: Path, files: dict[str, Path],
                                                              tmp_path: Path) -> None:
    ref = add_case(vault)
    rows = json.loads(ok(cli(vault, "evidence", "import", ref, str(files["a.png"]), "--json")).stdout)
    out = tmp_path / "bestaat-niet" / "export.png"
    result = cli(vault, "evidence", "export", ref, str(rows[0]["id"]), "--out", str(out))
    assert result.returncode == 4
    assert "Traceback" not in result.stderr
    assert str(out) in result.stderr
    assert not out.parent.exists()


def test_export_of_an_item_of_another_case_exits_4(vault: Path, files: dict[str, Path], tmp_path: Path) -> None:
    first = add_case(vault, "Eerste")
    second = add_case(vault, "Tweede")
    rows = json.loads(ok(cli(vault, "evidence", "import", first, str(files["a.png"]), "--json")).stdout)
    out = tmp_path / "mag-niet.png"
    result = cli(vault, "evidence", "export", second, str(rows[0]["id"]), "--out", str(out))
    assert result.returncode == 4
    assert second in result.stderr
    assert not out.exists()
    result = cli(vault, "evidence", "export", first, "9999", "--out", str(out))
    assert result.returncode == 4
    assert not out.exists()


def test_unknown_case_exits_4(vault: Path, files: dict[str, Path], tmp_path: Path) -> None:
    add_case(vault)
    result = cli(vault, "evidence", "import", "OGG-1999-0042", str(files["a.png"]))
    assert result.returncode == 4
    assert "Dossier niet gevonden: OGG-1999-0042" in result.stderr
    result = cli(vault, "evidence", "export", "OGG-1999-0042", "1", "--out", str(tmp_path / "x.png"))
    assert result.returncode == 4
    assert case_list(vault)[0]["evidence"] == 0


def test_case_can_be_named_by_lowercase_reference_or_id(vault: Path, files: dict[str, Path]) -> None:
    ref = add_case(vault)
    ok(cli(vault, "evidence", "import", ref.lower(), str(files["a.png"])))
    case_id = str(case_list(vault)[0]["id"])
    ok(cli(vault, "evidence", "import", case_id, str(files["c.png"])))
    assert case_list(vault)[0]["evidence"] == 2


# verify ----------------------------------------------------------------------------------------------

def test_verify_says_all_is_well(vault: Path, files: dict[str, Path]) -> None:
    ref = add_case(vault)
    ok(cli(vault, "evidence", "import", ref, str(files["a.png"]), str(files["b.jpg"])))
    result = ok(cli(vault, "verify"))
    assert "Alles in orde" in result.stdout
    assert "Bewijsstukken gecontroleerd: 2" in result.stdout


def test_verify_reports_a_changed_image(vault: Path, files: dict[str, Path]) -> None:
    ref = add_case(vault)
    rows = json.loads(ok(cli(vault, "evidence", "import", ref, str(files["a.png"]), "--json")).stdout)
    opened = Vault.unlock(vault, PASSPHRASE, "tester")
    try:
        opened.conn.execute("UPDATE evidence_blobs SET data = ? WHERE evidence_id = ?",
                            (png_bytes(colour="#000000"), rows[0]["id"]))
    finally:
        opened.close()
    result = cli(vault, "verify")
    assert result.returncode != 0
    assert "Alles in orde" not in result.stdout
    assert "AFWIJKING" in result.stdout
    assert rows[0]["sha256"] in result.stdout


# backup ----------------------------------------------------------------------------------------------

def test_backup_makes_an_openable_copy(vault: Path, files: dict[str, Path], tmp_path: Path) -> None:
    ref = add_case(vault)
    ok(cli(vault, "evidence", "import", ref, str(files["a.png"])))
    target = tmp_path / "backups" / "kopie.ogg"
    target.parent.mkdir()
    ok(cli(vault, "backup", "--out", str(target)))
    assert target.is_file()
    assert Path(f"{target}.key").is_file()
    copy = Vault.unlock(target, PASSPHRASE, "tester")
    try:
        case = copy.repos.cases.by_reference(ref)
        assert case is not None and case.id is not None
        items = copy.repos.evidence.for_case(case.id)
        assert len(items) == 1
        assert items[0].id is not None
        assert copy.repos.evidence.data(items[0].id) == files["a.png"].read_bytes()
    finally:
        copy.close()
    again = cli(vault, "backup", "--out", str(target))
    assert again.returncode == 4


# opening and errors ----------------------------------------------------------------------------------

def test_wrong_passphrase_exits_3_and_leaves_the_vault_unchanged(vault: Path) -> None:
    add_case(vault)
    before = snapshot(vault)
    result = cli(vault, "case", "list", stdin="verkeerd wachtwoord\n")
    assert result.returncode == 3
    assert WRONG in result.stderr
    assert result.stdout == ""
    assert snapshot(vault) == before
    ok(cli(vault, "case", "list"))


def test_missing_vault_exits_3(tmp_path: Path) -> None:
    result = cli(tmp_path / "geen.ogg", "case", "list")
    assert result.returncode == 3
    assert not (tmp_path / "geen.ogg").exists()


@pytest.mark.parametrize("args", [["case"], ["onbekend"], ["evidence"], ["evidence", "import", "OGG-1"],
                                  ["case", "add"], ["evidence", "export", "OGG-1", "geen-getal", "--out", "x"]])
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    result = cli(tmp_path / "kluis.ogg", *args)
    assert result.returncode == 2
    assert list(tmp_path.iterdir()) == []  # argparse refuses before anything is opened
    assert "usage" in result.stderr.lower() or "gebruik" in result.stderr.lower()


def test_no_passphrase_on_stdin_exits_2(vault: Path) -> None:
    result = cli(vault, "case", "list", stdin="")
    assert result.returncode == 2
    assert "standaardinvoer" in result.stderr


def test_no_secret_is_printed_by_ordinary_commands(vault: Path, recovery_key: str, files: dict[str, Path],
                                                  tmp_path: Path) -> None:
    ref = add_case(vault)
    outputs = [
        cli(vault, "case", "list", "--json"),
        cli(vault, "evidence", "import", ref, str(files["a.png"])),
        cli(vault, "verify"),
        cli(vault, "backup", "--out", str(tmp_path / "b.ogg")),
    ]
    for result in outputs:
        text = result.stdout + result.stderr
        assert PASSPHRASE not in text
        assert recovery_key not in text
        assert RECOVERY_KEY.search(text) is None


# passphrase and recovery -----------------------------------------------------------------------------

def test_passphrase_change(vault: Path) -> None:
    ref = add_case(vault)
    result = ok(cli(vault, "passphrase", stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n"))
    assert NEW_PASSPHRASE not in result.stdout + result.stderr
    old = cli(vault, "case", "list")
    assert old.returncode == 3
    assert WRONG in old.stderr
    new = ok(cli(vault, "case", "list", "--json", stdin=NEW_PASSPHRASE + "\n"))
    assert [r["reference"] for r in json.loads(new.stdout)] == [ref]


def test_passphrase_change_with_wrong_old_passphrase_exits_3(vault: Path) -> None:
    result = cli(vault, "passphrase", stdin=f"fout fout fout\n{NEW_PASSPHRASE}\n")
    assert result.returncode == 3
    ok(cli(vault, "case", "list"))
    assert cli(vault, "case", "list", stdin=NEW_PASSPHRASE + "\n").returncode == 3


def test_passphrase_change_to_a_weak_one_exits_4(vault: Path) -> None:
    result = cli(vault, "passphrase", stdin=f"{PASSPHRASE}\nwachtwoord123\n")
    assert result.returncode == 4
    ok(cli(vault, "case", "list"))


def test_recover_sets_a_new_passphrase(vault: Path, recovery_key: str) -> None:
    ref = add_case(vault)
    result = ok(cli(vault, "recover", stdin=f"{recovery_key}\n{NEW_PASSPHRASE}\n"))
    assert recovery_key not in result.stdout + result.stderr
    assert cli(vault, "case", "list").returncode == 3
    rows = json.loads(ok(cli(vault, "case", "list", "--json", stdin=NEW_PASSPHRASE + "\n")).stdout)
    assert [r["reference"] for r in rows] == [ref]


def test_recover_works_without_dashes_and_in_lowercase(vault: Path, recovery_key: str) -> None:
    typed = recovery_key.replace("-", " ").lower()
    ok(cli(vault, "recover", stdin=f"{typed}\n{NEW_PASSPHRASE}\n"))
    ok(cli(vault, "case", "list", stdin=NEW_PASSPHRASE + "\n"))


def test_recover_with_a_bad_key_exits_3(vault: Path, recovery_key: str) -> None:
    mistyped = ("0" if recovery_key[0] != "0" else "1") + recovery_key[1:]
    result = cli(vault, "recover", stdin=f"{mistyped}\n{NEW_PASSPHRASE}\n")
    assert result.returncode == 3
    garbage = cli(vault, "recover", stdin=f"geen sleutel\n{NEW_PASSPHRASE}\n")
    assert garbage.returncode == 3
    assert "herstelsleutel" in garbage.stderr.lower()
    ok(cli(vault, "case", "list"))


# language --------------------------------------------------------------------------------------------

def test_english_messages(vault: Path) -> None:
    if not (ROOT / "resources" / "i18n" / "ogg_desktop_en.qm").exists():
        pytest.skip("English translations not built yet")
    result = cli(vault, "case", "list", stdin="verkeerd wachtwoord\n", lang="en")
    assert result.returncode == 3
    assert WRONG not in result.stderr
    assert "passphrase" in result.stderr.lower() or "password" in result.stderr.lower()
    verify = ok(cli(vault, "verify", lang="en"))
    assert "Alles in orde" not in verify.stdout
