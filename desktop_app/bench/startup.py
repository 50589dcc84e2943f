"""Start-up time of the program against a bare QMainWindow, same machine, same run."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def _time_process(cmd: list[str], env: dict[str, str], until: str) -> dict[str, float]:
    """Seconds from process start to each line ("shown", "ready") the process prints, up to `until`."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    for line in proc.stdout:
        word = line.split(" ", 1)[0]
        marks[word] = time.perf_counter() - t0
        if word == until:
            break
    proc.wait(timeout=120)
    if until not in marks:
        raise RuntimeError(f"{cmd} never printed {until!r}")
    return marks


def _best(cmd: list[str], env: dict[str, str], until: str, runs: int = 7) -> dict[str, float]:
    runs_marks = [_time_process(cmd, env, until) for _ in range(runs)]
    return {k: min(m[k] for m in runs_marks) for k in runs_marks[0]}


def measure(workdir: Path) -> dict[str, float]:
    from desktop_app.bench.offices import BENCH_PASSWORD, staff_office

    db = staff_office(workdir, 2000)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BAGALAU_PASSWORD=BENCH_PASSWORD)
    prefs = workdir / "bench-prefs.json"
    app_cmd = [sys.executable, "-m", "desktop_app", "--db", str(db), "--prefs", str(prefs), "--lang", "ru",
               "--exit-when-shown"]
    bare_cmd = [sys.executable, "-m", "desktop_app.ui.bare_window"]
    _time_process(bare_cmd, env, "shown")  # warm the file cache for both
    _time_process(app_cmd, env, "ready")
    app = _best(app_cmd, env, "ready")
    bare = _best(bare_cmd, env, "shown")
    return {
        # the main window on screen (navigation and menus), the office still opening
        "startup_s": round(app["shown"], 3),
        # the office open and its first page shown with data
        "startup_ready_s": round(app["ready"], 3),
        "bare_qt_startup_s": round(bare["shown"], 3),
    }
