"""Security test 13, secure delete: a destroyed case leaves no trace in the decrypted pages of the vault.

The pages are decrypted here by hand, not through SQLite, so free pages, free space inside pages and
deleted cells are searched too. SQLCipher 4 defaults with a raw key: 4096-byte pages, each ending in 80
reserved bytes (a 16-byte IV, then a 64-byte HMAC-SHA512); AES-256-CBC with the raw key itself (no key
derivation); page 1 begins with the 16-byte salt, so its encrypted part begins at offset 16. The -wal
file holds a 32-byte header, then frames of a 24-byte header (page number first) and one such page.

Every check first finds the canaries before the destruction (the decryption is real and the canaries
are really stored), and finds a canary of a case that is kept after it.
"""

from __future__ import annotations

import io
import secrets
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from ogg_desktop.domain.case import Case, Employee
from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.domain.notes import Visibility
from ogg_desktop.domain.people import Person, Role
from ogg_desktop.services.session import Session
from ogg_desktop.vault.keyfile import parse_recovery_key
from ogg_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.test_retention import fill_case

PAGE, RESERVE, SALT, WAL_HEADER, FRAME_HEADER = 4096, 80, 16, 32, 24


def _decrypt_page(page: bytes, number: int, key: bytes) -> bytes:
    start = SALT if number == 1 else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes()
    assert len(data) % PAGE == 0
    return [_decrypt_page(data[i:i + PAGE], i // PAGE + 1, key) for i in range(0, len(data), PAGE)]


def decrypted_wal_frames(path: Path, key: bytes) -> list[bytes]:
    wal = Path(f"{path}-wal")
    if not wal.exists():
        return []
    data = wal.read_bytes()
    frames = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        (number,) = struct.unpack(">I", data[offset:offset + 4])
        frames.append(_decrypt_page(data[offset + FRAME_HEADER:offset + FRAME_HEADER + PAGE], number, key))
        offset += FRAME_HEADER + PAGE
    return frames


def forms(canary: str) -> list[bytes]:
    """The ways a text can sit in a page: UTF-8, UTF-16 either way, and the random tail in lower case (the
    full-text index folds case and keeps the start a word shares with the word before it only once)."""
    return [canary.encode(), canary.encode("utf-16-le"), canary.encode("utf-16-be"), canary[-10:].lower().encode()]


def hits(path: Path, key: bytes, canary: str) -> int:
    """How often any form of ``canary`` is found in the decrypted pages of the vault and of its -wal."""
    pages = b"".join(decrypted_pages(path, key) + decrypted_wal_frames(path, key))
    return sum(pages.count(form) for form in forms(canary))


def plain_hits(path: Path, canary: str) -> int:
    """The same search in the files as they lie on disk (vault, -wal, -shm): always 0, it is encrypted."""
    data = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())
    return sum(data.count(form) for form in forms(canary))


def png_with_text(canary: str) -> bytes:
    """A real PNG whose bytes hold the canary in the clear (a tEXt chunk is not compressed)."""
    info = PngInfo()
    info.add_text("Comment", f"schermafdruk {canary}")
    img = Image.new("RGB", (40, 30), (200, 80, 120))
    buf = io.BytesIO()
    img.save(buf, format="PNG", pnginfo=info)
    assert canary.encode() in buf.getvalue()
    return buf.getvalue()


def bmp_of(canary: str, rows: int = 160) -> bytes:
    """An uncompressed greyscale BMP whose pixels are the canary's bytes, row after row: the image itself
    (about 20 kB, spread over many overflow pages) holds the canary, not only a text chunk."""
    line = canary.encode() * 8
    img = Image.frombytes("L", (len(line), rows), line * rows)
    buf = io.BytesIO()
    img.save(buf, format="BMP")
    assert buf.getvalue().count(canary.encode()) >= rows * 8
    return buf.getvalue()


def canary(kind: str) -> str:
    return f"{kind}{secrets.token_hex(6).upper()}"


def _fill(s: Session) -> tuple[Case, dict[str, str], str]:
    """A kept case, and a case to destroy with a canary in its text, its PNG and its BMP."""
    kept = canary("BEWAARD")
    other = s.cases.create(f"Ander dossier {kept}", Employee(pseudonym="Ander"))
    s.notes.add(other, f"Blijft staan {kept}", Visibility.COUNSELLOR_ONLY)
    shared = Person("Gedeelde collega")
    s.people.add_person(other, shared, Role.WITNESS)
    marks = {"text": canary("TEKST"), "png": canary("PNGKANARIE"), "bmp": canary("BMPKANARIE")}
    filled = fill_case(s, marks["text"], png_with_text(marks["png"]), shared=shared)
    s.evidence.import_bytes(filled.case, bmp_of(marks["bmp"]), method=CaptureMethod.IMPORTED_FILE,
                            filename="scherm.bmp", title=f"Pixels {marks['text']}")
    s.notes.add(filled.case, f"Nog een notitie {marks['text']} " + "lange tekst " * 600, Visibility.EMPLOYEE)
    return filled.case, marks, kept


def test_a_destroyed_case_leaves_no_trace_in_any_decrypted_page(new_vault: tuple[Vault, str],
                                                                 vault_path: Path) -> None:
    vault, recovery = new_vault
    key = parse_recovery_key(recovery)
    s = Session.on(vault)
    case, marks, kept = _fill(s)
    tail = marks["text"][-10:].lower().encode()
    assert s.vault.conn.execute("SELECT count(*) FROM search_index_data WHERE instr(block, ?) > 0",
                                (tail,)).fetchone()[0] > 0  # the index's words are searched for too
    s.close()

    # Positive control: the hand-made decryption finds every canary, the files on disk never hold one.
    for name, mark in marks.items():
        assert hits(vault_path, key, mark) > 0, name
        assert plain_hits(vault_path, mark) == 0, name
    assert hits(vault_path, key, kept) > 0

    s = Session.on(Vault.unlock(vault_path, PASSPHRASE, "tester"))
    result = s.retention.destroy(case, case.reference)
    assert result.checkpointed
    # Right after destroy(), with the vault still open: nothing in the file nor in the -wal.
    for name, mark in marks.items():
        assert hits(vault_path, key, mark) == 0, name
        assert plain_hits(vault_path, mark) == 0, name
    assert hits(vault_path, key, kept) > 0
    s.close()

    # After the lock (the last checkpoint) too; the vault still opens, verifies and keeps the other case.
    assert not Path(f"{vault_path}-wal").exists() or Path(f"{vault_path}-wal").stat().st_size == 0
    for name, mark in marks.items():
        assert hits(vault_path, key, mark) == 0, name
        assert plain_hits(vault_path, mark) == 0, name
    assert hits(vault_path, key, kept) > 0
    reopened = Session.on(Vault.unlock(vault_path, PASSPHRASE, "tester"))
    try:
        assert [c.title for c in reopened.cases.summaries()] == [f"Ander dossier {kept}"]
        report = reopened.verify()
        assert report.ok, report
    finally:
        reopened.close()


def test_the_check_sees_what_an_ordinary_delete_leaves_behind(new_vault: tuple[Vault, str],
                                                              vault_path: Path) -> None:
    """The same destruction with SQLite's secure_delete off: the image bytes stay on free pages, and the
    search above finds them. So a 0 there means the pages were really wiped, not that the search is blind."""
    vault, recovery = new_vault
    key = parse_recovery_key(recovery)
    s = Session.on(vault)
    case, marks, _kept = _fill(s)
    s.vault.conn.execute("PRAGMA secure_delete = OFF")
    s.retention.destroy(case, case.reference)
    s.close()
    assert hits(vault_path, key, marks["bmp"]) > 0
    assert plain_hits(vault_path, marks["bmp"]) == 0
