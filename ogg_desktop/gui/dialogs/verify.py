"""The result of 'Integriteit controleren', in words."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ogg_desktop.services.session import VerifyReport


class VerifyDialog(QDialog):
    def __init__(self, report: VerifyReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Integriteit controleren"))
        lines = [self.tr("Bewijsstukken gecontroleerd: {n}").format(n=report.items_checked)]
        for m in report.mismatches:
            lines.append(self.tr("AFWIJKING: bewijsstuk {id} in {ref} is veranderd sinds het werd vastgelegd.").format(
                id=m.item_id, ref=m.case_reference))
        if report.chain.ok:
            lines.append(self.tr("Auditlog: keten in orde ({n} regels).").format(n=report.chain.checked))
        elif report.chain.first_bad_id is None:
            lines.append(self.tr("Auditlog: kon niet worden gelezen (het bestand is beschadigd)."))
        else:
            lines.append(self.tr("Auditlog: keten GEBROKEN vanaf regel {id}.").format(id=report.chain.first_bad_id))
        lines += [self.tr("Kluisbestand: {p}").format(p=p) for p in report.integrity_problems]
        if not report.integrity_problems:
            lines.append(self.tr("Kluisbestand: in orde."))
        self.verdict = verdict = QLabel(self.tr("Alles in orde.") if report.ok else
                         self.tr("Er zijn afwijkingen gevonden. Maak geen wijzigingen en neem contact op met uw "
                                 "beheerder; zet zo nodig een back-up terug."), self)
        verdict.setWordWrap(True)
        font = verdict.font()
        font.setBold(True)
        verdict.setFont(font)
        details = QPlainTextEdit("\n".join(lines), self)
        details.setReadOnly(True)
        details.setAccessibleName(self.tr("Uitkomst van de controle"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(verdict)
        layout.addWidget(details)
        layout.addWidget(buttons)
        self.resize(560, 320)
