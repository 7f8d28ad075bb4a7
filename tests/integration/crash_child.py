"""The process that gets killed with SIGKILL by tests/integration/test_crash_safety.py.

Run as ``python -m tests.integration.crash_child MODE VAULT [ARGS…]`` from the repository root; the
passphrase (or two, for ``passphrase``) comes on standard input, one per line, so it never appears in
a process listing. Each mode prints one line per finished step, flushed, *after* the step returned:
a line on stdout is the "acknowledgement" the test holds the vault to after the kill.

- ``insert VAULT REFERENCE``: unlocks like the app (one writer connection), then imports evidence in
  a loop on that connection while two reader threads read and hash stored originals through their own
  ``Vault.reader()`` connections (as the report worker does). Prints ``READY``, then ``ACK <id>
  <sha256>`` per import; a reader that sees bytes not matching their hash prints ``BAD …``.
- ``passphrase VAULT``: reads the current passphrase and a prefix; unlocks, prints ``READY``, then
  changes the passphrase to ``<prefix>1``, ``<prefix>2``, … printing ``NOW <n>`` after each change
  returned.
- ``migrate VAULT``: prints ``START`` and unlocks (which backs up and migrates an old schema), then
  prints ``DONE`` and ``SECONDS <time the unlock took>``, and waits to be killed.

``passphrase`` and ``migrate`` take an optional kill point as the last argument: the process then sends
itself SIGKILL at that exact moment, once, after saying ``KILLPOINT <name>`` (a real kill; only its
moment is chosen, like the crash tests of SQLite):

- ``keyfile-being-written``: the new key file is written under its temporary name, not yet in place;
- ``keyfile-in-place``: the new key file is in place, the change not yet in the audit log;
- ``backup-being-verified``: the pre-migration backup is written and is being checked.
"""

from __future__ import annotations

import hashlib
import io
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Protocol

from PIL import Image

from ogg_desktop.domain.evidence import CaptureMethod
from ogg_desktop.services.session import Session
from ogg_desktop.vault import backup
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS, KeyFile
from ogg_desktop.vault.vault import Vault

_out = threading.Lock()


class HasFileno(Protocol):
    def fileno(self) -> int: ...


def say(*words: object) -> None:
    with _out:
        sys.stdout.write(" ".join(str(w) for w in words) + "\n")
        sys.stdout.flush()


def noise_png(side: int) -> bytes:
    img = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def insert(path: Path, reference: str, passphrase: str) -> None:
    vault = Vault.unlock(path, passphrase, "writer", via="test")
    session = Session.on(vault)
    case = session.cases.find(reference)
    assert case is not None and case.id is not None
    case_id = case.id

    def read_along() -> None:
        """What the report worker does: its own connection, reading originals while the writer writes."""
        while True:
            try:
                with vault.reader() as repos:
                    for item in repos.evidence.for_case(case_id)[-5:]:
                        assert item.id is not None
                        actual = hashlib.sha256(repos.evidence.data(item.id)).hexdigest()
                        if actual != item.sha256:
                            say("BAD", "reader saw item", item.id, "hash", actual, "recorded", item.sha256)
            except Exception as exc:  # reported to the test, which fails on any BAD line
                say("BAD", "reader failed:", type(exc).__name__, exc)
                return
            time.sleep(0.005)

    for _ in range(2):
        threading.Thread(target=read_along, daemon=True).start()
    say("READY")
    n = 0
    while True:
        n += 1
        data = noise_png(24 + n % 40)
        item = session.evidence.import_bytes(case, data, method=CaptureMethod.PASTED, filename=f"{n}.png")
        assert item.id is not None
        digest = hashlib.sha256(data).hexdigest()
        say("ACK", item.id, digest)  # acknowledged only after the commit returned


def passphrase(path: Path, current: str, prefix: str) -> None:
    vault = Vault.unlock(path, current, "changer", via="test")
    say("READY")
    n = 0
    while True:
        n += 1
        vault.change_passphrase(current, f"{prefix}{n}", kdf=FAST_KDF_FOR_TESTS)
        current = f"{prefix}{n}"
        say("NOW", n)


def migrate(path: Path, passphrase: str) -> None:
    say("START")
    started = time.perf_counter()
    vault = Vault.unlock(path, passphrase, "migrator", via="test")
    took = time.perf_counter() - started
    say("DONE", vault.schema_version())
    say("SECONDS", f"{took:.4f}")
    time.sleep(600)


def die(point: str) -> None:
    say("KILLPOINT", point)
    os.kill(os.getpid(), signal.SIGKILL)


def arm(point: str) -> None:
    """Make the process kill itself at ``point`` (see the module docstring)."""
    if point == "keyfile-being-written":
        real_fsync = os.fsync

        def fsync(fd: int | HasFileno) -> None:
            number = fd if isinstance(fd, int) else fd.fileno()
            if ".key.tmp-" in os.readlink(f"/proc/self/fd/{number}"):  # the new key file, not yet in place
                die(point)
            real_fsync(fd)

        os.fsync = fsync
    elif point == "keyfile-in-place":
        real_save = KeyFile.save

        def save(self: KeyFile, target: Path) -> None:
            real_save(self, target)
            die(point)

        KeyFile.save = save  # type: ignore[method-assign,assignment]
    elif point == "backup-being-verified":
        def verify_copy(*args: object) -> None:
            die(point)

        backup._verify_copy = verify_copy  # type: ignore[assignment]
    else:
        raise SystemExit(f"unknown kill point {point}")


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    lines = [sys.stdin.readline().rstrip("\n") for _ in range(2 if mode == "passphrase" else 1)]
    if mode == "insert":
        insert(path, sys.argv[3], lines[0])
    elif mode == "passphrase":
        if len(sys.argv) > 3:
            arm(sys.argv[3])
        passphrase(path, lines[0], lines[1])
    elif mode == "migrate":
        if len(sys.argv) > 3:
            arm(sys.argv[3])
        migrate(path, lines[0])
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
