"""Sections the reports share: the front page facts, the chronology, one section per item, the
people involved, what has been done, and the annexes."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from ogg_desktop.domain.offences import BY_CODE
from ogg_desktop.reports.attachments import attachment_name
from ogg_desktop.reports.document import (
    FRAME_WIDTH,
    Checkpoint,
    grid_table,
    heading,
    para,
    rows_table,
)
from ogg_desktop.reports.model import ReportData, ReportItem, ReportKind
from ogg_desktop.reports.pdfimage import EvidenceImage, ImageCache
from ogg_desktop.reports.texts import Words
from ogg_desktop.services.notice import OFFENCE_EN


def human_size(size: int, language: str) -> str:
    value, unit = float(size), "B"
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            break
        value /= 1000
    text = f"{value:.0f}" if unit == "B" else f"{value:.1f}"
    return (text.replace(".", ",") if language == "nl" else text) + f" {unit}"


def title_block(w: Words, data: ReportData, title: str, subtitle: str) -> list[Flowable]:
    rows = [(w("case_reference"), data.case.reference), (w("report_date"), w.date(data.generated_at.date())),
            (w("prepared_by"), data.actor or w("not_filled"))]
    if data.options.recipient:
        rows.append((w("recipient"), data.options.recipient))
    return [para(title, "title"), para(subtitle, "subtitle"), rows_table(rows), Spacer(1, 4 * mm)]


def item_title(w: Words, item: ReportItem) -> str:
    return item.item.title.strip() or w("untitled")


def posted_text(w: Words, item: ReportItem) -> str:
    shown = item.item.posted_at_shown.strip()
    if item.item.posted_on:
        day = w.date(item.item.posted_on)
        return f"{day} ({shown})" if shown and shown != day else day
    return shown or "—"


def hides_people(data: ReportData, item: ReportItem) -> bool:
    """HR sees a redacted copy: then the text does not name the third parties the picture hides."""
    return data.kind == ReportKind.HR and item.redacted


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def chronology(w: Words, data: ReportData) -> list[Flowable]:
    rows = []
    for item in data.items:
        text = item.item.transcript.strip().replace("\n", " ")
        summary = _clip(item_title(w, item), 160) + (f" — “{_clip(text, 140)}”" if text else "")
        account = "—" if hides_people(data, item) else \
            item.account or item.item.handle or item.item.display_name or "—"
        rows.append([str(item.number), posted_text(w, item), item.item.platform or "—", _clip(account, 80), summary])
    widths = [10 * mm, 32 * mm, 24 * mm, 34 * mm, FRAME_WIDTH - 100 * mm]
    return [heading(w("chronology"), 0, "chronology"),
            grid_table([w("col_no"), w("col_when"), w("col_platform"), w("col_account"), w("col_summary")],
                       rows, widths)]


def _item_rows(w: Words, data: ReportData, item: ReportItem, *, technical: bool) -> list[tuple[str, str]]:
    e = item.item
    rows: list[tuple[str, str]] = [(w("posted_shown"), e.posted_at_shown or "—")]
    if e.posted_on:
        rows.append((w("posted_on"), w.date(e.posted_on)))
    if e.learned_on:
        rows.append((w("learned_on"), w.date(e.learned_on)))
    hide = hides_people(data, item)
    for key, value in (("col_platform", e.platform), ("channel", e.channel), ("url", e.url),
                       ("account", "" if hide else item.account or e.handle),
                       ("display_name", "" if hide else e.display_name),
                       ("profile_url", "" if hide else e.profile_url)):
        if value:
            rows.append((w(key), value))
    if hide:
        rows.append((w("people"), w("names_hidden")))
    elif item.poster or e.poster_confidence != "unknown":
        rows.append((w("poster"), f"{item.poster or '—'} ({w('confidence').lower()}: {w.code(e.poster_confidence)})"))
        if e.poster_basis:
            rows.append((w("poster_basis"), e.poster_basis))
    if item.witnesses and not hide:
        rows.append((w("witnesses"), ", ".join(item.witnesses)))
    if e.offences:
        rows.append((w("offences"), ", ".join(offence_name(code, w) for code in e.offences)))
    if e.archived_url:
        rows.append((w("archived"), e.archived_url))
    if not technical:
        return rows  # the employee's copy and the notice: the technical facts are in the hash annex
    when = e.captured_at_local[:16].replace("T", " ") if e.captured_at_local else e.captured_at_utc
    rows.append((w("captured"), w("captured_value", when=when, who=e.captured_by or data.actor or "—",
                                  method=w.code(e.method))))
    kind = "PNG" if item.image_media_type == "image/png" else item.image_media_type.split("/")[-1].upper()
    rows.append((w("image_size"), w("image_size_value", width=item.width, height=item.height, kind=kind,
                                    size=human_size(item.image_bytes, data.language))))
    rows.append((w("sha256"), item.image_sha256))
    rows.append((w("attachment"), w("attachment_value", name=attachment_name(
        item.number, item.image_sha256, item.image_media_type))))
    return rows


def item_sections(w: Words, data: ReportData, cache: ImageCache, progress: Callable[[int, int], bool],
                  *, technical: bool) -> list[Flowable]:
    """One section per item; ``technical`` adds the capture facts, image size, hash and attachment name
    to each (the HR export too: it is evidence); the employee's copy keeps to what was posted."""
    out: list[Flowable] = [PageBreak(), heading(w("items_detail"), 0, "items")]
    total = len(data.items)
    for index, item in enumerate(data.items):
        title = w("item_heading", n=item.number, title=item_title(w, item))
        head: list[Flowable] = [CondPageBreak(90 * mm), heading(title, 1, f"item-{item.number}")]
        if item.redacted:
            head.append(para(w("redacted_copy"), "note"))
        out.append(KeepTogether([*head, rows_table(_item_rows(w, data, item, technical=technical),
                                                   mono_keys=(w("sha256"),))]))
        out.append(Spacer(1, 3 * mm))
        out.append(para(w("transcript"), "h2"))
        transcript = item.item.transcript.strip()
        out.append(para(transcript, "quote") if transcript else para(w("no_transcript"), "note"))
        if item.item.context.strip():
            out += [para(w("context"), "label"), para(item.item.context.strip())]
        out.append(Spacer(1, 2 * mm))
        out.append(EvidenceImage(cache, item.image_id))
        out.append(Checkpoint(index + 1, total, progress))
        out.append(Spacer(1, 8 * mm))
    return out


def offence_name(code: str, w: Words) -> str:
    offence = BY_CODE.get(code)
    if offence is None:
        return code
    if w.language == "en":
        return OFFENCE_EN.get(code, code)
    return f"{offence.name_nl} ({offence.article})"


def offences_table(w: Words, data: ReportData) -> list[Flowable]:
    if not data.offences:
        return []
    rows = []
    for line in data.offences:
        offence = BY_CODE.get(line.code)
        klacht = w.yes_no(offence.complaint_required) if offence else w("unknown")
        if offence is not None and not offence.confirmed:
            klacht += f" ({w('unconfirmed')})"
        rows.append([offence_name(line.code, w), klacht, w.date(line.deadline) if line.deadline else "—"])
    out: list[Flowable] = [para(w("offences"), "h2"), para(w("offences_intro"), "note"),
                           grid_table([w("offence"), w("complaint"), w("deadline")], rows,
                                      [FRAME_WIDTH - 70 * mm, 30 * mm, 40 * mm])]
    if any(line.deadline for line in data.offences):
        out.append(para(w("complaint_note"), "note"))
    return out


def people_section(w: Words, data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [heading(w("people"), 0, "people")]
    rows = [[w.code(inv.role), inv.person.name, inv.person.description or inv.note or "—"]
            for inv in data.involvements]
    if rows:
        out.append(grid_table([w("role"), w("name"), w("description")], rows,
                              [30 * mm, 55 * mm, FRAME_WIDTH - 85 * mm]))
    else:
        out.append(para(w("no_people"), "note"))
    if data.accounts:
        names = {inv.person.id: inv.person.name for inv in data.involvements}
        account_rows = [[a.platform, a.handle or a.display_name or "—", a.profile_url or "—",
                         (names.get(a.holder_person_id, "—") + f" ({w.code(a.holder_confidence)})")
                         if a.holder_person_id else "—"] for a in data.accounts]
        out += [para(w("accounts"), "h2"),
                grid_table([w("col_platform"), w("account"), w("profile_url"), w("holder")], account_rows,
                           [26 * mm, 40 * mm, FRAME_WIDTH - 116 * mm, 50 * mm])]
    return out


def done_section(w: Words, data: ReportData) -> list[Flowable]:
    out: list[Flowable] = [heading(w("done"), 0, "done"), para(w("platform_reports"), "h2")]
    if data.platform_reports:
        rows = [[r.platform, w.date(r.filed_on) if r.filed_on else "—", w.code(r.filed_by), r.ticket or "—",
                 w.code(r.decision) + (f" ({w.date(r.decision_on)})" if r.decision_on else "")]
                for r in data.platform_reports]
        out.append(grid_table([w("col_platform"), w("filed_on"), w("notice_filed_by"), w("ticket"), w("decision")],
                              rows, [28 * mm, 30 * mm, 30 * mm, 38 * mm, FRAME_WIDTH - 126 * mm]))
    else:
        out.append(para(w("no_platform_reports"), "note"))
    earlier = [r for r in data.police_reports if r.filed_on or r.registration_number]
    out.append(para(w("police_reports"), "h2"))
    if earlier:
        rows = [[w.code(r.kind), w.date(r.filed_on) if r.filed_on else "—", r.station or "—",
                 r.registration_number or "—"] for r in earlier]
        out.append(grid_table([w("kind"), w("filed_on"), w("station"), w("registration")], rows,
                              [34 * mm, 34 * mm, FRAME_WIDTH - 108 * mm, 40 * mm]))
    else:
        out.append(para(w("no_police_reports"), "note"))
    if data.legal_actions:
        rows = [[w.code(a.kind), w.date(a.started_on) if a.started_on else "—", a.lawyer or "—", a.outcome or "—"]
                for a in data.legal_actions]
        out += [para(w("legal"), "h2"), grid_table([w("kind"), w("filed_on"), w("name"), w("status")], rows,
                                                   [34 * mm, 30 * mm, 50 * mm, FRAME_WIDTH - 114 * mm])]
    return out


def hashes_annex(w: Words, data: ReportData, title_key: str = "annex_hashes") -> list[Flowable]:
    rows = [[str(i.number), attachment_name(i.number, i.image_sha256, i.image_media_type), i.image_sha256]
            for i in data.items]
    return [PageBreak(), heading(w(title_key), 0, "hashes"), para(w("hashes_intro"), "body"),
            grid_table([w("col_no"), w("file"), w("sha256")], rows, [10 * mm, 44 * mm, FRAME_WIDTH - 54 * mm],
                       mono_columns=(1, 2))]
