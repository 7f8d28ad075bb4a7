from __future__ import annotations

from datetime import date

import pytest

from ogg_desktop.domain.deadlines import klacht_deadline
from ogg_desktop.domain.offences import BY_CODE, OFFENCES, label


def test_the_table_matches_the_domain_reference() -> None:
    assert {o.code for o in OFFENCES} == {"threat", "defamation", "slander", "insult", "stalking", "doxing",
                                          "discrimination", "sexual_images"}
    assert BY_CODE["threat"].article == "285 Sr" and not BY_CODE["threat"].complaint_required
    assert all(BY_CODE[c].complaint_required for c in ("defamation", "slander", "insult", "stalking"))
    assert not BY_CODE["doxing"].confirmed  # shown as a suggestion, never as fact
    assert label("insult") == "Belediging (266 Sr)"
    assert label("iets anders") == "iets anders"


@pytest.mark.parametrize(("learned", "deadline"), [
    (date(2026, 1, 15), date(2026, 4, 15)),
    (date(2026, 11, 30), date(2027, 2, 28)),  # no 30 February: the month's last day
    (date(2027, 11, 30), date(2028, 2, 29)),  # leap year
    (date(2026, 10, 31), date(2027, 1, 31)),
    (date(2026, 12, 31), date(2027, 3, 31)),
])
def test_complaint_deadline_is_three_months_later(learned: date, deadline: date) -> None:
    assert klacht_deadline(learned) == deadline
