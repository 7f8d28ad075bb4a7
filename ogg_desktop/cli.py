"""The command line: the same services as the GUI, without a window.

ogg-desktop [--vault PATH] [--passphrase-stdin] [--lang nl|en] COMMAND …
With no command the GUI starts. Exit codes: 0 ok, 1 other, 2 usage, 3 cannot open (wrong passphrase
or damaged file), 4 bad input. No command prints a secret except ``init`` (the recovery key, once).
"""

from __future__ import annotations

import argparse
import errno
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from ogg_desktop import __version__
from ogg_desktop.capture.grab import CaptureUnavailableError, Rect
from ogg_desktop.capture.images import ImageRejectedError
from ogg_desktop.cli_handover import add_handover_parsers, cmd_handover, cmd_restore
from ogg_desktop.cli_output import show_recovery_key
from ogg_desktop.cli_reports import add_report_parser, load_report_check, make_report, verify_report
from ogg_desktop.domain.case import Employee
from ogg_desktop.domain.passphrase import assess
from ogg_desktop.gui.i18n import install_translator, resolve_language
from ogg_desktop.gui.messages import (
    capture_unavailable_text,
    image_rejected_text,
    input_problem_text,
    invalid_input_text,
    vault_error_text,
)
from ogg_desktop.instance import InstanceLock, send_to_running_instance
from ogg_desktop.paths import default_vault_path
from ogg_desktop.services.cases import InvalidInputError
from ogg_desktop.services.session import Session
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
from ogg_desktop.vault.vault import Vault

EXIT_OK, EXIT_OTHER, EXIT_USAGE, EXIT_CANNOT_OPEN, EXIT_BAD_INPUT = 0, 1, 2, 3, 4
CANNOT_OPEN = (
    WrongPassphraseError,
    VaultDamagedError,
    VaultNotFoundError,
    KeyFileMissingError,
    KeyFileDamagedError,
    BadRecoveryKeyError,
)


class CliError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ogg-desktop",
        description=QCoreApplication.translate(
            "Cli",
            "OGG Desktop: vertrouwelijk dossier bij online grensoverschrijdend gedrag. Zonder opdracht start het "
            "venster.",
        ),
    )
    p.add_argument("--version", action="version", version=f"OGG Desktop {__version__}")
    p.add_argument(
        "--vault",
        type=Path,
        default=None,
        help=QCoreApplication.translate("Cli", "pad naar de kluis (standaard in uw gegevensmap)"),
    )
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=QCoreApplication.translate("Cli", "lees het wachtwoord van de eerste regel van standaardinvoer"),
    )
    p.add_argument(
        "--lang", choices=("nl", "en"), default=None, help=QCoreApplication.translate("Cli", "taal van de app")
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli", "open een nieuwe kluis met verzonnen voorbeelddossiers in een tijdelijke map"
        ),
    )
    p.add_argument(  # handled in __main__ before Qt loads (ogg_desktop/selftest.py); listed here for --help
        "--self-test",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli", "controleer deze installatie: kluis, schermafbeelding en rapport in een tijdelijke map"
        ),
    )
    sub = p.add_subparsers(dest="command", metavar=QCoreApplication.translate("Cli", "OPDRACHT"))

    sub.add_parser(
        "init", help=QCoreApplication.translate("Cli", "maak een nieuwe kluis (toont eenmalig de herstelsleutel)")
    )

    case = sub.add_parser("case", help=QCoreApplication.translate("Cli", "dossiers"))
    case_sub = case.add_subparsers(
        dest="case_command", required=True, metavar=QCoreApplication.translate("Cli", "OPDRACHT")
    )
    add = case_sub.add_parser("add", help=QCoreApplication.translate("Cli", "nieuw dossier; toont het kenmerk"))
    add.add_argument("--title", required=True)
    add.add_argument(
        "--employee", default="", help=QCoreApplication.translate("Cli", "pseudoniem of naam van de medewerker")
    )
    lst = case_sub.add_parser("list", help=QCoreApplication.translate("Cli", "alle dossiers"))
    lst.add_argument("--json", action="store_true")

    ev = sub.add_parser("evidence", help=QCoreApplication.translate("Cli", "bewijsstukken"))
    ev_sub = ev.add_subparsers(
        dest="evidence_command", required=True, metavar=QCoreApplication.translate("Cli", "OPDRACHT")
    )
    imp = ev_sub.add_parser(
        "import", help=QCoreApplication.translate("Cli", "afbeeldingen importeren; originele bytes blijven bewaard")
    )
    imp.add_argument("case")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--json", action="store_true")
    exp = ev_sub.add_parser(
        "export",
        help=QCoreApplication.translate("Cli", "schrijf de originele bytes van een bewijsstuk naar een bestand"),
    )
    exp.add_argument("case")
    exp.add_argument("item", type=int)
    exp.add_argument("--out", required=True, type=Path)

    ver = sub.add_parser(
        "verify", help=QCoreApplication.translate("Cli", "controleer alle hashes, de auditketen en de kluis zelf")
    )
    ver.add_argument(
        "--report",
        type=Path,
        default=None,
        metavar="FILE.pdf",
        help=QCoreApplication.translate(
            "Cli", "controleer een rapport: bijlagen, afgedrukte hashes en de bewijsstukken in de kluis"
        ),
    )
    add_report_parser(sub)
    add_handover_parsers(sub)
    bak = sub.add_parser(
        "backup", help=QCoreApplication.translate("Cli", "versleutelde, gecontroleerde kopie van de kluis")
    )
    bak.add_argument("--out", required=True, type=Path)
    sub.add_parser(
        "passphrase",
        help=QCoreApplication.translate("Cli", "wachtwoord wijzigen (oud en nieuw, elk op een eigen regel)"),
    )
    sub.add_parser(
        "recover", help=QCoreApplication.translate("Cli", "nieuw wachtwoord instellen met de herstelsleutel")
    )
    cap = sub.add_parser(
        "capture",
        help=QCoreApplication.translate(
            "Cli", "schermafbeelding: zonder --case kiest u het gebied in het venster; met --case direct opslaan"
        ),
    )
    cap.add_argument("--case", default=None, help=QCoreApplication.translate("Cli", "kenmerk van het dossier"))
    where = cap.add_mutually_exclusive_group()
    where.add_argument("--region", default=None, metavar="X,Y,W,H")
    where.add_argument("--monitor", type=int, default=None, metavar="N")
    where.add_argument("--all", action="store_true")
    cap.add_argument("--delay", type=float, default=0.0, metavar="S")
    cap.add_argument("--json", action="store_true")
    return p


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


def _vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser().absolute() if args.vault else default_vault_path()


def _actor() -> str:
    try:
        return f"{getpass.getuser()} (cli)"
    except (KeyError, OSError):
        return "cli"


def _with_session(args: argparse.Namespace, console: Console, work: Callable[[Session], int]) -> int:
    path = _vault_path(args)
    with InstanceLock(path):
        passphrase = console.secret(QCoreApplication.translate("Cli", "Wachtwoord: "))
        session = Session.on(Vault.unlock(path, passphrase, _actor(), via="cli"))
        try:
            return work(session)
        except VaultDamagedError as exc:
            # Opened, then a damaged page was met: damage found (exit 1), not "cannot open" (3).
            raise CliError(vault_error_text(exc), EXIT_OTHER) from None
        finally:
            session.close()


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    path = _vault_path(args)
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
        vault, recovery_key = Vault.create(path, passphrase, _actor())
        vault.close()
    console.out(QCoreApplication.translate("Cli", "Kluis gemaakt: {path}").format(path=path))
    show_recovery_key(console, recovery_key)
    return EXIT_OK


def cmd_case(args: argparse.Namespace, console: Console) -> int:
    def work(session: Session) -> int:
        if args.case_command == "add":
            employee = Employee(pseudonym=args.employee)
            case = session.cases.create(args.title, employee)
            console.out(case.reference)
            return EXIT_OK
        rows = session.cases.summaries(limit=1_000_000)
        if args.json:
            console.out(
                json.dumps(
                    [
                        {
                            "id": r.id,
                            "reference": r.reference,
                            "title": r.title,
                            "employee": r.employee,
                            "status": r.status.value,
                            "opened_on": r.opened_on.isoformat(),
                            "evidence": r.evidence_count,
                        }
                        for r in rows
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            for r in rows:
                console.out(f"{r.reference}\t{r.opened_on.isoformat()}\t{r.status.value}\t{r.title}")
        return EXIT_OK

    return _with_session(args, console, work)


def _find_case(session: Session, ref: str):  # type: ignore[no-untyped-def]
    case = session.cases.find(ref)
    if case is None:
        raise CliError(
            QCoreApplication.translate("Cli", "Dossier niet gevonden: {ref}").format(ref=ref), EXIT_BAD_INPUT
        )
    return case


def cmd_evidence(args: argparse.Namespace, console: Console) -> int:
    def work(session: Session) -> int:
        case = _find_case(session, args.case)
        if args.evidence_command == "export":
            item = session.evidence.get(args.item)
            if item is None or item.case_id != case.id:
                raise CliError(
                    QCoreApplication.translate("Cli", "Bewijsstuk {item} hoort niet bij dossier {ref}.").format(
                        item=args.item, ref=case.reference
                    ),
                    EXIT_BAD_INPUT,
                )
            try:
                session.evidence.export_original(case, item, args.out)
            except OSError as exc:  # a folder that does not exist, no permission, …: a message, no traceback
                bad_path = isinstance(exc, FileNotFoundError | NotADirectoryError | IsADirectoryError | PermissionError)
                raise CliError(
                    QCoreApplication.translate("Cli", "Kan {file} niet schrijven: {reason}").format(
                        file=args.out, reason=exc.strerror or exc
                    ),
                    EXIT_BAD_INPUT if bad_path else EXIT_OTHER,
                ) from None
            console.out(f"{item.sha256}\t{args.out}")
            return EXIT_OK
        results = []
        failed = False
        for path in args.files:
            try:
                item = session.evidence.import_file(case, path)
            except FileNotFoundError:
                console.err(QCoreApplication.translate("Cli", "{file}: bestand niet gevonden.").format(file=path))
                failed = True
                continue
            except ImageRejectedError as exc:
                console.err(f"{path}: {image_rejected_text(exc)}")
                failed = True
                continue
            except OSError as exc:  # unreadable: permissions, a device error
                console.err(
                    QCoreApplication.translate("Cli", "{file}: kan niet worden gelezen ({reason}).").format(
                        file=path, reason=exc.strerror or type(exc).__name__
                    )
                )
                failed = True
                continue
            results.append({"id": item.id, "sha256": item.sha256, "file": str(path)})
        if args.json:
            console.out(json.dumps(results, indent=2))
        else:
            for r in results:
                console.out(f"{r['id']}\t{r['sha256']}\t{r['file']}")
        return EXIT_BAD_INPUT if failed else EXIT_OK

    return _with_session(args, console, work)


def cmd_report(args: argparse.Namespace, console: Console) -> int:
    language = resolve_language(args.lang)
    return _with_session(args, console, lambda session: make_report(args, session, console, language))


def cmd_verify(args: argparse.Namespace, console: Console) -> int:
    if args.report is not None:
        check = load_report_check(Path(args.report).expanduser().absolute(), console)
        if check is None:
            return EXIT_BAD_INPUT
        return _with_session(args, console, lambda session: verify_report(check, session, console))

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

    return _with_session(args, console, work)


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

    return _with_session(args, console, work)


def cmd_passphrase(args: argparse.Namespace, console: Console) -> int:
    path = _vault_path(args)
    with InstanceLock(path):
        old = console.secret(QCoreApplication.translate("Cli", "Huidig wachtwoord: "))
        new = console.secret(QCoreApplication.translate("Cli", "Nieuw wachtwoord: "))
        strength = assess(new)
        if not strength.acceptable:
            raise CliError(input_problem_text(strength.problem), EXIT_BAD_INPUT)
        vault = Vault.unlock(path, old, _actor(), via="cli")
        try:
            vault.change_passphrase(old, new)
        finally:
            vault.close()
    console.out(QCoreApplication.translate("Cli", "Wachtwoord gewijzigd."))
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, console: Console) -> int:
    path = _vault_path(args)
    with InstanceLock(path):
        recovery_key = console.secret(QCoreApplication.translate("Cli", "Herstelsleutel: "))
        new = console.secret(QCoreApplication.translate("Cli", "Nieuw wachtwoord: "))
        strength = assess(new)
        if not strength.acceptable:
            raise CliError(input_problem_text(strength.problem), EXIT_BAD_INPUT)
        vault = Vault.unlock_with_recovery_key(path, recovery_key, _actor(), via="cli")
        try:
            vault.set_passphrase_after_recovery(new)
        finally:
            vault.close()
    console.out(QCoreApplication.translate("Cli", "Nieuw wachtwoord ingesteld met de herstelsleutel."))
    return EXIT_OK


def cmd_capture(args: argparse.Namespace, console: Console) -> int:
    if not 0 <= args.delay <= 60:
        raise CliError(QCoreApplication.translate("Cli", "De vertraging is 0 tot 60 seconden."), EXIT_USAGE)
    if args.case is None:
        if args.region or args.monitor is not None or args.all:
            raise CliError(
                QCoreApplication.translate("Cli", "--region, --monitor en --all horen bij --case."), EXIT_USAGE
            )
        return capture_interactive(args, console)
    if not (args.region or args.monitor is not None or args.all):
        raise CliError(QCoreApplication.translate("Cli", "Kies --region X,Y,W,H, --monitor N of --all."), EXIT_USAGE)
    try:
        region = Rect.parse(args.region) if args.region else None
    except ValueError:
        raise CliError(
            QCoreApplication.translate("Cli", "--region verwacht X,Y,B,H in beeldpunten, bijv. 0,0,800,600."),
            EXIT_USAGE,
        ) from None

    def work(session: Session) -> int:
        case = _find_case(session, args.case)
        try:
            item = session.capture.capture_now(case, region=region, monitor=args.monitor, delay=args.delay)
        except CaptureUnavailableError as exc:
            raise CliError(capture_unavailable_text(exc), EXIT_OTHER) from None
        except ValueError:
            raise CliError(
                QCoreApplication.translate("Cli", "Scherm {n} bestaat niet.").format(n=args.monitor), EXIT_BAD_INPUT
            ) from None
        if args.json:
            console.out(
                json.dumps(
                    {
                        "id": item.id,
                        "sha256": item.sha256,
                        "width": item.width,
                        "height": item.height,
                        "case": case.reference,
                    }
                )
            )
        else:
            console.out(f"{item.id}\t{item.sha256}")
        return EXIT_OK

    return _with_session(args, console, work)


def capture_interactive(args: argparse.Namespace, console: Console) -> int:
    """For a desktop keyboard shortcut: the running window grabs the screen and shows the overlay.
    With no window running, the app starts with the screen already grabbed."""
    path = _vault_path(args)
    if send_to_running_instance(path, "capture", {"delay": args.delay}):
        console.out(QCoreApplication.translate("Cli", "OGG Desktop maakt de schermafbeelding."))
        return EXIT_OK
    from ogg_desktop.app import run_gui

    return run_gui(args, capture_delay=args.delay)


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
