"""Team discussions of the conduct agreements and online harassment, and when a team is due again.

The guidance asks organisations to bring the theme back in team meetings as a matter of course: it
lowers the threshold for employees to speak up. The log records when which team discussed it; a team
whose last discussion is older than the reminder period (12 months by default) is due again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ogg_desktop.domain.deadlines import add_months

DEFAULT_REMINDER_MONTHS = 12
MAX_REMINDER_MONTHS = 60


@dataclass
class TeamMeeting:
    team: str
    held_on: date
    topics: str = ""
    decisions: str = ""
    id: int | None = None
    created_at: str = ""


def validate_meeting(meeting: TeamMeeting, today: date | None = None) -> list[str]:
    """Problems to fix before saving; codes, translated by the GUI."""
    problems = []
    if not meeting.team.strip():
        problems.append("team_required")
    if today is not None and meeting.held_on > today:
        problems.append("meeting_in_future")
    return problems


@dataclass(frozen=True)
class TeamStatus:
    """Where one team stands: its last discussion and the day the next one is due."""

    team: str
    last_held_on: date
    meetings: int
    next_due: date  # the last discussion plus the reminder period

    def is_due(self, today: date) -> bool:
        """Due when the last discussion is older than the period: from the day after ``next_due``."""
        return today > self.next_due


def team_key(team: str) -> str:
    """Teams are one team whatever the case or spacing of their name ("Team Noord", "team  noord")."""
    return " ".join(team.split()).casefold()


def team_statuses(meetings: Iterable[TeamMeeting], months: int = DEFAULT_REMINDER_MONTHS) -> list[TeamStatus]:
    """One status per team (by name, ignoring case and spacing), sorted by team name."""
    last: dict[str, TeamMeeting] = {}
    counts: dict[str, int] = {}
    for meeting in meetings:
        key = team_key(meeting.team)
        counts[key] = counts.get(key, 0) + 1
        if key not in last or meeting.held_on >= last[key].held_on:
            last[key] = meeting
    return sorted((TeamStatus(" ".join(m.team.split()), m.held_on, counts[key], add_months(m.held_on, months))
                   for key, m in last.items()), key=lambda s: s.team.casefold())
