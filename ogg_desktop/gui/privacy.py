"""Privacy hygiene at the Qt layer: no plaintext trail outside the vault.

- File dialogs: always Qt's own (non-native) dialog, so no desktop file chooser adds the chosen file
  to a "recently used" list (GTK writes ``recently-used.xbel``) or makes thumbnails of the folder.
  Qt's own dialog saves its folder history, the last visited folder and its layout in Qt's
  settings (``~/.config/QtProject.conf``, group ``FileDialog``) when it is destroyed; that group is
  removed again after every dialog, and at start and exit.
- Clipboard: case text copied for the user is cleared again after 30 seconds, and on exit or lock,
  but only while the clipboard still holds exactly that text (what the user copied since is theirs).
  Clipboard managers that honour the password-manager hint do not keep it in their history.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

QT_SETTINGS_ORGANISATION = "QtProject"
FILE_DIALOG_KEYS = ("FileDialog", "Qt/filedialog")  # Qt 6's group, and the state key older Qt wrote
CLEAR_AFTER_MS = 30_000
# Tells clipboard managers (KDE Klipper, and others that follow it) not to keep the text in their history.
CLIPBOARD_HISTORY_HINT = "x-kde-passwordManagerHint"
_GUARD_NAME = "ogg-clipboard-guard"


# File dialogs ------------------------------------------------------------------------------------
def forget_file_dialog_history() -> None:
    """Remove what Qt's file dialog remembers (visited folders, last folder, layout) from Qt's own
    settings file; the file itself goes when nothing else is left in it."""
    settings = QSettings(QSettings.Scope.UserScope, QT_SETTINGS_ORGANISATION)
    if not any(settings.contains(key) or key in settings.childGroups() for key in FILE_DIALOG_KEYS):
        return
    for key in FILE_DIALOG_KEYS:
        settings.remove(key)
    settings.sync()
    path = Path(settings.fileName())
    if not settings.allKeys():
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_size == 0:
                path.unlink()


def _options() -> QFileDialog.Option:
    return QFileDialog.Option.DontUseNativeDialog


def choose_open_files(parent: QWidget | None, caption: str, directory: str = "",
                      name_filter: str = "") -> list[str]:
    """``QFileDialog.getOpenFileNames`` without a trail: Qt's own dialog, its history forgotten."""
    try:
        names, _ = QFileDialog.getOpenFileNames(parent, caption, directory, name_filter, options=_options())
    finally:
        forget_file_dialog_history()
    return list(names)


def choose_save_file(parent: QWidget | None, caption: str, directory: str = "",
                     name_filter: str = "") -> str:
    """``QFileDialog.getSaveFileName`` without a trail: Qt's own dialog, its history forgotten."""
    try:
        name, _ = QFileDialog.getSaveFileName(parent, caption, directory, name_filter, options=_options())
    finally:
        forget_file_dialog_history()
    return str(name)


# Clipboard ---------------------------------------------------------------------------------------
class ClipboardGuard(QObject):
    """Copies case text to the clipboard and takes it away again.

    One guard per application (``install`` in the composition root; ``for_app`` finds it): the
    clipboard is one per application too. ``clear_now`` on exit and lock."""

    # The guard let go of its text (interval over, exit or lock): True when it cleared the clipboard,
    # False when the clipboard held something else by then (the user's own copy stays).
    released = Signal(bool)

    def __init__(self, interval_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.clear_now)

    @classmethod
    def install(cls, app: QCoreApplication, interval_ms: int = CLEAR_AFTER_MS) -> ClipboardGuard:
        """The application's guard (made once; a second call returns the first, with its interval)."""
        found = app.findChild(ClipboardGuard, _GUARD_NAME)
        if isinstance(found, ClipboardGuard):
            found.set_interval(interval_ms)
            return found
        guard = cls(interval_ms, app)
        guard.setObjectName(_GUARD_NAME)
        return guard

    @classmethod
    def for_app(cls) -> ClipboardGuard:
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication is needed for the clipboard"
        found = app.findChild(ClipboardGuard, _GUARD_NAME)
        return found if isinstance(found, ClipboardGuard) else cls.install(app)

    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)

    def holds_ours(self) -> bool:
        """True while the clipboard still holds exactly the text this guard put there."""
        return self._ours is not None and QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == self._ours

    def copy_case_text(self, text: str) -> None:
        """Put ``text`` on the clipboard; it is cleared after the interval if it is still there."""
        mime = QMimeData()
        mime.setText(text)
        mime.setData(CLIPBOARD_HISTORY_HINT, b"secret")
        QGuiApplication.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)  # the clipboard owns it now
        self._ours = text
        self._timer.start()

    @staticmethod
    def drop_selection() -> bool:
        """X11's PRIMARY selection: text selected in one of our fields (a name, a threat) stays
        pasteable with a middle click in any other program for as long as this app owns it, also
        after the window is gone. On lock and exit it goes. True when there was one to drop."""
        board = QGuiApplication.clipboard()
        if not board.supportsSelection() or not board.ownsSelection():
            return False
        board.clear(QClipboard.Mode.Selection)
        return True

    @Slot()
    def clear_now(self) -> None:
        """Clear the clipboard if it still holds our text; forget the text either way."""
        self._timer.stop()
        if self._ours is None:
            return
        still_ours = self.holds_ours()
        self._ours = None
        if still_ours:
            QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
        self.released.emit(still_ours)
