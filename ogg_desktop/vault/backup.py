"""Encrypted copies of the vault, verified by opening them before they count."""

from __future__ import annotations

import contextlib
import errno
import shutil
from pathlib import Path

from ogg_desktop.paths import keyfile_path
from ogg_desktop.vault.atomic import fsync_dir
from ogg_desktop.vault.connection import Connection, integrity_problems, open_keyed
from ogg_desktop.vault.errors import BackupFailedError, DiskFullError, VaultError


def backup_to(conn: Connection, target: Path, keyfile: Path, raw_key: bytes) -> Path:
    """Write ``target`` (and ``target.key``) as an encrypted copy of the open vault.

    ``VACUUM INTO`` writes a copy under the same key; it goes to a temporary name, is opened and
    checked (SQLCipher HMACs, SQLite integrity, same schema version) and only then renamed into
    place, so a failed or killed backup never leaves a half file at ``target``.
    """
    target = target.resolve()
    tmp = target.with_name(f".{target.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        conn.execute("VACUUM INTO ?", (str(tmp),))
        tmp.chmod(0o600)
        _verify_copy(conn, tmp, raw_key)
        shutil.copyfile(keyfile, keyfile_path(tmp))
        keyfile_path(tmp).chmod(0o600)
        Path(keyfile_path(tmp)).replace(keyfile_path(target))
        tmp.replace(target)
        fsync_dir(target.parent)
    except OSError as exc:
        _cleanup(tmp)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(str(target)) from exc
        raise BackupFailedError(str(exc)) from exc
    except VaultError:
        _cleanup(tmp)
        raise
    except Exception as exc:
        _cleanup(tmp)
        if "full" in str(exc).lower():
            raise DiskFullError(str(target)) from exc
        raise BackupFailedError(type(exc).__name__) from exc
    return target


def _cleanup(tmp: Path) -> None:
    for path in (tmp, keyfile_path(tmp)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _verify_copy(conn: Connection, copy: Path, raw_key: bytes) -> None:
    expected = int(conn.execute("PRAGMA user_version").fetchone()[0])
    check = open_keyed(copy, raw_key)
    try:
        problems = integrity_problems(check)
        version = int(check.execute("PRAGMA user_version").fetchone()[0])
        check.execute("PRAGMA journal_mode = DELETE")
    finally:
        check.close()
    if problems or version != expected:
        raise BackupFailedError("the copy did not pass its checks")
