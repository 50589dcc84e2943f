"""First visit of every page (target: `page_first_open_max_ms` ≤ 300), on a 2,000-staff office with
the quarter open and every sheet scored (its roster, grid and audit log full).

The window figures come from a subprocess (`python -m desktop_app.ui.pages_probe DB`, under ui/ as it imports
Qt) that opens the main window offscreen and shows each page once: the slowest is the figure;
`page_first_open_slowest` names it by its place in the navigation (1 = the dashboard).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from desktop_app.bench.offices import bench_sealing
from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store

STAFF = 2000


def _office(workdir: Path) -> Path:
    from desktop_app.bench.offices import staff_office
    from desktop_app.bench.quarter import _fill, _fresh_copy

    path = _fresh_copy(workdir, staff_office(workdir, STAFF), "pages-2000.sqlite")
    store = open_store(path, bench_sealing())
    try:
        services = build_services(store)
        if services.methodology.version_in_force(date(2026, 9, 30)) is None:
            services.methodology.copy_preset("typical_2025")
        services.quarter.open_quarter(2026, 3)
    finally:
        store.close()
    _fill(path)
    return path


def measure(workdir: Path) -> dict[str, float]:
    db = _office(workdir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "desktop_app.ui.pages_probe", str(db)], capture_output=True,
                         text=True, env=env, timeout=600, check=True)
    times: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    slowest = max(times, key=lambda k: times[k])
    keys = list(times)
    return {"page_first_open_max_ms": times[slowest], "page_first_open_slowest": float(keys.index(slowest) + 1)}
