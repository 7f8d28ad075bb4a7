"""Importing the cases of an opened bundle into a vault: fresh ids, every reference mapped, a
reference the vault already has renamed, every item's bytes checked against its SHA-256 again."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ogg_desktop.vault.bundle_format import BundleDamagedError, BundleHashMismatchError
from ogg_desktop.vault.bundle_graph import _Fk, _plan, _q, _read_tables
from ogg_desktop.vault.connection import Connection
from ogg_desktop.vault.repositories import Repositories

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

