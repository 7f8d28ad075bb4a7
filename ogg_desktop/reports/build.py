"""Lay out a report and write it: one pass, images read as they are placed, originals attached."""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from ogg_desktop.reports.attachments import Attachment, attachment_name, embed
from ogg_desktop.reports.document import PageFurniture, ReportCancelledError, ReportTemplate
from ogg_desktop.reports.kinds import BUILDERS
from ogg_desktop.reports.model import ReportData, ReportKind
from ogg_desktop.reports.pdfimage import ImageCache
from ogg_desktop.reports.streaming import stream_on_save
from ogg_desktop.reports.texts import Words

_TITLES = {ReportKind.POLICE: "police_title", ReportKind.HR: "hr_title", ReportKind.EMPLOYEE: "employee_title",
           ReportKind.NOTICE: "notice_title"}
_MARKINGS = {ReportKind.POLICE: "police_marking", ReportKind.HR: "hr_marking",
             ReportKind.EMPLOYEE: "employee_marking", ReportKind.NOTICE: "notice_marking"}


def _always(_done: int, _total: int) -> bool:
    return True


def render(data: ReportData, load_image: Callable[[int], bytes], target: BinaryIO,
           progress: Callable[[int, int], bool] = _always) -> None:
    """Write the PDF for ``data`` to ``target``. ``progress(done, total)`` is called as each item is
    placed and again as its original is written (total is twice the number of items); returning
    False cancels: ReportCancelledError is raised and the caller discards what was written."""
    w = Words(data.language)
    platform = data.notice.platform if data.notice else ""
    furniture = PageFurniture(
        marking=w(_MARKINGS[data.kind], platform=platform or "—"),
        confidential=w("confidential"),
        reference=data.case.reference,
        generated=w("generated", when=w.datetime(data.generated_at), version=data.app_version),
        page_of=w("page_of"),
    )
    creator = f"OGG Desktop {data.app_version}"
    template = ReportTemplate(target, furniture, title=f"{w(_TITLES[data.kind])} — {data.case.reference}",
                              subject=data.case.reference, language=data.language,
                              deterministic=data.options.deterministic, creator=creator)
    template._doSave = 0  # reportlab: save after the page total and the attachments are in
    cache = ImageCache(load_image)
    count = len(data.items)

    def placed(done: int, _total: int) -> bool:
        return progress(done, 2 * count)

    if not placed(0, count):
        raise ReportCancelledError
    template.build(BUILDERS[data.kind](data, cache, placed))
    canvas = template.canv
    template.finish(canvas)
    embed(canvas, [Attachment(attachment_name(i.number, i.image_sha256, i.image_media_type),
                              _written(load_image, i.image_id, count + n, 2 * count, progress), i.image_media_type,
                              f"{data.case.reference} #{i.number}")
                   for n, i in enumerate(data.items, 1)])
    canvas.showOutline()
    stream_on_save(canvas, target)
    canvas.save()


def _written(load_image: Callable[[int], bytes], image_id: int, done: int, total: int,
             progress: Callable[[int, int], bool]) -> Callable[[], bytes]:
    """The original's bytes, fetched as the file is written; reports progress and honours cancel."""
    def load() -> bytes:
        if not progress(done, total):
            raise ReportCancelledError
        return load_image(image_id)

    return load
