"""What the parts of the Logboek dialog use of one another: for the type checker only.

The parts (the filter bar, the chain check) are mixins of AuditLogDialog, so their texts keep the translation
context "AuditLogDialog"; while type checking they derive from this declaration of the dialog, at run time from a
plain ``object``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QTableView

    from ogg_desktop.gui.dialogs.audit_viewer_chain import ChainCheck
    from ogg_desktop.gui.dialogs.audit_viewer_model import AuditLogModel
    from ogg_desktop.gui.widgets import InlineMessage
    from ogg_desktop.services.session import Session

    class AuditLogDialogHost(QDialog):
        session: Session
        model: AuditLogModel
        view: QTableView
        status: QLabel
        newest_button: QPushButton
        filter_message: InlineMessage
        verdict: InlineMessage
        busy: QProgressBar
        check_button: QPushButton
        _typing: QTimer
        _check: ChainCheck | None

        def reset_filters(self) -> None: ...
else:
    AuditLogDialogHost = object
