"""Grab every monitor at once with mss, and cut regions from that grab without rescaling.

A ``Grab`` is the whole virtual desktop in device pixels (BGRA), taken in one call, plus where
each monitor sits in it. Regions are cut from that one grab, so what the user saw frozen on the
overlay is exactly what is stored: the same pixels, never scaled, never re-grabbed.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from datetime import datetime

from PIL import Image

from ogg_desktop.domain.clock import now_utc


class CaptureUnavailableError(RuntimeError):
    """``reason``: no_display, wayland, grab_failed, empty_region, outside."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


@dataclass(frozen=True)
class Rect:
    """A rectangle in virtual-desktop device pixels (may start at negative coordinates)."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def intersected(self, other: Rect) -> Rect:
        x, y = max(self.x, other.x), max(self.y, other.y)
        r, b = min(self.right, other.right), min(self.bottom, other.bottom)
        return Rect(x, y, max(0, r - x), max(0, b - y))

    def text(self) -> str:
        return f"{self.width}x{self.height}+{self.x}+{self.y}"

    @classmethod
    def parse(cls, text: str) -> Rect:
        """'X,Y,W,H' as on the command line."""
        parts = [p.strip() for p in text.split(",")]
        if len(parts) != 4:
            raise ValueError("region must be X,Y,W,H")
        x, y, w, h = (int(p) for p in parts)
        if w <= 0 or h <= 0:
            raise ValueError("width and height must be positive")
        return cls(x, y, w, h)


@dataclass(frozen=True)
class Grab:
    """The whole desktop at one instant. ``bgra`` is width*height*4 bytes, row by row."""

    bgra: bytes
    bounds: Rect  # the virtual desktop, in device pixels
    monitors: tuple[Rect, ...]  # each physical monitor, in the same coordinates
    taken_at: datetime = field(default_factory=now_utc)

    def geometry_text(self) -> str:
        """For the evidence record: every monitor and the desktop, e.g. '1920x1080+0+0; 2560x1440+1920+0'."""
        return "; ".join(m.text() for m in self.monitors)

    def monitor_at(self, x: int, y: int) -> int:
        for i, m in enumerate(self.monitors):
            if m.x <= x < m.right and m.y <= y < m.bottom:
                return i
        return 0

    def crop(self, region: Rect) -> Image.Image:
        """The pixels of ``region`` exactly as grabbed (RGB, no scaling)."""
        inside = region.intersected(self.bounds)
        if inside.width <= 0 or inside.height <= 0:
            raise CaptureUnavailableError("outside", region.text())
        whole = Image.frombuffer("RGB", (self.bounds.width, self.bounds.height), self.bgra, "raw", "BGRX", 0, 1)
        left, top = inside.x - self.bounds.x, inside.y - self.bounds.y
        return whole.crop((left, top, left + inside.width, top + inside.height))

    def crop_png(self, region: Rect) -> bytes:
        return encode_png(self.crop(region))


def encode_png(image: Image.Image) -> bytes:
    """Lossless PNG. Level 1 compresses well for screen content and keeps capture quick."""
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


def check_display() -> None:
    """A clear reason when there is nothing to grab (rather than an X error deep inside mss)."""
    if os.environ.get("DISPLAY"):
        return
    if os.environ.get("WAYLAND_DISPLAY"):
        raise CaptureUnavailableError("wayland")
    raise CaptureUnavailableError("no_display")


def grab_all() -> Grab:
    """Every monitor in one grab. Raises CaptureUnavailableError with a reason."""
    check_display()
    import mss  # imported here: the rest of the app must start without a display

    try:
        with mss.MSS() as shooter:
            monitors = shooter.monitors
            desktop = monitors[0]
            shot = shooter.grab(desktop)
            bounds = Rect(desktop["left"], desktop["top"], desktop["width"], desktop["height"])
            physical = tuple(Rect(m["left"], m["top"], m["width"], m["height"]) for m in monitors[1:]) or (bounds,)
            return Grab(bytes(shot.bgra), bounds, physical)
    except CaptureUnavailableError:
        raise
    except Exception as exc:  # mss raises its own ScreenShotError / XError
        raise CaptureUnavailableError("grab_failed", type(exc).__name__) from exc
