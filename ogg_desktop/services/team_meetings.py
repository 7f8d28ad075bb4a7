"""The team-discussion log: add, edit and delete meetings (audited), the reminder period, and which
teams are due to discuss the conduct agreements and online harassment again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.deadlines import Deadline, DeadlineKind
from ogg_desktop.domain.team_meetings import (
    DEFAULT_REMINDER_MONTHS,
    MAX_REMINDER_MONTHS,
    TeamMeeting,
    TeamStatus,
    team_statuses,
    validate_meeting,
)
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.vault.vault import Vault

REMINDER_KEY = "team_meeting_reminder_months"


def _today() -> date:
    return now_utc().astimezone().date()


def _tidied(meeting: TeamMeeting) -> TeamMeeting:
    return replace(meeting, team=" ".join(meeting.team.split()), topics=meeting.topics.strip(),
                   decisions=meeting.decisions.strip())


class TeamMeetingService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # The log ----------------------------------------------------------------------------------
    def meetings(self) -> list[TeamMeeting]:
        """Newest first."""
        return self.vault.repos.team_meetings.all()

    def add(self, meeting: TeamMeeting, today: date | None = None) -> TeamMeeting:
        meeting = _tidied(meeting)
        problems = validate_meeting(meeting, today or _today())
        if problems:
            raise InvalidInputError(problems)
        with self.vault.transaction() as repos:
            repos.team_meetings.add(meeting)
            assert meeting.id is not None
            repos.audit.append(self.vault.actor, "team_meeting_added", "team_meeting", meeting.id,
                               detail=f"held_on={meeting.held_on.isoformat()}")
        return meeting

    def update(self, meeting: TeamMeeting, today: date | None = None) -> TeamMeeting:
        meeting = _tidied(meeting)
        assert meeting.id is not None
        problems = validate_meeting(meeting, today or _today())
        if problems:
            raise InvalidInputError(problems)
        with self.vault.transaction() as repos:
            before = repos.team_meetings.get(meeting.id)
            if before is None:
                raise KeyError(meeting.id)
            changed = [name for name in ("team", "held_on", "topics", "decisions")
                       if getattr(before, name) != getattr(meeting, name)]
            if changed:
                repos.team_meetings.update(meeting)
                repos.audit.append(self.vault.actor, "team_meeting_updated", "team_meeting", meeting.id,
                                   detail="fields=" + ",".join(changed))
        return meeting

    def delete(self, meeting: TeamMeeting) -> None:
        assert meeting.id is not None
        with self.vault.transaction() as repos:
            if repos.team_meetings.get(meeting.id) is None:
                raise KeyError(meeting.id)
            repos.team_meetings.delete(meeting.id)
            repos.audit.append(self.vault.actor, "team_meeting_deleted", "team_meeting", meeting.id,
                               detail=f"held_on={meeting.held_on.isoformat()}")

    def teams(self) -> list[str]:
        """The team names used so far, for the team combo."""
        return [status.team for status in self.statuses()]

    # The reminder -----------------------------------------------------------------------------
    def reminder_months(self) -> int:
        text = self.vault.repos.meta.get(REMINDER_KEY)
        try:
            months = int(text or DEFAULT_REMINDER_MONTHS)
        except ValueError:
            return DEFAULT_REMINDER_MONTHS
        return months if 1 <= months <= MAX_REMINDER_MONTHS else DEFAULT_REMINDER_MONTHS

    def set_reminder_months(self, months: int) -> None:
        if not 1 <= months <= MAX_REMINDER_MONTHS:
            raise InvalidInputError(["reminder_out_of_range"])
        if months == self.reminder_months():
            return  # nothing new: no write, no audit entry
        with self.vault.transaction() as repos:
            repos.meta.set(REMINDER_KEY, str(months))
            repos.audit.append(self.vault.actor, "settings_changed", detail="team_meeting_reminder")

    def statuses(self) -> list[TeamStatus]:
        """Each team with its last discussion and the day it is due again, by team name."""
        return team_statuses(self.meetings(), self.reminder_months())

    def due(self, today: date | None = None) -> list[TeamStatus]:
        """The teams whose last discussion is older than the reminder period."""
        day = today or _today()
        return [status for status in self.statuses() if status.is_due(day)]

    def deadlines(self) -> list[Deadline]:
        """One agenda item per team: due the day the period is over (late from the day after). Not a
        case's item: no case id, the team's name as its subject."""
        return [Deadline(None, "", DeadlineKind.TEAM_MEETING, status.next_due, status.team,
                         f"team:{status.team.casefold()}") for status in self.statuses()]
