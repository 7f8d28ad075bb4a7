"""The words of the reports, in Dutch (the default) and English.

The reports are built in the Qt-free core, so their text lives here rather than in Qt's .ts files;
a test holds both languages to the same keys and placeholders.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


def long_date(day: date | None, language: str) -> str:
    """'23 november 2026' / '23 November 2026'; an em dash when unknown."""
    if day is None:
        return "—"
    return f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"


def long_datetime(moment: datetime, language: str) -> str:
    at = "om" if language == "nl" else "at"
    return f"{long_date(moment.date(), language)} {at} {moment:%H:%M}"


NL: dict[str, str] = {
    # Every page
    "confidential": "VERTROUWELIJK",
    "page_of": "Pagina {page} van ",
    "generated": "Gemaakt op {when} met OGG Desktop {version}",
    "not_filled": "(niet ingevuld)",
    "yes": "ja",
    "no": "nee",
    "unknown": "onbekend",
    "none": "geen",
    # Titles and markings
    "police_title": "Bijlage bij aangifte",
    "police_subtitle": "Online grensoverschrijdend gedrag tegen een medewerker",
    "police_marking": "Bestemd voor de politie",
    "hr_title": "Overzicht voor HR",
    "hr_subtitle": "Wat de medewerker heeft goedgekeurd om met HR te delen",
    "hr_marking": "Bestemd voor HR; niet verder verspreiden",
    "employee_title": "Uw dossier",
    "employee_subtitle": "Een overzicht voor u, de medewerker",
    "employee_marking": "Persoonlijk exemplaar van de medewerker",
    "notice_title": "Melding van illegale inhoud",
    "notice_subtitle": "Artikel 16 Digital Services Act — {platform}",
    "notice_marking": "Melding aan {platform}",
    # Front matter
    "case_reference": "Dossiernummer",
    "report_date": "Datum",
    "prepared_by": "Opgesteld door",
    "recipient": "Voor",
    # Reporter
    "reporter": "Melder (aangever)",
    "reporter_intro": ("De organisatie doet aangifte als werkgever van de medewerker. Het adres van de "
                       "organisatie geldt als gekozen woonplaats (domicilie); het privéadres van de "
                       "medewerker staat nergens in dit document."),
    "organisation": "Organisatie",
    "address": "Adres (domicilie)",
    "phone": "Telefoon",
    "email": "E-mail",
    "kvk": "KvK-nummer",
    "contact_person": "Contactpersoon",
    "police_contact": "Vaste contactpersoon bij de politie",
    "victim": "Benadeelde medewerker",
    "victim_pseudonym": "Pseudoniem (naam bekend bij de organisatie)",
    "victim_name": "Naam",
    "victim_work_address": "Werkadres",
    "under_number": "Aangifte onder nummer gevraagd",
    "public_task": "Medewerker met een publieke taak (VPT/ELA)",
    "vpt_code": "VPT-code",
    "public_task_contact": "Politiecontact publieke taak (VPT/ELA)",
    "employee_statement": "Eigen verklaring van de medewerker als getuige",
    "employee_statement_value": "{date}, {station}",
    # Summary
    "summary": "Samenvatting",
    "what_happened": "Wat er is gebeurd",
    "period": "Periode",
    "period_value": "{first} tot en met {last}",
    "platforms": "Platforms",
    "items_count": "Vastgelegde bewijsstukken",
    "offences": "Mogelijke strafbare feiten",
    "offences_intro": ("Suggesties van de organisatie; politie en openbaar ministerie bepalen welke "
                       "feiten er zijn."),
    "offence": "Feit",
    "article": "Artikel",
    "complaint": "Klachtdelict",
    "deadline": "Klacht uiterlijk",
    "complaint_note": ("Bij een klachtdelict moet de klacht (aangifte met verzoek tot vervolging) binnen "
                       "drie maanden nadat de medewerker ervan hoorde worden gedaan (art. 66 Sr), door "
                       "de medewerker zelf of met een bijzondere schriftelijke volmacht (bijlage)."),
    "unconfirmed": "onbevestigd",
    "wishes": "Wensen van de medewerker",
    "wish_informed": "Op de hoogte gehouden worden van het onderzoek",
    "wish_damages": "Schadevergoeding vragen",
    # Items
    "chronology": "Chronologisch overzicht",
    "col_no": "Nr.",
    "col_when": "Geplaatst",
    "col_platform": "Platform",
    "col_account": "Account",
    "col_summary": "Inhoud",
    "items_detail": "Bewijsstukken",
    "item_heading": "Bewijsstuk {n}: {title}",
    "untitled": "zonder titel",
    "posted_shown": "Geplaatst (zoals getoond)",
    "posted_on": "Geplaatst op",
    "learned_on": "Medewerker hoorde ervan op",
    "url": "Adres (URL)",
    "profile_url": "Profiel",
    "account": "Account",
    "display_name": "Weergavenaam",
    "channel": "Kanaal / groep",
    "poster": "Plaatser",
    "poster_basis": "Waarop dit berust",
    "confidence": "Zekerheid",
    "witnesses": "Getuigen",
    "captured": "Vastgelegd",
    "captured_value": "{when} door {who} ({method})",
    "image_size": "Afbeelding",
    "image_size_value": "{width} × {height} pixels, {kind}, {size}",
    "sha256": "SHA-256",
    "attachment": "Origineel bestand",
    "attachment_value": "bijgevoegd in deze PDF als {name}",
    "archived": "Elders gearchiveerd",
    "context": "Context",
    "transcript": "Letterlijke tekst",
    "no_transcript": "Geen letterlijke tekst vastgelegd.",
    "redacted_copy": "Afgeschermde kopie: namen van derden of persoonsgegevens zijn zwart gemaakt. Het "
                     "origineel blijft ongewijzigd in het dossier.",
    "continued": "{title} (vervolg)",
    "image_part": "Deel {part} van {parts}",
    # People
    "people": "Betrokken personen",
    "role": "Rol",
    "name": "Naam",
    "description": "Omschrijving",
    "accounts": "Accounts",
    "holder": "Houder",
    "no_people": "Geen personen vastgelegd.",
    "names_hidden": "afgeschermd, zoals in de afbeelding (staan in het dossier bij de vertrouwenspersoon)",
    # Done so far
    "done": "Wat er al is gedaan",
    "platform_reports": "Meldingen bij platforms",
    "filed_on": "Gemeld op",
    "ticket": "Kenmerk",
    "decision": "Besluit",
    "no_platform_reports": "Nog niet gemeld bij een platform.",
    "police_reports": "Eerdere meldingen en aangiften bij de politie",
    "kind": "Soort",
    "station": "Bureau",
    "registration": "Registratienummer",
    "no_police_reports": "Geen eerdere meldingen of aangiften.",
    "legal": "Juridische stappen",
    # Annexes
    "annex_hashes": "Bijlage 1 — Hashwaarden van de bewijsstukken",
    "hashes_intro": ("SHA-256 is een vingerafdruk van het bestand: wijzigt er één pixel, dan wijzigt de "
                     "hele waarde. Elk origineel bestand zit als bijlage in deze PDF; de hash van die "
                     "bijlage is gelijk aan de hash hieronder."),
    "file": "Bestand",
    "annex_statement": "Bijlage 2 — Verklaring van vastlegging",
    "statement_text": ("Ondergetekende verklaart dat de in dit document genoemde bewijsstukken door of in "
                       "aanwezigheid van ondergetekende zijn vastgelegd op de genoemde tijdstippen, met "
                       "OGG Desktop {version}, en dat de bestanden sindsdien niet zijn gewijzigd. De "
                       "SHA-256-waarden in bijlage 1 zijn bij het vastleggen berekend en zijn bij het "
                       "maken van dit document opnieuw gecontroleerd."),
    "captured_by_list": "Vastgelegd door",
    "signature": "Handtekening",
    "place_date": "Plaats en datum",
    "annex_poa": "Bijlage 3 — Bijzondere schriftelijke volmacht",
    "poa_text": ("Ondergetekende, {employee}, verleent hierbij bijzondere schriftelijke volmacht aan "
                 "{organisation}, vertegenwoordigd door {contact}, om namens ondergetekende aangifte te "
                 "doen en een klacht in te dienen — met het uitdrukkelijke verzoek tot vervolging — ter "
                 "zake van: {offences}, gepleegd tegen ondergetekende via online berichten zoals "
                 "beschreven in dossier {reference}."),
    "poa_blank_name": "__________________________ (naam)",
    "poa_signatory": "De medewerker (volmachtgever)",
    "poa_agent": "Namens de organisatie (gevolmachtigde)",
    # HR and employee
    "consent": "Toestemming van de medewerker",
    "consent_value": "Gegeven op {date} ({how})",
    "override_value": "Zonder toestemming gedeeld wegens conflict van plichten ({date})",
    "notes": "Notities",
    "no_notes": "Geen notities om te delen.",
    "conversations": "Gesprekken",
    "aftercare": "Nazorg",
    "aftercare_status": "Status",
    "due": "Gepland",
    "referrals": "Doorverwijzingen",
    "employee_intro": ("Dit is uw eigen dossier, zoals uw vertrouwenspersoon het heeft vastgelegd. Klopt er "
                       "iets niet, of wilt u iets anders? Zeg het: u houdt zelf de regie over de volgende "
                       "stappen."),
    "employee_steps": "Wat er is gedaan en wat er nog komt",
    "employee_items": "Wat er over u is geplaatst",
    "step": "Stap",
    "status": "Stand",
    "shared_with": "Gedeeld met",
    # Notice
    "notice_intro": ("Deze melding is opgesteld volgens artikel 16 van de Digital Services Act. Zij bevat "
                     "de vier vereiste onderdelen: waarom de inhoud illegaal is, de exacte URL's, de naam "
                     "en het e-mailadres van de melder, en een verklaring te goeder trouw."),
    "notice_report": "Melding",
    "notice_route": "Route",
    "notice_filed_by": "Gedaan door",
    "notice_items": "Gemelde bewijsstukken",
}

EN: dict[str, str] = {
    "confidential": "CONFIDENTIAL",
    "page_of": "Page {page} of ",
    "generated": "Generated on {when} with OGG Desktop {version}",
    "not_filled": "(not filled in)",
    "yes": "yes",
    "no": "no",
    "unknown": "unknown",
    "none": "none",
    "police_title": "Annex to a police report",
    "police_subtitle": "Online harassment of an employee",
    "police_marking": "For the police",
    "hr_title": "Summary for HR",
    "hr_subtitle": "What the employee agreed to share with HR",
    "hr_marking": "For HR; do not pass on",
    "employee_title": "Your case",
    "employee_subtitle": "A summary for you, the employee",
    "employee_marking": "The employee's personal copy",
    "notice_title": "Notice of illegal content",
    "notice_subtitle": "Article 16 Digital Services Act — {platform}",
    "notice_marking": "Notice to {platform}",
    "case_reference": "Case reference",
    "report_date": "Date",
    "prepared_by": "Prepared by",
    "recipient": "For",
    "reporter": "Reporting party",
    "reporter_intro": ("The organisation reports as the employee's employer. The organisation's address is "
                       "the chosen domicile; the employee's home address appears nowhere in this document."),
    "organisation": "Organisation",
    "address": "Address (domicile)",
    "phone": "Phone",
    "email": "E-mail",
    "kvk": "Chamber of Commerce number",
    "contact_person": "Contact person",
    "police_contact": "Regular contact at the police",
    "victim": "Employee affected",
    "victim_pseudonym": "Pseudonym (name known to the organisation)",
    "victim_name": "Name",
    "victim_work_address": "Work address",
    "under_number": "Report under a number requested",
    "public_task": "Employee with a public task (VPT/ELA)",
    "vpt_code": "VPT code",
    "public_task_contact": "Police contact for the public task (VPT/ELA)",
    "employee_statement": "The employee's own statement as a witness",
    "employee_statement_value": "{date}, {station}",
    "summary": "Summary",
    "what_happened": "What happened",
    "period": "Period",
    "period_value": "{first} to {last}",
    "platforms": "Platforms",
    "items_count": "Items of evidence captured",
    "offences": "Possible criminal offences",
    "offences_intro": "Suggestions by the organisation; the police and the public prosecutor decide.",
    "offence": "Offence",
    "article": "Article",
    "complaint": "Complaint offence",
    "deadline": "Complaint by",
    "complaint_note": ("For a complaint offence the complaint (a report with a request to prosecute) must be "
                       "made within three months of the employee learning of it (art. 66 Dutch Criminal "
                       "Code), by the employee or under a special written power of attorney (annex)."),
    "unconfirmed": "unconfirmed",
    "wishes": "The employee's wishes",
    "wish_informed": "To be kept informed of the investigation",
    "wish_damages": "To claim damages",
    "chronology": "Chronological overview",
    "col_no": "No.",
    "col_when": "Posted",
    "col_platform": "Platform",
    "col_account": "Account",
    "col_summary": "Content",
    "items_detail": "Items of evidence",
    "item_heading": "Item {n}: {title}",
    "untitled": "untitled",
    "posted_shown": "Posted (as shown)",
    "posted_on": "Posted on",
    "learned_on": "Employee learned of it on",
    "url": "Address (URL)",
    "profile_url": "Profile",
    "account": "Account",
    "display_name": "Display name",
    "channel": "Channel / group",
    "poster": "Poster",
    "poster_basis": "Based on",
    "confidence": "Certainty",
    "witnesses": "Witnesses",
    "captured": "Captured",
    "captured_value": "{when} by {who} ({method})",
    "image_size": "Image",
    "image_size_value": "{width} × {height} pixels, {kind}, {size}",
    "sha256": "SHA-256",
    "attachment": "Original file",
    "attachment_value": "attached to this PDF as {name}",
    "archived": "Archived elsewhere",
    "context": "Context",
    "transcript": "Literal text",
    "no_transcript": "No literal text recorded.",
    "redacted_copy": "Redacted copy: third parties' names or personal details are blacked out. The original "
                     "stays unchanged in the case file.",
    "continued": "{title} (continued)",
    "image_part": "Part {part} of {parts}",
    "people": "People involved",
    "role": "Role",
    "name": "Name",
    "description": "Description",
    "accounts": "Accounts",
    "holder": "Holder",
    "no_people": "No people recorded.",
    "names_hidden": "redacted, as in the picture (recorded in the counsellor's case file)",
    "done": "What has been done",
    "platform_reports": "Reports to platforms",
    "filed_on": "Reported on",
    "ticket": "Reference",
    "decision": "Decision",
    "no_platform_reports": "Not yet reported to a platform.",
    "police_reports": "Earlier reports to the police",
    "kind": "Kind",
    "station": "Station",
    "registration": "Registration number",
    "no_police_reports": "No earlier reports.",
    "legal": "Legal steps",
    "annex_hashes": "Annex 1 — Hash values of the items",
    "hashes_intro": ("SHA-256 is a fingerprint of the file: change one pixel and the whole value changes. "
                     "Each original file is attached to this PDF; the hash of that attachment equals the "
                     "hash below."),
    "file": "File",
    "annex_statement": "Annex 2 — Statement of capture",
    "statement_text": ("The undersigned declares that the items named in this document were captured by or in "
                       "the presence of the undersigned at the times stated, with OGG Desktop {version}, and "
                       "that the files have not been altered since. The SHA-256 values in annex 1 were "
                       "computed at capture and checked again when this document was made."),
    "captured_by_list": "Captured by",
    "signature": "Signature",
    "place_date": "Place and date",
    "annex_poa": "Annex 3 — Special written power of attorney",
    "poa_text": ("The undersigned, {employee}, hereby grants a special written power of attorney to "
                 "{organisation}, represented by {contact}, to report and to file a complaint on the "
                 "undersigned's behalf — with the express request to prosecute — regarding: {offences}, "
                 "committed against the undersigned through online messages as described in case "
                 "{reference}."),
    "poa_blank_name": "__________________________ (name)",
    "poa_signatory": "The employee (principal)",
    "poa_agent": "For the organisation (attorney)",
    "consent": "The employee's consent",
    "consent_value": "Given on {date} ({how})",
    "override_value": "Shared without consent because of a conflict of duties ({date})",
    "notes": "Notes",
    "no_notes": "No notes to share.",
    "conversations": "Conversations",
    "aftercare": "Aftercare",
    "aftercare_status": "Status",
    "due": "Planned",
    "referrals": "Referrals",
    "employee_intro": ("This is your own case file, as your confidential counsellor recorded it. If anything is "
                       "wrong, or you want something else, say so: you stay in charge of the next steps."),
    "employee_steps": "What has been done and what comes next",
    "employee_items": "What was posted about you",
    "step": "Step",
    "status": "Status",
    "shared_with": "Shared with",
    "notice_intro": ("This notice follows article 16 of the Digital Services Act. It holds the four required "
                     "elements: why the content is illegal, the exact URLs, the notifier's name and e-mail "
                     "address, and a statement of good faith."),
    "notice_report": "Report",
    "notice_route": "Route",
    "notice_filed_by": "Filed by",
    "notice_items": "Items reported",
}

# Words for stored codes (enums), per language.
CODES: dict[str, dict[str, str]] = {
    "nl": {
        "poster": "plaatser", "account_holder": "accounthouder", "witness": "getuige", "other": "anders",
        "unknown": "onbekend", "suspected": "vermoed", "likely": "waarschijnlijk", "confirmed": "bevestigd",
        "region": "schermdeel", "monitor": "scherm", "window": "venster", "all_monitors": "alle schermen",
        "imported_file": "geïmporteerd bestand", "pasted": "geplakt", "photographed": "gefotografeerd",
        "derived": "afgeleide kopie",
        "removed": "verwijderd", "restricted": "beperkt", "no_action": "geen actie", "": "nog geen besluit",
        "aangifte": "aangifte", "melding": "melding", "informatief": "informatief gesprek",
        "employee": "medewerker", "representative": "vertegenwoordiger", "organisation": "organisatie",
        "dsa_notice": "DSA-melding (art. 16)", "terms": "gebruiksvoorwaarden",
        "planned": "gepland", "done": "gedaan", "declined": "afgeslagen", "cancelled": "vervallen",
        "first_talk": "eerste gesprek", "followup": "vervolggesprek", "reoffer": "opnieuw aangeboden",
        "checkin": "even bijpraten",
        "sommatie": "sommatie", "kort_geding": "kort geding", "bodemprocedure": "bodemprocedure",
        "identity_claim": "vordering identiteit plaatser",
        "bedrijfsarts": "bedrijfsarts", "psycholoog": "psycholoog", "slachtofferhulp": "Slachtofferhulp",
    },
    "en": {
        "poster": "poster", "account_holder": "account holder", "witness": "witness", "other": "other",
        "unknown": "unknown", "suspected": "suspected", "likely": "likely", "confirmed": "confirmed",
        "region": "screen region", "monitor": "screen", "window": "window", "all_monitors": "all screens",
        "imported_file": "imported file", "pasted": "pasted", "photographed": "photographed",
        "derived": "derived copy",
        "removed": "removed", "restricted": "restricted", "no_action": "no action", "": "no decision yet",
        "aangifte": "criminal report", "melding": "registration", "informatief": "informative talk",
        "employee": "employee", "representative": "representative", "organisation": "organisation",
        "dsa_notice": "DSA notice (art. 16)", "terms": "terms of service",
        "planned": "planned", "done": "done", "declined": "declined", "cancelled": "cancelled",
        "first_talk": "first talk", "followup": "follow-up", "reoffer": "offered again", "checkin": "check-in",
        "sommatie": "formal demand", "kort_geding": "summary proceedings", "bodemprocedure": "full proceedings",
        "identity_claim": "claim for the poster's identity",
        "bedrijfsarts": "company doctor", "psycholoog": "psychologist", "slachtofferhulp": "Victim Support",
    },
}

TEXTS = {"nl": NL, "en": EN}


class WordBook:
    """The words of one language from a subclass's ``BOOK`` ({"nl": {...}, "en": {...}}):
    ``w("key", name=value)``, and ``w.date(day)`` as "23 november 2026"."""

    BOOK: ClassVar[dict[str, dict[str, str]]]

    def __init__(self, language: str) -> None:
        if language not in self.BOOK:
            raise ValueError(f"unsupported report language: {language}")
        self.language = language
        self._texts = self.BOOK[language]

    def __call__(self, key: str, **values: object) -> str:
        text = self._texts[key]
        return text.format(**values) if values else text

    def date(self, day: date | None) -> str:
        return long_date(day, self.language)


class Words(WordBook):
    """The police/HR/employee reports' words, and ``w.code(enum_value)`` for the domain's codes."""

    BOOK = TEXTS

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self._codes = CODES[language]

    def code(self, value: str) -> str:
        return self._codes.get(str(value), str(value))

    def yes_no(self, value: bool | None) -> str:
        return self("unknown") if value is None else self("yes") if value else self("no")

    def datetime(self, moment: datetime) -> str:
        return long_datetime(moment, self.language)
