"""In the pseudo-locale (every string ~40% longer, accented) no text is cut off anywhere: the main
window with a case on each of its tabs, and every dialog of the app, on a 1366x768 screen.

DIALOGS is the one table of how to open each dialog. A new QDialog subclass under ogg_desktop/gui
that is not in it fails test_every_dialog_of_the_app_is_in_the_table: add a line for it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

import ogg_desktop.gui
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import EvidenceItem
from ogg_desktop.domain.workflow import PlatformReport
from ogg_desktop.gui import i18n
from ogg_desktop.gui.dialogs.annual_report import AnnualReportDialog
from ogg_desktop.gui.dialogs.audit_viewer import AuditLogDialog
from ogg_desktop.gui.dialogs.backup_restore import RestoreDialog
from ogg_desktop.gui.dialogs.export import ExportDialog
from ogg_desktop.gui.dialogs.handover import ExportBundleDialog, ImportBundleDialog, _BusyDialog
from ogg_desktop.gui.dialogs.image_viewer import ImageViewerDialog
from ogg_desktop.gui.dialogs.new_case import NewCaseDialog
from ogg_desktop.gui.dialogs.organisation import OrganisationDialog
from ogg_desktop.gui.dialogs.prevention import PreventionDialog
from ogg_desktop.gui.dialogs.redaction import RedactionDialog
from ogg_desktop.gui.dialogs.reports import (
    LegalActionDialog,
    NoticeDialog,
    OverrideDialog,
    PlatformReportDialog,
    PoliceReportDialog,
)
from ogg_desktop.gui.dialogs.retention import DestroyCaseDialog, ExtendRetentionDialog, RetentionDialog
from ogg_desktop.gui.dialogs.schedule import ScheduleDialog
from ogg_desktop.gui.dialogs.team_meetings import MeetingDialog, TeamMeetingsDialog
from ogg_desktop.gui.dialogs.vault_dialogs import (
    ChangePassphraseDialog,
    CreateVaultDialog,
    RecoverDialog,
    RecoveryKeyDialog,
    UnlockDialog,
)
from ogg_desktop.gui.dialogs.verify import VerifyDialog
from ogg_desktop.gui.locking import IdleLockDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.pseudo import pseudo_text
from ogg_desktop.gui.review.dialogs import ConsentConfirmDialog, CorrectionDialog, Fact, LeaveReviewDialog
from ogg_desktop.gui.tabs.aftercare import (
    CheckinDialog,
    ConversationDialog,
    HeldDialog,
    ReferralDialog,
    StartAftercareDialog,
)
from ogg_desktop.gui.tabs.overview import ConsentDialog
from ogg_desktop.gui.tabs.people import AccountDialog, PersonDialog
from ogg_desktop.reports.model import ReportKind
from ogg_desktop.services.demo import populate
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes
from tests.gui.layout_check import USABLE, size_as_shown, too_large, truncations

SCREENSHOTS = Path("/tmp/pseudo-screens")  # looked at by a developer; the test only writes them


@dataclass
class App:
    """What the openers need: a vault with the demo cases and the main window on the first one."""

    session: Session
    window: MainWindow
    settings: QSettings
    case: Case
    item: EvidenceItem
    tmp_path: Path

    @property
    def font(self) -> QFont:
        return self.window.font()


def _people(app: App) -> list[tuple[str, int | None]]:
    return [("Medewerker A (voorbeeld)", None), ("Collega B (verzonnen)", 1)]


def _picture() -> bytes:
    return png_bytes(640, 480, "#336699", "Voorbeeld")


# How to open each dialog of the app, by class: one line per dialog.
DIALOGS: dict[type[QDialog], Callable[[App], QDialog]] = {
    AnnualReportDialog: lambda a: AnnualReportDialog(a.session.annual, a.window),
    AuditLogDialog: lambda a: AuditLogDialog(a.session, a.window),
    RestoreDialog: lambda a: RestoreDialog(a.session.vault.path, a.window),
    ExportDialog: lambda a: ExportDialog(a.session, a.case, ReportKind.POLICE, "nl", None, a.window),
    ExportBundleDialog: lambda a: ExportBundleDialog(a.session, a.case, a.window),
    ImportBundleDialog: lambda a: ImportBundleDialog(a.session, a.window),
    _BusyDialog: lambda a: _BusyDialog(QCoreApplication.translate("HandoverActions", "Bundel wordt gemaakt…"),
                                       "", 0, 0, a.window),
    ImageViewerDialog: lambda a: ImageViewerDialog(QImage.fromData(_picture()), a.item.title, a.window),
    NewCaseDialog: lambda a: NewCaseDialog(a.session.cases, a.window),
    OrganisationDialog: lambda a: OrganisationDialog(a.session.organisation, a.window, workflow=a.session.workflow),
    TeamMeetingsDialog: lambda a: TeamMeetingsDialog(a.session.team_meetings, a.window, today=date(2026, 12, 2)),
    MeetingDialog: lambda a: MeetingDialog(a.session.team_meetings, None, ["Team Noord (verzonnen)"],
                                           date(2026, 12, 2), a.window),
    PreventionDialog: lambda a: PreventionDialog(a.session, a.window),
    RedactionDialog: lambda a: RedactionDialog(_picture(), a.item.title, a.window),
    PlatformReportDialog: lambda a: PlatformReportDialog(a.session, a.case, None, a.window),
    NoticeDialog: lambda a: NoticeDialog(a.session, PlatformReport(a.case.id or 0, "LinkedIn",
                                                                   item_ids=[a.item.id or 0]), a.window),
    PoliceReportDialog: lambda a: PoliceReportDialog(None, a.case, ["bedreiging (art. 285 Sr)"], a.window),
    LegalActionDialog: lambda a: LegalActionDialog(None, a.case, a.window),
    OverrideDialog: lambda a: OverrideDialog("Juridische stappen", a.window),
    DestroyCaseDialog: lambda a: DestroyCaseDialog(a.session, a.case, a.window),
    ExtendRetentionDialog: lambda a: ExtendRetentionDialog(a.session, a.case, a.window),
    RetentionDialog: lambda a: RetentionDialog(a.session, a.window, today=date(2040, 1, 1)),
    ScheduleDialog: lambda a: ScheduleDialog(a.session.workflow.schedule(), a.window),
    CreateVaultDialog: lambda a: CreateVaultDialog(a.tmp_path / "nieuw" / "kluis.ogg", "tester", a.window),
    RecoveryKeyDialog: lambda a: RecoveryKeyDialog("-".join(["ABCD"] * 17), a.window),
    UnlockDialog: lambda a: UnlockDialog(a.session.vault.path, "tester", a.window),
    RecoverDialog: lambda a: RecoverDialog(a.session.vault.path, "tester", a.window),
    ChangePassphraseDialog: lambda a: ChangePassphraseDialog(a.session.vault, a.window),
    VerifyDialog: lambda a: VerifyDialog(a.session.verify(), a.window),
    IdleLockDialog: lambda a: IdleLockDialog(a.settings, a.window),
    CorrectionDialog: lambda a: CorrectionDialog(
        [Fact("transcript", "Letterlijke tekst", "Ik weet waar je werkt."),
         Fact("posted_on", "Geplaatst op", "1 maart 2026")], a.font, a.window),
    ConsentConfirmDialog: lambda a: ConsentConfirmDialog(
        "Toestemming geven", "U geeft toestemming om dit te melden bij het platform.", "Toestemming geven",
        a.font, a.window),
    LeaveReviewDialog: lambda a: LeaveReviewDialog(lambda typed: False, a.font, a.window),
    ConversationDialog: lambda a: ConversationDialog(a.case.id or 0, None, a.window),
    StartAftercareDialog: lambda a: StartAftercareDialog(a.session.workflow.schedule(), _people(a), [], a.window),
    HeldDialog: lambda a: HeldDialog("Eerste gesprek", "", a.window),
    CheckinDialog: lambda a: CheckinDialog(_people(a), None, a.window),
    ReferralDialog: lambda a: ReferralDialog(a.case.id or 0, a.window),
    ConsentDialog: lambda a: ConsentDialog(a.window),
    PersonDialog: lambda a: PersonDialog(None, a.window),
    AccountDialog: lambda a: AccountDialog(None, a.session.people.involvements(a.case), a.window),
}
# Base classes that are never shown themselves.
ABSTRACT = {"_Dialog", "_TextDialog"}


def _dialog_classes() -> set[type[QDialog]]:
    found: set[type[QDialog]] = set()
    for module_info in pkgutil.walk_packages(ogg_desktop.gui.__path__, "ogg_desktop.gui."):
        module = importlib.import_module(module_info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            ours = cls.__module__.startswith("ogg_desktop.gui") and cls.__name__ not in ABSTRACT
            if ours and issubclass(cls, QDialog):
                found.add(cls)
    return found


def test_every_dialog_of_the_app_is_in_the_table() -> None:
    missing = sorted(f"{cls.__module__}.{cls.__name__}" for cls in _dialog_classes() - set(DIALOGS))
    assert not missing, f"add these dialogs to DIALOGS in {Path(__file__).name}: {missing}"
    assert len(DIALOGS) >= 36


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    i18n.install_translator(qapp, "pseudo")
    yield
    i18n.install_translator(qapp, "nl")


@pytest.fixture
def app(pseudo: None, qtbot: QtBot, session: Session, settings: QSettings, tmp_path: Path) -> App:
    populate(session)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(USABLE)
    window.show()
    cases = [session.cases.get(s.id) for s in session.cases.summaries()]
    case = max((c for c in cases if c is not None), key=lambda c: len(session.evidence.for_case(c)))
    assert case.id is not None
    window.case_list.reload(select_case=case.id)
    window.case_view.show_case(case.id)
    item = session.evidence.for_case(case)[0]
    return App(session, window, settings, case, item, tmp_path)


def test_the_pseudo_locale_makes_every_string_longer(pseudo: None) -> None:
    text = QCoreApplication.translate("Messages", "Wachtwoord onjuist of bestand beschadigd.")
    assert text.startswith("[") and text.endswith("]") and "Ŵåçĥţŵôôŕð" in text
    assert len(text) >= 1.4 * len("Wachtwoord onjuist of bestand beschadigd.")
    assert QCoreApplication.translate("AgendaPanel", "Let op: %n termijn(en) verstreken.", "", 3).count("3") == 1


def test_pseudo_keeps_placeholders_counts_tags_and_accelerators_of_every_message() -> None:
    root = ET.parse(i18n.I18N_DIR / "ogg_desktop_en.ts").getroot()
    sources = [m.findtext("source") or "" for m in root.iter("message")]
    assert len(sources) > 400
    kept = re.compile(r"\{[A-Za-z_]\w*\}|%n|%\d|<[^<>]*>|&&|&\w")
    for source in sources:
        text = pseudo_text(source)
        assert sorted(kept.findall(text)) == sorted(kept.findall(source)), (source, text)
        assert text.count("&") == source.count("&"), (source, text)
        assert len(kept.sub("", text)) >= 1.3 * len(kept.sub("", source)), (source, text)


def test_the_pseudo_locale_is_hidden_but_selectable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OGG_LANG", "pseudo")
    assert i18n.resolve_language(None) == "pseudo"
    assert i18n.resolve_language("en") == "pseudo"  # wins over the language chosen in the menu
    assert "pseudo" not in i18n.LANGUAGES  # the Taal menu offers nl and en only
    monkeypatch.setenv("OGG_LANG", "en")
    assert i18n.resolve_language(None) == "en"


def test_the_main_window_and_every_tab_show_their_text_whole(qtbot: QtBot, app: App) -> None:
    window = app.window
    assert "[" in window.menuBar().actions()[0].text()  # really in the pseudo-locale
    SCREENSHOTS.mkdir(exist_ok=True)
    problems: list[str] = []
    for side in range(window.side.count()):
        window.side.setCurrentIndex(side)
        problems += [f"side {side}: {p}" for p in truncations(window)]
    window.side.setCurrentIndex(0)
    tabs = window.case_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(10)
        window.grab().save(str(SCREENSHOTS / f"main-{index}.png"))
        problems += [f"tab {tabs.tabText(index)}: {p}" for p in truncations(window)]
    large = too_large(window)
    assert not large, large
    assert not problems, "\n".join(dict.fromkeys(problems))


@pytest.mark.parametrize("dialog_class", list(DIALOGS), ids=lambda cls: cls.__name__)
def test_every_dialog_shows_its_text_whole_on_a_small_screen(
    qtbot: QtBot, app: App, dialog_class: type[QDialog]
) -> None:
    dialog = DIALOGS[dialog_class](app)
    assert isinstance(dialog, dialog_class)
    qtbot.addWidget(dialog)
    large = too_large(dialog)
    size_as_shown(dialog)
    dialog.show()
    qtbot.wait(10)
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / f"{dialog_class.__name__}.png"))
    problems = truncations(dialog)
    dialog.hide()
    assert not large, large
    assert not problems, "\n".join(problems)
