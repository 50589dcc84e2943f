"""Start-up time of the program against a bare QMainWindow, same machine, same run."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path



def _time_process(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to the line "shown" on its output."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - t0
            proc.wait(timeout=60)
            return elapsed
    proc.wait(timeout=60)
    raise RuntimeError(f"{cmd} never showed its window")


def _best(cmd: list[str], env: dict[str, str], runs: int = 3) -> float:
    return min(_time_process(cmd, env) for _ in range(runs))


def measure(workdir: Path) -> dict[str, float]:
    from desktop_app.bench.offices import staff_office

    db = staff_office(workdir, 2000)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    prefs = workdir / "bench-prefs.json"
    app_cmd = [sys.executable, "-m", "desktop_app", "--db", str(db), "--prefs", str(prefs), "--lang", "ru",
               "--exit-when-shown"]
    bare_cmd = [sys.executable, "-m", "desktop_app.ui.bare_window"]
    _time_process(bare_cmd, env)  # warm the file cache for both
    return {
        "startup_s": round(_best(app_cmd, env), 3),
        "bare_qt_startup_s": round(_best(bare_cmd, env), 3),
    }
