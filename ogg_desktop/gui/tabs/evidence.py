"""Evidence: the items of a case, the image as captured, its fixed facts and the details recorded."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QImageWriter,
    QKeySequence,
    QMouseEvent,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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

from ogg_desktop.capture import ocr
from ogg_desktop.capture.exif import photo_facts
from ogg_desktop.capture.images import ImageRejectedError
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import PLATFORMS, CaptureMethod, Confidence, EvidenceItem, chronological_key
from ogg_desktop.domain.people import Role
from ogg_desktop.gui import formats
from ogg_desktop.gui.dialogs.image_viewer import ImageViewerDialog, decode_image
from ogg_desktop.gui.dialogs.redaction import RedactionDialog
from ogg_desktop.gui.labels import confidence_label, method_label
from ogg_desktop.gui.messages import image_rejected_text, invalid_input_text, vault_error_text
from ogg_desktop.gui.offence_picker import OffencePicker
from ogg_desktop.gui.people_picker import PeoplePicker
from ogg_desktop.gui.privacy import choose_open_files, choose_save_file
from ogg_desktop.gui.tabs.people import PersonDialog
from ogg_desktop.gui.widgets import InlineMessage, OptionalDateEdit
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import VaultError

THUMB = 96
PREVIEW_WIDTH = 440
PREVIEW_HEIGHT = 360
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
IMAGE_FILTER_PATTERNS = "*.png *.jpg *.jpeg *.webp *.gif *.bmp"


def looks_like_web_address(text: str) -> bool:
    """http(s)://host/…, with a host that has a dot (or is localhost / an IP address), and no spaces.
    Empty counts as fine: the field is optional."""
    text = text.strip()
    if not text:
        return True
    if any(c.isspace() for c in text):
        return False
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(host) and (
        "." in host.strip(".") or ":" in host or host == "localhost")


def png_from_image(image: QImage) -> bytes:
    """Lossless PNG encoding of an image held in memory (e.g. from the clipboard)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    return bytes(array.data()) if ok else b""


class DelayMenu(QMenu):
    """Capture now, or after 3, 5 or 10 seconds (time to open a menu or scroll to the post)."""

    def __init__(self, parent: QWidget, trigger: Callable[[int], None]) -> None:
        super().__init__(parent)
        self.addAction(self.tr("&Direct"), lambda: trigger(0))
        for seconds in (3, 5, 10):
            # self.tr, not QCoreApplication.translate: PySide6 6.11's lupdate sees the plural only here.
            text = self.tr("Na %n seconden", "", seconds).replace(str(seconds), f"&{seconds}", 1)  # Alt+3, 5, 1
            self.addAction(text, partial(trigger, seconds))


def delay_menu(parent: QWidget, trigger: Callable[[int], None]) -> QMenu:
    return DelayMenu(parent, trigger)


class PreviewLabel(QLabel):
    """The preview image; a double click opens the full view."""

    doubleClicked = Signal()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.pixmap() is not None and not self.pixmap().isNull():
            self.doubleClicked.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class _OcrRelay(QObject):
    """Carries the OCR result from the worker thread back to the GUI thread."""

    finished = Signal(int, object)  # item id, text or None
    engine_found = Signal()  # the (slow, once per run) look-up of Tesseract is done


def _field_with(field: QWidget, *extra: QWidget, below: bool = False) -> QWidget:
    """A form field with something beside (or below) it; the label's mnemonic still reaches the field."""
    box = QWidget(field.parentWidget())
    layout: QHBoxLayout | QVBoxLayout = QVBoxLayout(box) if below else QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    for widget in extra:
        layout.addWidget(widget)
    box.setFocusProxy(field)
    return box


class EvidenceTab(QWidget):
    caseChanged = Signal(int)
    peopleChanged = Signal(int)  # a person was added from the evidence form
    captureRequested = Signal(int)  # delay in seconds

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.item: EvidenceItem | None = None
        self._loading = False
        self._exif_cache: dict[int, list[tuple[str, str]]] = {}
        self._ocr_item: int | None = None
        # Thumbnails arrive after the list is shown, a few per turn of the event loop, so a case
        # with hundreds of items opens at once.
        self._pending_thumbs: list[int] = []
        self._blank_icon: QIcon | None = None
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setInterval(0)
        self._thumb_timer.timeout.connect(self._load_some_thumbnails)
        self._ocr_relay = _OcrRelay(self)
        self._ocr_relay.finished.connect(self._ocr_finished)
        # Asking Tesseract for its languages takes a moment: do it beside the GUI, not before it shows.
        self._ocr_engine_known = False
        self._ocr_relay.engine_found.connect(self._ocr_engine_ready)
        threading.Thread(target=self._look_up_ocr_engine, name="ocr-engine", daemon=True).start()
        self.setAcceptDrops(True)

        # Left: the items, oldest first, and the ways to add one ---------------------------------
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Bewijsstukken"))
        self.list.setAccessibleDescription(self.tr("Op volgorde van vastleggen, oudste eerst"))
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setMinimumWidth(220)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
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
        self.photo_button = QPushButton(self.tr("&Foto van ander apparaat importeren…"), self)
        self.photo_button.setToolTip(self.tr(
            "Een foto van het scherm, gemaakt met bijv. een telefoon. Het bestand wordt ongewijzigd bewaard, "
            "met zijn EXIF-gegevens."))
        self.paste_button = QPushButton(self.tr("Pl&akken uit klembord"), self)
        self.paste_button.setToolTip(self.tr("Een gekopieerde afbeelding als bewijs bewaren (Ctrl+Shift+V)"))
        for button, name in ((self.capture_button, self.tr("Schermafbeelding maken")),
                             (self.import_button, self.tr("Afbeelding importeren")),
                             (self.photo_button, self.tr("Foto van ander apparaat importeren")),
                             (self.paste_button, self.tr("Plakken uit klembord"))):
            button.setAccessibleName(name)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        for button in (self.capture_button, self.import_button, self.photo_button, self.paste_button):
            ll.addWidget(button)
        # Ctrl+V while the list has focus pastes too (the main window has Ctrl+Shift+V everywhere).
        QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.list, self.paste_from_clipboard,
                  Qt.ShortcutContext.WidgetShortcut)

        # Right: the image, its fixed facts and the details ---------------------------------------
        self.preview = PreviewLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Afbeelding van het bewijsstuk"))
        self.preview.setToolTip(self.tr("Dubbelklik om de afbeelding volledig te bekijken"))
        self.preview.setCursor(Qt.CursorShape.PointingHandCursor)
        self.preview.setMinimumHeight(160)
        self.view_button = QPushButton(self.tr("&Volledig bekijken…"), self)
        self.view_button.setToolTip(self.tr("Inzoomen en verschuiven, op ware grootte"))
        self.view_button.setAccessibleName(self.tr("Volledig bekijken"))
        self.redact_button = QPushButton(self.tr("Afschermen…"), self)
        self.redact_button.setToolTip(self.tr(
            "Zwarte vlakken over namen of persoonsgegevens, in een kopie voor HR. Het origineel blijft ongewijzigd."))
        self.redact_button.setAccessibleName(self.tr("Afschermen"))
        self.redact_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Origineel &exporteren…"), self)
        self.export_button.setAccessibleName(self.tr("Origineel exporteren"))
        self.export_button.setEnabled(False)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAccessibleName(self.tr("Vaste gegevens van de opname"))
        self.exif_toggle = QToolButton(self)
        self.exif_toggle.setCheckable(True)
        self.exif_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.exif_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.exif_toggle.setAutoRaise(True)
        self.exif_toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.exif_toggle.setAccessibleName(self.tr("Foto-gegevens (EXIF) tonen"))
        self.exif_label = QLabel(self)
        self.exif_label.setTextFormat(Qt.TextFormat.PlainText)
        self.exif_label.setWordWrap(True)
        self.exif_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exif_label.setAccessibleName(self.tr("Foto-gegevens (EXIF)"))
        self.exif_label.setContentsMargins(18, 0, 0, 0)
        self.exif_label.hide()
        self.exif_toggle.toggled.connect(self._exif_toggled)

        self.title = QLineEdit(self)
        self.platform = QComboBox(self)
        self.platform.setEditable(True)
        self.platform.addItems(["", *PLATFORMS])
        self.channel = QLineEdit(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        self.url_warning = InlineMessage(self)
        self.profile_url = QLineEdit(self)
        self.profile_url.setPlaceholderText("https://…")
        self.profile_url_warning = InlineMessage(self)
        self.handle = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.account = QComboBox(self)
        self.account.setToolTip(self.tr("Van welk account het bericht komt; accounts beheert u onder Betrokkenen."))
        self.poster = QComboBox(self)
        self.poster.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.poster.setMinimumContentsLength(12)
        self.new_person_button = QPushButton(self.tr("Nieuwe persoon…"), self)
        self.new_person_button.setToolTip(self.tr("Een persoon aan dit dossier toevoegen als vermoedelijke plaatser"))
        self.poster_confidence = QComboBox(self)
        for c in Confidence:
            self.poster_confidence.addItem(confidence_label(c), c.value)
        self.poster_basis = QLineEdit(self)
        self.posted_at = QLineEdit(self)
        self.posted_on = OptionalDateEdit(self.tr("Geplaatst op"), self)
        self.posted_at.setPlaceholderText(self.tr("zoals op het scherm, bijv. ‘3 u’ of ‘12 nov. 14:05’"))
        self.learned_on = OptionalDateEdit(self.tr("Medewerker wist ervan op"), self)
        self.transcript = QPlainTextEdit(self)
        self.transcript.setPlaceholderText(self.tr("Letterlijke tekst, ook spelfouten. Bij video: gesproken woorden "
                                                   "en de plek in de video."))
        self.transcript.setTabChangesFocus(True)
        self.transcript.setMinimumHeight(90)
        self.ocr_button = QPushButton(self.tr("Tekst &herkennen (OCR)"), self)
        self.ocr_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.ocr_hint = QLabel(self)
        self.ocr_hint.setWordWrap(True)
        self.ocr_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.ocr_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ocr_hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.context = QPlainTextEdit(self)
        self.context.setTabChangesFocus(True)
        self.context.setMaximumHeight(80)
        self.offences = OffencePicker(self)
        self.archived_url = QLineEdit(self)
        self.witnesses = PeoplePicker(self)
        self.message = InlineMessage(self)

        fields = (
            (self.title, self.tr("Titel")), (self.platform, self.tr("Platform")), (self.channel, self.tr("Kanaal")),
            (self.url, self.tr("URL van het bericht")), (self.profile_url, self.tr("URL van het profiel")),
            (self.handle, self.tr("Gebruikersnaam")), (self.display_name, self.tr("Weergavenaam")),
            (self.account, self.tr("Account")), (self.poster, self.tr("Vermoedelijke plaatser")),
            (self.new_person_button, self.tr("Nieuwe persoon als vermoedelijke plaatser")),
            (self.poster_confidence, self.tr("Zekerheid")),
            (self.poster_basis, self.tr("Waarop gebaseerd")), (self.posted_at, self.tr("Geplaatst (zoals getoond)")),
            (self.transcript, self.tr("Letterlijke tekst")), (self.ocr_button, self.tr("Tekst herkennen (OCR)")),
            (self.ocr_hint, self.tr("Over tekstherkenning")), (self.context, self.tr("Context")),
            (self.offences, self.tr("Mogelijke strafbare feiten")),
            (self.archived_url, self.tr("Elders gearchiveerd (URL)")),
            (self.url_warning, self.tr("Melding bij de URL")),
            (self.profile_url_warning, self.tr("Melding bij de profiel-URL")),
        )
        for widget, name in fields:
            widget.setAccessibleName(name)

        details = QGroupBox(self.tr("Gegevens"), self)
        form = QFormLayout(details)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("Ka&naal"), self.channel)
        form.addRow(self.tr("&URL"), _field_with(self.url, self.url_warning, below=True))
        form.addRow(self.tr("Profiel-U&RL"), _field_with(self.profile_url, self.profile_url_warning, below=True))
        form.addRow(self.tr("&Gebruikersnaam"), self.handle)
        form.addRow(self.tr("&Weergavenaam"), self.display_name)
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Vermoedelijke p&laatser"), _field_with(self.poster, self.new_person_button))
        form.addRow(self.tr("&Zekerheid"), self.poster_confidence)
        form.addRow(self.tr("Waar&op gebaseerd"), self.poster_basis)
        form.addRow(self.tr("Geplaatst (zoals getoond)"), self.posted_at)
        form.addRow(self.tr("Geplaatst op (datum)"), self.posted_on)
        form.addRow(self.tr("Medewerker wist ervan op"), self.learned_on)
        ocr_row = QWidget(details)
        orl = QHBoxLayout(ocr_row)
        orl.setContentsMargins(0, 0, 0, 0)
        orl.addWidget(self.ocr_button)
        orl.addStretch(1)
        form.addRow(self.tr("Letterlijke te&kst"), _field_with(self.transcript, ocr_row, self.ocr_hint, below=True))
        form.addRow(self.tr("&Context"), self.context)
        form.addRow(self.tr("Strafbare feiten"), self.offences)
        form.addRow(self.tr("Elders gearchiveerd"), self.archived_url)
        form.addRow(self.tr("Getuigen en anderen"), self.witnesses)

        right_inner = QWidget(self)
        rl = QVBoxLayout(right_inner)
        rl.addWidget(self.preview)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.view_button)
        buttons_row.addWidget(self.redact_button)
        buttons_row.addWidget(self.export_button)
        buttons_row.addStretch(1)
        rl.addLayout(buttons_row)
        rl.addWidget(self.facts)
        rl.addWidget(self.exif_toggle)
        rl.addWidget(self.exif_label)
        rl.addWidget(details)
        rl.addStretch(1)
        self.right = QScrollArea(self)
        self.right.setWidget(right_inner)
        self.right.setWidgetResizable(True)
        self.right.setFrameShape(QScrollArea.Shape.NoFrame)
        self.right.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the area follows the focus
        self.empty = QLabel(self.tr("Nog geen bewijs in dit dossier. Maak een schermafbeelding, importeer of plak een "
                                    "afbeelding, of sleep hem hierheen."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        right_box = QWidget(self)
        rb = QVBoxLayout(right_box)
        rb.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(self.message)  # above the scrolling part: always in sight, also when the case is empty
        rb.addWidget(self.empty)
        rb.addWidget(self.right, 1)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.list.currentItemChanged.connect(self._selected)
        self.import_button.clicked.connect(self._import_dialog)
        self.photo_button.clicked.connect(self._photo_dialog)
        self.paste_button.clicked.connect(self.paste_from_clipboard)
        self.export_button.clicked.connect(self._export_dialog)
        self.view_button.clicked.connect(self.open_viewer)
        self.redact_button.clicked.connect(self.open_redaction)
        self.preview.doubleClicked.connect(self.open_viewer)
        self.new_person_button.clicked.connect(self._new_person)
        self.ocr_button.clicked.connect(self.recognise_text)
        self.url.editingFinished.connect(partial(self._check_address, self.url, self.url_warning))
        self.profile_url.editingFinished.connect(
            partial(self._check_address, self.profile_url, self.profile_url_warning))
        self.url.textChanged.connect(partial(self._address_typed, self.url, self.url_warning))
        self.profile_url.textChanged.connect(partial(self._address_typed, self.profile_url, self.profile_url_warning))
        for line in (self.title, self.channel, self.url, self.profile_url, self.handle, self.display_name,
                     self.poster_basis, self.posted_at, self.archived_url):
            line.editingFinished.connect(self._save)
        self.offences.changed.connect(self._save)
        self.witnesses.changed.connect(self._save_witnesses)
        self.transcript.textChanged.connect(lambda: self.offences.refresh_suggestions(self.transcript.toPlainText()))
        self.platform.currentTextChanged.connect(self._save)
        self.account.currentIndexChanged.connect(self._save)
        self.poster.currentIndexChanged.connect(self._save)
        self.poster_confidence.currentIndexChanged.connect(self._save)
        self.learned_on.changed.connect(self._save)
        self.posted_on.changed.connect(self._save_and_reorder)
        self._dirty_text = False
        self.transcript.textChanged.connect(self._text_edited)
        self.context.textChanged.connect(self._text_edited)
        self._update_ocr_state()

    # Loading --------------------------------------------------------------------------------
    def load(self, case: Case, select_item: int | None = None) -> None:
        self.flush()
        if self.case is None or self.case.id != case.id:
            self._exif_cache.clear()
        self.case = case
        self.list.clear()
        self._pending_thumbs.clear()
        self._fill_people(case)
        items = sorted(self.session.evidence.for_case(case), key=chronological_key)
        for item in items:
            self._add_list_item(item)
        has_items = bool(items)
        self.empty.setVisible(not has_items)
        self.right.setVisible(has_items)
        self._update_ocr_state()
        if has_items:
            row = next((i for i, it in enumerate(items) if it.id == select_item), 0)
            self.list.setCurrentRow(row)
        else:
            self.item = None
            self.export_button.setEnabled(False)
            self.redact_button.setEnabled(False)

    def _fill_people(self, case: Case) -> None:
        for combo in (self.poster, self.account):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— onbekend —"), None)
        for inv in self.session.people.involvements(case):
            if self.poster.findData(inv.person.id) < 0:
                self.poster.addItem(inv.person.name, inv.person.id)
        for account in self.session.people.accounts(case):
            self.account.addItem(account.label(), account.id)
        for combo in (self.poster, self.account):
            combo.blockSignals(False)

    def clear(self) -> None:
        self.case = None
        self.item = None
        self._exif_cache.clear()
        self._pending_thumbs.clear()
        self._thumb_timer.stop()
        self.list.clear()
        self.preview.clear()
        self.facts.clear()
        self.exif_toggle.hide()
        self.exif_label.hide()

    def _list_text(self, item: EvidenceItem) -> str:
        try:
            moment = datetime.fromisoformat(item.captured_at_local)  # as the clock on the wall showed it
            when = formats.short_date_time(moment)
        except ValueError:
            when = item.captured_at_local
        return f"{item.id}. {item.title or self.tr('(zonder titel)')}\n{when}\n{method_label(item.method)}"

    def _add_list_item(self, item: EvidenceItem) -> None:
        assert item.id is not None
        text = self._list_text(item)
        entry = QListWidgetItem(self._placeholder_icon(), text, self.list)
        self._pending_thumbs.append(item.id)
        self._thumb_timer.start()
        entry.setData(Qt.ItemDataRole.UserRole, item.id)
        entry.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        entry.setToolTip(item.title or "")

    def _placeholder_icon(self) -> QIcon:
        if self._blank_icon is None:
            blank = QPixmap(THUMB, THUMB)
            blank.fill(Qt.GlobalColor.transparent)
            self._blank_icon = QIcon(blank)
        return self._blank_icon

    @Slot()
    def _load_some_thumbnails(self, batch: int = 16) -> None:
        """Fill in the next few thumbnails (the list's order: the first screen comes first)."""
        if not self._pending_thumbs:
            self._thumb_timer.stop()
            return
        wanted, self._pending_thumbs = self._pending_thumbs[:batch], self._pending_thumbs[batch:]
        rows = {int(self.list.item(r).data(Qt.ItemDataRole.UserRole)): r for r in range(self.list.count())}
        for item_id in wanted:
            row = rows.get(item_id)
            if row is None:
                continue
            thumb = QPixmap()
            thumb.loadFromData(self.session.evidence.thumbnail(item_id))
            if thumb.width() > THUMB or thumb.height() > THUMB:
                thumb = thumb.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
            self.list.item(row).setIcon(QIcon(thumb))

    def thumbnails_pending(self) -> int:
        return len(self._pending_thumbs)

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
            self.redact_button.setEnabled(item.media_type.startswith("image/"))
            original = self.session.evidence.original_bytes(item.id)
            image = decode_image(original)
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > PREVIEW_WIDTH * ratio or pixmap.height() > PREVIEW_HEIGHT * ratio:
                # A preview only: the stored image is never scaled.
                pixmap = pixmap.scaled(int(PREVIEW_WIDTH * ratio), int(PREVIEW_HEIGHT * ratio),
                                       Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            pixmap.setDevicePixelRatio(ratio)
            self.preview.setPixmap(pixmap)
            self.facts.setText(self.tr(
                "Vastgelegd: {utc} (UTC) · {local} (lokaal)\nMethode: {method} · door: {who} · app {version}\n"
                "Formaat: {media} · {w} × {h} px · {size} bytes{geometry}\nSHA-256:\n{sha}").format(
                utc=item.captured_at_utc, local=item.captured_at_local, method=method_label(item.method),
                who=item.captured_by or "—", version=item.app_version, media=item.media_type, w=item.width,
                h=item.height, size=item.byte_size,
                geometry=(" · " + self.tr("scherm {g}").format(g=item.screen_geometry)) if item.screen_geometry
                else "", sha=f"{item.sha256[:32]}\n{item.sha256[32:]}"))
            self._show_exif(item.id, original)
            self.title.setText(item.title)
            self.platform.setCurrentText(item.platform)
            self.channel.setText(item.channel)
            self.url.setText(item.url)
            self.profile_url.setText(item.profile_url)
            self.handle.setText(item.handle)
            self.display_name.setText(item.display_name)
            self._select_data(self.account, item.account_id, self.tr("account {id} (niet in dit dossier)"))
            self._select_data(self.poster, item.poster_person_id, self.tr("persoon {id} (niet in dit dossier)"))
            self.poster_confidence.setCurrentIndex(self.poster_confidence.findData(item.poster_confidence.value))
            self.poster_basis.setText(item.poster_basis)
            self.posted_at.setText(item.posted_at_shown)
            self.learned_on.set_value(item.learned_on)
            self.posted_on.set_value(item.posted_on)
            self.transcript.setPlainText(item.transcript)
            self.context.setPlainText(item.context)
            self.offences.set_values(item.offences, item.transcript)
            involved = self.session.people.involvements(self.case) if self.case is not None else []
            self.witnesses.set_people(involved, self.session.evidence.witnesses(item))
            self.archived_url.setText(item.archived_url)
            self.message.clear_message()
            self._check_address(self.url, self.url_warning)
            self._check_address(self.profile_url, self.profile_url_warning)
            self._dirty_text = False
            self._update_ocr_state()
        finally:
            self._loading = False

    def _select_data(self, combo: QComboBox, value: int | None, missing: str) -> None:
        """Select ``value``; a link to someone no longer in the case is kept (shown as such), never dropped."""
        index = combo.findData(value)
        if index < 0 and value is not None:
            combo.blockSignals(True)
            combo.addItem(missing.format(id=value), value)
            combo.blockSignals(False)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    def _show_exif(self, item_id: int, original: bytes) -> None:
        if item_id not in self._exif_cache:
            self._exif_cache[item_id] = photo_facts(original)
        facts = self._exif_cache[item_id]
        self.exif_toggle.setVisible(bool(facts))
        self.exif_label.setText("\n".join(f"{name}: {value}" for name, value in facts))
        self.exif_label.setAccessibleDescription(self.exif_label.text())
        values = dict(facts)
        camera = " ".join(v for v in (values.get("Make", ""), values.get("Model", "")) if v)
        taken = values.get("DateTimeOriginal") or values.get("DateTime", "")
        summary = " · ".join(v for v in (camera, taken) if v)
        self.exif_toggle.setText(self.tr("Foto-gegevens (EXIF)") + (f": {summary}" if summary else ""))
        self.exif_label.setVisible(bool(facts) and self.exif_toggle.isChecked())

    @Slot(bool)
    def _exif_toggled(self, shown: bool) -> None:
        self.exif_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.exif_label.setVisible(shown and bool(self.exif_label.text()))

    # Saving ---------------------------------------------------------------------------------
    @Slot()
    def _text_edited(self) -> None:
        if not self._loading:
            self._dirty_text = True

    def flush(self) -> None:
        if self._dirty_text:
            self._save()

    @Slot()
    def _save_and_reorder(self) -> None:
        """A posting date moves the item to its place in the list."""
        self._save()
        if self.case is not None and self.item is not None:
            self.load(self.case, select_item=self.item.id)

    @Slot()
    def _save_witnesses(self) -> None:
        if self._loading or self.item is None or self.case is None:
            return
        self.session.evidence.set_witnesses(self.case, self.item, self.witnesses.chosen())
        if self.case.id is not None:
            self.caseChanged.emit(self.case.id)

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
        item.account_id = self.account.currentData()
        item.poster_person_id = self.poster.currentData()
        item.poster_confidence = Confidence(self.poster_confidence.currentData())
        item.poster_basis = self.poster_basis.text().strip()
        item.posted_at_shown = self.posted_at.text().strip()
        item.learned_on = self.learned_on.value()
        item.posted_on = self.posted_on.value()
        item.transcript = self.transcript.toPlainText()
        item.context = self.context.toPlainText()
        item.offences = self.offences.values()
        item.archived_url = self.archived_url.text().strip()
        self._dirty_text = False
        changed = self.session.evidence.update_details(self.case, item)
        if changed and "title" in changed:
            current = self.list.currentItem()
            if current is not None:
                current.setText(self._list_text(item))
                current.setData(Qt.ItemDataRole.AccessibleTextRole, self._list_text(item).replace("\n", ", "))
                current.setToolTip(item.title)
        if changed and self.case.id is not None:
            self.caseChanged.emit(self.case.id)

    def _check_address(self, edit: QLineEdit, warning: InlineMessage) -> None:
        """A warning only: what was typed is kept and saved as typed."""
        if looks_like_web_address(edit.text()):
            warning.clear_message()
        else:
            warning.show_message("warning", self.tr(
                "Dit lijkt geen volledig webadres (zoals https://www.voorbeeld.nl/…). Wat u typte is wel "
                "bewaard."))

    def _address_typed(self, edit: QLineEdit, warning: InlineMessage, _text: str) -> None:
        if warning.isVisibleTo(self) and looks_like_web_address(edit.text()):
            warning.clear_message()

    # People ---------------------------------------------------------------------------------
    @Slot()
    def _new_person(self) -> None:
        """Add someone to the case as the suspected poster, without leaving the evidence form."""
        if self.case is None or self.item is None:
            return
        dialog = PersonDialog(None, self)
        dialog.role_box.setCurrentIndex(dialog.role_box.findData(Role.POSTER.value))
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                involvement = self.session.people.add_person(self.case, dialog.person(), dialog.role(),
                                                             dialog.note())
            except InvalidInputError as exc:
                dialog.message.show_message("error", invalid_input_text(exc))
                continue
            self.flush()
            self._fill_people(self.case)
            self._loading = True  # put the other links back before anything is saved
            try:
                self._select_data(self.account, self.item.account_id, self.tr("account {id} (niet in dit dossier)"))
                self._select_data(self.poster, self.item.poster_person_id,
                                  self.tr("persoon {id} (niet in dit dossier)"))
            finally:
                self._loading = False
            self.poster.setCurrentIndex(max(0, self.poster.findData(involvement.person.id)))  # saves
            assert self.case.id is not None
            self.peopleChanged.emit(self.case.id)
            return

    # OCR ------------------------------------------------------------------------------------
    def _look_up_ocr_engine(self) -> None:
        ocr.find_engine()
        self._ocr_relay.engine_found.emit()

    @Slot()
    def _ocr_engine_ready(self) -> None:
        self._ocr_engine_known = True
        self._update_ocr_state()

    def _update_ocr_state(self) -> None:
        if not self._ocr_engine_known:
            self.ocr_button.setEnabled(False)
            return
        engine = ocr.find_engine()
        busy = self._ocr_item is not None
        self.ocr_button.setEnabled(engine is not None and not busy and self.item is not None)
        if engine is None:
            hint = self.tr("Tekstherkenning vraagt Tesseract met Nederlands en Engels (Debian/Ubuntu: tesseract-ocr, "
                           "tesseract-ocr-nld, tesseract-ocr-eng). U kunt de tekst ook zelf overnemen.")
            self.ocr_button.setToolTip(hint)
        else:
            missing = ", ".join(f"tesseract-ocr-{lang}" for lang in engine.missing_languages)
            hint = self.tr("Zonder {packages} herkent Tesseract minder goed; installeer dat voor betere "
                           "resultaten.").format(packages=missing) if missing else ""
            self.ocr_button.setToolTip(self.tr(
                "Leest de tekst in de afbeelding voor u in. Machinaal gelezen: controleer en verbeter het altijd."))
        if busy:
            hint = self.tr("Tekst wordt herkend…")
        self.ocr_hint.setText(hint)
        self.ocr_hint.setVisible(bool(hint))

    @Slot()
    def recognise_text(self) -> None:
        """Tesseract reads the image in a worker thread; the text arrives in the transcript, marked."""
        if self.item is None or self.item.id is None or self._ocr_item is not None or ocr.find_engine() is None:
            return
        self.flush()
        item_id = self.item.id
        data = self.session.evidence.original_bytes(item_id)  # the vault is read here, never in the worker
        self._ocr_item = item_id
        self._update_ocr_state()
        relay = self._ocr_relay

        def work() -> None:
            text = ocr.read_text(data)
            with contextlib.suppress(RuntimeError):  # the tab is gone (window closed)
                relay.finished.emit(item_id, text)

        threading.Thread(target=work, name="ocr", daemon=True).start()

    @Slot(int, object)
    def _ocr_finished(self, item_id: int, text: object) -> None:
        self._ocr_item = None
        self._update_ocr_state()
        if self.item is None or self.item.id != item_id:
            return  # another item is shown now; nothing is written behind the user's back
        if not isinstance(text, str):
            self.message.show_message("warning", self.tr(
                "De tekst kon niet machinaal worden gelezen. Neem de tekst zelf over."))
            return
        if not text.strip():
            self.message.show_message("info", self.tr("Er is geen tekst in de afbeelding herkend."))
            return
        marked = self.tr("[machinaal gelezen — controleer]") + "\n" + text
        existing = self.transcript.toPlainText().rstrip()
        self.transcript.setPlainText(f"{existing}\n\n{marked}" if existing else marked)
        self._dirty_text = True
        self._save()
        self.message.show_message("info", self.tr(
            "De herkende tekst staat in ‘Letterlijke tekst’. Controleer hem tegen de afbeelding en verbeter waar "
            "nodig."))
        self.transcript.setFocus()

    # Full view ------------------------------------------------------------------------------
    @Slot()
    def open_viewer(self) -> None:
        if self.item is None or self.item.id is None:
            return
        image = decode_image(self.session.evidence.original_bytes(self.item.id))
        if image.isNull():
            self.message.show_message("error", self.tr("Deze afbeelding kan niet worden getoond."))
            return
        title = self.tr("Bewijsstuk {id}: {title}").format(id=self.item.id,
                                                            title=self.item.title or self.tr("(zonder titel)"))
        ImageViewerDialog(image, title, self).exec()

    # Redaction ------------------------------------------------------------------------------
    @Slot()
    def open_redaction(self) -> int | None:
        """Black boxes on a copy, stored as a new item (derivation 'redacted'); returns its id or None.
        The copy always points at the real original, also when an earlier redacted copy is redacted further,
        so the newest redacted copy of an original is the one meant for HR."""
        if self.item is None or self.item.id is None or self.case is None:
            return None
        self.flush()
        original = self.item
        while original.original_id is not None:
            parent = self.session.evidence.get(original.original_id)
            if parent is None:
                break
            original = parent
        try:
            dialog = RedactionDialog(self.session.evidence.original_bytes(self.item.id),
                                     self.item.title or self.tr("(zonder titel)"), self)
        except ValueError:
            self.message.show_message("error", self.tr("Deze afbeelding kan niet worden getoond."))
            return None
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            data = dialog.redacted_bytes()
        finally:
            dialog.deleteLater()  # it holds the whole image
        name = original.title or self.tr("bewijsstuk {id}").format(id=original.id)
        try:
            copy = self.session.evidence.derive(self.case, original, data, derivation="redacted",
                                                title=self.tr("Afgeschermde kopie van {title}").format(title=name))
        except ImageRejectedError as exc:
            self.message.show_message("error", self.tr("Niet bewaard: {reason}").format(
                reason=image_rejected_text(exc)))
            return None
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return None
        assert self.case.id is not None and copy.id is not None
        self.load(self.case, select_item=copy.id)
        self.caseChanged.emit(self.case.id)
        self.message.show_message("success", self.tr(
            "De afgeschermde kopie is bewaard als bewijsstuk {id}. Het origineel (bewijsstuk {original}) is "
            "ongewijzigd.").format(id=copy.id, original=original.id))
        return copy.id

    # Import / paste / export ----------------------------------------------------------------
    def import_files(self, paths: list[Path], method: CaptureMethod = CaptureMethod.IMPORTED_FILE) -> int:
        """Import each file as its own item; bad ones are named in the message, good ones kept."""
        if self.case is None:
            return 0
        problems: list[str] = []
        last: int | None = None
        for path in paths:
            try:
                item = self.session.evidence.import_file(self.case, path, method)
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
    def paste_from_clipboard(self) -> int | None:
        """The clipboard's image as a new item (method 'pasted'); copied image files keep their own bytes.
        Returns the new item's id, or None (with a message saying why)."""
        if self.case is None:
            return None
        self.flush()
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasUrls():
            files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            if files:
                imported = self.import_files(files, CaptureMethod.PASTED)
                return self.item.id if imported and self.item is not None else None
        data = b""
        if mime is not None and mime.hasFormat("image/png"):
            raw = bytes(mime.data("image/png").data())
            data = raw if raw.startswith(PNG_SIGNATURE) else b""  # already lossless: kept as it came
        if not data and mime is not None and mime.hasImage():
            image = QGuiApplication.clipboard().image()
            if not image.isNull():
                data = png_from_image(image)
        if not data:
            self.message.show_message("warning", self.tr(
                "Het klembord bevat geen afbeelding. Kopieer eerst een afbeelding (bijv. rechtermuisknop → "
                "‘Afbeelding kopiëren’), of maak een schermafbeelding."))
            return None
        try:
            item = self.session.evidence.import_bytes(self.case, data, method=CaptureMethod.PASTED)
        except ImageRejectedError as exc:
            self.message.show_message("error", self.tr("Niet bewaard: {reason}").format(
                reason=image_rejected_text(exc)))
            return None
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return None
        assert self.case.id is not None and item.id is not None
        self.load(self.case, select_item=item.id)
        self.caseChanged.emit(self.case.id)
        self.message.show_message("success", self.tr(
            "De afbeelding uit het klembord is bewaard als bewijsstuk {id}. Geef het een titel.").format(id=item.id))
        self.title.setFocus()
        return item.id

    def _image_filter(self) -> str:
        return self.tr("Afbeeldingen ({patterns})").format(patterns=IMAGE_FILTER_PATTERNS)

    @Slot()
    def _import_dialog(self) -> None:
        names = choose_open_files(self, self.tr("Afbeeldingen importeren"), "", self._image_filter())
        if names:
            self.import_files([Path(n) for n in names])

    @Slot()
    def _photo_dialog(self) -> None:
        names = choose_open_files(self, self.tr("Foto’s van een ander apparaat importeren"), "",
                                  self._image_filter())
        if names:
            self.import_files([Path(n) for n in names], CaptureMethod.PHOTOGRAPHED)

    @Slot()
    def _export_dialog(self) -> None:
        if self.item is None or self.case is None:
            return
        suggested = self.item.original_filename or f"{self.case.reference}-{self.item.id}"
        name = choose_save_file(self, self.tr("Origineel exporteren"), suggested)
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
