"""The words of the annual report, its CSV and the processing-register entry, in Dutch and English.

Kept beside ``texts.py`` (same rule: both languages have the same keys and placeholders, which a test
checks). Row labels are keyed "table.row"; a platform's own name is printed as it is."""

from __future__ import annotations

from ogg_desktop.domain.annual import Period
from ogg_desktop.reports.texts import MONTHS, WordBook

NL: dict[str, str] = {
    "title": "Jaarverslag vertrouwenspersoon",
    "subtitle": "Grensoverschrijdend gedrag, geanonimiseerd — {period}",
    "marking": "geanonimiseerd, kleine aantallen verborgen",
    "header": "Jaarverslag {period}",
    "period_months": "{start} t/m {end}",
    "organisation": "Organisatie",
    "period": "Periode",
    "made_on": "Gemaakt op",
    "intro": ("Dit verslag telt de dossiers die in de periode zijn geopend, per kenmerk. Het bevat geen namen, "
              "geen dossiernummers, geen data van afzonderlijke meldingen en geen vrije tekst. Aantallen van 1 of "
              "2 staan er als <3; waar een klein aantal uit het totaal terug te rekenen zou zijn, is ook een ander "
              "aantal verborgen (×)."),
    "total": "Dossiers geopend in de periode",
    "too_few": ("Minder dan drie dossiers in deze periode: te weinig om uit te splitsen zonder dat iemand "
                "herkenbaar wordt."),
    "count": "Aantal dossiers",
    "row": "Kenmerk",
    "partition_note": "Elk dossier telt in precies één rij; samen is dat het totaal.",
    "multiple_note": "Een dossier kan in meer rijen staan, of in geen enkele.",
    "wholly_hidden": "Deze tabel is verborgen: de aantallen zijn te klein om te tonen.",
    "legend": ("<3 = 1 of 2 dossiers. × = verborgen, zodat een klein aantal elders in de tabel niet uit het "
               "totaal is terug te rekenen."),
    "method_title": "Hoe er is geteld",
    "method": ("Een dossier hoort bij de periode als het in die periode is geopend. Soort gedrag, online of "
               "offline, van wie het uitging en de afloop zijn vastgelegd door de vertrouwenspersoon ('nog niet "
               "bepaald' als dat nog niet is gebeurd). Wat er is gedaan volgt uit de vastgelegde meldingen: een "
               "ingediende melding bij een platform, een beslissing van het platform om te verwijderen, een "
               "aangifte of melding bij de politie, een juridische stap. Het platform volgt uit het bewijs; een "
               "platform dat niet in de lijst van bekende platforms staat, telt als 'ander platform'. De tijd tot "
               "het eerste nazorggesprek loopt van de openingsdatum tot het eerste gehouden nazorggesprek met de "
               "medewerker."),
    "rule_title": "Regel voor verbergen",
    "rule": ("Minder dan 3 dossiers in de periode: geen uitsplitsing. Aantallen van 1 of 2: <3. In een tabel "
             "waarvan de rijen optellen tot het totaal wordt daarna telkens het kleinste zichtbare aantal "
             "verborgen (×) zolang een verborgen aantal nog uit het totaal is af te leiden; lukt dat niet, dan "
             "is de hele tabel verborgen. In een tabel waarin een dossier meer keren of niet kan voorkomen, is "
             "een rij ook verborgen (×) als maar 1 of 2 dossiers er níet in staan. Er worden geen kruistabellen "
             "gemaakt. Geef ontvangers één verslag per periode: verslagen over overlappende periodes kunnen van "
             "elkaar worden afgetrokken."),
    "chart_label": "Staafdiagram: {title}",
    # Tables
    "table.category": "Soort gedrag",
    "table.setting": "Online of offline",
    "table.origin": "Binnen of buiten de organisatie",
    "table.platform": "Platform",
    "table.actions": "Wat er is gedaan",
    "table.outcome": "Afloop",
    "table.aftercare": "Tijd tot het eerste nazorggesprek",
    # Rows
    "undetermined": "Nog niet bepaald",
    "category.bullying": "Pesten",
    "category.intimidation": "Intimidatie",
    "category.sexual_harassment": "Seksuele intimidatie",
    "category.aggression": "Agressie en geweld",
    "category.discrimination": "Discriminatie",
    "category.other": "Anders",
    "setting.online": "Online",
    "setting.offline": "Offline",
    "setting.both": "Online en offline",
    "origin.internal": "Binnen de organisatie (intern)",
    "origin.external": "Buiten de organisatie (extern)",
    "origin.unknown": "Onbekend",
    "platform.other": "Ander platform",
    "platform.none": "Geen platform vastgelegd",
    "actions.platform_report": "Gemeld bij het platform",
    "actions.removed": "Verwijderd door het platform",
    "actions.police_report": "Aangifte of melding bij de politie",
    "actions.legal_steps": "Juridische stappen",
    "outcome.resolved": "Opgelost (gesprek of bemiddeling)",
    "outcome.employer_measures": "Maatregelen door de werkgever",
    "outcome.no_further_steps": "Geen verdere stappen gewenst",
    "outcome.other": "Anders",
    "aftercare.within_72h": "Binnen 72 uur",
    "aftercare.within_week": "Binnen een week",
    "aftercare.later": "Later",
    "aftercare.none_yet": "Nog geen",
    # CSV
    "csv_from": "Van",
    "csv_to": "Tot en met",
    "csv_table": "Onderdeel",
    "csv_total_row": "Totaal",
}

EN: dict[str, str] = {
    "title": "Annual report of the confidential counsellor",
    "subtitle": "Undesirable behaviour, anonymised — {period}",
    "marking": "anonymised, small numbers hidden",
    "header": "Annual report {period}",
    "period_months": "{start} to {end}",
    "organisation": "Organisation",
    "period": "Period",
    "made_on": "Made on",
    "intro": ("This report counts the cases opened in the period, one characteristic at a time. It holds no "
              "names, no case references, no dates of single reports and no free text. Counts of 1 or 2 show as "
              "<3; where a small count could be worked out from the total, another count is hidden as well (×)."),
    "total": "Cases opened in the period",
    "too_few": "Fewer than three cases in this period: too few to break down without someone being recognisable.",
    "count": "Number of cases",
    "row": "Characteristic",
    "partition_note": "Each case counts in exactly one row; together they make the total.",
    "multiple_note": "A case can be in several rows, or in none.",
    "wholly_hidden": "This table is hidden: its numbers are too small to show.",
    "legend": "<3 = 1 or 2 cases. × = hidden, so that a small number elsewhere in the table cannot be worked out "
              "from the total.",
    "method_title": "How the cases were counted",
    "method": ("A case belongs to the period when it was opened in it. Kind of behaviour, online or offline, where "
               "it came from and the outcome are recorded by the counsellor ('not yet determined' until they are). "
               "What was done follows from the recorded reports: a report filed with a platform, a platform's "
               "decision to remove, a criminal report or registration with the police, a legal step. The platform "
               "follows from the evidence; a platform not on the list of known platforms counts as 'other "
               "platform'. The time to the first aftercare talk runs from the opening date to the first aftercare "
               "talk held with the employee."),
    "rule_title": "Rule for hiding numbers",
    "rule": ("Fewer than 3 cases in the period: no breakdown. Counts of 1 or 2: <3. In a table whose rows add up "
             "to the total, the smallest visible count is then hidden (×), again and again, as long as a hidden "
             "count can still be derived from the total; if that is not possible, the whole table is hidden. In "
             "a table where a case can appear several times or not at all, a row is also hidden (×) when only 1 "
             "or 2 cases are not in it. No cross-tables are made. Give recipients one report per period: "
             "reports on overlapping periods can be subtracted from each other."),
    "chart_label": "Bar chart: {title}",
    "table.category": "Kind of behaviour",
    "table.setting": "Online or offline",
    "table.origin": "Inside or outside the organisation",
    "table.platform": "Platform",
    "table.actions": "What was done",
    "table.outcome": "Outcome",
    "table.aftercare": "Time to the first aftercare talk",
    "undetermined": "Not yet determined",
    "category.bullying": "Bullying",
    "category.intimidation": "Intimidation",
    "category.sexual_harassment": "Sexual harassment",
    "category.aggression": "Aggression and violence",
    "category.discrimination": "Discrimination",
    "category.other": "Other",
    "setting.online": "Online",
    "setting.offline": "Offline",
    "setting.both": "Online and offline",
    "origin.internal": "Inside the organisation (internal)",
    "origin.external": "Outside the organisation (external)",
    "origin.unknown": "Unknown",
    "platform.other": "Other platform",
    "platform.none": "No platform recorded",
    "actions.platform_report": "Reported to the platform",
    "actions.removed": "Removed by the platform",
    "actions.police_report": "Criminal report or registration with the police",
    "actions.legal_steps": "Legal steps",
    "outcome.resolved": "Resolved (conversation or mediation)",
    "outcome.employer_measures": "Measures taken by the employer",
    "outcome.no_further_steps": "No further steps wanted",
    "outcome.other": "Other",
    "aftercare.within_72h": "Within 72 hours",
    "aftercare.within_week": "Within a week",
    "aftercare.later": "Later",
    "aftercare.none_yet": "None yet",
    "csv_from": "From",
    "csv_to": "To",
    "csv_table": "Part",
    "csv_total_row": "Total",
}

TEXTS = {"nl": NL, "en": EN}


class AnnualWords(WordBook):
    BOOK = TEXTS

    def table(self, key: str) -> str:
        return self._texts[f"table.{key}"]

    def row(self, table: str, key: str) -> str:
        """A row's label; a known platform's own name is printed as it is."""
        if key == "undetermined":
            return self._texts["undetermined"]
        return self._texts.get(f"{table}.{key}", key)

    def month(self, year: int, month: int) -> str:
        return f"{MONTHS[self.language][month - 1]} {year}"

    def period(self, period: Period) -> str:
        """'2026' for a calendar year, else 'januari 2026 t/m juni 2026'."""
        if period.is_calendar_year:
            return str(period.start.year)
        return self("period_months", start=self.month(period.start.year, period.start.month),
                    end=self.month(period.end.year, period.end.month))

