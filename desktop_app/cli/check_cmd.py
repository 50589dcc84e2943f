"""`bagalau check --db FILE [--head CODE]`: exit 0 when the file, its seal, its schema and the audit chain are
sound (and the code printed on a document is in the log), else 1."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import add_lang_argument

if TYPE_CHECKING:
    from desktop_app.services.audit_head import HeadVerdict
    from desktop_app.storage.engine import OfficeKey


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="verify a database file: SQLite structure, schema, audit log chain")
    p.add_argument("--db", metavar="FILE", required=True, help="database file")
    p.add_argument("--head", metavar="CODE",
                   help='the audit log code printed at the foot of a document ("№ 1234 · 7F3A-91C2" or '
                        '"7F3A-91C2"): say whether the log still has it')
    add_lang_argument(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import office_password, report_error, translate_for
    from desktop_app.domain.audit_code import parse_head_code
    from desktop_app.domain.errors import BagalauError
    from desktop_app.storage.check import check_file
    from desktop_app.storage.engine import is_plain_sqlite
    from desktop_app.storage.keyring import Sealing, key_path
    from desktop_app.storage.sealing import Password, unlock

    path = Path(args.db)
    translate = translate_for(args)
    try:
        if args.head is not None:
            parse_head_code(args.head)  # a malformed code is refused before the password is asked
        credential, key = None, None
        if path.is_file() and not is_plain_sqlite(path) and key_path(path).is_file():
            unlocked = unlock(path.resolve(), Password(office_password(args, path)))
            key = unlocked.key
            credential = Sealing(key.data_key, unlocked.header)  # argon2id once for both checks
        problems = check_file(path, credential)
        head_ok = True
        if args.head is not None and key is not None:
            verdict = _judge(path, key, args.head)
            print(verdict.message.render(translate), file=sys.stdout if verdict.found else sys.stderr)
            head_ok = verdict.found
    except BagalauError as exc:
        return report_error(args, exc)
    if not problems and head_ok:
        print(f"{args.db}: ok")
        return 0
    for problem in problems:
        print(problem.render(translate), file=sys.stderr)
    return 1


def _judge(path: Path, key: OfficeKey, typed: str) -> HeadVerdict:
    from desktop_app.services.audit_head import judge_head
    from desktop_app.storage import engine
    from desktop_app.storage.audit_chain import verify_chain

    conn = engine.connect_sealed(path, key, readonly=True)
    try:
        return judge_head(conn, typed, verify_chain(conn))
    finally:
        conn.close()
