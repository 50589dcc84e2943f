"""Measures the staff page for `bagalau bench` (see desktop_app/bench/staff.py): run as a subprocess.

`python -m desktop_app.ui.staff.bench_probe DB` opens the main window offscreen on DB, shows the staff
page with all staff, types a name into the search box one letter at a time and erases it, and prints
JSON: the median and worst time per keystroke (filter + repaint) and the process's peak RSS.

It stays under ui/ although only the benchmark runs it: it drives the real window, and ui/ is the one
package that imports Qt (tests/test_layering.py); bench/ itself never loads Qt.
"""
from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import cast

from desktop_app.ui.staff.staff_page import StaffPage

SEARCH = "сейітова әлия"


def _probe(db: Path) -> dict[str, float]:
    import resource

    from PySide6.QtWidgets import QApplication

    from desktop_app.bench.offices import BENCH_PASSWORD
    from desktop_app.prefs import Prefs
    from desktop_app.services.container import open_services
    from desktop_app.ui.i18n import LanguageManager
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    services = open_services(db, BENCH_PASSWORD)
    languages = LanguageManager()
    languages.set_language("ru")
    window = MainWindow(services, languages, Prefs(db.with_suffix(".prefs.json")))
    window.resize(1400, 800)
    window.show()
    page = cast(StaffPage, window.show_page("staff"))
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



if __name__ == "__main__":
    print(json.dumps(_probe(Path(sys.argv[1]))), flush=True)
    os._exit(0)  # skip interpreter teardown: PySide6 6.12 may abort while collecting Qt objects at exit
