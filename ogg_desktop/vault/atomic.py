"""Write a file so that a crash or a full disk leaves either the old file or the new one."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from ogg_desktop.vault.errors import DiskFullError


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        Path(tmp).replace(path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError(str(path)) from exc
        raise
