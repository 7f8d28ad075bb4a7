"""Black out parts of an evidence image in a copy: third parties' names, the employee's own details.

The original bytes are never changed; :func:`redact` returns the bytes of a new image. What it does:

* decodes the first frame (a GIF's animation is not kept) and turns it upright by its EXIF orientation,
  as a viewer shows it. **Boxes are in the pixels of that upright image** (``width × height`` of
  :func:`upright`), not in the stored orientation of a rotated camera photo;
* lays any transparency onto white, so nothing survives in an alpha channel (a transparent pixel
  still carries colour values that a tool can make visible again);
* overwrites every pixel inside each box with opaque black (0, 0, 0): the pixels are gone, not covered;
* writes a fresh RGB PNG: no EXIF (camera, GPS, date), no text chunks, no ICC profile, nothing of the
  original's metadata.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageOps

from ogg_desktop.capture.images import inspect_image

Box = tuple[int, int, int, int]  # x, y, width, height in pixels of the upright image
BLACK = (0, 0, 0)
WHITE = (255, 255, 255)


def upright(data: bytes) -> Image.Image:
    """The image as it will be redacted (and should be shown while choosing boxes): first frame, turned
    by its EXIF orientation, transparency flattened onto white, mode RGB, with no metadata attached.
    Raises ImageRejectedError (a ValueError) for bytes that are no acceptable image."""
    inspect_image(data)  # the same checks as at import: format, size limits, truncation
    with Image.open(io.BytesIO(data)) as img:
        img.seek(0)
        turned = ImageOps.exif_transpose(img)
    if turned.mode.startswith("I;16") or turned.mode == "I":
        # 16-bit grey: scale to 8 bits (a plain conversion would clip almost everything to white).
        turned = turned.convert("I").point(lambda v: v * (1 / 256), "L")
    rgba = turned.convert("RGBA")
    flat = Image.alpha_composite(Image.new("RGBA", rgba.size, (*WHITE, 255)), rgba).convert("RGB")
    # A new image from the bare pixels: no info dict (EXIF, text, ICC profile …) can be carried along.
    return Image.frombytes("RGB", flat.size, flat.tobytes())


def clamp_box(box: Box, width: int, height: int) -> tuple[int, int, int, int] | None:
    """``box`` as (left, top, right, bottom), limited to the image; None when nothing of it is inside.
    A negative width or height counts from x or y backwards (a drag up or to the left)."""
    x, y, w, h = (int(v) for v in box)
    if w < 0:
        x, w = x + w, -w
    if h < 0:
        y, h = y + h, -h
    left, top = max(0, x), max(0, y)
    right, bottom = min(width, x + w), min(height, y + h)
    if right <= left or bottom <= top:
        return None
    return left, top, right, bottom


def redact_image(image: Image.Image, boxes: Sequence[Box]) -> Image.Image:
    """A copy of an :func:`upright` image with ``boxes`` filled black. Raises ValueError when no box
    covers any part of the image (an empty list included)."""
    if not boxes:
        raise ValueError("no boxes to black out")
    areas = [a for a in (clamp_box(b, image.width, image.height) for b in boxes) if a is not None]
    if not areas:
        raise ValueError("no box covers any part of the image")
    result = image.convert("RGB") if image.mode != "RGB" else image.copy()
    for area in areas:
        result.paste(BLACK, area)  # right and bottom are exclusive, as in Pillow's boxes
    return result


def encode_png(image: Image.Image) -> bytes:
    """Lossless PNG of the pixels only (``image`` made by :func:`upright` carries no metadata)."""
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=6)
    return buf.getvalue()


def redact(data: bytes, boxes: Sequence[Box]) -> bytes:
    """The PNG bytes of a copy of the image ``data`` with each (x, y, width, height) box in ``boxes``
    filled opaque black. Boxes are in pixels of the upright image (after the EXIF orientation) and
    are clamped to it. Raises ValueError for an empty list, for boxes that all lie outside the image,
    and (as ImageRejectedError) for bytes that are no acceptable image."""
    if not boxes:
        raise ValueError("no boxes to black out")
    return encode_png(redact_image(upright(data), boxes))
