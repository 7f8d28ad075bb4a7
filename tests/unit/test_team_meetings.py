"""The team-discussion log: meetings stored and audited, the reminder due exactly when a team's last
discussion is older than the period (per team), the period kept in the vault, and the agenda item."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ogg_desktop.domain.deadlines import DeadlineKind
from ogg_desktop.domain.team_meetings import TeamMeeting
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE

TODAY = date(2026, 6, 15)


def actions(session: Session) -> list[str]:
    return [e.action for e in session.vault.repos.audit.entries() if e.action.startswith("team_meeting")]


def test_meetings_are_stored_edited_deleted_and_audited(session: Session) -> None:
    service = session.team_meetings
    first = service.add(TeamMeeting("  Team   Noord ", date(2026, 3, 2), "Omgangsafspraken", "Elk kwartaal"),
                        today=TODAY)
    assert first.id is not None and first.team == "Team Noord"
    service.add(TeamMeeting("Team Zuid", date(2026, 5, 1)), today=TODAY)
    assert [m.team for m in service.meetings()] == ["Team Zuid", "Team Noord"]  # newest first
    first.decisions = "Elke maand"
    service.update(first, today=TODAY)
    assert service.meetings()[1].decisions == "Elke maand"
    service.delete(service.meetings()[0])
    assert [m.team for m in service.meetings()] == ["Team Noord"]
    assert actions(session) == ["team_meeting_added", "team_meeting_added", "team_meeting_updated",
                                "team_meeting_deleted"]
    details = [e.detail for e in session.vault.repos.audit.entries() if e.action.startswith("team_meeting")]
    assert all("Omgangsafspraken" not in d and "Elke" not in d for d in details)  # no content in the log


def test_a_meeting_needs_a_team_and_cannot_lie_in_the_future(session: Session) -> None:
    with pytest.raises(InvalidInputError) as raised:
        session.team_meetings.add(TeamMeeting("  ", date(2026, 6, 16)), today=TODAY)
    assert raised.value.problems == ["team_required", "meeting_in_future"]
    assert session.team_meetings.meetings() == []


def test_the_reminder_is_due_exactly_when_older_than_the_period_per_team(session: Session) -> None:
    service = session.team_meetings
    service.add(TeamMeeting("Team Noord", date(2025, 6, 15)), today=TODAY)
    service.add(TeamMeeting("Team Noord", date(2024, 1, 10)), today=TODAY)  # an older one does not count
    service.add(TeamMeeting("team noord", date(2025, 1, 5)), today=TODAY)  # the same team, other spelling
    service.add(TeamMeeting("Team Zuid", date(2025, 6, 14)), today=TODAY)
    statuses = {s.team: s for s in service.statuses()}
    assert set(statuses) == {"Team Noord", "Team Zuid"}
    assert statuses["Team Noord"].last_held_on == date(2025, 6, 15) and statuses["Team Noord"].meetings == 3
    # 12 months to the day is not older than the period; one day more is
    assert [s.team for s in service.due(date(2026, 6, 14))] == []
    assert [s.team for s in service.due(date(2026, 6, 15))] == ["Team Zuid"]
    assert [s.team for s in service.due(date(2026, 6, 16))] == ["Team Noord", "Team Zuid"]
    service.add(TeamMeeting("Team Zuid", date(2026, 6, 1)), today=TODAY)
    assert [s.team for s in service.due(date(2026, 6, 16))] == ["Team Noord"]


def test_the_agenda_shows_a_team_that_is_due_as_the_organisations_item(session: Session) -> None:
    session.team_meetings.add(TeamMeeting("Team Noord", date(2025, 6, 10)), today=TODAY)
    session.team_meetings.add(TeamMeeting("Team Zuid", date(2026, 1, 10)), today=TODAY)
    agenda = session.agenda.agenda(TODAY)
    assert [(d.kind, d.case_id, d.subject, d.due) for d in agenda.overdue] == [
        (DeadlineKind.TEAM_MEETING, None, "Team Noord", date(2026, 6, 10))]
    assert len(agenda) == 1  # Team Zuid is not due for months
    assert session.agenda.agenda(date(2026, 6, 9)).this_week[0].subject == "Team Noord"  # due soon: this week
    case = session.cases.create("Dossier")
    assert case.id is not None
    assert session.agenda.deadlines(TODAY, case.id) == []  # a case's own agenda has no team items


def test_the_period_setting_persists_and_changes_what_is_due(session: Session, vault_path: Path) -> None:
    service = session.team_meetings
    assert service.reminder_months() == 12
    service.add(TeamMeeting("Team Noord", date(2025, 12, 1)), today=TODAY)
    assert service.due(TODAY) == []
    service.set_reminder_months(6)
    assert [s.team for s in service.due(TODAY)] == ["Team Noord"]
    service.set_reminder_months(6)  # unchanged: no second entry
    with pytest.raises(InvalidInputError):
        service.set_reminder_months(0)
    settings = [e.detail for e in session.vault.repos.audit.entries() if e.action == "settings_changed"]
    assert settings == ["team_meeting_reminder"]
    session.close()
    reopened = Session.on(Vault.unlock(vault_path, PASSPHRASE, "tester"))
    try:
        assert reopened.team_meetings.reminder_months() == 6
        assert [s.team for s in reopened.team_meetings.due(TODAY)] == ["Team Noord"]
    finally:
        reopened.close()
