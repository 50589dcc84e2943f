"""Screenshots of the real program for the README: every page of the main window, in kk and ru.

    xvfb-run -a .venv/bin/python build/screenshots.py DB OUTDIR [--lang kk|ru|both] [--pages key,key]

The window is the real MainWindow on the given database (use the demo office); each page is shown,
the event loop runs until it settles, and the window is grabbed to OUTDIR/<lang>-<page>.png.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.prefs import Prefs  # noqa: E402
from desktop_app.services.container import build_services  # noqa: E402
from desktop_app.storage.database import open_store  # noqa: E402
from desktop_app.storage.sealing import Password  # noqa: E402
from desktop_app.ui.i18n import LanguageManager  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402


def settle(ms: int = 250) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("out")
    ap.add_argument("--lang", default="both", choices=("kk", "ru", "both"))
    ap.add_argument("--pages", default="")
    ap.add_argument("--size", default="1280x800")
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    # the README's screenshots show the demo office (password "demo"); another office: $BAGALAU_PASSWORD
    store = open_store(Path(args.db), Password(os.environ.get("BAGALAU_PASSWORD", "demo")))
    services = build_services(store)
    languages = LanguageManager()
    prefs = Prefs(Path(tempfile.mkdtemp()) / "prefs.json")
    w, h = (int(x) for x in args.size.split("x"))
    langs = ("kk", "ru") if args.lang == "both" else (args.lang,)
    languages.set_language(langs[0])
    window = MainWindow(services, languages, prefs)
    window.resize(w, h)
    window.show()
    wanted = [k for k in args.pages.split(",") if k] or [s.key for s in window.specs]
    for lang in langs:
        window.set_language(lang)
        settle()
        for key in wanted:
            window.show_page(key)
            settle()
            path = out / f"{lang}-{key}.png"
            window.grab().save(str(path))
            print(path)
    window.close()
    services.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
