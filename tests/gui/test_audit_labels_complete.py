"""Every audit action the code writes has a label in the history view (no raw codes for the user)."""

from __future__ import annotations

import re
from pathlib import Path

from ogg_desktop.gui.labels import audit_action_label

ROOT = Path(__file__).resolve().parents[2] / "ogg_desktop"


def test_every_audited_action_has_a_label() -> None:
    actions: set[str] = set()
    for source in ROOT.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        actions |= set(re.findall(r'audit\.append\([^,]+,\s*"([a-z_]+)"', text))
        actions |= set(re.findall(r'self\._audit\(case,\s*"([a-z_]+)"', text))
    assert len(actions) > 30
    unlabelled = sorted(a for a in actions if audit_action_label(a) == a)
    assert unlabelled == []
