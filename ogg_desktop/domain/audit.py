"""The hash chain behind the audit log. Each entry's hash covers its fields and the previous hash,
so changing, deleting or reordering any past entry breaks the chain from that entry on."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at_utc: str
    actor: str
    action: str
    entity: str
    entity_id: str
    case_ref: str
    detail: str
    prev_hash: str
    hash: str


def entry_hash(prev_hash: str, id_: int, at_utc: str, actor: str, action: str, entity: str,
               entity_id: str, case_ref: str, detail: str) -> str:
    payload = json.dumps(
        [prev_hash, id_, at_utc, actor, action, entity, entity_id, case_ref, detail],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str = ""


def verify_chain(entries: Iterable[AuditEntry], head: tuple[int, str] | None) -> ChainReport:
    """Walk the entries in id order. ``head`` is (last id, last hash) kept beside the chain, so a
    cut-off tail is noticed too."""
    prev = GENESIS
    expected_id: int | None = None
    n = 0
    last: tuple[int, str] | None = None
    for n, e in enumerate(entries):
        if expected_id is not None and e.id != expected_id:
            return ChainReport(False, n, e.id, "gap")
        if e.prev_hash != prev:
            return ChainReport(False, n, e.id, "prev_hash")
        if entry_hash(e.prev_hash, e.id, e.at_utc, e.actor, e.action, e.entity, e.entity_id,
                      e.case_ref, e.detail) != e.hash:
            return ChainReport(False, n, e.id, "hash")
        prev = e.hash
        expected_id = e.id + 1
        last = (e.id, e.hash)
    checked = n + 1 if last is not None else 0
    if head is not None and last != head:
        bad = last[0] + 1 if last else head[0]
        return ChainReport(False, checked, bad, "truncated")
    return ChainReport(True, checked)
