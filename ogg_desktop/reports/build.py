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
    placed; returning False cancels (ReportCancelledError is raised and nothing useful is written)."""
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
    if not progress(0, len(data.items)):
        raise ReportCancelledError
    template.build(BUILDERS[data.kind](data, cache, progress))
    canvas = template.canv
    template.finish(canvas)
    embed(canvas, [Attachment(attachment_name(i.number, i.image_sha256, i.image_media_type),
                              _loader(load_image, i.image_id), i.image_media_type, f"{data.case.reference} #{i.number}")
                   for i in data.items])
    canvas.showOutline()
    stream_on_save(canvas, target)
    canvas.save()


def _loader(load_image: Callable[[int], bytes], image_id: int) -> Callable[[], bytes]:
    return lambda: load_image(image_id)
