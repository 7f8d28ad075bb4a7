"""The article 16 DSA notice text for one platform report, ready to copy."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.workflow import PlatformReport
from ogg_desktop.gui.dialogs.report_common import _Dialog, _hint_label, _named, _note, hint_text
from ogg_desktop.gui.privacy import ClipboardGuard
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.services.notice import Notifier, build_notice, missing_elements
from ogg_desktop.services.session import Session

NOTIFIER_NAME, NOTIFIER_EMAIL = "notifier_name", "notifier_email"


class NoticeDialog(_Dialog):
    """The article 16 notice for one report's items, ready to copy into the platform's form."""

    def __init__(self, session: Session, report: PlatformReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report = report
        self.setWindowTitle(self.tr("DSA-melding opstellen"))
        found = (session.evidence.get(item_id) for item_id in report.item_ids)
        self.items = [item for item in found if item is not None]
        meta = session.vault.repos.meta
        self._saved = Notifier(meta.get(NOTIFIER_NAME) or "", meta.get(NOTIFIER_EMAIL) or "")

        intro = QLabel((self.tr("Melding bij {platform} van 1 bewijsstuk.") if len(self.items) == 1 else
                        self.tr("Melding bij {platform} van {count} bewijsstukken.")).format(
            platform=report.platform, count=len(self.items)) + " " + self.tr(
            "De app verstuurt niets: kopieer de tekst en plak die in het meldformulier van het platform."), self)
        intro.setWordWrap(True)
        self.hint = _hint_label(self)
        self.hint.setText(hint_text(report.platform))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Nederlands"), "nl")
        self.language.addItem(self.tr("Engels"), "en")
        self.name = QLineEdit(self._saved.name, self)
        self.name.setPlaceholderText(self.tr("naam van wie meldt"))
        self.email = QLineEdit(self._saved.email, self)
        self.email.setPlaceholderText(self.tr("e-mailadres voor de ontvangstbevestiging en het besluit"))
        notifier_note = _note(self.tr("Naam en e-mail worden in de kluis bewaard voor volgende meldingen."), self)
        self.missing = InlineMessage(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setMinimumHeight(300)
        self.copied = InlineMessage(self)
        self.copy_button = QPushButton(self.tr("&Kopiëren"), self)
        self.copy_button.setDefault(True)
        close = QPushButton(self.tr("&Sluiten"), self)
        _named(((self.language, self.tr("Taal van de melding")), (self.name, self.tr("Naam van de melder")),
                (self.email, self.tr("E-mail van de melder")), (self.text, self.tr("Tekst van de melding")),
                (self.copy_button, self.tr("Kopiëren")), (close, self.tr("Sluiten"))))

        form = QFormLayout()
        form.addRow(self.tr("&Taal"), self.language)
        form.addRow(self.tr("&Naam melder"), self.name)
        form.addRow(self.tr("&E-mail melder"), self.email)
        form.addRow("", notifier_note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copied)
        layout.addLayout(buttons)

        self.language.currentIndexChanged.connect(self._refresh)
        self.name.textChanged.connect(self._refresh)
        self.email.textChanged.connect(self._refresh)
        self.name.editingFinished.connect(self.save_notifier)
        self.email.editingFinished.connect(self.save_notifier)
        self.copy_button.clicked.connect(self.copy)
        close.clicked.connect(self.accept)
        self.finished.connect(self.save_notifier)
        self._refresh()
        self.resize(760, 720)

    def notifier(self) -> Notifier:
        return Notifier(self.name.text().strip(), self.email.text().strip())

    @Slot()
    def save_notifier(self) -> None:
        """Keep the notifier's name and e-mail in the vault (audited), when they changed."""
        notifier = self.notifier()
        if notifier == self._saved:
            return
        vault = self.session.vault
        with vault.transaction() as repos:
            repos.meta.set(NOTIFIER_NAME, notifier.name)
            repos.meta.set(NOTIFIER_EMAIL, notifier.email)
            repos.audit.append(vault.actor, "settings_changed", detail="notifier")
        self._saved = notifier

    def missing_text(self) -> str:
        names = {
            "items": self.tr("welke bewijsstukken u meldt (kies ze bij de melding)"),
            "name": self.tr("de naam van de melder"),
            "email": self.tr("een geldig e-mailadres van de melder"),
            "explanation": self.tr("waarom de inhoud illegaal is: kies een strafbaar feit of neem de letterlijke "
                                   "tekst over bij het bewijsstuk"),
        }
        parts = []
        for code in missing_elements(self.items, self.notifier()):
            if code == "url":
                without = ", ".join(str(item.id) for item in self.items if not item.url)
                parts.append(self.tr("de exacte URL van bewijsstuk {items} (vul die in op het tabblad Bewijs)").format(
                    items=without))
            else:
                parts.append(names.get(code, code))
        return "; ".join(parts)

    @Slot()
    def _refresh(self) -> None:
        self.text.setPlainText(build_notice(self.items, self.notifier(), str(self.language.currentData())))
        missing = self.missing_text()
        if missing:
            self.missing.show_message("warning", self.tr("de melding is nog niet compleet. Nog nodig: {list}.").format(
                list=missing))
        else:
            self.missing.show_message("success", self.tr(
                "Alle vier onderdelen staan erin: waarom het illegaal is, de exacte URL's, de melder en de "
                "verklaring te goeder trouw."))
        self.copied.clear_message()

    @Slot()
    def copy(self) -> None:
        ClipboardGuard.for_app().copy_case_text(self.text.toPlainText())  # cleared again after 30 s
        self.save_notifier()
        self.copied.show_message("info", self.tr("Gekopieerd. Plak de tekst in het meldformulier van {platform}.")
                                 .format(platform=self.report.platform))
