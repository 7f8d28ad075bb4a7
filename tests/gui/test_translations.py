"""English translations: the .ts is complete and consistent, the .qm loads, and the .ts matches the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ogg_desktop.gui import i18n
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.session import Session

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "ogg_desktop_en.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
LUPDATE_SUMMARY = re.compile(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)")


def _qt_tool(name: str) -> str:
    """pyside6-lrelease / pyside6-lupdate from the same environment as the running Python."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    assert found is not None, f"{name} not found: is PySide6 installed?"
    return found


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", msg) for ctx in root.iter("context") for msg in ctx.iter("message")]


def _keys(ts: Path) -> set[tuple[str, str]]:
    return {(context, msg.findtext("source") or "") for context, msg in _messages(ts)}


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    messages = _messages(TS_FILE)
    assert len(messages) > 400
    problems: list[str] = []
    for context, msg in messages:
        source = msg.findtext("source") or ""
        where = f"{context} / {source!r}"
        translation = msg.find("translation")
        if translation is None:
            problems.append(f"{where}: no <translation>")
            continue
        if translation.get("type"):
            problems.append(f"{where}: translation is {translation.get('type')}")
        if msg.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != 2:
                problems.append(f"{where}: expected singular and plural, found {len(forms)} form(s)")
        else:
            forms = [translation.text or ""]
        for text in forms:
            if not text.strip():
                problems.append(f"{where}: empty translation")
                continue
            if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if ("%n" in text) != ("%n" in source):
                problems.append(f"{where}: %n differs in {text!r}")
            if text.count("&") != source.count("&"):
                problems.append(f"{where}: accelerator markers differ in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.fixture
def english_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The .qm built from the committed .ts (not a possibly stale build product), used by install_translator."""
    qm = tmp_path / "ogg_desktop_en.qm"
    result = subprocess.run(
        [_qt_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(qm)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 unfinished" in result.stdout, result.stdout
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    return qm


def test_english_translation_loads_and_reaches_the_main_window(
    qtbot: QtBot, english_qm: Path, session: Session, settings: QSettings
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = i18n.install_translator(app, "en")
    assert translator is not None
    try:
        assert QCoreApplication.translate("Messages", "Wachtwoord onjuist of bestand beschadigd.") == (
            "Wrong passphrase or damaged file."
        )
        window = MainWindow(session, settings)
        qtbot.addWidget(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles == ["&Case", "&Vault", "&Organisation", "&Language", "V&iew", "&Help"]
    finally:
        app.removeTranslator(translator)
        i18n.install_translator(app, "nl")
    assert QCoreApplication.translate("Messages", "Wachtwoord onjuist of bestand beschadigd.") == (
        "Wachtwoord onjuist of bestand beschadigd."
    )


def test_ts_file_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """A new or changed tr() string makes lupdate report it as new: run lupdate and translate it."""
    copy = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ogg_desktop").rglob("*.py"))
    result = subprocess.run(
        [_qt_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(copy)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    summary = LUPDATE_SUMMARY.search(output)
    assert summary is not None, output
    new = int(summary.group(2))
    added = sorted(_keys(copy) - _keys(TS_FILE))
    assert new == 0, f"{new} new source text(s); run pyside6-lupdate and translate them: {added}"
    vanished = sorted(_keys(TS_FILE) - _keys(copy))
    assert not vanished, f"the .ts has strings the code no longer uses; run pyside6-lupdate -no-obsolete: {vanished}"


NL_TS_FILE = ROOT / "resources" / "i18n" / "ogg_desktop_nl.ts"
# Words that are the same in Dutch and English: a message made only of these (and of placeholders,
# numbers and punctuation) may have its Dutch source as English translation.
SAME_IN_BOTH = {
    "account", "accounts", "agenda", "context", "details", "e-mail", "help", "min", "open", "platform",
    "postcode", "px", "route", "screenshot", "status", "ticket", "url", "utc", "online", "offline", "later",
    "hr", "team", "teams", "a", "platforms",  # "A4" reads as the word "A"
}


def _forms(msg: ET.Element) -> list[str]:
    translation = msg.find("translation")
    if translation is None:
        return []
    if msg.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("ts", [TS_FILE, NL_TS_FILE], ids=lambda p: p.name)
def test_no_message_is_unfinished_in_either_language(ts: Path) -> None:
    problems = []
    for context, msg in _messages(ts):
        where = f"{context} / {msg.findtext('source')!r}"
        translation = msg.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {'missing' if translation is None else translation.get('type')}")
        elif not all(text.strip() for text in _forms(msg)):
            problems.append(f"{where}: empty")
    assert not problems, "\n".join(problems)


def test_the_dutch_file_has_the_singular_and_plural_of_every_counted_string(tmp_path: Path) -> None:
    """Dutch is the source language, but "%n termijn(en)" needs a Dutch singular and plural: every
    tr() with a count is in ogg_desktop_nl.ts (lupdate -pluralonly finds nothing new), nothing else is."""
    messages = _messages(NL_TS_FILE)
    assert messages, "ogg_desktop_nl.ts has no plural forms"
    for context, msg in messages:
        source = msg.findtext("source") or ""
        forms = _forms(msg)
        assert msg.get("numerus") == "yes", f"{context} / {source!r} is not a plural form"
        assert len(forms) == 2, f"{context} / {source!r}: {forms}"
        assert all(form.count("%n") == source.count("%n") for form in forms), f"{context} / {source!r}: {forms}"
        assert all(set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)) for form in forms)
    copy = tmp_path / NL_TS_FILE.name
    shutil.copyfile(NL_TS_FILE, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ogg_desktop").rglob("*.py"))
    result = subprocess.run(
        [_qt_tool("pyside6-lupdate"), *sources, "-pluralonly", "-no-obsolete", "-ts", str(copy)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    added = sorted(_keys(copy) - _keys(NL_TS_FILE))
    assert not added, f"add the Dutch singular and plural of these to {NL_TS_FILE.name}: {added}"
    vanished = sorted(_keys(NL_TS_FILE) - _keys(copy))
    assert not vanished, f"{NL_TS_FILE.name} has plural forms the code no longer uses: {vanished}"


def test_dutch_counts_read_as_dutch_singular_and_plural(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    qm = tmp_path / "ogg_desktop_nl.qm"
    result = subprocess.run([_qt_tool("pyside6-lrelease"), str(NL_TS_FILE), "-qm", str(qm)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "0 unfinished" in result.stdout, result.stdout + result.stderr
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert i18n.install_translator(app, "nl") is not None
    source = "%n termijn(en) verstreken. Zie de agenda."
    assert QCoreApplication.translate("MainWindow", source, "", 1) == "1 termijn verstreken. Zie de agenda."
    assert QCoreApplication.translate("MainWindow", source, "", 3) == "3 termijnen verstreken. Zie de agenda."
    assert QCoreApplication.translate("EvidenceTab", "%n afbeelding(en) geïmporteerd.", "", 1) == (
        "1 afbeelding geïmporteerd.")


def test_no_english_translation_is_the_dutch_source_left_as_it_was() -> None:
    untranslated = []
    for context, msg in _messages(TS_FILE):
        source = msg.findtext("source") or ""
        if source not in _forms(msg):
            continue
        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", PLACEHOLDER.sub("", source.replace("&", "")))
        if any(word.lower() not in SAME_IN_BOTH for word in words):
            untranslated.append(f"{context} / {source!r}")
    assert not untranslated, "English is the Dutch source here:\n" + "\n".join(untranslated)
