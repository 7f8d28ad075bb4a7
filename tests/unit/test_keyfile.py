"""The key file and the recovery key: the passphrase wraps a random raw key; the recovery key is that
raw key, readable, and opens the vault without the key file and with any SQLCipher tool."""

from __future__ import annotations

import base64
import json
import os
import secrets
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from ogg_desktop.paths import keyfile_path
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import (
    BadRecoveryKeyError,
    KeyFileDamagedError,
    KeyFileMissingError,
    VaultDamagedError,
    WrongPassphraseError,
)
from ogg_desktop.vault.keyfile import (
    FAST_KDF_FOR_TESTS,
    KeyFile,
    format_recovery_key,
    new_raw_key,
    parse_recovery_key,
)
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "een heel ander wachtwoord 2026"


def _hex_digits(recovery: str) -> str:
    return recovery.replace("-", "")


def _closed(new_vault: tuple[Vault, str], title: str = "Dossier met herstelsleutel") -> str:
    vault, recovery = new_vault
    Session.on(vault).cases.create(title)
    vault.close()
    return recovery


def _titles(vault: Vault) -> list[str]:
    return [s.title for s in vault.repos.cases.summaries()]


# Pure key-file behaviour -------------------------------------------------------------------

def test_recovery_key_format_and_parse_round_trip() -> None:
    raw = new_raw_key()
    text = format_recovery_key(raw)
    groups = text.split("-")
    assert len(groups) == 17 and all(len(g) == 4 for g in groups)
    assert _hex_digits(text)[:64] == raw.hex().upper()
    assert parse_recovery_key(text) == raw


@pytest.mark.parametrize("variant", [
    lambda t: t.lower(),
    lambda t: t.replace("-", " "),
    lambda t: t.replace("-", ""),
    lambda t: "  " + t.replace("-", " - ").lower() + "\n",
    lambda t: t.replace("-", "")[:64],  # without the check group
    lambda t: "x'" + t.replace("-", "")[:64].lower() + "'",  # the SQL form
])
def test_recovery_key_accepts_dashes_spaces_and_lowercase(variant: Callable[[str], str]) -> None:
    raw = new_raw_key()
    assert parse_recovery_key(variant(format_recovery_key(raw))) == raw


def _mistype(text: str, position: int) -> str:
    ch = text[position]
    replacement = "0" if ch != "0" else "1"
    return text[:position] + replacement + text[position + 1:]


def test_mistyped_recovery_key_is_refused_by_its_check_group() -> None:
    text = format_recovery_key(new_raw_key())
    with pytest.raises(BadRecoveryKeyError):
        parse_recovery_key(_mistype(text, len(text) - 1))  # in the check group
    with pytest.raises(BadRecoveryKeyError):
        parse_recovery_key(_mistype(text, 5))  # in the key itself
    with pytest.raises(BadRecoveryKeyError):
        parse_recovery_key(text[:-1])  # a digit left out
    with pytest.raises(BadRecoveryKeyError):
        parse_recovery_key(text[:-10])  # the last two groups left out
    with pytest.raises(BadRecoveryKeyError):
        parse_recovery_key(text.replace("A", "G").replace("0", "O") + "-ZZZZ")
    with pytest.raises(BadRecoveryKeyError):
        parse_recovery_key("")


def test_key_file_wraps_and_unwraps_and_holds_no_secret(tmp_path: Path) -> None:
    raw = new_raw_key()
    kf = KeyFile.wrap(raw, PASSPHRASE, FAST_KDF_FOR_TESTS)
    path = tmp_path / "k.key"
    kf.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_bytes()
    for secret in (raw.hex().encode(), raw.hex().upper().encode(), base64.b64encode(raw), raw,
                   PASSPHRASE.encode()):
        assert secret not in text
    loaded = KeyFile.load(path)
    assert loaded == kf
    assert loaded.unwrap(PASSPHRASE) == raw
    with pytest.raises(WrongPassphraseError):
        loaded.unwrap(PASSPHRASE + " ")
    # NFC and NFD forms of one passphrase unwrap the same key.
    kf2 = KeyFile.wrap(raw, unicodedata.normalize("NFD", "crème brûlée"), FAST_KDF_FOR_TESTS)
    assert kf2.unwrap(unicodedata.normalize("NFC", "crème brûlée")) == raw


def test_key_file_parameters_are_authenticated(tmp_path: Path) -> None:
    """Lowering the stored KDF cost (to speed up guessing) breaks the key file instead."""
    raw = new_raw_key()
    doc = json.loads(KeyFile.wrap(raw, PASSPHRASE, FAST_KDF_FOR_TESTS).to_json())
    doc["kdf"]["time_cost"] = doc["kdf"]["time_cost"] + 1
    tampered = KeyFile.from_json(json.dumps(doc).encode())
    with pytest.raises(WrongPassphraseError):
        tampered.unwrap(PASSPHRASE)


@pytest.mark.parametrize("content", [
    b"", b"not json", b"{}", b'{"format": "ogg-desktop-key", "version": 2}',
    b'{"format": "ogg-desktop-key", "version": 1, "vault_id": "x", "kdf": {"name": "scrypt"}}',
])
def test_damaged_key_file_is_named_as_damaged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "k.key"
    path.write_bytes(content)
    with pytest.raises(KeyFileDamagedError):
        KeyFile.load(path)


def test_missing_key_file_is_named_as_missing(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    _closed(new_vault)
    keyfile_path(vault_path).unlink()
    with pytest.raises(KeyFileMissingError):
        Vault.unlock(vault_path, PASSPHRASE, "tester")


# Recovery key on a real vault --------------------------------------------------------------

def test_recovery_key_opens_the_vault(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    recovery = _closed(new_vault)
    vault = Vault.unlock_with_recovery_key(vault_path, recovery, "tester")
    try:
        assert _titles(vault) == ["Dossier met herstelsleutel"]
        assert vault.repos.audit.entries()[-1].action == "unlock_recovery_key"
    finally:
        vault.close()


def test_recovery_key_opens_the_vault_without_its_key_file(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    recovery = _closed(new_vault)
    keyfile_path(vault_path).unlink()
    # Typed sloppily: lowercase, spaces instead of dashes.
    vault = Vault.unlock_with_recovery_key(vault_path, recovery.lower().replace("-", " "), "tester")
    try:
        assert _titles(vault) == ["Dossier met herstelsleutel"]
        assert vault.integrity_problems() == []
    finally:
        vault.close()


def test_recovery_key_opens_the_file_with_plain_sqlcipher_no_lock_in(
    new_vault: tuple[Vault, str], vault_path: Path
) -> None:
    recovery = _closed(new_vault)
    hex_key = _hex_digits(recovery)[:64]
    conn = sqlcipher3.connect(str(vault_path))
    try:
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        rows = conn.execute("SELECT title FROM cases").fetchall()
        assert rows == [("Dossier met herstelsleutel",)]
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        conn.close()
    # ... and a different key does not.
    conn = sqlcipher3.connect(str(vault_path))
    try:
        conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT title FROM cases").fetchall()
    finally:
        conn.close()


def test_mistyped_recovery_key_on_a_vault_is_refused_and_changes_nothing(
    new_vault: tuple[Vault, str], vault_path: Path
) -> None:
    recovery = _closed(new_vault)
    before = vault_path.read_bytes()
    with pytest.raises(BadRecoveryKeyError):
        Vault.unlock_with_recovery_key(vault_path, _mistype(recovery, len(recovery) - 2), "tester")
    # A well-formed key for another vault: wrong key, not a parse error.
    with pytest.raises(WrongPassphraseError):
        Vault.unlock_with_recovery_key(vault_path, format_recovery_key(new_raw_key()), "tester")
    assert vault_path.read_bytes() == before
    assert not Path(f"{vault_path}-wal").exists()


def test_change_passphrase(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, recovery = new_vault
    Session.on(vault).cases.create("Dossier")
    keyfile_before = keyfile_path(vault_path).read_bytes()
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase("niet het huidige wachtwoord", NEW_PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    assert keyfile_path(vault_path).read_bytes() == keyfile_before
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    assert keyfile_path(vault_path).read_bytes() != keyfile_before
    assert stat.S_IMODE(keyfile_path(vault_path).stat().st_mode) == 0o600
    assert vault.repos.audit.entries()[-1].action == "passphrase_changed"
    vault.close()

    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_path, PASSPHRASE, "tester")
    with_new = Vault.unlock(vault_path, NEW_PASSPHRASE, "tester")
    assert _titles(with_new) == ["Dossier"]
    with_new.close()
    with_recovery = Vault.unlock_with_recovery_key(vault_path, recovery, "tester")
    assert _titles(with_recovery) == ["Dossier"]
    with_recovery.close()
    # The vault file itself was not re-encrypted: the recovery key still opens it with plain SQLCipher.
    conn = sqlcipher3.connect(str(vault_path))
    try:
        conn.execute(f"PRAGMA key = \"x'{_hex_digits(recovery)[:64]}'\"")
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    finally:
        conn.close()


def test_set_passphrase_after_recovery(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    recovery = _closed(new_vault)
    keyfile_path(vault_path).unlink()  # the passphrase and its key file are lost
    vault = Vault.unlock_with_recovery_key(vault_path, recovery, "tester")
    vault_id = vault.repos.meta.get("vault_id")
    vault.set_passphrase_after_recovery(NEW_PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    assert vault.repos.audit.entries()[-1].action == "passphrase_reset_with_recovery_key"
    vault.close()

    assert keyfile_path(vault_path).exists()
    assert KeyFile.load(keyfile_path(vault_path)).vault_id == vault_id
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_path, PASSPHRASE, "tester")
    reopened = Vault.unlock(vault_path, NEW_PASSPHRASE, "tester")
    try:
        assert _titles(reopened) == ["Dossier met herstelsleutel"]
        assert reopened.repos.audit.verify().ok
    finally:
        reopened.close()


def test_key_file_of_another_vault_does_not_open_this_one(tmp_path: Path) -> None:
    a, _ = Vault.create(tmp_path / "a" / "kluis.ogg", PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    b, _ = Vault.create(tmp_path / "b" / "kluis.ogg", PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    a.close()
    b.close()
    os.replace(keyfile_path(tmp_path / "a" / "kluis.ogg"), keyfile_path(tmp_path / "b" / "kluis.ogg"))
    before = (tmp_path / "b" / "kluis.ogg").read_bytes()
    with pytest.raises(VaultDamagedError):
        Vault.unlock(tmp_path / "b" / "kluis.ogg", PASSPHRASE, "tester")
    assert (tmp_path / "b" / "kluis.ogg").read_bytes() == before


def test_recovery_key_with_a_group_left_out_says_so() -> None:
    groups = format_recovery_key(secrets.token_bytes(32)).split("-")
    with pytest.raises(BadRecoveryKeyError, match="missing"):
        parse_recovery_key("-".join(groups[:5] + groups[6:]))  # 16 groups: one skipped while typing
    with pytest.raises(BadRecoveryKeyError, match="number of groups"):
        parse_recovery_key("-".join(groups[:10]))
