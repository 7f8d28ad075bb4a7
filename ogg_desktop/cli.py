"""The command line: the same services as the GUI, without a window.

ogg-desktop [--vault PATH] [--passphrase-stdin] [--lang nl|en] COMMAND …
With no command the GUI starts. Exit codes: 0 ok, 1 other, 2 usage, 3 cannot open (wrong passphrase
or damaged file), 4 bad input. No command prints a secret except ``init`` (the recovery key, once).

This module runs a command; the parser is in ``cli_parser``, shared plumbing in ``cli_console``, and the
commands in ``cli_vault``, ``cli_cases``, ``cli_reports`` and ``cli_handover``.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from ogg_desktop.cli_cases import capture_interactive, cmd_capture, cmd_case, cmd_evidence, cmd_report
from ogg_desktop.cli_console import (
    EXIT_BAD_INPUT,
    EXIT_CANNOT_OPEN,
    EXIT_OK,
    EXIT_OTHER,
    EXIT_USAGE,
    CliError,
    Console,
)
from ogg_desktop.cli_handover import cmd_handover, cmd_restore
from ogg_desktop.cli_parser import build_parser
from ogg_desktop.cli_vault import cmd_backup, cmd_init, cmd_passphrase, cmd_recover, cmd_verify
from ogg_desktop.gui.i18n import install_translator, resolve_language
from ogg_desktop.gui.messages import invalid_input_text, vault_error_text
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.vault.errors import (
    BadRecoveryKeyError,
    DiskFullError,
    KeyFileDamagedError,
    KeyFileMissingError,
    VaultDamagedError,
    VaultError,
    VaultNotFoundError,
    WrongPassphraseError,
)

__all__ = [
    "CANNOT_OPEN",
    "COMMANDS",
    "EXIT_BAD_INPUT",
    "EXIT_CANNOT_OPEN",
    "EXIT_OK",
    "EXIT_OTHER",
    "EXIT_USAGE",
    "CliError",
    "Console",
    "build_parser",
    "capture_interactive",
    "cmd_backup",
    "cmd_capture",
    "cmd_case",
    "cmd_evidence",
    "cmd_handover",
    "cmd_init",
    "cmd_passphrase",
    "cmd_recover",
    "cmd_report",
    "cmd_restore",
    "cmd_verify",
    "run",
    "wants_gui",
]

CANNOT_OPEN = (
    WrongPassphraseError,
    VaultDamagedError,
    VaultNotFoundError,
    KeyFileMissingError,
    KeyFileDamagedError,
    BadRecoveryKeyError,
)


def wants_gui(argv: list[str]) -> bool:
    """No command (and no --help/--version): the window starts."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang")
    pre.add_argument("--vault")
    pre.add_argument("--passphrase-stdin", action="store_true")
    pre.add_argument("--demo", action="store_true")
    pre.add_argument("-h", "--help", "--version", action="store_true", dest="info")
    pre.add_argument("command", nargs="?")
    known, _ = pre.parse_known_args(argv)
    return not known.info and known.command is None


def run(
    argv: list[str], stdin: TextIO | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", default=None)
    known, _ = pre.parse_known_args(argv)
    if "--self-test" in argv:
        from ogg_desktop.selftest import main as self_test

        return self_test(argv)
    if wants_gui(argv):
        from ogg_desktop.app import run_gui  # the GUI only when asked for: the CLI stays light

        return run_gui(build_parser().parse_args(argv))
    app = QCoreApplication.instance() or QCoreApplication(["ogg-desktop"])
    install_translator(app, resolve_language(known.lang))
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on usage errors
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    console = Console(stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr, args.passphrase_stdin)
    try:
        return COMMANDS[args.command](args, console)
    except CliError as exc:
        console.err(str(exc))
        return exc.code
    except CANNOT_OPEN as exc:
        console.err(vault_error_text(exc))
        return EXIT_CANNOT_OPEN
    except InvalidInputError as exc:
        console.err(invalid_input_text(exc))
        return EXIT_BAD_INPUT
    except DiskFullError as exc:
        console.err(vault_error_text(exc))
        return EXIT_OTHER
    except VaultError as exc:
        console.err(vault_error_text(exc))
        return EXIT_OTHER
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):  # e.g. the instance lock cannot be written
            console.err(vault_error_text(DiskFullError(str(exc))))
            return EXIT_OTHER
        raise


COMMANDS: dict[str, Callable[[argparse.Namespace, Console], int]] = {
    "capture": cmd_capture,
    "init": cmd_init,
    "case": cmd_case,
    "evidence": cmd_evidence,
    "verify": cmd_verify,
    "report": cmd_report,
    "backup": cmd_backup,
    "passphrase": cmd_passphrase,
    "recover": cmd_recover,
    "handover": cmd_handover,
    "restore": cmd_restore,
}
