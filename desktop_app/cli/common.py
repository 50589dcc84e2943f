"""Shared pieces of the command line: messages in the user's language, opening a database.

Every command that reads or writes an office asks for its password, from, in this order:
`--password-file FILE` (first line), the environment variable `BAGALAU_PASSWORD`, or a prompt on the
terminal (getpass). Without a terminal and without either, the command stops with a message.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.i18n import Translate

if TYPE_CHECKING:  # imported lazily at run time: `--help` must not load the whole program
    from desktop_app.services.container import Services
    from desktop_app.storage.database import Store

PASSWORD_ENV = "BAGALAU_PASSWORD"


def translate_for(args: argparse.Namespace) -> Translate:
    from desktop_app.cli.translation import make_translate

    lang = getattr(args, "lang", None)
    if not lang:
        from desktop_app.prefs import Prefs, default_prefs_path

        prefs = Prefs(Path(args.prefs) if getattr(args, "prefs", None) else default_prefs_path())
        lang = prefs.language or "ru"
    return make_translate(lang)


def report_error(args: argparse.Namespace, exc: BagalauError) -> int:
    print(exc.render(translate_for(args)), file=sys.stderr)
    return 1


def db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db)
    from desktop_app.prefs import default_db_path

    return default_db_path()


def office_password(args: argparse.Namespace, path: Path) -> str:
    """The office's password: --password-file, then $BAGALAU_PASSWORD, then a prompt on the terminal."""
    from desktop_app.domain.errors import ValidationError
    from desktop_app.domain.i18n import N_, msg

    file = getattr(args, "password_file", None)
    if file:
        try:
            with open(file, encoding="utf-8") as fh:
                return fh.readline().rstrip("\r\n")
        except OSError as exc:
            raise ValidationError(msg(N_("msg", "The password file {file} cannot be read ({detail})."),
                                      file=str(file), detail=exc.strerror or str(exc))) from exc
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Password of {path.name}: ")
    raise ValidationError(msg(N_("msg", "The office is sealed: give its password with --password-file FILE "
                                        "or the environment variable BAGALAU_PASSWORD.")), field="password")


def open_office(args: argparse.Namespace, path: Path | None = None) -> Store:
    """Open the office named by --db with the password from `office_password`; a recovery code made while
    opening (a new office, or a plain office sealed now) is printed on standard error, once."""
    from desktop_app.storage.database import open_store
    from desktop_app.storage.sealing import Password

    path = path or db_path(args)
    store = open_store(path, Password(office_password(args, path)))
    if store.new_recovery_code:
        print(f"The office {path} is sealed. Its recovery code (write it down, keep it sealed; without it "
              f"and without the password the data cannot be opened): {store.new_recovery_code}",
              file=sys.stderr)
    for copy in store.plain_copies:
        print(f"An unsealed copy remains: {copy}", file=sys.stderr)
    return store


def add_password_argument(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """`--password-file FILE` on the top-level parser and on every command that takes --db (the command's
    default must not overwrite a value given before the command: SUPPRESS)."""
    parser.add_argument("--password-file", metavar="FILE", default=None if top else argparse.SUPPRESS,
                        help=f"read the office password from the first line of FILE (else ${PASSWORD_ENV}, "
                             "else a prompt)")


@contextmanager
def open_services(args: argparse.Namespace) -> Iterator[Services]:
    from desktop_app.services.container import build_services

    store = open_office(args)
    services = build_services(store)
    try:
        yield services
    finally:
        services.close()


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", metavar="FILE", required=required, help="database file")


def add_lang_argument(parser: argparse.ArgumentParser, doc: bool = False) -> None:
    if doc:
        parser.add_argument("--lang", choices=("kk", "ru", "both"), default="kk", help="document language")
    else:
        parser.add_argument("--lang", choices=("kk", "ru"), help="message language")
