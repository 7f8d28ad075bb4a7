"""Notes, each with who may ever see it: counsellor only, the employee, or HR."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.notes import Note, Visibility
from ogg_desktop.gui.labels import visibility_label
from ogg_desktop.gui.widgets import InlineMessage
from ogg_desktop.services.session import Session


class NotesTab(QWidget):
    caseChanged = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.note: Note | None = None
        self._loading = False
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Notities"))
        self.list.setSpacing(3)
        self.list.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Nieuwe notitie"), self)
        self.delete_button = QPushButton(self.tr("Notitie &verwijderen…"), self)
        self.visibility = QComboBox(self)
        for v in Visibility:
            self.visibility.addItem(visibility_label(v), v.value)
        self.visibility.setAccessibleName(self.tr("Wie mag deze notitie zien"))
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Tekst van de notitie"))
        self.editor.setPlaceholderText(self.tr("Schrijf hier. Alles wordt direct versleuteld bewaard."))
        self.editor.setTabChangesFocus(True)
        self.status = QLabel(self)
        self.message = InlineMessage(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(800)
        self._timer.timeout.connect(self.flush)

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.new_button)
        ll.addWidget(self.delete_button)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        vis_row = QHBoxLayout()
        vis_label = QLabel(self.tr("&Zichtbaar voor:"), right)
        vis_label.setBuddy(self.visibility)
        vis_row.addWidget(vis_label)
        vis_row.addWidget(self.visibility)
        vis_row.addStretch(1)
        rl.addWidget(self.message)
        rl.addLayout(vis_row)
        rl.addWidget(self.editor, 1)
        rl.addWidget(self.status)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.list.currentItemChanged.connect(self._selected)
        self.new_button.clicked.connect(self._new)
        self.delete_button.clicked.connect(self._delete)
        self.editor.textChanged.connect(self._edited)
        self.visibility.currentIndexChanged.connect(self._edited)
        self._set_editing(False)

    def _set_editing(self, on: bool) -> None:
        self.editor.setEnabled(on)
        self.visibility.setEnabled(on)
        self.delete_button.setEnabled(on and self.note is not None)

    def load(self, case: Case, select_note: int | None = None) -> None:
        self.flush()
        self.case = case
        self.note = None
        self._loading = True
        self.list.clear()
        self.editor.clear()
        self._loading = False
        notes = self.session.notes.for_case(case)
        for note in notes:
            self._add_item(note)
        if notes:
            row = next((i for i, n in enumerate(notes) if n.id == select_note), len(notes) - 1)
            self.list.setCurrentRow(row)
        else:
            self._set_editing(True)  # typing straight away starts the first note
        self.status.setText("")

    def clear(self) -> None:
        self._timer.stop()
        self.case = None
        self.note = None
        self._loading = True
        self.list.clear()
        self.editor.clear()
        self._loading = False

    def _label(self, note: Note) -> str:
        first = note.body.strip().splitlines()[0] if note.body.strip() else ""
        when = note.created_at[:10]
        return f"{when} · {visibility_label(note.visibility)}\n{first[:60]}"

    def _add_item(self, note: Note) -> QListWidgetItem:
        item = QListWidgetItem(self._label(note), self.list)
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        return item

    @Slot(QListWidgetItem, QListWidgetItem)
    def _selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.flush()
        if current is None or self.case is None:
            return
        note_id = int(current.data(Qt.ItemDataRole.UserRole))
        note = next((n for n in self.session.notes.for_case(self.case) if n.id == note_id), None)
        self.note = note
        self._loading = True
        self.editor.setPlainText(note.body if note else "")
        if note:
            self.visibility.setCurrentIndex(self.visibility.findData(note.visibility.value))
        self._loading = False
        self._set_editing(True)

    @Slot()
    def _new(self) -> None:
        self.flush()
        self.note = None
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._loading = True
        self.editor.clear()
        self.visibility.setCurrentIndex(0)
        self._loading = False
        self._set_editing(True)
        self.editor.setFocus()

    @Slot()
    def _edited(self) -> None:
        if not self._loading:
            self._timer.start()

    @Slot()
    def flush(self) -> None:
        """Save what is in the editor now (also called on a timer while typing and on leaving)."""
        self._timer.stop()
        if self.case is None or self._loading:
            return
        body = self.editor.toPlainText()
        visibility = Visibility(self.visibility.currentData())
        if self.note is None:
            if not body.strip():
                return
            self.note = self.session.notes.add(self.case, body, visibility)
            self.list.blockSignals(True)
            item = self._add_item(self.note)
            self.list.setCurrentItem(item)
            self.list.blockSignals(False)
        else:
            if not body.strip() or (body == self.note.body and visibility == self.note.visibility):
                return
            self.note.body, self.note.visibility = body, visibility
            self.session.notes.update(self.case, self.note)
            current = self.list.currentItem()
            if current is not None:
                current.setText(self._label(self.note))
        self.delete_button.setEnabled(True)
        self.status.setText(self.tr("Opgeslagen."))
        assert self.case.id is not None
        self.caseChanged.emit(self.case.id)

    @Slot()
    def _delete(self) -> None:
        if self.case is None or self.note is None:
            return
        answer = QMessageBox.question(self, self.tr("Notitie verwijderen"),
                                      self.tr("Deze notitie definitief verwijderen?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.session.notes.delete(self.case, self.note)
        self.note = None
        self.load(self.case)
        assert self.case.id is not None
        self.caseChanged.emit(self.case.id)
