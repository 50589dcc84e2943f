"""`bagalau backup` and `bagalau restore`: copies of a database file from the command line (001 §12).

The office's own password comes from --password-file, $BAGALAU_PASSWORD or a prompt (cli/common.py);
copies are sealed like the office and open with the same password. Passwords for encrypted copies for
another person (--encrypt) are read from the terminal (asked twice when sealing) or, when the input is
not a terminal, from the first line of standard input (for scripts).
"""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from desktop_app.cli.common import add_lang_argument
from desktop_app.domain.errors import BagalauError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="write a verified copy of the database into a folder")
    p.add_argument("--db", metavar="FILE", required=True, help="database file")
    p.add_argument("--to", metavar="DIR", required=True, help="folder for the copy (e.g. a USB drive)")
    p.add_argument("--encrypt", action="store_true", help="seal the copy with a password (AES-256-GCM)")
    add_lang_argument(p)
    p.set_defaults(func=run_backup)


def register_restore(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("restore", help="replace the database with a copy; the current content is kept aside")
    r.add_argument("--db", metavar="FILE", required=True, help="database file")
    r.add_argument("--from", dest="source", metavar="BACKUP", required=True, help="the copy to restore")
    r.add_argument("--other-organisation", action="store_true",
                   help="restore even when the copy is of another organisation (asked on a terminal)")
    add_lang_argument(r)
    r.set_defaults(func=run_restore)


def _password(prompt: str, confirm: bool) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        print("The two passwords differ.", file=sys.stderr)
        raise SystemExit(1)
    return first


def _writable(path: Path) -> bool:
    """Can the office be opened for writing (its lock and journal live beside it)?"""
    import os

    return os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop_app.cli.common import open_office
    from desktop_app.services.backup import BackupService

    store = open_office(args, Path(args.db))
    return store, BackupService(store)


def run_backup(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import report_error

    path = Path(args.db)
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 1
    try:
        password = _password("Password for the copy: ", confirm=True) if args.encrypt else None
        if _writable(path):
            store, service = _open(args)
            try:
                dest = service.back_up(Path(args.to), password=password)
            finally:
                store.close()
        else:  # a write-protected drive: copy without opening for writing
            from desktop_app.services.backup import back_up_readonly
            from desktop_app.storage.engine import is_plain_sqlite

            key = None
            if not is_plain_sqlite(path):  # sealed: unlock with the office's password, write nothing beside it
                from desktop_app.cli.common import office_password
                from desktop_app.storage.sealing import Password, unlock

                key = unlock(path.resolve(), Password(office_password(args, path))).key
            dest = back_up_readonly(path, Path(args.to), password=password, key=key)
    except BagalauError as exc:
        return report_error(args, exc)
    print(dest)
    return 0


def _confirm(args: argparse.Namespace, exc: BagalauError) -> bool:
    """Ask on a terminal whether to restore a copy of another organisation; scripts pass the option."""
    from desktop_app.cli.common import translate_for
    from desktop_app.domain.i18n import N_, msg

    translate = translate_for(args)
    print(exc.render(translate), file=sys.stderr)
    if not sys.stdin.isatty():
        print(msg(N_("msg", "Nothing was restored. To restore it anyway, repeat the command with "
                            "--other-organisation.")).render(translate), file=sys.stderr)
        return False
    answer = input(msg(N_("msg", "Restore it anyway? Type yes to confirm: ")).render(translate))
    return answer.strip().casefold() in ("yes", "да", "иә", "y", "д")


def run_restore(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import report_error
    from desktop_app.domain.security import is_encrypted
    from desktop_app.services.restore_checks import OtherOrganisationError

    source = Path(args.source)
    if not source.is_file():
        print(f"{source}: no such file", file=sys.stderr)
        return 1
    try:
        with open(source, "rb") as fh:
            password = _password("Password of the copy: ", confirm=False) if is_encrypted(fh.read(16)) else None
        store, service = _open(args)
        try:
            try:
                aside = service.restore(source, password=password, other_organisation_ok=args.other_organisation)
            except OtherOrganisationError as exc:
                if not _confirm(args, exc):
                    return 1
                aside = service.restore(source, password=password, other_organisation_ok=True)
        finally:
            store.close()
    except BagalauError as exc:
        return report_error(args, exc)
    print(f"restored {source} into {args.db}; the previous content is kept in {aside}")
    return 0
