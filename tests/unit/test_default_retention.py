"""Closing a case without a retention date gives it the organisation's default: closing date plus the
period from the profile (12 months unless the organisation set another). The user can change it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ogg_desktop.domain.case import CaseStatus
from ogg_desktop.domain.organisation import Organisation
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE


def test_closing_a_case_applies_the_default_retention(session: Session) -> None:
    case = session.cases.create("Afgesloten", opened_on=date(2026, 1, 5))
    case.status, case.closed_on = CaseStatus.CLOSED, date(2026, 2, 28)
    assert "retention_until" in session.cases.update(case)
    assert case.retention_until == date(2027, 2, 28)
    assert case.id is not None
    stored = session.cases.get(case.id)
    assert stored is not None and stored.retention_until == date(2027, 2, 28)


def test_the_period_from_the_profile_is_used_and_a_date_set_by_hand_is_kept(session: Session,
                                                                           vault_path: Path) -> None:
    session.organisation.set(Organisation(name="Stichting Voorbeeld", retention_months=24))
    case = session.cases.create("Twee jaar", opened_on=date(2026, 1, 5))
    case.status, case.closed_on = CaseStatus.CLOSED, date(2026, 3, 31)
    session.cases.update(case)
    assert case.retention_until == date(2028, 3, 31)

    own = session.cases.create("Eigen datum", opened_on=date(2026, 1, 5))
    own.status, own.closed_on, own.retention_until = CaseStatus.CLOSED, date(2026, 3, 31), date(2026, 9, 1)
    session.cases.update(own)
    assert own.retention_until == date(2026, 9, 1)  # the user's date wins

    case.retention_until = date(2029, 1, 1)  # changed afterwards by hand: stays
    assert session.cases.update(case) == ["retention_until"]
    case.retention_until = None  # cleared by hand on a closed case: stays cleared
    session.cases.update(case)
    assert case.id is not None
    session.close()
    reopened = Vault.unlock(vault_path, PASSPHRASE, "tester")
    try:
        again = Session.on(reopened)
        stored = again.cases.get(case.id)
        assert stored is not None and stored.retention_until is None
        assert again.organisation.get().retention_months == 24
    finally:
        reopened.close()


def test_an_open_case_gets_no_retention_date(session: Session) -> None:
    case = session.cases.create("Open", opened_on=date(2026, 1, 5))
    case.summary = "Nog bezig"
    session.cases.update(case)
    assert case.retention_until is None
