"""Check an image before it becomes evidence: decoded by Pillow, never trusted by its name.

A file is refused, with a reason code the GUI and CLI translate, when it is empty, truncated,
not one of the accepted formats, absurdly large (a decompression bomb), or has a side over
50,000 pixels. The original bytes are what is stored; decoding only proves they are an image.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass, field

from PIL import ExifTags, Image, UnidentifiedImageError

MAX_BYTES = 256 * 1024 * 1024
MAX_SIDE = 50_000
MAX_PIXELS = 120_000_000  # e.g. three 5K monitors side by side, or a 100-megapixel photo
# Pillow's own bomb guard, set to the same limit so one rule decides (warning above, error at 2x).
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

ACCEPTED = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "BMP": "image/bmp",
}


class ImageRejectedError(ValueError):
    """``reason`` is one of: empty, too_large_file, not_an_image, unsupported_format, truncated,
    too_many_pixels, side_too_long."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ImageInfo:
    media_type: str
    width: int
    height: int
    sha256: str
    exif: dict[str, str] = field(default_factory=dict)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def inspect_image(data: bytes) -> ImageInfo:
    if not data:
        raise ImageRejectedError("empty")
    if len(data) > MAX_BYTES:
        raise ImageRejectedError("too_large_file")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as img:
                fmt = img.format or ""
                if fmt not in ACCEPTED:
                    raise ImageRejectedError("unsupported_format")
                width, height = img.size
                if width > MAX_SIDE or height > MAX_SIDE:
                    raise ImageRejectedError("side_too_long")
                if width * height > MAX_PIXELS:
                    raise ImageRejectedError("too_many_pixels")
                exif = _readable_exif(img)
                img.load()  # decodes the first frame: truncated data fails here
        except ImageRejectedError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageRejectedError("too_many_pixels") from None
        except UnidentifiedImageError:
            raise ImageRejectedError("not_an_image") from None
        except (OSError, SyntaxError, ValueError, EOFError):
            raise ImageRejectedError("truncated") from None
    return ImageInfo(ACCEPTED[fmt], width, height, sha256_hex(data), exif)


THUMBNAIL_SIZE = 192


def make_thumbnail(data: bytes) -> bytes:
    """A small PNG preview (at most 192 px a side) of an image already checked by inspect_image."""
    with Image.open(io.BytesIO(data)) as img:
        img.draft("RGB", (THUMBNAIL_SIZE * 2, THUMBNAIL_SIZE * 2))  # JPEG: decode at reduced size
        return thumbnail_of(img)


def thumbnail_of(image: Image.Image) -> bytes:
    """The same preview from an image already in memory (a fresh capture: no second decode)."""
    small = image.convert("RGB") if image.mode != "RGB" else image.copy()
    small.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE), Image.Resampling.LANCZOS, reducing_gap=2.0)
    buf = io.BytesIO()
    small.save(buf, format="PNG", compress_level=6)
    return buf.getvalue()


def _readable_exif(img: Image.Image) -> dict[str, str]:
    try:
        raw = img.getexif()
    except Exception:  # a malformed EXIF block must not stop the import
        return {}
    readable: dict[str, str] = {}
    for tag, value in raw.items():
        name = ExifTags.TAGS.get(tag, str(tag))
        text = value.decode("latin-1", "replace") if isinstance(value, bytes) else str(value)
        readable[name] = text[:200]
    return readable
