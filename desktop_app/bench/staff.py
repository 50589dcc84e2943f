"""Staff registry figures: search keystroke over 10,000 staff, import of 2,000 rows, peak memory.

Targets (issue 2): staff_filter_ms ≤ 30; peak_rss_mb ≤ 250. The window figures come from a
subprocess (`python -m desktop_app.bench.staff PROBE DB`) that opens the main window offscreen on a
10,000-staff office, shows the staff page, types a name into the search box one letter at a time,
and reports the median time per keystroke (filter + repaint) and its own ru_maxrss.
"""
from __future__ import annotations

import csv
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

SEARCH = "сейітова әлия"  # typed letter by letter, then erased


def _probe(db: Path) -> dict[str, float]:
    import resource

    from PySide6.QtWidgets import QApplication

    from desktop_app.prefs import Prefs
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store
    from desktop_app.ui.i18n import LanguageManager
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    services = build_services(open_store(db))
    languages = LanguageManager()
    languages.set_language("ru")
    window = MainWindow(services, languages, Prefs(db.with_suffix(".prefs.json")))
    window.resize(1400, 800)
    window.show()
    page = window.show_page("staff")
    for _ in range(3):
        app.processEvents()
    page.status_filter.setCurrentIndex(2)  # all staff: the largest list
    times = []
    texts = [SEARCH[:i] for i in range(1, len(SEARCH) + 1)] + [SEARCH[:i] for i in range(len(SEARCH) - 1, -1, -1)]
    for text in texts:
        t0 = time.perf_counter()
        page.search.setText(text)  # what each keystroke does: filter the proxy, then repaint
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    rows = page.model.rowCount()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    services.close()
    return {"staff_filter_ms": round(statistics.median(times), 2), "staff_filter_max_ms": round(max(times), 2),
            "staff_rows": rows, "peak_rss_mb": round(rss_kb / 1024, 1)}


def _write_import_file(path: Path, n: int) -> None:
    import random

    from desktop_app.demo.generated import _people

    rng = random.Random(11)
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
                        "да" if head else "нет", date(2015, 1 + i % 12, 1 + i % 28).strftime("%d.%m.%Y"), "",
                        e.phone, ""])


def measure(workdir: Path) -> dict[str, float]:
    from desktop_app.bench.offices import staff_office
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store

    figures: dict[str, float] = {}
    source = workdir / "staff-2000.csv"
    _write_import_file(source, 2000)
    target = workdir / "import-2000.sqlite"
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        p.unlink(missing_ok=True)
    services = build_services(open_store(target))
    try:
        t0 = time.perf_counter()
        services.staff.importer.apply(source)
        figures["import_2000_rows_s"] = round(time.perf_counter() - t0, 3)
    finally:
        services.close()

    db = staff_office(workdir, 10000)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "desktop_app.bench.staff", "probe", str(db)], capture_output=True,
                         text=True, env=env, timeout=300, check=True)
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    figures.update({k: probe[k] for k in ("staff_filter_ms", "staff_filter_max_ms", "peak_rss_mb")})
    return figures


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "probe":
        print(json.dumps(_probe(Path(sys.argv[2]))), flush=True)
        os._exit(0)  # skip interpreter teardown: PySide6 6.12 may abort while collecting Qt objects at exit
