"""Open a SQLCipher connection with a raw key and the pragmas every vault connection needs."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ogg_desktop.vault.driver import sqlcipher
from ogg_desktop.vault.errors import DiskFullError, VaultNotFoundError, WrongPassphraseError
from ogg_desktop.vault.keyfile import sqlcipher_key_literal

Connection = Any  # sqlcipher3.dbapi2.Connection; the module ships no type information


def open_keyed(path: Path, raw_key: bytes, *, create: bool = False) -> Connection:
    """Key first, then probe: a wrong key only shows at the first read, looking like damage.

    Opened with ``mode=rw`` unless creating, so a wrong path never creates a file, and nothing is
    written before the probe has shown the key is right.
    """
    driver = sqlcipher()
    if not create and not path.exists():
        raise VaultNotFoundError(str(path))
    mode = "rwc" if create else "rw"
    uri = f"file:{path.as_posix()}?mode={mode}"
    conn = driver.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {sqlcipher_key_literal(raw_key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError:
        conn.close()
        raise WrongPassphraseError("key does not open the database") from None
    conn.execute("PRAGMA temp_store = MEMORY")  # temp files would not be encrypted
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


SQLITE_FULL = 13


def is_disk_full(exc: BaseException) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL or "database or disk is full" in str(exc)


@contextlib.contextmanager
def disk_full_as_error() -> Iterator[None]:
    """SQLite's "database or disk is full" as the vault's own DiskFullError (a clear message, no crash)."""
    try:
        yield
    except DiskFullError:
        raise
    except Exception as exc:
        if is_disk_full(exc):
            raise DiskFullError("the disk is full") from exc
        raise


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception, including a failed COMMIT (a full
    disk fails there, in WAL mode). A full disk is raised as DiskFullError."""
    with disk_full_as_error():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may already have rolled back (e.g. SQLITE_FULL)
                with contextlib.suppress(Exception):
                    conn.execute("ROLLBACK")
            raise


def integrity_problems(conn: Connection) -> list[str]:
    """SQLCipher's HMAC check of every page plus SQLite's own check; empty when clean."""
    with disk_full_as_error():
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    problems = [f"cipher: {row}" for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    problems += [f"sqlite: {r[0]}" for r in rows if r[0] != "ok"]
    return problems
