"""`bagalau check --db FILE`: exit 0 when the file, its seal, its schema and the audit chain are sound, else 1."""
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
    from desktop_app.cli.common import office_password, report_error, translate_for
    from desktop_app.domain.errors import BagalauError
    from desktop_app.storage.check import check_file
    from desktop_app.storage.engine import is_plain_sqlite
    from desktop_app.storage.keyring import key_path
    from desktop_app.storage.sealing import Password

    path = Path(args.db)
    try:
        credential = None
        if path.is_file() and not is_plain_sqlite(path) and key_path(path).is_file():
            credential = Password(office_password(args, path))
        problems = check_file(path, credential)
    except BagalauError as exc:
        return report_error(args, exc)
    if not problems:
        print(f"{args.db}: ok")
        return 0
    translate = translate_for(args)
    for problem in problems:
        print(problem.render(translate), file=sys.stderr)
    return 1
