"""What the parts of the evidence tab use of one another: for the type checker only.

The parts are mixins of EvidenceTab (so their texts keep the translation context "EvidenceTab"); while type
checking they derive from this declaration of the tab, at run time from a plain ``object``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import builtins
    from collections.abc import Callable

    from PySide6.QtCore import QTimer, Signal
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import (
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QPushButton,
        QScrollArea,
        QToolButton,
        QWidget,
    )

    from ogg_desktop.domain.case import Case
    from ogg_desktop.domain.evidence import EvidenceItem
    from ogg_desktop.gui.offence_picker import OffencePicker
    from ogg_desktop.gui.people_picker import PeoplePicker
    from ogg_desktop.gui.tabs.evidence.text_recognition import _OcrRelay
    from ogg_desktop.gui.tabs.evidence.widgets import PreviewLabel
    from ogg_desktop.gui.widgets import InlineMessage, OptionalDateEdit
    from ogg_desktop.services.session import Session

    class EvidenceTabHost(QWidget):
        caseChanged = Signal(int)
        peopleChanged = Signal(int)
        captureRequested = Signal(int)

        session: Session
        case: Case | None
        item: EvidenceItem | None
        _loading: bool
        _dirty_text: bool
        _exif_cache: dict[int, builtins.list[tuple[str, str]]]
        _ocr_item: int | None
        _ocr_engine_known: bool
        _ocr_relay: _OcrRelay
        _pending_thumbs: builtins.list[int]
        _blank_icon: QIcon | None
        _thumb_timer: QTimer

        capture_button: QToolButton
        import_button: QPushButton
        photo_button: QPushButton
        paste_button: QPushButton
        preview: PreviewLabel
        view_button: QPushButton
        redact_button: QPushButton
        export_button: QPushButton
        facts: QLabel
        exif_toggle: QToolButton
        exif_label: QLabel
        title: QLineEdit
        platform: QComboBox
        channel: QLineEdit
        url: QLineEdit
        url_warning: InlineMessage
        profile_url: QLineEdit
        profile_url_warning: InlineMessage
        handle: QLineEdit
        display_name: QLineEdit
        account: QComboBox
        poster: QComboBox
        new_person_button: QPushButton
        poster_confidence: QComboBox
        poster_basis: QLineEdit
        posted_at: QLineEdit
        posted_on: OptionalDateEdit
        learned_on: OptionalDateEdit
        transcript: QPlainTextEdit
        ocr_button: QPushButton
        ocr_hint: QLabel
        context: QPlainTextEdit
        offences: OffencePicker
        archived_url: QLineEdit
        witnesses: PeoplePicker
        message: InlineMessage
        right: QScrollArea
        empty: QLabel

        def load(self, case: Case, select_item: int | None = None) -> None: ...
        def flush(self) -> None: ...
        def _save(self) -> None: ...
        def _fill_people(self, case: Case) -> None: ...
        def _select_data(self, combo: QComboBox, value: int | None, missing: str) -> None: ...
        def _list_text(self, item: EvidenceItem) -> str: ...
        def _update_ocr_state(self) -> None: ...
        def _imported_message(self, count: int) -> str: ...
        def paste_from_clipboard(self) -> int | None: ...
        def _store_new(self, store: Callable[[], EvidenceItem]) -> EvidenceItem | None: ...

        list: QListWidget  # last: the name would hide the built-in list for the lines below it
else:
    EvidenceTabHost = object
