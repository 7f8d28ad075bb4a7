"""The app's colours in one place: the normal (Fusion) look and a high-contrast look (black, white and
yellow) for counsellors with low vision, stored in QSettings ("view/high_contrast").

Widgets never hard-code a colour in a stylesheet: a coloured box (an inline message, the consent gate,
a hint) asks ``set_tone(widget, kind)``, which writes its stylesheet for the current look and re-writes
it when the look changes. In high contrast every tone is the palette's own black/white with a yellow
border: the kind is said in words in the text (see InlineMessage), never by colour alone."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

SETTING = "view/high_contrast"
TONE_PROPERTY = "oggTone"

BLACK, WHITE, YELLOW, GREY = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#c8c8c8")

# Light tint, dark text, a thin border (background, text, border): the text on its tint is at least 7:1.
_TONES = {
    "error": ("#fdecea", "#611a15", "1px solid #f5c2c0"),
    "warning": ("#fff4e5", "#663c00", "1px solid #ffd599"),
    "info": ("#e8f1fb", "#0b3a67", "1px solid #b6d4f2"),
    "success": ("#edf7ed", "#1e4620", "1px solid #b7dfb9"),
}
_HIGH_CONTRAST_TONE = ("palette(window)", "palette(window-text)", "2px solid palette(highlight)")

# Strength of a new passphrase, weakest to strongest (the words next to the bar say it too).
_STRENGTH = ["#c62828", "#c62828", "#ef6c00", "#2e7d32", "#1b5e20"]

# Fusion draws the frames of fields, check boxes and buttons a shade darker than the window: on black that
# is black, so in high contrast they get a white frame, a yellow one when focused, and a check box that is
# filled (not only coloured) when checked. Palette roles only, no colour of its own.
_HIGH_CONTRAST_SHEET = """
QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView, QPushButton {
    border: 1px solid palette(window-text); }
QPushButton { padding: 3px 10px; }
QPushButton:default { border-width: 2px; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QTextEdit:focus, QPlainTextEdit:focus,
QAbstractItemView:focus, QPushButton:focus, QToolButton:focus {
    border: 3px solid palette(highlight); }
QCheckBox:focus, QRadioButton:focus, QGroupBox:focus { outline: none; border: 2px solid palette(highlight); }
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator, QAbstractItemView::indicator {
    width: 13px; height: 13px; border: 2px solid palette(window-text); background: palette(base); }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked, QGroupBox::indicator:checked,
QAbstractItemView::indicator:checked { background: palette(highlight); border-color: palette(highlight); }
QCheckBox::indicator:disabled, QAbstractItemView::indicator:disabled { border-style: dotted; }
QTabBar::tab { border: 1px solid palette(window-text); padding: 4px 10px; margin-right: 2px; }
QTabBar::tab:selected { border: 3px solid palette(highlight); }
QTabBar::tab:focus { text-decoration: underline; }
"""

# In the normal look Fusion draws the default button (Enter) with the same blue frame whether it has the
# focus or not: a focused button gets a thick frame of its own, so Tab always shows where it is.
_FOCUS_SHEET = """
QPushButton:focus { border: 2px solid palette(highlight); border-radius: 3px; padding: 0px 4px;
                    background: palette(button); color: palette(button-text); }
"""

_state = {"high_contrast": False}


def high_contrast() -> bool:
    return _state["high_contrast"]


def high_contrast_palette() -> QPalette:
    """White text on black, yellow for focus and selection; greyed (not dimmed to black) when disabled."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, BLACK), (roles.WindowText, WHITE), (roles.Base, BLACK),
                         (roles.AlternateBase, QColor("#1a1a1a")), (roles.Text, WHITE), (roles.Button, BLACK),
                         (roles.ButtonText, WHITE), (roles.BrightText, YELLOW), (roles.Highlight, YELLOW),
                         (roles.HighlightedText, BLACK), (roles.Link, YELLOW), (roles.LinkVisited, YELLOW),
                         (roles.ToolTipBase, BLACK), (roles.ToolTipText, YELLOW), (roles.PlaceholderText, GREY),
                         (roles.Light, WHITE), (roles.Midlight, GREY), (roles.Mid, WHITE), (roles.Dark, GREY),
                         (roles.Shadow, WHITE), (roles.Accent, YELLOW)):
        p.setColor(QPalette.ColorGroup.All, role, colour)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9a9a9a"))
    return p


def tone_colours(kind: str) -> tuple[str, str, str]:
    return _HIGH_CONTRAST_TONE if high_contrast() else _TONES[kind]


def tone_style(kind: str, selector: str = "QLabel", extra: str = "") -> str:
    """The stylesheet of a coloured box; labels inside it take its text colour, and a focusable box shows
    its focus with a thick border in the palette's highlight colour."""
    background, text, border = tone_colours(kind)
    return (f"{selector} {{ background:{background}; color:{text}; border:{border}; {extra} }} "
            f"{selector}:focus {{ border:3px solid palette(highlight); }} "
            f"{selector} QLabel {{ color:{text}; background:transparent; border:none; }}")


def set_tone(widget: QWidget, kind: str, selector: str = "QLabel", extra: str = "") -> None:
    """Colour ``widget`` as an error/warning/info/success box; it follows later changes of the look."""
    widget.setProperty(TONE_PROPERTY, "|".join((kind, selector, extra)))
    widget.setStyleSheet(tone_style(kind, selector, extra))


def strength_colour(score: int) -> str:
    return "palette(highlight)" if high_contrast() else _STRENGTH[max(0, min(score, 4))]


def warning_text_colour() -> QColor | None:
    """The colour that marks a late row in a list (bold, with the state in words); None in high contrast,
    where the palette's own text colour is the readable one."""
    return None if high_contrast() else QColor("#8b0000")


def bad_row_background() -> QColor | None:
    return None if high_contrast() else QColor("#fdecea")


def apply_theme(app: QApplication, high_contrast_on: bool) -> None:
    """Switch the whole app, also windows already open."""
    _state["high_contrast"] = high_contrast_on
    app.setStyle("Fusion")  # the palette below is made for Fusion; other styles ignore parts of it
    app.setPalette(high_contrast_palette() if high_contrast_on else app.style().standardPalette())
    app.setStyleSheet(_HIGH_CONTRAST_SHEET if high_contrast_on else _FOCUS_SHEET)
    for widget in app.allWidgets():
        tone = widget.property(TONE_PROPERTY)
        if isinstance(tone, str) and tone:
            kind, selector, extra = tone.split("|", 2)
            widget.setStyleSheet(tone_style(kind, selector, extra))


def apply_saved_theme(app: QApplication, settings: QSettings) -> bool:
    on = str(settings.value(SETTING, "false")).lower() in ("true", "1")
    apply_theme(app, on)
    return on


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio: 21 for black on white, 7 and up is level AAA."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def current_app() -> QApplication | None:
    app = QGuiApplication.instance()
    return app if isinstance(app, QApplication) else None
