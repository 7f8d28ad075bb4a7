"""Languages: Dutch is the source language of every string; English comes from a .qm file.

The .ts sources live in resources/i18n/; ``make`` builds the .qm files beside them (not committed).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("nl", "en")
I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
TRANSLATOR_NAME = "ogg-desktop-translator"


def resolve_language(requested: str | None) -> str:
    """--lang, then OGG_LANG, then the system locale; Dutch when nothing else fits."""
    for candidate in (requested, os.environ.get("OGG_LANG")):
        if candidate:
            code = candidate.lower()[:2]
            if code in LANGUAGES:
                return code
    system = QLocale.system().name().lower()[:2]
    return system if system in LANGUAGES else "nl"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Make ``language`` the app's language: Qt's own dialogs (file, print, message box buttons)
    from Qt's translations, ours from resources/i18n. Replaces whatever was installed before.
    Returns our translator, or None for Dutch (the source language)."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if language == "nl" else QLocale.Country.UnitedKingdom))
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    qt_base = QTranslator(app)
    qt_base.setObjectName(TRANSLATOR_NAME)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
    if language == "nl":
        return None
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    qm = I18N_DIR / f"ogg_desktop_{language}.qm"
    if not translator.load(str(qm)):
        raise FileNotFoundError(f"translation {qm} is missing: run scripts/setup")
    app.installTranslator(translator)
    return translator


def current_language() -> str:
    """The language the interface runs in (set by ``install_translator``): reports default to it."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
