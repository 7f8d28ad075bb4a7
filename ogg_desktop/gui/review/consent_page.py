"""The review window's consent page: the next steps that need the employee's consent, each with its state now and a
button to give or withdraw it (confirmed first, then stored and audited at once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ogg_desktop.domain.case import Consent, ConsentScope
from ogg_desktop.domain.clock import now_utc
from ogg_desktop.gui import formats
from ogg_desktop.gui.labels import consent_label
from ogg_desktop.gui.messages import vault_error_text
from ogg_desktop.gui.review.dialogs import ConsentConfirmDialog
from ogg_desktop.gui.review.host import ReviewWindowHost
from ogg_desktop.gui.review.widgets import long_date, plain_label, scrolling
from ogg_desktop.vault.errors import VaultError


class ReviewConsentMixin(ReviewWindowHost):
    """The consent page, filled from the case's consents, and what its buttons do."""

    def _build_consent_page(self) -> QWidget:
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(plain_label(QCoreApplication.translate("ReviewWindow", "Vervolgstappen: uw toestemming"),
                                     inner, scale=1.2, bold=True))
        layout.addWidget(plain_label(QCoreApplication.translate(
            "ReviewWindow",
            "Deze stappen zet de vertrouwenspersoon alleen met uw toestemming. Wat u hier kiest, wordt met datum "
            "en tijd in uw dossier vastgelegd. U kunt toestemming later altijd weer intrekken."), inner))
        self.consent_boxes: dict[ConsentScope, tuple[QLabel, QPushButton]] = {}
        for scope in ConsentScope:
            box = QGroupBox(inner)
            box.setAccessibleName(consent_label(scope))
            bl = QVBoxLayout(box)
            bl.addWidget(plain_label(consent_label(scope), box, scale=1.1, bold=True))
            bl.addWidget(plain_label(self._scope_text(scope), box))
            state = plain_label("", box, bold=True)
            state.setAccessibleName(QCoreApplication.translate("ReviewWindow", "Toestemming nu: {step}").format(
                step=consent_label(scope)))
            button = QPushButton(box)
            row = QHBoxLayout()
            row.addWidget(state, 1)
            row.addWidget(button)
            bl.addLayout(row)
            button.clicked.connect(lambda _checked=False, s=scope: self._consent_clicked(s))
            layout.addWidget(box)
            self.consent_boxes[scope] = (state, button)
        layout.addStretch(1)
        return scrolling(inner, self)

    def _scope_text(self, scope: ConsentScope) -> str:
        return {
            ConsentScope.PLATFORM_REPORT: QCoreApplication.translate(
                "ReviewWindow",
                "Het bericht samen melden bij het platform (bijvoorbeeld LinkedIn of YouTube), zodat het platform "
                "het kan verwijderen."),
            ConsentScope.POLICE_REPORT: QCoreApplication.translate(
                "ReviewWindow",
                "De organisatie doet aangifte bij de politie. Bij sommige strafbare feiten (zoals belediging) doet u "
                "zelf aangifte of tekent u een volmacht."),
            ConsentScope.SHARE_WITH_HR: QCoreApplication.translate(
                "ReviewWindow",
                "HR krijgt een overzicht met alleen de bewijsstukken die u goedkeurt, zonder de eigen notities van "
                "de vertrouwenspersoon."),
            ConsentScope.LEGAL_STEPS: QCoreApplication.translate(
                "ReviewWindow",
                "Juridische hulp inschakelen, bijvoorbeeld als het platform het bericht niet verwijdert."),
        }[scope]

    def _fill_consents(self) -> None:
        consents = self.session.cases.consents(self.case)
        for scope, (state, button) in self.consent_boxes.items():
            mine = [c for c in consents if c.scope == scope]
            active = next((c for c in reversed(mine) if c.active), None)
            if active is not None:
                state.setText(QCoreApplication.translate(
                    "ReviewWindow", "Nu: u hebt toestemming gegeven ({date}).").format(
                    date=long_date(active.given_on)))
                button.setText(QCoreApplication.translate("ReviewWindow", "Toestemming intrekken…"))
                button.setAccessibleName(QCoreApplication.translate(
                    "ReviewWindow", "Toestemming intrekken: {step}").format(step=consent_label(scope)))
            else:
                withdrawn = mine[-1].withdrawn_on if mine else None
                state.setText(QCoreApplication.translate(
                    "ReviewWindow", "Nu: geen toestemming (ingetrokken op {date}).").format(
                    date=long_date(withdrawn)) if withdrawn else QCoreApplication.translate(
                    "ReviewWindow", "Nu: geen toestemming."))
                button.setText(QCoreApplication.translate("ReviewWindow", "Toestemming geven…"))
                button.setAccessibleName(QCoreApplication.translate(
                    "ReviewWindow", "Toestemming geven: {step}").format(step=consent_label(scope)))
            state.setAccessibleDescription(state.text())

    def _consent_clicked(self, scope: ConsentScope) -> None:
        consents = self.session.cases.consents(self.case)
        active: Consent | None = next((c for c in reversed(consents) if c.scope == scope and c.active), None)
        give = active is None
        step = consent_label(scope)
        if give:
            title = QCoreApplication.translate("ReviewWindow", "Toestemming geven")
            text = QCoreApplication.translate(
                "ReviewWindow",
                "Dit wordt nu in uw dossier vastgelegd, met datum en tijd:\n\nU geeft toestemming voor: "
                "{step}.\n\nU kunt deze toestemming later altijd weer intrekken.").format(step=step)
            confirm = QCoreApplication.translate("ReviewWindow", "Ja, toestemming geven")
        else:
            title = QCoreApplication.translate("ReviewWindow", "Toestemming intrekken")
            text = QCoreApplication.translate(
                "ReviewWindow",
                "Dit wordt nu in uw dossier vastgelegd, met datum en tijd:\n\nU trekt uw toestemming in "
                "voor: {step}.\n\nWat al gedaan is, blijft staan. Zonder uw toestemming wordt deze stap "
                "niet verder gezet.").format(step=step)
            confirm = QCoreApplication.translate("ReviewWindow", "Ja, toestemming intrekken")
        dialog = ConsentConfirmDialog(title, text, confirm, self.font(), self)
        try:
            if self._modal(dialog) != QDialog.DialogCode.Accepted:
                return
        finally:
            dialog.deleteLater()
        try:
            self.session.review.set_consent(self.case, scope, give, how=QCoreApplication.translate(
                "ReviewWindow", "gegeven door de medewerker bij samen bekijken"))
        except VaultError as exc:
            self.message.show_message("error", vault_error_text(exc))
            return
        self._fill_consents()
        time = formats.time_of_day(now_utc())
        self.message.show_message("success", QCoreApplication.translate(
            "ReviewWindow", "Vastgelegd om {time}: u gaf toestemming voor ‘{step}’.").format(
            time=time, step=step) if give else QCoreApplication.translate(
            "ReviewWindow", "Vastgelegd om {time}: u trok uw toestemming in voor ‘{step}’.").format(
            time=time, step=step))
        self.recorded.emit()
