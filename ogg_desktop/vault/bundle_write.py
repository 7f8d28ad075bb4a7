"""Writing a bundle: the database part built beside the target under a hidden name, checked as a
reader would check it, then header and database written to a second hidden name, synced and renamed
into place. A failed or killed export leaves no file under the final name."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ogg_desktop import __version__
from ogg_desktop.domain.clock import utc_iso
from ogg_desktop.vault import migrations
from ogg_desktop.vault.atomic import fsync_dir
from ogg_desktop.vault.bundle_format import (
    _CHUNK,
    BundleDamagedError,
    BundleHashMismatchError,
    BundleHeader,
    BundleKind,
    BundleTargetExistsError,
)
from ogg_desktop.vault.bundle_graph import _plan, _q
from ogg_desktop.vault.connection import Connection, integrity_problems, is_disk_full, open_keyed
from ogg_desktop.vault.errors import DiskFullError, VaultError
from ogg_desktop.vault.keyfile import DEFAULT_KDF, KdfParams, KeyFile, new_raw_key, sqlcipher_key_literal
from ogg_desktop.vault.repositories import Repositories

_BUNDLE_SCHEMA = "bundle"  # the name the bundle database is attached under while it is filled


@dataclass(frozen=True)
class BundleWritten:
    path: Path
    size: int
    kind: BundleKind
    cases: int
    items: int


def _remove(*paths: Path) -> None:
    for path in paths:
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            with contextlib.suppress(FileNotFoundError):
                candidate.unlink()


def _attach(conn: Connection, path: Path, raw_key: bytes) -> None:
    conn.execute(f"ATTACH DATABASE ? AS {_BUNDLE_SCHEMA} KEY {sqlcipher_key_literal(raw_key)}", (str(path),))


def _copy_cases_sql(conn: Connection, case_ids: list[int]) -> None:
    """Fill the attached bundle database with the rows of ``case_ids`` and what they point to.

    Runs with foreign key enforcement off (a case's rows go in table by table); the bundle's
    ``foreign_key_check`` afterwards proves nothing it points to was left out."""
    plan = _plan(conn)
    b = _BUNDLE_SCHEMA
    for name in plan.owned:
        t = plan.tables[name]
        cols = ", ".join(_q(c) for c in t.columns)
        params: list[object] = []
        if name == "cases":
            assert t.key is not None
            where = f"{_q(t.key)} IN (SELECT value FROM json_each(?))"  # noqa: S608 - quoted names
            params.append(json.dumps(case_ids))
        else:
            links = [fk for fk in t.fks if fk.parent in plan.owned and fk.parent != name]
            where = " AND ".join(
                f"({_q(fk.column)} IS NULL OR {_q(fk.column)} IN "  # noqa: S608 - quoted names
                f"(SELECT {_q(fk.parent_column)} FROM {b}.{_q(fk.parent)}))"
                for fk in links)
            where += " AND COALESCE(" + ", ".join(_q(fk.column) for fk in links) + ", NULL) IS NOT NULL"
        order = f" ORDER BY {_q(t.key)}" if t.key else ""
        conn.execute(f"INSERT INTO {b}.{_q(name)} ({cols}) SELECT {cols} FROM main.{_q(name)} WHERE {where}{order}",  # noqa: S608
                     params)
    added = True
    while added:  # people point to nobody; accounts point to people: repeat until nothing is missing
        added = False
        for name in plan.shared:
            t = plan.tables[name]
            assert t.key is not None
            refs = [f"SELECT {_q(fk.column)} FROM {b}.{_q(child)} WHERE {_q(fk.column)} IS NOT NULL"  # noqa: S608
                    for child in plan.order for fk in plan.tables[child].fks if fk.parent == name]
            cols = ", ".join(_q(c) for c in t.columns)
            cur = conn.execute(
                f"INSERT INTO {b}.{_q(name)} ({cols}) SELECT {cols} FROM main.{_q(name)} "  # noqa: S608
                f"WHERE {_q(t.key)} IN ({' UNION '.join(refs)}) "
                f"AND {_q(t.key)} NOT IN (SELECT {_q(t.key)} FROM {b}.{_q(name)}) ORDER BY {_q(t.key)}")
            added = added or cur.rowcount > 0


@contextlib.contextmanager
def _snapshot(conn: Connection) -> Iterator[None]:
    """One read snapshot of the vault for the whole copy. A deferred transaction: the vault itself is
    only read, so the app can go on saving while a large bundle is written."""
    conn.execute("BEGIN")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
        raise


def _build_database(source: Connection, building: Path, raw_key: bytes, kind: BundleKind,
                    case_ids: list[int]) -> None:
    version = migrations.schema_version(source)
    if kind == BundleKind.CASE:
        fresh = open_keyed(building, raw_key, create=True)
        try:
            migrations.apply(fresh, upto=version, start=0)
            fresh.execute("PRAGMA journal_mode = DELETE")
        finally:
            fresh.close()
    source.execute("PRAGMA foreign_keys = OFF")
    try:
        _attach(source, building, raw_key)
        try:
            with _snapshot(source):
                if kind == BundleKind.VAULT:
                    source.execute(f"SELECT sqlcipher_export('{_BUNDLE_SCHEMA}')")
                    source.execute(f"PRAGMA {_BUNDLE_SCHEMA}.user_version = {version:d}")
                else:
                    _copy_cases_sql(source, case_ids)
            dangling = source.execute(f"PRAGMA {_BUNDLE_SCHEMA}.foreign_key_check").fetchall()
            if dangling:
                raise RuntimeError(f"the bundle would refer to rows it does not hold ({len(dangling)})")
        finally:
            source.execute(f"DETACH DATABASE {_BUNDLE_SCHEMA}")
    finally:
        source.execute("PRAGMA foreign_keys = ON")


def _check_hashes(conn: Connection) -> int:
    """Every evidence item's bytes against its stored SHA-256; returns the number checked."""
    checked = 0
    for item_id, _ref, expected, data in Repositories.on(conn).evidence.all_hashes():
        if data is None or hashlib.sha256(data).hexdigest() != expected:
            raise BundleHashMismatchError(item_id)
        checked += 1
    return checked


def _finish_database(building: Path, raw_key: bytes) -> tuple[int, int]:
    """Open the built database as a reader would: integrity, hashes; left in rollback-journal mode so
    the file is complete on its own. Returns (cases, items)."""
    conn = open_keyed(building, raw_key)
    try:
        if integrity_problems(conn):
            raise BundleDamagedError("the new bundle did not pass its checks")
        items = _check_hashes(conn)
        cases = Repositories.on(conn).cases.count()
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    return cases, items


def _sha256_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def write_bundle(source: Connection, target: Path, passphrase: str, kind: BundleKind,
                 case_ids: list[int] | None = None, kdf: KdfParams = DEFAULT_KDF,
                 overwrite: bool = False) -> BundleWritten:
    """Write a bundle of ``case_ids`` (kind CASE) or of everything (kind VAULT) at ``target``.

    ``source`` is a connection of its own to the open vault (``Vault.reader``): its foreign key
    setting is switched off during the copy and the bundle database is attached to it."""
    target = target.absolute()
    if target.exists() and not overwrite:
        raise BundleTargetExistsError(str(target))
    if kind == BundleKind.CASE and not case_ids:
        raise ValueError("a case bundle needs at least one case")
    tag = f"{os.getpid()}-{secrets.token_hex(4)}"
    building = target.with_name(f".{target.name}.building-{tag}")
    partial = target.with_name(f".{target.name}.partial-{tag}")
    raw = new_raw_key()
    try:
        _build_database(source, building, raw, kind, list(case_ids or []))
        cases, items = _finish_database(building, raw)
        db_sha256, db_size = _sha256_file(building)
        shell = BundleHeader(kind, utc_iso(), migrations.schema_version(source), __version__, db_size, db_sha256,
                             KeyFile("", DEFAULT_KDF, b"", b"", b""))
        header = BundleHeader(shell.kind, shell.created_at, shell.schema_version, shell.app_version,
                              shell.db_size, shell.db_sha256, KeyFile.wrap(raw, passphrase, kdf, shell.binding()))
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            _write_all(fd, header.to_bytes())
            with building.open("rb") as db:
                while chunk := db.read(_CHUNK):
                    _write_all(fd, chunk)
            os.fsync(fd)
        finally:
            os.close(fd)
        partial.replace(target)
        fsync_dir(target.parent)
    except OSError as exc:
        _remove(partial)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(str(target)) from exc
        raise
    except VaultError:
        _remove(partial)
        raise
    except Exception as exc:
        _remove(partial)
        if is_disk_full(exc):
            raise DiskFullError(str(target)) from exc
        raise
    finally:
        _remove(building)
    return BundleWritten(target, target.stat().st_size, kind, cases, items)

