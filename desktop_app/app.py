"""Composition root: parse the command line, or open the database and show the main window."""
from __future__ import annotations

import sys
import time
from pathlib import Path

_T0 = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from desktop_app.cli import build_parser, wants_command

    if wants_command(argv):
        parser = build_parser()
        args = parser.parse_args(argv)
        return int(args.func(args) or 0)
    args = build_parser(with_commands=False).parse_args(argv)
    return run_gui(args)


def run_gui(args) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from desktop_app.prefs import Prefs, default_db_path, default_prefs_path
    from desktop_app.ui.application import BagalauApplication

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName("Bagalau")
    prefs = Prefs(Path(args.prefs) if args.prefs else default_prefs_path())
    db = Path(args.db) if args.db else default_db_path()
    app = BagalauApplication(prefs, language=args.lang)
    if not app.start(db):
        return 1
    if args.exit_when_shown:
        from PySide6.QtCore import QTimer

        def _report() -> None:
            print(f"shown {time.perf_counter() - _T0:.4f}", flush=True)
            qapp.quit()

        QTimer.singleShot(0, _report)
    return qapp.exec()
