"""The command line's argument parser: global options and every command's arguments."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ogg_desktop import __version__
from ogg_desktop.cli_handover import add_handover_parsers
from ogg_desktop.cli_reports import add_report_parser


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
