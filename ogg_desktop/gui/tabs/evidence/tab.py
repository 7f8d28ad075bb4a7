"""The evidence tab: the items of a case, the image as captured, its fixed facts and the details recorded.

Its parts live beside it (the list, the preview, the details form, OCR, import); they are mixins of this one
class, so every text keeps the translation context "EvidenceTab"."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.capture.images import ImageRejectedError
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import EvidenceItem, chronological_key
from ogg_desktop.gui.dialogs.image_viewer import decode_image
from ogg_desktop.gui.labels import method_label
from ogg_desktop.gui.messages import image_rejected_text, vault_error_text
from ogg_desktop.gui.tabs.evidence.details_form import EvidenceFormMixin
from ogg_desktop.gui.tabs.evidence.importing import EvidenceImportMixin
from ogg_desktop.gui.tabs.evidence.item_list import EvidenceListMixin
from ogg_desktop.gui.tabs.evidence.preview import PREVIEW_HEIGHT, PREVIEW_WIDTH, EvidencePreviewMixin
from ogg_desktop.gui.tabs.evidence.text_recognition import EvidenceOcrMixin, _OcrRelay
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import VaultError


class EvidenceTab(EvidenceListMixin, EvidencePreviewMixin, EvidenceFormMixin, EvidenceOcrMixin, EvidenceImportMixin,
                  QWidget):
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

        left = self._build_item_list()

        # Right: the image, its fixed facts and the details ---------------------------------------
        self._build_preview()
        details = self._build_details_form()

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

    def _store_new(self, store: Callable[[], EvidenceItem]) -> EvidenceItem | None:
        """Store one new item (pasted, or a redacted copy) and show it; a refused image or a vault
        problem is said in the message line and nothing is stored."""
        try:
            item = store()
        except ImageRejectedError as exc:
            reason = image_rejected_text(exc)
            self.message.show_message("error", self.tr("Niet bewaard: {reason}").format(reason=reason))
            return None
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return None
        assert self.case is not None and self.case.id is not None and item.id is not None
        self.load(self.case, select_item=item.id)
        self.caseChanged.emit(self.case.id)
        return item

    def _imported_message(self, count: int) -> str:
        # self.tr, not QCoreApplication.translate: PySide6 6.11's lupdate sees the plural only here.
        return self.tr("%n afbeelding(en) geïmporteerd.", "", count)
