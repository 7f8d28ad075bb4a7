"""Where OGG Desktop keeps its files. Only the vault holds case data."""

from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import platformdirs

from ogg_desktop import APP_ID

VAULT_FILENAME = "kluis.ogg"


def default_vault_path() -> Path:
    """The vault in the user's data folder (e.g. ~/.local/share/ogg-desktop/kluis.ogg)."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / VAULT_FILENAME


def keyfile_path(vault: Path) -> Path:
    """The small key file beside the vault; every backup includes it."""
    return vault.with_name(vault.name + ".key")


def lockfile_path(vault: Path) -> Path:
    return vault.with_name(vault.name + ".lock")


def failed_attempts_path(vault: Path) -> Path:
    """Timestamps of failed unlocks, moved into the audit log at the next unlock."""
    return vault.with_name(vault.name + ".attempts")


def instance_socket_path(vault: Path) -> Path:
    """A per-vault local socket through which a second start hands its command to the first."""
    digest = hashlib.sha256(str(vault.resolve()).encode()).hexdigest()[:16]
    with warnings.catch_warnings():
        # Without XDG_RUNTIME_DIR (some minimal sessions) platformdirs falls back to a private
        # /tmp/runtime-UID folder and warns; the fallback is fine for a socket.
        warnings.simplefilter("ignore")
        runtime = Path(platformdirs.user_runtime_dir(APP_ID, appauthor=False))
    return runtime / f"instance-{digest}.sock"
