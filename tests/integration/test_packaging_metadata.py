"""The Linux desktop integration files: valid for the tools distributions use, and pointing at what
``make package`` actually builds (the executable's name, the icon's name, the AppStream id).

When dist/ogg-desktop exists (CI builds it before the tests), the built folder itself is checked too.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ogg_desktop import APP_ID, DESKTOP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
BUILD_SCRIPT = ROOT / "packaging" / "build-linux"
SPEC = ROOT / "packaging" / "ogg-desktop.spec"
DIST = ROOT / "dist" / "ogg-desktop"


def _app_id() -> str:
    match = re.search(r"^APP_ID=(\S+)", BUILD_SCRIPT.read_text(), re.MULTILINE)
    assert match, "packaging/build-linux sets APP_ID"
    return match.group(1)


def _executable_name() -> str:
    match = re.search(r'EXE\(.*?name="([^"]+)"', SPEC.read_text(), re.DOTALL)
    assert match, "the spec names its executable"
    return match.group(1)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{_app_id()}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/setup installs it)")
    return path


def test_metainfo_passes_appstream_validation() -> None:
    metainfo = LINUX / f"{_app_id()}.metainfo.xml"
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(LINUX / f"{_app_id()}.desktop")],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_metainfo_names_the_app_in_dutch_and_english_with_rating_licence_and_this_release() -> None:
    root = ET.parse(LINUX / f"{_app_id()}.metainfo.xml").getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert root.findtext("id") == _app_id() == DESKTOP_ID  # the running app names its desktop entry by this id
    assert root.findtext("launchable") == f"{_app_id()}.desktop"
    assert {s.get(lang) for s in root.findall("summary")} == {None, "nl"}
    assert {p.get(lang) for p in root.findall("description/p")} == {None, "nl"}
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")
    assert root.findtext("project_license") and root.findtext("metadata_license")
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    assert root.findtext("provides/binary") == _executable_name()


def test_desktop_entry_starts_and_shows_what_the_build_produces() -> None:
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == _executable_name() == "ogg-desktop"
    assert entry["TryExec"] == _executable_name()
    assert entry["Icon"] == _app_id()
    assert entry["StartupWMClass"] == APP_ID  # the window class Qt gives the app (its application name)
    assert entry["Name"] and entry["Comment"] and entry["Comment[nl]"] and entry["GenericName[nl]"]
    # build-linux installs the app icon under the Icon name, from the file the app itself shows
    script = BUILD_SCRIPT.read_text()
    assert 'resources/icons/ogg-desktop.svg "$DIST/share/icons/hicolor/scalable/apps/$APP_ID.svg"' in script
    assert (ROOT / "resources" / "icons" / "ogg-desktop.svg").is_file()


def test_the_built_folder_holds_the_executable_and_the_named_files() -> None:
    if not (DIST / _executable_name()).exists():
        pytest.skip("dist/ogg-desktop is not built (make package)")
    app_id = _app_id()
    assert (DIST / _executable_name()).stat().st_mode & 0o111
    share = DIST / "share"
    assert (share / "applications" / f"{app_id}.desktop").read_bytes() == (LINUX / f"{app_id}.desktop").read_bytes()
    assert (share / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / f"{_desktop_entry()['Icon']}.svg"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "ogg-desktop.svg").read_bytes()
    internal = DIST / "_internal" / "resources"
    assert (internal / "i18n" / "ogg_desktop_en.qm").is_file()
    assert (internal / "fonts" / "DejaVuSans.ttf").is_file()
