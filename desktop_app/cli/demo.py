"""`bagalau demo FILE`: write the demo office into a new database file."""
from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import add_lang_argument
from desktop_app.domain.errors import BagalauError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="write the demo office into a new database file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true",
                   help="replace the file if it exists and no program has it open (a copy is kept first)")
    add_lang_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import report_error
    from desktop_app.demo import write_demo

    path = Path(args.file)
    try:
        summary = write_demo(path, replace=args.force)
    except BagalauError as exc:
        return report_error(args, exc)
    print(summary)
    return 0
