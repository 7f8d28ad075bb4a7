"""One small mapper for the workflow's record tables: a dataclass per table, its fields as columns.

Dates are stored as ISO text, booleans as 0/1 (NULL for 'not asked yet'), enums as their value.
Only this module and the other repositories hold SQL.
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields
from datetime import date
from enum import Enum
from typing import Any, Generic, TypeVar

from ogg_desktop.vault.connection import Connection

T = TypeVar("T")


def _base(hint: Any) -> Any:
    """The non-None type of ``X | None``."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else hint
    return hint


class RecordTable(Generic[T]):
    def __init__(self, conn: Connection, table: str, cls: type[T], skip: tuple[str, ...] = ()) -> None:
        self.conn, self.table, self.cls = conn, table, cls
        hints = typing.get_type_hints(cls)
        self.columns = [f.name for f in fields(cls) if f.name not in ("id", *skip)]  # type: ignore[arg-type]
        self.types = {name: _base(hints[name]) for name in self.columns}
        self._quoted = ", ".join(f'"{c}"' for c in self.columns)

    def _to_db(self, name: str, value: Any) -> Any:
        if value is None:
            return None
        kind = self.types[name]
        if kind is date:
            return value.isoformat()
        if kind is bool:
            return int(value)
        if isinstance(value, Enum):
            return value.value
        return value

    def _from_db(self, name: str, value: Any) -> Any:
        if value is None:
            return None
        kind = self.types[name]
        if kind is date:
            return date.fromisoformat(value)
        if kind is bool:
            return bool(value)
        if isinstance(kind, type) and issubclass(kind, Enum):
            return kind(value)
        return value

    def add(self, record: T) -> T:
        marks = ", ".join("?" * len(self.columns))
        cur = self.conn.execute(
            f"INSERT INTO {self.table} ({self._quoted}) VALUES ({marks})",  # noqa: S608 - fixed names
            [self._to_db(c, getattr(record, c)) for c in self.columns],
        )
        record.id = int(cur.lastrowid)  # type: ignore[attr-defined]
        return record

    def update(self, record: T) -> None:
        sets = ", ".join(f'"{c}" = ?' for c in self.columns)
        self.conn.execute(
            f"UPDATE {self.table} SET {sets} WHERE id = ?",  # noqa: S608 - fixed names
            [*(self._to_db(c, getattr(record, c)) for c in self.columns), record.id],  # type: ignore[attr-defined]
        )

    def delete(self, record_id: int) -> None:
        self.conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))  # noqa: S608 - fixed name

    def _make(self, row: Any) -> T:
        values = {c: self._from_db(c, v) for c, v in zip(self.columns, row[1:], strict=True)}
        return self.cls(id=row[0], **values)  # type: ignore[call-arg]

    def get(self, record_id: int) -> T | None:
        row = self.conn.execute(
            f"SELECT id, {self._quoted} FROM {self.table} WHERE id = ?", (record_id,)  # noqa: S608
        ).fetchone()
        return self._make(row) if row else None

    def for_case(self, case_id: int, order: str = "id") -> list[T]:
        rows = self.conn.execute(
            f'SELECT id, {self._quoted} FROM {self.table} WHERE case_id = ? ORDER BY "{order}", id',  # noqa: S608
            (case_id,),
        )
        return [self._make(r) for r in rows]

    def where(self, condition: str, params: tuple[Any, ...] = ()) -> list[T]:
        """Rows matching a fixed SQL condition written in a repository (never user text)."""
        rows = self.conn.execute(
            f"SELECT id, {self._quoted} FROM {self.table} WHERE {condition} ORDER BY id", params  # noqa: S608
        )
        return [self._make(r) for r in rows]
