"""The four documents, each assembled from the shared sections."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from ogg_desktop.domain.notes import visible_to_employee, visible_to_hr
from ogg_desktop.domain.offences import BY_CODE
from ogg_desktop.domain.organisation import Contact, ContactRole
from ogg_desktop.domain.workflow import AftercareStatus
from ogg_desktop.reports.document import FRAME_WIDTH, grid_table, heading, para, rows_table, signature_block
from ogg_desktop.reports.model import ReportData, ReportKind
from ogg_desktop.reports.pdfimage import ImageCache
from ogg_desktop.reports.sections import (
    chronology,
    done_section,
    hashes_annex,
    item_sections,
    offence_name,
    offences_table,
    people_section,
    title_block,
)
from ogg_desktop.reports.texts import Words

Progress = Callable[[int, int], bool]


def _organisation_rows(w: Words, data: ReportData) -> list[tuple[str, str]]:
    org = data.organisation
    missing = w("not_filled")
    rows = [(w("organisation"), org.name or missing), (w("address"), ", ".join(org.address_lines()) or missing)]
    for key, value in (("phone", org.phone), ("email", org.email), ("kvk", org.kvk)):
        if value:
            rows.append((w(key), value))
    rows.append((w("contact_person"), _contact_text(org.contact) or missing))
    police_contact = org.contact_for(ContactRole.POLICE)
    if not police_contact.is_empty():  # the organisation's own contact at the police (wijkagent, liaison)
        rows.append((w("police_contact"), _contact_text(police_contact)))
    return rows


def _contact_text(contact: Contact) -> str:
    """Name, function (phone · e-mail); empty when nobody is named."""
    who = ", ".join(part for part in (contact.name, contact.role) if part)
    reach = " · ".join(part for part in (contact.phone, contact.email) if part)
    return (who or reach) + (f" ({reach})" if who and reach else "")


def _victim_rows(w: Words, data: ReportData) -> list[tuple[str, str]]:
    employee = data.case.employee
    rows: list[tuple[str, str]] = []
    if data.options.use_pseudonym and employee.pseudonym:
        rows.append((w("victim_pseudonym"), employee.pseudonym))
    else:
        rows.append((w("victim_name"), employee.name or employee.pseudonym or w("not_filled")))
        if employee.work_address:
            rows.append((w("victim_work_address"), employee.work_address))
    report = data.police_report
    if report is not None:
        rows.append((w("under_number"), w.yes_no(report.under_number)))
        rows.append((w("public_task"), w.yes_no(report.public_task)))
        if report.public_task and report.vpt_code:
            rows.append((w("vpt_code"), report.vpt_code))
        public_task_contact = data.organisation.contact_for(ContactRole.PUBLIC_TASK)
        if report.public_task and not public_task_contact.is_empty():  # only where the VPT/ELA agreements apply
            rows.append((w("public_task_contact"), _contact_text(public_task_contact)))
        if report.employee_statement_on:
            rows.append((w("employee_statement"), w("employee_statement_value", date=w.date(
                report.employee_statement_on), station=report.employee_statement_station or "—")))
    return rows


def _period_rows(w: Words, data: ReportData) -> list[tuple[str, str]]:
    days = sorted(i.item.posted_on or _captured_day(i.item.captured_at_utc) for i in data.items)
    rows: list[tuple[str, str]] = []
    if days:
        rows.append((w("period"), w("period_value", first=w.date(days[0]), last=w.date(days[-1]))))
    platforms = sorted({i.item.platform for i in data.items if i.item.platform})
    rows.append((w("platforms"), ", ".join(platforms) or "—"))
    rows.append((w("items_count"), str(len(data.items))))
    return rows


def _captured_day(utc: str) -> date:
    return date.fromisoformat(utc[:10])


def _day(stamp: str) -> date | None:
    try:
        return date.fromisoformat(stamp[:10])
    except ValueError:
        return None


def police(data: ReportData, cache: ImageCache, progress: Progress) -> list[Flowable]:
    w = Words(data.language)
    out = title_block(w, data, w("police_title"), w("police_subtitle"))
    out += [heading(w("reporter"), 0, "reporter"), para(w("reporter_intro"), "note"),
            rows_table(_organisation_rows(w, data)), Spacer(1, 4 * mm),
            para(w("victim"), "h2"), rows_table(_victim_rows(w, data))]
    out += [heading(w("summary"), 0, "summary")]
    if data.case.summary.strip():
        out += [para(w("what_happened"), "h2"), para(data.case.summary.strip())]
    out += [rows_table(_period_rows(w, data))]
    out += offences_table(w, data)
    report = data.police_report
    if report is not None:
        out += [para(w("wishes"), "h2"), rows_table([(w("wish_informed"), w.yes_no(report.wish_kept_informed)),
                                                     (w("wish_damages"), w.yes_no(report.wish_damages))],
                                                    label_width=80 * mm)]
    out += chronology(w, data)
    out += item_sections(w, data, cache, progress, technical=True)
    out += [PageBreak(), *people_section(w, data), *done_section(w, data)]
    out += hashes_annex(w, data)
    out += _statement(w, data)
    if any(BY_CODE[line.code].complaint_required for line in data.offences if line.code in BY_CODE):
        out += _power_of_attorney(w, data)
    return out


def _statement(w: Words, data: ReportData) -> list[Flowable]:
    who = sorted({i.item.captured_by for i in data.items if i.item.captured_by} or {data.actor})
    return [PageBreak(), heading(w("annex_statement"), 0, "statement"),
            para(w("statement_text", version=data.app_version)),
            rows_table([(w("captured_by_list"), ", ".join(who)), (w("case_reference"), data.case.reference),
                        (w("items_count"), str(len(data.items)))]),
            signature_block([w("captured_by_list")], w("place_date"), w("signature"))]


def _power_of_attorney(w: Words, data: ReportData) -> list[Flowable]:
    employee = data.case.employee
    name = employee.name if employee.name and not data.options.use_pseudonym else w("poa_blank_name")
    klacht = [offence_name(line.code, w) for line in data.offences
              if line.code in BY_CODE and BY_CODE[line.code].complaint_required]
    org = data.organisation
    text = w("poa_text", employee=name, organisation=org.name or "__________________________",
             contact=org.contact.name or "__________________________", offences=", ".join(klacht),
             reference=data.case.reference)
    return [PageBreak(), heading(w("annex_poa"), 0, "poa"), para(text),
            signature_block([w("poa_signatory"), w("poa_agent")], w("place_date"), w("signature"))]


def _consent_rows(w: Words, data: ReportData) -> list[tuple[str, str]]:
    if data.consent is not None:
        return [(w("consent"), w("consent_value", date=w.date(data.consent.given_on), how=data.consent.how or "—"))]
    if data.override is not None:
        return [(w("consent"), w("override_value", date=data.override.at_utc[:10]))]
    return []


def _notes(w: Words, data: ReportData, visible: Callable[..., bool]) -> list[Flowable]:
    shown = [note for note in data.notes if visible(note)]
    out: list[Flowable] = [heading(w("notes"), 0, "notes")]
    if not shown:
        return [*out, para(w("no_notes"), "note")]
    for note in shown:
        out += [para(w.date(_day(note.created_at)), "label"), para(note.body.strip())]
    return out


def _conversations(w: Words, data: ReportData, visible: Callable[..., bool]) -> list[Flowable]:
    shown = [c for c in data.conversations if visible(c)]
    if not shown:
        return []
    out: list[Flowable] = [heading(w("conversations"), 0, "conversations")]
    for c in shown:
        out += [para(w.date(c.held_on), "label"), para(c.summary.strip() or "—")]
    return out


def hr(data: ReportData, cache: ImageCache, progress: Progress) -> list[Flowable]:
    w = Words(data.language)
    out = title_block(w, data, w("hr_title"), w("hr_subtitle"))
    out += [rows_table(_consent_rows(w, data) + _period_rows(w, data))]
    if data.case.summary.strip():
        out += [heading(w("summary"), 0, "summary"), para(data.case.summary.strip())]
    out += chronology(w, data)
    out += _conversations(w, data, visible_to_hr)
    out += _notes(w, data, visible_to_hr)
    if data.items:
        out += item_sections(w, data, cache, progress, technical=True)
        out += hashes_annex(w, data, "annex_hashes")
    return out


def employee(data: ReportData, cache: ImageCache, progress: Progress) -> list[Flowable]:
    w = Words(data.language)
    out = title_block(w, data, w("employee_title"), w("employee_subtitle"))
    out += [para(w("employee_intro")), Spacer(1, 2 * mm)]
    if data.case.summary.strip():
        out += [heading(w("summary"), 0, "summary"), para(data.case.summary.strip())]
    out += [rows_table(_period_rows(w, data))]
    out += [heading(w("employee_steps"), 0, "steps")]
    rows = [[w.code(e.kind), w.date(e.done_on or e.due_on), w.code(e.status)] for e in data.aftercare
            if e.person_id is None and e.status != AftercareStatus.CANCELLED]
    if rows:
        out += [para(w("aftercare"), "h2"), grid_table([w("step"), w("due"), w("status")], rows,
                                                       [FRAME_WIDTH - 80 * mm, 45 * mm, 35 * mm])]
    out += done_section(w, data)[1:]
    if data.referrals:
        out += [para(w("referrals"), "h2"), grid_table([w("kind"), w("report_date")],
                                                       [[w.code(r.to), w.date(r.referred_on)] for r in data.referrals],
                                                       [FRAME_WIDTH - 45 * mm, 45 * mm])]
    out += _conversations(w, data, visible_to_employee)
    out += _notes(w, data, visible_to_employee)
    out += chronology(w, data)
    if data.items:
        out += item_sections(w, data, cache, progress, technical=False)
        out += hashes_annex(w, data, "annex_hashes")
    return out


def notice(data: ReportData, cache: ImageCache, progress: Progress) -> list[Flowable]:
    w = Words(data.language)
    report = data.notice
    platform = report.platform if report else "—"
    out = title_block(w, data, w("notice_title"), w("notice_subtitle", platform=platform))
    out += [para(w("notice_intro"), "note")]
    if report is not None:
        out += [rows_table([(w("notice_route"), w.code(report.route)), (w("notice_filed_by"), w.code(report.filed_by)),
                            (w("filed_on"), w.date(report.filed_on) if report.filed_on else "—"),
                            (w("ticket"), report.ticket or "—")])]
    out += [heading(w("notice_report"), 0, "notice")]
    for block in data.notice_text.strip().split("\n\n"):
        lines = block.split("\n")
        out.append(para(lines[0], "h2"))
        if len(lines) > 1:
            out.append(para("\n".join(lines[1:])))
    if data.items:
        out += item_sections(w, data, cache, progress, technical=False)
        out += hashes_annex(w, data, "annex_hashes")
    return out


BUILDERS: dict[ReportKind, Callable[[ReportData, ImageCache, Progress], list[Flowable]]] = {
    ReportKind.POLICE: police,
    ReportKind.HR: hr,
    ReportKind.EMPLOYEE: employee,
    ReportKind.NOTICE: notice,
}
