"""Retention: the cases whose retention date has passed, and per case destroy or extend (with a reason).

Destroying asks the user to type the case's reference: a wrong click cannot remove a case.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.case import Case, CaseStatus
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import status_label
from ogg_desktop.gui.messages import vault_error_text
from ogg_desktop.gui.widgets import InlineMessage, to_date, to_qdate
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.retention import MIN_REASON, Destruction, ReferenceMismatchError
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import VaultError


def _today() -> date:
    return now_utc().astimezone().date()


def _grow_to_fit(dialog: QDialog) -> None:
    """Make room for a message shown after the dialog was laid out (wrapped text needs the height)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
        needed = layout.heightForWidth(dialog.width()) if layout.hasHeightForWidth() else dialog.sizeHint().height()
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)


class DestroyCaseDialog(QDialog):
    """Confirm a destruction by typing the reference; says what goes, that it is final, and what stays."""

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.result_destruction: Destruction | None = None
        self.setWindowTitle(self.tr("Dossier vernietigen"))
        day = today or _today()

        heading = QLabel(self.tr("Vernietigen: {reference} — {title}").format(
            reference=case.reference, title=case.title), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        what = QLabel(self.tr(
            "Alles van dit dossier wordt uit de kluis gewist: het bewijs (ook bewerkte kopieën), notities, "
            "het stappenplan, toestemmingen, gesprekken, nazorg, meldingen, de lijst ‘Gedeeld met’, de accounts "
            "en de betrokkenen die in geen ander dossier voorkomen."), self)
        final = QLabel(self.tr("Dit kan niet ongedaan worden gemaakt."), self)
        final.setFont(font)
        stays = QLabel(self.tr(
            "Back-ups bevatten het dossier nog tot u ze vervangt of verwijdert — ook de back-ups die de app bij "
            "een update naast de kluis zet. PDF's en bestanden die u eerder exporteerde, blijven waar ze staan. "
            "In de geschiedenis van de kluis blijft alleen staan dát dit dossier is vernietigd, met het kenmerk "
            "en aantallen — geen inhoud."), self)
        labels = [what, stays]
        if case.status != CaseStatus.CLOSED and (case.retention_until is None or case.retention_until > day):
            early = QLabel(self.tr("Let op: dit dossier is niet gesloten en de bewaartermijn is nog niet "
                                   "verstreken."), self)
            labels.append(early)
            self.early_warning: QLabel | None = early
        else:
            self.early_warning = None
        for label in (*labels, final):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(case.reference)
        self.reference.setAccessibleName(self.tr("Kenmerk ter bevestiging"))
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.destroy_button = self.buttons.addButton(self.tr("&Definitief vernietigen"),
                                                     QDialogButtonBox.ButtonRole.DestructiveRole)
        self.destroy_button.setAccessibleName(self.tr("Dossier definitief vernietigen"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.destroy_button.setDefault(True)
        self.destroy_button.clicked.connect(self._destroy)
        self.buttons.rejected.connect(self.reject)

        confirm = QLabel(self.tr("Typ ter bevestiging het kenmerk &{reference}:").format(
            reference=case.reference), self)
        confirm.setBuddy(self.reference)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(what)
        layout.addWidget(final)
        layout.addWidget(stays)
        if self.early_warning is not None:
            layout.addWidget(self.early_warning)
        layout.addSpacing(6)
        layout.addWidget(confirm)
        layout.addWidget(self.reference)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.reference.setFocus()

    @Slot()
    def _destroy(self) -> None:
        typed = self.reference.text()
        if not typed.strip():
            self.message.show_message("error", self.tr(
                "Typ het kenmerk {reference} om te bevestigen. Er is niets verwijderd.").format(
                reference=self.case.reference))
            self.reference.setFocus()
            _grow_to_fit(self)
            return
        try:
            self.result_destruction = self.session.retention.destroy(self.case, typed)
        except ReferenceMismatchError:
            self.message.show_message("error", self.tr(
                "‘{typed}’ is niet het kenmerk van dit dossier ({reference}). Er is niets verwijderd.").format(
                typed=typed.strip(), reference=self.case.reference))
            self.reference.selectAll()
            self.reference.setFocus()
            _grow_to_fit(self)
            return
        except KeyError:
            self.message.show_message("error", self.tr("Dit dossier bestaat niet meer in de kluis."))
            return
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return
        self.accept()


class ExtendRetentionDialog(QDialog):
    """A later retention date, with the reason (kept as a note only the counsellor sees)."""

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.today = today or _today()
        self.setWindowTitle(self.tr("Bewaartermijn verlengen"))
        current = (self.tr("Huidige bewaartermijn: tot {date}").format(date=formats.long_date(case.retention_until))
                   if case.retention_until else self.tr("Nog geen bewaartermijn"))
        intro = QLabel(self.tr("{reference} — {title}\n{current}").format(
            reference=case.reference, title=case.title, current=current), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        earliest = max(self.today, case.retention_until or self.today) + timedelta(days=1)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMMM yyyy")
        self.until.setMinimumDate(to_qdate(earliest))
        self.until.setDate(to_qdate(max(earliest, self.today + timedelta(days=365))))
        self.until.setAccessibleName(self.tr("Nieuwe bewaardatum"))
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Waarom blijft dit dossier langer bewaard? Bijvoorbeeld: de "
                                               "juridische procedure loopt nog."))
        self.reason.setAccessibleName(self.tr("Reden voor verlengen"))
        self.reason.setMaximumHeight(120)
        self.counter = QLabel(self)
        self.counter.setAccessibleName(self.tr("Lengte van de reden"))
        hint = QLabel(self.tr("De reden wordt als notitie (alleen voor u) bij het dossier bewaard. In de "
                              "geschiedenis komt alleen de nieuwe datum."), self)
        hint.setWordWrap(True)
        self.message = InlineMessage(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Verlengen"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.message)
        form.addRow(self.tr("&Bewaren tot"), self.until)
        form.addRow(self.tr("&Reden"), self.reason)
        form.addRow("", self.counter)
        form.addRow(hint)
        form.addRow(buttons)
        self.setMinimumWidth(520)
        self.reason.textChanged.connect(self._count)
        self._count()
        self.reason.setFocus()

    def _reason_length(self) -> int:
        return len(" ".join(self.reason.toPlainText().split()))

    @Slot()
    def _count(self) -> None:
        missing = MIN_REASON - self._reason_length()
        self.counter.setText(self.tr("Nog minstens {n} tekens.").format(n=missing) if missing > 0
                             else self.tr("Lang genoeg."))

    @Slot()
    def _save(self) -> None:
        until = to_date(self.until.date())
        heading = self.tr("Bewaartermijn verlengd tot {date}").format(date=until.strftime("%d-%m-%Y"))
        try:
            self.session.retention.extend(self.case, until, self.reason.toPlainText(), heading=heading,
                                          today=self.today)
        except InvalidInputError as exc:
            texts = []
            if "retention_reason_too_short" in exc.problems:
                texts.append(self.tr("Geef een reden van minstens {n} tekens.").format(n=MIN_REASON))
            if "retention_not_later" in exc.problems:
                texts.append(self.tr("Kies een datum na vandaag en na de huidige bewaardatum."))
            if not texts:
                texts.append(self.tr("Deze datum kan niet: hij ligt vóór de openingsdatum van het dossier."))
            self.message.show_message("error", " ".join(texts))
            _grow_to_fit(self)
            return
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return
        self.accept()


class RetentionDialog(QDialog):
    """Every case whose retention date has passed, with destroy and extend per case."""

    caseDestroyed = Signal(int)
    caseChanged = Signal(int)
    caseRequested = Signal(int)

    COLUMNS = 4

    def __init__(self, session: Session, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today or _today()
        self.setWindowTitle(self.tr("Bewaartermijn verlopen"))
        intro = QLabel(self.tr(
            "Van deze dossiers is de bewaartermijn verstreken. Vernietig elk dossier, of verleng de termijn "
            "met een reden als het nog nodig is (bijvoorbeeld bij een lopende procedure)."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("Kenmerk"), self.tr("Titel"), self.tr("Bewaren tot"),
                                              self.tr("Status")])
        self.table.setAccessibleName(self.tr("Dossiers met een verlopen bewaartermijn"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("Geen dossiers met een verlopen bewaartermijn."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message = InlineMessage(self)
        self.destroy_button = QPushButton(self.tr("&Vernietigen…"), self)
        self.extend_button = QPushButton(self.tr("V&erlengen…"), self)
        self.open_button = QPushButton(self.tr("Dossier &openen"), self)
        for button, name in ((self.destroy_button, self.tr("Gekozen dossier vernietigen")),
                             (self.extend_button, self.tr("Bewaartermijn van gekozen dossier verlengen")),
                             (self.open_button, self.tr("Gekozen dossier openen om het na te kijken"))):
            button.setAccessibleName(name)
            button.setAutoDefault(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.destroy_button)
        row.addWidget(self.extend_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(720, 380)
        self.destroy_button.clicked.connect(self.destroy_selected)
        self.extend_button.clicked.connect(self.extend_selected)
        self.open_button.clicked.connect(self._open_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._open_selected())
        self.reload()

    def reload(self) -> None:
        expired = self.session.retention.expired(self.today)
        self.table.setRowCount(len(expired))
        for row, case in enumerate(expired):
            cells = (case.reference, case.title, formats.long_date(case.retention_until),
                     status_label(CaseStatus(case.status)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, case.id)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(expired))
        self.empty.setVisible(not expired)
        if expired:
            self.table.selectRow(0)
            self.table.setFocus()
        self._selection_changed()

    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self.selected_case_id() is not None
        for button in (self.destroy_button, self.extend_button, self.open_button):
            button.setEnabled(chosen)

    def _selected_case(self) -> Case | None:
        case_id = self.selected_case_id()
        case = self.session.cases.get(case_id) if case_id is not None else None
        if case_id is not None and case is None:
            self.message.show_message("error", self.tr("Dit dossier bestaat niet meer in de kluis."))
            self.reload()
        return case

    @Slot()
    def destroy_selected(self) -> None:
        case = self._selected_case()
        if case is None:
            return
        dialog = DestroyCaseDialog(self.session, case, self, today=self.today)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_destruction is None:
            return
        assert case.id is not None
        self.message.show_message("success", destroyed_text(dialog.result_destruction))
        self.caseDestroyed.emit(case.id)
        self.reload()

    @Slot()
    def extend_selected(self) -> None:
        case = self._selected_case()
        if case is None:
            return
        dialog = ExtendRetentionDialog(self.session, case, self, today=self.today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        assert case.id is not None and case.retention_until is not None
        self.message.show_message("success", self.tr("De bewaartermijn van {reference} loopt nu tot {date}.").format(
            reference=case.reference, date=formats.long_date(case.retention_until)))
        self.caseChanged.emit(case.id)
        self.reload()

    @Slot()
    def _open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.caseRequested.emit(case_id)
            self.accept()


def destroyed_text(result: Destruction) -> str:
    """What the user is told after a destruction (also for the status bar)."""
    text = QCoreApplication.translate("RetentionDialog", "Dossier {reference} is vernietigd.").format(
        reference=result.reference)
    if not result.checkpointed:
        text += " " + QCoreApplication.translate(
            "RetentionDialog", "Het wordt volledig uit het kluisbestand gewist zodra u de kluis vergrendelt.")
    return text
