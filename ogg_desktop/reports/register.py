"""The entry for the processing register (AVG art. 30 lid 1): a proposal the organisation checks and
adopts, filled from the organisation profile and from what the app itself does. As a PDF or as plain
text to paste into an existing register. It names no case and no person other than the
organisation's own contacts."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ogg_desktop.domain.organisation import Contact, ContactRole, Organisation
from ogg_desktop.reports.document import PageFurniture, ReportTemplate, heading, para
from ogg_desktop.reports.texts import Words, long_date


@dataclass(frozen=True)
class RegisterFacts:
    export_kinds: tuple[str, ...]  # kinds of report ever written: police, hr, employee, notice
    retention_dates_kept: bool  # every case has a retention date
    app_version: str


@dataclass(frozen=True)
class RegisterEntry:
    title: str
    subtitle: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    footer: str


NL: dict[str, str] = {
    "title": "Verwerkingsregister: dossiers van de vertrouwenspersoon",
    "subtitle": "Voorstel voor de registratie volgens artikel 30 AVG — laat het controleren door de "
                "functionaris gegevensbescherming of privacyadviseur voordat u het vaststelt.",
    "marking": "verwerkingsregister",
    "header": "Artikel 30 AVG",
    "name": "Naam van de verwerking",
    "name_value": "Dossiers over (online) grensoverschrijdend gedrag tegen medewerkers, bijgehouden door de "
                  "vertrouwenspersoon in OGG Desktop",
    "controller": "Verwerkingsverantwoordelijke",
    "contact": "Contactpersoon: {contact}",
    "legal_contact": "Juridisch / privacy: {contact}",
    "not_filled": "(nog niet ingevuld onder Organisatie → Gegevens en contactpersonen)",
    "purposes": "Doeleinden",
    "purpose_1": "Medewerkers opvangen en bijstaan die te maken krijgen met grensoverschrijdend gedrag.",
    "purpose_2": "Bewijs vastleggen zoals het getoond werd (met SHA-256), voor melding bij platforms, aangifte "
                 "en juridische stappen — alleen met toestemming van de medewerker.",
    "purpose_3": "Nazorg plannen en bijhouden.",
    "purpose_4": "Een geanonimiseerd jaarverslag voor de organisatie en de risico-inventarisatie (RI&E).",
    "basis": "Grondslag",
    "basis_value": "Per dossier vastgelegd: uitdrukkelijke toestemming van de medewerker (ook voor bijzondere "
                   "persoonsgegevens), wettelijke verplichting (Arbowet: beleid tegen psychosociale "
                   "arbeidsbelasting), vitaal belang of gerechtvaardigd belang.",
    "subjects": "Categorieën van betrokkenen",
    "subjects_value": "Medewerkers die zich melden; mensen van wie het gedrag uitgaat of vermoedelijk uitgaat "
                      "(ook houders van accounts); getuigen en andere betrokkenen; contactpersonen van de "
                      "organisatie.",
    "data": "Categorieën van persoonsgegevens",
    "data_1": "Naam of pseudoniem en werkadres van de medewerker; een privéadres alleen op diens uitdrukkelijke "
              "wens.",
    "data_2": "Schermafbeeldingen en wat erop staat: berichten, accountnamen, profiellinks, weergavenamen.",
    "data_3": "Aantekeningen van gesprekken en nazorg, toestemmingen, meldingen bij platforms en politie, "
              "juridische stappen.",
    "data_4": "Mogelijk bijzondere persoonsgegevens (zoals gezondheid) en strafrechtelijke gegevens "
              "(vermoedelijke strafbare feiten, aangiftes).",
    "recipients": "Ontvangers",
    "recipients_value": "Alleen wat de vertrouwenspersoon uitdrukkelijk exporteert: de politie (bijlage bij "
                        "aangifte), platforms (melding volgens de DSA), HR (alleen door de medewerker "
                        "goedgekeurde stukken, afgeschermd), de medewerker zelf, een advocaat bij juridische "
                        "stappen, een opvolger (versleutelde overdracht). Het jaarverslag is geanonimiseerd.",
    "recipients_used": "Tot nu toe rapporten gemaakt voor: {kinds}.",
    "recipients_none": "Tot nu toe zijn er geen rapporten over dossiers gemaakt.",
    "kind.police": "politie",
    "kind.hr": "HR",
    "kind.employee": "de medewerker",
    "kind.notice": "platforms",
    "transfer": "Doorgifte buiten de EER",
    "transfer_value": "OGG Desktop verstuurt zelf niets: het werkt zonder netwerk. Een melding aan een platform "
                      "gaat naar dat platform; ga na waar het gevestigd is.",
    "retention": "Bewaartermijnen",
    "retention_value": "Elk dossier heeft een bewaardatum. Is die verstreken, dan meldt de app dat en wordt het "
                       "dossier vernietigd (onherstelbaar, ook uit de zoekindex) of met een vastgelegde reden "
                       "verlengd. Vul hier de termijn in die de organisatie hanteert.",
    "retention_all": "Op dit moment heeft elk dossier een bewaardatum.",
    "retention_some": "Op dit moment heeft nog niet elk dossier een bewaardatum.",
    "security": "Beveiligingsmaatregelen",
    "security_1": "Alles staat in één versleuteld bestand (SQLCipher, AES-256); de sleutel volgt uit het "
                  "wachtwoord met Argon2id. Een herstelsleutel staat apart, op papier.",
    "security_2": "De kluis vergrendelt bij inactiviteit, bij schermvergrendeling en slaapstand; dan staat er "
                  "niets van een dossier meer in het geheugen.",
    "security_3": "Geen netwerkverbinding; gekopieerde dossiertekst verdwijnt na 30 seconden van het klembord.",
    "security_4": "Een logboek met een hash-keten legt elke handeling vast zonder inhoud; elk bewijsstuk heeft "
                  "een SHA-256 die bij controle wordt nagerekend.",
    "security_5": "Back-ups en overdrachten zijn versleuteld; rapporten worden in hun geheel of helemaal niet "
                  "geschreven; vernietigde dossiers worden ook uit de vrije ruimte van het bestand gewist.",
    "footer": "Gemaakt op {date} met OGG Desktop {version}.",
}

EN: dict[str, str] = {
    "title": "Processing register: the confidential counsellor's case files",
    "subtitle": "A proposal for the record under Article 30 GDPR — have it checked by the data protection officer "
                "or privacy adviser before adopting it.",
    "marking": "processing register",
    "header": "Article 30 GDPR",
    "name": "Name of the processing",
    "name_value": "Case files on (online) undesirable behaviour towards employees, kept by the confidential "
                  "counsellor in OGG Desktop",
    "controller": "Controller",
    "contact": "Contact person: {contact}",
    "legal_contact": "Legal / privacy: {contact}",
    "not_filled": "(not yet filled in under Organisation → Details and contacts)",
    "purposes": "Purposes",
    "purpose_1": "Supporting employees who face undesirable behaviour.",
    "purpose_2": "Recording evidence as it was shown (with SHA-256), for reports to platforms, the police and legal "
                 "steps — only with the employee's consent.",
    "purpose_3": "Planning and keeping track of aftercare.",
    "purpose_4": "An anonymised annual report for the organisation and its risk inventory (RI&E).",
    "basis": "Legal basis",
    "basis_value": "Recorded per case: the employee's explicit consent (also for special categories of data), a "
                   "legal obligation (Dutch Working Conditions Act: policy against psychosocial workload), vital "
                   "interest or legitimate interest.",
    "subjects": "Categories of data subjects",
    "subjects_value": "Employees who come forward; people the behaviour comes from or is believed to come from "
                      "(account holders included); witnesses and others involved; the organisation's contacts.",
    "data": "Categories of personal data",
    "data_1": "The employee's name or pseudonym and work address; a home address only at their explicit wish.",
    "data_2": "Screenshots and what they show: posts, account names, profile links, display names.",
    "data_3": "Notes of conversations and aftercare, consents, reports to platforms and the police, legal steps.",
    "data_4": "Possibly special categories of data (such as health) and criminal-offence data (suspected offences, "
              "criminal reports).",
    "recipients": "Recipients",
    "recipients_value": "Only what the counsellor explicitly exports: the police (annex to a criminal report), "
                        "platforms (DSA notice), HR (only items the employee approved, redacted), the employee, a "
                        "lawyer for legal steps, a successor (encrypted handover). The annual report is anonymised.",
    "recipients_used": "Reports made so far for: {kinds}.",
    "recipients_none": "No reports on cases have been made so far.",
    "kind.police": "the police",
    "kind.hr": "HR",
    "kind.employee": "the employee",
    "kind.notice": "platforms",
    "transfer": "Transfers outside the EEA",
    "transfer_value": "OGG Desktop sends nothing itself: it works without a network. A notice to a platform goes "
                      "to that platform; check where it is established.",
    "retention": "Retention periods",
    "retention_value": "Each case has a retention date. Once it has passed, the app says so and the case is "
                       "destroyed (beyond recovery, search index included) or extended with a recorded reason. "
                       "Fill in the period the organisation applies.",
    "retention_all": "At present every case has a retention date.",
    "retention_some": "At present not every case has a retention date yet.",
    "security": "Security measures",
    "security_1": "Everything is in one encrypted file (SQLCipher, AES-256); the key is derived from the "
                  "passphrase with Argon2id. A recovery key is kept apart, on paper.",
    "security_2": "The vault locks after inactivity, when the screen locks and on sleep; nothing of a case then "
                  "stays in memory.",
    "security_3": "No network connection; copied case text leaves the clipboard after 30 seconds.",
    "security_4": "A hash-chained log records every action without content; each item of evidence has a SHA-256 "
                  "that is recomputed on verification.",
    "security_5": "Backups and handovers are encrypted; reports are written whole or not at all; destroyed cases "
                  "are wiped from the file's free space too.",
    "footer": "Made on {date} with OGG Desktop {version}.",
}

TEXTS = {"nl": NL, "en": EN}


def _contact(contact: Contact) -> str:
    return ", ".join(part for part in (contact.name, contact.role, contact.phone, contact.email) if part)


def register_entry(organisation: Organisation, facts: RegisterFacts, language: str, day: date) -> RegisterEntry:
    t = TEXTS[language]
    controller = [line for line in (organisation.name, *organisation.address_lines(), organisation.phone,
                                    organisation.email, f"KvK {organisation.kvk}" if organisation.kvk else "")
                  if line]
    if not organisation.name.strip():
        controller.insert(0, t["not_filled"])
    if not organisation.contact.is_empty():
        controller.append(t["contact"].format(contact=_contact(organisation.contact)))
    legal = organisation.contact_for(ContactRole.LEGAL)
    if not legal.is_empty():
        controller.append(t["legal_contact"].format(contact=_contact(legal)))
    kinds = [t[f"kind.{kind}"] for kind in ("police", "hr", "employee", "notice") if kind in facts.export_kinds]
    used = t["recipients_used"].format(kinds=", ".join(kinds)) if kinds else t["recipients_none"]
    sections = (
        (t["name"], (t["name_value"],)),
        (t["controller"], tuple(controller)),
        (t["purposes"], tuple(t[f"purpose_{n}"] for n in range(1, 5))),
        (t["basis"], (t["basis_value"],)),
        (t["subjects"], (t["subjects_value"],)),
        (t["data"], tuple(t[f"data_{n}"] for n in range(1, 5))),
        (t["recipients"], (t["recipients_value"], used)),
        (t["transfer"], (t["transfer_value"],)),
        (t["retention"], (t["retention_value"],
                          t["retention_all"] if facts.retention_dates_kept else t["retention_some"])),
        (t["security"], tuple(t[f"security_{n}"] for n in range(1, 6))),
    )
    footer = t["footer"].format(date=long_date(day, language), version=facts.app_version)
    return RegisterEntry(t["title"], t["subtitle"], sections, footer)


def render_register_text(entry: RegisterEntry) -> str:
    lines = [entry.title, "=" * len(entry.title), "", entry.subtitle, ""]
    for title, values in entry.sections:
        lines += [title, "-" * len(title)]
        lines += [f"- {value}" if len(values) > 1 else value for value in values]
        lines.append("")
    lines.append(entry.footer)
    return "\n".join(lines) + "\n"


def render_register_pdf(entry: RegisterEntry, language: str, generated_at: datetime, version: str,
                        target: BinaryIO, *, deterministic: bool = False) -> None:
    words = Words(language)
    t = TEXTS[language]
    furniture = PageFurniture(marking=t["marking"], confidential=words("confidential"), reference=t["header"],
                              generated=words("generated", when=words.datetime(generated_at), version=version),
                              page_of=words("page_of"))
    buffer = io.BytesIO()
    creator = f"OGG Desktop {version}"
    template = ReportTemplate(buffer, furniture, title=entry.title, subject=t["header"], language=language,
                              deterministic=deterministic, creator=creator)
    template._doSave = 0
    parts: list[Flowable] = [para(entry.title, "title"), para(entry.subtitle, "subtitle")]
    for n, (title, values) in enumerate(entry.sections):
        parts.append(heading(title, 0, f"section-{n}"))
        parts += [para(("• " if len(values) > 1 else "") + value) for value in values]
    parts += [Spacer(1, 6 * mm), para(entry.footer, "small")]
    template.build(parts)
    canvas = template.canv
    template.finish(canvas)
    canvas.showOutline()
    canvas.save()
    target.write(buffer.getvalue())
