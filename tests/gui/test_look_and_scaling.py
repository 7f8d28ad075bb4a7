"""How the app looks for people who need it to: a high-contrast look (black, white, yellow) at 7:1 that every
window follows, a visible focus, states said in words and not by colour alone, and every window fitting a
1920×1080 screen at 200 % scaling. The dialogs come from the one table in test_accessibility.py."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.gui.screen_fit import install as install_screen_fit
from ogg_desktop.gui.theme import apply_theme, contrast_ratio
from ogg_desktop.gui.widgets import InlineMessage, StrengthMeter
from ogg_desktop.services.session import Session
from tests.gui.test_accessibility import DIALOGS, Ctx, make_ctx


@pytest.fixture
def ctx(qtbot: QtBot, session: Session, settings: QSettings, tmp_path: Path) -> Ctx:
    return make_ctx(qtbot, session, settings, tmp_path)

# High contrast -----------------------------------------------------------------------------------

HARD_CODED_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|(?<![\w-])(?:color|background|border)[^;{}]*?"
                               r"\b(?:white|black|red|green|blue|yellow|orange|gray|grey)\b")


def _normal_look(app: QApplication) -> None:
    """Back to the look the other tests expect (no app-wide style sheet)."""
    apply_theme(app, False)
    app.setStyleSheet("")


@pytest.fixture
def high_contrast(qapp: QApplication) -> Iterator[None]:
    apply_theme(qapp, True)
    yield
    _normal_look(qapp)


def test_high_contrast_palette_has_a_contrast_of_at_least_7_to_1(high_contrast: None) -> None:
    palette = QApplication.palette()
    r = QPalette.ColorRole
    for back, fore in ((r.Window, r.WindowText), (r.Base, r.Text), (r.Button, r.ButtonText),
                       (r.Highlight, r.HighlightedText), (r.ToolTipBase, r.ToolTipText), (r.Base, r.PlaceholderText)):
        ratio = contrast_ratio(palette.color(back), palette.color(fore))
        assert ratio >= 7, (back, fore, ratio)
    assert contrast_ratio(palette.color(r.Window), palette.color(QPalette.ColorGroup.Disabled, r.WindowText)) >= 4.5


def _stylesheet_colours(root: QWidget) -> list[str]:
    return [f"{type(w).__name__}: {w.styleSheet()}" for w in [root, *root.findChildren(QWidget)]
            if HARD_CODED_COLOUR.search(w.styleSheet())]


def test_in_high_contrast_no_window_keeps_a_colour_of_its_own(qtbot: QtBot, ctx: Ctx, high_contrast: None) -> None:
    """Every coloured box (messages, the retention banner, the consent gate, hints, the strength bar) takes
    the palette's colours, so nothing stays pale-on-black."""
    window = ctx.window
    window.overdue_banner.show_message("warning", "Eén termijn verstreken.")
    window.retention_banner.show()
    found = _stylesheet_colours(window)
    for key in sorted(DIALOGS):
        dialog = DIALOGS[key](ctx)
        found += [f"[{key}] {f}" for f in _stylesheet_colours(dialog)]
        dialog.deleteLater()
    assert not found, "\n".join(found)
    assert "palette(" in window.overdue_banner.styleSheet()


def test_the_menu_switches_high_contrast_at_once_and_remembers_it(qtbot: QtBot, ctx: Ctx, qapp: QApplication) -> None:
    window = ctx.window
    window.overdue_banner.show_message("error", "De back-up is mislukt.")
    assert "#fdecea" in window.overdue_banner.styleSheet()  # the normal look: a light red box
    try:
        window.contrast_action.trigger()
        assert window.contrast_action.isChecked()
        assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
        assert "palette(window)" in window.overdue_banner.styleSheet()  # the message already shown follows
        assert str(ctx.settings.value("view/high_contrast")).lower() == "true"
        window.grab().save("/tmp/a11y-main-high-contrast.png")
        window.contrast_action.trigger()
        assert "#fdecea" in window.overdue_banner.styleSheet()
        assert str(ctx.settings.value("view/high_contrast")).lower() == "false"
    finally:
        _normal_look(qapp)


# Not by colour alone ----------------------------------------------------------------------------

def test_the_kind_of_a_message_is_said_in_words(qtbot: QtBot) -> None:
    message = InlineMessage()
    qtbot.addWidget(message)
    for kind, word in (("error", "Fout: "), ("warning", "Let op: "), ("success", "Gelukt: ")):
        message.show_message(kind, "tekst")
        assert message.text().startswith(word)


def _top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def test_late_aftercare_and_agenda_items_say_so_in_text(qtbot: QtBot, ctx: Ctx,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    later = date.today() + timedelta(days=200)  # long after the demo's deadlines: everything open is late
    agenda = ctx.window.agenda
    agenda.reload(later)
    headers = [item.text(0) for item in _top_items(agenda.tree)]
    assert any(h.startswith("Te laat (") and not h.startswith("Te laat (0)") for h in headers), headers
    assert "verstreken" in agenda.summary.text()
    monkeypatch.setattr("ogg_desktop.gui.tabs.aftercare.today", lambda: later)
    tab = ctx.window.case_view.aftercare
    tab.load(ctx.case)
    tree = tab.aftercare
    groups = _top_items(tree)
    rows = [row for g in groups for row in (g.child(j) for j in range(g.childCount())) if row is not None]
    assert any("te laat:" in g.text(0) for g in groups), [g.text(0) for g in groups]
    assert any(row.text(3) == "Te laat" and row.font(0).bold() for row in rows), [r.text(3) for r in rows]


def test_the_strength_of_a_new_passphrase_is_said_in_words(qtbot: QtBot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.update_for("abc")
    assert meter.label.text().startswith("Sterkte: ")


# 200 % scaling -----------------------------------------------------------------------------------

SCALED = os.environ.get("OGG_A11Y_SCALED") == "1"
SCREEN_1080P = {"screens": [{"name": "1080p", "x": 0, "y": 0, "width": 1920, "height": 1080,
                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def test_every_window_fits_a_1080p_screen_at_200_percent(tmp_path: Path) -> None:
    """Qt's scale factor is fixed when the app starts: the check runs in a fresh process on a 1920×1080
    screen at 200 % (960×540 logical pixels)."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN_1080P))
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               OGG_A11Y_SCALED="1")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:randomly",
                             f"{__file__}::test_at_200_percent_in_this_process"], env=env, capture_output=True,
                            text=True, timeout=600, check=False)
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.skipif(not SCALED, reason="runs inside test_every_window_fits_a_1080p_screen_at_200_percent")
def test_at_200_percent_in_this_process(qtbot: QtBot, ctx: Ctx, qapp: QApplication) -> None:
    install_screen_fit(qapp)
    room = QApplication.primaryScreen().availableGeometry()
    assert (room.width(), room.height()) == (960, 540)
    problems: list[str] = []

    def check(name: str, window: QWidget) -> None:
        qtbot.waitExposed(window)
        qtbot.wait(20)
        frame = window.frameGeometry()
        if not room.contains(frame):
            problems.append(f"{name}: {frame.getRect()} does not fit {room.getRect()}")
        if window.minimumHeight() > room.height() or window.minimumWidth() > room.width():
            problems.append(f"{name}: cannot be made smaller than {window.minimumSize().toTuple()}")

    window = MainWindow(ctx.session, ctx.settings)  # a second one, made while the screen fit watches
    qtbot.addWidget(window)
    window.show()
    assert ctx.case.id is not None
    window.case_view.show_case(ctx.case.id)
    for index in range(window.case_view.tabs.count()):
        window.case_view.tabs.setCurrentIndex(index)
        check(f"main window, tab {window.case_view.tabs.tabText(index)}", window)
        if index == 4:
            window.grab().save("/tmp/a11y-main-200.png")
    for key in sorted(DIALOGS):
        dialog = DIALOGS[key](ctx)
        dialog.show()
        check(key, dialog)
        if key.endswith(("PlatformReportDialog", "NoticeDialog")):
            dialog.grab().save(f"/tmp/a11y-200-{key.rsplit(':', 1)[1]}.png")
        dialog.close()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high-contrast"])
def test_the_focused_control_is_visibly_marked(qtbot: QtBot, ctx: Ctx, qapp: QApplication, contrast: bool) -> None:
    """Tab to a button and to a field: each looks different with the focus than without it (in high
    contrast: a yellow frame)."""
    apply_theme(qapp, contrast)
    try:
        dialog = DIALOGS["dialogs.new_case:NewCaseDialog"](ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        for widget in (dialog.findChildren(QPushButton)[0], dialog.findChildren(QLineEdit)[1]):
            dialog.setFocus()
            before = widget.grab().toImage()
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus)
            after = widget.grab().toImage()
            assert before != after, widget
            if contrast:
                yellow = {after.pixelColor(x, 1).name() for x in range(after.width())}
                assert "#ffff00" in yellow, (widget, yellow)
        dialog.grab().save(f"/tmp/a11y-focus-{'hc' if contrast else 'normal'}.png")
    finally:
        _normal_look(qapp)
