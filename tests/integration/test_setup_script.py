"""scripts/setup: as a normal user with packages missing it prints the exact apt line and fails.

The machine's package database and user id are the seams: FAKE ``dpkg-query`` (every package
missing) and FAKE ``id`` (a normal user) are put first on PATH. Nothing is installed."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _fake(bin_dir: Path, name: str, body: str) -> None:
    path = bin_dir / name
    path.write_text(f"#!/bin/sh\n# FAKE {name} for this test\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def test_setup_as_normal_user_prints_the_apt_line_and_exits_non_zero(tmp_path: Path) -> None:
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    _fake(fake_bin, "dpkg-query", "exit 1")
    _fake(fake_bin, "id", 'if [ "$1" = "-u" ]; then echo 1000; else /usr/bin/id "$@"; fi')
    env = dict(os.environ, PATH=f"{fake_bin}:{os.environ['PATH']}")
    result = subprocess.run(["bash", str(ROOT / "scripts" / "setup")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    apt_line = next(line.strip() for line in result.stderr.splitlines() if "apt-get install" in line)
    assert apt_line.startswith("sudo apt-get install -y ")
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "xvfb", "poppler-utils", "qpdf", "libegl1"):
        assert package in apt_line.split()
    assert "installing" not in result.stdout  # nothing was installed
