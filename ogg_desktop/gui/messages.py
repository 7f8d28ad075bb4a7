"""Plain-language, translated text for the error codes of the core (shared by the GUI and the CLI)."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ogg_desktop.reports.errors import EvidenceChangedError
from ogg_desktop.vault.errors import VaultError

if TYPE_CHECKING:  # only named in signatures: the unlock dialog imports this module at start-up
    from ogg_desktop.capture.grab import CaptureUnavailableError
    from ogg_desktop.capture.images import ImageRejectedError
    from ogg_desktop.services.cases import InvalidInputError


def vault_error_text(error: VaultError) -> str:
    texts = {
        "driver_not_sqlcipher4": QCoreApplication.translate(
            "Messages",
            "De versleutelde opslag (SQLCipher 4) ontbreekt. OGG Desktop start niet, zodat er nooit "
            "onversleutelde gegevens worden geschreven. Installeer de app opnieuw.",
        ),
        "vault_not_found": QCoreApplication.translate("Messages", "Er is op deze plek geen kluis gevonden."),
        "vault_exists": QCoreApplication.translate(
            "Messages", "Op deze plek staat al een kluis. Kies een andere plek of open de bestaande kluis."
        ),
        "wrong_passphrase": QCoreApplication.translate("Messages", "Wachtwoord onjuist of bestand beschadigd."),
        "keyfile_missing": QCoreApplication.translate(
            "Messages",
            "Het sleutelbestand naast de kluis ontbreekt. Open de kluis met uw herstelsleutel, of zet het "
            "sleutelbestand uit uw back-up terug.",
        ),
        "keyfile_damaged": QCoreApplication.translate(
            "Messages",
            "Het sleutelbestand naast de kluis is beschadigd. Open de kluis met uw herstelsleutel, of zet het "
            "sleutelbestand uit uw back-up terug.",
        ),
        "bad_recovery_key": QCoreApplication.translate(
            "Messages",
            "Dit is geen geldige herstelsleutel. Controleer of u alle 17 groepen van vier tekens goed hebt "
            "overgenomen.",
        ),
        "vault_in_use": QCoreApplication.translate(
            "Messages",
            "Deze kluis is al geopend in een ander venster van OGG Desktop. Sluit dat eerst, of ga verder "
            "in dat venster.",
        ),
        "recovery_key_no_match": QCoreApplication.translate(
            "Messages",
            "Deze herstelsleutel is goed overgenomen, maar opent dit bestand niet: hij hoort bij een andere "
            "kluis, of het bestand is beschadigd. Er is niets gewijzigd; zet zo nodig een back-up terug.",
        ),
        "vault_damaged": QCoreApplication.translate(
            "Messages",
            "Bestand beschadigd, of het sleutelbestand hoort bij een andere kluis: het wachtwoord klopt, maar de "
            "kluis zelf kan niet worden gelezen. Er is niets gewijzigd; zet zo nodig een back-up terug.",
        ),
        "backup_failed": QCoreApplication.translate(
            "Messages", "De back-up is niet gelukt en is verwijderd. De kluis zelf is ongewijzigd."
        ),
        "schema_too_new": QCoreApplication.translate(
            "Messages",
            "Deze kluis is gemaakt met een nieuwere versie van OGG Desktop. Werk de app bij om hem te openen.",
        ),
        "migration_failed": QCoreApplication.translate(
            "Messages",
            "De kluis kon niet worden bijgewerkt naar deze versie. Er is niets gewijzigd; de back-up van vóór "
            "de update staat naast de kluis.",
        ),
        "weak_passphrase": QCoreApplication.translate("Messages", "Dit wachtwoord is te zwak."),
        "disk_full": QCoreApplication.translate(
            "Messages", "De schijf is vol. Er is niets half opgeslagen; maak ruimte vrij en probeer het opnieuw."
        ),
    }
    return texts.get(error.code, QCoreApplication.translate("Messages", "Er ging iets mis met de kluis."))


def image_rejected_text(error: ImageRejectedError) -> str:
    texts = {
        "empty": QCoreApplication.translate("Messages", "Het bestand is leeg."),
        "too_large_file": QCoreApplication.translate(
            "Messages", "Het bestand is groter dan 256 MB en wordt niet opgeslagen."
        ),
        "not_an_image": QCoreApplication.translate("Messages", "Dit bestand is geen afbeelding."),
        "unsupported_format": QCoreApplication.translate(
            "Messages", "Dit afbeeldingsformaat wordt niet ondersteund (wel: PNG, JPEG, WebP, GIF, BMP)."
        ),
        "truncated": QCoreApplication.translate("Messages", "De afbeelding is onvolledig of beschadigd."),
        "too_many_pixels": QCoreApplication.translate(
            "Messages", "De afbeelding is te groot om veilig te openen (te veel beeldpunten)."
        ),
        "side_too_long": QCoreApplication.translate(
            "Messages", "De afbeelding is breder of hoger dan 50.000 beeldpunten."
        ),
    }
    return texts.get(
        error.reason, QCoreApplication.translate("Messages", "Deze afbeelding kan niet worden opgeslagen.")
    )


def capture_unavailable_text(error: CaptureUnavailableError) -> str:
    texts = {
        "no_display": QCoreApplication.translate(
            "Messages",
            "Er is geen scherm om vast te leggen (geen X-display). Importeer in plaats daarvan een afbeelding.",
        ),
        "wayland": QCoreApplication.translate(
            "Messages",
            "Dit bureaublad (Wayland zonder XWayland) laat geen schermafbeelding toe. Maak de "
            "afbeelding met het hulpmiddel van het systeem en importeer die.",
        ),
        "grab_failed": QCoreApplication.translate(
            "Messages", "Het scherm kon niet worden vastgelegd. Probeer het opnieuw, of importeer een afbeelding."
        ),
        "outside": QCoreApplication.translate("Messages", "Het gekozen gebied ligt buiten de schermen."),
    }
    return texts.get(error.reason, texts["grab_failed"])


def input_problem_text(code: str) -> str:
    texts = {
        "title_required": QCoreApplication.translate("Messages", "Geef het dossier een titel."),
        "closed_before_opened": QCoreApplication.translate("Messages", "De sluitdatum ligt vóór de openingsdatum."),
        "retention_before_opened": QCoreApplication.translate(
            "Messages", "De bewaartermijn eindigt vóór de openingsdatum."
        ),
        "closed_needs_date": QCoreApplication.translate("Messages", "Een gesloten dossier heeft een sluitdatum nodig."),
        "name_required": QCoreApplication.translate("Messages", "Vul een naam in."),
        "platform_required": QCoreApplication.translate("Messages", "Kies een platform."),
        "note_empty": QCoreApplication.translate("Messages", "Een notitie kan niet leeg zijn."),
        "done_needs_date": QCoreApplication.translate("Messages", "Een afgeronde stap heeft een datum nodig."),
        "too_short": QCoreApplication.translate("Messages", "Gebruik minstens 10 tekens."),
        "too_common": QCoreApplication.translate("Messages", "Dit wachtwoord komt te veel voor."),
        "too_guessable": QCoreApplication.translate(
            "Messages",
            "Dit wachtwoord is te makkelijk te raden. Maak het langer, bijvoorbeeld met een paar losse woorden.",
        ),
        "mismatch": QCoreApplication.translate("Messages", "De twee wachtwoorden zijn niet gelijk."),
    }
    return texts.get(code, code)


def invalid_input_text(error: InvalidInputError) -> str:
    return " ".join(input_problem_text(code) for code in error.problems)


def strength_label(score: int) -> str:
    labels = [
        QCoreApplication.translate("Messages", "zeer zwak"),
        QCoreApplication.translate("Messages", "zwak"),
        QCoreApplication.translate("Messages", "matig"),
        QCoreApplication.translate("Messages", "sterk"),
        QCoreApplication.translate("Messages", "zeer sterk"),
    ]
    return labels[max(0, min(score, 4))]


def report_error_text(error: Exception) -> str:
    """Why a report could not be written, in plain words; nothing was written at the target."""
    if isinstance(error, EvidenceChangedError):
        return QCoreApplication.translate(
            "Messages", "Bewijsstuk {id} komt niet meer overeen met zijn vastgelegde hash. Er is geen rapport "
            "gemaakt. Controleer de kluis (Kluis → Controleren)."
        ).format(id=error.item_id)
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "Messages", "De schijf is vol. Er is geen (half) bestand achtergelaten; maak ruimte en probeer het opnieuw."
        )
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "Messages", "U mag in deze map niet schrijven. Kies een andere map; er is niets weggeschreven."
        )
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate("Messages", "Deze map bestaat niet (meer). Kies een andere map.")
    return QCoreApplication.translate(
        "Messages", "Het rapport kon niet worden geschreven ({reason}). Er is niets achtergelaten."
    ).format(reason=getattr(error, "strerror", None) or type(error).__name__)
