"""The whole package, `ui/` included, stays `mypy`-clean (settings in pyproject.toml), checked by the test command."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_nothing(tmp_path_factory: pytest.TempPathFactory) -> None:
    cache = tmp_path_factory.mktemp("mypy_cache")
    out = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(cache), "desktop_app"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, (out.stdout + out.stderr)[-4000:]
