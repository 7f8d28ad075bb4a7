"""The SQLCipher driver, checked before any file is touched.

If the import silently gave plain SQLite, ``PRAGMA key`` would be ignored and case data would be
written in the clear. So the app asserts SQLCipher 4 on an in-memory database first and refuses
to run otherwise.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from ogg_desktop.vault.errors import DriverError

_checked: ModuleType | None = None


def sqlcipher() -> ModuleType:
    """Return the verified SQLCipher 4 DB-API module, or raise DriverError. Creates no file."""
    global _checked
    if _checked is not None:
        return _checked
    try:
        module = importlib.import_module("sqlcipher3")
    except ImportError as exc:
        raise DriverError("sqlcipher3 cannot be imported") from exc
    version = cipher_version(module)
    if not version.startswith("4."):
        raise DriverError(f"cipher_version is {version or 'absent'!r}, need SQLCipher 4")
    _checked = module
    return module


def cipher_version(module: Any) -> str:
    try:
        conn = module.connect(":memory:")
        try:
            row = conn.execute("PRAGMA cipher_version").fetchone()
        finally:
            conn.close()
    except Exception:
        return ""
    return str(row[0]) if row else ""
