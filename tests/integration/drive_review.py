"""Helper for the two-screen review test: the real main window and review window on a real X server.

    DISPLAY=:91 QT_QPA_PLATFORM=xcb python -m tests.integration.drive_review VAULT PASSPHRASE

Opens the vault (made by the test: two cases, the first with three items), shows the main window on
the first monitor with the first case, starts review mode from the main window's action, then moves
the employee's view (the Volgende button) and the counsellor's evidence list in turn and notes what the
other side shows. Ends review mode with the passphrase. Prints one JSON line with what it saw; the
screenshot of the employee's monitor goes to ``--shot`` when given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ogg_desktop.gui.i18n import install_translator
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.review.dialogs import LeaveReviewDialog
from ogg_desktop.gui.review.mode import ReviewMode
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault

WAIT_MS = 10_000


def _rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def _screen_of(widget: QWidget) -> str:
    screen: QScreen | None = widget.screen()
    return screen.name() if screen is not None else ""


def _wait(condition: Any, ms: int = WAIT_MS) -> bool:
    waited = 0
    while not condition() and waited < ms:
        QTest.qWait(20)
        waited += 20
    return bool(condition())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("vault", type=Path)
    parser.add_argument("passphrase")
    parser.add_argument("--settings", type=Path, required=True)
    parser.add_argument("--shot", type=Path, default=None)
    args = parser.parse_args()

    app = QApplication([sys.argv[0]])
    install_translator(app, "nl")
    session = Session.on(Vault.unlock(args.vault, args.passphrase, "tester", via="test"))
    out: dict[str, Any] = {"screens": [{"name": s.name(), "geometry": _rect(s.geometry())} for s in app.screens()]}
    window = MainWindow(session, QSettings(str(args.settings), QSettings.Format.IniFormat))
    first = app.screens()[0].availableGeometry()
    window.setGeometry(first.x() + 40, first.y() + 40, 1200, 760)
    window.show()
    QTest.qWaitForWindowExposed(window, WAIT_MS)
    cases = [r for r in session.cases.summaries() if r.title.startswith("Onder")]
    window.case_list.reload(select_case=cases[0].id)
    window.case_view.show_case(cases[0].id)
    out["main_screen"] = _screen_of(window)

    window.review_action.trigger()
    mode = window.findChild(ReviewMode, "review-mode")
    assert mode is not None
    review = mode.window
    if not QTest.qWaitForWindowExposed(review, WAIT_MS):
        print(json.dumps({**out, "error": "the review window did not appear"}), flush=True)
        return 1
    _wait(lambda: review.isFullScreen() and review.geometry() == review.screen().geometry(), 3000)
    out.update(two_screens=mode.two_screens, review_screen=_screen_of(review), review_geometry=_rect(review.geometry()),
               review_fullscreen=review.isFullScreen(), main_visible=window.isVisible(),
               main_enabled=window.new_case_action.isEnabled())
    evidence = window.case_view.evidence

    def counsellor_item() -> int | None:
        entry = evidence.list.currentItem()
        return int(entry.data(Qt.ItemDataRole.UserRole)) if entry is not None else None

    def employee_item() -> int | None:
        item = review.current_item()
        return item.id if item is not None else None

    steps: list[dict[str, Any]] = []
    for _ in range(3):  # the employee walks forward
        QTest.mouseClick(review.next_button, Qt.MouseButton.LeftButton)
        _wait(lambda: counsellor_item() == employee_item())
        steps.append({"by": "employee", "employee": employee_item(), "counsellor": counsellor_item(),
                      "counsellor_tab_is_evidence": window.case_view.tabs.currentWidget() is evidence})
    for row in (0, 1):  # the counsellor picks items in the evidence list
        evidence.list.setCurrentRow(row)
        _wait(lambda: counsellor_item() == employee_item())
        steps.append({"by": "counsellor", "employee": employee_item(), "counsellor": counsellor_item()})
    out["steps"] = steps
    out["chronological"] = [i.id for i in review.items]
    if args.shot is not None:
        screen = review.screen()
        screen.grabWindow(0, 0, 0, screen.geometry().width(), screen.geometry().height()).save(str(args.shot))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LeaveReviewDialog):
            QTimer.singleShot(20, answer)
            return
        out["dialog_screen"] = _screen_of(dialog)
        QTest.keyClicks(dialog.passphrase, args.passphrase)
        dialog.end_button.click()

    QTimer.singleShot(0, answer)

    def give_up() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.close()

    QTimer.singleShot(WAIT_MS, give_up)
    review.end_button.click()
    _wait(lambda: window.findChild(ReviewMode, "review-mode") is None)
    out.update(ended=window.findChild(ReviewMode, "review-mode") is None, review_visible_after=review.isVisible()
               if _alive(review) else False, main_visible_after=window.isVisible())
    print(json.dumps(out), flush=True)
    window.close()
    session.close()
    return 0


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


if __name__ == "__main__":
    sys.exit(main())
