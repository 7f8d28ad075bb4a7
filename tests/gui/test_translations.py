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
        assert titles == ["&Case", "&Vault", "&Organisation", "&Language", "&Help"]
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
