"""The team-discussion log (issue #9): one row per team meeting that discussed the theme."""

from __future__ import annotations

from datetime import date

from ogg_desktop.domain.clock import utc_iso
from ogg_desktop.domain.team_meetings import TeamMeeting
from ogg_desktop.vault.connection import Connection

_SELECT = "SELECT team, held_on, topics, decisions, id, created_at FROM team_meetings"


def _meeting(row: tuple[object, ...]) -> TeamMeeting:
    return TeamMeeting(str(row[0]), date.fromisoformat(str(row[1])), str(row[2] or ""), str(row[3] or ""),
                       int(str(row[4])), str(row[5]))


class TeamMeetingRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, meeting: TeamMeeting) -> TeamMeeting:
        now = utc_iso()
        cur = self.conn.execute(
            "INSERT INTO team_meetings(team, held_on, topics, decisions, created_at) VALUES (?,?,?,?,?)",
            (meeting.team, meeting.held_on.isoformat(), meeting.topics, meeting.decisions, now))
        meeting.id, meeting.created_at = int(cur.lastrowid), now
        return meeting

    def update(self, meeting: TeamMeeting) -> None:
        self.conn.execute("UPDATE team_meetings SET team=?, held_on=?, topics=?, decisions=? WHERE id=?",
                          (meeting.team, meeting.held_on.isoformat(), meeting.topics, meeting.decisions, meeting.id))

    def delete(self, meeting_id: int) -> None:
        self.conn.execute("DELETE FROM team_meetings WHERE id = ?", (meeting_id,))

    def get(self, meeting_id: int) -> TeamMeeting | None:
        row = self.conn.execute(_SELECT + " WHERE id = ?", (meeting_id,)).fetchone()
        return _meeting(tuple(row)) if row else None

    def all(self) -> list[TeamMeeting]:
        """Newest first."""
        rows = self.conn.execute(_SELECT + " ORDER BY held_on DESC, id DESC")
        return [_meeting(tuple(r)) for r in rows]
