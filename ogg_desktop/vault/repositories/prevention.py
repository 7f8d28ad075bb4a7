"""The organisation's prevention documents (table ``prevention_documents``, schema v10): one row per
kind, its fields as JSON. No row means the default text."""

from __future__ import annotations

from ogg_desktop.vault.connection import Connection


class PreventionRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, kind: str) -> tuple[str, str] | None:
        """(content JSON, updated_at) of ``kind``; None when it was never saved (or was reset)."""
        row = self.conn.execute(
            "SELECT content, updated_at FROM prevention_documents WHERE kind = ?", (kind,)).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def put(self, kind: str, content: str, updated_at: str) -> None:
        self.conn.execute(
            "INSERT INTO prevention_documents(kind, content, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(kind) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at",
            (kind, content, updated_at))

    def delete(self, kind: str) -> bool:
        """Forget the stored text of ``kind``; True when there was one."""
        cursor = self.conn.execute("DELETE FROM prevention_documents WHERE kind = ?", (kind,))
        return bool(cursor.rowcount)
