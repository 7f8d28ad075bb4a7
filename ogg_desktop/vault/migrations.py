"""Bring a vault's schema up to date: verified encrypted backup first, then one transaction each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ogg_desktop.domain.clock import now_utc
from ogg_desktop.vault.backup import backup_to
from ogg_desktop.vault.connection import Connection, transaction
from ogg_desktop.vault.errors import MigrationFailedError, SchemaTooNewError
from ogg_desktop.vault.schema import LATEST, MIGRATIONS


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def apply(conn: Connection, upto: int | None = None, start: int | None = None) -> None:
    """Run migrations ``start+1 .. upto`` (default: the latest); each is all-or-nothing."""
    upto = LATEST if upto is None else upto  # read at call time, not frozen when the module loads
    current = schema_version(conn) if start is None else start
    for version in range(current + 1, upto + 1):
        try:
            with transaction(conn):
                for statement in MIGRATIONS[version - 1]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version:d}")
        except Exception as exc:
            raise MigrationFailedError(f"migration to version {version} failed") from exc


def migrate_if_needed(conn: Connection, vault_path: Path, keyfile: Path, raw_key: bytes,
                      on_backup: Callable[[Path], None] | None = None) -> Path | None:
    """Returns the path of the pre-migration backup when a migration ran."""
    current = schema_version(conn)
    if current > LATEST:
        raise SchemaTooNewError(f"vault schema {current} is newer than this app ({LATEST})")
    if current == LATEST:
        return None
    stamp = now_utc().strftime("%Y%m%dT%H%M%SZ")
    target = vault_path.with_name(f"{vault_path.name}.v{current}-{stamp}.backup")
    backup_to(conn, target, keyfile, raw_key)  # raises unless the copy opens and passes integrity checks
    if on_backup:
        on_backup(target)
    apply(conn, upto=LATEST)
    return target
