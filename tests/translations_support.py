"""The compiled translations (.qm) the tests that render kk/ru text need: built, not committed."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module", autouse=True)
def compiled_translations() -> None:
    """Build the .qm when missing or older than the .ts (rewriting a .qm that another process has loaded
    can crash it, so not every time). Import it into a test module to use it there."""
    stale = False
    for lang in ("kk", "ru"):
        ts, qm = ROOT / "i18n" / f"bagalau_{lang}.ts", ROOT / "i18n" / f"bagalau_{lang}.qm"
        stale = stale or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime
    if stale:
        subprocess.run([sys.executable, str(ROOT / "build" / "i18n.py"), "compile"], check=True)
