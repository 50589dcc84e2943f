"""Generated offices for the benchmark, built once per run and shared by the measurements."""
from __future__ import annotations

from pathlib import Path

from desktop_app.demo.generated import generate_staff
from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store


def staff_office(workdir: Path, staff: int) -> Path:
    """A database with `staff` employees in units and positions (no evaluations)."""
    path = workdir / f"office-{staff}.sqlite"
    if path.exists():
        return path
    store = open_store(path)
    try:
        services = build_services(store)
        with store.atomic():
            generate_staff(services, staff)
    finally:
        store.close()
    return path
