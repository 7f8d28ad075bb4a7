"""``ogg-desktop --self-test``: does this installation work, end to end, on this computer?

For an administrator after installing (also the frozen app): in a temporary folder it creates a real
SQLCipher vault with the production key derivation, opens it again with the passphrase, adds a case,
captures a region of the screen with the app's own capture code, stores it as evidence, builds a
police report PDF and checks that report against the vault. One plain line per step; exit 0 when all
passed, 1 with what failed otherwise. The temporary folder is always removed; nothing else is touched.

Qt-free on purpose: ``__main__`` starts it before the command line (and Qt) is imported, so it also
runs where no Qt platform plugin could load. Its texts are not GUI strings; both languages live here.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import ogg_desktop
from ogg_desktop import __version__

if TYPE_CHECKING:
    from ogg_desktop.services.session import Session

EXIT_OK, EXIT_FAILED = 0, 1
RESOURCES = Path(ogg_desktop.__file__).resolve().parents[1] / "resources"
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
REGION_SIZE = (320, 200)

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "start": "Zelftest van OGG Desktop {version} (in een tijdelijke map; uw eigen kluis blijft onaangeroerd).",
        "files": "Bestanden: lettertypen voor rapporten en de Engelse vertaling zijn aanwezig.",
        "vault": "Kluis: versleutelde kluis gemaakt (SQLCipher {cipher}); een verkeerd wachtwoord wordt "
                 "geweigerd en het juiste opent hem.",
        "case": "Dossier: testdossier {ref} aangemaakt.",
        "capture": "Schermafbeelding: een gebied van {w}×{h} beeldpunten van het scherm vastgelegd.",
        "evidence": "Bewijs: opgeslagen in het dossier; teruggelezen met dezelfde SHA-256 ({sha}…).",
        "report": "Rapport: bijlage bij aangifte gemaakt ({pages} pagina's, {kb} kB).",
        "check": "Controle: de bijlage in het rapport heeft de afgedrukte hash en is gelijk aan het bewijs in de "
                 "kluis.",
        "verify": "Kluiscontrole: hashes, auditlogboek en bestand zijn in orde.",
        "passed": "Zelftest geslaagd in {seconds} s{removed}.",
        "failed": "MISLUKT bij '{step}': {reason}",
        "failed_end": "Zelftest mislukt{removed}.",
        "removed": "; de tijdelijke map is verwijderd",
        "cleanup_failed": "Let op: de tijdelijke map {path} kon niet worden verwijderd; verwijder hem zelf.",
        "step_files": "bestanden", "step_vault": "kluis", "step_case": "dossier",
        "step_capture": "schermafbeelding", "step_evidence": "bewijs", "step_report": "rapport",
        "step_check": "controle", "step_verify": "kluiscontrole",
        "no_display": "er is geen scherm om vast te leggen (DISPLAY is niet gezet). Start de zelftest in een "
                      "grafische sessie, of met xvfb-run -a.",
        "wayland": "dit bureaublad (Wayland zonder XWayland) laat geen schermafbeelding toe.",
        "grab_failed": "het scherm kon niet worden vastgelegd ({detail}).",
        "driver": "de database is geen SQLCipher 4; de app weigert dan te werken ({detail}).",
        "missing": "{path} ontbreekt; de installatie is onvolledig.",
        "plain": "het kluisbestand is niet versleuteld.",
        "wrong_accepted": "een verkeerd wachtwoord opende de kluis.",
        "mismatch": "het teruggelezen bewijs heeft een andere SHA-256.",
        "report_bad": "het rapport klopt niet met de kluis ({detail}).",
        "verify_bad": "de kluiscontrole vond fouten ({detail}).",
        "other": "{kind}: {detail}",
    },
    "en": {
        "start": "OGG Desktop {version} self-test (in a temporary folder; your own vault is not touched).",
        "files": "Files: the report fonts and the English translation are present.",
        "vault": "Vault: encrypted vault created (SQLCipher {cipher}); a wrong passphrase is refused and the "
                 "right one opens it.",
        "case": "Case: test case {ref} created.",
        "capture": "Screenshot: a region of {w}×{h} pixels of the screen captured.",
        "evidence": "Evidence: stored in the case; read back with the same SHA-256 ({sha}…).",
        "report": "Report: police report annex built ({pages} pages, {kb} kB).",
        "check": "Check: the file attached to the report has the printed hash and equals the evidence in the vault.",
        "verify": "Vault check: hashes, audit log and file are in order.",
        "passed": "Self-test passed in {seconds} s{removed}.",
        "failed": "FAILED at '{step}': {reason}",
        "failed_end": "Self-test failed{removed}.",
        "removed": "; the temporary folder was removed",
        "cleanup_failed": "Note: the temporary folder {path} could not be removed; please remove it yourself.",
        "step_files": "files", "step_vault": "vault", "step_case": "case",
        "step_capture": "screenshot", "step_evidence": "evidence", "step_report": "report",
        "step_check": "check", "step_verify": "vault check",
        "no_display": "there is no screen to capture (DISPLAY is not set). Run the self-test in a graphical "
                      "session, or with xvfb-run -a.",
        "wayland": "this desktop (Wayland without XWayland) does not allow screenshots.",
        "grab_failed": "the screen could not be captured ({detail}).",
        "driver": "the database is not SQLCipher 4; the app refuses to work then ({detail}).",
        "missing": "{path} is missing; the installation is incomplete.",
        "plain": "the vault file is not encrypted.",
        "wrong_accepted": "a wrong passphrase opened the vault.",
        "mismatch": "the evidence read back has a different SHA-256.",
        "report_bad": "the report does not match the vault ({detail}).",
        "verify_bad": "the vault check found problems ({detail}).",
        "other": "{kind}: {detail}",
    },
}


class StepFailedError(Exception):
    """A check that did not hold; the message is already in plain words."""


def choose_language(argv: list[str]) -> str:
    """--lang nl|en, then OGG_LANG, then the locale; Dutch otherwise (as the app does, without Qt)."""
    requested = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            requested = argv[i + 1]
        elif arg.startswith("--lang="):
            requested = arg.split("=", 1)[1]
    for candidate in (requested, os.environ.get("OGG_LANG"), os.environ.get("LC_ALL"), os.environ.get("LANG")):
        if candidate and candidate.lower()[:2] in TEXTS:
            return candidate.lower()[:2]
    return "nl"


class SelfTest:
    def __init__(self, language: str, out: TextIO, err: TextIO) -> None:
        self.texts = TEXTS[language]
        self.language = language
        self.out, self.err = out, err

    def say(self, key: str, **values: object) -> None:
        print(self.texts[key].format(**values), file=self.out, flush=True)

    def complain(self, key: str, **values: object) -> None:
        print(self.texts[key].format(**values), file=self.err, flush=True)

    def fail(self, key: str, **values: object) -> StepFailedError:
        return StepFailedError(self.texts[key].format(**values))

    def reason(self, exc: BaseException) -> str:
        """The failure in words: known causes said plainly, anything else by its type and message."""
        from ogg_desktop.capture.grab import CaptureUnavailableError
        from ogg_desktop.vault.errors import DriverError

        if isinstance(exc, StepFailedError):
            return str(exc)
        if isinstance(exc, CaptureUnavailableError):
            key = exc.reason if exc.reason in ("no_display", "wayland") else "grab_failed"
            return self.texts[key].format(detail=exc)
        if isinstance(exc, DriverError):
            return self.texts["driver"].format(detail=exc)
        return self.texts["other"].format(kind=type(exc).__name__, detail=exc)

    def run(self) -> int:
        started = time.monotonic()
        self.say("start", version=__version__)
        folder = Path(tempfile.mkdtemp(prefix="ogg-desktop-selftest-"))
        state: dict[str, object] = {}
        step = "step_files"
        try:
            steps: list[tuple[str, Callable[[Path, dict[str, object]], None]]] = [
                ("step_files", self.check_files), ("step_vault", self.make_vault), ("step_case", self.add_case),
                ("step_capture", self.capture), ("step_evidence", self.store_evidence),
                ("step_report", self.build_report), ("step_check", self.check_report),
                ("step_verify", self.verify_vault),
            ]
            for name, work in steps:
                step = name  # named in the failure line
                work(folder, state)
        except Exception as exc:  # every failure is said in words, without a traceback
            self.complain("failed", step=self.texts[step], reason=self.reason(exc))
            self.complain("failed_end", removed=self.cleanup(folder, state))
            return EXIT_FAILED
        removed = self.cleanup(folder, state)
        self.say("passed", seconds=f"{time.monotonic() - started:.1f}", removed=removed)
        return EXIT_OK

    def cleanup(self, folder: Path, state: dict[str, object]) -> str:
        """Close the vault and remove the folder; returns the words that say it was removed, or ''."""
        session = state.pop("session", None)
        if session is not None:
            with contextlib.suppress(Exception):  # best effort; the folder goes regardless
                self.session({"session": session}).close()
        shutil.rmtree(folder, ignore_errors=True)
        if folder.exists():
            self.complain("cleanup_failed", path=folder)
            return ""
        return self.texts["removed"]

    # The steps -------------------------------------------------------------------------------------
    def check_files(self, _folder: Path, _state: dict[str, object]) -> None:
        for path in (RESOURCES / "fonts" / "DejaVuSans.ttf", RESOURCES / "i18n" / "ogg_desktop_en.qm"):
            if not path.is_file():
                raise self.fail("missing", path=path)
        self.say("files")

    def make_vault(self, folder: Path, state: dict[str, object]) -> None:
        from ogg_desktop.services.session import Session
        from ogg_desktop.vault.driver import cipher_version, sqlcipher
        from ogg_desktop.vault.errors import WrongPassphraseError
        from ogg_desktop.vault.vault import Vault

        path = folder / "zelftest.ogg"
        passphrase = secrets.token_urlsafe(24)
        vault, _recovery_key = Vault.create(path, passphrase, "zelftest")  # the production key derivation
        vault.close()
        if path.read_bytes()[:16] == SQLITE_PLAIN_HEADER:
            raise self.fail("plain")
        try:
            Vault.unlock(path, passphrase + "x", "zelftest", via="selftest").close()
        except WrongPassphraseError:
            pass
        else:
            raise self.fail("wrong_accepted")
        state["session"] = Session.on(Vault.unlock(path, passphrase, "zelftest", via="selftest"))
        self.say("vault", cipher=cipher_version(sqlcipher()))

    def add_case(self, _folder: Path, state: dict[str, object]) -> None:
        from ogg_desktop.domain.case import ConsentScope, Employee

        session = self.session(state)
        case = session.cases.create("Zelftest" if self.language == "nl" else "Self-test",
                                    Employee(pseudonym="Medewerker Zelftest"))
        session.cases.record_consent(case, ConsentScope.POLICE_REPORT, date.today(), "mondeling")
        state["case"] = case
        self.say("case", ref=case.reference)

    def capture(self, _folder: Path, state: dict[str, object]) -> None:
        from ogg_desktop.capture.grab import Rect, grab_all

        grab = grab_all()
        screen = grab.monitors[0]
        width, height = min(REGION_SIZE[0], screen.width), min(REGION_SIZE[1], screen.height)
        region = Rect(screen.x + (screen.width - width) // 2, screen.y + (screen.height - height) // 2, width, height)
        state["grab"], state["region"] = grab, region
        self.say("capture", w=width, h=height)

    def store_evidence(self, _folder: Path, state: dict[str, object]) -> None:
        from ogg_desktop.capture.grab import Grab, Rect, encode_png
        from ogg_desktop.domain.case import Case
        from ogg_desktop.domain.evidence import CaptureMethod

        session = self.session(state)
        grab, region, case = state.pop("grab"), state["region"], state["case"]
        assert isinstance(grab, Grab) and isinstance(region, Rect) and isinstance(case, Case)
        item = session.capture.store(case, grab, region, CaptureMethod.REGION, title="Zelftest")
        assert item.id is not None
        with session.vault.reader() as repos:
            stored = repos.evidence.data(item.id)
        if hashlib.sha256(stored).hexdigest() != item.sha256 or stored != encode_png(grab.crop(region)):
            raise self.fail("mismatch")
        self.say("evidence", sha=item.sha256[:12])

    def build_report(self, folder: Path, state: dict[str, object]) -> None:
        from pypdf import PdfReader

        from ogg_desktop.domain.case import Case
        from ogg_desktop.reports.model import ReportKind, ReportOptions

        session, case = self.session(state), state["case"]
        assert isinstance(case, Case)
        target = folder / "aangifte.pdf"
        options = ReportOptions(language=self.language, recipient="zelftest")
        session.reports.write(session.reports.prepare(case, ReportKind.POLICE, options), target)
        state["report"] = target
        self.say("report", pages=len(PdfReader(target).pages), kb=round(target.stat().st_size / 1024))

    def check_report(self, _folder: Path, state: dict[str, object]) -> None:
        from ogg_desktop.reports.verify import check_against_vault, check_report

        session, target = self.session(state), state["report"]
        assert isinstance(target, Path)
        check = check_report(target)
        with session.vault.reader() as repos:
            check_against_vault(check, repos)
        if not check.ok or len(check.files) != 1:
            detail = ", ".join(f"{f.name}: printed={f.printed}, in_vault={f.in_vault}" for f in check.files)
            raise self.fail("report_bad", detail=detail or "no attachments")
        self.say("check")

    def verify_vault(self, _folder: Path, state: dict[str, object]) -> None:
        report = self.session(state).verify()
        if not report.ok:
            detail = "; ".join([*report.integrity_problems, *(str(m) for m in report.mismatches),
                                "" if report.chain.ok else "audit chain"]).strip("; ")
            raise self.fail("verify_bad", detail=detail)
        self.say("verify")

    @staticmethod
    def session(state: dict[str, object]) -> Session:
        from ogg_desktop.services.session import Session

        session = state["session"]
        assert isinstance(session, Session)
        return session


def main(argv: list[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    return SelfTest(choose_language(args), out or sys.stdout, err or sys.stderr).run()
