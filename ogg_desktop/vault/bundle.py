"""Handover bundles: one case, or the whole vault, in one encrypted file with its own passphrase.

A bundle is one file, so it is easy to carry on a USB stick to a successor::

    OGGBUNDLE1 <header length, 8 hex digits>\\n
    <header: JSON>\\n
    <an SQLCipher 4 database, keyed with a fresh random 256-bit key>

The header holds no case content: the kind (``case`` or ``vault``), when it was made, the schema
and app version, the size and SHA-256 of the database part, and the database key wrapped with
AES-256-GCM under Argon2id(bundle passphrase) — the same wrapping as the vault's key file
(``keyfile.KeyFile``). The wrapped key's authenticated ``vault_id`` is ``bundle:<digest>``, where the
digest covers every other header field and the database part's SHA-256: changing one byte anywhere
in the file is found before anything is imported, and cannot be hidden without the passphrase.

Nothing is ever written in plaintext: the database part is built as an SQLCipher file beside the
target under a hidden name, then header and database are written to a second hidden name, synced and
renamed into place. A failed or killed export leaves no file under the final name.

Which rows belong to a case is read from the schema itself (the foreign keys): every table that
leads to ``cases`` through its foreign keys is part of the case, and the tables those rows point to
(people, accounts) come along for the rows that are referenced. A table added by a later migration
is carried without changes here.

The code is split by what it does: ``bundle_format`` (kinds, errors, the header), ``bundle_graph``
(which rows belong to a case), ``bundle_write`` (writing), ``bundle_open`` (opening, and a whole-vault
bundle as a new vault) and ``bundle_import`` (importing cases into a vault). This module is the one
to import from.
"""

from __future__ import annotations

from ogg_desktop.vault.bundle_format import (
    FORMAT,
    MAGIC,
    SUFFIX,
    VERSION,
    BundleDamagedError,
    BundleError,
    BundleHashMismatchError,
    BundleHeader,
    BundleKind,
    BundlePassphraseError,
    BundleTargetExistsError,
    BundleTooNewError,
    NotABundleError,
    read_header,
)
from ogg_desktop.vault.bundle_import import ImportedCase, ImportResult, import_cases
from ogg_desktop.vault.bundle_open import OpenedBundle, adopt_as_vault, open_bundle, opened_bundle
from ogg_desktop.vault.bundle_write import BundleWritten, write_bundle

__all__ = [
    "FORMAT",
    "MAGIC",
    "SUFFIX",
    "VERSION",
    "BundleDamagedError",
    "BundleError",
    "BundleHashMismatchError",
    "BundleHeader",
    "BundleKind",
    "BundlePassphraseError",
    "BundleTargetExistsError",
    "BundleTooNewError",
    "BundleWritten",
    "ImportResult",
    "ImportedCase",
    "NotABundleError",
    "OpenedBundle",
    "adopt_as_vault",
    "import_cases",
    "open_bundle",
    "opened_bundle",
    "read_header",
    "write_bundle",
]
