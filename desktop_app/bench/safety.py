"""Safety figures on a 2,000-staff office with ten years of quarterly evaluations:

- backup_s: a verified copy with SQLite's backup API while the file is open (what "Back up now",
  the start, exit and daily copies do), including the integrity check of the copy;
- integrity_check_s: `PRAGMA integrity_check` of the office file (done on every open);
- audit_verify_s: recomputing the whole audit hash chain (`bagalau check`);
- audited_insert_2000_s: 2,000 single-row inserts in one transaction through the audit triggers;
- office_mb, audit_rows: the size of that office.
"""
from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path


def _office(workdir: Path) -> Path:
    from desktop_app.bench.offices import staff_office

    return staff_office(workdir, 2000, history_from=2016, years=10)


def measure(workdir: Path) -> dict[str, float]:
    from desktop_app.bench.offices import bench_sealing
    from desktop_app.services.backup import BackupService
    from desktop_app.storage.audit import verify_chain
    from desktop_app.storage.calendar_repository import CalendarRepository
    from desktop_app.storage.database import open_store

    path = _office(workdir)
    store = open_store(path, bench_sealing())
    try:
        db = store.db
        t = time.perf_counter()
        result = db.execute("PRAGMA integrity_check").fetchone()[0]
        integrity = time.perf_counter() - t
        assert result == "ok"
        t = time.perf_counter()
        BackupService(store).back_up(workdir / "safety-backups")
        backup = time.perf_counter() - t
        t = time.perf_counter()
        report = verify_chain(db.conn)
        verify = time.perf_counter() - t
        t = time.perf_counter()
        days = [date(2099, 1, 1) + timedelta(days=i) for i in range(2000)]
        calendar = CalendarRepository(store)
        with store.atomic():
            for day in days:
                calendar.upsert(day, True, "bench")
        insert = time.perf_counter() - t
        with store.atomic():
            for day in days:
                calendar.delete(day)
        return {"backup_s": round(backup, 3), "integrity_check_s": round(integrity, 3),
                "audit_verify_s": round(verify, 3), "audited_insert_2000_s": round(insert, 3),
                "office_mb": round(path.stat().st_size / 1024 / 1024, 1), "audit_rows": float(report.rows)}
    finally:
        store.close()
