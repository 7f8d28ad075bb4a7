"""Evidence: the items of a case, the image as captured, its fixed facts and the details recorded."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.capture.images import ImageRejectedError
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import PLATFORMS, CaptureMethod, Confidence, EvidenceItem
from ogg_desktop.gui.labels import confidence_label, method_label
from ogg_desktop.gui.messages import image_rejected_text, vault_error_text
from ogg_desktop.gui.widgets import InlineMessage, OptionalDateEdit
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import VaultError

THUMB = 96
PREVIEW_WIDTH = 440


def delay_menu(parent: QWidget, trigger: Callable[[int], None]) -> QMenu:
    """Capture now, or after 3, 5 or 10 seconds (time to open a menu or scroll to the post)."""
    menu = QMenu(parent)
    menu.addAction(QCoreApplication.translate("EvidenceTab", "Direct"), lambda: trigger(0))
    for seconds in (3, 5, 10):
        menu.addAction(QCoreApplication.translate("EvidenceTab", "Na %n seconden", "", seconds),
                       partial(trigger, seconds))
    return menu


class EvidenceTab(QWidget):
    caseChanged = Signal(int)
    captureRequested = Signal(int)  # delay in seconds

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.item: EvidenceItem | None = None
        self._loading = False
        self.setAcceptDrops(True)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Bewijsstukken"))
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setMinimumWidth(200)
        self.capture_button = QToolButton(self)
        self.capture_button.setText(self.tr("&Schermafbeelding maken"))
        self.capture_button.setToolTip(self.tr("Het venster verdwijnt, u kiest een gebied op het stilgezette scherm."))
        self.capture_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.capture_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.capture_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.capture_button.setMenu(delay_menu(self, self.captureRequested.emit))
        self.capture_button.clicked.connect(lambda: self.captureRequested.emit(0))
        self.import_button = QPushButton(self.tr("Afbeelding &importeren…"), self)
        self.import_button.setToolTip(self.tr("U kunt afbeeldingen ook hierheen slepen."))
        self.export_button = QPushButton(self.tr("Origineel &exporteren…"), self)
        self.export_button.setEnabled(False)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.capture_button)
        ll.addWidget(self.import_button)
        ll.addWidget(self.export_button)

        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Afbeelding van het bewijsstuk"))
        self.preview.setMinimumHeight(160)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAccessibleName(self.tr("Vaste gegevens van de opname"))

        self.title = QLineEdit(self)
        self.platform = QComboBox(self)
        self.platform.setEditable(True)
        self.platform.addItems(["", *PLATFORMS])
        self.channel = QLineEdit(self)
        self.url = QLineEdit(self)
        self.profile_url = QLineEdit(self)
        self.handle = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.poster = QComboBox(self)
        self.poster_confidence = QComboBox(self)
        for c in Confidence:
            self.poster_confidence.addItem(confidence_label(c), c.value)
        self.poster_basis = QLineEdit(self)
        self.posted_at = QLineEdit(self)
        self.posted_at.setPlaceholderText(self.tr("zoals op het scherm, bijv. ‘3 u’ of ‘12 nov. 14:05’"))
        self.learned_on = OptionalDateEdit(self.tr("Medewerker wist ervan op"), self)
        self.transcript = QPlainTextEdit(self)
        self.transcript.setPlaceholderText(self.tr("Letterlijke tekst, ook spelfouten. Bij video: gesproken woorden "
                                                   "en de plek in de video."))
        self.transcript.setTabChangesFocus(True)
        self.context = QPlainTextEdit(self)
        self.context.setTabChangesFocus(True)
        self.context.setMaximumHeight(80)
        self.offences = QLineEdit(self)
        self.offences.setPlaceholderText(self.tr("suggestie, bijv. bedreiging, belediging"))
        self.archived_url = QLineEdit(self)
        self.message = InlineMessage(self)

        fields = (
            (self.title, self.tr("Titel")), (self.platform, self.tr("Platform")), (self.channel, self.tr("Kanaal")),
            (self.url, self.tr("URL van het bericht")), (self.profile_url, self.tr("URL van het profiel")),
            (self.handle, self.tr("Gebruikersnaam")), (self.display_name, self.tr("Weergavenaam")),
            (self.poster, self.tr("Vermoedelijke plaatser")), (self.poster_confidence, self.tr("Zekerheid")),
            (self.poster_basis, self.tr("Waarop gebaseerd")), (self.posted_at, self.tr("Geplaatst (zoals getoond)")),
            (self.transcript, self.tr("Letterlijke tekst")), (self.context, self.tr("Context")),
            (self.offences, self.tr("Mogelijke strafbare feiten")),
            (self.archived_url, self.tr("Elders gearchiveerd (URL)")),
        )
        for widget, name in fields:
            widget.setAccessibleName(name)

        details = QGroupBox(self.tr("Gegevens"), self)
        form = QFormLayout(details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("&Kanaal"), self.channel)
        form.addRow(self.tr("&URL"), self.url)
        form.addRow(self.tr("Profiel-U&RL"), self.profile_url)
        form.addRow(self.tr("&Gebruikersnaam"), self.handle)
        form.addRow(self.tr("&Weergavenaam"), self.display_name)
        form.addRow(self.tr("Vermoedelijke p&laatser"), self.poster)
        form.addRow(self.tr("&Zekerheid"), self.poster_confidence)
        form.addRow(self.tr("Waarop &gebaseerd"), self.poster_basis)
        form.addRow(self.tr("Geplaatst (zoals getoond)"), self.posted_at)
        form.addRow(self.tr("Medewerker wist ervan op"), self.learned_on)
        form.addRow(self.tr("Letterlijke te&kst"), self.transcript)
        form.addRow(self.tr("&Context"), self.context)
        form.addRow(self.tr("Strafbare feiten"), self.offences)
        form.addRow(self.tr("Elders gearchiveerd"), self.archived_url)

        right_inner = QWidget(self)
        rl = QVBoxLayout(right_inner)
        rl.addWidget(self.message)
        rl.addWidget(self.preview)
        rl.addWidget(self.facts)
        rl.addWidget(details)
        rl.addStretch(1)
        self.right = QScrollArea(self)
        self.right.setWidget(right_inner)
        self.right.setWidgetResizable(True)
        self.right.setFrameShape(QScrollArea.Shape.NoFrame)
        self.empty = QLabel(self.tr("Nog geen bewijs in dit dossier. Importeer een afbeelding of sleep hem hierheen."),
                                    self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        right_box = QWidget(self)
        rb = QVBoxLayout(right_box)
        rb.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(self.empty)
        rb.addWidget(self.right, 1)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.list.currentItemChanged.connect(self._selected)
        self.import_button.clicked.connect(self._import_dialog)
        self.export_button.clicked.connect(self._export_dialog)
        for line in (self.title, self.channel, self.url, self.profile_url, self.handle, self.display_name,
                     self.poster_basis, self.posted_at, self.offences, self.archived_url):
            line.editingFinished.connect(self._save)
        self.platform.currentTextChanged.connect(self._save)
        self.poster.currentIndexChanged.connect(self._save)
        self.poster_confidence.currentIndexChanged.connect(self._save)
        self.learned_on.changed.connect(self._save)
        self._dirty_text = False
        self.transcript.textChanged.connect(self._text_edited)
        self.context.textChanged.connect(self._text_edited)

    # Loading --------------------------------------------------------------------------------
    def load(self, case: Case, select_item: int | None = None) -> None:
        self.flush()
        self.case = case
        self.list.clear()
        self.poster.blockSignals(True)
        self.poster.clear()
        self.poster.addItem(self.tr("— onbekend —"), None)
        for inv in self.session.people.involvements(case):
            if self.poster.findData(inv.person.id) < 0:
                self.poster.addItem(inv.person.name, inv.person.id)
        self.poster.blockSignals(False)
        items = self.session.evidence.for_case(case)
        for item in items:
            self._add_list_item(item)
        has_items = bool(items)
        self.empty.setVisible(not has_items)
        self.right.setVisible(has_items)
        if has_items:
            row = next((i for i, it in enumerate(items) if it.id == select_item), 0)
            self.list.setCurrentRow(row)
        else:
            self.item = None
            self.export_button.setEnabled(False)

    def clear(self) -> None:
        self.case = None
        self.item = None
        self.list.clear()
        self.preview.clear()
        self.facts.clear()

    def _add_list_item(self, item: EvidenceItem) -> None:
        assert item.id is not None
        image = QImage.fromData(self.session.evidence.original_bytes(item.id))
        thumb = QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        entry = QListWidgetItem(QIcon(thumb), f"{item.id}. {item.title or self.tr('(zonder titel)')}", self.list)
        entry.setData(Qt.ItemDataRole.UserRole, item.id)
        entry.setData(Qt.ItemDataRole.AccessibleTextRole, item.title)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.flush()
        if current is None:
            return
        item = self.session.evidence.get(int(current.data(Qt.ItemDataRole.UserRole)))
        if item is None:
            return
        self._show(item)

    def _show(self, item: EvidenceItem) -> None:
        assert item.id is not None
        self._loading = True
        try:
            self.item = item
            self.export_button.setEnabled(True)
            image = QImage.fromData(self.session.evidence.original_bytes(item.id))
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > PREVIEW_WIDTH:  # a preview only: the stored image is never scaled
                pixmap = pixmap.scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation)
            self.preview.setPixmap(pixmap)
            self.facts.setText(self.tr(
                "Vastgelegd: {utc} (UTC) · {local} (lokaal)\nMethode: {method} · door: {who} · app {version}\n"
                "Formaat: {media} · {w} × {h} px · {size} bytes{geometry}\nSHA-256:\n{sha}").format(
                utc=item.captured_at_utc, local=item.captured_at_local, method=method_label(item.method),
                who=item.captured_by or "—", version=item.app_version, media=item.media_type, w=item.width,
                h=item.height, size=item.byte_size,
                geometry=(" · " + self.tr("scherm {g}").format(g=item.screen_geometry)) if item.screen_geometry
                else "", sha=f"{item.sha256[:32]}\n{item.sha256[32:]}"))
            self.title.setText(item.title)
            self.platform.setCurrentText(item.platform)
            self.channel.setText(item.channel)
            self.url.setText(item.url)
            self.profile_url.setText(item.profile_url)
            self.handle.setText(item.handle)
            self.display_name.setText(item.display_name)
            self.poster.setCurrentIndex(max(0, self.poster.findData(item.poster_person_id)))
            self.poster_confidence.setCurrentIndex(self.poster_confidence.findData(item.poster_confidence.value))
            self.poster_basis.setText(item.poster_basis)
            self.posted_at.setText(item.posted_at_shown)
            self.learned_on.set_value(item.learned_on)
            self.transcript.setPlainText(item.transcript)
            self.context.setPlainText(item.context)
            self.offences.setText(", ".join(item.offences))
            self.archived_url.setText(item.archived_url)
            self.message.clear_message()
            self._dirty_text = False
        finally:
            self._loading = False

    # Saving ---------------------------------------------------------------------------------
    @Slot()
    def _text_edited(self) -> None:
        if not self._loading:
            self._dirty_text = True

    def flush(self) -> None:
        if self._dirty_text:
            self._save()

    @Slot()
    def _save(self) -> None:
        if self._loading or self.item is None or self.case is None:
            return
        item = self.item
        item.title = self.title.text().strip()
        item.platform = self.platform.currentText().strip()
        item.channel = self.channel.text().strip()
        item.url = self.url.text().strip()
        item.profile_url = self.profile_url.text().strip()
        item.handle = self.handle.text().strip()
        item.display_name = self.display_name.text().strip()
        item.poster_person_id = self.poster.currentData()
        item.poster_confidence = Confidence(self.poster_confidence.currentData())
        item.poster_basis = self.poster_basis.text().strip()
        item.posted_at_shown = self.posted_at.text().strip()
        item.learned_on = self.learned_on.value()
        item.transcript = self.transcript.toPlainText()
        item.context = self.context.toPlainText()
        item.offences = [o.strip() for o in self.offences.text().split(",") if o.strip()]
        item.archived_url = self.archived_url.text().strip()
        self._dirty_text = False
        changed = self.session.evidence.update_details(self.case, item)
        if changed and "title" in changed:
            current = self.list.currentItem()
            if current is not None:
                current.setText(f"{item.id}. {item.title or self.tr('(zonder titel)')}")
        if changed and self.case.id is not None:
            self.caseChanged.emit(self.case.id)

    # Import / export ------------------------------------------------------------------------
    def import_files(self, paths: list[Path]) -> int:
        """Import each file as its own item; bad ones are named in the message, good ones kept."""
        if self.case is None:
            return 0
        problems: list[str] = []
        last: int | None = None
        for path in paths:
            try:
                item = self.session.evidence.import_file(self.case, path, CaptureMethod.IMPORTED_FILE)
                last = item.id
            except ImageRejectedError as exc:
                problems.append(f"{path.name}: {image_rejected_text(exc)}")
            except VaultError as exc:
                problems.append(f"{path.name}: {vault_error_text(exc)}")
            except OSError:
                problems.append(self.tr("{name}: het bestand kan niet worden gelezen.").format(name=path.name))
        imported = len(paths) - len(problems)
        if imported:
            self.load(self.case, select_item=last)
            assert self.case.id is not None
            self.caseChanged.emit(self.case.id)
        if problems:
            self.message.show_message("error", self.tr("Niet geïmporteerd:") + "\n" + "\n".join(problems))
        elif imported:
            self.message.show_message("success", self.tr("%n afbeelding(en) geïmporteerd.", "", imported))
        return imported

    @Slot()
    def _import_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Afbeeldingen importeren"), "",
                                                self.tr("Afbeeldingen (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"))
        if names:
            self.import_files([Path(n) for n in names])

    @Slot()
    def _export_dialog(self) -> None:
        if self.item is None or self.case is None:
            return
        suggested = self.item.original_filename or f"{self.case.reference}-{self.item.id}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Origineel exporteren"), suggested)
        if not name:
            return
        try:
            self.session.evidence.export_original(self.case, self.item, Path(name))
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return
        except OSError:
            self.message.show_message("error", self.tr("Het bestand kan daar niet worden geschreven."))
            return
        self.message.show_message("success", self.tr("Origineel opgeslagen als {name}.").format(name=name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.case is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_files(paths)
            event.acceptProposedAction()
