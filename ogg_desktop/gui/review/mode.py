"""Review mode for one case: where the employee's window goes and what happens to the counsellor's.

With a second screen the employee's view fills that screen and the counsellor keeps the full main
window on the laptop; both follow the same evidence item, whichever side moves. With one screen the
main window is hidden, every one of its actions and shortcuts is disabled, and it cannot be shown
again (not even by a second start of the app asking it to come forward) until the passphrase is given.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QScreen, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMessageBox
from shiboken6 import isValid

from ogg_desktop.domain.case import Case
from ogg_desktop.gui.messages import vault_error_text
from ogg_desktop.gui.review.window import ReviewWindow
from ogg_desktop.gui.screen_fit import screen_of
from ogg_desktop.vault.errors import VaultError

if TYPE_CHECKING:
    from ogg_desktop.gui.main_window import MainWindow


def _same_screen(a: QScreen, b: QScreen) -> bool:
    return a.name() == b.name() and a.geometry() == b.geometry()


class ReviewMode(QObject):
    """One run of review mode; a child of the main window while it lasts."""

    finished = Signal()  # review mode is over and the counsellor's window is back

    def __init__(self, main: MainWindow, case: Case, screens: list[QScreen] | None = None) -> None:
        super().__init__(main)
        self.setObjectName("review-mode")
        self.main = main
        self.case = case
        self.active = False
        self.window = ReviewWindow(main.session, case)
        main_screen = screen_of(main)
        others = [s for s in (screens if screens is not None else QGuiApplication.screens())
                  if not _same_screen(s, main_screen)]
        self.employee_screen: QScreen | None = others[0] if others else None
        self._syncing = False
        self._disabled: list[QAction | QShortcut] = []

    @property
    def two_screens(self) -> bool:
        return self.employee_screen is not None

    # Starting ----------------------------------------------------------------------------------
    @classmethod
    def start(cls, main: MainWindow, case: Case) -> ReviewMode | None:
        """Start review mode for ``case``; when it already runs, bring the employee's window forward."""
        running = main.findChild(ReviewMode, "review-mode")
        if running is not None and running.active:
            running.window.raise_()
            running.window.activateWindow()
            return running
        main.case_view.flush()
        mode = cls(main, case)
        if not mode.begin():
            return None
        return mode

    def begin(self) -> bool:
        try:
            self.main.session.review.start(self.case)
        except VaultError as exc:
            QMessageBox.critical(self.main, self.tr("Samen bekijken"), vault_error_text(exc))
            self.window.deleteLater()
            self.deleteLater()
            return False
        self.active = True
        self.window.ended.connect(self._ended)
        self.window.quitRequested.connect(self._quit)
        self.window.recorded.connect(self._recorded)
        self.main.installEventFilter(self)
        if self.employee_screen is not None:
            cv = self.main.case_view
            destroy = getattr(self.main, "destroy_case_action", None)
            if isinstance(destroy, QAction) and destroy.isEnabled():  # not while the employee looks at it
                destroy.setEnabled(False)
                self._disabled.append(destroy)
            self.window.itemShown.connect(self._employee_moved)
            cv.evidence.list.currentItemChanged.connect(self._counsellor_moved)
            cv.caseChanged.connect(self._counsellor_changed)
            self.window.setScreen(self.employee_screen)
            self.window.setGeometry(self.employee_screen.geometry())
            self.window.showFullScreen()
        else:
            screen = screen_of(self.main)
            self.window.setScreen(screen)
            self.window.setGeometry(screen.availableGeometry())
            self.window.showFullScreen()  # before the main window goes: never a moment without a window
            self._hide_main()
        self.window.raise_()
        self.window.activateWindow()
        return True

    # One screen: the counsellor's window out of reach -------------------------------------------
    def _hide_main(self) -> None:
        main = self.main
        shortcuts: list[QAction | QShortcut] = [*main.findChildren(QAction), *main.findChildren(QShortcut)]
        for obj in shortcuts:
            if obj.isEnabled():
                obj.setEnabled(False)
                self._disabled.append(obj)
        main.hide()
        # Should anything show it anyway, it is not put on the screen (and is hidden again at once).
        main.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)

    def _restore_main(self) -> None:
        main = self.main
        if main.isVisible():
            main.hide()
        main.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
        for obj in self._disabled:
            if isValid(obj):
                obj.setEnabled(True)
        self._disabled = []
        main.show()
        main.raise_()
        main.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main and self.active:
            if event.type() == QEvent.Type.Show and not self.two_screens:
                QTimer.singleShot(0, self._hide_again)
            elif event.type() == QEvent.Type.Close:
                self._app_closing()
        return False

    @Slot()
    def _hide_again(self) -> None:
        if self.active and not self.two_screens and self.main.isVisible():
            self.main.hide()
            self.window.raise_()
            self.window.activateWindow()

    # Two screens: following each other -----------------------------------------------------------
    def _shows_this_case(self) -> bool:
        case = self.main.case_view.case
        return case is not None and case.id == self.case.id

    @Slot(int)
    def _employee_moved(self, item_id: int) -> None:
        if self._syncing or not self.active or not self._shows_this_case():
            return  # the counsellor looks at another case: leave them there
        self._syncing = True
        try:
            self._select_for_counsellor(item_id)
        finally:
            self._syncing = False

    def _select_for_counsellor(self, item_id: int) -> None:
        cv = self.main.case_view
        evidence = cv.evidence
        if cv.tabs.currentWidget() is not evidence:
            cv.tabs.setCurrentWidget(evidence)
        for row in range(evidence.list.count()):
            entry = evidence.list.item(row)
            if entry is not None and entry.data(Qt.ItemDataRole.UserRole) == item_id:
                if evidence.list.currentRow() != row:
                    evidence.list.setCurrentRow(row)
                return
        cv.show_evidence_item(item_id)  # not in the list yet (added since): load it afresh

    @Slot(QListWidgetItem, QListWidgetItem)
    def _counsellor_moved(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._syncing or not self.active or current is None or not self._shows_this_case():
            return
        self._syncing = True
        try:
            self.window.show_item(int(current.data(Qt.ItemDataRole.UserRole)))
        finally:
            self._syncing = False

    @Slot(int)
    def _counsellor_changed(self, case_id: int) -> None:
        """The counsellor changed this case in the main window: the employee sees it at once."""
        if self._syncing or not self.active or case_id != self.case.id:
            return
        self._syncing = True
        try:
            self.window.reload()
        finally:
            self._syncing = False

    @Slot()
    def _recorded(self) -> None:
        """A correction or consent was stored: the counsellor's window shows it (history, consents)."""
        if self.two_screens:
            self._refresh_counsellor_view()

    def _refresh_counsellor_view(self) -> None:
        if not self._shows_this_case():
            return
        assert self.case.id is not None
        cv = self.main.case_view
        self._syncing = True
        try:
            tab = cv.tabs.currentWidget()
            cv.show_case(self.case.id)
            cv.tabs.setCurrentWidget(tab)
            item = self.window.current_item()
            if item is not None and item.id is not None:
                for row in range(cv.evidence.list.count()):
                    entry = cv.evidence.list.item(row)
                    if entry is not None and entry.data(Qt.ItemDataRole.UserRole) == item.id:
                        cv.evidence.list.setCurrentRow(row)
            cv.caseChanged.emit(self.case.id)  # the case list and the agenda
        finally:
            self._syncing = False

    # Ending ------------------------------------------------------------------------------------
    @Slot()
    def _ended(self) -> None:
        """The passphrase was right: the counsellor's window comes back, up to date."""
        self._stop()
        if not self.two_screens:
            self._restore_main()
        self._refresh_counsellor_view()
        self._dispose()

    @Slot()
    def _quit(self) -> None:
        """The passphrase cannot be checked: the app quits (the vault is locked), showing nothing."""
        self._stop()
        self.window.force_close()
        self.main.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.main.close()
        self._dispose()

    def _app_closing(self) -> None:
        """The counsellor closes the app from the main window (two screens): the review window goes too."""
        self._stop()
        with contextlib.suppress(VaultError):
            self.main.session.review.end_without_passphrase(self.case)
        self.window.force_close()
        self._dispose()

    def _stop(self) -> None:
        self.active = False
        self.main.removeEventFilter(self)
        if self.two_screens:
            for obj in self._disabled:
                if isValid(obj):
                    obj.setEnabled(True)
            self._disabled = []
            cv = self.main.case_view
            with contextlib.suppress(RuntimeError, TypeError):
                cv.evidence.list.currentItemChanged.disconnect(self._counsellor_moved)
            with contextlib.suppress(RuntimeError, TypeError):
                cv.caseChanged.disconnect(self._counsellor_changed)

    def _dispose(self) -> None:
        self.window.deleteLater()
        self.finished.emit()
        self.setObjectName("")
        self.deleteLater()
