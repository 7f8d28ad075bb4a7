"""Translated names for the domain's enums, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ogg_desktop.domain.case import CaseStatus, ConsentScope, LegalBasis
from ogg_desktop.domain.checklist import Step, StepState
from ogg_desktop.domain.evidence import CaptureMethod, Confidence
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Role


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(value: CaseStatus) -> str:
    return {CaseStatus.OPEN: _t("Open"), CaseStatus.ON_HOLD: _t("Gepauzeerd"),
            CaseStatus.CLOSED: _t("Gesloten")}[value]


def legal_basis_label(value: LegalBasis) -> str:
    return {
        LegalBasis.CONSENT: _t("Uitdrukkelijke toestemming van de medewerker"),
        LegalBasis.LEGAL_OBLIGATION: _t("Wettelijke verplichting"),
        LegalBasis.VITAL_INTEREST: _t("Vitaal belang"),
        LegalBasis.LEGITIMATE_INTEREST: _t("Gerechtvaardigd belang"),
    }[value]


def consent_label(value: ConsentScope) -> str:
    return {
        ConsentScope.PLATFORM_REPORT: _t("Melden bij het platform"),
        ConsentScope.POLICE_REPORT: _t("Aangifte bij de politie"),
        ConsentScope.SHARE_WITH_HR: _t("Delen met HR"),
        ConsentScope.LEGAL_STEPS: _t("Juridische stappen"),
    }[value]


def step_label(value: Step) -> str:
    return {
        Step.SCREENSHOT: _t("Screenshot"),
        Step.DISCUSS: _t("Bespreek"),
        Step.AFTERCARE: _t("Nazorgtraject"),
        Step.PLATFORM_REPORT: _t("Rapporteer"),
        Step.POLICE_REPORT: _t("Aangifte"),
        Step.LEGAL_HELP: _t("Juridische hulp"),
        Step.PROFESSIONAL_HELP: _t("Professionele hulp"),
    }[value]


def step_hint(value: Step) -> str:
    return {
        Step.SCREENSHOT: _t("Leg samen met de medewerker het bericht vast: wie het plaatste, waar, van wie het "
                            "account is en wie er verder bij betrokken zijn."),
        Step.DISCUSS: _t("Bespreek het incident en geef ruimte aan gevoelens."),
        Step.AFTERCARE: _t("Start direct met nazorg: eerste gesprek binnen 72 uur, daarna na 2 en 6–8 weken."),
        Step.PLATFORM_REPORT: _t("Meld het bericht samen met de medewerker bij het platform."),
        Step.POLICE_REPORT: _t("De organisatie doet aangifte, niet de medewerker zelf."),
        Step.LEGAL_HELP: _t("Haalt het platform het bericht niet weg? Schakel juridische hulp in."),
        Step.PROFESSIONAL_HELP: _t("Vraag regelmatig hoe het gaat en schakel zo nodig professionele hulp in."),
    }[value]


def step_state_label(value: StepState) -> str:
    return {
        StepState.OPEN: _t("Open"),
        StepState.IN_PROGRESS: _t("Bezig"),
        StepState.DONE: _t("Afgerond"),
        StepState.NOT_APPLICABLE: _t("Niet van toepassing"),
    }[value]


def role_label(value: Role) -> str:
    return {
        Role.POSTER: _t("Plaatser (vermoedelijk)"),
        Role.ACCOUNT_HOLDER: _t("Accounthouder"),
        Role.WITNESS: _t("Getuige"),
        Role.OTHER: _t("Anders betrokken"),
    }[value]


def visibility_label(value: Visibility) -> str:
    return {
        Visibility.COUNSELLOR_ONLY: _t("Alleen vertrouwenspersoon"),
        Visibility.EMPLOYEE: _t("Deelbaar met medewerker"),
        Visibility.HR: _t("Deelbaar met HR"),
    }[value]


def confidence_label(value: Confidence) -> str:
    return {
        Confidence.UNKNOWN: _t("Onbekend"),
        Confidence.SUSPECTED: _t("Vermoeden"),
        Confidence.LIKELY: _t("Waarschijnlijk"),
        Confidence.CONFIRMED: _t("Bevestigd"),
    }[value]


def method_label(value: CaptureMethod) -> str:
    return {
        CaptureMethod.REGION: _t("Schermgebied"),
        CaptureMethod.MONITOR: _t("Heel scherm"),
        CaptureMethod.WINDOW: _t("Venster"),
        CaptureMethod.ALL_MONITORS: _t("Alle schermen"),
        CaptureMethod.IMPORTED_FILE: _t("Geïmporteerd bestand"),
        CaptureMethod.PASTED: _t("Geplakt"),
        CaptureMethod.PHOTOGRAPHED: _t("Gefotografeerd met ander apparaat"),
        CaptureMethod.DERIVED: _t("Bewerkte kopie"),
    }[value]


def audit_action_label(action: str) -> str:
    labels = {
        "vault_created": _t("Kluis gemaakt"),
        "unlock": _t("Kluis geopend"),
        "unlock_recovery_key": _t("Kluis geopend met herstelsleutel"),
        "unlock_failed": _t("Mislukte poging om te openen"),
        "lock": _t("Kluis vergrendeld"),
        "schema_migrated": _t("Kluis bijgewerkt naar nieuwe versie"),
        "passphrase_changed": _t("Wachtwoord gewijzigd"),
        "passphrase_reset_with_recovery_key": _t("Nieuw wachtwoord via herstelsleutel"),
        "backup_made": _t("Back-up gemaakt"),
        "verified": _t("Integriteit gecontroleerd"),
        "case_created": _t("Dossier aangemaakt"),
        "case_updated": _t("Dossier gewijzigd"),
        "consent_given": _t("Toestemming vastgelegd"),
        "consent_withdrawn": _t("Toestemming ingetrokken"),
        "evidence_added": _t("Bewijsstuk toegevoegd"),
        "evidence_updated": _t("Bewijsstuk gewijzigd"),
        "evidence_exported": _t("Bewijsstuk geëxporteerd"),
        "person_added": _t("Betrokkene toegevoegd"),
        "person_updated": _t("Betrokkene gewijzigd"),
        "person_removed_from_case": _t("Betrokkene uit dossier gehaald"),
        "account_added": _t("Account toegevoegd"),
        "account_updated": _t("Account gewijzigd"),
        "note_added": _t("Notitie toegevoegd"),
        "note_updated": _t("Notitie gewijzigd"),
        "note_deleted": _t("Notitie verwijderd"),
        "checklist_updated": _t("Stap bijgewerkt"),
    }
    return labels.get(action, action)
