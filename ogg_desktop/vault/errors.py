"""What can go wrong with a vault, as exceptions the GUI and CLI turn into plain-language messages.

Each error has a stable ``code``; ``ogg_desktop.messages`` maps the codes to translated text.
Exception text never holds a passphrase, a key or case content.
"""

from __future__ import annotations


class VaultError(Exception):
    code = "vault_error"


class DriverError(VaultError):
    """The database driver is not SQLCipher 4: refuse to run rather than write plaintext."""

    code = "driver_not_sqlcipher4"


class VaultNotFoundError(VaultError):
    code = "vault_not_found"


class VaultExistsError(VaultError):
    code = "vault_exists"


class WrongPassphraseError(VaultError):
    """Wrong passphrase, wrong recovery key, or a damaged file: the two cannot be told apart."""

    code = "wrong_passphrase"


class KeyFileMissingError(VaultError):
    code = "keyfile_missing"


class KeyFileDamagedError(VaultError):
    code = "keyfile_damaged"


class BadRecoveryKeyError(VaultError):
    code = "bad_recovery_key"


class VaultInUseError(VaultError):
    code = "vault_in_use"


class VaultDamagedError(VaultError):
    code = "vault_damaged"


class BackupFailedError(VaultError):
    code = "backup_failed"


class SchemaTooNewError(VaultError):
    code = "schema_too_new"


class MigrationFailedError(VaultError):
    code = "migration_failed"


class WeakPassphraseError(VaultError):
    code = "weak_passphrase"


class RecoveryKeyMismatchError(WrongPassphraseError):
    """A well-formed recovery key (its check group matches) that does not open this file: the key of
    another vault, or a damaged file."""

    code = "recovery_key_no_match"


class DiskFullError(VaultError):
    code = "disk_full"
