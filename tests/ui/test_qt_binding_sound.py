"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 on CPython 3.11 dropped a reference to
None on every void call and the program aborted after a few thousand calls (pinned out in pyproject.toml).
Run in a child process: the failure is a hard abort, not an exception."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
before = sys.getrefcount(None)
for _ in range(20000):
    w.setEnabled(True)
    w.setToolTip("x")
print("alive", sys.getrefcount(None) - before)
"""


def test_twenty_thousand_void_calls_leave_none_alone() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    word, delta = out.stdout.split()
    assert word == "alive" and abs(int(delta)) < 100
