"""Preventiemateriaal: the organisation's prevention documents, one tab each — edit, restore the
default text, print as PDF. Edits are saved when the dialog closes (also when the vault locks) and
before a PDF is made, so what is printed is what is stored."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.prevention import PreventionDocument, PreventionKind
from ogg_desktop.gui.dialogs.prevention_pages import (
    AgreementsPage,
    DocumentPage,
    PolicyPage,
    SelfSearchPage,
    TeamMeetingPage,
)
from ogg_desktop.gui.i18n import current_language
from ogg_desktop.gui.messages import vault_error_text
from ogg_desktop.gui.privacy import choose_save_file
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import VaultError


class PreventionDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language or current_language()
        self.setWindowTitle(self.tr("Preventiemateriaal"))
        intro = QLabel(self.tr(
            "Materiaal om online grensoverschrijdend gedrag te voorkomen, met de naam en de contactpersonen van uw "
            "organisatie erin. Pas de tekst aan en maak er een PDF van om te printen of te delen. Wijzigingen "
            "worden bewaard als u het venster sluit."), self)
        intro.setWordWrap(True)
        self.message = InlineMessage(self)

        organisation = session.organisation.get()
        self.policy = PolicyPage(organisation, self)
        self.agreements = AgreementsPage(self)
        self.team = TeamMeetingPage(self)
        self.self_search = SelfSearchPage(self)
        self.pages: list[DocumentPage] = [self.policy, self.agreements, self.team, self.self_search]
        self.loaded: dict[PreventionKind, PreventionDocument] = {}

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Documenten"))
        titles = [self.tr("Wie doet wat"), self.tr("Omgangsafspraken"), self.tr("Teamoverleg"),
                  self.tr("Zelf googelen")]
        page: DocumentPage
        for page, title in zip(self.pages, titles, strict=True):
            self.tabs.addTab(page, title)
            self._load(page)

        self.pdf_buttons: dict[PreventionKind, QPushButton] = {}
        for page in (self.policy, self.team, self.self_search):
            button = QPushButton(self.tr("&PDF maken…"), page)
            button.setAccessibleName(self.tr("PDF maken"))
            button.clicked.connect(lambda _=False, p=page: self.make_pdf(p, "document"))
            self.pdf_buttons[page.kind] = button
            self._button_row(page, [page.reset_button, button])
        self.poster_size = QComboBox(self.agreements)
        self.poster_size.addItem(self.tr("A3 (wachtkamer)"), "poster_a3")
        self.poster_size.addItem(self.tr("A4"), "poster_a4")
        self.poster_size.setAccessibleName(self.tr("Papierformaat van de poster"))
        size_label = QLabel(self.tr("Papier&formaat"), self.agreements)
        size_label.setBuddy(self.poster_size)
        self.poster_button = QPushButton(self.tr("&Poster maken…"), self.agreements)
        self.poster_button.setAccessibleName(self.tr("Poster maken"))
        self.poster_button.clicked.connect(
            lambda: self.make_pdf(self.agreements, str(self.poster_size.currentData())))
        self.flyer_button = QPushButton(self.tr("F&lyer maken (A5)…"), self.agreements)
        self.flyer_button.setAccessibleName(self.tr("Flyer maken"))
        self.flyer_button.clicked.connect(lambda: self.make_pdf(self.agreements, "flyer"))
        self._button_row(self.agreements, [self.agreements.reset_button, size_label, self.poster_size,
                                           self.poster_button, self.flyer_button])
        for page in self.pages:
            page.reset_button.clicked.connect(lambda _=False, p=page: self.reset(p))

        self.buttons = QDialogButtonBox(self)
        close = self.buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setAccessibleName(self.tr("Sluiten"))
        self.close_button = close
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [self.tabs]
        for page in self.pages:
            order.append(page.reset_button)
            if page is self.agreements:
                order += [self.poster_size, self.poster_button, self.flyer_button]
            else:
                order.append(self.pdf_buttons[page.kind])
            order += page.fields
        order.append(close)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.resize(760, 720)

    @staticmethod
    def _button_row(page: DocumentPage, widgets: list[QWidget]) -> None:
        """The page's buttons in a row above its form: restoring on the left, printing on the right."""
        row = QHBoxLayout()
        row.setContentsMargins(6, 6, 6, 0)
        row.addWidget(widgets[0])
        row.addStretch(1)
        for widget in widgets[1:]:
            row.addWidget(widget)
        page.layout_.insertLayout(0, row)

    def _load(self, page: DocumentPage) -> None:
        document = self.session.prevention.get(page.kind, self.language)
        page.load(document)
        self.loaded[page.kind] = page.document()  # as the fields hold it, so an untouched page is unchanged

    def page_for(self, kind: PreventionKind) -> DocumentPage:
        return next(page for page in self.pages if page.kind == kind)

    def save_changes(self) -> None:
        """Store every document whose fields differ from what was loaded (each save is audited)."""
        for page in self.pages:
            document = page.document()
            if document != self.loaded[page.kind]:
                self.session.prevention.save(document)
                self.loaded[page.kind] = document

    @Slot()
    def reset(self, page: DocumentPage) -> None:
        answer = QMessageBox.question(
            self, self.tr("Standaardtekst herstellen"),
            self.tr("De eigen tekst van dit document vervangen door de standaardtekst? Uw wijzigingen gaan verloren."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.prevention.reset(page.kind)
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return
        self._load(page)
        self.message.show_message("info", self.tr("De standaardtekst staat er weer."))

    def _suggested(self, form: str) -> str:
        names = {"policy": self.tr("wie-doet-wat"), "team_meeting": self.tr("teamoverleg-agendapunt"),
                 "self_search": self.tr("zelf-googelen-checklist"), "poster_a3": self.tr("omgangsafspraken-poster-A3"),
                 "poster_a4": self.tr("omgangsafspraken-poster-A4"), "flyer": self.tr("omgangsafspraken-flyer")}
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"{names[form]}.pdf")

    def make_pdf(self, page: DocumentPage, form: str) -> Path | None:
        """Save the edits, ask where, and write the PDF there. Returns the file written, if any."""
        try:
            self.save_changes()
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return None
        chosen = choose_save_file(self, self.tr("PDF opslaan als"),
                                  self._suggested(page.kind.value if form == "document" else form),
                                  self.tr("PDF-bestanden (*.pdf)"))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            self.session.prevention.write_pdf(page.document(), target, self.language, form)
        except OSError as exc:
            self.message.show_message("error", self.tr("De PDF kon niet worden opgeslagen: {reason}").format(
                reason=exc.strerror or str(exc)))
            return None
        self.message.show_message("success", self.tr("Opgeslagen als {file}.").format(file=target))
        return target

    def done(self, result: int) -> None:
        """Closing saves what was typed; a failed save keeps the window open unless the vault is locking."""
        try:
            self.save_changes()
        except VaultError as exc:
            if result == QDialog.DialogCode.Accepted:  # Sluiten; Esc and locking reject and close regardless
                self.message.show_message("error", vault_error_text(exc))
                return
        super().done(result)
