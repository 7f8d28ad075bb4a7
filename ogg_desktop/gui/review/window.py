"""The employee's view of their own case: large type, one thing at a time, nothing else reachable.

It shows the case's title, its summary and the notes shared with the employee, then the evidence one
item at a time (oldest first: domain.evidence.chronological_key) with the image fitted to the screen,
its date, platform and literal text, then the next steps that need the employee's consent. The
employee can say a fact is wrong ("Klopt niet…") and give or withdraw consent; both are stored and
audited at once. There is no case list, no search, no menu and no way to another case; only the
counsellor's passphrase ends the view (also when the window manager asks it to close).

The window is put together from its parts, mixins of this one class (so every text keeps the translation context
"ReviewWindow"): the overview (overview_page), one evidence item (item_page), the consent page (consent_page) and
walking through them (navigation); the building blocks are in widgets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QDialog, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ogg_desktop import APP_NAME
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.domain.evidence import EvidenceItem
from ogg_desktop.domain.notes import Note
from ogg_desktop.gui import formats
from ogg_desktop.gui.messages import invalid_input_text, vault_error_text
from ogg_desktop.gui.review.consent_page import ReviewConsentMixin
from ogg_desktop.gui.review.dialogs import CorrectionDialog, Fact, LeaveReviewDialog
from ogg_desktop.gui.review.item_page import ItemPage, ReviewItemMixin
from ogg_desktop.gui.review.navigation import ReviewNavigationMixin
from ogg_desktop.gui.review.overview_page import ReviewOverviewMixin
from ogg_desktop.gui.review.widgets import MAX_ENLARGE, TYPE_SCALE, FittedImage, plain_label
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import VaultError

__all__ = ["MAX_ENLARGE", "TYPE_SCALE", "FittedImage", "ItemPage", "ReviewWindow"]


class ReviewWindow(ReviewOverviewMixin, ReviewItemMixin, ReviewConsentMixin, ReviewNavigationMixin, QWidget):
    """A top-level window for one case. ``ended`` only after the counsellor's passphrase."""

    itemShown = Signal(int)  # the employee moved to this evidence item
    recorded = Signal()  # a correction or a consent decision was stored
    ended = Signal()  # the passphrase was right: review mode is over
    quitRequested = Signal()  # the passphrase cannot be checked; the counsellor chose to quit

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        assert case.id is not None
        self.session = session
        self.case = case
        self.items: list[EvidenceItem] = []
        self.notes: list[Note] = []
        self.position = 0  # 0: overview, 1..n: the items, n + 1: the next steps
        self._may_close = False
        self._leaving = False
        self._images: dict[int, QImage] = {}
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TYPE_SCALE)
        self.setFont(font)
        self.setWindowTitle(self.tr("Samen bekijken — {reference} — {app}").format(
            reference=case.reference, app=APP_NAME))
        self.setAccessibleName(self.tr("Samen bekijken"))

        # Header: the case, and the only way out ------------------------------------------------
        self.case_title = plain_label(case.title, self, scale=1.4, bold=True)
        self.case_title.setAccessibleName(self.tr("Titel van het dossier"))
        self.subtitle = plain_label(self.tr("Samen bekijken met uw vertrouwenspersoon · {reference}").format(
            reference=case.reference), self)
        self.end_button = QPushButton(self.tr("&Samen bekijken beëindigen…"), self)
        self.end_button.setAccessibleName(self.tr("Samen bekijken beëindigen (wachtwoord van de vertrouwenspersoon)"))
        self.end_button.setToolTip(self.tr("Alleen de vertrouwenspersoon: vraagt het wachtwoord"))
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.case_title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignTop)

        # Sections ----------------------------------------------------------------------------
        self.overview_button = QPushButton(self.tr("&Overzicht"), self)
        self.evidence_button = QPushButton(self.tr("&Bewijs"), self)
        self.consent_button = QPushButton(self.tr("&Toestemming"), self)
        self.sections = QButtonGroup(self)
        for button, name in ((self.overview_button, self.tr("Overzicht")), (self.evidence_button, self.tr("Bewijs")),
                             (self.consent_button, self.tr("Toestemming voor vervolgstappen"))):
            button.setCheckable(True)
            button.setAccessibleName(name)
            self.sections.addButton(button)
        section_row = QHBoxLayout()
        for button in (self.overview_button, self.evidence_button, self.consent_button):
            section_row.addWidget(button)
        section_row.addStretch(1)

        # Pages -------------------------------------------------------------------------------
        self.overview = self._build_overview()
        self.item_page = ItemPage(self)
        self.consent_page = self._build_consent_page()
        self.stack = QStackedWidget(self)
        for page in (self.overview, self.item_page, self.consent_page):
            self.stack.addWidget(page)

        # Walking through ---------------------------------------------------------------------
        self.message = InlineMessage(self)
        self.previous_button = QPushButton(self.tr("← &Vorige"), self)
        self.previous_button.setAccessibleName(self.tr("Vorige"))
        self.next_button = QPushButton(self.tr("Vo&lgende →"), self)
        self.next_button.setAccessibleName(self.tr("Volgende"))
        self.where = plain_label("", self, bold=True)
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where.setAccessibleName(self.tr("Waar u bent"))
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.where, 1)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addLayout(section_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(nav)

        self.end_button.clicked.connect(self.request_leave)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.overview_button.clicked.connect(lambda: self.go_to(0))
        self.evidence_button.clicked.connect(self._go_to_evidence)
        self.consent_button.clicked.connect(lambda: self.go_to(len(self.items) + 1))
        self.item_page.wrong_button.clicked.connect(self._item_wrong)
        self.item_page.enlarge_button.clicked.connect(self._enlarge)
        for keys, slot in (((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.go_previous),
                           ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.go_next)):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)
        self.reload()
        self.go_to(0)

    def reload(self) -> None:
        """Read the case again (the counsellor may have changed it); stays on the same item."""
        current = self.current_item()
        fresh = self.session.cases.get(self.case.id or 0)
        if fresh is not None:
            self.case = fresh
        self.case_title.setText(self.case.title)
        self.items = self.session.review.items(self.case)
        self.notes = self.session.review.shared_notes(self.case)
        self._images.clear()
        self.evidence_button.setEnabled(bool(self.items))
        self._fill_overview()
        self._fill_consents()
        if current is not None and current.id is not None and self.show_item(current.id, announce=False):
            return
        self.go_to(min(self.position, len(self.items) + 1), announce=False)

    def _modal(self, dialog: QDialog) -> int:
        """Run a dialog of this window; afterwards this window has the keyboard again (also without a window
        manager to hand it back), so no key can land anywhere else."""
        try:
            return dialog.exec()
        finally:
            if self.isVisible():
                self.activateWindow()

    def ask_correction(self, item: EvidenceItem | None, facts: list[Fact]) -> None:
        dialog = CorrectionDialog(facts, self.font(), self)
        try:
            while self._modal(dialog) == QDialog.DialogCode.Accepted:
                fact = dialog.fact()
                if fact is None:
                    return
                try:
                    self.session.review.mark_wrong(self.case, item, fact.field, fact.shown, dialog.text())
                except InvalidInputError as exc:
                    dialog.message.show_message("warning", invalid_input_text(exc))
                    continue
                except VaultError as exc:
                    dialog.message.show_message("error", vault_error_text(exc))
                    continue
                self.message.show_message("success", self.tr(
                    "Vastgelegd om {time}: wat u zei over ‘{what}’. De vertrouwenspersoon past het aan of "
                    "bespreekt het met u.").format(time=formats.time_of_day(now_utc()), what=fact.label))
                if item is None:
                    self._fill_overview()
                else:
                    self._show_item(item)
                self.recorded.emit()
                return
        finally:
            dialog.deleteLater()

    # Leaving ------------------------------------------------------------------------------------
    @Slot()
    def request_leave(self) -> None:
        """Ask the counsellor's passphrase; only the right one ends review mode."""
        if self._leaving or self._may_close:
            return
        self._leaving = True
        dialog = LeaveReviewDialog(lambda typed: self.session.review.leave(self.case, typed), self.font(), self)
        try:
            result = self._modal(dialog)
        finally:
            dialog.deleteLater()
            self._leaving = False
        if result == QDialog.DialogCode.Accepted:
            self._may_close = True
            self.ended.emit()
            self.close()
        elif result == LeaveReviewDialog.QUIT:
            self._may_close = True
            self.quitRequested.emit()

    def force_close(self) -> None:
        """The app is closing (from the counsellor's own window): no passphrase needed to stop showing."""
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            self._images.clear()
            super().closeEvent(event)
            return
        event.ignore()  # Alt+F4 or the window manager's close button: never straight to the counsellor's view
        QTimer.singleShot(0, self.request_leave)
