"""The image of the evidence item as captured: preview, fixed facts, EXIF, full view and redacted copies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QSizePolicy, QToolButton

from ogg_desktop.capture.exif import photo_facts
from ogg_desktop.gui.dialogs.image_viewer import ImageViewerDialog, decode_image
from ogg_desktop.gui.dialogs.redaction import RedactionDialog
from ogg_desktop.gui.tabs.evidence.host import EvidenceTabHost
from ogg_desktop.gui.tabs.evidence.widgets import PreviewLabel

PREVIEW_WIDTH = 440
PREVIEW_HEIGHT = 360


class EvidencePreviewMixin(EvidenceTabHost):
    """The image, its buttons (full view, redaction, export) and the facts fixed at capture."""

    def _build_preview(self) -> None:
        self.preview = PreviewLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(QCoreApplication.translate("EvidenceTab", "Afbeelding van het bewijsstuk"))
        self.preview.setToolTip(QCoreApplication.translate("EvidenceTab",
            "Dubbelklik om de afbeelding volledig te bekijken"))
        self.preview.setCursor(Qt.CursorShape.PointingHandCursor)
        self.preview.setMinimumHeight(160)
        self.view_button = QPushButton(QCoreApplication.translate("EvidenceTab", "&Volledig bekijken…"), self)
        self.view_button.setToolTip(QCoreApplication.translate("EvidenceTab",
            "Inzoomen en verschuiven, op ware grootte"))
        self.view_button.setAccessibleName(QCoreApplication.translate("EvidenceTab", "Volledig bekijken"))
        self.redact_button = QPushButton(QCoreApplication.translate("EvidenceTab", "Afschermen…"), self)
        self.redact_button.setToolTip(QCoreApplication.translate("EvidenceTab",
            "Zwarte vlakken over namen of persoonsgegevens, in een kopie voor HR. Het origineel blijft ongewijzigd."))
        self.redact_button.setAccessibleName(QCoreApplication.translate("EvidenceTab", "Afschermen"))
        self.redact_button.setEnabled(False)
        self.export_button = QPushButton(QCoreApplication.translate("EvidenceTab", "Origineel &exporteren…"), self)
        self.export_button.setAccessibleName(QCoreApplication.translate("EvidenceTab", "Origineel exporteren"))
        self.export_button.setEnabled(False)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAccessibleName(QCoreApplication.translate("EvidenceTab", "Vaste gegevens van de opname"))
        self.exif_toggle = QToolButton(self)
        self.exif_toggle.setCheckable(True)
        self.exif_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.exif_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.exif_toggle.setAutoRaise(True)
        self.exif_toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.exif_toggle.setAccessibleName(QCoreApplication.translate("EvidenceTab", "Foto-gegevens (EXIF) tonen"))
        self.exif_label = QLabel(self)
        self.exif_label.setTextFormat(Qt.TextFormat.PlainText)
        self.exif_label.setWordWrap(True)
        self.exif_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exif_label.setAccessibleName(QCoreApplication.translate("EvidenceTab", "Foto-gegevens (EXIF)"))
        self.exif_label.setContentsMargins(18, 0, 0, 0)
        self.exif_label.hide()
        self.exif_toggle.toggled.connect(self._exif_toggled)

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
        self.exif_toggle.setText(QCoreApplication.translate("EvidenceTab",
            "Foto-gegevens (EXIF)") + (f": {summary}" if summary else ""))
        self.exif_label.setVisible(bool(facts) and self.exif_toggle.isChecked())

    @Slot(bool)
    def _exif_toggled(self, shown: bool) -> None:
        self.exif_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.exif_label.setVisible(shown and bool(self.exif_label.text()))

    # Full view ------------------------------------------------------------------------------
    @Slot()
    def open_viewer(self) -> None:
        if self.item is None or self.item.id is None:
            return
        image = decode_image(self.session.evidence.original_bytes(self.item.id))
        if image.isNull():
            self.message.show_message("error", QCoreApplication.translate("EvidenceTab",
                "Deze afbeelding kan niet worden getoond."))
            return
        title = QCoreApplication.translate("EvidenceTab", "Bewijsstuk {id}: {title}").format(
            id=self.item.id, title=self.item.title or QCoreApplication.translate("EvidenceTab", "(zonder titel)"))
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
                                     self.item.title or QCoreApplication.translate("EvidenceTab", "(zonder titel)"),
                                     self)
        except ValueError:
            self.message.show_message("error", QCoreApplication.translate("EvidenceTab",
                "Deze afbeelding kan niet worden getoond."))
            return None
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            data = dialog.redacted_bytes()
        finally:
            dialog.deleteLater()  # it holds the whole image
        name = original.title or QCoreApplication.translate("EvidenceTab", "bewijsstuk {id}").format(id=original.id)
        title = QCoreApplication.translate("EvidenceTab", "Afgeschermde kopie van {title}").format(title=name)
        case = self.case
        copy = self._store_new(
            lambda: self.session.evidence.derive(case, original, data, derivation="redacted", title=title))
        if copy is None:
            return None
        self.message.show_message("success", QCoreApplication.translate("EvidenceTab",
            "De afgeschermde kopie is bewaard als bewijsstuk {id}. Het origineel (bewijsstuk {original}) is "
            "ongewijzigd.").format(id=copy.id, original=original.id))
        return copy.id
