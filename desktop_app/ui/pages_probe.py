"""Measures the first visit of every page for `bagalau bench` (desktop_app/bench/pages.py): run as a subprocess.

`python -m desktop_app.ui.pages_probe DB` opens the main window offscreen at 1366×740 on DB and shows each
page of the navigation once, in order; prints JSON: page key → milliseconds from the click to the page
painted (its factory, its first read of the database, the layout and one paint).
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _probe(db: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desktop_app.bench.offices import BENCH_PASSWORD
    from desktop_app.prefs import Prefs
    from desktop_app.services.container import open_services
    from desktop_app.ui.i18n import LanguageManager
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    languages = LanguageManager()
    languages.set_language("ru")
    window = MainWindow(None, languages, Prefs(db.with_suffix(".prefs.json")))
    window.resize(1366, 740)
    window.show()
    app.processEvents()
    services = open_services(db, BENCH_PASSWORD)
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    window.attach(services)                 # shows the first page (the dashboard)
    window.repaint()
    app.processEvents()
    times[window.current_page_key()] = (time.perf_counter() - t0) * 1000
    for spec in window.specs:
        if spec.key in times:
            continue
        t0 = time.perf_counter()
        window.show_page(spec.key)
        window.repaint()
        app.processEvents()
        times[spec.key] = round((time.perf_counter() - t0) * 1000, 1)
    services.close()
    return {k: round(v, 1) for k, v in times.items()}


if __name__ == "__main__":
    print(json.dumps(_probe(Path(sys.argv[1]))), flush=True)
    os._exit(0)  # skip interpreter teardown: PySide6 may abort while collecting Qt objects at exit
