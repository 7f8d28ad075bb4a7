"""``ogg-desktop case``, ``evidence``, ``report`` and ``capture``: working in a case's file."""

from __future__ import annotations

import argparse
import json

from PySide6.QtCore import QCoreApplication

from ogg_desktop.capture.grab import CaptureUnavailableError, Rect
from ogg_desktop.capture.images import ImageRejectedError
from ogg_desktop.cli_console import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_OTHER,
    EXIT_USAGE,
    CliError,
    Console,
    find_case,
    vault_path,
    with_session,
)
from ogg_desktop.cli_reports import make_report
from ogg_desktop.domain.case import Employee
from ogg_desktop.gui.i18n import resolve_language
from ogg_desktop.gui.messages import capture_unavailable_text, image_rejected_text
from ogg_desktop.instance import send_to_running_instance
from ogg_desktop.services.session import Session


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

    return with_session(args, console, work)


def cmd_evidence(args: argparse.Namespace, console: Console) -> int:
    def work(session: Session) -> int:
        case = find_case(session, args.case)
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

    return with_session(args, console, work)


def cmd_report(args: argparse.Namespace, console: Console) -> int:
    language = resolve_language(args.lang)
    return with_session(args, console, lambda session: make_report(args, session, console, language))


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
        case = find_case(session, args.case)
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

    return with_session(args, console, work)


def capture_interactive(args: argparse.Namespace, console: Console) -> int:
    """For a desktop keyboard shortcut: the running window grabs the screen and shows the overlay.
    With no window running, the app starts with the screen already grabbed."""
    path = vault_path(args)
    if send_to_running_instance(path, "capture", {"delay": args.delay}):
        console.out(QCoreApplication.translate("Cli", "OGG Desktop maakt de schermafbeelding."))
        return EXIT_OK
    from ogg_desktop.app import run_gui

    return run_gui(args, capture_delay=args.delay)
