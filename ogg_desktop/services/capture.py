"""Screen captures become evidence: the region cut from one grab, stored losslessly with its hash."""

from __future__ import annotations

import time

from ogg_desktop.capture.grab import Grab, Rect, encode_png, grab_all
from ogg_desktop.domain.case import Case
from ogg_desktop.domain.evidence import CaptureMethod, EvidenceItem
from ogg_desktop.services.evidence import EvidenceService


def describe(grab: Grab, region: Rect) -> str:
    """What the evidence record says about the screens: the region and every monitor's geometry."""
    return f"region {region.text()}; monitors {grab.geometry_text()}"


class CaptureService:
    def __init__(self, evidence: EvidenceService) -> None:
        self.evidence = evidence

    def store(self, case: Case, grab: Grab, region: Rect, method: CaptureMethod, title: str = "") -> EvidenceItem:
        """Crop ``region`` from ``grab`` (device pixels, no scaling) and store it as a new item."""
        region = region.intersected(grab.bounds)  # what is stored is what the record describes
        image = grab.crop(region)
        png = encode_png(image)
        return self.evidence.import_bytes(case, png, method=method, title=title, screen_geometry=describe(grab, region),
                                          captured_at=grab.taken_at, encoded_from=image)

    def capture_now(self, case: Case, *, region: Rect | None = None, monitor: int | None = None,
                    delay: float = 0.0) -> EvidenceItem:
        """Non-interactive capture: a region, one monitor (1-based) or, with neither, all monitors."""
        if delay > 0:
            time.sleep(delay)
        grab = grab_all()
        if region is not None:
            return self.store(case, grab, region, CaptureMethod.REGION)
        if monitor is not None:
            if not 1 <= monitor <= len(grab.monitors):
                raise ValueError(f"monitor {monitor} does not exist (1..{len(grab.monitors)})")
            return self.store(case, grab, grab.monitors[monitor - 1], CaptureMethod.MONITOR)
        return self.store(case, grab, grab.bounds, CaptureMethod.ALL_MONITORS)
