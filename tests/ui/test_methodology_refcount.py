"""PySide6 6.12.0 on CPython 3.11 loses a reference to None on every void call; the guard keeps the program
alive (desktop_app/ui/refcount_guard.py). Run in a child process: the failure is a hard abort."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CODE = """
import sys
{guard}
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
for _ in range(20000):
    w.setEnabled(True)
print("alive")
"""


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", CODE.format(guard=guard)], check=False, capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)


def test_many_qt_calls_survive_with_the_guard() -> None:
    out = _run("from desktop_app.ui.refcount_guard import install; install()")
    assert out.returncode == 0 and "alive" in out.stdout, out.stderr[-500:]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_the_bug_is_still_there_without_the_guard() -> None:
    """When this starts failing, PySide6 has fixed the bug and the guard can go."""
    out = _run("")
    assert out.returncode != 0 and "deallocating None" in out.stderr
