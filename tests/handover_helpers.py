"""Shared by the handover and backup tests: a case filled in every part, marked with a canary, and
ways to compare what two vaults hold (per case, independent of ids; or every row of every table)."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import secrets
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from ogg_desktop.domain.case import Case, ConsentScope, Employee
from ogg_desktop.domain.checklist import ChecklistEntry, Step, StepState
from ogg_desktop.domain.evidence import CaptureMethod, Confidence
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Account, Person, Role
from ogg_desktop.domain.workflow import Conversation, FiledBy, PlatformReport, ReportRoute
from ogg_desktop.services.session import Session
from ogg_desktop.vault.connection import Connection

BUNDLE_PASSPHRASE = "paarse olifant fietst door regen"


def new_canary() -> str:
    return "KANARIE" + secrets.token_hex(6).upper()


def canary_forms(canary: str) -> list[bytes]:
    return [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be"),
            canary.lower().encode()]


def png_with_text(text: str, seed: int = 0) -> bytes:
    """A real PNG whose bytes hold ``text`` in the clear (a tEXt chunk)."""
    info = PngInfo()
    info.add_text("Comment", f"schermafdruk {text}")
    img = Image.new("RGB", (40 + seed, 30), (seed * 37 % 256, 80, 120))
    buf = io.BytesIO()
    img.save(buf, format="PNG", pnginfo=info)
    return buf.getvalue()


def fill_case(session: Session, marker: str, title: str | None = None) -> Case:
    """A case with the marker in its text, names and evidence bytes, and a row in every kind of table:
    evidence (with a derived copy pointing at its original), a witness, a poster and their account,
    notes, a consent, checklist steps, a conversation, aftercare, a platform report with its item."""
    s = session
    today = date.today()
    case = s.cases.create(title or f"Dossier {marker}", Employee(pseudonym=f"Pseudo {marker}",
                                                                  name=f"Naam {marker}"),
                          opened_on=today - timedelta(days=5), summary=f"Samenvatting {marker}")
    poster = s.people.add_person(case, Person(f"Plaatser {marker}", "oud-collega"), Role.POSTER).person
    witness = s.people.add_person(case, Person(f"Getuige {marker}", "collega"), Role.WITNESS).person
    account = s.people.add_account(case, Account("LinkedIn", f"@{marker.lower()}", "https://example.invalid/x",
                                                  f"Weergave {marker}", poster.id, Confidence.LIKELY, "foto"))
    item = s.evidence.import_bytes(case, png_with_text(marker), method=CaptureMethod.PASTED,
                                   filename=f"{marker}.png", title=f"Bewijs {marker}")
    item.transcript = f"Letterlijk: {marker}"
    item.account_id, item.poster_person_id = account.id, poster.id
    item.offences = ["bedreiging (art. 285 Sr)"]
    item.learned_on = today - timedelta(days=6)
    s.evidence.update_details(case, item)
    assert witness.id is not None
    s.evidence.set_witnesses(case, item, [witness.id])
    s.evidence.derive(case, item, png_with_text(f"afgeschermd {marker}", seed=3), "redacted")
    s.evidence.import_bytes(case, png_with_text(f"tweede {marker}", seed=5), method=CaptureMethod.IMPORTED_FILE,
                            filename="tweede.png")
    s.notes.add(case, f"Notitie alleen VP {marker}", Visibility.COUNSELLOR_ONLY)
    s.notes.add(case, f"Notitie medewerker {marker}", Visibility.EMPLOYEE)
    s.cases.record_consent(case, ConsentScope.PLATFORM_REPORT, today - timedelta(days=4), f"mondeling {marker}")
    s.checklist.save(case, ChecklistEntry(Step.DISCUSS, StepState.DONE, today - timedelta(days=4), "VP"))
    s.workflow.add_conversation(case, Conversation(case.id or 0, today - timedelta(days=4), "VP, medewerker",
                                                   f"Gesprek {marker}"))
    s.workflow.start_aftercare(case, datetime.combine(today - timedelta(days=5), time(10, 0), UTC))
    s.workflow.add_platform_report(case, PlatformReport(case.id or 0, "LinkedIn", ReportRoute.DSA_NOTICE,
                                                        FiledBy.EMPLOYEE, today - timedelta(days=3), [item.id or 0],
                                                        ticket=f"T-{marker}"))
    return case


def _plain(value: Any) -> Any:
    """A domain object as plain data without its ids (which differ between vaults)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(sorted((k, _plain(v)) for k, v in dataclasses.asdict(value).items()
                            if k != "id" and not k.endswith("_id") and k not in ("updated_at", "item_ids")))
    if isinstance(value, dict):
        return tuple(sorted((k, _plain(v)) for k, v in value.items()
                            if k != "id" and not k.endswith("_id") and k not in ("updated_at", "item_ids")))
    if isinstance(value, list | tuple):
        return tuple(_plain(v) for v in value)
    return value


def _sorted(values: Any) -> list[Any]:
    return sorted(values, key=repr)


def case_content(session: Session, case: Case) -> dict[str, Any]:
    """Everything a user sees of one case, independent of ids and of the reference."""
    s = session
    fresh = s.cases.get(case.id or 0)
    assert fresh is not None
    items = s.evidence.for_case(fresh)
    by_id = {i.id: i for i in items}
    names = {inv.person.id: inv.person.name for inv in s.people.involvements(fresh)}
    return {
        "case": _plain(dataclasses.replace(fresh, reference="")),
        "evidence": _sorted((i.sha256, hashlib.sha256(s.evidence.original_bytes(i.id or 0)).hexdigest(),
                            _plain(i), by_id[i.original_id].sha256 if i.original_id else "",
                            len(s.evidence.thumbnail(i.id or 0)) > 0,
                            tuple(sorted(names[p] for p in s.evidence.witnesses(i))))
                           for i in items),
        "people": _sorted(_plain(inv) for inv in s.people.involvements(fresh)),
        "accounts": _sorted(_plain(a) for a in s.people.accounts(fresh)),
        "notes": _sorted(_plain(n) for n in s.notes.for_case(fresh)),
        "consents": _sorted(_plain(c) for c in s.cases.consents(fresh)),
        "checklist": _sorted(_plain(e) for e in s.checklist.for_case(fresh)),
        "conversations": _sorted(_plain(c) for c in s.workflow.conversations(fresh)),
        "aftercare": _sorted(_plain(a) for a in s.workflow.aftercare(fresh)),
        "platform_reports": _sorted((_plain(r), tuple(sorted(by_id[i].sha256 for i in r.item_ids)))
                                   for r in s.workflow.platform_reports(fresh)),
    }


def table_dump(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables included), in rowid order."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    dump: dict[str, list[tuple[Any, ...]]] = {}
    for name in names:
        try:
            rows = conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
        except Exception:  # a WITHOUT ROWID table (FTS5 keeps one): its primary key order
            rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
        dump[name] = [tuple(r) for r in rows]
    return dump


def all_text(conn: Connection) -> bytes:
    """Every value of every table as bytes, to search decrypted content for a marker."""
    out = bytearray()
    for rows in table_dump(conn).values():
        for row in rows:
            for value in row:
                if isinstance(value, bytes):
                    out += value
                elif value is not None:
                    out += str(value).encode("utf-8")
                out += b"\x00"
    return bytes(out)


def hidden_leftovers(folder: Path) -> list[str]:
    """Temporary files a bundle, import or restore might leave behind."""
    return sorted(p.name for p in folder.iterdir()
                  if p.name.startswith(".") and any(t in p.name for t in (".building", ".partial", ".opening",
                                                                          ".restoring", ".creating")))
