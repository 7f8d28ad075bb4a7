"""The bundle file format: its kinds, its errors, and the header (see ``bundle`` for the layout).

The header holds no case content; its wrapped key is bound to every other header field and the
database part's SHA-256, so ``read_header`` finds a changed byte before anything is unwrapped.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ogg_desktop.vault.errors import KeyFileDamagedError, VaultError
from ogg_desktop.vault.keyfile import KeyFile

MAGIC = b"OGGBUNDLE1"
FORMAT = "ogg-desktop-bundle"
VERSION = 1
SUFFIX = ".oggbundle"
_PREFIX_LEN = len(MAGIC) + 1 + 8 + 1  # magic, space, 8 hex digits, newline
_MAX_HEADER = 64 * 1024
_CHUNK = 1024 * 1024


class BundleKind(StrEnum):
    CASE = "case"
    VAULT = "vault"


# Errors ---------------------------------------------------------------------------------------
class BundleError(VaultError):
    code = "bundle_error"


class NotABundleError(BundleError):
    code = "not_a_bundle"


class BundleDamagedError(BundleError):
    """The file was changed or cut short since it was made (a byte flipped, a truncated copy)."""

    code = "bundle_damaged"


class BundlePassphraseError(BundleError):
    """Wrong bundle passphrase, or a damaged wrapped key: the two cannot be told apart."""

    code = "bundle_wrong_passphrase"


class BundleTooNewError(BundleError):
    code = "bundle_too_new"


class BundleHashMismatchError(BundleError):
    code = "bundle_hash_mismatch"

    def __init__(self, item_id: int) -> None:
        super().__init__(f"evidence item {item_id} does not match its SHA-256")
        self.item_id = item_id


class BundleTargetExistsError(BundleError):
    code = "bundle_target_exists"


# The header -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class BundleHeader:
    kind: BundleKind
    created_at: str
    schema_version: int
    app_version: str
    db_size: int
    db_sha256: str
    key: KeyFile
    db_offset: int = 0

    def _bound(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": VERSION, "kind": self.kind.value, "created_at": self.created_at,
            "schema_version": self.schema_version, "app_version": self.app_version,
            "db_size": self.db_size, "db_sha256": self.db_sha256,
        }

    def binding(self) -> str:
        """What the wrapped key's authenticated ``vault_id`` must be for this header and database."""
        canonical = json.dumps(self._bound(), sort_keys=True, separators=(",", ":")).encode()
        return "bundle:" + hashlib.sha256(canonical).hexdigest()

    def to_bytes(self) -> bytes:
        doc = self._bound()
        doc["key"] = json.loads(self.key.to_json())
        doc["note"] = ("Overdrachtsbundel van OGG Desktop: versleuteld, opent alleen met het wachtwoord "
                       "van de bundel (ogg-desktop handover import / open).")
        body = json.dumps(doc, sort_keys=True).encode("utf-8")
        return MAGIC + b" " + f"{len(body):08x}".encode() + b"\n" + body + b"\n"


def read_header(path: Path) -> BundleHeader:
    """Read and check the header; needs no passphrase. Raises NotABundleError or BundleDamagedError."""
    with path.open("rb") as fh:
        prefix = fh.read(_PREFIX_LEN)
        if not prefix.startswith(MAGIC):
            raise NotABundleError(str(path))
        try:
            if prefix[len(MAGIC):len(MAGIC) + 1] != b" " or prefix[-1:] != b"\n":
                raise ValueError("bad prefix")
            length = int(prefix[len(MAGIC) + 1:-1].decode("ascii"), 16)
            if not 0 < length <= _MAX_HEADER:
                raise ValueError("header length out of range")
            body = fh.read(length + 1)
            if len(body) != length + 1 or body[-1:] != b"\n":
                raise ValueError("header cut short")
            doc = json.loads(body[:-1].decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise ValueError("not a bundle header")
            header = BundleHeader(
                kind=BundleKind(doc["kind"]),
                created_at=str(doc["created_at"]),
                schema_version=int(doc["schema_version"]),
                app_version=str(doc["app_version"]),
                db_size=int(doc["db_size"]),
                db_sha256=str(doc["db_sha256"]),
                key=KeyFile.from_json(json.dumps(doc["key"]).encode()),
                db_offset=_PREFIX_LEN + length + 1,
            )
            if int(doc.get("version", 0)) != VERSION:
                raise ValueError("unknown bundle version")
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, KeyFileDamagedError) as exc:
            raise BundleDamagedError("the bundle header cannot be read") from exc
        size = os.fstat(fh.fileno()).st_size
    if size != header.db_offset + header.db_size or header.key.vault_id != header.binding():
        raise BundleDamagedError("the bundle does not match its header")
    return header

