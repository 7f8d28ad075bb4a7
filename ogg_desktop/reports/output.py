"""Write an export so that the target holds the whole file or nothing.

The report is laid out first (nothing touches the disk while that happens, so a cancel or a crash
then leaves nothing), and then streamed out object by object. On Linux it streams into an unnamed
file (O_TMPFILE) in the target's folder, which is given its name only once it is complete and
synced: a kill at any moment leaves no file, not even a partial one. Where the kernel or the file
system cannot name such a file, a hidden temporary name in the same folder is used and removed on
any failure. Nothing is ever written to a shared temp folder.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

AT_FDCWD = -100
AT_EMPTY_PATH = 0x1000
CHUNK = 1 << 20


class HashingWriter:
    """A write-only file object over a descriptor that hashes what passes through."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]
        self.digest.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass


def _temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")


def write_atomically(target: Path, produce: Callable[[BinaryIO], None]) -> tuple[str, int]:
    """Run ``produce(file)`` and give the result the name ``target`` (replacing an old file) only once
    it is complete and synced. Returns the SHA-256 and size of what was written."""
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(folder)
    _sweep(target)
    unnamed = -1
    if hasattr(os, "O_TMPFILE"):
        with contextlib.suppress(OSError):
            unnamed = os.open(folder, os.O_TMPFILE | os.O_RDWR, 0o600)
    if unnamed >= 0:
        try:
            writer = HashingWriter(unnamed)
            produce(writer)  # type: ignore[arg-type]
            os.fsync(unnamed)
            if not _name_unnamed(unnamed, target):
                _copy_out(unnamed, target)
        finally:
            os.close(unnamed)
    else:
        temporary = _temporary_name(target)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            writer = HashingWriter(fd)
            produce(writer)  # type: ignore[arg-type]
            os.fsync(fd)
            os.close(fd)
            fd = -1
            temporary.replace(target)
        except BaseException:
            if fd >= 0:
                os.close(fd)
            temporary.unlink(missing_ok=True)
            raise
    _sync_folder(folder)
    return writer.digest.hexdigest(), writer.size


def _link(fd: int, name: Path) -> bool:
    """Give the unnamed file ``name`` (which must not exist). False where this is not possible."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.linkat(fd, b"", AT_FDCWD, os.fsencode(name), AT_EMPTY_PATH) == 0:
            return True
        if ctypes.get_errno() == errno.EEXIST:
            raise FileExistsError(name)
    try:
        os.link(f"/proc/self/fd/{fd}", name, follow_symlinks=True)
    except FileExistsError:
        raise
    except OSError:
        return False
    return True


def _name_unnamed(fd: int, target: Path) -> bool:
    """A new file is linked straight to its name: complete or absent, nothing in between. An old one
    is replaced through a hidden temporary name (swept by the next export to that folder if a kill
    falls exactly between the link and the rename)."""
    try:
        return _link(fd, target)
    except FileExistsError:
        pass
    temporary = _temporary_name(target)
    if not _link(fd, temporary):
        return False
    try:
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return True


def _sweep(target: Path) -> None:
    """Complete but hidden copies an earlier export to this name left when killed at its last step."""
    for leftover in target.parent.glob(f".{target.name}.*.part"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _copy_out(source: int, target: Path) -> None:
    """The unnamed file could not be named here: copy it (complete, synced) to a hidden temporary
    name beside the target and rename that."""
    temporary = _temporary_name(target)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.lseek(source, 0, os.SEEK_SET)
        while chunk := os.read(source, CHUNK):
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view):]
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


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
