"""Open a SQLCipher connection with a raw key and the pragmas every vault connection needs."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ogg_desktop.vault.driver import sqlcipher
from ogg_desktop.vault.errors import DiskFullError, VaultDamagedError, VaultNotFoundError, WrongPassphraseError
from ogg_desktop.vault.keyfile import sqlcipher_key_literal

Connection = Any  # a VaultConnection over sqlcipher3.dbapi2.Connection; the driver ships no type information

_DAMAGE = ("malformed", "not a database", "corrupt", "hmac", "decrypt")


def _converted(exc: Exception) -> Exception:
    """The driver's error as the vault's own where it means something to the user."""
    if is_disk_full(exc):
        return DiskFullError("the disk is full")
    text = str(exc).lower()
    if any(word in text for word in _DAMAGE):
        return VaultDamagedError(str(exc))
    return exc


class _Cursor:
    """A driver cursor whose rows, when a damaged page is reached, raise VaultDamagedError."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def __iter__(self) -> _Cursor:
        return self

    def __next__(self) -> Any:
        try:
            return next(self._cursor)
        except StopIteration:
            raise
        except Exception as exc:
            raise _converted(exc) from exc

    def fetchone(self) -> Any:
        try:
            return self._cursor.fetchone()
        except Exception as exc:
            raise _converted(exc) from exc

    def fetchall(self) -> list[Any]:
        try:
            return list(self._cursor.fetchall())
        except Exception as exc:
            raise _converted(exc) from exc

    def fetchmany(self, size: int = 1) -> list[Any]:
        try:
            return list(self._cursor.fetchmany(size))
        except Exception as exc:
            raise _converted(exc) from exc

    def __getattr__(self, name: str) -> Any:  # lastrowid, rowcount, description
        return getattr(self._cursor, name)


class VaultConnection:
    """The SQLCipher connection, with the driver's errors for a damaged file or a full disk turned
    into the vault's own (which the GUI and CLI put in words, with the advice to restore a backup)
    instead of escaping as a crash from whatever screen happened to read the damaged page."""

    __slots__ = ("_conn",)

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, parameters: Any = ()) -> _Cursor:
        try:
            return _Cursor(self._conn.execute(sql, parameters))
        except Exception as exc:
            raise _converted(exc) from exc

    def executemany(self, sql: str, rows: Any) -> _Cursor:
        try:
            return _Cursor(self._conn.executemany(sql, rows))
        except Exception as exc:
            raise _converted(exc) from exc

    def __getattr__(self, name: str) -> Any:  # close, in_transaction, …
        return getattr(self._conn, name)


def open_keyed(path: Path, raw_key: bytes, *, create: bool = False, key_known_good: bool = False) -> Connection:
    """Key first, then probe: a wrong key only shows at the first read, looking like damage.

    Opened with ``mode=rw`` unless creating, so a wrong path never creates a file, and nothing is
    written before the probe has shown the key is right.
    """
    driver = sqlcipher()
    if not create and not path.exists():
        raise VaultNotFoundError(str(path))
    if not create and not key_known_good:
        # Not for a second connection of a vault this process has open: its writer may be
        # checkpointing, and the immutable probe does not lock against that.
        _probe_read_only(driver, path, raw_key)
    mode = "rwc" if create else "rw"
    uri = f"file:{path.as_posix()}?mode={mode}"
    conn = driver.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {sqlcipher_key_literal(raw_key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as exc:
        conn.close()
        _raise_unreadable(exc)
        raise WrongPassphraseError("key does not open the database") from None
    conn.execute("PRAGMA temp_store = MEMORY")  # temp files would not be encrypted
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return VaultConnection(conn)


SQLITE_FULL = 13


def _probe_read_only(driver: Any, path: Path, raw_key: bytes) -> None:
    """Try the key on a read-only connection first. A read-write connection that fails would, on
    closing, still copy a crashed session's write-ahead log into the file (its pages are copied
    encrypted, without the key): a wrong key must leave the vault's bytes untouched. ``immutable``
    keeps even the -shm index untouched; page 1 in the main file is enough to test the key (a file
    still empty there passes, and the read-write connection below tests the key on the log)."""
    probe = driver.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True, isolation_level=None)
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.execute(f"PRAGMA key = {sqlcipher_key_literal(raw_key)}")
        probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as exc:
        _raise_unreadable(exc)
        raise WrongPassphraseError("key does not open the database") from None
    finally:
        probe.close()


def _raise_unreadable(exc: BaseException) -> None:
    """A full or failing disk is not a wrong key: say so."""
    text = str(exc).lower()
    if is_disk_full(exc) or "disk i/o error" in text:
        raise DiskFullError("the disk could not be read or written") from exc


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
