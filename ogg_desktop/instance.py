"""One instance per vault.

The first process to open a vault holds an exclusive ``flock`` on ``<vault>.lock`` for as long as it
runs; the kernel drops it when the process dies, so a crash never leaves a stale lock. A second
process is refused, and may hand its command (for example ``raise`` or ``capture``) to the first
over a local socket that only the running GUI listens on.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
from pathlib import Path
from typing import IO

from ogg_desktop.paths import instance_socket_path, lockfile_path
from ogg_desktop.vault.driver import sqlcipher
from ogg_desktop.vault.errors import VaultInUseError


class InstanceLock:
    def __init__(self, vault: Path) -> None:
        self.vault = vault
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        sqlcipher()  # fail closed (DriverError) before the lock file, or its folder, is created
        path = lockfile_path(self.vault)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+b")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise VaultInUseError(str(self.vault)) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def send_to_running_instance(vault: Path, command: str, args: dict[str, object] | None = None,
                             timeout: float = 3.0) -> bool:
    """Hand a command to the GUI that holds ``vault``. True when it acknowledged the command."""
    path = instance_socket_path(vault)
    if not path.exists():
        return False
    message = json.dumps({"command": command, "args": args or {}}).encode() + b"\n"
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(str(path))
            sock.sendall(message)
            reply = sock.recv(64)
    except OSError:
        return False
    return reply.strip() == b"ok"
