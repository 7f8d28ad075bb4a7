"""Preventiemateriaal (Organisatie menu): one tab per document; edits are saved when the dialog closes,
"PDF maken…" writes the edited text with the organisation's data, the poster in the chosen size, and
"Standaardtekst herstellen" brings back the default."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ogg_desktop.domain.organisation import Contact, Organisation
from ogg_desktop.domain.prevention import AgreementsDocument, PolicyDocument, PreventionKind
from ogg_desktop.gui.dialogs import prevention as prevention_module
from ogg_desktop.gui.dialogs.prevention import PreventionDialog
from ogg_desktop.gui.main_window import MainWindow
from ogg_desktop.services.session import Session
from tests.gui.a11y_checks import problems
from tests.gui.conftest import when_modal

ORG = Organisation(name="Stichting Proefzorg", contacts={"hr": Contact("Henk Hrman", "HR-adviseur"),
                                                         "legal": Contact("Julia Jurist")})


@pytest.fixture
def dialog(qtbot: QtBot, session: Session) -> PreventionDialog:
    session.organisation.set(ORG)
    d = PreventionDialog(session, language="nl")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def saved_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    captions: list[str] = []

    def choose(_parent: object, caption: str, suggested: str, _filter: str) -> str:
        captions.append(suggested)
        return str(target)

    monkeypatch.setattr(prevention_module, "choose_save_file", choose)
    return captions


def text_of(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_the_organisation_menu_opens_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    assert window.prevention_action in window.organisation_menu.actions()
    assert window.prevention_action.text() == "&Preventiemateriaal…"
    seen: list[str] = []

    def look(widget: object) -> None:
        assert isinstance(widget, PreventionDialog)
        seen.append(widget.tabs.tabText(0))
        widget.reject()

    when_modal(look)
    window.prevention_action.trigger()
    assert seen == ["Wie doet wat"]


def test_closing_saves_the_edits_of_every_tab(dialog: PreventionDialog, session: Session) -> None:
    dialog.agreements.agreements.setPlainText("We filmen niemand.\n\n  We schelden niet online.  \n")
    dialog.agreements.title.setText("Afspraken bij Proefzorg")
    dialog.policy.step_list.setCurrentRow(5)
    dialog.policy.who.setText("De jurist van dienst")
    dialog.policy.step_list.setCurrentRow(0)  # moving on keeps what was typed at step 6
    dialog.close_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    agreements = session.prevention.get(PreventionKind.AGREEMENTS, "nl")
    assert isinstance(agreements, AgreementsDocument)
    assert agreements.title == "Afspraken bij Proefzorg"
    assert agreements.agreements == ["We filmen niemand.", "We schelden niet online."]
    policy = session.prevention.get(PreventionKind.POLICY, "nl")
    assert isinstance(policy, PolicyDocument) and policy.steps[5].who == "De jurist van dienst"
    details = [e.detail for e in session.vault.repos.audit.entries() if e.action == "settings_changed"]
    assert "prevention:agreements" in details and "prevention:policy" in details
    assert "prevention:team_meeting" not in details  # untouched: not stored, still follows the language
    assert not session.prevention.is_customised(PreventionKind.TEAM_MEETING)


def test_pdf_maken_writes_the_edited_text_with_the_organisation(dialog: PreventionDialog, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "protocol"
    suggested = saved_as(monkeypatch, target)
    dialog.tabs.setCurrentWidget(dialog.policy)
    dialog.policy.step_list.setCurrentRow(5)
    dialog.policy.what.setPlainText("Belt kantoor Eigen-Tekst-4410.")
    dialog.pdf_buttons[PreventionKind.POLICY].click()
    written = tmp_path / "protocol.pdf"
    assert written.is_file() and suggested[0].endswith("wie-doet-wat.pdf")
    text = text_of(written)
    assert "Eigen-Tekst-4410" in text and "Stichting Proefzorg" in text
    assert "Henk Hrman" in text and "Julia Jurist" in text
    assert str(written) in dialog.message.text()
    policy = dialog.session.prevention.get(PreventionKind.POLICY, "nl")  # saved before printing
    assert isinstance(policy, PolicyDocument) and policy.steps[5].what == "Belt kantoor Eigen-Tekst-4410."


@pytest.mark.parametrize(("choice", "size"), [(0, (842, 1191)), (1, (595, 842))])
def test_the_poster_is_printed_in_the_chosen_size(dialog: PreventionDialog, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, choice: int,
                                                  size: tuple[int, int]) -> None:
    saved_as(monkeypatch, tmp_path / "poster.pdf")
    dialog.tabs.setCurrentWidget(dialog.agreements)
    dialog.agreements.agreements.setPlainText("Geen foto's van medewerkers zonder toestemming.")
    dialog.poster_size.setCurrentIndex(choice)
    dialog.poster_button.click()
    page = PdfReader(tmp_path / "poster.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size
    assert "Geen foto's van medewerkers zonder toestemming." in text_of(tmp_path / "poster.pdf")
    saved_as(monkeypatch, tmp_path / "flyer.pdf")
    dialog.flyer_button.click()
    page = PdfReader(tmp_path / "flyer.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (420, 595)


def test_restoring_the_default_text(dialog: PreventionDialog, session: Session,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    dialog.tabs.setCurrentWidget(dialog.team)
    dialog.team.questions.setPlainText("Alleen deze vraag?")
    dialog.save_changes()
    assert session.prevention.is_customised(PreventionKind.TEAM_MEETING)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    dialog.team.reset_button.click()
    assert dialog.team.questions.toPlainText() == "Alleen deze vraag?"  # "No" keeps it
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.team.reset_button.click()
    assert not session.prevention.is_customised(PreventionKind.TEAM_MEETING)
    assert "Wat heb je nodig van je collega's" in dialog.team.questions.toPlainText()
    dialog.close_button.click()
    assert not session.prevention.is_customised(PreventionKind.TEAM_MEETING)  # the default is not stored again


def test_english_defaults_when_the_app_runs_in_english(qtbot: QtBot, session: Session) -> None:
    d = PreventionDialog(session, language="en")
    qtbot.addWidget(d)
    assert d.agreements.title.text() == "How we treat each other"


def test_every_tab_is_usable_with_keyboard_and_screen_reader(dialog: PreventionDialog, qtbot: QtBot) -> None:
    found: list[str] = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        found += [f"[{dialog.tabs.tabText(index)}] {p}" for p in problems(dialog)]
    assert not found, "\n".join(found)
