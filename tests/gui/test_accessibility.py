"""Keyboard and screen-reader use of every window: each control has a name a screen reader reads, Tab
reaches each control once in reading order, no two labels/buttons in one window share an Alt+letter,
and every menu entry has a shortcut or a mnemonic.

Adding a dialog to the app? Add one line to ``DIALOGS`` below saying how to open it; the test
``test_every_dialog_of_the_app_is_in_the_table`` fails until you do."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

import ogg_desktop.gui
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.workflow import PlatformReport
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.reports.model import ReportKind
from ogg_desktop.services.demo import populate
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault
from tests.conftest import png_bytes
from tests.gui.a11y_checks import (
    accessible_description,
    accessible_name,
    mnemonic,
    mnemonic_clashes,
    problems,
)


@dataclass
class Ctx:
    """What a dialog needs to be opened: a vault with the demo cases, one case, the main window."""

    session: Session
    case: Case
    window: MainWindow
    settings: QSettings
    tmp_path: Path

    @property
    def vault(self) -> Vault:
        return self.session.vault


def _g(module: str, name: str) -> Callable[..., QWidget]:
    return getattr(importlib.import_module(f"ogg_desktop.gui.{module}"), name)  # type: ignore[no-any-return]


def _report(c: Ctx) -> PlatformReport:
    reports = c.session.workflow.platform_reports(c.case)
    return reports[0] if reports else PlatformReport(c.case.id or 0, "LinkedIn")


def _busy(c: Ctx) -> QWidget:
    dialog = _g("dialogs.handover", "_BusyDialog")("Bundel maken…", "", 0, 0, c.window)
    dialog.setCancelButton(None)  # type: ignore[attr-defined]
    return dialog


# How to open each dialog of the app: "module:Class" -> a function of the context. One line per dialog.
DIALOGS: dict[str, Callable[[Ctx], QWidget]] = {
    "locking:IdleLockDialog": lambda c: _g("locking", "IdleLockDialog")(c.settings, c.window),
    "review.dialogs:CorrectionDialog": lambda c: _g("review.dialogs", "CorrectionDialog")(
        [_g("review.dialogs", "Fact")("transcript", "Letterlijke tekst", "Voorbeeld")], QFont(), c.window),
    "review.dialogs:ConsentConfirmDialog": lambda c: _g("review.dialogs", "ConsentConfirmDialog")(
        "Toestemming", "Mag dit naar de politie?", "Ja, dat mag", QFont(), c.window),
    "review.dialogs:LeaveReviewDialog": lambda c: _g("review.dialogs", "LeaveReviewDialog")(
        lambda typed: False, QFont(), c.window),
    "tabs.aftercare_dialogs:ConversationDialog": lambda c: _g("tabs.aftercare_dialogs", "ConversationDialog")(
        c.case.id, None, c.window),
    "tabs.aftercare_dialogs:StartAftercareDialog": lambda c: _g("tabs.aftercare_dialogs", "StartAftercareDialog")(
        c.session.workflow.schedule(), [("Collega B (verzonnen)", None)], [], c.window),
    "tabs.aftercare_dialogs:HeldDialog": lambda c: _g("tabs.aftercare_dialogs", "HeldDialog")(
        "Eerste gesprek", "", c.window),
    "tabs.aftercare_dialogs:CheckinDialog": lambda c: _g("tabs.aftercare_dialogs", "CheckinDialog")(
        [("Medewerker A (voorbeeld)", None)], None, c.window),
    "tabs.aftercare_dialogs:ReferralDialog": lambda c: _g("tabs.aftercare_dialogs", "ReferralDialog")(
        c.case.id, c.window),
    "tabs.people:PersonDialog": lambda c: _g("tabs.people", "PersonDialog")(None, c.window),
    "tabs.people:AccountDialog": lambda c: _g("tabs.people", "AccountDialog")(
        None, c.session.people.involvements(c.case), c.window),
    "tabs.overview:ConsentDialog": lambda c: _g("tabs.overview", "ConsentDialog")(c.window),
    "dialogs.verify:VerifyDialog": lambda c: _g("dialogs.verify", "VerifyDialog")(c.session.verify(), c.window),
    "dialogs.image_viewer:ImageViewerDialog": lambda c: _g("dialogs.image_viewer", "ImageViewerDialog")(
        QImage.fromData(png_bytes(640, 400)), "Bericht", c.window),
    "dialogs.handover:_BusyDialog": _busy,
    "dialogs.handover:ExportBundleDialog": lambda c: _g("dialogs.handover", "ExportBundleDialog")(
        c.session, c.case, c.window),
    "dialogs.handover:ImportBundleDialog": lambda c: _g("dialogs.handover", "ImportBundleDialog")(
        c.session, c.window),
    "dialogs.export:ExportDialog": lambda c: _g("dialogs.export", "ExportDialog")(
        c.session, c.case, ReportKind.HR, "nl", None, c.window),
    "dialogs.vault_dialogs:CreateVaultDialog": lambda c: _g("dialogs.vault_dialogs", "CreateVaultDialog")(
        c.tmp_path / "nieuw" / "kluis.ogg", "tester", None),
    "dialogs.vault_dialogs:RecoveryKeyDialog": lambda c: _g("dialogs.vault_dialogs", "RecoveryKeyDialog")(
        "ABCD-EFGH-IJKL-MNOP-QRST-UVWX", None),
    "dialogs.vault_dialogs:UnlockDialog": lambda c: _g("dialogs.vault_dialogs", "UnlockDialog")(
        c.vault.path, "tester", None),
    "dialogs.vault_dialogs:RecoverDialog": lambda c: _g("dialogs.vault_dialogs", "RecoverDialog")(
        c.vault.path, "tester", None),
    "dialogs.vault_dialogs:ChangePassphraseDialog": lambda c: _g("dialogs.vault_dialogs",
                                                                 "ChangePassphraseDialog")(c.vault, c.window),
    "dialogs.schedule:ScheduleDialog": lambda c: _g("dialogs.schedule", "ScheduleDialog")(
        c.session.workflow.schedule(), c.window),
    "dialogs.backup_restore:RestoreDialog": lambda c: _g("dialogs.backup_restore", "RestoreDialog")(
        c.vault.path, c.window),
    "dialogs.audit_viewer:AuditLogDialog": lambda c: _g("dialogs.audit_viewer", "AuditLogDialog")(
        c.session, c.window),
    "dialogs.platform_report:PlatformReportDialog": lambda c: _g("dialogs.platform_report", "PlatformReportDialog")(
        c.session, c.case, None, c.window),
    "dialogs.dsa_notice:NoticeDialog": lambda c: _g("dialogs.dsa_notice", "NoticeDialog")(
        c.session, _report(c), c.window),
    "dialogs.police_report:PoliceReportDialog": lambda c: _g("dialogs.police_report", "PoliceReportDialog")(
        None, c.case, ["Belediging (266 Sr)"], c.window),
    "dialogs.legal_action:LegalActionDialog": lambda c: _g("dialogs.legal_action", "LegalActionDialog")(
        None, c.case, c.window),
    "dialogs.override:OverrideDialog": lambda c: _g("dialogs.override", "OverrideDialog")(
        "Juridische stappen", c.window),
    "dialogs.new_case:NewCaseDialog": lambda c: _g("dialogs.new_case", "NewCaseDialog")(c.session.cases, c.window),
    "dialogs.retention:DestroyCaseDialog": lambda c: _g("dialogs.retention", "DestroyCaseDialog")(
        c.session, c.case, c.window),
    "dialogs.retention:ExtendRetentionDialog": lambda c: _g("dialogs.retention", "ExtendRetentionDialog")(
        c.session, c.case, c.window),
    "dialogs.retention:RetentionDialog": lambda c: _g("dialogs.retention", "RetentionDialog")(c.session, c.window),
    "dialogs.redaction:RedactionDialog": lambda c: _g("dialogs.redaction", "RedactionDialog")(
        png_bytes(640, 400), "Bericht", c.window),
    "dialogs.annual_report:AnnualReportDialog": lambda c: _g("dialogs.annual_report", "AnnualReportDialog")(
        c.session.annual, c.window),
    "dialogs.organisation:OrganisationDialog": lambda c: _g("dialogs.organisation", "OrganisationDialog")(
        c.session.organisation, c.window, workflow=c.session.workflow),
    "dialogs.team_meetings:TeamMeetingsDialog": lambda c: _g("dialogs.team_meetings", "TeamMeetingsDialog")(
        c.session.team_meetings, c.window),
    "dialogs.team_meetings:MeetingDialog": lambda c: _g("dialogs.team_meetings", "MeetingDialog")(
        c.session.team_meetings, None, ["Team Noord (verzonnen)"], date(2026, 12, 2), c.window),
    "dialogs.prevention:PreventionDialog": lambda c: _g("dialogs.prevention", "PreventionDialog")(c.session, c.window),
}

# Base classes that are never shown themselves.
ABSTRACT = {"review.dialogs:_TextDialog", "dialogs.report_common:_Dialog"}


def _dialog_classes() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(ogg_desktop.gui.__path__, "ogg_desktop.gui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == info.name:
                found.add(f"{info.name.removeprefix('ogg_desktop.gui.')}:{name}")
    return found


def test_every_dialog_of_the_app_is_in_the_table() -> None:
    missing = _dialog_classes() - set(DIALOGS) - ABSTRACT
    assert not missing, f"add these dialogs to DIALOGS in {__file__}: {sorted(missing)}"


def make_ctx(qtbot: QtBot, session: Session, settings: QSettings, tmp_path: Path) -> Ctx:
    """The demo vault behind a main window with its first case open (also used by test_look_and_scaling)."""
    populate(session)
    case = session.cases.get(1)  # the demo case with evidence, people, reports and aftercare
    assert case is not None
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    assert case.id is not None
    window.case_list.reload(select_case=case.id)
    window.case_view.show_case(case.id)
    return Ctx(session, case, window, settings, tmp_path)


@pytest.fixture
def ctx(qtbot: QtBot, session: Session, settings: QSettings, tmp_path: Path) -> Ctx:
    return make_ctx(qtbot, session, settings, tmp_path)


def test_every_dialog_names_its_controls_tabs_in_reading_order_and_has_distinct_mnemonics(
        qtbot: QtBot, ctx: Ctx) -> None:
    """One main window for all dialogs (a main window per dialog makes the run slow)."""
    found: list[str] = []
    for key in sorted(DIALOGS):
        dialog = DIALOGS[key](ctx)
        dialog.show()
        qtbot.waitExposed(dialog)
        found += [f"[{key}] {p}" for p in problems(dialog)]
        dialog.close()
        dialog.deleteLater()
    assert not found, "\n".join(found)


def test_main_window_every_tab_of_the_case_and_the_side_panel(qtbot: QtBot, ctx: Ctx) -> None:
    window = ctx.window
    found: list[str] = []
    for side in range(window.side.count()):
        window.side.setCurrentIndex(side)
        page = window.side.widget(side)
        found += problems(window, page)
    tabs = window.case_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(10)
        page = tabs.widget(index)
        found += [f"[{tabs.tabText(index)}] {p}" for p in problems(window, page)]
    found += mnemonic_clashes(window, window.case_view.tabs.tabBar())
    assert not found, "\n".join(found)


def _menu_problems(menu: QMenu) -> list[str]:
    found, letters = [], dict[str, str]()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text()
        letter = mnemonic(text)
        if not letter and action.shortcut().isEmpty():
            found.append(f"menu {menu.title()!r}: {text!r} has neither a shortcut nor an &-letter")
        if letter and letter in letters:
            found.append(f"menu {menu.title()!r}: {letters[letter]!r} and {text!r} both use Alt+{letter.upper()}")
        letters[letter or f"none-{text}"] = text
        if action.menu() is not None:
            found += _menu_problems(action.menu())  # type: ignore[arg-type]
    return found


def test_every_menu_entry_has_a_shortcut_or_a_mnemonic(ctx: Ctx) -> None:
    bar = ctx.window.menuBar()
    found: list[str] = []
    letters: dict[str, str] = {}
    for action in bar.actions():
        letter = mnemonic(action.text())
        assert letter, f"menu {action.text()!r} has no &-letter"
        assert letter not in letters, f"menus {letters[letter]!r} and {action.text()!r} share Alt+{letter}"
        letters[letter] = action.text()
        found += _menu_problems(action.menu())  # type: ignore[arg-type]
    assert not found, "\n".join(found)


PASSWORD_DIALOGS = ["dialogs.vault_dialogs:UnlockDialog", "dialogs.vault_dialogs:RecoverDialog",
                    "dialogs.vault_dialogs:CreateVaultDialog", "dialogs.vault_dialogs:ChangePassphraseDialog",
                    "dialogs.backup_restore:RestoreDialog", "dialogs.handover:ImportBundleDialog"]


def test_inputs_whose_meaning_is_not_obvious_are_described(ctx: Ctx, qtbot: QtBot) -> None:
    """A screen reader reads the name, then the description: a passphrase field says its typing is hidden
    (and how to show it), the unlock field what to do when it is lost, the recovery key field its form."""
    for key in PASSWORD_DIALOGS:
        dialog = DIALOGS[key](ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        fields = [w for w in dialog.findChildren(QLineEdit) if w.isVisibleTo(dialog)
                  and (w.echoMode() == QLineEdit.EchoMode.Password or "sleutel" in w.accessibleName())]
        assert fields, key
        for field in fields:
            assert accessible_name(field) and accessible_description(field), (key, accessible_name(field))
        dialog.close()
    unlock = DIALOGS["dialogs.vault_dialogs:UnlockDialog"](ctx)
    qtbot.addWidget(unlock)
    assert "herstelsleutel" in accessible_description(unlock.passphrase.edit)  # type: ignore[attr-defined]


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen cannot raise the window
def test_the_review_window_names_its_controls_and_tabs_in_reading_order(qtbot: QtBot, ctx: Ctx) -> None:
    """The employee's own window in review mode ("Samen bekijken"), with its larger type."""
    ReviewMode = importlib.import_module("ogg_desktop.gui.review.mode").ReviewMode
    mode = ReviewMode.start(ctx.window, ctx.case)
    assert mode is not None
    try:
        qtbot.waitExposed(mode.window)
        found = problems(mode.window)
        assert not found, "\n".join(found)
    finally:
        mode._stop()
        mode._restore_main()
        mode.window.force_close()
