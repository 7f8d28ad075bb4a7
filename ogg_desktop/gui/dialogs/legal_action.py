"""Step 6: a legal step with a lawyer."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ogg_desktop.domain.case import Case
from ogg_desktop.domain.workflow import LegalAction, LegalKind
from ogg_desktop.gui.dialogs.report_common import _buttons, _Dialog, _form, _named, today
from ogg_desktop.gui.labels import legal_kind_label
from ogg_desktop.gui.widgets import InlineMessage, OptionalDateEdit


class LegalActionDialog(_Dialog):
    def __init__(self, action: LegalAction | None, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.existing = action
        self.setWindowTitle(self.tr("Juridische stap wijzigen") if action else self.tr("Juridische stap vastleggen"))
        self.message = InlineMessage(self)
        self.lawyer = QLineEdit(self)
        self.lawyer.setPlaceholderText(self.tr("naam en kantoor"))
        self.kind = QComboBox(self)
        for kind in LegalKind:
            self.kind.addItem(legal_kind_label(kind), kind.value)
        self.started_on = OptionalDateEdit(self.tr("Gestart op"), self)
        self.next_date = OptionalDateEdit(self.tr("Volgende datum"), self)
        self.outcome = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        _named(((self.lawyer, self.tr("Advocaat")), (self.kind, self.tr("Soort procedure")),
                (self.outcome, self.tr("Uitkomst")), (self.note, self.tr("Notitie"))))
        form = _form(self)
        form.addRow(self.message)
        form.addRow(self.tr("&Advocaat"), self.lawyer)
        form.addRow(self.tr("&Soort procedure"), self.kind)
        form.addRow(self.tr("&Gestart op"), self.started_on)
        form.addRow(self.tr("&Volgende datum"), self.next_date)
        form.addRow(self.tr("&Uitkomst"), self.outcome)
        form.addRow(self.tr("&Notitie"), self.note)
        form.addRow(_buttons(self, self.tr("Opslaan")))
        self.next_date.set_value(None)
        if action is not None:
            self.lawyer.setText(action.lawyer)
            self.kind.setCurrentIndex(self.kind.findData(action.kind.value))
            self.started_on.set_value(action.started_on)
            self.next_date.set_value(action.next_date)
            self.outcome.setText(action.outcome)
            self.note.setPlainText(action.note)
        else:
            self.started_on.set_value(today())
        self.resize(560, 0)

    def accept(self) -> None:
        started, following = self.started_on.value(), self.next_date.value()
        if started and following and following < started:
            self.message.show_message("error", self.tr("De volgende datum ligt vóór de start."))
            self.fit()
            return
        super().accept()

    def action(self) -> LegalAction:
        return LegalAction(
            case_id=self.case.id or 0, kind=LegalKind(self.kind.currentData()), lawyer=self.lawyer.text().strip(),
            started_on=self.started_on.value(), next_date=self.next_date.value(),
            outcome=self.outcome.text().strip(), note=self.note.toPlainText().strip(),
            id=self.existing.id if self.existing else None,
        )
