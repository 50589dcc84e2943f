"""`bagalau export-staff --db FILE --out FILE.xlsx`: the staff list as an Excel workbook."""
from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import add_db_argument
from desktop_app.domain.errors import BagalauError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-staff", help="write the staff list to an Excel workbook")
    add_db_argument(p)
    p.add_argument("--out", metavar="FILE.xlsx", required=True)
    p.add_argument("--lang", choices=("kk", "ru"), default="ru", help="language of the workbook")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop_app.cli.common import open_services, report_error
    from desktop_app.cli.output import check_output, write_output
    from desktop_app.reports.staff_xlsx import staff_xlsx

    out = Path(args.out)
    try:
        out = check_output(out, (".xlsx",))
        with open_services(args) as services:
            rows = services.staff.rows(date.today())
            write_output(out, staff_xlsx(rows, args.lang), (".xlsx",))
    except BagalauError as exc:
        return report_error(args, exc)
    print(f"{len(rows)} → {out}")
    return 0
