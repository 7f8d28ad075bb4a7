"""Build a report off the GUI thread, with a progress dialog and a working Cancel.

The snapshot is taken in the GUI thread (it reads the vault's main connection); the layout and the
writing happen in a worker thread that reads images through its own connection. Only when the file
is complete is it entered in the "shared with" log, back in the GUI thread.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ogg_desktop.reports.errors import ReportCancelledError

if TYPE_CHECKING:  # named in signatures only: the lock code imports this module at start-up
    from ogg_desktop.domain.exports import Export
    from ogg_desktop.reports.model import ReportData
    from ogg_desktop.services.session import Session


class _Worker(QObject):
    progressed = Signal(int, int)
    done = Signal(str, int)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, session: Session, data: ReportData, target: Path, stop: threading.Event) -> None:
        super().__init__()
        self.session, self.data, self.target, self.stop = session, data, target, stop

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.stop.is_set()

    @Slot()
    def run(self) -> None:
        try:
            sha256, size = self.session.reports.render_to(self.data, self.target, self._progress)
        except ReportCancelledError:
            self.cancelled.emit()
        except Exception as exc:  # every failure is reported to the user in words
            self.failed.emit(exc)
        else:
            self.done.emit(sha256, size)


class ReportRunner(QObject):
    """One report build. ``finished(export)`` on success, ``failed(exception)``, ``cancelled()``."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, session: Session, data: ReportData, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.data, self.target = session, data, target
        self._stop = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(session, data, target, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._progressed)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._worker.cancelled.connect(self._cancelled)
        total = 2 * len(data.items)  # placing each item, then attaching each original
        self.dialog = QProgressDialog(self.tr("Rapport maken…"), self.tr("Annuleren"), 0, max(total, 1), parent)
        self.dialog.setWindowTitle(self.tr("Rapport maken"))
        self.dialog.setAccessibleName(self.tr("Voortgang van het rapport"))
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.dialog.show()
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        self._stop.set()
        self.dialog.setLabelText(self.tr("Annuleren…"))

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def _end(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.hide()
        self.dialog.deleteLater()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._stop.is_set():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        items = total // 2
        if not items:
            self.dialog.setLabelText(self.tr("Rapport maken…"))
        elif done <= items:
            self.dialog.setLabelText(self.tr("Bewijsstuk {done} van {total} geplaatst…").format(done=done, total=items))
        else:
            self.dialog.setLabelText(self.tr("Origineel {done} van {total} bijgevoegd…").format(
                done=done - items, total=items))

    @Slot(str, int)
    def _done(self, sha256: str, size: int) -> None:
        self._end()
        export: Export = self.session.reports.record(self.data, sha256, size)
        self.finished.emit(export)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._end()
        self.failed.emit(error)

    @Slot()
    def _cancelled(self) -> None:
        self._end()
        self.cancelled.emit()
