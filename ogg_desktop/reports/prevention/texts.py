"""The fixed words of the prevention PDFs, in Dutch and English (the editable text comes from the
documents themselves). A test holds both languages to the same keys and placeholders."""

from __future__ import annotations

from ogg_desktop.reports.texts import WordBook

NL: dict[str, str] = {
    "footer": "{org} · {date}",
    "page": "Pagina {page}",
    "our_organisation": "Onze organisatie",
    # Wie doet wat
    "policy_kicker": "Protocol van {org}",
    "step": "Stap {number}",
    "who": "Wie",
    "what": "Wat",
    "contact": "Contact",
    "contacts_title": "Contactpersonen",
    "contacts_intro": "Bij wie je terechtkunt, per rol.",
    "contacts_none": ("Nog geen contactpersonen ingevuld (OGG Desktop: Organisatie → Gegevens en "
                      "contactpersonen)."),
    "role_column": "Rol",
    "name_column": "Naam",
    "reach_column": "Bereikbaar via",
    "police_contact": "Contactpersoon voor aangiftes",
    "role_hr": "HR",
    "role_legal": "Juridisch adviseur",
    "role_police": "Politie (contact van de organisatie)",
    "role_public_task": "Politie, werknemers met een publieke taak",
    "role_aftercare": "Nazorg",
    "role_company_doctor": "Bedrijfsarts",
    "step_screenshot": "Screenshot",
    "step_discuss": "Bespreek",
    "step_aftercare": "Nazorgtraject",
    "step_platform_report": "Rapporteer",
    "step_police_report": "Aangifte",
    "step_legal_help": "Juridische hulp",
    "step_professional_help": "Professionele hulp",
    # Omgangsafspraken
    "flyer_contact": "Contact",
    # Teamoverleg
    "team": "Team",
    "date": "Datum",
    "chair": "Gespreksleider",
    "questions": "Gespreksvragen",
    "notes": "Aantekeningen",
    # Zelf googelen
    "employee": "Naam medewerker",
    "together_with": "Samen met",
    "search_heading": "1. Zoek jezelf op, platform voor platform",
    "search_hint": "Vink aan wat je hebt doorzocht en wat je over jezelf vindt.",
    "platform": "Platform",
    "searched": "Gezocht",
    "other_platform": "Anders:",
    "privacy_heading": "2. Scherp je privacy-instellingen aan",
    "risks_heading": "3. Ken de risico's",
    "next_time": "Volgende keer:",
}

EN: dict[str, str] = {
    "footer": "{org} · {date}",
    "page": "Page {page}",
    "our_organisation": "Our organisation",
    "policy_kicker": "Protocol of {org}",
    "step": "Step {number}",
    "who": "Who",
    "what": "What",
    "contact": "Contact",
    "contacts_title": "Contacts",
    "contacts_intro": "Whom to turn to, by role.",
    "contacts_none": "No contacts filled in yet (OGG Desktop: Organisation → Details and contacts).",
    "role_column": "Role",
    "name_column": "Name",
    "reach_column": "Reachable at",
    "police_contact": "Contact person for police reports",
    "role_hr": "HR",
    "role_legal": "Legal adviser",
    "role_police": "Police (the organisation's contact)",
    "role_public_task": "Police, employees with a public task",
    "role_aftercare": "Aftercare",
    "role_company_doctor": "Company doctor",
    "step_screenshot": "Screenshot",
    "step_discuss": "Discuss",
    "step_aftercare": "Aftercare",
    "step_platform_report": "Report to the platform",
    "step_police_report": "Police report",
    "step_legal_help": "Legal help",
    "step_professional_help": "Professional help",
    "flyer_contact": "Contact",
    "team": "Team",
    "date": "Date",
    "chair": "Chair",
    "questions": "Questions to discuss",
    "notes": "Notes",
    "employee": "Employee's name",
    "together_with": "Together with",
    "search_heading": "1. Search yourself, platform by platform",
    "search_hint": "Tick what you searched and what you find about yourself.",
    "platform": "Platform",
    "searched": "Searched",
    "other_platform": "Other:",
    "privacy_heading": "2. Tighten your privacy settings",
    "risks_heading": "3. Know the risks",
    "next_time": "Next time:",
}

TEXTS = {"nl": NL, "en": EN}


class PreventionWords(WordBook):
    """``w("key", name=value)`` in one language; ``w.date(day)`` as "23 november 2026"."""

    BOOK = TEXTS
