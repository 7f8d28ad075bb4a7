"""The key file: a random raw database key, wrapped under the passphrase.

The database is keyed with 32 random bytes (SQLCipher raw key, no KDF inside SQLCipher). That key
is wrapped with AES-256-GCM under a key derived from the passphrase with Argon2id, and stored in
a small JSON file beside the vault. Changing the passphrase rewrites only this file.

The raw key itself, written as hex in groups, is the **recovery key**: it opens the vault without
the key file and with any SQLCipher tool (``PRAGMA key = "x'<64 hex digits>'"``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ogg_desktop.vault.atomic import write_atomic
from ogg_desktop.vault.errors import (
    BadRecoveryKeyError,
    KeyFileDamagedError,
    KeyFileMissingError,
    WrongPassphraseError,
)

FORMAT = "ogg-desktop-key"
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default costs about 0.4 s on a 2-core laptop (see bench/)."""

    time_cost: int = 3
    memory_kib: int = 256 * 1024
    parallelism: int = 2


DEFAULT_KDF = KdfParams()
# Tests that are not about the KDF use this to stay quick; never used by the app.
FAST_KDF_FOR_TESTS = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so a passphrase typed as NFD (macOS, some keyboards) opens what NFC created."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        normalise_passphrase(passphrase),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def _aad(self) -> bytes:
        p = self.params
        return f"{FORMAT}|1|{self.vault_id}|argon2id|{p.time_cost}|{p.memory_kib}|{p.parallelism}".encode()

    @classmethod
    def wrap(cls, raw_key: bytes, passphrase: str, params: KdfParams, vault_id: str | None = None) -> KeyFile:
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        shell = cls(vault_id or str(uuid.uuid4()), params, salt, nonce, b"")
        kek = _derive(passphrase, salt, params)
        wrapped = AESGCM(kek).encrypt(nonce, raw_key, shell._aad())
        return cls(shell.vault_id, params, salt, nonce, wrapped)

    def unwrap(self, passphrase: str) -> bytes:
        kek = _derive(passphrase, self.salt, self.params)
        try:
            raw = AESGCM(kek).decrypt(self.nonce, self.wrapped, self._aad())
        except InvalidTag:
            raise WrongPassphraseError("passphrase does not unwrap the key") from None
        if len(raw) != KEY_BYTES:
            raise KeyFileDamagedError("unwrapped key has the wrong length")
        return raw

    def to_json(self) -> bytes:
        p = self.params
        doc = {
            "format": FORMAT,
            "version": 1,
            "vault_id": self.vault_id,
            "kdf": {
                "name": "argon2id",
                "time_cost": p.time_cost,
                "memory_kib": p.memory_kib,
                "parallelism": p.parallelism,
                "salt": _b64(self.salt),
            },
            "cipher": "AES-256-GCM",
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
            "note": "Sleutelbestand van OGG Desktop. Hoort bij de kluis ernaast; bewaar het bij elke back-up.",
        }
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> KeyFile:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != FORMAT or doc.get("version") != 1:
                raise ValueError("not an OGG Desktop key file")
            kdf = doc["kdf"]
            if kdf["name"] != "argon2id":
                raise ValueError("unknown KDF")
            params = KdfParams(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"]))
            if not (1 <= params.time_cost <= 64 and 8 <= params.memory_kib <= 4 * 1024 * 1024):
                raise ValueError("KDF parameters out of range")
            return cls(
                str(doc["vault_id"]), params, _unb64(kdf["salt"]), _unb64(doc["nonce"]),
                _unb64(doc["wrapped_key"]),
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise KeyFileDamagedError("key file cannot be read") from exc

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileMissingError(str(path)) from None
        return cls.from_json(data)

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_json(), mode=0o600)


def new_raw_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def format_recovery_key(raw_key: bytes) -> str:
    """64 hex digits in groups of four, then one check group (first 2 bytes of SHA-256)."""
    digits = raw_key.hex().upper() + hashlib.sha256(raw_key).hexdigest()[:4].upper()
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accept the printed form, with or without dashes/spaces/check group, or x'…' SQL form."""
    cleaned = text.strip()
    if cleaned.lower().startswith("x'") and cleaned.endswith("'"):
        cleaned = cleaned[2:-1]
    groups = [g for g in re.split(r"[-\s]+", cleaned) if g]
    if len(groups) > 1 and len(groups) not in (16, 17):
        # Written in groups but some are missing or doubled: say so rather than "wrong key".
        raise BadRecoveryKeyError("recovery key has the wrong number of groups")
    if len(groups) == 16 and all(len(g) == 4 for g in groups) and "-" in cleaned:
        raise BadRecoveryKeyError("a group is missing: the printed key has 17 groups")
    digits = "".join(groups).upper()
    if len(digits) not in (64, 68) or any(ch not in "0123456789ABCDEF" for ch in digits):
        raise BadRecoveryKeyError("recovery key must be 64 hex digits (plus an optional check group)")
    raw = bytes.fromhex(digits[:64])
    if len(digits) == 68 and hashlib.sha256(raw).hexdigest()[:4].upper() != digits[64:]:
        raise BadRecoveryKeyError("check group does not match: a digit was mistyped")
    return raw


def has_check_group(text: str) -> bool:
    """Whether a recovery key (already accepted by ``parse_recovery_key``) was given with its check
    group, so that a typing error is ruled out."""
    cleaned = text.strip()
    if cleaned.lower().startswith("x'"):
        return False
    return len("".join(g for g in re.split(r"[-\s]+", cleaned) if g)) == 68


def sqlcipher_key_literal(raw_key: bytes) -> str:
    """The PRAGMA key value for a raw key. Never log this."""
    return f"\"x'{raw_key.hex()}'\""

