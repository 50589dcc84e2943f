"""`bagalau quarter open|roster|due`: open a quarter, list its roster with reasons, show what is due.

    bagalau quarter open --db FILE --year 2026 --quarter 4
    bagalau quarter roster --db FILE --year 2026 --quarter 3 [--lang ru]
    bagalau quarter due --db FILE [--today 2026-11-22] [--lang ru]
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
                            ("due", "what is due and overdue (Methodology, items 4, 9)")):
        a = actions.add_parser(name, help=help_text)
        add_db_argument(a)
        add_lang_argument(a)
        if name != "due":
            a.add_argument("--year", type=int, required=True)
            a.add_argument("--quarter", type=int, required=True, choices=(1, 2, 3, 4))
        else:
            a.add_argument("--today", type=date.fromisoformat, default=None, help="YYYY-MM-DD (default: today)")
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
            else:
                for item in services.dashboard.items(args.today or date.today()):
                    due = item.due.strftime("%d.%m.%Y") if item.due else ""
                    print(f"{item.level}\t{due}\t{item.text.render(tr)}")
    except BagalauError as exc:
        return report_error(args, exc)
    return 0
