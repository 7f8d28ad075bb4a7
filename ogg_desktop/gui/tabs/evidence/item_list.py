"""The list of a case's evidence items, oldest first, with thumbnails that arrive after the list is shown."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from ogg_desktop.domain.evidence import EvidenceItem
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import method_label
from ogg_desktop.gui.tabs.evidence.host import EvidenceTabHost
from ogg_desktop.gui.tabs.evidence.widgets import delay_menu

THUMB = 96


class EvidenceListMixin(EvidenceTabHost):
    """The left side of the evidence tab: the items and the ways to add one."""

    def _build_item_list(self) -> QWidget:
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("EvidenceTab", "Bewijsstukken"))
        self.list.setAccessibleDescription(QCoreApplication.translate("EvidenceTab",
            "Op volgorde van vastleggen, oudste eerst"))
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setMinimumWidth(220)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.capture_button = QToolButton(self)
        self.capture_button.setText(QCoreApplication.translate("EvidenceTab", "&Schermafbeelding maken"))
        self.capture_button.setToolTip(QCoreApplication.translate("EvidenceTab",
            "Het venster verdwijnt, u kiest een gebied op het stilgezette scherm."))
        self.capture_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.capture_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.capture_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.capture_button.setMenu(delay_menu(self, self.captureRequested.emit))
        self.capture_button.clicked.connect(lambda: self.captureRequested.emit(0))
        self.import_button = QPushButton(QCoreApplication.translate("EvidenceTab", "Afbeelding &importeren…"), self)
        self.import_button.setToolTip(QCoreApplication.translate("EvidenceTab",
            "U kunt afbeeldingen ook hierheen slepen."))
        self.photo_button = QPushButton(QCoreApplication.translate("EvidenceTab",
            "&Foto van ander apparaat importeren…"), self)
        self.photo_button.setToolTip(QCoreApplication.translate("EvidenceTab",
            "Een foto van het scherm, gemaakt met bijv. een telefoon. Het bestand wordt ongewijzigd bewaard, "
            "met zijn EXIF-gegevens."))
        self.paste_button = QPushButton(QCoreApplication.translate("EvidenceTab", "Pl&akken uit klembord"), self)
        self.paste_button.setToolTip(QCoreApplication.translate("EvidenceTab",
            "Een gekopieerde afbeelding als bewijs bewaren (Ctrl+Shift+V)"))
        for button, name in (
                (self.capture_button, QCoreApplication.translate("EvidenceTab", "Schermafbeelding maken")),
                (self.import_button, QCoreApplication.translate("EvidenceTab", "Afbeelding importeren")),
                (self.photo_button, QCoreApplication.translate("EvidenceTab", "Foto van ander apparaat importeren")),
                (self.paste_button, QCoreApplication.translate("EvidenceTab", "Plakken uit klembord"))):
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
        return left

    def _list_text(self, item: EvidenceItem) -> str:
        try:
            moment = datetime.fromisoformat(item.captured_at_local)  # as the clock on the wall showed it
            when = formats.short_date_time(moment)
        except ValueError:
            when = item.captured_at_local
        title = item.title or QCoreApplication.translate("EvidenceTab", "(zonder titel)")
        return f"{item.id}. {title}\n{when}\n{method_label(item.method)}"

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
