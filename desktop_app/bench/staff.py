"""Staff registry figures: search keystroke over 10,000 staff, import of 2,000 rows, peak memory.

Targets: staff_filter_ms ≤ 30; peak_rss_mb ≤ 250. The window figures come from a
subprocess (`python -m desktop_app.ui.staff.bench_probe DB`, under ui/ as it imports Qt) that opens
the main window offscreen on a 10,000-staff office, shows the staff page, types a name into the
search box one letter at a time, and reports the median time per keystroke (filter + repaint) and
its own ru_maxrss.
"""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path


def _write_import_file(path: Path, n: int) -> None:
    import random

    from desktop_app.demo.generated import _people

    rng = random.Random(11)
    # born 1965–2002 (demo/generated.py): appointed in 2021, everyone is past 16, which the import checks
    people = _people(n, rng, set())
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["ИИН", "Фамилия", "Имя", "Отчество", "Подразделение", "Должность", "Категория",
                    "Руководящая (да/нет)", "Дата назначения", "Дата увольнения", "Телефон", "E-mail"])
        for i, e in enumerate(people):
            unit = f"Отдел № {i // 40 + 1}"
            head = i % 40 == 0
            w.writerow([e.iin, e.last_name, e.first_name, e.middle_name, unit,
                        "Руководитель отдела" if head else "Главный специалист", "E-R-3" if head else "E-R-4",
                        "да" if head else "нет", date(2021, 1 + i % 12, 1 + i % 28).strftime("%d.%m.%Y"), "",
                        e.phone, ""])


def measure(workdir: Path) -> dict[str, float]:
    from desktop_app.bench.offices import bench_sealing, staff_office
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store

    figures: dict[str, float] = {}
    source = workdir / "staff-2000.csv"
    _write_import_file(source, 2000)
    target = workdir / "import-2000.sqlite"
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}.key")):
        p.unlink(missing_ok=True)
    services = build_services(open_store(target, bench_sealing()))
    try:
        t0 = time.perf_counter()
        services.staff.importer.apply(source)
        figures["import_2000_rows_s"] = round(time.perf_counter() - t0, 3)
    finally:
        services.close()

    db = staff_office(workdir, 10000)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "desktop_app.ui.staff.bench_probe", str(db)], capture_output=True,
                         text=True, env=env, timeout=300, check=True)
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    figures.update({k: probe[k] for k in ("staff_filter_ms", "staff_filter_max_ms", "peak_rss_mb")})
    return figures
