"""`bagalau import-staff --db FILE PATH`: import a staff list (XLSX or CSV); all rows or none.

Exit code 0 when imported, 1 when refused; the same row-by-row report as the window's preview.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import add_db_argument, add_lang_argument
from desktop_app.domain.errors import BagalauError
from desktop_app.domain.i18n import N_, msg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-staff", help="import staff from an XLSX or CSV file (ИИН is the key)")
    add_db_argument(p)
    add_lang_argument(p)
    p.add_argument("path", metavar="PATH", help="the .xlsx or .csv file (UTF-8 or Windows-1251)")
    p.add_argument("--dry-run", action="store_true", help="check and report, import nothing")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from desktop_app.cli.common import open_services, report_error, translate_for

    translate = translate_for(args)
    try:
        with open_services(args) as services:
            importer = services.staff.importer
            plan = importer.plan(Path(args.path))
            print(plan.report(translate))
            if not plan.ok:
                print(msg(N_("msg", "Nothing was imported: {n} row(s) have errors."), n=len(plan.errors))
                      .render(translate), file=sys.stderr)
                return 1
            if not args.dry_run:
                importer.apply(Path(args.path))
    except BagalauError as exc:
        return report_error(args, exc)
    return 0
