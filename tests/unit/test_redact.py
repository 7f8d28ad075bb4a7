"""Afschermen: the boxes really overwrite pixels, land where they were drawn, and nothing else leaks."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image, ImageOps, PngImagePlugin

from ogg_desktop.capture.images import ImageRejectedError
from ogg_desktop.capture.redact import redact, upright
from tests.conftest import png_bytes

BLACK = (0, 0, 0)


def encode(img: Image.Image, fmt: str = "PNG", **params: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **params)
    return buf.getvalue()


def noisy(width: int = 64, height: int = 48, mode: str = "RGB") -> Image.Image:
    return Image.frombytes(mode, (width, height), os.urandom(width * height * len(mode)))


def decoded(data: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(data))
    img.load()
    return img


def red(img: Image.Image, x: int, y: int) -> int:
    pixel = img.getpixel((x, y))
    assert isinstance(pixel, tuple)
    return int(pixel[0])


def inside(x: int, y: int, box: tuple[int, int, int, int]) -> bool:
    bx, by, bw, bh = box
    return bx <= x < bx + bw and by <= y < by + bh


def test_pixels_in_the_boxes_are_black_and_all_others_unchanged() -> None:
    source = noisy(64, 48)
    boxes = [(10, 5, 20, 15), (40, 30, 1, 1), (0, 47, 64, 1)]
    out = decoded(redact(encode(source), boxes))
    assert out.format == "PNG" and out.mode == "RGB" and out.size == (64, 48)
    for y in range(48):
        for x in range(64):
            if any(inside(x, y, b) for b in boxes):
                assert out.getpixel((x, y)) == BLACK, (x, y)
            else:
                assert out.getpixel((x, y)) == source.getpixel((x, y)), (x, y)


def test_the_input_bytes_are_left_alone() -> None:
    original = png_bytes(32, 32, "#3366cc")
    kept = bytes(original)
    redact(original, [(0, 0, 8, 8)])
    assert original == kept


def test_transparency_is_flattened_onto_white_so_nothing_hides_in_the_alpha_channel() -> None:
    img = Image.new("RGBA", (20, 10), (200, 10, 10, 0))  # invisible, but the red is in the file
    img.putpixel((1, 1), (0, 0, 255, 255))  # opaque blue
    img.putpixel((2, 1), (0, 0, 0, 128))  # half-transparent black
    out = decoded(redact(encode(img), [(10, 0, 10, 10)]))
    assert out.mode == "RGB" and "transparency" not in out.info
    assert out.getpixel((0, 0)) == (255, 255, 255)  # the hidden red is gone, not kept under alpha 0
    assert out.getpixel((1, 1)) == (0, 0, 255)
    assert out.getpixel((2, 1)) == (127, 127, 127)
    assert all(out.getpixel((x, y)) == BLACK for x in range(10, 20) for y in range(10))
    assert (200, 10, 10) not in {out.getpixel((x, y)) for x in range(20) for y in range(10)}


def test_a_palette_image_with_a_transparent_colour_is_flattened_too() -> None:
    img = Image.new("P", (8, 8), 1)
    img.putpalette([0, 0, 0, 255, 0, 0] + [0, 0, 0] * 254)
    out = decoded(redact(encode(img, "PNG", transparency=1), [(0, 0, 2, 2)]))
    assert out.mode == "RGB"
    assert out.getpixel((5, 5)) == (255, 255, 255) and out.getpixel((1, 1)) == BLACK


def exif_rotated_jpeg(orientation: int) -> tuple[bytes, Image.Image]:
    """A 60 × 30 JPEG whose EXIF says to show it turned; returns the bytes and the picture as shown."""
    stored = Image.new("RGB", (60, 30), "#2e86de")
    stored.paste((230, 126, 34), (0, 0, 20, 30))  # an orange band on the stored left edge
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation
    exif[0x010F] = "Telefoonmaker"  # Make
    data = encode(stored, "JPEG", quality=95, exif=exif.tobytes())
    with Image.open(io.BytesIO(data)) as img:
        shown = ImageOps.exif_transpose(img).convert("RGB")
    return data, shown


def test_boxes_are_in_the_upright_picture_of_an_exif_rotated_photo() -> None:
    data, shown = exif_rotated_jpeg(6)  # 6: turn 90° clockwise to show
    assert shown.size == (30, 60)
    box = (0, 0, 30, 20)  # the top band of the picture as shown (the stored left band)
    out = decoded(redact(data, [box]))
    assert out.size == (30, 60)
    assert upright(data).size == (30, 60)
    for y in range(60):
        for x in range(30):
            expected = BLACK if inside(x, y, box) else shown.getpixel((x, y))
            assert out.getpixel((x, y)) == expected, (x, y)
    # The orange band was at the top as shown: it is the part that was blacked out.
    assert all(red(shown, x, 5) > 200 for x in range(30))
    assert not any(red(out, x, y) > 200 for x in range(30) for y in range(60))


def test_the_copy_carries_no_exif_text_or_colour_profile() -> None:
    data, _ = exif_rotated_jpeg(6)
    assert b"Telefoonmaker" in data  # the camera's details are in the original
    out_bytes = redact(data, [(0, 0, 5, 5)])
    out = decoded(out_bytes)
    assert not out.getexif() and "exif" not in out.info
    assert b"Telefoonmaker" not in out_bytes and b"Exif" not in out_bytes and b"eXIf" not in out_bytes

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jan de Vries")
    info.add_itxt("Comment", "geheim")
    png = encode(noisy(16, 16), "PNG", pnginfo=info, icc_profile=b"\0" * 128, dpi=(144, 144))
    assert all(chunk in png for chunk in (b"tEXt", b"iTXt", b"iCCP", b"pHYs"))
    out_bytes = redact(png, [(0, 0, 4, 4)])
    assert decoded(out_bytes).info == {}
    for chunk in (b"tEXt", b"iTXt", b"zTXt", b"iCCP", b"eXIf", b"pHYs", b"tIME"):
        assert chunk not in out_bytes
    assert b"Jan de Vries" not in out_bytes and b"geheim" not in out_bytes


def test_boxes_are_clamped_to_the_image() -> None:
    source = noisy(40, 30)
    out = decoded(redact(encode(source), [(-10, -10, 20, 15), (35, 25, 100, 100)]))
    assert out.size == (40, 30)
    assert all(out.getpixel((x, y)) == BLACK for x in range(10) for y in range(5))
    assert out.getpixel((10, 0)) == source.getpixel((10, 0))
    assert out.getpixel((0, 5)) == source.getpixel((0, 5))
    assert all(out.getpixel((x, y)) == BLACK for x in range(35, 40) for y in range(25, 30))
    assert out.getpixel((34, 29)) == source.getpixel((34, 29))


def test_a_box_drawn_up_and_to_the_left_counts_backwards() -> None:
    source = noisy(20, 20)
    out = decoded(redact(encode(source), [(10, 10, -5, -4)]))
    assert all(out.getpixel((x, y)) == BLACK for x in range(5, 10) for y in range(6, 10))
    assert out.getpixel((10, 10)) == source.getpixel((10, 10))
    assert out.getpixel((4, 9)) == source.getpixel((4, 9))


def test_boxes_partly_outside_count_if_any_part_is_inside() -> None:
    source = noisy(20, 20)
    out = decoded(redact(encode(source), [(100, 100, 5, 5), (19, 19, 5, 5)]))
    assert out.getpixel((19, 19)) == BLACK
    assert out.getpixel((18, 18)) == source.getpixel((18, 18))


@pytest.mark.parametrize("boxes", [
    [],
    [(100, 100, 10, 10)],
    [(-20, 0, 20, 10)],  # ends exactly at the left edge
    [(5, 5, 0, 10), (5, 5, 10, 0)],  # no area
])
def test_no_box_on_the_image_is_refused(boxes: list[tuple[int, int, int, int]]) -> None:
    with pytest.raises(ValueError, match="box"):
        redact(png_bytes(20, 20), boxes)


@pytest.mark.parametrize("data", [b"", b"not an image at all", png_bytes(20, 20)[:40]])
def test_bytes_that_are_no_image_are_refused(data: bytes) -> None:
    with pytest.raises(ImageRejectedError):
        redact(data, [(0, 0, 5, 5)])


def test_an_animated_gif_gives_its_first_frame_as_a_still_png() -> None:
    first, second = Image.new("RGB", (10, 10), "#ff0000"), Image.new("RGB", (10, 10), "#00ff00")
    gif = encode(first, "GIF", save_all=True, append_images=[second], duration=100, loop=0)
    out = decoded(redact(gif, [(0, 0, 2, 2)]))
    assert out.format == "PNG" and getattr(out, "n_frames", 1) == 1
    assert out.getpixel((5, 5)) == (255, 0, 0) and out.getpixel((1, 1)) == BLACK


def test_sixteen_bit_grey_keeps_its_shades() -> None:
    img = Image.new("I;16", (4, 2), 0)
    img.putpixel((1, 0), 40000)
    img.putpixel((2, 0), 65535)
    out = decoded(redact(encode(img), [(0, 1, 4, 1)]))
    assert out.getpixel((0, 0)) == BLACK
    assert out.getpixel((1, 0)) == (156, 156, 156)  # 40000 / 256, not clipped to white
    assert out.getpixel((2, 0)) == (255, 255, 255)
    assert out.getpixel((3, 1)) == BLACK
