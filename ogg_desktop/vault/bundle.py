"""Handover bundles: one case, or the whole vault, in one encrypted file with its own passphrase.

A bundle is one file, so it is easy to carry on a USB stick to a successor::

    OGGBUNDLE1 <header length, 8 hex digits>\\n
    <header: JSON>\\n
    <an SQLCipher 4 database, keyed with a fresh random 256-bit key>

The header holds no case content: the kind (``case`` or ``vault``), when it was made, the schema
and app version, the size and SHA-256 of the database part, and the database key wrapped with
AES-256-GCM under Argon2id(bundle passphrase) — the same wrapping as the vault's key file
(``keyfile.KeyFile``). The wrapped key's authenticated ``vault_id`` is ``bundle:<digest>``, where the
digest covers every other header field and the database part's SHA-256: changing one byte anywhere
in the file is found before anything is imported, and cannot be hidden without the passphrase.

Nothing is ever written in plaintext: the database part is built as an SQLCipher file beside the
target under a hidden name, then header and database are written to a second hidden name, synced and
renamed into place. A failed or killed export leaves no file under the final name.

Which rows belong to a case is read from the schema itself (the foreign keys): every table that
leads to ``cases`` through its foreign keys is part of the case, and the tables those rows point to
(people, accounts) come along for the rows that are referenced. A table added by a later migration
is carried without changes here.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from ogg_desktop import __version__
from ogg_desktop.domain.clock import utc_iso
from ogg_desktop.paths import keyfile_path
from ogg_desktop.vault import migrations
from ogg_desktop.vault.atomic import fsync_dir
from ogg_desktop.vault.connection import Connection, integrity_problems, is_disk_full, open_keyed, transaction
from ogg_desktop.vault.driver import sqlcipher
from ogg_desktop.vault.errors import (
    DiskFullError,
    KeyFileDamagedError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    WrongPassphraseError,
)
from ogg_desktop.vault.keyfile import DEFAULT_KDF, KdfParams, KeyFile, new_raw_key, sqlcipher_key_literal
from ogg_desktop.vault.repositories import Repositories
from ogg_desktop.vault.schema import LATEST

MAGIC = b"OGGBUNDLE1"
FORMAT = "ogg-desktop-bundle"
VERSION = 1
SUFFIX = ".oggbundle"
_PREFIX_LEN = len(MAGIC) + 1 + 8 + 1  # magic, space, 8 hex digits, newline
_MAX_HEADER = 64 * 1024
_CHUNK = 1024 * 1024
_BUNDLE_SCHEMA = "bundle"  # the name the bundle database is attached under while it is filled


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


# The case graph, read from the schema ------------------------------------------------------------
@dataclass(frozen=True)
class _Fk:
    column: str
    parent: str
    parent_column: str


@dataclass(frozen=True)
class _Table:
    name: str
    columns: tuple[str, ...]
    key: str | None  # the INTEGER PRIMARY KEY (rowid alias), if the table has one
    fks: tuple[_Fk, ...]


@dataclass(frozen=True)
class _Plan:
    tables: dict[str, _Table]
    owned: tuple[str, ...]  # lead to ``cases`` through foreign keys; parents first
    shared: tuple[str, ...]  # pointed to by those (people, accounts); parents first
    order: tuple[str, ...]  # owned and shared together, parents first


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _read_tables(conn: Connection, schema: str = "main") -> dict[str, _Table]:
    rows = conn.execute(f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table'").fetchall()  # noqa: S608
    virtual = [str(n) for n, sql in rows if str(sql or "").upper().startswith("CREATE VIRTUAL")]
    raw: dict[str, tuple[tuple[str, ...], str | None, list[tuple[str, str, str | None]]]] = {}
    for name, _sql in rows:
        name = str(name)
        if name.startswith("sqlite_") or name in virtual or any(name.startswith(v + "_") for v in virtual):
            continue
        info = conn.execute(f"PRAGMA {schema}.table_info({_q(name)})").fetchall()
        pks = [r for r in info if int(r[5]) > 0]
        key = str(pks[0][1]) if len(pks) == 1 and str(pks[0][2]).upper() == "INTEGER" else None
        fks: list[tuple[str, str, str | None]] = []
        for fk in conn.execute(f"PRAGMA {schema}.foreign_key_list({_q(name)})").fetchall():
            if int(fk[1]) != 0:
                raise RuntimeError(f"{name}: multi-column foreign keys are not supported by bundles")
            fks.append((str(fk[3]), str(fk[2]), None if fk[4] is None else str(fk[4])))
        raw[name] = (tuple(str(r[1]) for r in info), key, fks)
    tables: dict[str, _Table] = {}
    for name, (columns, key, fks) in raw.items():
        resolved = []
        for column, parent, parent_column in fks:
            parent_key = raw[parent][1] if parent in raw else None
            resolved.append(_Fk(column, parent, parent_column or parent_key or "rowid"))
        tables[name] = _Table(name, columns, key, tuple(resolved))
    return tables


def _parents_first(tables: dict[str, _Table], names: set[str]) -> tuple[str, ...]:
    deps = {n: {fk.parent for fk in tables[n].fks if fk.parent in names and fk.parent != n} for n in names}
    order: list[str] = []
    while deps:
        ready = sorted(n for n, d in deps.items() if not d)
        if not ready:
            raise RuntimeError("the tables of a case refer to each other in a cycle")
        for n in ready:
            order.append(n)
            del deps[n]
        for d in deps.values():
            d.difference_update(ready)
    return tuple(order)


def _plan(conn: Connection, schema: str = "main") -> _Plan:
    tables = _read_tables(conn, schema)
    owned = {"cases"}
    grew = True
    while grew:
        grew = False
        for t in tables.values():
            if t.name not in owned and any(fk.parent in owned and fk.parent != t.name for fk in t.fks):
                owned.add(t.name)
                grew = True
    shared: set[str] = set()
    grew = True
    while grew:
        grew = False
        for name in owned | shared:
            for fk in tables[name].fks:
                if fk.parent not in owned and fk.parent not in shared and fk.parent in tables:
                    shared.add(fk.parent)
                    grew = True
    for name in owned | shared:
        for fk in tables[name].fks:
            if fk.parent_column != tables[fk.parent].key:
                raise RuntimeError(f"{name}.{fk.column}: bundles follow foreign keys to a table's id only")
    order = _parents_first(tables, owned | shared)
    return _Plan(tables, tuple(n for n in order if n in owned), tuple(n for n in order if n in shared), order)


# Writing ------------------------------------------------------------------------------------
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


# Reading ------------------------------------------------------------------------------------
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


# Importing into a vault -------------------------------------------------------------------------
_REFERENCE = re.compile(r"^OGG-(\d{4})-(\d+)$")


@dataclass(frozen=True)
class ImportedCase:
    old_reference: str
    new_reference: str
    title: str
    case_id: int

    @property
    def renamed(self) -> bool:
        return self.old_reference != self.new_reference


@dataclass
class ImportResult:
    cases: list[ImportedCase] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # table → rows imported
    per_case: dict[int, dict[str, int]] = field(default_factory=dict)  # new case id → table → rows

    @property
    def items(self) -> int:
        return self.rows.get("evidence", 0)


def _free_reference(repos: Repositories, reference: str, opened_on: str, incoming: set[str]) -> str:
    """``reference`` if this vault does not have it yet; otherwise the vault's next free one that is
    not among the references still to come in (so one renamed case does not push the next one aside)."""
    if repos.cases.by_reference(reference) is None:
        match = _REFERENCE.match(reference)
        if match:  # the receiving vault's own numbering must not hand this reference out later
            key = f"case_counter_{int(match.group(1))}"
            repos.meta.set(key, str(max(int(repos.meta.get(key, "0") or 0), int(match.group(2)))))
        return reference
    year = int(opened_on[:4]) if opened_on[:4].isdigit() else 2000
    while True:
        candidate = repos.cases.next_reference(year)
        if repos.cases.by_reference(candidate) is None and candidate.upper() not in incoming:
            return candidate


def import_cases(src: Connection, dst: Connection, repos: Repositories) -> ImportResult:
    """Copy every case in ``src`` (an opened bundle) into ``dst`` with fresh ids, inside the caller's
    transaction on ``dst``. A reference the vault already has gets the vault's next free one. Each
    item's bytes are checked against its SHA-256 again as they are copied; a mismatch raises
    BundleHashMismatchError and the caller's transaction rolls everything back."""
    plan = _plan(dst)
    src_tables = _read_tables(src)
    missing = [n for n in plan.order if n not in src_tables]
    if missing:
        raise BundleDamagedError("the bundle lacks tables: " + ", ".join(missing))
    # Pass 1, keys only: which rows are part of the cases, and which people/accounts they point to.
    selected: dict[str, set[int]] = {n: set() for n in plan.order}
    owner: dict[str, dict[int, int]] = {n: {} for n in plan.owned}  # old row key → old case id
    refs: dict[str, set[int]] = {n: set() for n in plan.shared}

    def links(name: str) -> list[_Fk]:
        return [fk for fk in plan.tables[name].fks if fk.parent in plan.owned and fk.parent != name]

    def include(name: str, row: dict[str, Any]) -> bool:
        if name == "cases":
            return True
        if name in plan.shared:
            key = plan.tables[name].key
            return key is not None and row[key] in selected[name]
        values = [(fk, row[fk.column]) for fk in links(name)]
        return (any(v is not None for _fk, v in values)
                and all(v is None or v in selected[fk.parent] for fk, v in values))

    def case_of(name: str, row: dict[str, Any]) -> int | None:
        if name == "cases":
            return int(row[plan.tables[name].key or "id"])
        for fk in links(name):
            if row[fk.column] is not None and fk.parent in owner:
                return owner[fk.parent].get(row[fk.column])
        return None

    def scan(name: str) -> Iterator[dict[str, Any]]:
        t = plan.tables[name]
        wanted = sorted({*(fk.column for fk in t.fks), *([t.key] if t.key else [])}) or [t.columns[0]]
        for row in src.execute(f"SELECT {', '.join(_q(c) for c in wanted)} FROM {_q(name)}"):  # noqa: S608
            yield dict(zip(wanted, row, strict=True))

    for name in plan.owned:
        t = plan.tables[name]
        for row in scan(name):
            if not include(name, row):
                continue
            if t.key:
                selected[name].add(row[t.key])
                case_id = case_of(name, row)
                if case_id is not None:
                    owner[name][row[t.key]] = case_id
            for fk in t.fks:
                if fk.parent in refs and row[fk.column] is not None:
                    refs[fk.parent].add(row[fk.column])
    grew = True
    while grew:
        grew = False
        for name in plan.shared:
            new = refs[name] - selected[name]
            if not new:
                continue
            selected[name] |= new
            grew = True
            t = plan.tables[name]
            for row in scan(name):
                if t.key and row[t.key] in new:
                    for fk in t.fks:
                        if fk.parent in refs and row[fk.column] is not None:
                            refs[fk.parent].add(row[fk.column])
    # Pass 2: parents first, fresh ids, every reference mapped.
    incoming = {str(r[0]).upper() for r in src.execute("SELECT reference FROM cases")}
    mapping: dict[str, dict[int, int]] = {n: {} for n in plan.order}
    hashes: dict[int, str] = {}
    result = ImportResult()
    deferred: list[tuple[str, str, str, int, int]] = []  # table, column, key column, new key, old value
    for name in plan.order:
        t = plan.tables[name]
        columns = [c for c in t.columns if c in src_tables[name].columns]
        fk_by_column = {fk.column: fk for fk in t.fks}
        order = f" ORDER BY {_q(t.key)}" if t.key else ""
        cur = src.execute(f"SELECT {', '.join(_q(c) for c in columns)} FROM {_q(name)}{order}")  # noqa: S608
        for values in cur:
            row = dict(zip(columns, values, strict=True))
            if not include(name, row):
                continue
            out: dict[str, Any] = {}
            self_refs: list[tuple[str, int]] = []
            for column in columns:
                value = row[column]
                link = fk_by_column.get(column)
                if link is not None and value is not None:
                    if link.parent == name:
                        self_refs.append((column, value))
                        value = None
                    elif value in mapping[link.parent]:
                        value = mapping[link.parent][value]
                    else:
                        raise BundleDamagedError(f"{name}.{column} points to a row the bundle does not hold")
                elif column == t.key and link is None:
                    continue  # a fresh id
                out[column] = value
            if name == "cases":
                out["reference"] = _free_reference(repos, str(row["reference"]), str(row["opened_on"]), incoming)
            if name == "evidence":
                hashes[int(row["id"])] = str(row["sha256"])
            if name == "evidence_blobs":
                data = row["data"]
                if data is None or hashlib.sha256(bytes(data)).hexdigest() != hashes.get(int(row["evidence_id"])):
                    raise BundleHashMismatchError(int(row["evidence_id"]))
            names = list(out)
            inserted = dst.execute(
                f"INSERT INTO {_q(name)} ({', '.join(_q(c) for c in names)}) "  # noqa: S608
                f"VALUES ({', '.join('?' * len(names))})", [out[c] for c in names])
            new_key: int | None = None
            if t.key:
                new_key = int(out[t.key]) if t.key in out else int(inserted.lastrowid)
                mapping[name][row[t.key]] = new_key
            for column, old in self_refs:
                assert t.key is not None and new_key is not None
                deferred.append((name, column, t.key, new_key, old))
            result.rows[name] = result.rows.get(name, 0) + 1
            case_old = case_of(name, row) if name in plan.owned else None
            if case_old is not None:
                per = result.per_case.setdefault(mapping["cases"][case_old], {})
                per[name] = per.get(name, 0) + 1
            if name == "cases":
                assert new_key is not None
                result.cases.append(ImportedCase(str(row["reference"]), str(out["reference"]),
                                                 str(row["title"]), new_key))
    for name, column, key, new_key, old in deferred:
        if old not in mapping[name]:
            raise BundleDamagedError(f"{name}.{column} points to a row the bundle does not hold")
        dst.execute(f"UPDATE {_q(name)} SET {_q(column)} = ? WHERE {_q(key)} = ?",  # noqa: S608
                    (mapping[name][old], new_key))
    return result


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
