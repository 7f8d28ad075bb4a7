"""Review mode ("Samen bekijken") on one screen, with a real vault behind a real main window (offscreen).

The vault holds two cases. Canaries: the other case's title "ANDERE-ZAAK-XK42" and a counsellor-only
note "VP-GEHEIM-Q7" in the reviewed case. Neither may be reachable from the review window by any
click or key; the note shared with the employee must show. Only the passphrase ends review mode.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.case import Case, ConsentScope, Employee
from ogg_desktop.domain.evidence import CaptureMethod, EvidenceItem, chronological_key
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Person, Role
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.review.dialogs import ConsentConfirmDialog, CorrectionDialog, LeaveReviewDialog
from ogg_desktop.gui.review.mode import ReviewMode
from ogg_desktop.gui.review.window import ReviewWindow
from ogg_desktop.services.session import Session
from tests.conftest import PASSPHRASE, png_bytes
from tests.gui.conftest import when_modal

OTHER_CASE = "ANDERE-ZAAK-XK42"
PRIVATE_NOTE = "VP-GEHEIM-Q7"
SHARED_NOTE = "Afspraak: we melden het samen bij LinkedIn"
CANARIES = (OTHER_CASE, PRIVATE_NOTE)

# The offscreen platform cannot raise windows; on a real desktop raise_() brings the review window forward.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


# What a person can see or hear (screen reader) in a window ---------------------------------------------

def texts_of(root: QWidget) -> list[str]:
    """Every text a widget tree shows or tells: texts, titles, tooltips, accessible names and descriptions,
    placeholders, item texts of views and combo boxes, action texts."""
    found: list[str] = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        found += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.statusTip(), w.whatsThis(),
                  w.windowTitle()]
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            found.append(w.text())
        if isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            found += [w.toPlainText(), w.placeholderText()]
        if isinstance(w, QGroupBox):
            found.append(w.title())
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    index = model.index(row, col)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                 Qt.ItemDataRole.AccessibleTextRole):
                        value = model.data(index, role)
                        if isinstance(value, str):
                            found.append(value)
        for action in w.actions():
            found += [action.text(), action.toolTip(), action.statusTip()]
    return [t for t in found if t]


def assert_no_canary(root: QWidget) -> list[str]:
    texts = texts_of(root)
    for text in texts:
        for canary in CANARIES:
            assert canary not in text, f"{canary!r} reachable in {type(root).__name__}: {text!r}"
    return texts


def belongs_to(widget: QWidget | None, review: ReviewWindow) -> bool:
    """The widget is the review window, inside it, or in a dialog opened from it."""
    while widget is not None:
        if widget is review:
            return True
        widget = widget.parentWidget()
    return False


# The vault ---------------------------------------------------------------------------------------

@pytest.fixture
def cases(session: Session) -> tuple[Case, list[EvidenceItem]]:
    """The case under review (three items, imported out of order) and another case with the canary title."""
    other = session.cases.create(OTHER_CASE, Employee(pseudonym="Medewerker " + OTHER_CASE))
    session.notes.add(other, "notitie in " + OTHER_CASE, Visibility.EMPLOYEE)
    session.people.add_person(other, Person(name="Persoon uit " + OTHER_CASE), Role.POSTER)
    session.evidence.import_bytes(other, png_bytes(colour="#000000"), method=CaptureMethod.REGION, title=OTHER_CASE)
    case = session.cases.create("Dreigend bericht op LinkedIn", Employee(pseudonym="Medewerker A"),
                                summary="Een oud-collega stuurde een dreigend bericht.")
    session.notes.add(case, PRIVATE_NOTE, Visibility.COUNSELLOR_ONLY)
    session.notes.add(case, SHARED_NOTE, Visibility.EMPLOYEE)
    poster = session.people.add_person(case, Person(name="Oud-collega B"), Role.POSTER)
    items = []
    for title, colour, posted in (("Derde bericht", "#aa3333", date(2026, 3, 3)),
                                  ("Eerste bericht", "#33aa33", date(2026, 1, 10)),
                                  ("Tweede bericht", "#3333aa", date(2026, 2, 2))):
        item = session.evidence.import_bytes(case, png_bytes(320, 200, colour), method=CaptureMethod.REGION,
                                             title=title)
        item.platform, item.posted_on, item.transcript = "LinkedIn", posted, f"Letterlijk: {title.lower()}"
        item.poster_person_id = poster.person.id
        session.evidence.update_details(case, item)
        items.append(item)
    return case, sorted(items, key=chronological_key)


@pytest.fixture
def main(qtbot: QtBot, session: Session, settings: QSettings, cases: tuple[Case, list[EvidenceItem]]) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    case = cases[0]
    assert case.id is not None
    window.case_list.reload(select_case=case.id)
    window.case_view.show_case(case.id)
    return window


def _running(main: MainWindow) -> ReviewMode | None:
    return main.findChild(ReviewMode, "review-mode")


@pytest.fixture
def review(qtbot: QtBot, main: MainWindow) -> Iterator[ReviewWindow]:
    """Review mode started the way a counsellor does it: the action in the main window."""
    assert main.review_action.isEnabled()
    main.review_action.trigger()
    mode = _running(main)
    assert mode is not None and mode.active and not mode.two_screens
    window = mode.window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    if mode.active:  # a test that did not end it: stop showing without the passphrase
        mode._stop()
        mode._restore_main()
        window.force_close()


def _leave(qtbot: QtBot, review: ReviewWindow, passphrase: str) -> list[str]:
    """Ask to leave and answer the passphrase dialog; returns the messages the dialog showed."""
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaveReviewDialog)
        assert_no_canary(dialog)
        QTest.keyClicks(dialog.passphrase, passphrase)
        dialog.end_button.click()
        if dialog.isVisible():
            seen.append(dialog.message.text())
            dialog.cancel_button.click()

    when_modal(answer)
    review.end_button.click()
    return seen


# The action ------------------------------------------------------------------------------------------

def test_the_action_needs_an_open_case(qtbot: QtBot, session: Session, settings: QSettings) -> None:
    window = MainWindow(session, settings)  # an empty vault: no case is open
    qtbot.addWidget(window)
    assert not window.review_action.isEnabled()
    case = session.cases.create("Een dossier")
    assert case.id is not None
    window.case_view.show_case(case.id)
    assert window.review_action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and window.review_action in file_menu.actions()
    window.case_view.clear()
    assert not window.review_action.isEnabled()


# Nothing else reachable ------------------------------------------------------------------------------

def test_no_other_case_and_no_private_note_on_any_page_or_dialog(qtbot: QtBot, main: MainWindow,
                                                                review: ReviewWindow) -> None:
    assert not main.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [review]
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        seen.extend(assert_no_canary(dialog))
        dialog.close()

    for position in range(len(review.items) + 2):
        review.go_to(position)
        seen += assert_no_canary(review)
        if review.current_item() is not None:
            when_modal(look)
            review.item_page.enlarge_button.click()
            when_modal(look)
            review.item_page.wrong_button.click()
    review.go_to(0)
    when_modal(look)
    review.overview_wrong.click()
    review.go_to(len(review.items) + 1)
    _state, button = review.consent_boxes[ConsentScope.POLICE_REPORT]
    when_modal(look)
    button.click()
    # What must show does show: the walk looked at the real texts.
    joined = "\n".join(seen)
    for expected in (SHARED_NOTE, "Dreigend bericht op LinkedIn", "Eerste bericht", "Derde bericht",
                     "Letterlijk: tweede bericht", "Oud-collega B", "Een oud-collega stuurde"):
        assert expected in joined
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not review]


def test_no_key_leads_out_of_the_review_window(qtbot: QtBot, session: Session, main: MainWindow,
                                               review: ReviewWindow,
                                               cases: tuple[Case, list[EvidenceItem]]) -> None:
    case = cases[0]
    assert all(not a.isEnabled() for a in main.findChildren(QAction))
    assert all(not s.isEnabled() for s in main.findChildren(QShortcut))
    dialogs: list[str] = []

    def dismiss() -> None:  # a key that opens one of the review window's own dialogs: look, then close it
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            assert belongs_to(modal, review), f"a window outside review mode opened: {modal!r}"
            dialogs.append(type(modal).__name__)
            assert_no_canary(modal)
            modal.close()

    guard = QTimer()
    guard.timeout.connect(dismiss)
    guard.start(10)
    ctrl, alt, shift = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                        Qt.KeyboardModifier.ShiftModifier)
    keys: list[tuple[Qt.Key, Qt.KeyboardModifier]] = []
    letters = [getattr(Qt.Key, f"Key_{c}") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    keys += [(k, ctrl) for k in letters] + [(k, alt) for k in letters] + [(k, ctrl | shift) for k in letters]
    keys += [(getattr(Qt.Key, f"Key_F{n}"), Qt.KeyboardModifier.NoModifier) for n in range(1, 13)]
    keys += [(Qt.Key.Key_F4, alt), (Qt.Key.Key_Tab, ctrl), (Qt.Key.Key_Tab, ctrl | shift), (Qt.Key.Key_Tab, alt),
             (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
             (Qt.Key.Key_F10, shift), (Qt.Key.Key_PageDown, ctrl), (Qt.Key.Key_PageUp, ctrl)]
    keys += [(getattr(Qt.Key, f"Key_{n}"), m) for n in range(10) for m in (ctrl, alt)]
    try:
        for key, modifiers in keys:
            target = QApplication.focusWidget() or review
            QTest.keyClick(target, key, modifiers)
            # A mnemonic "animates" its button's click: the click comes 100 ms later.
            QTest.qWait(130 if modifiers & alt else 0)
            assert belongs_to(QApplication.focusWidget() or review, review), QKeySequence(key | modifiers).toString()
            assert not main.isVisible()
            assert review.isVisible() and review.case.id == case.id
        for _ in range(100):
            QTest.keyClick(QApplication.focusWidget() or review, Qt.Key.Key_Tab)
            assert belongs_to(QApplication.focusWidget(), review)
        for _ in range(30):
            QTest.keyClick(QApplication.focusWidget() or review, Qt.Key.Key_Backtab, shift)
            assert belongs_to(QApplication.focusWidget(), review)
    finally:
        guard.stop()
    QApplication.processEvents()
    assert "LeaveReviewDialog" in dialogs  # Alt+S (and Alt+F4's close) asked for the passphrase
    assert not main.isVisible() and main.case_view.case is not None and main.case_view.case.id == case.id
    assert_no_canary(review)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [review]


def test_the_hidden_main_window_cannot_be_brought_back(qtbot: QtBot, main: MainWindow, review: ReviewWindow) -> None:
    """A second start of the app asks the running window to come forward (showNormal, raise, activate)."""
    main.showNormal()
    main.raise_()
    main.activateWindow()
    qtbot.waitUntil(lambda: not main.isVisible())
    assert review.isVisible()
    main.new_case_action.trigger()  # disabled: nothing opens
    assert QApplication.activeModalWidget() is None


# Leaving --------------------------------------------------------------------------------------------

def test_closing_the_window_asks_the_passphrase_and_stays(qtbot: QtBot, session: Session, main: MainWindow,
                                                          review: ReviewWindow) -> None:
    asked: list[QWidget] = []

    def cancel(dialog: QWidget) -> None:
        asked.append(dialog)
        assert isinstance(dialog, LeaveReviewDialog)
        dialog.cancel_button.click()

    when_modal(cancel)
    assert not review.close()  # the window manager's close button, or Alt+F4
    qtbot.waitUntil(lambda: bool(asked))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert review.isVisible() and not main.isVisible()
    assert _running(main) is not None


def test_a_wrong_passphrase_keeps_review_mode(qtbot: QtBot, session: Session, main: MainWindow,
                                              review: ReviewWindow, cases: tuple[Case, list[EvidenceItem]]) -> None:
    messages = _leave(qtbot, review, "niet het wachtwoord")
    assert messages == ["Fout: Wachtwoord onjuist. Samen bekijken blijft open."]
    assert review.isVisible() and not main.isVisible()
    assert all(not a.isEnabled() for a in main.findChildren(QAction))
    wrong = [e for e in session.vault.repos.audit.entries(cases[0].reference) if e.action == "review_passphrase_wrong"]
    assert len(wrong) == 1


def test_the_right_passphrase_brings_the_counsellors_window_back(qtbot: QtBot, session: Session, main: MainWindow,
                                                                 review: ReviewWindow,
                                                                 cases: tuple[Case, list[EvidenceItem]]) -> None:
    assert _leave(qtbot, review, PASSPHRASE) == []
    qtbot.waitUntil(main.isVisible)
    assert not review.isVisible()
    assert _running(main) is None
    assert main.review_action.isEnabled() and main.new_case_action.isEnabled() and main.quit_action.isEnabled()
    assert main.case_view.case is not None and main.case_view.case.id == cases[0].id
    actions = [e.action for e in session.vault.repos.audit.entries(cases[0].reference)]
    assert actions[-2:] == ["review_started", "review_ended"]
    # It can start again.
    main.review_action.trigger()
    again = _running(main)
    assert again is not None and again.active and not main.isVisible()
    again._stop()
    again._restore_main()
    again.window.force_close()


# Walking through ------------------------------------------------------------------------------------

def test_next_and_previous_walk_the_evidence_oldest_first(qtbot: QtBot, review: ReviewWindow,
                                                          cases: tuple[Case, list[EvidenceItem]]) -> None:
    _case, items = cases
    assert review.stack.currentWidget() is review.overview
    assert not review.previous_button.isEnabled()
    titles = []
    for _ in items:
        review.next_button.click()
        titles.append(review.item_page.title.text())
        assert review.where.text() == f"Bewijsstuk {len(titles)} van {len(items)}"
    assert titles == ["Eerste bericht", "Tweede bericht", "Derde bericht"]
    assert [i.title for i in items] == titles  # chronological_key: the posting dates
    review.next_button.click()
    assert review.stack.currentWidget() is review.consent_page and not review.next_button.isEnabled()
    QTest.keyClick(review, Qt.Key.Key_Left)
    assert review.item_page.title.text() == "Derde bericht"
    QTest.keyClick(review, Qt.Key.Key_Left)
    assert review.item_page.title.text() == "Tweede bericht"
    QTest.keyClick(review, Qt.Key.Key_Right)
    assert review.item_page.title.text() == "Derde bericht"
    assert "Letterlijk: derde bericht" in review.item_page.transcript.text()
    assert "LinkedIn" in review.item_page.platform.text()
    assert "Oud-collega B" in review.item_page.poster.text()
    assert not review.item_page.image.image.isNull()


def test_the_type_is_larger_than_the_apps(review: ReviewWindow, main: MainWindow) -> None:
    assert review.font().pointSizeF() == pytest.approx(main.font().pointSizeF() * 1.5)
    assert review.item_page.transcript.font().pointSizeF() >= main.font().pointSizeF() * 1.5


# Klopt niet and consent ----------------------------------------------------------------------------

def test_klopt_niet_stores_a_correction_with_an_audit_entry_without_its_words(
        qtbot: QtBot, session: Session, review: ReviewWindow, cases: tuple[Case, list[EvidenceItem]]) -> None:
    case, items = cases
    review.go_next()  # the first item
    words = "Dit schreef hij niet in januari maar in februari WALRUS-9"

    def empty_first(dialog: QWidget) -> None:
        assert isinstance(dialog, CorrectionDialog)
        dialog.choose("date")
        assert "10 januari 2026" in dialog.shown.toPlainText()
        dialog.save_button.click()  # nothing typed yet
        assert dialog.isVisible() and "Schrijf eerst op" in dialog.message.text()
        QTest.keyClicks(dialog.correction, words)
        dialog.save_button.click()

    when_modal(empty_first)
    review.item_page.wrong_button.click()
    [stored] = session.review.corrections(case)
    assert (stored.item_id, stored.field, stored.correction) == (items[0].id, "date", words)
    assert "10 januari 2026" in stored.wrong
    [entry] = [e for e in session.vault.repos.audit.entries(case.reference) if e.action == "review_correction"]
    assert entry.detail == f"field=date;item={items[0].id}" and entry.at_utc == stored.at_utc
    assert all("WALRUS-9" not in e.detail for e in session.vault.repos.audit.entries())
    assert review.message.isVisible() and "Vastgelegd om" in review.message.text()
    assert words in review.item_page.corrections.text()  # the employee sees it was taken down


def test_consent_is_given_and_withdrawn_from_the_review_window(
        qtbot: QtBot, session: Session, review: ReviewWindow, cases: tuple[Case, list[EvidenceItem]]) -> None:
    case = cases[0]
    review.consent_button.click()
    state, button = review.consent_boxes[ConsentScope.PLATFORM_REPORT]
    assert state.text() == "Nu: geen toestemming."

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ConsentConfirmDialog)
        assert any("Melden bij het platform" in label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    when_modal(cancel)
    button.click()
    assert session.cases.consents(case) == []  # cancelled: nothing recorded

    when_modal(lambda dialog: dialog.confirm_button.click())  # type: ignore[attr-defined]
    button.click()
    [consent] = session.cases.consents(case)
    assert consent.scope == ConsentScope.PLATFORM_REPORT and consent.active
    assert state.text().startswith("Nu: u hebt toestemming gegeven")
    assert button.text() == "Toestemming intrekken…"

    when_modal(lambda dialog: dialog.confirm_button.click())  # type: ignore[attr-defined]
    button.click()
    [consent] = session.cases.consents(case)
    assert not consent.active
    assert state.text().startswith("Nu: geen toestemming (ingetrokken op")
    actions = [e.action for e in session.vault.repos.audit.entries(case.reference)]
    assert actions.count("review_consent_given") == 1 and actions.count("review_consent_withdrawn") == 1


def test_after_review_the_counsellor_sees_what_was_recorded(
        qtbot: QtBot, session: Session, main: MainWindow, review: ReviewWindow) -> None:
    review.consent_button.click()
    _state, button = review.consent_boxes[ConsentScope.SHARE_WITH_HR]
    when_modal(lambda dialog: dialog.confirm_button.click())  # type: ignore[attr-defined]
    button.click()
    _leave(qtbot, review, PASSPHRASE)
    qtbot.waitUntil(main.isVisible)
    consents = main.case_view.overview.consents
    assert any("Delen met HR" in consents.item(i).text() for i in range(consents.count()))


def test_locking_the_vault_takes_the_review_window_down(qtbot: QtBot, session: Session, main: MainWindow,
                                                        review: ReviewWindow,
                                                        cases: tuple[Case, list[EvidenceItem]]) -> None:
    """Idle, Ctrl+L in the main window or the system's screen lock: the app's LockSequence unwinds the dialogs,
    then closes the main window (and destroys it). The employee's window must not stay behind."""
    from ogg_desktop.gui.locking import LockSequence

    opened: list[QWidget] = []
    sequence = LockSequence(main)
    ready: list[bool] = []
    sequence.ready.connect(lambda: ready.append(True))

    def lock_now(dialog: QWidget) -> None:  # the lock comes while a dialog is open in the review window
        opened.append(dialog)
        sequence.begin()

    when_modal(lock_now)
    review.go_next()
    review.item_page.wrong_button.click()
    qtbot.waitUntil(lambda: bool(ready))
    assert isinstance(opened[0], CorrectionDialog)
    assert QApplication.activeModalWidget() is None
    assert session.review.corrections(cases[0]) == []  # rejected: nothing half-recorded
    main.close()  # LockSequence.take_down closes the window first, then deletes it
    assert not review.isVisible()
    assert _running(main) is None
    last = session.vault.repos.audit.entries(cases[0].reference)[-1]
    assert (last.action, last.detail) == ("review_ended", "by=app_closed")
