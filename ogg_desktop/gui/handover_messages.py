"""Plain-language text for what can go wrong with handover bundles, backups and restores (GUI and CLI)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ogg_desktop.gui.messages import vault_error_text
from ogg_desktop.vault.bundle import BundleHashMismatchError
from ogg_desktop.vault.errors import VaultError


def handover_error_text(error: VaultError) -> str:
    if isinstance(error, BundleHashMismatchError):
        return QCoreApplication.translate(
            "HandoverMessages",
            "Bewijsstuk {id} in de bundel komt niet overeen met zijn vastgelegde hash. Er is niets "
            "overgenomen.").format(id=error.item_id)
    texts = {
        "not_a_bundle": QCoreApplication.translate(
            "HandoverMessages", "Dit bestand is geen overdrachtsbundel van OGG Desktop."),
        "bundle_damaged": QCoreApplication.translate(
            "HandoverMessages",
            "De bundel is beschadigd of gewijzigd sinds hij is gemaakt. Er is niets overgenomen; vraag "
            "om een nieuwe bundel."),
        "bundle_wrong_passphrase": QCoreApplication.translate(
            "HandoverMessages", "Het wachtwoord van de bundel klopt niet, of de bundel is beschadigd."),
        "bundle_too_new": QCoreApplication.translate(
            "HandoverMessages",
            "Deze bundel is gemaakt met een nieuwere versie van OGG Desktop. Werk de app bij om hem te "
            "openen; er is niets overgenomen."),
        "bundle_target_exists": QCoreApplication.translate(
            "HandoverMessages", "Dat bestand bestaat al. Kies een nieuwe naam; er wordt niets overschreven."),
        "restore_key_missing": QCoreApplication.translate(
            "HandoverMessages",
            "Het sleutelbestand van de back-up ontbreekt. Het hoort ernaast te staan, met dezelfde naam "
            "plus .key. Er is niets gewijzigd."),
        "restore_wrong_passphrase": QCoreApplication.translate(
            "HandoverMessages",
            "Dit wachtwoord opent deze back-up niet. Gebruik het wachtwoord dat gold toen de back-up werd "
            "gemaakt. Er is niets gewijzigd."),
        "restore_invalid": QCoreApplication.translate(
            "HandoverMessages",
            "Deze back-up is beschadigd of onvolledig en wordt niet teruggezet. Uw huidige kluis is "
            "ongewijzigd."),
    }
    return texts.get(error.code) or vault_error_text(error)
