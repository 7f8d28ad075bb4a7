"""The editing pages of the prevention dialog, one per document: its fields in, the document out.

Lists (agreements, questions, platforms, tick items) are edited as text, one item per line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ogg_desktop.domain.checklist import STEPS
from ogg_desktop.domain.organisation import ContactRole, Organisation
from ogg_desktop.domain.prevention import (
    AgreementsDocument,
    PolicyDocument,
    PolicyStep,
    PreventionDocument,
    PreventionKind,
    SelfSearchDocument,
    TeamMeetingDocument,
    lines,
)
from ogg_desktop.gui.labels import step_label


def text_edit(name: str, parent: QWidget, rows: int = 3) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (as everywhere else in a form) instead of typing a tab."""
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * rows + 14)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * (rows + 4) + 14)
    return edit


def line_edit(name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    return edit


class DocumentPage(QWidget):
    """One tab: a row of buttons (added by the dialog) above the document's fields. Its own words are
    translated in its own context: ``self.tr`` would look them up under the subclass."""

    kind: PreventionKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_widget = QWidget(self)
        self.form = QVBoxLayout(self.form_widget)
        self.reset_button = QPushButton(QCoreApplication.translate("DocumentPage", "Standaardtekst &herstellen"), self)
        self.reset_button.setAccessibleName(QCoreApplication.translate("DocumentPage", "Standaardtekst herstellen"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.fields: list[QWidget] = []  # in tab order

    def finish(self) -> None:
        self.layout_.addWidget(self.form_widget, 1)

    def titled_fields(self, title: QLineEdit, intro: QPlainTextEdit) -> None:
        box = QFormLayout()
        title_label = QLabel(QCoreApplication.translate("DocumentPage", "&Titel"), self.form_widget)
        title_label.setBuddy(title)
        intro_label = QLabel(QCoreApplication.translate("DocumentPage", "&Inleiding"), self.form_widget)
        intro_label.setBuddy(intro)
        box.addRow(title_label, title)
        box.addRow(intro_label, intro)
        self.form.addLayout(box)

    def list_field(self, label_text: str, hint: str, edit: QPlainTextEdit, into: QVBoxLayout | None = None) -> None:
        label = QLabel(label_text, self.form_widget)
        label.setBuddy(edit)
        edit.setAccessibleDescription(hint)
        note = QLabel(hint, self.form_widget)
        note.setWordWrap(True)
        edit.setMaximumHeight(16777215)  # a list grows with the window
        target = into if into is not None else self.form
        target.addWidget(label)
        target.addWidget(edit, 1)
        target.addWidget(note)

    def closing_field(self, label_text: str, edit: QWidget) -> None:
        label = QLabel(label_text, self.form_widget)
        label.setBuddy(edit)
        self.form.addWidget(label)
        self.form.addWidget(edit)

    if TYPE_CHECKING:  # every page defines both; declared here so the dialog can use any page alike
        def load(self, document: PreventionDocument) -> None: ...

        def document(self) -> PreventionDocument: ...


def _one_per_line(values: list[str]) -> str:
    return "\n".join(values)


class PolicyPage(DocumentPage):
    """The seven steps in a list; the chosen step's who, what and contact beside it."""

    kind = PreventionKind.POLICY

    def __init__(self, organisation: Organisation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = organisation
        self.title = line_edit(self.tr("Titel van het protocol"), self.form_widget)
        self.intro = text_edit(self.tr("Inleiding van het protocol"), self.form_widget, 4)
        self.titled_fields(self.title, self.intro)
        self.entries: list[PolicyStep] = []
        self.current = -1

        self.step_list = QListWidget(self.form_widget)
        self.step_list.setAccessibleName(self.tr("Stappen"))
        for number, step in enumerate(STEPS, 1):
            self.step_list.addItem(self.tr("{number}. {step}").format(number=number, step=step_label(step)))
        self.step_list.setMaximumWidth(self.step_list.sizeHintForColumn(0) + 32)
        self.who = line_edit(self.tr("Wie is verantwoordelijk voor deze stap"), self.form_widget)
        self.what = text_edit(self.tr("Wat doet die bij deze stap"), self.form_widget, 5)
        self.contact = QComboBox(self.form_widget)
        self.contact.setAccessibleName(self.tr("Contactpersoon bij deze stap"))
        for value, label in self._roles():
            self.contact.addItem(label, value)
        self.step_box = QGroupBox(self.form_widget)
        step_form = QFormLayout(self.step_box)
        fields: list[tuple[str, QWidget]] = [(self.tr("&Wie"), self.who), (self.tr("W&at"), self.what),
                                             (self.tr("&Contactpersoon"), self.contact)]
        for text, field in fields:
            buddy_label = QLabel(text, self.step_box)
            buddy_label.setBuddy(field)
            step_form.addRow(buddy_label, field)
        hint = QLabel(self.tr("De gegevens van de contactpersoon komen uit Organisatie → Gegevens en "
                              "contactpersonen en staan bij de stap in de PDF."), self.step_box)
        hint.setWordWrap(True)
        step_form.addRow(hint)
        steps_label = QLabel(self.tr("Stapp&en"), self.form_widget)
        steps_label.setBuddy(self.step_list)
        self.form.addWidget(steps_label)
        row = QHBoxLayout()
        row.addWidget(self.step_list)
        row.addWidget(self.step_box, 1)
        self.form.addLayout(row, 1)
        self.closing = text_edit(self.tr("Slotopmerkingen van het protocol"), self.form_widget, 3)
        self.closing_field(self.tr("Slot&opmerkingen"), self.closing)
        self.fields = [self.title, self.intro, self.step_list, self.who, self.what, self.contact, self.closing]
        self.step_list.currentRowChanged.connect(self._show_step)
        self.finish()

    def _roles(self) -> list[tuple[str, str]]:
        names = {ContactRole.HR: self.tr("HR"), ContactRole.LEGAL: self.tr("Juridisch adviseur"),
                 ContactRole.POLICE: self.tr("Politie (contact van de organisatie)"),
                 ContactRole.PUBLIC_TASK: self.tr("Politie, werknemers met een publieke taak"),
                 ContactRole.AFTERCARE: self.tr("Nazorg"), ContactRole.COMPANY_DOCTOR: self.tr("Bedrijfsarts")}
        roles = [("", self.tr("Geen"))]
        for role, label in names.items():
            name = self.organisation.contact_for(role).name
            roles.append((role.value, f"{label} — {name}" if name else label))
        return roles

    def _keep_step(self) -> None:
        """Take the fields of the step on show into ``entries``."""
        if 0 <= self.current < len(self.entries):
            entry = self.entries[self.current]
            self.entries[self.current] = PolicyStep(entry.step, self.who.text(), self.what.toPlainText(),
                                                    str(self.contact.currentData() or ""))

    def _show_step(self, row: int) -> None:
        self._keep_step()
        self.current = row
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        self.step_box.setTitle(self.tr("Stap {number}: {step}").format(number=row + 1, step=step_label(entry.step)))
        self.who.setText(entry.who)
        self.what.setPlainText(entry.what)
        self.contact.setCurrentIndex(max(0, self.contact.findData(entry.contact_role)))

    def load(self, document: PreventionDocument) -> None:
        assert isinstance(document, PolicyDocument)
        self.title.setText(document.title)
        self.intro.setPlainText(document.intro)
        self.entries = list(document.steps)
        self.current = -1
        row = max(0, self.step_list.currentRow())
        self.step_list.setCurrentRow(-1)
        self.step_list.setCurrentRow(row)
        self.closing.setPlainText(document.closing)

    def document(self) -> PolicyDocument:
        self._keep_step()
        return PolicyDocument(self.title.text(), self.intro.toPlainText(), list(self.entries),
                              self.closing.toPlainText())


class AgreementsPage(DocumentPage):
    kind = PreventionKind.AGREEMENTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = line_edit(self.tr("Titel van de omgangsafspraken"), self.form_widget)
        self.intro = text_edit(self.tr("Inleiding van de omgangsafspraken"), self.form_widget, 2)
        self.titled_fields(self.title, self.intro)
        self.agreements = text_edit(self.tr("Afspraken, één per regel"), self.form_widget, 7)
        self.list_field(self.tr("&Afspraken"), self.tr(
            "Eén afspraak per regel. Kort is beter: op de poster moeten ze van een paar meter afstand te lezen "
            "zijn."), self.agreements)
        self.closing = line_edit(self.tr("Slotzin van de omgangsafspraken"), self.form_widget)
        self.closing_field(self.tr("Slot&zin"), self.closing)
        self.fields = [self.title, self.intro, self.agreements, self.closing]
        self.finish()

    def load(self, document: PreventionDocument) -> None:
        assert isinstance(document, AgreementsDocument)
        self.title.setText(document.title)
        self.intro.setPlainText(document.intro)
        self.agreements.setPlainText(_one_per_line(document.agreements))
        self.closing.setText(document.closing)

    def document(self) -> AgreementsDocument:
        return AgreementsDocument(self.title.text(), self.intro.toPlainText(), lines(self.agreements.toPlainText()),
                                  self.closing.text())


class TeamMeetingPage(DocumentPage):
    kind = PreventionKind.TEAM_MEETING

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = line_edit(self.tr("Titel van het agendapunt"), self.form_widget)
        self.intro = text_edit(self.tr("Inleiding van het agendapunt"), self.form_widget, 3)
        self.titled_fields(self.title, self.intro)
        self.questions = text_edit(self.tr("Gespreksvragen, één per regel"), self.form_widget, 7)
        self.list_field(self.tr("&Gespreksvragen"), self.tr("Eén vraag per regel."), self.questions)
        self.closing = text_edit(self.tr("Afsluiting van het agendapunt"), self.form_widget, 2)
        self.closing_field(self.tr("Afsl&uiting"), self.closing)
        self.fields = [self.title, self.intro, self.questions, self.closing]
        self.finish()

    def load(self, document: PreventionDocument) -> None:
        assert isinstance(document, TeamMeetingDocument)
        self.title.setText(document.title)
        self.intro.setPlainText(document.intro)
        self.questions.setPlainText(_one_per_line(document.questions))
        self.closing.setPlainText(document.closing)

    def document(self) -> TeamMeetingDocument:
        return TeamMeetingDocument(self.title.text(), self.intro.toPlainText(), lines(self.questions.toPlainText()),
                                   self.closing.toPlainText())


class SelfSearchPage(DocumentPage):
    kind = PreventionKind.SELF_SEARCH

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = line_edit(self.tr("Titel van de checklist"), self.form_widget)
        self.intro = text_edit(self.tr("Inleiding van de checklist"), self.form_widget, 3)
        self.titled_fields(self.title, self.intro)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.platforms = text_edit(self.tr("Platforms om te doorzoeken, één per regel"), self.form_widget, 4)
        self.list_field(self.tr("Pl&atforms"), self.tr("Eén platform per regel; elk krijgt een rij in de tabel."),
                        self.platforms, left)
        self.visible = text_edit(self.tr("Wat zichtbaar kan zijn, één per regel"), self.form_widget, 4)
        self.list_field(self.tr("&Wat is zichtbaar"), self.tr(
            "Eén per regel; elk krijgt een kolom in de tabel (hoogstens 7)."), self.visible, left)
        self.privacy = text_edit(self.tr("Privacy-instellingen, één per regel"), self.form_widget, 4)
        self.list_field(self.tr("Pri&vacy-instellingen"), self.tr("Eén vinkje per regel."), self.privacy, right)
        self.risks = text_edit(self.tr("Risico's, één per regel"), self.form_widget, 4)
        self.list_field(self.tr("&Risico's"), self.tr("Eén vinkje per regel."), self.risks, right)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.form.addLayout(columns, 1)
        self.closing = text_edit(self.tr("Afsluiting van de checklist"), self.form_widget, 2)
        self.closing_field(self.tr("Afsl&uiting"), self.closing)
        self.fields = [self.title, self.intro, self.platforms, self.visible, self.privacy, self.risks, self.closing]
        self.finish()

    def load(self, document: PreventionDocument) -> None:
        assert isinstance(document, SelfSearchDocument)
        self.title.setText(document.title)
        self.intro.setPlainText(document.intro)
        self.platforms.setPlainText(_one_per_line(document.platforms))
        self.visible.setPlainText(_one_per_line(document.visible))
        self.privacy.setPlainText(_one_per_line(document.privacy))
        self.risks.setPlainText(_one_per_line(document.risks))
        self.closing.setPlainText(document.closing)

    def document(self) -> SelfSearchDocument:
        return SelfSearchDocument(self.title.text(), self.intro.toPlainText(), lines(self.platforms.toPlainText()),
                                  lines(self.visible.toPlainText()), lines(self.privacy.toPlainText()),
                                  lines(self.risks.toPlainText()), self.closing.toPlainText())
