"""Composition root: parse the command line, or open the database and show the main window."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from desktop_app.cli import build_parser, wants_command

    if wants_command(argv) or "-h" in argv or "--help" in argv:
        parser = build_parser()
        args = parser.parse_args(argv)
        return int(args.func(args) or 0)
    args = build_parser(with_commands=False).parse_args(argv)
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app.prefs import Prefs, default_db_path, default_prefs_path
    from desktop_app.ui.application import BagalauApplication

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName("Bagalau")
    prefs = Prefs(Path(args.prefs) if args.prefs else default_prefs_path())
    db = Path(args.db) if args.db else default_db_path()
    app = BagalauApplication(prefs, language=args.lang)
    credential = None
    if args.exit_when_shown:
        _report_timings(qapp, app)
        # `bagalau bench` times the start without a person to type the password: it gives it like a script.
        if os.environ.get("BAGALAU_PASSWORD"):
            from desktop_app.storage.sealing import Password

            credential = Password(os.environ["BAGALAU_PASSWORD"])
    if not app.start(db, credential):
        return 1
    return qapp.exec()


def _report_timings(qapp, app) -> None:  # type: ignore[no-untyped-def]
    """For `bagalau bench`: print when the window is shown and when the office is ready, then quit."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: print(f"shown {time.perf_counter() - _T0:.4f}", flush=True))

    def _ready() -> None:
        print(f"ready {time.perf_counter() - _T0:.4f}", flush=True)
        QTimer.singleShot(0, qapp.quit)

    app.ready.connect(_ready)
    app.failed.connect(qapp.quit)
