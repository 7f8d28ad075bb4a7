"""What more than one CLI command prints the same way."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication


class Printer(Protocol):
    def out(self, text: str) -> None: ...


def show_recovery_key(console: Printer, recovery_key: str) -> None:
    """The recovery key, shown once, with what it is for (``init`` and ``handover open``)."""
    console.out("")
    console.out(QCoreApplication.translate(
        "Cli", "HERSTELSLEUTEL — schrijf deze op of print hem, en bewaar hem op een veilige plek."))
    console.out(QCoreApplication.translate(
        "Cli", "Hij wordt maar één keer getoond en opent de kluis als u het wachtwoord kwijt bent:"))
    console.out("")
    console.out(f"    {recovery_key}")
    console.out("")
