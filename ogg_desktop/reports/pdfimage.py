"""Evidence images in a PDF at full resolution, losslessly, and fast.

A PNG with 8-bit grey or RGB samples and no interlacing goes in as it is: its compressed IDAT data
becomes the image stream (FlateDecode with the PNG predictor), so nothing is decoded, resampled or
re-compressed — the way img2pdf does it. A JPEG goes in as its own DCT stream. Anything else (alpha,
palette, 16-bit, interlaced, rotated by EXIF, another format) is decoded once by Pillow, flattened
onto white and stored losslessly. The printed page scales the picture to fit; zooming in shows every
original pixel, and the original file itself is attached to the PDF.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream
from reportlab.pdfbase.pdfdoc import format as pdf_format
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

RULE = HexColor("#c9ced6")

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class PdfImage:
    """Everything needed to write one image XObject."""

    width: int
    height: int
    colour_space: str  # DeviceRGB or DeviceGray
    filter: str  # FlateDecode or DCTDecode
    data: bytes
    png_predictor: bool  # DecodeParms with Predictor 15 (PNG row filters)

    @property
    def colours(self) -> int:
        return 3 if self.colour_space == "DeviceRGB" else 1


def _png_passthrough(data: bytes) -> PdfImage | None:
    if not data.startswith(PNG_SIGNATURE):
        return None
    pos, idat = 8, []
    header: tuple[int, ...] | None = None
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind in (b"tRNS", b"eXIf", b"PLTE"):
            return None  # transparency, a palette or an orientation: decode instead
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None or not idat:
        return None
    width, height, depth, colour, _compression, _filter, interlace = header
    if depth != 8 or colour not in (0, 2) or interlace:
        return None
    space = "DeviceRGB" if colour == 2 else "DeviceGray"
    return PdfImage(width, height, space, "FlateDecode", b"".join(idat), png_predictor=True)


def _jpeg_passthrough(data: bytes) -> PdfImage | None:
    if not data.startswith(b"\xff\xd8"):
        return None
    with Image.open(io.BytesIO(data)) as im:
        orientation = im.getexif().get(0x0112, 1)
        if im.mode not in ("RGB", "L") or orientation not in (0, 1) or im.info.get("progressive"):
            return None
        space = "DeviceRGB" if im.mode == "RGB" else "DeviceGray"
        return PdfImage(im.width, im.height, space, "DCTDecode", data, png_predictor=False)


def _decoded(data: bytes) -> PdfImage:
    with Image.open(io.BytesIO(data)) as opened:
        im = ImageOps.exif_transpose(opened)
        if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
            rgba = im.convert("RGBA")
            flat = Image.new("RGB", rgba.size, "white")
            flat.paste(rgba, mask=rgba.getchannel("A"))
            im = flat
        elif im.mode not in ("RGB", "L"):
            im = im.convert("RGB")
        space = "DeviceRGB" if im.mode == "RGB" else "DeviceGray"
        return PdfImage(im.width, im.height, space, "FlateDecode", zlib.compress(im.tobytes(), 6), png_predictor=False)


def pdf_image(data: bytes) -> PdfImage:
    """The image stream for ``data`` (already checked on import: a decodable, bounded image)."""
    return _png_passthrough(data) or _jpeg_passthrough(data) or _decoded(data)


class RawStream(PDFStream):  # type: ignore[misc]
    """A stream whose bytes go into the file as they are: already compressed, never compressed again.
    ``content`` may be a function: then the bytes are fetched only when the file is written, so a
    report never holds every image in memory at once."""

    def __init__(self, dictionary: PDFDictionary, content: bytes | Callable[[], bytes]) -> None:
        super().__init__(dictionary, b"")
        self.source = content

    def head(self, dictionary: PDFDictionary, content: bytes) -> PDFDictionary:
        """The stream's dictionary, completed once its bytes are known."""
        return dictionary

    def format(self, document: Any) -> bytes:
        raw = self.source() if callable(self.source) else self.source
        dictionary = self.head(PDFDictionary(self.dictionary.dict.copy()), raw)
        content = document.encrypt.encode(self._payload(raw))
        dictionary["Length"] = len(content)
        head: bytes = pdf_format(dictionary, document)
        return head + b"\nstream\n" + bytes(content) + b"\nendstream\n"

    def _payload(self, raw: bytes) -> bytes:
        return raw


class ImageXObject(RawStream):
    """An evidence image, read from the vault when the file is written and put in as it is."""

    def __init__(self, load: Callable[[], bytes]) -> None:
        super().__init__(PDFDictionary(), load)
        self._image: PdfImage | None = None

    def head(self, dictionary: PDFDictionary, content: bytes) -> PDFDictionary:
        image = self._image = pdf_image(content)
        dictionary["Type"] = PDFName("XObject")
        dictionary["Subtype"] = PDFName("Image")
        dictionary["Width"] = image.width
        dictionary["Height"] = image.height
        dictionary["BitsPerComponent"] = 8
        dictionary["ColorSpace"] = PDFName(image.colour_space)
        dictionary["Filter"] = PDFName(image.filter)  # a single name: DecodeParms is then a dictionary
        if image.png_predictor:
            dictionary["DecodeParms"] = PDFDictionary(
                {"Predictor": 15, "Colors": image.colours, "BitsPerComponent": 8, "Columns": image.width})
        return dictionary

    def _payload(self, raw: bytes) -> bytes:
        assert self._image is not None
        payload, self._image = self._image.data, None
        return payload


def display_size(data: bytes) -> tuple[int, int]:
    """Width and height as shown (after EXIF rotation), read from the header without decoding."""
    with Image.open(io.BytesIO(data)) as im:
        width, height = im.size
        if im.format in ("JPEG", "TIFF", "WEBP") and im.getexif().get(0x0112, 1) in (5, 6, 7, 8):
            return height, width
        return width, height


class ImageCache:
    """Knows each evidence image's shown size (read once at layout) and registers it with the PDF;
    the pixels themselves are read only when the file is written."""

    def __init__(self, load: Callable[[int], bytes]) -> None:
        self.load = load
        self.sizes: dict[int, tuple[int, int]] = {}

    def size(self, image_id: int) -> tuple[int, int]:
        if image_id not in self.sizes:
            self.sizes[image_id] = display_size(self.load(image_id))
        return self.sizes[image_id]

    def register(self, canvas: Canvas, image_id: int) -> tuple[str, str]:
        """The image's form name and its name inside the PDF (as canvas.drawImage keeps them)."""
        doc = canvas._doc  # reportlab keeps the document object on the canvas
        name = f"ogg_ev_{image_id}"
        internal = str(doc.getXObjectName(name))
        if internal not in doc.idToObject:
            doc.Reference(ImageXObject(lambda: self.load(image_id)), internal)
        return name, internal


class EvidenceImage(Flowable):  # type: ignore[misc]
    """An evidence picture at the width of the page (never enlarged beyond 96 dpi), split across
    pages when it is taller than a page rather than shrunk to an unreadable strip."""

    MIN_SLICE = 60 * 72 / 25.4  # 60 mm: a shorter remainder on this page starts on the next one

    def __init__(self, cache: ImageCache, image_id: int, top_px: float = 0.0, slice_px: float | None = None) -> None:
        super().__init__()
        self.cache, self.image_id = cache, image_id
        self.top_px = top_px
        self._slice_px = slice_px
        self.scale = 0.75  # points per pixel (96 dpi) until wrapped

    @property
    def width_px(self) -> int:
        return self.cache.size(self.image_id)[0]

    @property
    def height_px(self) -> int:
        return self.cache.size(self.image_id)[1]

    @property
    def slice_px(self) -> float:
        return float(self.height_px) - self.top_px if self._slice_px is None else self._slice_px

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.scale = min(avail_width / self.width_px, 0.75)
        self.width = self.width_px * self.scale
        self.height = self.slice_px * self.scale
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return [self]
        if avail_height < self.MIN_SLICE:
            return []
        first_px = int(avail_height / self.scale)
        return [EvidenceImage(self.cache, self.image_id, self.top_px, first_px),
                EvidenceImage(self.cache, self.image_id, self.top_px + first_px, self.slice_px - first_px)]

    def draw(self) -> None:
        canvas = self.canv
        name, internal = self.cache.register(canvas, self.image_id)
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(0, 0, self.width, self.height)
        canvas.clipPath(clip, stroke=0, fill=0)
        full_height = self.height_px * self.scale
        # The slice's top edge sits at the flowable's top: shift the whole picture up by its offset.
        offset_y = self.height - full_height + self.top_px * self.scale
        canvas.translate(0, offset_y)
        canvas.scale(self.width, full_height)
        canvas._code.append(f"/{internal} Do")
        canvas._formsinuse.append(name)
        canvas.restoreState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
