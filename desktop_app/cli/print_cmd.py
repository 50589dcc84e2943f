"""`bagalau print NAME --db FILE [--session N | --appeal N …] --lang kk|ru|both --out FILE.pdf|FILE.docx`.

NAME is one of cli/printables.PRINTABLES. The document is written to --out (a DOCX when it ends in .docx).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.domain.errors import BagalauError


def register(sub: argparse._SubParsersAction) -> None:
    from desktop_app.cli.printables import PRINTABLES

    p = sub.add_parser("print", help="print a document (protocol, order, memo…) to a PDF or DOCX file")
    names = [*sorted(PRINTABLES), "all"]
    p.add_argument("name", choices=names, metavar="NAME",
                   help=", ".join(names) + " (all: every document in kk, ru and both, PDF and DOCX, into --out DIR)")
    p.add_argument("--db", metavar="FILE", required=True, help="database file")
    p.add_argument("--lang", choices=("kk", "ru", "both"), default="kk", help="document language")
    p.add_argument("--out", metavar="FILE", required=True, help="output file (.pdf or .docx); a folder for 'all'")
    p.add_argument("--session", type=int, metavar="N", help="calibration session id (the demo's session 1)")
    p.add_argument("--appeal", type=int, metavar="N", help="appeal id")
    p.add_argument("--quarter", type=int, metavar="N", help="quarter number 1..4 of --year")
    p.add_argument("--employee", type=int, metavar="N", help="employee id")
    p.add_argument("--year", type=int, metavar="YYYY", help="year")
    p.add_argument("--methodology", type=int, metavar="N", help="methodology version id (scale; default: in force today)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import open_services, report_error
    from desktop_app.cli.output import check_output, write_output
    from desktop_app.cli.printables import PRINTABLES

    if args.name == "all":
        from desktop_app.cli.print_all import run as run_all

        return run_all(args)
    out = Path(args.out)
    try:
        out = check_output(out, (".pdf", ".docx"))
        with open_services(args) as services:
            data = PRINTABLES[args.name](services, args)
        write_output(out, data, (".pdf", ".docx"))
    except BagalauError as exc:
        return report_error(args, exc)
    print(f"{out} ({len(data)} bytes)")
    return 0
