"""A large synthetic vault of clearly fictional data, for the scale benchmarks.

10,000 cases, 100,000 evidence items (real small PNG images, each different, with thumbnails),
20,000 notes and 1,000,000 audit entries in a valid hash chain. Every name is "Fictief …", every
title starts with "[FICTIEF]". One case holds 200 items (for "open a case with 200 items").

Generation takes a few minutes, so the vault is kept in a cache folder (``OGG_BENCH_CACHE`` or
~/.cache/ogg-desktop-bench) and reused while the generator's version is unchanged.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

from ogg_desktop.domain.audit import GENESIS, entry_hash
from ogg_desktop.vault.keyfile import DEFAULT_KDF
from ogg_desktop.vault.repositories.audit import HEAD_KEY
from ogg_desktop.vault.vault import Vault

VERSION = 5  # 5: schema v10 (case classification, prevention documents, team meetings)
PASSPHRASE = "benchmark passphrase with several words"
CASES, ITEMS, NOTES_PER_CASE, AUDIT = 10_000, 100_000, 2, 1_000_000
BIG_CASE_ITEMS = 200

FIRST = ["Fictief", "Verzonnen", "Voorbeeld"]
LAST = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
        "Öztürk", "El Amrani", "Nowak", "Kowalski", "Dekker", "Brouwer"]
PLATFORMS = ["LinkedIn", "YouTube", "Facebook", "Instagram", "X (Twitter)", "TikTok", "WhatsApp", "Telegram",
             "Google Reviews", "Reddit"]
TOPICS = ["bedreiging", "belediging", "doxing", "smaad", "intimidatie", "discriminatie", "nep-rouwadvertentie",
          "stalking", "pesten", "seksuele intimidatie"]
WORDS = [
    "ik", "weet", "waar", "je", "werkt", "en", "je", "gaat", "hier", "spijt", "van", "krijgen", "dit", "is", "een",
    "bericht", "op", "sociale", "media", "met", "reacties", "over", "de", "zorg", "het", "onderwijs", "de",
    "gemeente", "een", "collega", "die", "medewerker", "wordt", "bedreigd", "uitgescholden", "belachelijk",
    "gemaakt", "café", "reünie", "één", "coördinator", "financiële", "privé", "geëmigreerd", "naïef", "ruïne",
    "beëindigd", "cliënt", "patiënt", "leraar", "wijkagent", "handhaver", "ambulance", "verpleegkundige",
    "schoolleider", "jeugdzorg", "sociaal", "team",
]


def cache_dir() -> Path:
    root = Path(os.environ.get("OGG_BENCH_CACHE", Path.home() / ".cache" / "ogg-desktop-bench"))
    root.mkdir(parents=True, exist_ok=True)
    return root


def vault_path() -> Path:
    return cache_dir() / f"bigvault-v{VERSION}.ogg"


def _png(n: int, rnd: random.Random) -> bytes:
    """A small real image, different for every item (its number is drawn in it)."""
    img = Image.new("RGB", (96, 64), (rnd.randrange(180, 255), rnd.randrange(180, 255), rnd.randrange(180, 255)))
    draw = ImageDraw.Draw(img)
    draw.rectangle((4, 4, 91, 14), fill=(30, 60, 120))
    draw.text((6, 22), f"#{n}", fill=(0, 0, 0))
    draw.line((6, 40, rnd.randrange(30, 90), 40), fill=(90, 90, 90), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def _sentence(rnd: random.Random, words: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(words)).capitalize() + "."


def _audit(conn: object, case_refs: list[str], rnd: random.Random) -> None:
    actions = ["case_updated", "evidence_updated", "note_added", "unlock", "lock", "checklist_updated",
               "evidence_added", "verified"]
    prev, batch = GENESIS, []
    start = time.time() - AUDIT * 60
    for i in range(1, AUDIT + 1):
        at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + i * 60))
        action = actions[i % len(actions)]
        ref = case_refs[i % len(case_refs)] if action not in ("unlock", "lock", "verified") else ""
        digest = entry_hash(prev, i, at, "Fictief Vertrouwenspersoon", action, "case", str(i % 10_000), ref, "")
        batch.append((i, at, "Fictief Vertrouwenspersoon", action, "case", str(i % 10_000), ref, "", prev, digest))
        prev = digest
        if len(batch) == 50_000:
            conn.executemany("INSERT INTO audit(id, at_utc, actor, action, entity, entity_id, case_ref, detail, "  # type: ignore[attr-defined]
                             "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", batch)
            batch = []
    if batch:
        conn.executemany("INSERT INTO audit(id, at_utc, actor, action, entity, entity_id, case_ref, detail, "  # type: ignore[attr-defined]
                         "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", batch)
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",  # type: ignore[attr-defined]
                 (HEAD_KEY, f"{AUDIT}:{prev}"))


def generate(path: Path, *, cases: int = CASES, items: int = ITEMS, progress: bool = True) -> dict[str, int]:
    """Build the vault at ``path`` (must not exist). Returns ids worth benchmarking."""
    rnd = random.Random(20261202)
    vault, _ = Vault.create(path, PASSPHRASE, "Fictief Vertrouwenspersoon", kdf=DEFAULT_KDF)
    conn = vault.conn
    now = "2026-12-02T10:00:00Z"
    refs: list[str] = []
    conn.execute("DELETE FROM audit")  # the generated chain replaces the creation entry
    conn.execute("BEGIN")
    day0 = date(2019, 1, 1)
    counters: dict[int, int] = {}
    case_rows = []
    for n in range(1, cases + 1):
        opened = day0 + timedelta(days=rnd.randrange(0, 2890))
        counters[opened.year] = counters.get(opened.year, 0) + 1
        ref = f"OGG-{opened.year}-{counters[opened.year]:04d}"
        refs.append(ref)
        topic = rnd.choice(TOPICS)
        title = f"[FICTIEF] {topic.capitalize()} via {rnd.choice(PLATFORMS)} {n}"
        case_rows.append((ref, title, f"Medewerker {n:05d}", f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                          "Fictieve Straat 1, Utrecht", "", "closed" if rnd.random() < 0.6 else "open",
                          opened.isoformat(), None, None, "consent", _sentence(rnd, 14), now, now))
    conn.executemany("INSERT INTO cases(reference, title, employee_pseudonym, employee_name, employee_work_address, "
                     "employee_home_address, status, opened_on, closed_on, retention_until, legal_basis, summary, "
                     "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", case_rows)
    for year, count in counters.items():
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (f"case_counter_{year}", str(count)))
    conn.execute("COMMIT")
    big_case = 1
    # Items: the first case gets 200, the rest are spread over the other cases.
    owners = [big_case] * BIG_CASE_ITEMS + [rnd.randrange(2, cases + 1) for _ in range(items - BIG_CASE_ITEMS)]
    columns = ("case_id, title, sha256, media_type, byte_size, width, height, captured_at_utc, captured_at_local, "
               "method, captured_by, app_version, platform, url, handle, display_name, posted_at_shown, transcript, "
               "offences, created_at")
    t0 = time.time()
    for start in range(0, items, 5_000):
        conn.execute("BEGIN")
        for k in range(start, min(start + 5_000, items)):
            data = _png(k, rnd)
            platform = rnd.choice(PLATFORMS)
            cur = conn.execute(
                f"INSERT INTO evidence({columns}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (owners[k], f"[FICTIEF] Bericht {k} op {platform}", hashlib.sha256(data).hexdigest(), "image/png",
                 len(data), 96, 64, now, "2026-12-02T11:00:00", "region", "Fictief Vertrouwenspersoon", "0.1.0",
                 platform, f"https://voorbeeld.invalid/{k}", f"@fictief{k % 997}", "Fictief Account", "2 d",
                 _sentence(rnd, rnd.randrange(6, 30)), '["threat"]' if k % 7 == 0 else "[]", now))
            item_id = cur.lastrowid
            conn.execute("INSERT INTO evidence_blobs(evidence_id, data) VALUES (?, ?)", (item_id, data))
            conn.execute("INSERT INTO evidence_thumbnails(evidence_id, png) VALUES (?, ?)", (item_id, data))
        conn.execute("COMMIT")
        if progress:
            print(f"  items {min(start + 5_000, items):>7,} ({time.time() - t0:.0f} s)", file=sys.stderr, flush=True)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO notes(case_id, visibility, body, author, created_at, updated_at) "
                     "VALUES (?,?,?,?,?,?)",
                     [(c, "counsellor_only" if k else "employee", _sentence(rnd, 20), "Fictief", now, now)
                      for c in range(1, cases + 1) for k in range(NOTES_PER_CASE)])
    conn.execute("COMMIT")
    if progress:
        print("  audit chain …", file=sys.stderr, flush=True)
    conn.execute("BEGIN")
    _audit(conn, refs, rnd)
    conn.execute("COMMIT")
    vault.close()
    return {"big_case": big_case}


def ensure() -> Path:
    """The cached large vault, made now if missing (or left half-made by an interrupted run)."""
    path = vault_path()
    done = path.with_suffix(".done")
    if path.exists() and done.exists():
        return path
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    done.unlink(missing_ok=True)
    print(f"Generating the large fictional vault at {path} (once; a few minutes) …", file=sys.stderr, flush=True)
    generate(path)
    done.write_text("ok\n")
    return path


if __name__ == "__main__":
    print(ensure())
