"""`bagalau sheet show|sanction|personal|designate`: what a sheet records beside its scores.

    bagalau sheet show --db FILE --year 2026 --quarter 1 --iin 791028302728 [--lang ru]
    bagalau sheet sanction ... --iin IIN --months 2 --order 45-к --order-date 2025-12-20 [--reason "..."]
    bagalau sheet personal ... --iin IIN --points 5 --note "Подготовил материалы двух сессий" [--reason "..."]
    bagalau sheet designate ... --iin IIN --designee 880101300123 --on 2026-04-02 [--score 3.5]

A signed sheet changes only with --reason (kept in history). Bad input is refused and nothing changes.
"""
from __future__ import annotations

import argparse
from datetime import date

from desktop_app.cli.common import add_db_argument, add_lang_argument


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sheet", help="a sheet's sanction months, personal points and designated co-evaluators")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the sheet's result with its explanation, sanction, points, designees")
    sanction = actions.add_parser("sanction", help="months of the quarter under a disciplinary sanction (0 clears)")
    sanction.add_argument("--months", type=int, required=True)
    sanction.add_argument("--order", default="", help="number of the order imposing the sanction")
    sanction.add_argument("--order-date", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    personal = actions.add_parser("personal", help="the unit head's personal points (+1…+5 or -2) with the grounds")
    personal.add_argument("--points", required=True)
    personal.add_argument("--note", default="", help="the concrete grounds (required for the points to count)")
    designate = actions.add_parser("designate", help="a servant the evaluator designated to also evaluate")
    designate.add_argument("--designee", required=True, metavar="IIN")
    designate.add_argument("--on", type=date.fromisoformat, required=True, help="day of designation, YYYY-MM-DD")
    designate.add_argument("--score", default=None, help="the designee's proposed score (0–5)")
    for a in (show, sanction, personal, designate):
        add_db_argument(a)
        add_lang_argument(a)
        a.add_argument("--year", type=int, required=True)
        a.add_argument("--quarter", type=int, required=True, choices=(1, 2, 3, 4))
        a.add_argument("--iin", required=True, help="ИИН of the evaluee")
        if a is not show:
            a.add_argument("--reason", default="", help="why a signed sheet changes")
        a.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import open_services, report_error, translate_for
    from desktop_app.domain.errors import BagalauError, NotFoundError
    from desktop_app.domain.i18n import N_, msg
    from desktop_app.domain.methodology.fmt import plain, signed
    from desktop_app.domain.methodology.sheet_extras import SanctionRecord

    tr = translate_for(args)
    lang = getattr(args, "lang", None) or "ru"
    try:
        with open_services(args) as services:
            q = services.quarter.find(args.year, args.quarter)
            if q is None:
                raise NotFoundError(msg(N_("msg", "Quarter {quarter} of {year} is not opened."),
                                        quarter=args.quarter, year=args.year))
            snap = services.quarter.quarters_repo.snapshot()
            by_iin = {e.iin: e for e in snap.employees.values()}

            def employee(iin: str):  # type: ignore[no-untyped-def]
                found = by_iin.get(iin.strip())
                if found is None:
                    raise NotFoundError(msg(N_("msg", "No employee has the ИИН {iin}."), iin=iin))
                return found

            emp = employee(args.iin)
            ev = next((e for e in services.evaluation.repo.evaluations(q.id) if e.employee_id == emp.id), None)
            if ev is None or ev.id is None:
                raise NotFoundError(msg(N_("msg", "{name} has no evaluation sheet in this quarter."),
                                        name=emp.full_name(lang)))
            extras = services.evaluation.extras
            if args.action == "sanction":
                extras.set_sanction(ev.id, SanctionRecord(args.months, args.order, args.order_date), args.reason)
            elif args.action == "personal":
                extras.add_personal(ev.id, args.points, args.note, args.reason)
            elif args.action == "designate":
                row = extras.designate(ev.id, employee(args.designee).id or 0, args.on, args.reason)
                if args.score is not None:
                    extras.set_designee_score(row, args.score, args.reason)
            view = services.evaluation.sheet(ev.id)
            print(emp.full_name(lang))
            for line in view.outcome.lines:
                print("  " + line.render(tr))
            s = view.evaluation.sanction
            if s.months:
                day = s.order_date.strftime("%d.%m.%Y") if s.order_date else ""
                print("  " + msg(N_("msg", "Disciplinary sanction: {months} months, order № {order} of {day}."),
                                 months=s.months, order=s.order_number, day=day).render(tr))
            for p in view.personal:
                print("  " + msg(N_("msg", "Personal points {points}: {note}"), points=signed(p.points),
                                 note=p.note).render(tr))
            for d in view.designees:
                who = snap.employees.get(d.employee_id)
                print("  " + msg(N_("msg", "Designated co-evaluator {name} ({day}), proposed score {score}."),
                                 name=who.full_name(lang) if who else d.employee_id,
                                 day=d.designated_on.strftime("%d.%m.%Y"),
                                 score=plain(d.proposed_score) if d.proposed_score is not None else "—").render(tr))
        return 0
    except BagalauError as exc:
        return report_error(args, exc)
