"""Write the PDF object by object to the output, instead of joining the whole file in memory.

reportlab formats every object into a string and joins them all before writing: for a report with
a hundred screenshots and their originals that is several hundred megabytes held at once. This
document class writes each object as soon as it is formatted; the images and the attached originals
are read from the vault at that moment (see pdfimage.RawStream), so memory stays flat.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import (
    PDFCrossReferenceTable,
    PDFDocument,
    PDFIndirectObject,
    PDFTrailer,
    pdfdocEnc,
)
from reportlab.pdfgen.canvas import Canvas


class StreamingFile:
    """Stands in for reportlab's PDFFile: same ``add`` (returns the offset), but writes through."""

    def __init__(self, out: BinaryIO, pdf_version: tuple[int, int]) -> None:
        self.out = out
        self.offset = 0
        self.add(pdfdocEnc("%%PDF-%s.%s" % pdf_version)  # noqa: UP031 - reportlab's own header form
                 + b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n")

    def add(self, data: Any) -> int:
        raw = pdfdocEnc(data)
        at = self.offset
        self.out.write(raw)
        self.offset = at + len(raw)
        return at

    def closeOrReset(self) -> None:
        pass

    def format(self, _document: Any) -> bytes:
        return b""


class StreamingDocument(PDFDocument):  # type: ignore[misc]
    """reportlab's PDFDocument.format, writing each object out as it is made."""

    stream_target: BinaryIO

    def format(self) -> bytes:
        self.encrypt.prepare(self)
        catalog, info = self.Catalog, self.info
        self.Reference(catalog)
        self.Reference(info)
        encrypt_info = self.encrypt.info()
        encrypt_ref = self.Reference(encrypt_info) if encrypt_info else None
        counter, ids = 0, []
        self.__accum__ = out = StreamingFile(self.stream_target, self._pdfVersion)
        while True:
            counter += 1
            if counter not in self.numberToId:
                break
            oid = self.numberToId[counter]
            formatted = PDFIndirectObject(oid, self.idToObject[oid]).format(self)
            if not rl_config.invariant and rl_config.pdfComments:
                out.add("%% %s: class %s \n" % (ascii(oid), type(self.idToObject[oid]).__name__[:50]))  # noqa: UP031
            self.idToOffset[oid] = out.add(formatted)
            ids.append(oid)
        del self.__accum__
        if counter - 1 != len(self.numberToId):
            raise ValueError("reportlab object count mismatch")
        xref = PDFCrossReferenceTable()
        xref.addsection(0, ids)
        xref_offset = out.add(xref.format(self))
        trailer = PDFTrailer(startxref=xref_offset, Size=len(self.numberToId) + 1, Root=self.Reference(catalog),
                             Info=self.Reference(info), Encrypt=encrypt_ref, ID=self.ID())
        out.add(trailer.format(self))
        return b""


def stream_on_save(canvas: Canvas, target: BinaryIO) -> None:
    """Make ``canvas.save()`` write object by object to ``target``."""
    doc = canvas._doc  # reportlab keeps the document object on the canvas
    doc.__class__ = StreamingDocument
    doc.stream_target = target
