"""Opening a bundle: unwrapped with its passphrase, its database part extracted (still encrypted)
and checked before anything is used; and turning a whole-vault bundle into a new vault."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ogg_desktop.paths import keyfile_path
from ogg_desktop.vault import migrations
from ogg_desktop.vault.atomic import fsync_dir
from ogg_desktop.vault.bundle_format import (
    _CHUNK,
    BundleDamagedError,
    BundleHeader,
    BundleKind,
    BundlePassphraseError,
    BundleTooNewError,
    read_header,
)
from ogg_desktop.vault.bundle_write import _check_hashes, _remove, _write_all
from ogg_desktop.vault.connection import Connection, integrity_problems, open_keyed, transaction
from ogg_desktop.vault.driver import sqlcipher
from ogg_desktop.vault.errors import (
    DiskFullError,
    KeyFileDamagedError,
    VaultDamagedError,
    VaultExistsError,
    WrongPassphraseError,
)
from ogg_desktop.vault.keyfile import DEFAULT_KDF, KdfParams, KeyFile, new_raw_key, sqlcipher_key_literal
from ogg_desktop.vault.repositories import Repositories
from ogg_desktop.vault.schema import LATEST


@dataclass
class OpenedBundle:
    """A bundle unwrapped and checked, its database extracted (still encrypted) to a hidden file."""

    header: BundleHeader
    path: Path
    raw_key: bytes
    conn: Connection | None = None
    items_checked: int = 0

    def summaries(self) -> list[tuple[str, str, int]]:
        """(reference, title, evidence count) for each case in the bundle, oldest first."""
        assert self.conn is not None
        rows = Repositories.on(self.conn).cases.summaries(limit=1_000_000, order="reference", descending=False)
        return [(r.reference, r.title, r.evidence_count) for r in rows]

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.close()
            self.conn = None
        _remove(self.path)
        self.raw_key = b""


def _extract(path: Path, header: BundleHeader, out: Path) -> None:
    digest = hashlib.sha256()
    remaining = header.db_size
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with path.open("rb") as src:
            src.seek(header.db_offset)
            while remaining:
                chunk = src.read(min(_CHUNK, remaining))
                if not chunk:
                    break
                digest.update(chunk)
                _write_all(fd, chunk)
                remaining -= len(chunk)
    finally:
        os.close(fd)
    if remaining or digest.hexdigest() != header.db_sha256:
        raise BundleDamagedError("the database part does not match its SHA-256")


def open_bundle(path: Path, passphrase: str, workdir: Path) -> OpenedBundle:
    """Unwrap, extract to a hidden file in ``workdir``, and check everything before anything is used:
    the SHA-256 of the database part, SQLCipher's and SQLite's integrity checks, the schema version
    (older: migrated in the extracted copy; newer: refused) and every evidence item's hash.
    The caller closes the result (which removes the extracted file); ``opened_bundle`` does that."""
    header = read_header(path)
    try:
        raw = header.key.unwrap(passphrase)
    except (WrongPassphraseError, KeyFileDamagedError):
        raise BundlePassphraseError(str(path)) from None
    workdir.mkdir(parents=True, exist_ok=True, mode=0o700)
    opened = OpenedBundle(header, workdir / f".ogg-bundle-{os.getpid()}-{secrets.token_hex(4)}.opening", raw)
    try:
        try:
            _extract(path, header, opened.path)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError(str(workdir)) from exc
            raise
        try:
            opened.conn = open_keyed(opened.path, raw)
        except WrongPassphraseError:
            raise BundleDamagedError("the database part does not open with its key") from None
        try:
            version = migrations.schema_version(opened.conn)
            if version > LATEST or header.schema_version > LATEST:
                raise BundleTooNewError(f"bundle schema {version} is newer than this app ({LATEST})")
            if integrity_problems(opened.conn):
                raise BundleDamagedError("the database part did not pass its integrity checks")
            if version < LATEST:
                migrations.apply(opened.conn)
            opened.items_checked = _check_hashes(opened.conn)
        except (sqlcipher().DatabaseError, VaultDamagedError):  # too damaged for SQLite to even check
            raise BundleDamagedError("the database part cannot be read") from None
    except BaseException:
        opened.close()
        raise
    return opened


@contextlib.contextmanager
def opened_bundle(path: Path, passphrase: str, workdir: Path) -> Iterator[OpenedBundle]:
    opened = open_bundle(path, passphrase, workdir)
    try:
        yield opened
    finally:
        opened.close()


# Opening a bundle as a new vault ------------------------------------------------------------------
def adopt_as_vault(opened: OpenedBundle, new_path: Path, passphrase: str, actor: str,
                   kdf: KdfParams = DEFAULT_KDF,
                   on_ready: Callable[[Repositories], None] | None = None) -> bytes:
    """Turn an opened whole-vault bundle into the vault at ``new_path`` (with its key file), re-keyed
    with a fresh random key so the bundle's passphrase does not open it. Returns the new raw key.
    The extracted file must be in ``new_path``'s folder (it is renamed into place)."""
    assert opened.conn is not None and opened.header.kind == BundleKind.VAULT
    if opened.path.parent.resolve() != new_path.parent.resolve():
        raise ValueError("the bundle must be extracted in the new vault's folder")
    raw = new_raw_key()
    keyfile = KeyFile.wrap(raw, passphrase, kdf)
    conn = opened.conn
    repos = Repositories.on(conn)
    with transaction(conn):
        repos.meta.set("vault_id", keyfile.vault_id)
        if on_ready is not None:
            on_ready(repos)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA rekey = {sqlcipher_key_literal(raw)}")
    conn.close()
    opened.conn = None
    check = open_keyed(opened.path, raw)  # rekey can report success without doing it: reopen to confirm
    try:
        if integrity_problems(check):
            raise BundleDamagedError("the new vault did not pass its checks")
        check.execute("PRAGMA journal_mode = DELETE")
    finally:
        check.close()
    if new_path.exists():
        raise VaultExistsError(str(new_path))
    keyfile.save(keyfile_path(new_path))
    opened.path.replace(new_path)
    fsync_dir(new_path.parent)
    return raw
