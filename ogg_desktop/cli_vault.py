"""``ogg-desktop init``, ``verify``, ``backup``, ``passphrase`` and ``recover``: the vault itself."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ogg_desktop.cli_console import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_OTHER,
    CliError,
    Console,
    actor,
    vault_path,
    with_session,
)
from ogg_desktop.cli_output import show_recovery_key
from ogg_desktop.cli_reports import load_report_check, verify_report
from ogg_desktop.domain.passphrase import assess
from ogg_desktop.gui.messages import input_problem_text
from ogg_desktop.instance import InstanceLock
from ogg_desktop.services.session import Session
from ogg_desktop.vault.vault import Vault


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    path = vault_path(args)
    if path.exists():
        raise CliError(
            QCoreApplication.translate("Cli", "Op deze plek staat al een kluis: {path}").format(path=path),
            EXIT_BAD_INPUT,
        )
    passphrase = console.secret(QCoreApplication.translate("Cli", "Nieuw wachtwoord: "))
    if (
        not console.from_stdin
        and console.secret(QCoreApplication.translate("Cli", "Herhaal het wachtwoord: ")) != passphrase
    ):
        raise CliError(input_problem_text("mismatch"), EXIT_BAD_INPUT)
    strength = assess(passphrase)
    if not strength.acceptable:
        raise CliError(input_problem_text(strength.problem), EXIT_BAD_INPUT)
    with InstanceLock(path):
        vault, recovery_key = Vault.create(path, passphrase, actor())
        vault.close()
    console.out(QCoreApplication.translate("Cli", "Kluis gemaakt: {path}").format(path=path))
    show_recovery_key(console, recovery_key)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, console: Console) -> int:
    if args.report is not None:
        check = load_report_check(Path(args.report).expanduser().absolute(), console)
        if check is None:
            return EXIT_BAD_INPUT
        return with_session(args, console, lambda session: verify_report(check, session, console))

    def work(session: Session) -> int:
        report = session.verify()
        console.out(
            QCoreApplication.translate("Cli", "Bewijsstukken gecontroleerd: {n}").format(n=report.items_checked)
        )
        for m in report.mismatches:
            console.out(
                QCoreApplication.translate(
                    "Cli", "AFWIJKING: bewijsstuk {id} in {ref}: verwacht {expected}, gevonden {actual}"
                ).format(id=m.item_id, ref=m.case_reference, expected=m.expected, actual=m.actual)
            )
        if report.chain.ok:
            console.out(
                QCoreApplication.translate("Cli", "Auditketen in orde ({n} regels).").format(n=report.chain.checked)
            )
        elif report.chain.first_bad_id is None:
            console.out(
                QCoreApplication.translate("Cli", "Auditketen kon niet worden gelezen: het bestand is beschadigd.")
            )
        else:
            console.out(
                QCoreApplication.translate("Cli", "Auditketen GEBROKEN vanaf regel {id}.").format(
                    id=report.chain.first_bad_id
                )
            )
        for problem in report.integrity_problems:
            console.out(QCoreApplication.translate("Cli", "Kluis beschadigd: {problem}").format(problem=problem))
        if report.ok:
            console.out(QCoreApplication.translate("Cli", "Alles in orde."))
        else:
            console.out(QCoreApplication.translate(
                "Cli", "Er zijn afwijkingen. Wijzig niets; zet zo nodig een back-up terug: "
                "ogg-desktop restore --from BESTAND (of in het venster: Kluis → Herstellen uit back-up…)."))
        return EXIT_OK if report.ok else EXIT_OTHER

    return with_session(args, console, work)


def cmd_backup(args: argparse.Namespace, console: Console) -> int:
    def work(session: Session) -> int:
        target = Path(args.out).expanduser().absolute()
        if target.exists():
            raise CliError(
                QCoreApplication.translate("Cli", "{file} bestaat al; kies een nieuwe naam.").format(file=target),
                EXIT_BAD_INPUT,
            )
        session.vault.backup(target)
        console.out(
            QCoreApplication.translate(
                "Cli", "Back-up gemaakt en gecontroleerd: {file} (met sleutelbestand {file}.key)"
            ).format(file=target)
        )
        return EXIT_OK

    return with_session(args, console, work)


def cmd_passphrase(args: argparse.Namespace, console: Console) -> int:
    path = vault_path(args)
    with InstanceLock(path):
        old = console.secret(QCoreApplication.translate("Cli", "Huidig wachtwoord: "))
        new = console.secret(QCoreApplication.translate("Cli", "Nieuw wachtwoord: "))
        strength = assess(new)
        if not strength.acceptable:
            raise CliError(input_problem_text(strength.problem), EXIT_BAD_INPUT)
        vault = Vault.unlock(path, old, actor(), via="cli")
        try:
            vault.change_passphrase(old, new)
        finally:
            vault.close()
    console.out(QCoreApplication.translate("Cli", "Wachtwoord gewijzigd."))
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, console: Console) -> int:
    path = vault_path(args)
    with InstanceLock(path):
        recovery_key = console.secret(QCoreApplication.translate("Cli", "Herstelsleutel: "))
        new = console.secret(QCoreApplication.translate("Cli", "Nieuw wachtwoord: "))
        strength = assess(new)
        if not strength.acceptable:
            raise CliError(input_problem_text(strength.problem), EXIT_BAD_INPUT)
        vault = Vault.unlock_with_recovery_key(path, recovery_key, actor(), via="cli")
        try:
            vault.set_passphrase_after_recovery(new)
        finally:
            vault.close()
    console.out(QCoreApplication.translate("Cli", "Nieuw wachtwoord ingesteld met de herstelsleutel."))
    return EXIT_OK
