"""Shared fixtures: real SQLCipher vaults in a temp folder, real images made with Pillow.

Vaults made here use ``FAST_KDF_FOR_TESTS`` (cheap Argon2id parameters stored in the key file) so the
suite stays quick; the app's own cost is measured in bench/, and the CLI tests use the real default.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# GUI tests run headless unless a test asks for the real X server that pytest-xvfb provides.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OGG_LANG", "nl")

from PIL import Image

from ogg_desktop.services.session import Session
from ogg_desktop.vault.keyfile import FAST_KDF_FOR_TESTS
from ogg_desktop.vault.vault import Vault

PASSPHRASE = "correct horse battery staple"


def png_bytes(width: int = 64, height: int = 48, colour: str = "#c0392b", text: str = "") -> bytes:
    img = Image.new("RGB", (width, height), colour)
    if text:
        from PIL import ImageDraw

        ImageDraw.Draw(img).text((4, 4), text, fill="white")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "kluis" / "kluis.ogg"


@pytest.fixture
def new_vault(vault_path: Path) -> Iterator[tuple[Vault, str]]:
    vault, recovery = Vault.create(vault_path, PASSPHRASE, "tester", kdf=FAST_KDF_FOR_TESTS)
    yield vault, recovery
    if vault.conn is not None:
        vault.close()


@pytest.fixture
def session(new_vault: tuple[Vault, str]) -> Session:
    return Session.on(new_vault[0])


@pytest.fixture(autouse=True, scope="session")
def _a_qapplication_first(qapp: object) -> None:
    """The GUI's QApplication exists before any test runs: a CLI command run in-process would
    otherwise create a bare QCoreApplication, after which no widget can be made (Qt aborts)."""
