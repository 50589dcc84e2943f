"""Generated offices for the benchmark, built once per run and shared by the measurements."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop_app.bench.synthetic_history import add_evaluation_history
from desktop_app.demo.generated import generate_staff
from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store
from desktop_app.storage.keyring import Sealing, new_sealing

#: The benchmark's offices are sealed like every office; argon2id runs once per run (see bench_sealing).
BENCH_PASSWORD = "bench-office-2026"


@cache
def bench_sealing() -> Sealing:
    return new_sealing(BENCH_PASSWORD)


def staff_office(workdir: Path, staff: int, history_from: int = 0, years: int = 0) -> Path:
    """A database with `staff` employees in units and positions; with `years` > 0 also that many years of
    final quarterly evaluations from `history_from` on (bench/synthetic_history.py)."""
    path = workdir / (f"office-{staff}-{years}y.sqlite" if years else f"office-{staff}.sqlite")
    if path.exists():
        return path
    store = open_store(path, bench_sealing())
    try:
        services = build_services(store)
        with store.atomic():
            generate_staff(services, staff)
        if years:
            add_evaluation_history(store, history_from, years)
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return path
