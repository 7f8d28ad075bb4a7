"""``ogg-desktop report (police|hr|employee|notice) CASE --out FILE.pdf`` and
``ogg-desktop verify --report FILE.pdf``: the GUI's report dialog and check, without a window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from ogg_desktop.gui.labels import consent_label, report_kind_label
from ogg_desktop.gui.messages import report_error_text
from ogg_desktop.reports.model import ReportKind, ReportOptions
from ogg_desktop.reports.verify import NotAReportError, ReportCheck, check_against_vault, check_report
from ogg_desktop.services.session import Session
from ogg_desktop.services.workflow import ConsentRequiredError

EXIT_OK, EXIT_OTHER, EXIT_BAD_INPUT = 0, 1, 4


class ConsoleLike(Protocol):
    def out(self, text: str) -> None: ...
    def err(self, text: str) -> None: ...


def add_report_parser(sub: Any) -> None:
    rep = sub.add_parser(
        "report", help=QCoreApplication.translate("Cli", "maak een PDF: politie, hr, medewerker of platformmelding")
    )
    rep.add_argument("kind", choices=[k.value for k in ReportKind])
    rep.add_argument("case", help=QCoreApplication.translate("Cli", "kenmerk van het dossier"))
    rep.add_argument("--out", required=True, type=Path)
    rep.add_argument("--report-lang", choices=("nl", "en"), default=None,
                     help=QCoreApplication.translate("Cli", "taal van het rapport (standaard de taal van de app)"))
    rep.add_argument(
        "--name", action="store_true",
        help=QCoreApplication.translate("Cli", "politie: de naam van de medewerker in plaats van het pseudoniem"))
    rep.add_argument(
        "--recipient", default="",
        help=QCoreApplication.translate("Cli", "wie het rapport ontvangt (voor het overzicht 'gedeeld met')"))
    rep.add_argument("--items", default=None, metavar="ID,ID",
                     help=QCoreApplication.translate("Cli", "hr: alleen deze bewijsstukken"))
    rep.add_argument("--platform-report", type=int, default=None, metavar="ID",
                     help=QCoreApplication.translate("Cli", "notice: de melding bij het platform"))
    rep.add_argument("--force", action="store_true",
                     help=QCoreApplication.translate("Cli", "overschrijf een bestaand bestand"))


def make_report(args: argparse.Namespace, session: Session, console: ConsoleLike, language: str) -> int:
    case = session.cases.find(args.case)
    if case is None:
        console.err(QCoreApplication.translate("Cli", "Geen dossier met kenmerk {ref}.").format(ref=args.case))
        return EXIT_BAD_INPUT
    target = Path(args.out).expanduser().absolute()
    if target.exists() and not args.force:
        console.err(QCoreApplication.translate("Cli", "{file} bestaat al; kies een nieuwe naam of gebruik --force.")
                    .format(file=target))
        return EXIT_BAD_INPUT
    kind = ReportKind(args.kind)
    options = ReportOptions(language=args.report_lang or language, use_pseudonym=not args.name,
                            recipient=args.recipient)
    if args.items:
        try:
            options.item_ids = [int(part) for part in args.items.split(",") if part.strip()]
        except ValueError:
            console.err(QCoreApplication.translate("Cli", "--items verwacht nummers, gescheiden door komma's."))
            return EXIT_BAD_INPUT
    if kind == ReportKind.NOTICE:
        reports = session.workflow.platform_reports(case)
        if args.platform_report is None and len(reports) == 1:
            options.platform_report_id = reports[0].id
        elif args.platform_report is None or all(r.id != args.platform_report for r in reports):
            choices = ", ".join(f"{r.id} ({r.platform})" for r in reports) or "—"
            console.err(QCoreApplication.translate(
                "Cli", "Kies de melding bij het platform met --platform-report; dit dossier heeft: {choices}")
                .format(choices=choices))
            return EXIT_BAD_INPUT
        else:
            options.platform_report_id = args.platform_report
    try:
        data = session.reports.prepare(case, kind, options)
        export = session.reports.write(data, target)
    except ConsentRequiredError as exc:
        console.err(QCoreApplication.translate(
            "Cli", "De medewerker heeft (nog) geen toestemming gegeven voor: {step}. Leg de toestemming vast in "
            "het dossier, of leg in het venster vast waarom u toch handelt (conflict van plichten).")
            .format(step=consent_label(exc.scope)))
        return EXIT_BAD_INPUT
    except Exception as exc:  # every failure is said in words; the target is left untouched
        console.err(report_error_text(exc))
        return EXIT_OTHER
    console.out(QCoreApplication.translate("Cli", "{kind} geschreven: {file}").format(
        kind=report_kind_label(kind.value), file=target))
    console.out(QCoreApplication.translate("Cli", "Bewijsstukken: {n}. SHA-256 van de PDF: {sha}").format(
        n=export.item_count, sha=export.sha256))
    return EXIT_OK


def load_report_check(path: Path, console: ConsoleLike) -> ReportCheck | None:
    try:
        return check_report(path)
    except NotAReportError:
        console.err(QCoreApplication.translate("Cli", "{file} is geen leesbare PDF.").format(file=path))
        return None


def verify_report(check: ReportCheck, session: Session, console: ConsoleLike) -> int:
    with session.vault.reader() as repos:
        check_against_vault(check, repos)
    console.out(QCoreApplication.translate("Cli", "Rapport voor dossier {ref}: {n} bijgevoegde originelen.").format(
        ref=check.reference or "?", n=len(check.files)))
    for f in check.files:
        if not f.printed:
            console.out(QCoreApplication.translate(
                "Cli", "AFWIJKING: bijlage {name} heeft SHA-256 {sha}, die niet in het rapport staat.")
                .format(name=f.name, sha=f.sha256))
        if f.in_vault is False:
            console.out(QCoreApplication.translate(
                "Cli", "AFWIJKING: bijlage {name} komt niet overeen met een bewijsstuk in de kluis.")
                .format(name=f.name))
    for sha in check.printed_without_file:
        console.out(QCoreApplication.translate(
            "Cli", "AFWIJKING: het rapport noemt SHA-256 {sha}, maar het bestand zit er niet bij.").format(sha=sha))
    if not check.files:
        console.out(QCoreApplication.translate("Cli", "Er zitten geen originele bestanden in dit rapport."))
    if check.ok:
        console.out(QCoreApplication.translate(
            "Cli", "In orde: elke bijlage heeft de afgedrukte hash en is gelijk aan het bewijsstuk in de kluis."))
        return EXIT_OK
    return EXIT_OTHER
