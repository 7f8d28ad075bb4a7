"""Text recognition (OCR) for the transcript: Tesseract looked up and run beside the GUI, never blocking it."""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ogg_desktop.capture import ocr
from ogg_desktop.gui.tabs.evidence.host import EvidenceTabHost


class _OcrRelay(QObject):
    """Carries the OCR result from the worker thread back to the GUI thread."""

    finished = Signal(int, object)  # item id, text or None
    engine_found = Signal()  # the (slow, once per run) look-up of Tesseract is done


class EvidenceOcrMixin(EvidenceTabHost):
    """The "Tekst herkennen (OCR)" button, its hint and the recognised text put in the transcript."""

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
            hint = QCoreApplication.translate("EvidenceTab",
                "Tekstherkenning vraagt Tesseract met Nederlands en Engels (Debian/Ubuntu: tesseract-ocr, "
                "tesseract-ocr-nld, tesseract-ocr-eng). U kunt de tekst ook zelf overnemen.")
            self.ocr_button.setToolTip(hint)
        else:
            missing = ", ".join(f"tesseract-ocr-{lang}" for lang in engine.missing_languages)
            hint = QCoreApplication.translate("EvidenceTab",
                "Zonder {packages} herkent Tesseract minder goed; installeer dat voor betere "
                "resultaten.").format(packages=missing) if missing else ""
            self.ocr_button.setToolTip(QCoreApplication.translate("EvidenceTab",
                "Leest de tekst in de afbeelding voor u in. Machinaal gelezen: controleer en verbeter het altijd."))
        if busy:
            hint = QCoreApplication.translate("EvidenceTab", "Tekst wordt herkend…")
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
            self.message.show_message("warning", QCoreApplication.translate("EvidenceTab",
                "De tekst kon niet machinaal worden gelezen. Neem de tekst zelf over."))
            return
        if not text.strip():
            self.message.show_message("info", QCoreApplication.translate("EvidenceTab",
                "Er is geen tekst in de afbeelding herkend."))
            return
        marked = QCoreApplication.translate("EvidenceTab", "[machinaal gelezen — controleer]") + "\n" + text
        existing = self.transcript.toPlainText().rstrip()
        self.transcript.setPlainText(f"{existing}\n\n{marked}" if existing else marked)
        self._dirty_text = True
        self._save()
        self.message.show_message("info", QCoreApplication.translate("EvidenceTab",
            "De herkende tekst staat in ‘Letterlijke tekst’. Controleer hem tegen de afbeelding en verbeter waar "
            "nodig."))
        self.transcript.setFocus()
