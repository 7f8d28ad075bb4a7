from __future__ import annotations

from ogg_desktop.domain.clock import utc_iso
from ogg_desktop.domain.notes import Note, Visibility
from ogg_desktop.vault.connection import Connection


class NoteRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, note: Note) -> Note:
        now = utc_iso()
        cur = self.conn.execute(
            "INSERT INTO notes(case_id, visibility, body, author, created_at, updated_at) VALUES (?,?,?,?,?,?)",
            (note.case_id, note.visibility.value, note.body, note.author, now, now),
        )
        note.id, note.created_at, note.updated_at = int(cur.lastrowid), now, now
        return note

    def update(self, note: Note) -> None:
        note.updated_at = utc_iso()
        self.conn.execute(
            "UPDATE notes SET visibility=?, body=?, updated_at=? WHERE id=?",
            (note.visibility.value, note.body, note.updated_at, note.id),
        )

    def delete(self, note_id: int) -> None:
        self.conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def get(self, note_id: int) -> Note | None:
        row = self.conn.execute(
            "SELECT case_id, body, visibility, author, id, created_at, updated_at FROM notes WHERE id = ?",
            (note_id,),
        ).fetchone()
        return Note(row[0], row[1], Visibility(row[2]), row[3], row[4], row[5], row[6]) if row else None

    def for_case(self, case_id: int) -> list[Note]:
        rows = self.conn.execute(
            "SELECT case_id, body, visibility, author, id, created_at, updated_at FROM notes "
            "WHERE case_id = ? ORDER BY created_at, id", (case_id,),
        )
        return [Note(r[0], r[1], Visibility(r[2]), r[3], r[4], r[5], r[6]) for r in rows]
