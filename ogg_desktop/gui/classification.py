"""Words for a case's classification (the Overzicht tab) and for the annual report's tables (its dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ogg_desktop.domain.annual import NO_PLATFORM, OTHER_PLATFORM, UNDETERMINED, TableKey
from ogg_desktop.domain.case import CaseCategory, CaseOrigin, CaseOutcome, CaseSetting


def undetermined() -> str:
    return QCoreApplication.translate("Classification", "Nog niet bepaald")


def category_labels() -> dict[str, str]:
    return {
        CaseCategory.BULLYING: QCoreApplication.translate("Classification", "Pesten"),
        CaseCategory.INTIMIDATION: QCoreApplication.translate("Classification", "Intimidatie"),
        CaseCategory.SEXUAL_HARASSMENT: QCoreApplication.translate("Classification", "Seksuele intimidatie"),
        CaseCategory.AGGRESSION: QCoreApplication.translate("Classification", "Agressie en geweld"),
        CaseCategory.DISCRIMINATION: QCoreApplication.translate("Classification", "Discriminatie"),
        CaseCategory.OTHER: QCoreApplication.translate("Classification", "Anders"),
    }


def setting_labels() -> dict[str, str]:
    return {
        CaseSetting.ONLINE: QCoreApplication.translate("Classification", "Online"),
        CaseSetting.OFFLINE: QCoreApplication.translate("Classification", "Offline"),
        CaseSetting.BOTH: QCoreApplication.translate("Classification", "Online en offline"),
    }


def origin_labels() -> dict[str, str]:
    return {
        CaseOrigin.INTERNAL: QCoreApplication.translate("Classification", "Binnen de organisatie (intern)"),
        CaseOrigin.EXTERNAL: QCoreApplication.translate("Classification", "Buiten de organisatie (extern)"),
        CaseOrigin.UNKNOWN: QCoreApplication.translate("Classification", "Onbekend"),
    }


def outcome_labels() -> dict[str, str]:
    return {
        CaseOutcome.RESOLVED: QCoreApplication.translate("Classification", "Opgelost (gesprek of bemiddeling)"),
        CaseOutcome.EMPLOYER_MEASURES: QCoreApplication.translate("Classification", "Maatregelen door de werkgever"),
        CaseOutcome.NO_FURTHER_STEPS: QCoreApplication.translate("Classification", "Geen verdere stappen gewenst"),
        CaseOutcome.OTHER: QCoreApplication.translate("Classification", "Anders"),
    }


def table_label(key: TableKey) -> str:
    return {
        TableKey.CATEGORY: QCoreApplication.translate("Classification", "Soort gedrag"),
        TableKey.SETTING: QCoreApplication.translate("Classification", "Online of offline"),
        TableKey.ORIGIN: QCoreApplication.translate("Classification", "Binnen of buiten de organisatie"),
        TableKey.PLATFORM: QCoreApplication.translate("Classification", "Platform"),
        TableKey.ACTIONS: QCoreApplication.translate("Classification", "Wat er is gedaan"),
        TableKey.OUTCOME: QCoreApplication.translate("Classification", "Afloop"),
        TableKey.AFTERCARE: QCoreApplication.translate("Classification", "Tijd tot het eerste nazorggesprek"),
    }[key]


def _other_rows() -> dict[str, str]:
    return {
        "actions.platform_report": QCoreApplication.translate("Classification", "Gemeld bij het platform"),
        "actions.removed": QCoreApplication.translate("Classification", "Verwijderd door het platform"),
        "actions.police_report": QCoreApplication.translate("Classification", "Aangifte of melding bij de politie"),
        "actions.legal_steps": QCoreApplication.translate("Classification", "Juridische stappen"),
        "aftercare.within_72h": QCoreApplication.translate("Classification", "Binnen 72 uur"),
        "aftercare.within_week": QCoreApplication.translate("Classification", "Binnen een week"),
        "aftercare.later": QCoreApplication.translate("Classification", "Later"),
        "aftercare.none_yet": QCoreApplication.translate("Classification", "Nog geen"),
        f"platform.{OTHER_PLATFORM}": QCoreApplication.translate("Classification", "Ander platform"),
        f"platform.{NO_PLATFORM}": QCoreApplication.translate("Classification", "Geen platform vastgelegd"),
    }


def row_label(table: TableKey, key: str) -> str:
    """A row of the annual report in the GUI's language; a known platform by its own name."""
    if key == UNDETERMINED:
        return undetermined()
    by_table = {TableKey.CATEGORY: category_labels, TableKey.SETTING: setting_labels,
                TableKey.ORIGIN: origin_labels, TableKey.OUTCOME: outcome_labels}
    if table in by_table:
        return by_table[table]().get(key, key)
    return _other_rows().get(f"{table.value}.{key}", key)
