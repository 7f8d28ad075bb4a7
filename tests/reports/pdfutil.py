"""Reading report PDFs back the way a recipient's tools would: pypdf, poppler and qpdf."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream, Destination, DictionaryObject

from ogg_desktop.reports.model import ReportData, ReportKind, ReportOptions
from tests.reports.conftest import GENERATED_AT, ReportCase

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (poppler-utils / qpdf; see scripts/setup)")
    return found


def make_report(rc: ReportCase, kind: ReportKind, target: Path, options: ReportOptions | None = None,
                generated_at: datetime = GENERATED_AT) -> Path:
    """Prepare and write one report of the fixture case (deterministic unless told otherwise)."""
    options = options or ReportOptions(deterministic=True)
    if kind == ReportKind.NOTICE and options.platform_report_id is None:
        options.platform_report_id = rc.platform_report.id
    data = rc.session.reports.prepare(rc.case, kind, options, generated_at=generated_at)
    rc.session.reports.render_to(data, target)
    return target


def prepared(rc: ReportCase, kind: ReportKind, **options: Any) -> ReportData:
    """The snapshot of the fixture case for one report, deterministic and at the fixed time."""
    return rc.session.reports.prepare(rc.case, kind, ReportOptions(deterministic=True, **options),
                                      generated_at=GENERATED_AT)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Whitespace collapsed: line breaks inside table cells do not matter."""
    return " ".join(text.split())


def text_of(path: Path) -> str:
    return flat("\n".join(page_texts(path)))


def poppler_text(path: Path) -> str:
    out = subprocess.run([tool("pdftotext"), "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return flat(out.stdout.decode("utf-8"))


def uncompressed(path: Path, tmp: Path) -> bytes:
    """The file with every stream decompressed (qpdf --qdf): what a byte search of the content sees."""
    out = tmp / (path.stem + ".qdf.pdf")
    subprocess.run([tool("qpdf"), "--qdf", "--object-streams=disable", str(path), str(out)], check=True,
                   capture_output=True)
    return out.read_bytes()


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


@dataclass(frozen=True)
class ImageDraw:
    page: int  # 0-based
    name: str  # the resource name on the page
    xobject: int  # the object number of the image XObject
    matrix: Matrix  # where the unit square of the image lands on the page
    clip: tuple[float, float] | None  # the vertical extent (bottom, top) of the clip rectangle in force

    @property
    def width(self) -> float:
        return self.matrix[0]

    @property
    def height(self) -> float:
        return self.matrix[3]


def image_draws(path: Path) -> list[ImageDraw]:
    """Every image XObject painted on every page, with the transformation it is painted with."""
    reader = PdfReader(path)
    draws: list[ImageDraw] = []
    for number, page in enumerate(reader.pages):
        resources = page.get("/Resources")
        xobjects: Any = resources.get_object().get("/XObject", {}) if resources is not None else {}
        contents = page.get_contents()
        if contents is None:
            continue
        ctm, clip, pending = IDENTITY, None, None
        stack: list[tuple[Matrix, tuple[float, float] | None]] = []
        for operands, operator in ContentStream(contents, reader).operations:
            if operator == b"q":
                stack.append((ctm, clip))
            elif operator == b"Q":
                ctm, clip = stack.pop()
            elif operator == b"cm":
                m = tuple(float(x) for x in operands)
                ctm = _multiply((m[0], m[1], m[2], m[3], m[4], m[5]), ctm)
            elif operator == b"re":
                _x, y, _w, h = (float(v) for v in operands)
                ys = (ctm[3] * y + ctm[5], ctm[3] * (y + h) + ctm[5])  # no rotation in our reports
                pending = (min(ys), max(ys))
            elif operator in (b"W", b"W*") and pending is not None:
                clip = pending if clip is None else (max(clip[0], pending[0]), min(clip[1], pending[1]))
            elif operator == b"Do":
                name = str(operands[0])
                ref = xobjects.get(name) if hasattr(xobjects, "get") else None
                if ref is None:
                    continue
                obj = ref.get_object()
                if isinstance(obj, DictionaryObject) and obj.get("/Subtype") == "/Image":
                    draws.append(ImageDraw(number, name, ref.idnum, ctm, clip))
    return draws


def image_xobjects(path: Path) -> dict[int, Any]:
    """Each image XObject the pages use (pypdf stream objects), by object number."""
    reader = PdfReader(path)
    found: dict[int, Any] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        xobjects: Any = resources.get_object().get("/XObject", {})
        for name in xobjects:
            ref = xobjects.raw_get(name)
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                found.setdefault(ref.idnum, obj)
    return found


def encoded(obj: Any) -> bytes:
    """A stream's bytes as stored in the file (before any filter is undone)."""
    data: bytes = obj._data
    return data


def embedded_images(path: Path) -> dict[int, Image.Image]:
    """Each image XObject of the file, decoded, by object number."""
    return {number: decoded_xobject(obj) for number, obj in image_xobjects(path).items()}


def decoded_xobject(obj: Any) -> Image.Image:
    """The pixels of an image XObject (only the two encodings our reports use)."""
    width, height = int(obj["/Width"]), int(obj["/Height"])
    mode = "RGB" if obj["/ColorSpace"] == "/DeviceRGB" else "L"
    if obj["/Filter"] == "/DCTDecode":
        return Image.open(io.BytesIO(obj.get_data())).convert(mode)
    return Image.frombytes(mode, (width, height), obj.get_data())


def same_pixels(a: Image.Image, b: Image.Image) -> bool:
    if a.size != b.size or a.mode != b.mode:
        return False
    return ImageChops.difference(a, b).getbbox() is None


def attachments(path: Path) -> dict[str, bytes]:
    return {name: datas[0] for name, datas in PdfReader(path).attachments.items()}


def outline_titles(path: Path) -> list[str]:
    reader = PdfReader(path)
    titles: list[str] = []

    def walk(entries: Sequence[object]) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                assert isinstance(entry, Destination)
                page = reader.get_destination_page_number(entry)
                assert page is not None and page >= 0
                titles.append(str(entry.title))

    walk(reader.outline)
    return titles


def swap_attachment(source: Path, target: Path, index: int, data: bytes) -> str:
    """Rewrite the PDF with the ``index``-th attached file's content replaced; returns its name."""
    writer = PdfWriter(clone_from=str(source))
    root: Any = writer.root_object
    names: Any = root["/Names"].get_object()["/EmbeddedFiles"].get_object()["/Names"]
    spec = names[2 * index + 1].get_object()
    stream = spec["/EF"].get_object()["/F"].get_object()
    stream.set_data(data)
    with target.open("wb") as f:
        writer.write(f)
    return str(names[2 * index])
