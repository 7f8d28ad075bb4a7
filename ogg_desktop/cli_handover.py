"""``ogg-desktop handover export|import|open`` and ``ogg-desktop restore --from FILE``: handover
bundles for a successor and restoring a backup, without a window.

Secrets are read in this order (each on its own line with ``--passphrase-stdin``):
export: vault passphrase, bundle passphrase, bundle passphrase again; import: vault passphrase, bundle
passphrase; open: bundle passphrase, new vault passphrase (asked twice on a terminal); restore: the
passphrase that was valid when the backup was made (then ``j`` to confirm, unless ``--yes``).
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any, Protocol, TextIO

from PySide6.QtCore import QCoreApplication, QLocale

from ogg_desktop.cli_output import show_recovery_key
from ogg_desktop.gui.handover_messages import handover_error_text
from ogg_desktop.gui.messages import input_problem_text, invalid_input_text
from ogg_desktop.instance import InstanceLock
from ogg_desktop.paths import default_vault_path, keyfile_path
from ogg_desktop.services.cases import CaseService, InvalidInputError
from ogg_desktop.services.handover import (
    HandoverService,
    RestoreInvalidError,
    RestoreKeyMissingError,
    RestorePassphraseError,
    check_new_passphrase,
    complete_restore,
    open_bundle_as_vault,
    prepare_restore,
)
from ogg_desktop.vault.bundle import (
    BundleDamagedError,
    BundleError,
    BundlePassphraseError,
    BundleTargetExistsError,
    NotABundleError,
)
from ogg_desktop.vault.errors import VaultError
from ogg_desktop.vault.vault import Vault

EXIT_OK, EXIT_OTHER, EXIT_USAGE, EXIT_CANNOT_OPEN, EXIT_BAD_INPUT = 0, 1, 2, 3, 4


class ConsoleLike(Protocol):
    stdin: TextIO
    from_stdin: bool

    def secret(self, prompt: str) -> str: ...
    def out(self, text: str) -> None: ...
    def err(self, text: str) -> None: ...


def add_handover_parsers(sub: Any) -> None:
    res = sub.add_parser(
        "restore",
        help=QCoreApplication.translate(
            "CliHandover", "zet een back-up terug; de huidige kluis blijft ernaast bewaard"
        ),
    )
    res.add_argument(
        "--from",
        dest="source",
        required=True,
        type=Path,
        metavar="FILE",
        help=QCoreApplication.translate("CliHandover", "de back-up (met FILE.key ernaast)"),
    )
    res.add_argument(
        "--yes", action="store_true", help=QCoreApplication.translate("CliHandover", "niet om bevestiging vragen")
    )

    hand = sub.add_parser(
        "handover",
        help=QCoreApplication.translate(
            "CliHandover", "overdracht: versleutelde bundel van een dossier of de hele kluis"
        ),
    )
    hand_sub = hand.add_subparsers(
        dest="handover_command", required=True, metavar=QCoreApplication.translate("Cli", "OPDRACHT")
    )
    exp = hand_sub.add_parser(
        "export", help=QCoreApplication.translate("CliHandover", "maak een bundel met een eigen wachtwoord")
    )
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", default=None, help=QCoreApplication.translate("Cli", "kenmerk van het dossier"))
    which.add_argument("--all", action="store_true", help=QCoreApplication.translate("CliHandover", "de hele kluis"))
    exp.add_argument("--out", required=True, type=Path, metavar="FILE")
    imp = hand_sub.add_parser(
        "import", help=QCoreApplication.translate("CliHandover", "neem de dossiers uit een bundel over in deze kluis")
    )
    imp.add_argument("bundle", type=Path, metavar="FILE")
    opn = hand_sub.add_parser(
        "open",
        help=QCoreApplication.translate("CliHandover", "maak van een bundel een nieuwe kluis met een eigen wachtwoord"),
    )
    opn.add_argument("bundle", type=Path, metavar="FILE")
    opn.add_argument(
        "--vault",
        dest="new_vault",
        type=Path,
        default=None,
        metavar="NEWPATH",
        help=QCoreApplication.translate("CliHandover", "waar de nieuwe kluis komt"),
    )


def _vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser().absolute() if args.vault else default_vault_path()


def _actor() -> str:
    try:
        return f"{getpass.getuser()} (cli)"
    except (KeyError, OSError):
        return "cli"


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size)


def _bundle_exit(error: VaultError) -> int:
    if isinstance(error, BundlePassphraseError | BundleDamagedError | RestorePassphraseError | RestoreInvalidError):
        return EXIT_CANNOT_OPEN
    if isinstance(error, NotABundleError | BundleTargetExistsError | RestoreKeyMissingError):
        return EXIT_BAD_INPUT
    return EXIT_OTHER


def _fail(console: ConsoleLike, error: VaultError) -> int:
    console.err(handover_error_text(error))
    return _bundle_exit(error)


def _new_bundle_passphrase(console: ConsoleLike) -> str | None:
    first = console.secret(QCoreApplication.translate("CliHandover", "Wachtwoord voor de bundel: "))
    second = console.secret(QCoreApplication.translate("CliHandover", "Herhaal het wachtwoord voor de bundel: "))
    if first != second:
        console.err(input_problem_text("mismatch"))
        return None
    try:
        check_new_passphrase(first)
    except InvalidInputError as exc:
        console.err(invalid_input_text(exc))
        return None
    return first


def cmd_handover(args: argparse.Namespace, console: ConsoleLike) -> int:
    try:
        if args.handover_command == "export":
            return _export(args, console)
        if args.handover_command == "import":
            return _import(args, console)
        return _open(args, console)
    except BundleError as exc:
        return _fail(console, exc)


def _export(args: argparse.Namespace, console: ConsoleLike) -> int:
    path = _vault_path(args)
    target = Path(args.out).expanduser().absolute()
    if target.exists():
        return _fail(console, BundleTargetExistsError(str(target)))
    if not target.parent.is_dir():
        console.err(
            QCoreApplication.translate("CliHandover", "De map {folder} bestaat niet.").format(folder=target.parent)
        )
        return EXIT_BAD_INPUT
    with InstanceLock(path):
        passphrase = console.secret(QCoreApplication.translate("Cli", "Wachtwoord: "))
        bundle_passphrase = _new_bundle_passphrase(console)
        if bundle_passphrase is None:
            return EXIT_BAD_INPUT
        vault = Vault.unlock(path, passphrase, _actor(), via="cli")
        try:
            service = HandoverService(vault)
            if args.all:
                written = service.export_vault(target, bundle_passphrase)
            else:
                case = CaseService(vault).find(args.case)
                if case is None:
                    console.err(QCoreApplication.translate("Cli", "Dossier niet gevonden: {ref}").format(ref=args.case))
                    return EXIT_BAD_INPUT
                written = service.export_case(case, target, bundle_passphrase)
        finally:
            vault.close()
    console.out(
        QCoreApplication.translate(
            "CliHandover", "Bundel gemaakt en gecontroleerd: {file} ({size}; dossiers: {cases}, bewijsstukken: {items})"
        ).format(file=written.path, size=_size(written.size), cases=written.cases, items=written.items)
    )
    console.out(
        QCoreApplication.translate(
            "CliHandover", "Geef het wachtwoord van de bundel apart door, niet samen met het bestand."
        )
    )
    return EXIT_OK


def _import(args: argparse.Namespace, console: ConsoleLike) -> int:
    path = _vault_path(args)
    source = Path(args.bundle).expanduser().absolute()
    if not source.is_file():
        console.err(QCoreApplication.translate("Cli", "{file}: bestand niet gevonden.").format(file=source))
        return EXIT_BAD_INPUT
    with InstanceLock(path):
        passphrase = console.secret(QCoreApplication.translate("Cli", "Wachtwoord: "))
        bundle_passphrase = console.secret(QCoreApplication.translate("CliHandover", "Wachtwoord van de bundel: "))
        vault = Vault.unlock(path, passphrase, _actor(), via="cli")
        try:
            result = HandoverService(vault).import_bundle(source, bundle_passphrase)
        finally:
            vault.close()
    for case in result.cases:
        if case.renamed:
            console.out(
                QCoreApplication.translate(
                    "CliHandover", "{old} → {new} (dit kenmerk bestond al in deze kluis)"
                ).format(old=case.old_reference, new=case.new_reference)
                + f"\t{case.title}"
            )
        else:
            console.out(f"{case.new_reference}\t{case.title}")
    console.out(
        QCoreApplication.translate(
            "CliHandover", "Overgenomen: {cases} dossier(s), {items} bewijsstuk(ken); alle hashes gecontroleerd."
        ).format(cases=len(result.cases), items=result.items)
    )
    return EXIT_OK


def _open(args: argparse.Namespace, console: ConsoleLike) -> int:
    target = args.new_vault or args.vault
    if target is None:
        console.err(
            QCoreApplication.translate("CliHandover", "Geef met --vault NEWPATH aan waar de nieuwe kluis komt.")
        )
        return EXIT_USAGE
    new_path = Path(target).expanduser().absolute()
    source = Path(args.bundle).expanduser().absolute()
    if not source.is_file():
        console.err(QCoreApplication.translate("Cli", "{file}: bestand niet gevonden.").format(file=source))
        return EXIT_BAD_INPUT
    if new_path.exists() or keyfile_path(new_path).exists():
        console.err(QCoreApplication.translate("Cli", "Op deze plek staat al een kluis: {path}").format(path=new_path))
        return EXIT_BAD_INPUT
    new_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # the vault's folder is private
    with InstanceLock(new_path):
        bundle_passphrase = console.secret(QCoreApplication.translate("CliHandover", "Wachtwoord van de bundel: "))
        new = console.secret(QCoreApplication.translate("CliHandover", "Nieuw wachtwoord voor de kluis: "))
        if (
            not console.from_stdin
            and console.secret(QCoreApplication.translate("CliHandover", "Herhaal het nieuwe wachtwoord: ")) != new
        ):
            console.err(input_problem_text("mismatch"))
            return EXIT_BAD_INPUT
        try:
            recovery_key, cases = open_bundle_as_vault(source, bundle_passphrase, new_path, new, _actor())
        except InvalidInputError as exc:
            console.err(invalid_input_text(exc))
            return EXIT_BAD_INPUT
    console.out(
        QCoreApplication.translate("CliHandover", "Kluis gemaakt: {path} (dossiers: {cases})").format(
            path=new_path, cases=cases
        )
    )
    show_recovery_key(console, recovery_key)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, console: ConsoleLike) -> int:
    path = _vault_path(args)
    source = Path(args.source).expanduser().absolute()
    if not source.is_file():
        console.err(QCoreApplication.translate("Cli", "{file}: bestand niet gevonden.").format(file=source))
        return EXIT_BAD_INPUT
    if source == path:
        console.err(QCoreApplication.translate("CliHandover", "Dit is de kluis zelf, geen back-up."))
        return EXIT_BAD_INPUT
    try:
        with InstanceLock(path):
            passphrase = console.secret(QCoreApplication.translate("CliHandover", "Wachtwoord van de back-up: "))
            prepared = prepare_restore(path, source, passphrase)
            console.out(
                QCoreApplication.translate(
                    "CliHandover", "Back-up van {date}: {cases} dossier(s), {items} bewijsstuk(ken); gecontroleerd."
                ).format(date=prepared.made_at.strftime("%Y-%m-%d %H:%M"), cases=prepared.cases, items=prepared.items)
            )
            if not args.yes:
                console.out(
                    QCoreApplication.translate(
                        "CliHandover",
                        "De huidige kluis vervangen door deze back-up? De huidige blijft ernaast bewaard. "
                        "Typ j om door te gaan: ",
                    )
                )
                answer = console.stdin.readline().strip().lower()
                if answer not in ("j", "ja", "y", "yes"):
                    prepared.discard()
                    console.out(QCoreApplication.translate("CliHandover", "Niets gewijzigd."))
                    return EXIT_OTHER
            done = complete_restore(prepared, _actor())
            done.vault.close()
    except (BundleError, RestoreKeyMissingError, RestorePassphraseError, RestoreInvalidError) as exc:
        return _fail(console, exc)
    console.out(
        QCoreApplication.translate(
            "CliHandover", "Back-up teruggezet: {path}. De kluis opent nu met het wachtwoord van de back-up."
        ).format(path=path)
    )
    if done.kept_aside is not None:
        console.out(
            QCoreApplication.translate("CliHandover", "De vorige kluis is bewaard als {file} (met {file}.key).").format(
                file=done.kept_aside
            )
        )
    return EXIT_OK
