"""Write an export so that the target holds the whole file or nothing.

The document is laid out in memory first (reportlab does that anyway), so a cancel or a crash while
it is being built leaves nothing on disk. Then, on Linux, the bytes go into an unnamed file
(O_TMPFILE) in the target's folder, which gets its name only once it is complete and synced: a kill
at any moment leaves no file, not even a partial one. Where that is not possible, a hidden temporary
name in the same folder is used for the few milliseconds of the write and removed on failure.
Nothing is ever written to a shared temp folder.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

AT_FDCWD = -100
AT_EMPTY_PATH = 0x1000


class MemoryTarget:
    """A write-only file object that keeps what is written (reportlab writes the PDF in one piece)."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def value(self) -> bytes:
        return self.parts[0] if len(self.parts) == 1 else b"".join(self.parts)


def write_atomically(target: Path, produce: Callable[[BinaryIO], None]) -> tuple[str, int]:
    """Run ``produce(file)``, then give the result the name ``target`` (replacing an old file) once
    it is complete and synced. Returns the SHA-256 and size of what was written."""
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(folder)
    memory = MemoryTarget()
    produce(memory)  # type: ignore[arg-type]
    data = memory.value()
    persist(target, data)
    return hashlib.sha256(data).hexdigest(), len(data)


def persist(target: Path, data: bytes) -> None:
    if hasattr(os, "O_TMPFILE"):
        try:
            fd = os.open(target.parent, os.O_TMPFILE | os.O_WRONLY, 0o600)
        except OSError:
            fd = -1  # this file system has no unnamed files
        if fd >= 0:
            try:
                _write_all(fd, data)
                os.fsync(fd)
                if _name_unnamed(fd, target):
                    _sync_folder(target.parent)
                    return
            finally:
                os.close(fd)
    _write_named(target, data)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _name_unnamed(fd: int, target: Path) -> bool:
    """Link the unnamed file under a random name in the folder, then rename it over the target."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    linked = False
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        linked = libc.linkat(fd, b"", AT_FDCWD, os.fsencode(temporary), AT_EMPTY_PATH) == 0
    if not linked:
        try:
            os.link(f"/proc/self/fd/{fd}", temporary, follow_symlinks=True)
        except OSError:
            return False
    try:
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return True


def _write_named(target: Path, data: bytes) -> None:
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        temporary.unlink(missing_ok=True)
        raise
    os.close(fd)
    try:
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
