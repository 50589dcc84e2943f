"""`bagalau bench`: print one JSON object of performance figures."""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure performance and print the figures as JSON")
    p.add_argument("--only", nargs="*", help="run only the bench modules whose name contains one of these")
    p.add_argument("--workdir", help="folder for the generated offices (default: a temporary folder)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.bench import run_all

    if args.workdir:
        workdir = Path(args.workdir)
        workdir.mkdir(parents=True, exist_ok=True)
        figures = run_all(workdir, args.only)
    else:
        with tempfile.TemporaryDirectory(prefix="bagalau-bench-") as tmp:
            figures = run_all(Path(tmp), args.only)
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0
