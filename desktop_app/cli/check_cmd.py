"""`bagalau check --db FILE`: exit 0 when the file, its schema and the audit chain are sound, else 1."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import add_lang_argument


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="verify a database file: SQLite structure, schema, audit log chain")
    p.add_argument("--db", metavar="FILE", required=True, help="database file")
    add_lang_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import translate_for
    from desktop_app.storage.check import check_file

    problems = check_file(Path(args.db))
    if not problems:
        print(f"{args.db}: ok")
        return 0
    translate = translate_for(args)
    for problem in problems:
        print(problem.render(translate), file=sys.stderr)
    return 1
