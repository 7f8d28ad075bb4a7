"""Translated names for the domain's enums, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ogg_desktop.domain.case import CaseStatus, ConsentScope, LegalBasis
from ogg_desktop.domain.checklist import Step, StepState
from ogg_desktop.domain.evidence import CaptureMethod, Confidence
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Role
from ogg_desktop.domain.workflow import (
    AftercareKind,
    AftercareStatus,
    FiledBy,
    LegalKind,
    PlatformDecision,
    PoliceReportKind,
    ReferralTo,
    ReportRoute,
)


def status_label(value: CaseStatus) -> str:
    return {
        CaseStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        CaseStatus.ON_HOLD: QCoreApplication.translate("Labels", "Gepauzeerd"),
        CaseStatus.CLOSED: QCoreApplication.translate("Labels", "Gesloten"),
    }[value]


def legal_basis_label(value: LegalBasis) -> str:
    return {
        LegalBasis.CONSENT: QCoreApplication.translate("Labels", "Uitdrukkelijke toestemming van de medewerker"),
        LegalBasis.LEGAL_OBLIGATION: QCoreApplication.translate("Labels", "Wettelijke verplichting"),
        LegalBasis.VITAL_INTEREST: QCoreApplication.translate("Labels", "Vitaal belang"),
        LegalBasis.LEGITIMATE_INTEREST: QCoreApplication.translate("Labels", "Gerechtvaardigd belang"),
    }[value]


def consent_label(value: ConsentScope) -> str:
    return {
        ConsentScope.PLATFORM_REPORT: QCoreApplication.translate("Labels", "Melden bij het platform"),
        ConsentScope.POLICE_REPORT: QCoreApplication.translate("Labels", "Aangifte bij de politie"),
        ConsentScope.SHARE_WITH_HR: QCoreApplication.translate("Labels", "Delen met HR"),
        ConsentScope.LEGAL_STEPS: QCoreApplication.translate("Labels", "Juridische stappen"),
    }[value]


def report_kind_label(kind: str) -> str:
    return {
        "police": QCoreApplication.translate("Labels", "Bijlage bij aangifte (politie)"),
        "hr": QCoreApplication.translate("Labels", "Overzicht voor HR"),
        "employee": QCoreApplication.translate("Labels", "Exemplaar voor de medewerker"),
        "notice": QCoreApplication.translate("Labels", "Melding aan het platform (DSA)"),
    }.get(kind, kind)


def step_label(value: Step) -> str:
    return {
        Step.SCREENSHOT: QCoreApplication.translate("Labels", "Screenshot"),
        Step.DISCUSS: QCoreApplication.translate("Labels", "Bespreek"),
        Step.AFTERCARE: QCoreApplication.translate("Labels", "Nazorgtraject"),
        Step.PLATFORM_REPORT: QCoreApplication.translate("Labels", "Rapporteer"),
        Step.POLICE_REPORT: QCoreApplication.translate("Labels", "Aangifte"),
        Step.LEGAL_HELP: QCoreApplication.translate("Labels", "Juridische hulp"),
        Step.PROFESSIONAL_HELP: QCoreApplication.translate("Labels", "Professionele hulp"),
    }[value]


def step_hint(value: Step) -> str:
    return {
        Step.SCREENSHOT: QCoreApplication.translate(
            "Labels",
            "Leg samen met de medewerker het bericht vast: wie het plaatste, waar, van wie het "
            "account is en wie er verder bij betrokken zijn.",
        ),
        Step.DISCUSS: QCoreApplication.translate("Labels", "Bespreek het incident en geef ruimte aan gevoelens."),
        Step.AFTERCARE: QCoreApplication.translate(
            "Labels", "Start direct met nazorg: eerste gesprek binnen 72 uur, daarna na 2 en 6–8 weken."
        ),
        Step.PLATFORM_REPORT: QCoreApplication.translate(
            "Labels", "Meld het bericht samen met de medewerker bij het platform."
        ),
        Step.POLICE_REPORT: QCoreApplication.translate(
            "Labels", "De organisatie doet aangifte, niet de medewerker zelf."
        ),
        Step.LEGAL_HELP: QCoreApplication.translate(
            "Labels", "Haalt het platform het bericht niet weg? Schakel juridische hulp in."
        ),
        Step.PROFESSIONAL_HELP: QCoreApplication.translate(
            "Labels", "Vraag regelmatig hoe het gaat en schakel zo nodig professionele hulp in."
        ),
    }[value]


def step_state_label(value: StepState) -> str:
    return {
        StepState.OPEN: QCoreApplication.translate("Labels", "Open"),
        StepState.IN_PROGRESS: QCoreApplication.translate("Labels", "Bezig"),
        StepState.DONE: QCoreApplication.translate("Labels", "Afgerond"),
        StepState.NOT_APPLICABLE: QCoreApplication.translate("Labels", "Niet van toepassing"),
    }[value]


def role_label(value: Role) -> str:
    return {
        Role.POSTER: QCoreApplication.translate("Labels", "Plaatser (vermoedelijk)"),
        Role.ACCOUNT_HOLDER: QCoreApplication.translate("Labels", "Accounthouder"),
        Role.WITNESS: QCoreApplication.translate("Labels", "Getuige"),
        Role.OTHER: QCoreApplication.translate("Labels", "Anders betrokken"),
    }[value]


def visibility_label(value: Visibility) -> str:
    return {
        Visibility.COUNSELLOR_ONLY: QCoreApplication.translate("Labels", "Alleen vertrouwenspersoon"),
        Visibility.EMPLOYEE: QCoreApplication.translate("Labels", "Deelbaar met medewerker"),
        Visibility.HR: QCoreApplication.translate("Labels", "Deelbaar met HR"),
    }[value]


def confidence_label(value: Confidence) -> str:
    return {
        Confidence.UNKNOWN: QCoreApplication.translate("Labels", "Onbekend"),
        Confidence.SUSPECTED: QCoreApplication.translate("Labels", "Vermoeden"),
        Confidence.LIKELY: QCoreApplication.translate("Labels", "Waarschijnlijk"),
        Confidence.CONFIRMED: QCoreApplication.translate("Labels", "Bevestigd"),
    }[value]


def method_label(value: CaptureMethod) -> str:
    return {
        CaptureMethod.REGION: QCoreApplication.translate("Labels", "Schermgebied"),
        CaptureMethod.MONITOR: QCoreApplication.translate("Labels", "Heel scherm"),
        CaptureMethod.WINDOW: QCoreApplication.translate("Labels", "Venster"),
        CaptureMethod.ALL_MONITORS: QCoreApplication.translate("Labels", "Alle schermen"),
        CaptureMethod.IMPORTED_FILE: QCoreApplication.translate("Labels", "Geïmporteerd bestand"),
        CaptureMethod.PASTED: QCoreApplication.translate("Labels", "Geplakt"),
        CaptureMethod.PHOTOGRAPHED: QCoreApplication.translate("Labels", "Gefotografeerd met ander apparaat"),
        CaptureMethod.DERIVED: QCoreApplication.translate("Labels", "Bewerkte kopie"),
    }[value]


def audit_action_labels() -> dict[str, str]:
    """Every audit action the code writes, with its label (the history, and the log's filter)."""
    return {
        "vault_created": QCoreApplication.translate("Labels", "Kluis gemaakt"),
        "unlock": QCoreApplication.translate("Labels", "Kluis geopend"),
        "unlock_recovery_key": QCoreApplication.translate("Labels", "Kluis geopend met herstelsleutel"),
        "unlock_failed": QCoreApplication.translate("Labels", "Mislukte poging om te openen"),
        "lock": QCoreApplication.translate("Labels", "Kluis vergrendeld"),
        "schema_migrated": QCoreApplication.translate("Labels", "Kluis bijgewerkt naar nieuwe versie"),
        "passphrase_changed": QCoreApplication.translate("Labels", "Wachtwoord gewijzigd"),
        "passphrase_reset_with_recovery_key": QCoreApplication.translate(
            "Labels", "Nieuw wachtwoord via herstelsleutel"
        ),
        "backup_made": QCoreApplication.translate("Labels", "Back-up gemaakt"),
        "backup_restored": QCoreApplication.translate("Labels", "Back-up teruggezet"),
        "bundle_exported": QCoreApplication.translate("Labels", "Overdrachtsbundel gemaakt"),
        "bundle_imported": QCoreApplication.translate("Labels", "Overgenomen uit overdrachtsbundel"),
        "verified": QCoreApplication.translate("Labels", "Integriteit gecontroleerd"),
        "report_exported": QCoreApplication.translate("Labels", "Rapport (PDF) gemaakt en gedeeld"),
        "annual_report_exported": QCoreApplication.translate("Labels", "Jaarverslag gemaakt (PDF of CSV)"),
        "processing_register_exported": QCoreApplication.translate("Labels", "Verwerkingsregister gemaakt"),
        "case_created": QCoreApplication.translate("Labels", "Dossier aangemaakt"),
        "case_updated": QCoreApplication.translate("Labels", "Dossier gewijzigd"),
        "consent_given": QCoreApplication.translate("Labels", "Toestemming vastgelegd"),
        "consent_withdrawn": QCoreApplication.translate("Labels", "Toestemming ingetrokken"),
        "evidence_added": QCoreApplication.translate("Labels", "Bewijsstuk toegevoegd"),
        "evidence_updated": QCoreApplication.translate("Labels", "Bewijsstuk gewijzigd"),
        "evidence_exported": QCoreApplication.translate("Labels", "Bewijsstuk geëxporteerd"),
        "evidence_derived": QCoreApplication.translate("Labels", "Bewerkte kopie van bewijsstuk gemaakt"),
        "consent_overridden": QCoreApplication.translate("Labels", "Zonder toestemming verder (conflict van plichten)"),
        "conversation_added": QCoreApplication.translate("Labels", "Gesprek vastgelegd"),
        "conversation_updated": QCoreApplication.translate("Labels", "Gesprek gewijzigd"),
        "aftercare_planned": QCoreApplication.translate("Labels", "Nazorg gepland"),
        "aftercare_done": QCoreApplication.translate("Labels", "Nazorgcontact gehouden"),
        "aftercare_declined": QCoreApplication.translate("Labels", "Nazorg afgewezen"),
        "platform_report_added": QCoreApplication.translate("Labels", "Melding bij platform vastgelegd"),
        "platform_report_updated": QCoreApplication.translate("Labels", "Melding bij platform gewijzigd"),
        "police_report_added": QCoreApplication.translate("Labels", "Politie: vastgelegd"),
        "police_report_updated": QCoreApplication.translate("Labels", "Politie: gewijzigd"),
        "legal_action_added": QCoreApplication.translate("Labels", "Juridische stap vastgelegd"),
        "legal_action_updated": QCoreApplication.translate("Labels", "Juridische stap gewijzigd"),
        "referral_added": QCoreApplication.translate("Labels", "Doorverwezen"),
        "settings_changed": QCoreApplication.translate("Labels", "Instellingen gewijzigd"),
        "team_meeting_added": QCoreApplication.translate("Labels", "Teamoverleg vastgelegd"),
        "team_meeting_updated": QCoreApplication.translate("Labels", "Teamoverleg gewijzigd"),
        "team_meeting_deleted": QCoreApplication.translate("Labels", "Teamoverleg verwijderd"),
        "person_added": QCoreApplication.translate("Labels", "Betrokkene toegevoegd"),
        "person_updated": QCoreApplication.translate("Labels", "Betrokkene gewijzigd"),
        "person_removed_from_case": QCoreApplication.translate("Labels", "Betrokkene uit dossier gehaald"),
        "account_added": QCoreApplication.translate("Labels", "Account toegevoegd"),
        "account_updated": QCoreApplication.translate("Labels", "Account gewijzigd"),
        "note_added": QCoreApplication.translate("Labels", "Notitie toegevoegd"),
        "note_updated": QCoreApplication.translate("Labels", "Notitie gewijzigd"),
        "note_deleted": QCoreApplication.translate("Labels", "Notitie verwijderd"),
        "checklist_updated": QCoreApplication.translate("Labels", "Stap bijgewerkt"),
        "retention_extended": QCoreApplication.translate("Labels", "Bewaartermijn verlengd"),
        "case_destroyed": QCoreApplication.translate("Labels", "Dossier vernietigd"),
        "review_started": QCoreApplication.translate("Labels", "Samen bekijken met de medewerker begonnen"),
        "review_ended": QCoreApplication.translate("Labels", "Samen bekijken beëindigd"),
        "review_passphrase_wrong": QCoreApplication.translate(
            "Labels", "Samen bekijken: verkeerd wachtwoord bij beëindigen"),
        "review_correction": QCoreApplication.translate("Labels", "Medewerker: gegeven klopt niet"),
        "review_consent_given": QCoreApplication.translate("Labels", "Medewerker gaf toestemming (samen bekijken)"),
        "review_consent_withdrawn": QCoreApplication.translate(
            "Labels", "Medewerker trok toestemming in (samen bekijken)"),
    }


def audit_action_label(action: str) -> str:
    return audit_action_labels().get(action, action)


# Aftercare, check-ins and referrals (steps 3 and 7) -----------------------------------------------


def aftercare_kind_label(value: AftercareKind) -> str:
    return {
        AftercareKind.FIRST_TALK: QCoreApplication.translate("Labels", "Eerste gesprek"),
        AftercareKind.FOLLOWUP: QCoreApplication.translate("Labels", "Vervolggesprek"),
        AftercareKind.REOFFER: QCoreApplication.translate("Labels", "Opnieuw aangeboden"),
        AftercareKind.CHECKIN: QCoreApplication.translate("Labels", "Check-in (hoe gaat het?)"),
    }[value]


def aftercare_status_label(value: AftercareStatus) -> str:
    return {
        AftercareStatus.PLANNED: QCoreApplication.translate("Labels", "Gepland"),
        AftercareStatus.DONE: QCoreApplication.translate("Labels", "Gehouden"),
        AftercareStatus.DECLINED: QCoreApplication.translate("Labels", "Afgewezen"),
        AftercareStatus.CANCELLED: QCoreApplication.translate("Labels", "Vervallen"),
    }[value]


def referral_label(value: ReferralTo) -> str:
    return {
        ReferralTo.COMPANY_DOCTOR: QCoreApplication.translate("Labels", "Bedrijfsarts"),
        ReferralTo.PSYCHOLOGIST: QCoreApplication.translate("Labels", "Psycholoog"),
        ReferralTo.VICTIM_SUPPORT: QCoreApplication.translate("Labels", "Slachtofferhulp"),
        ReferralTo.OTHER: QCoreApplication.translate("Labels", "Anders"),
    }[value]


# Reports (issue 4: platform, police, legal help) ----------------------------------------------


def route_label(value: ReportRoute) -> str:
    return {
        ReportRoute.DSA_NOTICE: QCoreApplication.translate("Labels", "Melding van illegale inhoud (DSA)"),
        ReportRoute.TERMS: QCoreApplication.translate("Labels", "Voorwaarden van het platform"),
    }[value]


def filed_by_label(value: FiledBy) -> str:
    return {
        FiledBy.EMPLOYEE: QCoreApplication.translate("Labels", "De medewerker"),
        FiledBy.REPRESENTATIVE: QCoreApplication.translate("Labels", "Een vertegenwoordiger"),
        FiledBy.ORGANISATION: QCoreApplication.translate("Labels", "De organisatie"),
    }[value]


def decision_label(value: PlatformDecision) -> str:
    return {
        PlatformDecision.NONE: QCoreApplication.translate("Labels", "Nog geen besluit"),
        PlatformDecision.REMOVED: QCoreApplication.translate("Labels", "Verwijderd"),
        PlatformDecision.RESTRICTED: QCoreApplication.translate("Labels", "Beperkt (bijv. minder zichtbaar)"),
        PlatformDecision.NO_ACTION: QCoreApplication.translate("Labels", "Geen actie"),
        PlatformDecision.OTHER: QCoreApplication.translate("Labels", "Anders"),
    }[value]


def police_kind_label(value: PoliceReportKind) -> str:
    return {
        PoliceReportKind.AANGIFTE: QCoreApplication.translate("Labels", "Aangifte"),
        PoliceReportKind.MELDING: QCoreApplication.translate("Labels", "Melding"),
        PoliceReportKind.INFORMATIEF: QCoreApplication.translate("Labels", "Informatief gesprek"),
    }[value]


def legal_kind_label(value: LegalKind) -> str:
    return {
        LegalKind.SOMMATIE: QCoreApplication.translate("Labels", "Sommatie"),
        LegalKind.KORT_GEDING: QCoreApplication.translate("Labels", "Kort geding"),
        LegalKind.BODEMPROCEDURE: QCoreApplication.translate("Labels", "Bodemprocedure"),
        LegalKind.IDENTITY_CLAIM: QCoreApplication.translate("Labels", "Vordering identiteit van de plaatser"),
        LegalKind.OTHER: QCoreApplication.translate("Labels", "Anders"),
    }[value]
