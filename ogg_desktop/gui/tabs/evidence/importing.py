"""Evidence that comes from elsewhere: imported files, photos, the clipboard and drag and drop; and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QImageWriter

from ogg_desktop.capture.images import ImageRejectedError
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.gui.messages import image_rejected_text, vault_error_text
from ogg_desktop.gui.privacy import choose_open_files, choose_save_file
from ogg_desktop.gui.tabs.evidence.host import EvidenceTabHost
from ogg_desktop.vault.errors import VaultError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
IMAGE_FILTER_PATTERNS = "*.png *.jpg *.jpeg *.webp *.gif *.bmp"


def png_from_image(image: QImage) -> bytes:
    """Lossless PNG encoding of an image held in memory (e.g. from the clipboard)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    return bytes(array.data()) if ok else b""


class EvidenceImportMixin(EvidenceTabHost):
    """Import, photo import, paste, export of the original, and files dropped on the tab."""

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
                problems.append(QCoreApplication.translate("EvidenceTab",
                    "{name}: het bestand kan niet worden gelezen.").format(name=path.name))
        imported = len(paths) - len(problems)
        if imported:
            self.load(self.case, select_item=last)
            assert self.case.id is not None
            self.caseChanged.emit(self.case.id)
        if problems:
            self.message.show_message("error", QCoreApplication.translate("EvidenceTab",
                "Niet geïmporteerd:") + "\n" + "\n".join(problems))
        elif imported:
            self.message.show_message("success", self._imported_message(imported))
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
            self.message.show_message("warning", QCoreApplication.translate("EvidenceTab",
                "Het klembord bevat geen afbeelding. Kopieer eerst een afbeelding (bijv. rechtermuisknop → "
                "‘Afbeelding kopiëren’), of maak een schermafbeelding."))
            return None
        case = self.case
        item = self._store_new(lambda: self.session.evidence.import_bytes(case, data, method=CaptureMethod.PASTED))
        if item is None:
            return None
        self.message.show_message("success", QCoreApplication.translate("EvidenceTab",
            "De afbeelding uit het klembord is bewaard als bewijsstuk {id}. Geef het een titel.").format(id=item.id))
        self.title.setFocus()
        return item.id

    def _image_filter(self) -> str:
        text = QCoreApplication.translate("EvidenceTab", "Afbeeldingen ({patterns})")
        return text.format(patterns=IMAGE_FILTER_PATTERNS)

    @Slot()
    def _import_dialog(self) -> None:
        names = choose_open_files(
            self, QCoreApplication.translate("EvidenceTab", "Afbeeldingen importeren"), "", self._image_filter())
        if names:
            self.import_files([Path(n) for n in names])

    @Slot()
    def _photo_dialog(self) -> None:
        names = choose_open_files(
            self, QCoreApplication.translate("EvidenceTab", "Foto’s van een ander apparaat importeren"), "",
            self._image_filter())
        if names:
            self.import_files([Path(n) for n in names], CaptureMethod.PHOTOGRAPHED)

    @Slot()
    def _export_dialog(self) -> None:
        if self.item is None or self.case is None:
            return
        suggested = self.item.original_filename or f"{self.case.reference}-{self.item.id}"
        name = choose_save_file(self, QCoreApplication.translate("EvidenceTab", "Origineel exporteren"), suggested)
        if not name:
            return
        try:
            self.session.evidence.export_original(self.case, self.item, Path(name))
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return
        except OSError:
            self.message.show_message("error", QCoreApplication.translate("EvidenceTab",
                "Het bestand kan daar niet worden geschreven."))
            return
        self.message.show_message("success", QCoreApplication.translate("EvidenceTab",
            "Origineel opgeslagen als {name}.").format(name=name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.case is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_files(paths)
            event.acceptProposedAction()
