"""`bagalau calendar to-confirm|confirm|import`: the office calendar from the command line.

    bagalau calendar to-confirm --db FILE --year 2027          # holidays the calendar only estimates
    bagalau calendar confirm --db FILE --date 2027-05-16 [--note "..."]
    bagalau calendar import FILE.xlsx --db FILE --year 2027    # the government's transferred days off
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop_app.cli.common import add_db_argument, add_lang_argument


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("calendar", help="office calendar: estimated holidays to confirm, import of transfers")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("to-confirm", help="holidays the package only estimates (Kurban ait), not yet confirmed")
    a.add_argument("--year", type=int, required=True)
    b = actions.add_parser("confirm", help="confirm an estimated holiday as a day off on its date")
    b.add_argument("--date", type=date.fromisoformat, required=True, help="YYYY-MM-DD")
    b.add_argument("--note", default="", help="the act that fixed the date")
    c = actions.add_parser("import", help="import a year's transferred days off from CSV/XLSX (date, kind, act)")
    c.add_argument("file", type=Path)
    c.add_argument("--year", type=int, required=True)
    for x in (a, b, c):
        add_db_argument(x)
        add_lang_argument(x)
        x.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import open_services, report_error, translate_for
    from desktop_app.domain.errors import BagalauError
    from desktop_app.domain.i18n import N_, msg

    tr = translate_for(args)
    try:
        with open_services(args) as services:
            cal = services.calendar
            if args.action == "to-confirm":
                pending = cal.to_confirm(args.year)
                if not pending:
                    print(msg(N_("msg", "No estimated holidays to confirm in {year}."), year=args.year).render(tr))
                for day, name in sorted(pending.items()):
                    print(f"{day:%d.%m.%Y}\t{name}\t" + msg(N_("msg", "to confirm")).render(tr))
            elif args.action == "confirm":
                cal.confirm(args.date, args.note)
                print(msg(N_("msg", "{day} confirmed as a day off."), day=args.date.strftime("%d.%m.%Y")).render(tr))
            else:
                done = cal.import_transfers(args.file, args.year)
                working = sum(1 for t in done if t.is_working)
                print(msg(N_("msg", "Imported {n} days for {year}: {working} working, {off} days off."),
                          n=len(done), year=args.year, working=working, off=len(done) - working).render(tr))
        return 0
    except BagalauError as exc:
        return report_error(args, exc)
