"""Wie doet wat: the organisation's protocol, step by step, with whom to contact."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from ogg_desktop.domain.checklist import STEPS
from ogg_desktop.domain.organisation import Contact, ContactRole, Organisation
from ogg_desktop.domain.prevention import PolicyDocument, PolicyStep
from ogg_desktop.reports.prevention.layout import (
    FRAME_WIDTH,
    NAVY,
    PALE,
    RULE,
    WARM,
    WHITE,
    NumberBadge,
    para,
    table_style,
)
from ogg_desktop.reports.prevention.texts import PreventionWords

BADGE = 10 * mm
GUTTER = 15 * mm


def reach(contact: Contact) -> str:
    return "\n".join(part for part in (contact.phone, contact.email) if part)


def _contact_line(contact: Contact, role_label: str) -> str:
    who = contact.name or contact.role
    if contact.name and contact.role:
        who = f"{contact.name} ({contact.role})"
    return " · ".join(part for part in (who or role_label, contact.phone, contact.email) if part)


def _step(entry: PolicyStep, organisation: Organisation, w: PreventionWords) -> Flowable:
    number = STEPS.index(entry.step) + 1
    content: list[Flowable] = [para(f"{w('step', number=number)} · {w('step_' + entry.step.value)}", "step_title"),
                               Spacer(1, 2.5)]
    rows = []
    if entry.who.strip():
        rows.append([para(w("who").upper(), "label"), para(entry.who.strip(), "cell_bold")])
    if entry.what.strip():
        rows.append([para(w("what").upper(), "label"), para(entry.what.strip(), "cell")])
    if entry.contact_role:
        role = ContactRole(entry.contact_role)
        contact = organisation.contact_for(role)
        if not contact.is_empty():
            rows.append([para(w("contact").upper(), "label"),
                         para(f"{w('role_' + role.value)}: {_contact_line(contact, '')}", "cell")])
    if rows:
        inner = Table(rows, colWidths=[GUTTER + 4 * mm, FRAME_WIDTH - 2 * GUTTER - 8 * mm], hAlign="LEFT")
        inner.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        content.append(inner)
    table = Table([[NumberBadge(number, BADGE), content]], colWidths=[GUTTER, FRAME_WIDTH - GUTTER], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ]))
    return KeepTogether([table])


def contacts_table(organisation: Organisation, w: PreventionWords) -> list[Flowable]:
    rows = []
    if not organisation.contact.is_empty():
        rows.append((w("police_contact"), organisation.contact))
    rows += [(w("role_" + role.value), organisation.contact_for(role)) for role in ContactRole
             if not organisation.contact_for(role).is_empty()]
    if not rows:
        return [para(w("contacts_none"), "small")]
    data = [[para(w("role_column"), "head"), para(w("name_column"), "head"), para(w("reach_column"), "head")]]
    for label, contact in rows:
        name = ", ".join(part for part in (contact.name, contact.role) if part)
        data.append([para(label, "cell_bold"), para(name, "cell"), para(reach(contact), "cell")])
    widths = [FRAME_WIDTH * 0.33, FRAME_WIDTH * 0.3, FRAME_WIDTH * 0.37]
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("TEXTCOLOR", (0, 0), (-1, 0), WHITE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, PALE]),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [table]


def story(document: PolicyDocument, organisation: Organisation, w: PreventionWords) -> list[Flowable]:
    org = organisation.name.strip() or w("our_organisation")
    flow: list[Flowable] = [para(w("policy_kicker", org=org).upper(), "kicker"), para(document.title, "title")]
    if document.intro.strip():
        flow.append(para(document.intro.strip(), "intro"))
    flow.append(Spacer(1, 2))
    flow += [_step(entry, organisation, w) for entry in document.steps]
    flow.append(KeepTogether([para(w("contacts_title"), "h1"), para(w("contacts_intro"), "small"), Spacer(1, 4),
                              *contacts_table(organisation, w)]))
    if document.closing.strip():
        closing = Table([[para(document.closing.strip(), "intro")]], colWidths=[FRAME_WIDTH])
        closing.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("LINEBEFORE", (0, 0), (0, -1), 3, WARM)]))
        flow += [Spacer(1, 12), KeepTogether([closing])]
    return flow
