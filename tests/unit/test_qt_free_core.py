"""The core (domain, vault, capture, services) is plain Python: importing all of it never loads Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r'''
import importlib, json, pkgutil, sys
imported = []
for name in ("ogg_desktop.domain", "ogg_desktop.vault", "ogg_desktop.capture", "ogg_desktop.services"):
    package = importlib.import_module(name)
    imported.append(name)
    for info in pkgutil.walk_packages(package.__path__, prefix=name + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "shiboken6")))
print(json.dumps({"imported": imported, "qt": qt}))
'''


def test_core_modules_import_without_pyside6() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    imported = set(report["imported"])
    # The walk really covered the core, including the subpackage of repositories.
    for module in ("ogg_desktop.vault.vault", "ogg_desktop.vault.keyfile", "ogg_desktop.vault.repositories.audit",
                   "ogg_desktop.domain.audit", "ogg_desktop.capture.images", "ogg_desktop.services.session"):
        assert module in imported
    assert report["qt"] == []
