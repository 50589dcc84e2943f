"""Quarter speed (targets ≤ 100 ms each), on a 2,000-staff office:

- `quarter_build_ms`: the roster of 2,000 staff — staff snapshot read in one pass per table, then every
  rule of 001 §3, §5, §6, §16, §17 (worked days with the calendar, evaluator, form, >20 evaluees);
- `quarter_open_ms` (for information): opening the quarter, i.e. the roster plus 2,000 roster lines and
  2,000 draft sheets written — every written row also goes through the hash-chained audit triggers;
- `quarter_score_ms`: 2,000 sheets with one to three bonus entries each scored from the database
  (live score, grade, explanation, bonus totals).
"""
from __future__ import annotations

import random
import shutil
import statistics
import time
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from desktop_app.bench.offices import bench_sealing
from desktop_app.domain.evaluation import score_keys
from desktop_app.domain.records import EntryRow
from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store

STAFF = 2000


def _fresh_copy(workdir: Path, source: Path, name: str) -> Path:
    target = workdir / name
    for suffix in ("", "-wal", "-shm", ".key"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy(source, target)
    shutil.copy(str(source) + ".key", str(target) + ".key")  # the sealed office's key file
    return target


def _roster_times(office: Path, runs: int = 7) -> list[float]:
    from desktop_app.domain.roster import build_roster

    store = open_store(office, bench_sealing())
    services = build_services(store)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        snapshot = services.quarter.quarters_repo.snapshot()
        roster = build_roster(snapshot, services.calendar.calendar(), 2026, 3)
        times.append((time.perf_counter() - start) * 1000)
    assert len(roster) >= STAFF
    store.close()
    return times


def _build_times(workdir: Path, office: Path, runs: int = 5) -> tuple[list[float], Path]:
    times: list[float] = []
    last = office
    for i in range(runs):
        path = _fresh_copy(workdir, office, f"quarter-build-{i}.sqlite")
        store = open_store(path, bench_sealing())
        services = build_services(store)
        if services.methodology.version_in_force(date(2026, 9, 30)) is None:
            services.methodology.copy_preset("typical_2025")
        start = time.perf_counter()
        services.quarter.open_quarter(2026, 3)
        times.append((time.perf_counter() - start) * 1000)
        store.close()
        last = path
    return times, last


def _fill(path: Path) -> int:
    """Scores and one to three bonus entries with evidence on every sheet (not timed)."""
    rng = random.Random(11)
    store = open_store(path, bench_sealing())
    services = build_services(store)
    q = services.quarter.find(2026, 3)
    assert q is not None
    m = services.evaluation.methodology_of(q.id)
    items = [i.id for i in m.bonus_items] or []
    repo = services.evaluation.repo
    with store.atomic():
        for ev in repo.evaluations(q.id):
            t = m.sheet(ev.form)
            assert t is not None
            scores = {k: Decimal(rng.choice(("3", "3.5", "4", "4.5", "5"))) for k in score_keys(t)}
            repo.update(replace(ev, scores=scores))
            for _ in range(rng.randint(1, 3) if items else 0):
                repo.insert_entry(EntryRow(None, ev.id or 0, "bonus", rng.choice(items), Decimal(rng.randint(1, 3)),
                                           doc_number=f"12-05/{rng.randint(100, 999)}",
                                           doc_date=date(2026, 7, 1) + timedelta(days=rng.randint(0, 90))))
    store.close()
    return q.id


def measure(workdir: Path) -> dict[str, float]:
    from desktop_app.bench.offices import staff_office

    office = staff_office(workdir, STAFF)
    roster = _roster_times(office)
    build, built = _build_times(workdir, office)
    quarter_id = _fill(built)
    store = open_store(built, bench_sealing())
    services = build_services(store)
    services.evaluation.score_quarter(quarter_id)   # warm: methodology parsed, modules imported
    times = []
    for _ in range(5):
        start = time.perf_counter()
        scored = services.evaluation.score_quarter(quarter_id)
        times.append((time.perf_counter() - start) * 1000)
    assert len(scored) >= STAFF * 0.9 and all(o.score is not None for o in scored.values())
    store.close()
    return {"quarter_build_ms": round(statistics.median(roster), 1),
            "quarter_open_ms": round(statistics.median(build), 1),
            "quarter_score_ms": round(statistics.median(times), 1)}
