"""Plain-language, translated text for the error codes of the core (shared by the GUI and the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ogg_desktop.capture.images import ImageRejectedError
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.vault.errors import VaultError


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def vault_error_text(error: VaultError) -> str:
    texts = {
        "driver_not_sqlcipher4": _t(
            "De versleutelde opslag (SQLCipher 4) ontbreekt. OGG Desktop start niet, zodat er nooit "
            "onversleutelde gegevens worden geschreven. Installeer de app opnieuw."),
        "vault_not_found": _t("Er is op deze plek geen kluis gevonden."),
        "vault_exists": _t("Op deze plek staat al een kluis. Kies een andere plek of open de bestaande kluis."),
        "wrong_passphrase": _t("Wachtwoord onjuist of bestand beschadigd."),
        "keyfile_missing": _t(
            "Het sleutelbestand naast de kluis ontbreekt. Open de kluis met uw herstelsleutel, of zet het "
            "sleutelbestand uit uw back-up terug."),
        "keyfile_damaged": _t(
            "Het sleutelbestand naast de kluis is beschadigd. Open de kluis met uw herstelsleutel, of zet het "
            "sleutelbestand uit uw back-up terug."),
        "bad_recovery_key": _t(
            "Dit is geen geldige herstelsleutel. Controleer of u alle 17 groepen van vier tekens goed hebt "
            "overgenomen."),
        "vault_in_use": _t(
            "Deze kluis is al geopend in een ander venster van OGG Desktop. Sluit dat eerst, of ga verder "
            "in dat venster."),
        "vault_damaged": _t(
            "Wachtwoord onjuist of bestand beschadigd. Het wachtwoord past bij het sleutelbestand, maar de kluis "
            "zelf kan niet worden gelezen. Er is niets gewijzigd; zet zo nodig een back-up terug."),
        "backup_failed": _t("De back-up is niet gelukt en is verwijderd. De kluis zelf is ongewijzigd."),
        "schema_too_new": _t(
            "Deze kluis is gemaakt met een nieuwere versie van OGG Desktop. Werk de app bij om hem te openen."),
        "migration_failed": _t(
            "De kluis kon niet worden bijgewerkt naar deze versie. Er is niets gewijzigd; de back-up van vóór "
            "de update staat naast de kluis."),
        "weak_passphrase": _t("Dit wachtwoord is te zwak."),
        "disk_full": _t(
            "De schijf is vol. Er is niets half opgeslagen; maak ruimte vrij en probeer het opnieuw."),
    }
    return texts.get(error.code, _t("Er ging iets mis met de kluis."))


def image_rejected_text(error: ImageRejectedError) -> str:
    texts = {
        "empty": _t("Het bestand is leeg."),
        "too_large_file": _t("Het bestand is groter dan 256 MB en wordt niet opgeslagen."),
        "not_an_image": _t("Dit bestand is geen afbeelding."),
        "unsupported_format": _t("Dit afbeeldingsformaat wordt niet ondersteund (wel: PNG, JPEG, WebP, GIF, BMP)."),
        "truncated": _t("De afbeelding is onvolledig of beschadigd."),
        "too_many_pixels": _t("De afbeelding is te groot om veilig te openen (te veel beeldpunten)."),
        "side_too_long": _t("De afbeelding is breder of hoger dan 50.000 beeldpunten."),
    }
    return texts.get(error.reason, _t("Deze afbeelding kan niet worden opgeslagen."))


def input_problem_text(code: str) -> str:
    texts = {
        "title_required": _t("Geef het dossier een titel."),
        "closed_before_opened": _t("De sluitdatum ligt vóór de openingsdatum."),
        "retention_before_opened": _t("De bewaartermijn eindigt vóór de openingsdatum."),
        "closed_needs_date": _t("Een gesloten dossier heeft een sluitdatum nodig."),
        "name_required": _t("Vul een naam in."),
        "platform_required": _t("Kies een platform."),
        "note_empty": _t("Een notitie kan niet leeg zijn."),
        "done_needs_date": _t("Een afgeronde stap heeft een datum nodig."),
        "too_short": _t("Gebruik minstens 10 tekens."),
        "too_common": _t("Dit wachtwoord komt te veel voor."),
        "too_guessable": _t("Dit wachtwoord is te makkelijk te raden. Maak het langer, bijvoorbeeld met een paar "
                            "losse woorden."),
        "mismatch": _t("De twee wachtwoorden zijn niet gelijk."),
    }
    return texts.get(code, code)


def invalid_input_text(error: InvalidInputError) -> str:
    return " ".join(input_problem_text(code) for code in error.problems)


def strength_label(score: int) -> str:
    labels = [_t("zeer zwak"), _t("zwak"), _t("matig"), _t("sterk"), _t("zeer sterk")]
    return labels[max(0, min(score, 4))]
