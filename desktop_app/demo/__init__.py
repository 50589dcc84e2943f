"""The demo office: an akimat apparatus with staff, a bonus scale, evaluated quarters and an appeal.

Each area adds its part in `PARTS` (called in order, each in its own transaction), relative to
`today` so that "the previous quarter is finished and the current one half done" stays true.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop_app.services.container import Services, build_services
from desktop_app.storage.database import open_store

DemoPart = Callable[[Services, date], str]


def _parts() -> list[DemoPart]:
    parts: list[DemoPart] = []
    from desktop_app.demo.staff import demo_staff

    parts.append(demo_staff)
    from desktop_app.demo.methodology import demo_methodology

    parts.append(demo_methodology)
    from desktop_app.demo.evaluation import demo_evaluation

    parts.append(demo_evaluation)
    from desktop_app.demo.calibration import demo_calibration

    parts.append(demo_calibration)
    from desktop_app.demo.evaluation import demo_close

    parts.append(demo_close)
    return parts


def write_demo(path: Path, *, replace: bool = False, today: date | None = None) -> str:
    today = today or date.today()
    if replace:
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            p.unlink(missing_ok=True)
    store = open_store(path)
    services = build_services(store)
    services.quarter.today = lambda: today    # the demo's dates are checked against its own "today"
    lines = [f"demo office written to {path}"]
    try:
        for part in _parts():
            with store.atomic():
                lines.append(part(services, today))
    finally:
        services.close()
    return "\n".join(lines)
