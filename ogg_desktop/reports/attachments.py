"""The original evidence files, attached inside the PDF (the document's EmbeddedFiles).

A reader opens them from the attachments panel; ``verify --report`` hashes them and compares the
result with the printed SHA-256 values and with the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas

from ogg_desktop.reports.pdfimage import RawStream

_MIME_NAMES = {"image/png": "/image#2Fpng", "image/jpeg": "/image#2Fjpeg", "image/webp": "/image#2Fwebp",
               "image/gif": "/image#2Fgif", "image/bmp": "/image#2Fbmp", "image/tiff": "/image#2Ftiff"}
EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp", "image/gif": "gif",
              "image/bmp": "bmp", "image/tiff": "tif"}


@dataclass(frozen=True)
class Attachment:
    filename: str
    load: Callable[[], bytes]  # read when the file is written, not before
    media_type: str
    description: str


class EmbeddedFile(RawStream):
    def head(self, dictionary: PDFDictionary, content: bytes) -> PDFDictionary:
        dictionary["Params"] = PDFDictionary({"Size": len(content)})
        return dictionary


def attachment_name(number: int, sha256: str, media_type: str) -> str:
    """'bewijs-03-1a2b3c4d.png': the item's number and hash, never a title or a name."""
    return f"bewijs-{number:02d}-{sha256[:8]}.{EXTENSIONS.get(media_type, 'bin')}"


def embed(canvas: Canvas, attachments: list[Attachment]) -> None:
    """Attach the files to the document canvas is writing (call before ``canvas.save()``)."""
    if not attachments:
        return
    doc = canvas._doc  # reportlab keeps the document object on the canvas
    names: list[object] = []
    for attachment in sorted(attachments, key=lambda a: a.filename):
        stream = EmbeddedFile(PDFDictionary({
            "Type": PDFName("EmbeddedFile"),
            "Subtype": _MIME_NAMES.get(attachment.media_type, "/application#2Foctet-stream"),
        }), attachment.load)
        spec = PDFDictionary({
            "Type": PDFName("Filespec"),
            "F": PDFString(attachment.filename),
            "UF": PDFString(attachment.filename),
            "Desc": PDFString(attachment.description),
            "AFRelationship": PDFName("Source"),
            "EF": PDFDictionary({"F": doc.Reference(stream)}),
        })
        names += [PDFString(attachment.filename), doc.Reference(spec)]
    doc.Catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray(names)})})
