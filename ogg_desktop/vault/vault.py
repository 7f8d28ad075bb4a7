"""The vault: one SQLCipher 4 file plus its key file. Create, unlock, change passphrase, back up."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from pathlib import Path

from ogg_desktop import __version__
from ogg_desktop.domain.clock import utc_iso
from ogg_desktop.paths import failed_attempts_path, keyfile_path
from ogg_desktop.vault import migrations
from ogg_desktop.vault.backup import backup_to
from ogg_desktop.vault.connection import Connection, integrity_problems, is_disk_full, open_keyed, transaction
from ogg_desktop.vault.driver import sqlcipher
from ogg_desktop.vault.errors import (
    DiskFullError,
    KeyFileDamagedError,
    KeyFileMissingError,
    RecoveryKeyMismatchError,
    VaultDamagedError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from ogg_desktop.vault.keyfile import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    format_recovery_key,
    has_check_group,
    new_raw_key,
    parse_recovery_key,
)
from ogg_desktop.vault.repositories import Repositories
from ogg_desktop.vault.schema import LATEST


def vault_exists(path: Path) -> bool:
    return path.exists()


def record_failed_attempt(path: Path, via: str) -> None:
    """A failed unlock cannot be written into the (locked, untouched) vault; it is noted beside it
    (a time stamp, nothing else) and moved into the audit log at the next successful unlock."""
    with contextlib.suppress(OSError), failed_attempts_path(path).open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"at": utc_iso(), "via": via}) + "\n")


def _take_failed_attempts(path: Path) -> list[dict[str, str]]:
    attempts_file = failed_attempts_path(path)
    try:
        lines = attempts_file.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    attempts = []
    for line in lines:
        with contextlib.suppress(ValueError):
            doc = json.loads(line)
            attempts.append({"at": str(doc.get("at", "")), "via": str(doc.get("via", ""))})
    return attempts


def build_vault_file(path: Path, passphrase: str, actor: str, kdf: KdfParams = DEFAULT_KDF,
                     schema_version: int = LATEST) -> bytes:
    """Write a new vault and its key file; returns the raw key. Nothing appears at ``path``
    until the database is complete (it is built under a temporary name and renamed)."""
    sqlcipher()  # fail closed before any file exists
    if path.exists():
        raise VaultExistsError(str(path))
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    raw = new_raw_key()
    building = path.with_name(f".{path.name}.creating")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    conn = open_keyed(building, raw, create=True)
    try:
        migrations.apply(conn, upto=schema_version, start=0)
        repos = Repositories.on(conn)
        keyfile = KeyFile.wrap(raw, passphrase, kdf)
        with transaction(conn):
            repos.meta.set("vault_id", keyfile.vault_id)
            repos.meta.set("created_at", utc_iso())
            repos.meta.set("created_by_app", __version__)
            repos.audit.append(actor, "vault_created")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    building.chmod(0o600)
    keyfile.save(keyfile_path(path))
    building.replace(path)
    return raw


KEYFILE_FINGERPRINT = "keyfile_sha256"


def _keyfile_fingerprint(path: Path) -> str:
    try:
        return hashlib.sha256(keyfile_path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


def _note_passphrase_change(repos: Repositories, path: Path) -> None:
    """A key file that changed since the vault last saw it: a passphrase change whose audit entry
    was lost (the process died right after writing the key file). Recorded now, once."""
    current = _keyfile_fingerprint(path)
    known = repos.meta.get(KEYFILE_FINGERPRINT)
    if current and known and known != current:
        repos.audit.append("?", "passphrase_changed", detail="recorded_at_next_unlock")
    if current and known != current:
        repos.meta.set(KEYFILE_FINGERPRINT, current)


def _sweep_leftovers(path: Path) -> None:
    """Remove what an interrupted write left beside the vault: a half key file (it would open the
    vault with the new passphrase), a half pre-migration backup (a copy of all case data), and a
    handover bundle's extracted database (and its -wal/-shm) whose process was killed while it was
    open — ``.ogg-bundle-<pid>-<random>.opening``: a decrypted-key copy of another counsellor's cases
    that nothing else would remove. An extract of a process that still runs is left alone."""
    folder = path.parent
    for pattern in (f".{keyfile_path(path).name}.tmp-*", f".{path.name}.*.backup.partial",
                    f".{path.name}.*.backup.partial.key"):
        for leftover in folder.glob(pattern):
            with contextlib.suppress(OSError):
                leftover.unlink()
    for leftover in folder.glob(".ogg-bundle-*.opening*"):
        pid = leftover.name.split("-")[2] if leftover.name.count("-") >= 3 else ""
        if pid.isdigit() and not _process_runs(int(pid)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _process_runs(pid: int) -> bool:
    if os.name == "nt":
        return True  # os.kill(pid, 0) would send Ctrl+C there: leave the file rather than guess
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    return True


class Vault:
    """An unlocked vault. Hold an ``InstanceLock`` for the path while one exists."""

    def __init__(self, path: Path, conn: Connection, raw_key: bytes, actor: str,
                 migration_backup: Path | None = None, failed_attempts: int = 0) -> None:
        self.path = path
        self.conn = conn
        self._raw_key = raw_key
        self.actor = actor
        self.repos = Repositories.on(conn)
        self.migration_backup = migration_backup
        self.failed_attempts_since_last_unlock = failed_attempts

    # Opening -------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, actor: str, kdf: KdfParams = DEFAULT_KDF) -> tuple[Vault, str]:
        """Create a new vault; returns it unlocked, with the recovery key to be shown once."""
        raw = build_vault_file(path, passphrase, actor, kdf)
        vault = cls.unlock_with_key(path, raw, actor, audit_action="unlock")
        return vault, format_recovery_key(raw)

    @classmethod
    def unlock(cls, path: Path, passphrase: str, actor: str, via: str = "gui") -> Vault:
        sqlcipher()
        if not path.exists():
            raise VaultNotFoundError(str(path))
        keyfile = KeyFile.load(keyfile_path(path))
        try:
            raw = keyfile.unwrap(passphrase)
        except WrongPassphraseError:
            record_failed_attempt(path, via)
            raise
        try:
            return cls.unlock_with_key(path, raw, actor, audit_action="unlock")
        except WrongPassphraseError:
            # The key file opened, the database did not: damaged, or a key file of another vault.
            raise VaultDamagedError(str(path)) from None

    @classmethod
    def unlock_with_recovery_key(cls, path: Path, recovery_key: str, actor: str, via: str = "gui") -> Vault:
        sqlcipher()
        if not path.exists():
            raise VaultNotFoundError(str(path))
        raw = parse_recovery_key(recovery_key)
        try:
            return cls.unlock_with_key(path, raw, actor, audit_action="unlock_recovery_key")
        except WrongPassphraseError:
            record_failed_attempt(path, via)
            if has_check_group(recovery_key):
                # The check group shows the key was typed right: it belongs elsewhere, or the file is damaged.
                raise RecoveryKeyMismatchError(str(path)) from None
            raise

    @classmethod
    def unlock_with_key(cls, path: Path, raw: bytes, actor: str, audit_action: str) -> Vault:
        conn = open_keyed(path, raw)
        try:
            backup = migrations.migrate_if_needed(conn, path, keyfile_path(path), raw)
            attempts = _take_failed_attempts(path)
            repos = Repositories.on(conn)
            with transaction(conn):
                for attempt in attempts:
                    repos.audit.append("?", "unlock_failed", detail=f"via={attempt['via']}",
                                       at_utc=attempt["at"] or None)
                if backup is not None:
                    repos.audit.append(actor, "schema_migrated", detail=f"to={LATEST}")
                _note_passphrase_change(repos, path)
                repos.audit.append(actor, audit_action)
            with contextlib.suppress(FileNotFoundError):
                failed_attempts_path(path).unlink()
        except sqlcipher().DatabaseError as exc:
            conn.close()
            if is_disk_full(exc):
                raise DiskFullError(str(path)) from exc
            # The key is right (page 1 decrypted) but a later page is not: the file is damaged.
            raise VaultDamagedError(str(path)) from None
        except BaseException:
            conn.close()
            raise
        _sweep_leftovers(path)
        return cls(path, conn, raw, actor, backup, len(attempts))

    # Keys ----------------------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        """Re-wrap the database key under ``new``; the old passphrase stops working at once."""
        try:
            current = KeyFile.load(keyfile_path(self.path))
            if current.unwrap(old) != self._raw_key:
                raise WrongPassphraseError("old passphrase is for another key")
            vault_id = current.vault_id
        except WrongPassphraseError:
            record_failed_attempt(self.path, "change_passphrase")
            raise
        except (KeyFileMissingError, KeyFileDamagedError):
            raise
        self._write_keyfile(new, kdf, vault_id)
        with self.transaction() as repos:
            # If the process dies between the new key file and this entry, the next unlock notices
            # the key file's new fingerprint and records the change then (_note_passphrase_change).
            repos.meta.set(KEYFILE_FINGERPRINT, _keyfile_fingerprint(self.path))
            repos.audit.append(self.actor, "passphrase_changed")

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` unwraps this open vault's key (the key file is read again; Argon2id
        costs what an unlock costs). Nothing is written. Raises KeyFileMissingError/KeyFileDamagedError."""
        try:
            raw = KeyFile.load(keyfile_path(self.path)).unwrap(passphrase)
        except WrongPassphraseError:
            return False
        return hmac.compare_digest(raw, self._raw_key)

    def set_passphrase_after_recovery(self, new: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        """After unlocking with the recovery key: a new key file for a new passphrase."""
        vault_id = self.repos.meta.get("vault_id")
        self._write_keyfile(new, kdf, vault_id)
        with self.transaction() as repos:
            repos.meta.set(KEYFILE_FINGERPRINT, _keyfile_fingerprint(self.path))
            repos.audit.append(self.actor, "passphrase_reset_with_recovery_key")

    def _write_keyfile(self, passphrase: str, kdf: KdfParams, vault_id: str | None) -> None:
        keyfile = KeyFile.wrap(self._raw_key, passphrase, kdf, vault_id)
        keyfile.save(keyfile_path(self.path))

    # Housekeeping --------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Repositories]:
        with transaction(self.conn):
            yield self.repos

    def schema_version(self) -> int:
        return migrations.schema_version(self.conn)

    def integrity_problems(self) -> list[str]:
        return integrity_problems(self.conn)

    def backup(self, target: Path) -> Path:
        """An encrypted, verified copy at ``target`` with its key file at ``target.key``."""
        written = backup_to(self.conn, target, keyfile_path(self.path), self._raw_key)
        with self.transaction() as repos:
            repos.audit.append(self.actor, "backup_made")
        return written

    @contextlib.contextmanager
    def reader(self) -> Iterator[Repositories]:
        """A second connection for reading in a worker thread (SQLite connections stay in the thread
        that made them); closed on leaving the block."""
        conn = open_keyed(self.path, self._raw_key, key_known_good=True)
        try:
            yield Repositories.on(conn)
        finally:
            conn.close()

    def close(self) -> None:
        if self.conn is None:
            return
        with contextlib.suppress(Exception):
            with self.transaction() as repos:
                repos.audit.append(self.actor, "lock")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        self.conn = None
        self._raw_key = b""
