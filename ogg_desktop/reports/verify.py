"""Check a report PDF: every attached original hashes to a SHA-256 printed in the report, every
printed hash has its attachment, and (given the vault) every attachment is an item of that case
whose stored bytes still hash the same."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from ogg_desktop.vault.repositories import Repositories

HASH = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")


class NotAReportError(Exception):
    """The file cannot be read as a PDF."""


@dataclass
class AttachedFile:
    name: str
    sha256: str
    printed: bool = False
    in_vault: bool | None = None  # None: not checked against a vault


@dataclass
class ReportCheck:
    path: Path
    reference: str
    files: list[AttachedFile] = field(default_factory=list)
    printed_without_file: list[str] = field(default_factory=list)
    vault_checked: bool = False

    @property
    def ok(self) -> bool:
        return (bool(self.files) and all(f.printed for f in self.files) and not self.printed_without_file
                and all(f.in_vault is not False for f in self.files))


def check_report(path: Path) -> ReportCheck:
    try:
        reader = PdfReader(path)
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        metadata = reader.metadata
        subject = str(metadata.get("/Subject", "") or "") if metadata is not None else ""
        attachments = reader.attachments
        files = [AttachedFile(name, hashlib.sha256(datas[0]).hexdigest())
                 for name, datas in sorted(attachments.items()) if datas]
    except (PdfReadError, OSError, ValueError, KeyError) as exc:
        raise NotAReportError(str(exc)) from exc
    printed = set(HASH.findall(text))
    for f in files:
        f.printed = f.sha256 in printed
    attached = {f.sha256 for f in files}
    return ReportCheck(path, subject, files, sorted(printed - attached))


def check_against_vault(check: ReportCheck, repos: Repositories) -> None:
    """Mark each attachment as found (or not) among the case's items, with unchanged stored bytes."""
    case = repos.cases.by_reference(check.reference) if check.reference else None
    items = repos.evidence.for_case(case.id) if case is not None and case.id is not None else []
    by_hash = {item.sha256: item for item in items}
    for f in check.files:
        item = by_hash.get(f.sha256)
        f.in_vault = item is not None and item.id is not None and \
            hashlib.sha256(repos.evidence.data(item.id)).hexdigest() == f.sha256
    check.vault_checked = True
