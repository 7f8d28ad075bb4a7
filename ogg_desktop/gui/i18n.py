"""Languages: Dutch is the source language of every string; English comes from a .qm file.

The .ts sources live in resources/i18n/; scripts/setup builds the .qm files beside them (not
committed). ogg_desktop_nl.ts holds only the Dutch plural forms (%n). A hidden third language,
``pseudo`` (OGG_LANG=pseudo), shows every string longer and accented to find truncated text.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

PSEUDO = "pseudo"  # the developers' lengthened language (gui/pseudo.py, loaded only when asked for)

LANGUAGES = ("nl", "en")
I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
TRANSLATOR_NAME = "ogg-desktop-translator"


def resolve_language(requested: str | None) -> str:
    """--lang, then OGG_LANG, then the system locale; Dutch when nothing else fits.
    OGG_LANG=pseudo (a developer's look at the pseudo-locale) wins over everything."""
    if (os.environ.get("OGG_LANG") or "").lower() == PSEUDO:
        return PSEUDO
    for candidate in (requested, os.environ.get("OGG_LANG")):
        if candidate:
            if candidate.lower() == PSEUDO:
                return PSEUDO
            code = candidate.lower()[:2]
            if code in LANGUAGES:
                return code
    system = QLocale.system().name().lower()[:2]
    return system if system in LANGUAGES else "nl"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Make ``language`` the app's language: Qt's own dialogs (file, print, message box buttons)
    from Qt's translations, ours from resources/i18n. Replaces whatever was installed before.
    Returns our translator (for Dutch: the plural forms only), or None when there is none.
    ``pseudo`` runs with Dutch formats and Qt texts, and every one of our strings made longer."""
    dutch = language in ("nl", PSEUDO)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if dutch else QLocale.Language.English,
                               QLocale.Country.Netherlands if dutch else QLocale.Country.UnitedKingdom))
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    qt_base = QTranslator(app)
    qt_base.setObjectName(TRANSLATOR_NAME)
    qt_language = "nl" if dutch else language
    if qt_base.load(f"qtbase_{qt_language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if language == PSEUDO:
        from ogg_desktop.gui.pseudo import build_pseudo_qm

        qm = build_pseudo_qm(I18N_DIR / "ogg_desktop_en.ts")
    else:
        qm = I18N_DIR / f"ogg_desktop_{language}.qm"
    if not translator.load(str(qm)):
        if language == "nl":  # the source language works without it; only "1 termijn(en)" shows
            translator.setParent(None)
            return None
        raise FileNotFoundError(f"translation {qm} is missing: run scripts/setup")
    app.installTranslator(translator)
    return translator


def current_language() -> str:
    """The language the interface runs in (set by ``install_translator``): reports default to it."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
