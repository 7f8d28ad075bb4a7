"""Dialogs for steps 4–6: a platform report, the DSA notice text, a police report, a legal step, and
'conflict van plichten' (going on without the employee's consent, with a written reason).

Each lives in its own module; this one keeps the old import path working."""

from __future__ import annotations

from ogg_desktop.gui.dialogs.dsa_notice import NOTIFIER_EMAIL, NOTIFIER_NAME, NoticeDialog
from ogg_desktop.gui.dialogs.legal_action import LegalActionDialog
from ogg_desktop.gui.dialogs.override import OverrideDialog
from ogg_desktop.gui.dialogs.platform_report import THUMB, PlatformReportDialog, already_reported, appeal_text
from ogg_desktop.gui.dialogs.police_report import PoliceReportDialog, klacht_offences
from ogg_desktop.gui.dialogs.report_common import hint_text, item_title, long_date, today

__all__ = ["NOTIFIER_EMAIL", "NOTIFIER_NAME", "THUMB", "LegalActionDialog", "NoticeDialog", "OverrideDialog",
           "PlatformReportDialog", "PoliceReportDialog", "already_reported", "appeal_text", "hint_text",
           "item_title", "klacht_offences", "long_date", "today"]
