"""Finishing a quarter, on a 2,000-staff office:

- `batch_final_2000_ms` (≤ 1,000): making 2,000 received sheets final in one action — every sheet
  checked by the same rules as alone (dates, appeal window with the working-day calendar, appeals
  pending), one UPDATE and 2,000 history lines, each written row through the hash-chained audit triggers;
- `quarter_close_ms` (≤ 500): closing that 2,000-sheet quarter — every sheet, appeal window and appeal
  checked (domain/quarter_close.py), then the quarter marked closed.
"""
from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

from desktop_app.bench.offices import bench_sealing
from desktop_app.bench.quarter import STAFF, _build_times, _fill, _fresh_copy
from desktop_app.bench.synthetic_history import complete_sheets, finalise_rest
from desktop_app.domain.sheet_moves import Move
from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store

SIGNED, RECEIVED, FINAL = date(2026, 10, 5), date(2026, 10, 6), date(2026, 10, 20)


def _received_quarter(workdir: Path) -> Path:
    """A copy of the office with Q3 2026 open, scored, signed and received by all (not timed)."""
    from desktop_app.bench.offices import staff_office

    office = staff_office(workdir, STAFF)
    _, built = _build_times(workdir, office, runs=1)
    quarter_id = _fill(built)
    store = open_store(built, bench_sealing())
    services = build_services(store)
    services.quarter.today = lambda: FINAL
    complete_sheets(store, quarter_id)
    ids = [e.id or 0 for e in services.evaluation.repo.evaluations(quarter_id)]
    signed = services.evaluation.move_many(ids, Move.SIGN, SIGNED)
    received = services.evaluation.move_many(ids, Move.RECEIVE, RECEIVED)
    assert len(signed.moved) >= STAFF * 0.9, signed.refused[:3]
    assert len(received.moved) >= STAFF * 0.9, received.refused[:3]
    store.close()
    return built


def measure(workdir: Path, runs: int = 3) -> dict[str, float]:
    ready = _received_quarter(workdir)
    finals: list[float] = []
    closes: list[float] = []
    for i in range(runs):
        path = _fresh_copy(workdir, ready, f"quarter-close-{i}.sqlite")
        store = open_store(path, bench_sealing())
        services = build_services(store)
        services.quarter.today = lambda: FINAL
        q = services.quarter.find(2026, 3)
        assert q is not None
        services.quarter.methodology(q)       # warm: methodology parsed, calendar built
        services.quarter.calendar.calendar()
        ids = [e.id or 0 for e in services.evaluation.repo.evaluations(q.id) if e.status.value == "received"]
        start = time.perf_counter()
        result = services.evaluation.move_many(ids, Move.FINALISE, FINAL)
        finals.append((time.perf_counter() - start) * 1000)
        assert len(result.moved) == len(ids) >= STAFF * 0.9, result.refused[:3]
        finalise_rest(store, q.id, FINAL)   # the few left (dismissed evaluees), outside the timing
        start = time.perf_counter()
        closed = services.quarter.close_quarter(q.id)
        closes.append((time.perf_counter() - start) * 1000)
        assert closed.status == "final"
        store.close()
    return {"batch_final_2000_ms": round(statistics.median(finals), 1),
            "quarter_close_ms": round(statistics.median(closes), 1)}
