"""What every CLI command shares: exit codes, the error that ends a command with a message, the
console that secrets are read from, and opening the vault for a command."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from ogg_desktop.gui.messages import vault_error_text
from ogg_desktop.instance import InstanceLock
from ogg_desktop.paths import default_vault_path
from ogg_desktop.services.session import Session
from ogg_desktop.vault.errors import VaultDamagedError
from ogg_desktop.vault.vault import Vault

EXIT_OK, EXIT_OTHER, EXIT_USAGE, EXIT_CANNOT_OPEN, EXIT_BAD_INPUT = 0, 1, 2, 3, 4


class CliError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class Console:
    """Where the CLI reads secrets from and writes to; stdin lines are read once, in order."""

    def __init__(self, stdin: TextIO, stdout: TextIO, stderr: TextIO, from_stdin: bool) -> None:
        self.stdin, self.stdout, self.stderr, self.from_stdin = stdin, stdout, stderr, from_stdin

    def secret(self, prompt: str) -> str:
        if self.from_stdin:
            line = self.stdin.readline()
            if not line:
                raise CliError(QCoreApplication.translate("Cli", "Geen wachtwoord op standaardinvoer."), EXIT_USAGE)
            return line.rstrip("\r\n")
        if not self.stdin.isatty():
            raise CliError(
                QCoreApplication.translate(
                    "Cli", "Geen terminal om het wachtwoord te vragen: gebruik --passphrase-stdin."
                ),
                EXIT_USAGE,
            )
        return getpass.getpass(prompt)

    def out(self, text: str) -> None:
        print(text, file=self.stdout)

    def err(self, text: str) -> None:
        print(text, file=self.stderr)


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser().absolute() if args.vault else default_vault_path()


def actor() -> str:
    try:
        return f"{getpass.getuser()} (cli)"
    except (KeyError, OSError):
        return "cli"


def with_session(args: argparse.Namespace, console: Console, work: Callable[[Session], int]) -> int:
    path = vault_path(args)
    with InstanceLock(path):
        passphrase = console.secret(QCoreApplication.translate("Cli", "Wachtwoord: "))
        session = Session.on(Vault.unlock(path, passphrase, actor(), via="cli"))
        try:
            return work(session)
        except VaultDamagedError as exc:
            # Opened, then a damaged page was met: damage found (exit 1), not "cannot open" (3).
            raise CliError(vault_error_text(exc), EXIT_OTHER) from None
        finally:
            session.close()


def find_case(session: Session, ref: str):  # type: ignore[no-untyped-def]
    case = session.cases.find(ref)
    if case is None:
        raise CliError(
            QCoreApplication.translate("Cli", "Dossier niet gevonden: {ref}").format(ref=ref), EXIT_BAD_INPUT
        )
    return case
