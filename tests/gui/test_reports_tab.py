"""Steps 4–6 as a counsellor uses them: platform reports, the DSA notice, the police, legal help — and
the employee's consent gating every one of them (blocked, consent recorded, withdrawn; or overridden
with a written 'conflict van plichten')."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import Case, ConsentScope
from ogg_desktop.domain.deadlines import appeal_deadline
from ogg_desktop.domain.evidence import CaptureMethod, EvidenceItem
from ogg_desktop.domain.platform_hints import HINTS, hint_for
from ogg_desktop.domain.workflow import (
    MIN_JUSTIFICATION,
    FiledBy,
    GatedAction,
    LegalKind,
    PlatformDecision,
    PlatformReport,
    ReportRoute,
)
from ogg_desktop.gui.dialogs.reports import (
    LegalActionDialog,
    NoticeDialog,
    OverrideDialog,
    PlatformReportDialog,
    PoliceReportDialog,
    today,
)
from ogg_desktop.gui.tabs.overview import ConsentDialog
from ogg_desktop.gui.tabs.reports import ReportsTab
from ogg_desktop.gui.widgets import to_qdate
from ogg_desktop.services.session import Session
from tests.conftest import png_bytes
from tests.gui.conftest import when_modal

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
JUSTIFICATION = ("De medewerker is niet bereikbaar en de dreiging is concreet en acuut: melden kan niet "
                 "wachten.")


def dutch(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@pytest.fixture(autouse=True)
def dutch_locale() -> Iterator[None]:
    """Dates in the app's language (Dutch here), whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(before)


class Answers:
    """Answer the modal dialogs a click opens, one after the other. A failing answer closes its
    dialog (so the test cannot hang in exec()) and is raised by ``check``."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []
        self.seen: list[QWidget] = []

    def next(self, handler: Callable[[QWidget], None]) -> None:
        def run(widget: QWidget) -> None:
            self.seen.append(widget)
            try:
                handler(widget)
                if isinstance(widget, QDialog) and widget.isVisible():
                    raise AssertionError(f"{type(widget).__name__} is still open after its answer")
            except BaseException as exc:  # re-raised by check()
                self.errors.append(exc)
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()

        when_modal(run)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


@pytest.fixture
def answers() -> Iterator[Answers]:
    a = Answers()
    yield a
    a.check()


def ok_button(dialog: QWidget) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_expecting_no_dialog(qtbot: QtBot, button: QPushButton) -> None:
    """Click; a dialog that opens anyway is closed and fails the test."""
    opened: list[QWidget] = []

    def close(widget: QWidget) -> None:
        opened.append(widget)
        if isinstance(widget, QDialog):
            widget.reject()

    when_modal(close, timeout_ms=60)
    click(qtbot, button)
    qtbot.wait(120)
    assert opened == [], f"a dialog opened: {opened}"


def make_case(session: Session, offences: tuple[str, ...] = ("threat", "threat"),
              title: str = "Bedreiging via LinkedIn") -> tuple[Case, list[EvidenceItem]]:
    case = session.cases.create(title)
    items = []
    for n, offence in enumerate(offences, 1):
        item = session.evidence.import_bytes(case, png_bytes(text=str(n)), method=CaptureMethod.REGION,
                                             title=f"Bericht {n}")
        item.platform, item.url = "LinkedIn", f"https://example.invalid/post/{n}"
        item.transcript, item.offences, item.handle = f"Ik weet waar je werkt ({n})", [offence], "@anoniem"
        session.evidence.update_details(case, item)
        items.append(item)
    return case, items


@pytest.fixture
def tab(qtbot: QtBot, session: Session) -> ReportsTab:
    widget = ReportsTab(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    return widget


def changes(tab: ReportsTab) -> list[int]:
    seen: list[int] = []
    tab.caseChanged.connect(seen.append)
    return seen


def cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text() if item else ""


# Consent gating --------------------------------------------------------------------------------
def test_platform_report_is_blocked_then_allowed_after_consent_then_blocked_after_withdrawal(
        qtbot: QtBot, session: Session, tab: ReportsTab, answers: Answers) -> None:
    case, items = make_case(session)
    tab.load(case)
    emitted = changes(tab)
    gate = tab.platform.gate
    assert "nog geen toestemming" in tab.platform.status.text()

    # Blocked: an explanation in words, and nothing stored.
    click_expecting_no_dialog(qtbot, tab.platform.add)
    assert gate.isVisible()
    assert "Melden bij het platform" in gate.text.text()
    assert "toestemming van de medewerker" in gate.text.text()
    assert "conflict van plichten" in gate.text.text()
    assert gate.record.isVisible() and gate.override.isVisible()
    assert session.workflow.platform_reports(case) == []
    assert emitted == []

    # Record the consent through the offered dialog: the scope is already chosen; the report dialog follows.
    def fill_report(widget: QWidget) -> None:
        assert isinstance(widget, PlatformReportDialog)
        widget.platform.setCurrentText("LinkedIn")
        assert widget.item_ids() == [i.id for i in items]  # the items on that platform, ticked for you
        widget.ticket.setText("LI-4711")
        click(qtbot, ok_button(widget))

    def give_consent(widget: QWidget) -> None:
        assert isinstance(widget, ConsentDialog)
        assert widget.scope() == ConsentScope.PLATFORM_REPORT
        widget.how_edit.setText("mondeling, in gesprek")
        answers.next(fill_report)
        click(qtbot, ok_button(widget))

    answers.next(give_consent)
    click(qtbot, gate.record)
    answers.check()
    assert [type(w) for w in answers.seen] == [ConsentDialog, PlatformReportDialog]
    [report] = session.workflow.platform_reports(case)
    assert (report.platform, report.ticket, report.item_ids) == ("LinkedIn", "LI-4711", [i.id for i in items])
    [consent] = session.cases.consents(case)
    assert (consent.scope, consent.how) == (ConsentScope.PLATFORM_REPORT, "mondeling, in gesprek")
    assert not gate.isVisible()
    assert "gegeven op" in tab.platform.status.text()
    assert tab.platform.table.rowCount() == 1 and cell(tab.platform.table, 0, 0) == "LinkedIn"
    assert emitted and set(emitted) == {case.id}

    # Consent for the platform is not consent for the police.
    click_expecting_no_dialog(qtbot, tab.police.add)
    assert tab.police.gate.isVisible() and "Aangifte bij de politie" in tab.police.gate.text.text()

    # Withdrawn: blocked again, and the explanation says so.
    session.cases.withdraw_consent(case, consent, today())
    click_expecting_no_dialog(qtbot, tab.platform.add)
    assert gate.isVisible() and "ingetrokken" in gate.text.text()
    assert len(session.workflow.platform_reports(case)) == 1

    # "Niet nu" puts the explanation away.
    click(qtbot, gate.cancel)
    assert not gate.isVisible() and tab.platform.status.isVisible()


def test_conflict_van_plichten_needs_a_real_justification_which_goes_into_the_audit_log(
        qtbot: QtBot, session: Session, tab: ReportsTab, answers: Answers) -> None:
    case, _items = make_case(session)
    tab.load(case)
    click_expecting_no_dialog(qtbot, tab.police.add)
    assert tab.police.gate.isVisible()

    def file_report(widget: QWidget) -> None:
        assert isinstance(widget, PoliceReportDialog)
        widget.station.setText("Utrecht-Centrum")
        click(qtbot, ok_button(widget))

    def justify(widget: QWidget) -> None:
        assert isinstance(widget, OverrideDialog)
        qtbot.keyClicks(widget.justification, "Dringend")
        assert "nog minstens" in widget.counter.text()
        click(qtbot, ok_button(widget))  # too short: the dialog stays, says why, and nothing is recorded
        assert widget.isVisible()
        assert widget.message.isVisible() and "te kort" in widget.message.text()
        assert str(MIN_JUSTIFICATION) in widget.message.text()
        assert session.workflow.overrides(case) == []
        widget.justification.setPlainText(JUSTIFICATION)
        answers.next(file_report)
        click(qtbot, ok_button(widget))

    answers.next(justify)
    click(qtbot, tab.police.gate.override)
    answers.check()
    assert [type(w) for w in answers.seen] == [OverrideDialog, PoliceReportDialog]
    [report] = session.workflow.police_reports(case)
    assert report.station == "Utrecht-Centrum"
    entry = next(e for e in session.vault.repos.audit.entries() if e.action == "consent_overridden")
    assert json.loads(entry.detail) == {  # the reason's hash: the text itself stays in the case
        "scope": "police_report", "justification_sha256": hashlib.sha256(JUSTIFICATION.encode()).hexdigest()}
    assert "conflict van plichten" in tab.police.status.text()
    assert not tab.police.gate.isVisible()
    # The override covers this step only.
    click_expecting_no_dialog(qtbot, tab.legal.add)
    assert tab.legal.gate.isVisible()


def test_cancelling_the_consent_dialog_stores_nothing_and_keeps_the_explanation(
        qtbot: QtBot, session: Session, tab: ReportsTab, answers: Answers) -> None:
    case, _items = make_case(session)
    tab.load(case)
    click_expecting_no_dialog(qtbot, tab.legal.add)
    answers.next(lambda w: w.reject() if isinstance(w, QDialog) else None)
    click(qtbot, tab.legal.gate.record)
    answers.check()
    assert session.cases.consents(case) == [] and session.workflow.legal_actions(case) == []
    assert tab.legal.gate.isVisible()


# Platform reports ------------------------------------------------------------------------------
def test_platform_report_with_two_items_and_a_decision_counts_down_the_appeal_window(
        qtbot: QtBot, session: Session, tab: ReportsTab, answers: Answers) -> None:
    case, items = make_case(session)
    session.cases.record_consent(case, ConsentScope.PLATFORM_REPORT, today(), "schriftelijk")
    tab.load(case)

    def new_report(widget: QWidget) -> None:
        assert isinstance(widget, PlatformReportDialog)
        widget.platform.setCurrentText("LinkedIn")
        assert widget.item_list.count() == 2 and widget.item_ids() == [i.id for i in items]
        assert not widget.item_list.item(0).icon().isNull()  # a thumbnail beside each title
        assert "Bericht 1" in widget.item_list.item(0).text()
        assert "nog niet gecontroleerd" in widget.hint.text()
        widget.route.setCurrentIndex(widget.route.findData(ReportRoute.DSA_NOTICE.value))
        widget.filed_on.set_value(today() - timedelta(days=30))
        click(qtbot, ok_button(widget))

    answers.next(new_report)
    click(qtbot, tab.platform.add)
    answers.check()
    assert cell(tab.platform.table, 0, 1) == f"{items[0].id}, {items[1].id}"
    assert cell(tab.platform.table, 0, 6) == "—"  # no decision yet

    # The platform decides; the counsellor records it.
    decided = today() - timedelta(days=20)
    deadline = appeal_deadline(decided)
    expected = f"nog {(deadline - today()).days} dagen voor bezwaar (tot {dutch(deadline)})"

    def record_decision(widget: QWidget) -> None:
        assert isinstance(widget, PlatformReportDialog)
        assert widget.item_ids() == [i.id for i in items]
        widget.decision.setCurrentIndex(widget.decision.findData(PlatformDecision.NO_ACTION.value))
        assert "datum van het besluit ontbreekt" in widget.appeal.text()
        widget.decision_on.check.setChecked(True)
        widget.decision_on.edit.setDate(to_qdate(decided))
        widget.decision_on.changed.emit()
        assert widget.appeal.text() == expected
        widget.automated.setCurrentIndex(widget.automated.findData(True))
        widget.reasons.setPlainText("Geen schending van onze richtlijnen.")
        click(qtbot, ok_button(widget))

    tab.platform.table.selectRow(0)
    answers.next(record_decision)
    click(qtbot, tab.platform.edit)
    answers.check()
    [report] = session.workflow.platform_reports(case)
    assert (report.decision, report.decision_on, report.automated) == (PlatformDecision.NO_ACTION, decided, True)
    assert cell(tab.platform.table, 0, 5) == "Geen actie"
    assert cell(tab.platform.table, 0, 6) == expected


def test_reporting_the_same_item_to_the_same_platform_again_is_discouraged(
        qtbot: QtBot, session: Session, tab: ReportsTab, answers: Answers) -> None:
    case, items = make_case(session)
    session.cases.record_consent(case, ConsentScope.PLATFORM_REPORT, today(), "mondeling")
    session.workflow.add_platform_report(case, PlatformReport(case.id or 0, "LinkedIn", item_ids=[items[0].id or 0],
                                                              filed_on=today(), ticket="LI-1"))
    tab.load(case)

    def second(widget: QWidget) -> None:
        assert isinstance(widget, PlatformReportDialog)
        # The suggestion is the platform of an item not yet reported there, with only that item ticked.
        assert widget.platform.currentText() == "LinkedIn"
        widget.item_list.item(0).setCheckState(Qt.CheckState.Checked)
        assert widget.duplicate.isVisible()
        text = widget.duplicate.text()
        assert f"bewijsstuk {items[0].id} is al gemeld bij LinkedIn" in text and "LI-1" in text
        widget.platform.setCurrentText("YouTube")  # another platform: no warning
        assert not widget.duplicate.isVisible()
        widget.filed_by.setCurrentIndex(widget.filed_by.findData(FiledBy.REPRESENTATIVE.value))
        assert widget.first_party.isVisible() and "door of samen met de medewerker" in widget.first_party.text()
        widget.reject()

    answers.next(second)
    click(qtbot, tab.platform.add)
    answers.check()
    assert len(session.workflow.platform_reports(case)) == 1


def test_platform_report_needs_a_platform_and_items(
        qtbot: QtBot, session: Session, tab: ReportsTab, answers: Answers) -> None:
    case, _items = make_case(session)
    session.cases.record_consent(case, ConsentScope.PLATFORM_REPORT, today(), "mondeling")
    tab.load(case)

    def empty(widget: QWidget) -> None:
        assert isinstance(widget, PlatformReportDialog)
        widget.platform.setEditText("")
        for row in range(widget.item_list.count()):
            widget.item_list.item(row).setCheckState(Qt.CheckState.Unchecked)
        click(qtbot, ok_button(widget))
        assert widget.isVisible() and widget.message.isVisible()
        assert "platform" in widget.message.text() and "bewijsstukken" in widget.message.text()
        widget.reject()

    answers.next(empty)
    click(qtbot, tab.platform.add)
    answers.check()
    assert session.workflow.platform_reports(case) == []


# DSA notice ------------------------------------------------------------------------------------
def test_dsa_notice_has_the_four_elements_and_is_copied_to_the_clipboard(
        qtbot: QtBot, session: Session, tab: ReportsTab, answers: Answers) -> None:
    case, items = make_case(session, ("threat", "insult"))
    session.cases.record_consent(case, ConsentScope.PLATFORM_REPORT, today(), "mondeling")
    session.workflow.add_platform_report(case, PlatformReport(case.id or 0, "LinkedIn",
                                                              item_ids=[i.id or 0 for i in items]))
    tab.load(case)
    assert not tab.notice.isEnabled()  # nothing selected yet
    tab.platform.table.selectRow(0)
    QGuiApplication.clipboard().clear()

    def notice(widget: QWidget) -> None:
        assert isinstance(widget, NoticeDialog)
        assert widget.missing.isVisible()
        assert "de naam van de melder" in widget.missing.text()
        assert "e-mailadres van de melder" in widget.missing.text()
        assert "nog niet gecontroleerd" in widget.hint.text()
        qtbot.keyClicks(widget.name, "J. de Vries, vertrouwenspersoon")
        qtbot.keyClicks(widget.email, "vp@organisatie.example")
        text = widget.text.toPlainText()
        assert "Waarom deze inhoud illegaal is" in text and "bedreiging (art. 285 Sr)" in text  # (a)
        assert all(item.transcript in text for item in items)  # (a) the content itself
        assert all(item.url in text for item in items)  # (b)
        assert "J. de Vries, vertrouwenspersoon" in text and "vp@organisatie.example" in text  # (c)
        assert "te goeder trouw" in text  # (d)
        assert "Alle vier onderdelen" in widget.missing.text()
        click(qtbot, widget.copy_button)
        assert QGuiApplication.clipboard().text() == text
        assert widget.copied.isVisible() and "Gekopieerd" in widget.copied.text()
        widget.language.setCurrentIndex(widget.language.findData("en"))
        assert "bona fide" in widget.text.toPlainText()
        widget.accept()

    answers.next(notice)
    click(qtbot, tab.notice)
    answers.check()
    meta = session.vault.repos.meta
    assert (meta.get("notifier_name"), meta.get("notifier_email")) == (
        "J. de Vries, vertrouwenspersoon", "vp@organisatie.example")
    assert any(e.action == "settings_changed" and e.detail == "notifier" for e in session.vault.repos.audit.entries())

    def again(widget: QWidget) -> None:  # the notifier is remembered
        assert isinstance(widget, NoticeDialog)
        assert widget.name.text() == "J. de Vries, vertrouwenspersoon"
        assert not widget.missing.text().startswith("Let op")
        widget.accept()

    answers.next(again)
    click(qtbot, tab.notice)
    answers.check()


def test_dsa_notice_says_which_item_still_lacks_its_url(qtbot: QtBot, session: Session) -> None:
    case, items = make_case(session)
    items[1].url = ""
    session.evidence.update_details(case, items[1])
    report = PlatformReport(case.id or 0, "LinkedIn", item_ids=[i.id or 0 for i in items])
    dialog = NoticeDialog(session, report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert f"de exacte URL van bewijsstuk {items[1].id}" in dialog.missing.text()
    assert "(URL niet vastgelegd)" in dialog.text.toPlainText()


def test_platform_hints_are_neutral_and_never_claim_a_check_date() -> None:
    assert all(h.last_checked is None for h in HINTS)
    assert hint_for("youtube").first_party_only
    assert "betrokkene zelf" in hint_for("YouTube").text
    assert hint_for("Mastodon").platform == ""  # no hint of its own: the general one


# Police ----------------------------------------------------------------------------------------
def test_power_of_attorney_is_asked_only_for_a_klachtdelict(
        qtbot: QtBot, session: Session, tab: ReportsTab, answers: Answers) -> None:
    threat_case, _ = make_case(session, ("threat",), title="Alleen bedreiging")
    insult_case, _ = make_case(session, ("threat", "insult"), title="Ook belediging")
    for case in (threat_case, insult_case):
        session.cases.record_consent(case, ConsentScope.POLICE_REPORT, today(), "mondeling")

    def no_poa(widget: QWidget) -> None:
        assert isinstance(widget, PoliceReportDialog)
        assert not widget.poa_box.isVisible()
        assert widget.filed_by_note.isVisible() and "niet de medewerker" in widget.filed_by_note.text()
        assert not widget.vpt_code.isVisible()
        widget.public_task.setChecked(True)
        assert widget.vpt_code.isVisible()
        widget.vpt_code.setText("VPT-12")
        click(qtbot, ok_button(widget))

    tab.load(threat_case)
    answers.next(no_poa)
    click(qtbot, tab.police.add)
    answers.check()
    [report] = session.workflow.police_reports(threat_case)
    assert (report.public_task, report.vpt_code, report.poa_signed, report.under_number) == (True, "VPT-12", None,
                                                                                             True)

    def with_poa(widget: QWidget) -> None:
        assert isinstance(widget, PoliceReportDialog)
        assert widget.poa_box.isVisible()
        explanation = " ".join(label.text() for label in widget.poa_box.findChildren(type(widget.kind_note)))
        assert "Belediging (266 Sr)" in explanation and "volmacht" in explanation and "3 maanden" in explanation
        assert "Bedreiging" not in explanation  # not a klachtdelict
        widget.poa.setCurrentIndex(widget.poa.findData(True))
        widget.damages.setCurrentIndex(widget.damages.findData(False))
        click(qtbot, ok_button(widget))

    tab.load(insult_case)
    answers.next(with_poa)
    click(qtbot, tab.police.add)
    answers.check()
    [report] = session.workflow.police_reports(insult_case)
    assert (report.poa_signed, report.wish_damages, report.wish_kept_informed) == (True, False, None)
    assert "volmacht getekend" in cell(tab.police.table, 0, 5)


# Legal help ------------------------------------------------------------------------------------
def test_legal_action_appears_in_the_table(
        qtbot: QtBot, session: Session, tab: ReportsTab, answers: Answers) -> None:
    case, _ = make_case(session)
    session.cases.record_consent(case, ConsentScope.LEGAL_STEPS, today(), "schriftelijk")
    tab.load(case)
    emitted = changes(tab)

    def legal(widget: QWidget) -> None:
        assert isinstance(widget, LegalActionDialog)
        widget.lawyer.setText("mr. A. Jansen")
        widget.kind.setCurrentIndex(widget.kind.findData(LegalKind.IDENTITY_CLAIM.value))
        click(qtbot, ok_button(widget))

    answers.next(legal)
    click(qtbot, tab.legal.add)
    answers.check()
    [action] = session.workflow.legal_actions(case)
    assert (action.lawyer, action.kind, action.started_on) == ("mr. A. Jansen", LegalKind.IDENTITY_CLAIM, today())
    assert cell(tab.legal.table, 0, 0) == "Vordering identiteit van de plaatser"
    assert cell(tab.legal.table, 0, 1) == "mr. A. Jansen"
    assert cell(tab.legal.table, 0, 2) == dutch(today())
    assert emitted == [case.id]


def test_every_control_has_an_accessible_name(qtbot: QtBot, session: Session, tab: ReportsTab) -> None:
    case, _ = make_case(session)
    tab.load(case)
    session.cases.record_consent(case, ConsentScope.POLICE_REPORT, today(), "mondeling")
    dialogs: list[QWidget] = [tab, PlatformReportDialog(session, case, None, tab),
                              PoliceReportDialog(None, case, ["Belediging (266 Sr)"], tab),
                              LegalActionDialog(None, case, tab), OverrideDialog("Juridische stappen", tab)]
    missing = []
    for top in dialogs:
        for widget in top.findChildren(QWidget):
            if isinstance(widget, QComboBox | QLineEdit | QPlainTextEdit | QTableWidget | QAbstractButton):
                if widget.objectName().startswith("qt_") or (
                        isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox)):
                    continue  # Qt's own parts: a date edit's text, a table's corner, an editable combo's edit
                if not (widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())):
                    missing.append(f"{type(top).__name__}: {type(widget).__name__} {widget.objectName()}")
    for dialog in dialogs[1:]:
        dialog.deleteLater()
    assert missing == [], "\n".join(missing)


def test_clear_empties_the_tab(session: Session, tab: ReportsTab) -> None:
    case, items = make_case(session)
    session.workflow.override(case, GatedAction.PLATFORM_REPORT, JUSTIFICATION)
    session.workflow.add_platform_report(case, PlatformReport(case.id or 0, "LinkedIn", item_ids=[items[0].id or 0]))
    tab.load(case)
    assert tab.platform.table.rowCount() == 1
    tab.clear()
    assert tab.platform.table.rowCount() == 0 and not tab.platform.add.isEnabled()
    assert QApplication.activeModalWidget() is None
