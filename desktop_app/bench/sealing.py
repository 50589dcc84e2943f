"""Sealing figures, measured in one run on the same generated offices:

- `sealed_quarter_open_ratio`: opening a 2,000-sheet quarter (roster, lines, draft sheets through the audit
  triggers) on the sealed office ÷ the same on an unsealed copy of it (target ≤ 1.3);
- `sealed_unlock_ms`: opening the sealed 2,000-staff office with its data key already derived — keying,
  the integrity check that reads every page (each page's HMAC), migrations check, audit triggers;
  `argon2id_ms`, the key derivation from the password, apart (it is the same for every office size);
- `sealed_backup_ratio`: a verified copy of the ten-year office, sealed ÷ unsealed;
- `audit_share`: the audit log's share of the ten-year office file (pages of `audit_log` and its table
  numbers, read with SQLite's dbstat on an unsealed export of it).
"""
from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from desktop_app.bench.offices import bench_sealing, staff_office
from desktop_app.services.container import build_services
from desktop_app.storage import backup as files
from desktop_app.storage.audit import AuditContext, install_audit_triggers
from desktop_app.storage.database import Store, _configure, open_store
from desktop_app.storage.keyring import key_path


def _plain_copy(sealed: Path, target: Path) -> Path:
    """An unsealed copy of a sealed office (what an office was before sealing)."""
    for suffix in ("", "-wal", "-shm", ".key"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    store = open_store(sealed, bench_sealing())
    try:
        files.plain_export(store.db.conn, target)
    finally:
        store.close()
    conn = sqlite3.connect(target)
    conn.execute("DROP TABLE IF EXISTS _bagalau_chain_key")
    conn.commit()
    conn.close()
    return target


def _plain_store(path: Path) -> Store:
    """The unsealed file opened the way the program opened offices before sealing (bench only)."""
    db = Database(sqlite3.connect(str(path)), execute_plugins=False)
    audit = AuditContext()
    _configure(db, audit)
    db.execute("PRAGMA journal_mode = WAL")
    install_audit_triggers(db)
    return Store(db, path, None, audit)


def _sealed_copy(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".key"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy(source, target)
    shutil.copy(key_path(source), key_path(target))
    return target


def _open_quarter_ms(store: Store) -> float:
    services = build_services(store)
    if services.methodology.version_in_force(date(2026, 9, 30)) is None:
        services.methodology.copy_preset("typical_2025")
    start = time.perf_counter()
    services.quarter.open_quarter(2026, 3)
    elapsed = (time.perf_counter() - start) * 1000
    store.close()
    return elapsed


def measure(workdir: Path) -> dict[str, float]:
    from desktop_app.storage.keyring import KDF_PROFILE, derive

    office = staff_office(workdir, 2000)
    plain_master = _plain_copy(office, workdir / "seal-plain-master.sqlite")
    sealed_times, plain_times = [], []
    for i in range(7):  # alternated, so that a busy machine slows both alike; the median of seven
        sealed = _sealed_copy(office, workdir / f"seal-quarter-{i}.sqlite")
        sealed_times.append(_open_quarter_ms(open_store(sealed, bench_sealing())))
        plain = workdir / f"plain-quarter-{i}.sqlite"
        shutil.copy(plain_master, plain)
        plain_times.append(_open_quarter_ms(_plain_store(plain)))
    unlock = []
    for _ in range(3):
        t = time.perf_counter()
        open_store(office, bench_sealing()).close()
        unlock.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    derive("bench-office-2026", b"0123456789abcdef", KDF_PROFILE)
    argon = (time.perf_counter() - t) * 1000

    decade = staff_office(workdir, 2000, history_from=2016, years=10)
    plain_decade = _plain_copy(decade, workdir / "seal-plain-decade.sqlite")
    store = open_store(decade, bench_sealing())
    t = time.perf_counter()
    files.backup_connection(store.db.conn, workdir / "seal-copies" / "sealed.sqlite")
    sealed_backup = time.perf_counter() - t
    store.close()
    plain_store = _plain_store(plain_decade)
    t = time.perf_counter()
    files.backup_connection(plain_store.db.conn, workdir / "seal-copies" / "plain.sqlite")
    plain_backup = time.perf_counter() - t
    plain_store.close()
    conn = sqlite3.connect(plain_decade)
    try:
        sizes = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
        audit = sum(v for k, v in sizes.items()
                    if k in ("audit_log", "_bagalau_audit_tables") or k.startswith("audit_log_"))
        share = audit / sum(sizes.values())
    finally:
        conn.close()
    return {"sealed_quarter_open_ratio": round(statistics.median(sealed_times) / statistics.median(plain_times), 2),
            "sealed_unlock_ms": round(statistics.median(unlock), 1),
            "argon2id_ms": round(argon, 1),
            "sealed_backup_ratio": round(sealed_backup / plain_backup, 2),
            "audit_share": round(share, 3)}
