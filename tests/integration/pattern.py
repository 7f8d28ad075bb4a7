"""The known pixels the capture tests put on a real screen, and the layout of that screen.

Every pixel differs from its neighbours (a gradient in red and green, coloured blocks in blue) and a
1-px black-and-white checker line crosses the pattern both ways, so any shift, scaling or blur of a
capture shows up as a byte difference. Pure Python: the helper scripts and the tests share it.
"""

from __future__ import annotations

PATTERN_SIZE = (320, 240)
# The multi-monitor X server the tests start: 1920x1080 with 2560x1440 to its right.
LAYOUT = "1920x1080,2560x1440"
MONITOR_1 = (0, 0, 1920, 1080)
MONITOR_2 = (1920, 0, 2560, 1440)
DESKTOP = (0, 0, 4480, 1440)
# Where the pattern window goes (device pixels): odd offsets, so an even/odd rounding mistake shows.
ON_MONITOR_1 = (101, 77)
ON_MONITOR_2 = (1920 + 333, 217)


def pattern_rgb(width: int = PATTERN_SIZE[0], height: int = PATTERN_SIZE[1]) -> bytes:
    """``width`` x ``height`` RGB bytes, row by row."""
    out = bytearray(width * height * 3)
    checker_row, checker_col = height // 2, width // 3
    i = 0
    for y in range(height):
        for x in range(width):
            if y == checker_row or x == checker_col:
                v = 255 if (x + y) % 2 else 0
                out[i:i + 3] = bytes((v, v, v))
            else:
                out[i] = (x * 3 + 1) % 256
                out[i + 1] = (y * 5 + 2) % 256
                out[i + 2] = ((x // 40) * 70 + (y // 40) * 110 + 30) % 256
            i += 3
    return bytes(out)


def cut(rgb: bytes, width: int, left: int, top: int, w: int, h: int) -> bytes:
    """Rows ``top``..``top+h`` and columns ``left``..``left+w`` of an RGB buffer ``width`` pixels wide."""
    rows = []
    for y in range(top, top + h):
        start = (y * width + left) * 3
        rows.append(rgb[start:start + w * 3])
    return b"".join(rows)
