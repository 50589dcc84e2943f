"""`bagalau quarter open|roster|due|close|reopen`: open a quarter, list its roster with reasons, show what
is due, close a finished quarter or reopen it with a written reason.

    bagalau quarter open --db FILE --year 2026 --quarter 4
    bagalau quarter roster --db FILE --year 2026 --quarter 3 [--lang ru]
    bagalau quarter due --db FILE [--today 2026-11-22] [--lang ru]
    bagalau quarter close --db FILE --year 2026 --quarter 3 [--lang ru]     exit 0 closed, 1 refused (reasons)
    bagalau quarter reopen --db FILE --year 2026 --quarter 3 --reason "…"
"""
from __future__ import annotations

import argparse
from datetime import date

from desktop_app.cli.common import add_db_argument, add_lang_argument


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quarter", help="open a quarter, list its roster with reasons, show what is due")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, help_text in (("open", "open a quarter and build its roster (Methodology, items 5, 16)"),
                            ("roster", "list the roster: decision, reason and paragraph, evaluator, form"),
                            ("due", "what is due and overdue (Methodology, items 4, 9)"),
                            ("close", "close a finished quarter: exit 0 closed, 1 refused with every reason"),
                            ("reopen", "reopen a closed quarter with a written reason (kept in the audit log)")):
        a = actions.add_parser(name, help=help_text)
        add_db_argument(a)
        add_lang_argument(a)
        if name != "due":
            a.add_argument("--year", type=int, required=True)
            a.add_argument("--quarter", type=int, required=True, choices=(1, 2, 3, 4))
        if name in ("due", "close"):
            a.add_argument("--today", type=date.fromisoformat, default=None, help="YYYY-MM-DD (default: today)")
        if name == "reopen":
            a.add_argument("--reason", required=True, help="why the closed quarter is reopened")
        a.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import open_services, report_error, translate_for
    from desktop_app.domain.errors import BagalauError
    from desktop_app.domain.i18n import N_, msg

    tr = translate_for(args)
    lang = getattr(args, "lang", None) or "ru"
    try:
        with open_services(args) as services:
            if args.action == "open":
                q = services.quarter.open_quarter(args.year, args.quarter)
                lines = services.quarter.roster(q.id)
                included = sum(1 for ln in lines if ln.decision.included)
                print(msg(N_("msg", "Quarter {quarter} of {year} opened: {inc} of {total} to evaluate."),
                          quarter=q.quarter, year=q.year, inc=included, total=len(lines)).render(tr))
            elif args.action == "roster":
                found = services.quarter.find(args.year, args.quarter)
                if found is None:
                    raise BagalauError(msg(N_("msg", "Quarter {quarter} of {year} is not opened."),
                                           quarter=args.quarter, year=args.year))
                for ln in services.quarter.roster(found.id):
                    d = ln.decision
                    evaluator = ln.evaluator.full_name(lang) if ln.evaluator else "—"
                    form = str(d.form) if d.included and d.form else "-"
                    notes = "; ".join(n.render(tr) for n in ln.notes)
                    print("\t".join((ln.employee.full_name(lang), ln.unit_ru if lang == "ru" else ln.unit_kk,
                                     ln.category, d.status.value, evaluator, form, ln.reason.render(tr), notes)))
            elif args.action in ("close", "reopen"):
                return _close(services, args, tr)
            else:
                for item in services.dashboard.items(args.today or date.today()):
                    due = item.due.strftime("%d.%m.%Y") if item.due else ""
                    print(f"{item.level}\t{due}\t{item.text.render(tr)}")
    except BagalauError as exc:
        return report_error(args, exc)
    return 0


def _close(services, args: argparse.Namespace, tr) -> int:  # type: ignore[no-untyped-def]
    import sys

    from desktop_app.domain.errors import BagalauError
    from desktop_app.domain.i18n import N_, msg
    from desktop_app.services.quarter import QuarterNotClosable

    found = services.quarter.find(args.year, args.quarter)
    if found is None:
        raise BagalauError(msg(N_("msg", "Quarter {quarter} of {year} is not opened."),
                               quarter=args.quarter, year=args.year))
    if getattr(args, "today", None):
        services.quarter.today = lambda: args.today
    if args.action == "reopen":
        services.quarter.reopen_quarter(found.id, args.reason)
        print(msg(N_("msg", "Quarter {quarter} of {year} is reopened."), quarter=args.quarter,
                  year=args.year).render(tr))
        return 0
    try:
        services.quarter.close_quarter(found.id)
    except QuarterNotClosable as exc:
        # grouped as the window's "The quarter stays open" dialog groups them
        print(exc.render(tr), file=sys.stderr)
        for line in exc.lines(tr):
            print(line, file=sys.stderr)
        return 1
    print(msg(N_("msg", "Quarter {quarter} of {year} is closed: its records no longer change."),
              quarter=args.quarter, year=args.year).render(tr))
    return 0
