"""Handover and backup as use cases.

- Handover bundles (``vault/bundle.py``): one case or the whole vault in one encrypted file with its
  own passphrase, for a successor; imported into another vault with fresh ids, or opened as a new
  vault on the successor's laptop.
- Backups to a chosen folder (a USB stick): the vault's own verified encrypted copy with its key file.
- Restore from such a backup: checked first (key file beside it, passphrase, integrity, hashes,
  audit chain), then put in place with the current vault kept aside as ``<vault>.before-restore-<time>``.

The audit log gets counts only, never names or content.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.passphrase import assess
from ogg_desktop.paths import keyfile_path
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.vault import migrations
from ogg_desktop.vault.atomic import fsync_dir, write_atomic
from ogg_desktop.vault.bundle import (
    BundleKind,
    BundleWritten,
    ImportResult,
    OpenedBundle,
    adopt_as_vault,
    import_cases,
    open_bundle,
    write_bundle,
)
from ogg_desktop.vault.connection import Connection, integrity_problems, open_keyed
from ogg_desktop.vault.driver import sqlcipher
from ogg_desktop.vault.errors import (
    DiskFullError,
    KeyFileDamagedError,
    SchemaTooNewError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    WrongPassphraseError,
)
from ogg_desktop.vault.keyfile import DEFAULT_KDF, KdfParams, KeyFile, format_recovery_key
from ogg_desktop.vault.repositories import Repositories
from ogg_desktop.vault.schema import LATEST
from ogg_desktop.vault.vault import Vault, build_vault_file


class RestoreKeyMissingError(VaultError):
    """The backup's key file (``<backup>.key``) is not beside it."""

    code = "restore_key_missing"


class RestorePassphraseError(VaultError):
    """The passphrase does not unwrap the backup's key file."""

    code = "restore_wrong_passphrase"


class RestoreInvalidError(VaultError):
    """The backup opened but did not pass its checks (damaged, or not a backup of an OGG vault)."""

    code = "restore_invalid"


def check_new_passphrase(passphrase: str) -> None:
    """A bundle or new-vault passphrase protects a file on a stick: the same bar as the vault's."""
    strength = assess(passphrase)
    if not strength.acceptable:
        raise InvalidInputError([strength.problem])


def _import_detail(kind: BundleKind, counts: dict[str, int]) -> str:
    return (f"kind={kind.value};items={counts.get('evidence', 0)};notes={counts.get('notes', 0)};"
            f"people={counts.get('case_people', 0)}")


# Bundles --------------------------------------------------------------------------------------
class HandoverService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def build_case_bundle(self, case: Case, target: Path, passphrase: str, kdf: KdfParams = DEFAULT_KDF,
                          overwrite: bool = False) -> BundleWritten:
        """Write the bundle through a connection of its own (safe in a worker thread); nothing is
        audited yet: call ``record_export`` in the thread that owns the vault."""
        check_new_passphrase(passphrase)
        assert case.id is not None
        with self.vault.reader() as repos:
            # The reader's own connection: the bundle is attached to it, the app's connection is untouched.
            return write_bundle(repos.meta.conn, target, passphrase, BundleKind.CASE, [case.id], kdf, overwrite)

    def build_vault_bundle(self, target: Path, passphrase: str, kdf: KdfParams = DEFAULT_KDF,
                           overwrite: bool = False) -> BundleWritten:
        check_new_passphrase(passphrase)
        with self.vault.reader() as repos:
            return write_bundle(repos.meta.conn, target, passphrase, BundleKind.VAULT, None, kdf, overwrite)

    def record_export(self, written: BundleWritten, case: Case | None = None) -> None:
        detail = f"kind={written.kind.value};cases={written.cases};items={written.items}"
        with self.vault.transaction() as repos:
            if case is not None:
                repos.audit.append(self.vault.actor, "bundle_exported", "case", case.id or "", case.reference, detail)
            else:
                repos.audit.append(self.vault.actor, "bundle_exported", detail=detail)

    def export_case(self, case: Case, target: Path, passphrase: str, kdf: KdfParams = DEFAULT_KDF,
                    overwrite: bool = False) -> BundleWritten:
        written = self.build_case_bundle(case, target, passphrase, kdf, overwrite)
        self.record_export(written, case)
        return written

    def export_vault(self, target: Path, passphrase: str, kdf: KdfParams = DEFAULT_KDF,
                     overwrite: bool = False) -> BundleWritten:
        written = self.build_vault_bundle(target, passphrase, kdf, overwrite)
        self.record_export(written)
        return written

    def open(self, path: Path, passphrase: str) -> OpenedBundle:
        """Unwrap and check a bundle (safe in a worker thread). Close the result when done."""
        return open_bundle(path, passphrase, self.vault.path.parent)

    def import_opened(self, opened: OpenedBundle) -> ImportResult:
        """All cases of ``opened`` into this vault, in one transaction: all or nothing."""
        assert opened.conn is not None
        with self.vault.transaction() as repos:
            result = import_cases(opened.conn, self.vault.conn, repos)
            for imported in result.cases:
                counts = result.per_case.get(imported.case_id, {})
                repos.audit.append(self.vault.actor, "bundle_imported", "case", imported.case_id,
                                   imported.new_reference, _import_detail(opened.header.kind, counts))
        return result

    def import_bundle(self, path: Path, passphrase: str) -> ImportResult:
        opened = self.open(path, passphrase)
        try:
            return self.import_opened(opened)
        finally:
            opened.close()


def open_bundle_as_vault(bundle_path: Path, bundle_passphrase: str, new_path: Path, new_passphrase: str,
                         actor: str, kdf: KdfParams = DEFAULT_KDF) -> tuple[str, int]:
    """A new vault at ``new_path`` (with its key file) from a bundle, for the successor's own
    passphrase. A whole-vault bundle becomes the vault (history and settings included), re-keyed so
    the bundle's passphrase does not open it; a case bundle goes into a new empty vault.
    Returns (the new vault's recovery key, to be shown once; the number of cases)."""
    check_new_passphrase(new_passphrase)
    if new_path.exists():
        raise VaultExistsError(str(new_path))
    opened = open_bundle(bundle_path, bundle_passphrase, new_path.parent)
    try:
        cases = len(opened.summaries())
        if opened.header.kind == BundleKind.VAULT:
            def audit(repos: Repositories) -> None:
                repos.audit.append(actor, "bundle_imported", detail=f"kind=vault;cases={cases}")

            raw = adopt_as_vault(opened, new_path, new_passphrase, actor, kdf, on_ready=audit)
        else:
            raw = build_vault_file(new_path, new_passphrase, actor, kdf)
            try:
                vault = Vault.unlock_with_key(new_path, raw, actor, audit_action="unlock")
                try:
                    HandoverService(vault).import_opened(opened)
                finally:
                    vault.close()
            except BaseException:
                for made in (new_path, keyfile_path(new_path)):  # no half-filled vault is left behind
                    with contextlib.suppress(FileNotFoundError):
                        made.unlink()
                raise
    finally:
        opened.close()
    return format_recovery_key(raw), cases


# Backup to a folder -----------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int  # the copy and its key file together


def backup_name(moment: datetime | None = None) -> str:
    return f"ogg-backup-{(moment or now_utc()).astimezone().strftime('%Y%m%d-%H%M%S')}.ogg"


def backup_to_folder(vault: Vault, folder: Path, moment: datetime | None = None) -> BackupMade:
    """``ogg-backup-YYYYMMDD-HHMMSS.ogg`` and its ``.key`` in ``folder``, verified by opening the copy."""
    if not folder.is_dir():
        raise FileNotFoundError(str(folder))
    target = folder / backup_name(moment)
    number = 2
    while target.exists() or keyfile_path(target).exists():
        target = folder / backup_name(moment).replace(".ogg", f"-{number}.ogg")
        number += 1
    written = vault.backup(target)
    return BackupMade(written, written.stat().st_size + keyfile_path(written).stat().st_size)


# Restore from a backup ------------------------------------------------------------------------------
@dataclass
class PreparedRestore:
    """A backup copied beside the vault under a hidden name and checked; nothing replaced yet."""

    vault_path: Path
    backup_path: Path
    staged: Path
    keyfile: bytes
    raw_key: bytes
    made_at: datetime  # when the backup file was written (local time)
    cases: int
    items: int
    last_activity: str  # the newest audit entry in the backup (UTC, ISO 8601)

    def discard(self) -> None:
        for path in (self.staged, Path(f"{self.staged}-wal"), Path(f"{self.staged}-shm")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        self.raw_key = b""


def _copy_synced(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with source.open("rb") as src:
            while chunk := src.read(1024 * 1024):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def prepare_restore(vault_path: Path, backup_path: Path, passphrase: str) -> PreparedRestore:
    """Check a backup with the passphrase that was valid when it was made: its key file is beside it,
    it opens, SQLCipher's and SQLite's integrity checks are clean, every evidence hash matches and the
    audit chain is whole. The check runs on a copy beside the vault; the backup itself is only read."""
    try:
        key_bytes = keyfile_path(backup_path).read_bytes()
    except FileNotFoundError:
        raise RestoreKeyMissingError(str(keyfile_path(backup_path))) from None
    try:
        raw = KeyFile.from_json(key_bytes).unwrap(passphrase)
    except KeyFileDamagedError:
        raise RestoreInvalidError("the backup's key file cannot be read") from None
    except WrongPassphraseError:
        raise RestorePassphraseError(str(backup_path)) from None
    vault_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    staged = vault_path.with_name(f".{vault_path.name}.restoring-{os.getpid()}-{secrets.token_hex(4)}")
    made_at = datetime.fromtimestamp(backup_path.stat().st_mtime).astimezone()
    prepared = PreparedRestore(vault_path, backup_path, staged, key_bytes, raw, made_at, 0, 0, "")
    try:
        try:
            _copy_synced(backup_path, staged)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFullError(str(staged)) from exc
            raise
        try:
            conn = open_keyed(staged, raw)
        except WrongPassphraseError:
            raise RestoreInvalidError("the key file does not open the backup") from None
        try:
            _check_backup(conn, prepared)
        except (sqlcipher().DatabaseError, VaultDamagedError):  # too damaged for SQLite to even check
            raise RestoreInvalidError("the backup cannot be read") from None
        finally:
            conn.close()
    except BaseException:
        prepared.discard()
        raise
    return prepared


def _check_backup(conn: Connection, prepared: PreparedRestore) -> None:
    """Integrity (SQLCipher and SQLite), every evidence hash, the audit chain; then what it holds."""
    if migrations.schema_version(conn) > LATEST:
        raise SchemaTooNewError("the backup is from a newer app")
    if integrity_problems(conn):
        raise RestoreInvalidError("the backup did not pass its integrity checks")
    repos = Repositories.on(conn)
    for _item, _ref, expected, data in repos.evidence.all_hashes():
        if data is None or hashlib.sha256(data).hexdigest() != expected:
            raise RestoreInvalidError("an evidence item does not match its hash")
        prepared.items += 1
    if not repos.audit.verify().ok:
        raise RestoreInvalidError("the backup's audit chain is broken")
    prepared.cases = repos.cases.count()
    last = repos.audit.entries()[-1:]
    prepared.last_activity = last[0].at_utc if last else ""
    conn.execute("PRAGMA journal_mode = DELETE")


@dataclass(frozen=True)
class RestoreDone:
    vault: Vault
    kept_aside: Path | None  # the vault as it was before, with its key file beside it


def _keep(source: Path, target: Path) -> None:
    """A second name for a closed file (a hard link), or a copy where links are not possible."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def complete_restore(prepared: PreparedRestore, actor: str, moment: datetime | None = None) -> RestoreDone:
    """Put a prepared backup in place. The vault must be closed (no session open on it). The current
    vault and key file are kept as ``<vault>.before-restore-<time>`` (+ ``.key``); on failure before
    the swap nothing changed, after it the previous vault is put back."""
    path = prepared.vault_path
    stamp = (moment or now_utc()).astimezone().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.before-restore-{stamp}")
    number = 2
    while aside.exists() or keyfile_path(aside).exists():
        aside = path.with_name(f"{path.name}.before-restore-{stamp}-{number}")
        number += 1
    kept = path.exists()
    swapped = False
    try:
        if kept:
            _keep(path, aside)
            if Path(f"{path}-wal").exists():
                _keep(Path(f"{path}-wal"), Path(f"{aside}-wal"))
            if keyfile_path(path).exists():
                _keep(keyfile_path(path), keyfile_path(aside))
            for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    stale.unlink()
        prepared.staged.replace(path)
        swapped = True
        write_atomic(keyfile_path(path), prepared.keyfile)
        fsync_dir(path.parent)
        vault = Vault.unlock_with_key(path, prepared.raw_key, actor, audit_action="unlock")
    except BaseException:
        if swapped and kept:
            with contextlib.suppress(OSError):
                back = path.with_name(f".{path.name}.putting-back")
                _keep(aside, back)
                back.replace(path)
                if keyfile_path(aside).exists():
                    write_atomic(keyfile_path(path), keyfile_path(aside).read_bytes())
        prepared.discard()
        raise
    with vault.transaction() as repos:
        repos.audit.append(actor, "backup_restored", detail=f"cases={prepared.cases};items={prepared.items}")
    prepared.raw_key = b""
    return RestoreDone(vault, aside if kept else None)
