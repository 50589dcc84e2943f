"""Shared pieces of the command line: messages in the user's language, opening a database."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.i18n import Translate

if TYPE_CHECKING:  # imported lazily at run time: `--help` must not load the whole program
    from desktop_app.services.container import Services


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


@contextmanager
def open_services(args: argparse.Namespace) -> Iterator[Services]:
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store

    store = open_store(db_path(args))
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
