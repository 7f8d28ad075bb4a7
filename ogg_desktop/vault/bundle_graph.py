"""Which rows belong to a case, read from the schema itself (the foreign keys).

Every table that leads to ``cases`` through its foreign keys is part of the case ("owned"); the tables
those rows point to (people, accounts) come along for the rows that are referenced ("shared").
"""

from __future__ import annotations

from dataclasses import dataclass

from ogg_desktop.vault.connection import Connection


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

