"""The organisation's aftercare schedule, set in the app and used for new aftercare plans."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.deadlines import AftercareSchedule
from ogg_desktop.gui.dialogs.schedule import ScheduleDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.session import Session
from tests.gui.conftest import when_modal


def test_the_schedule_set_in_the_dialog_plans_new_aftercare(qtbot: QtBot, session: Session,
                                                             window: MainWindow) -> None:
    def fill(widget: QWidget) -> None:
        assert isinstance(widget, ScheduleDialog)
        widget.by_days.setChecked(True)
        widget.days.setValue(2)
        widget.followups.setText("8, 1")
        widget.latest.setValue(4)  # before the last follow-up: refused
        widget._save()
        assert "vóór het laatste" in widget.message.text()
        widget.latest.setValue(10)
        widget._save()

    when_modal(fill)
    window.schedule_action.trigger()
    assert session.workflow.schedule() == AftercareSchedule(first_within_working_days=2, followup_weeks=(1, 8),
                                                            last_followup_latest_weeks=10)
    case = session.cases.create("Schema")
    plan = session.workflow.start_aftercare(case, datetime(2026, 4, 23, 12, 0, tzinfo=UTC))  # Thursday
    assert [(e.due_on, e.latest_on) for e in plan] == [
        (date(2026, 4, 28), None),  # 2 working days: Friday, then Tuesday (Monday is King's Day)
        (date(2026, 5, 5), None),
        (date(2026, 6, 23), date(2026, 7, 7)),
    ]
    entries = session.vault.repos.audit.entries()
    assert any(e.action == "settings_changed" and e.detail == "aftercare_schedule" for e in entries)
