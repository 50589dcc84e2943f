"""`bagalau export summary|annual --db FILE --year Y [--quarter Q] [--lang kk|ru|both] --out FILE.xlsx`:
the quarter summary or the annual summary as an Excel workbook."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.services.container import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export the quarter summary or the annual summary to an XLSX file")
    p.add_argument("what", choices=("summary", "annual"), help="summary (needs --quarter) or annual")
    p.add_argument("--db", metavar="FILE", required=True, help="database file")
    p.add_argument("--year", type=int, metavar="YYYY", required=True, help="year")
    p.add_argument("--quarter", type=int, metavar="Q", help="quarter number 1..4 (for the summary)")
    # dest doc_lang: `bagalau --lang ru export …` keeps choosing the language of the messages.
    p.add_argument("--lang", dest="doc_lang", choices=("kk", "ru", "both"), default="kk",
                   help="document language")
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="output file")
    p.set_defaults(func=run)


def export_bytes(services: Services, args: argparse.Namespace) -> bytes:
    from desktop_app.cli.evaluation_printables import documents_module, quarter_of, year_of
    from desktop_app.reports.summary_xlsx import annual_xlsx, summary_xlsx

    docs = documents_module()
    if args.what == "summary":
        return summary_xlsx(docs.summary(services, year_of(args), quarter_of(args)), args.doc_lang)
    return annual_xlsx(docs.annual(services, year_of(args)), args.doc_lang)


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import open_services, report_error
    from desktop_app.cli.output import check_output, write_output
    from desktop_app.domain.errors import BagalauError

    out = Path(args.out)
    try:
        out = check_output(out, (".xlsx",))  # dir.csv is refused, not silently written as dir.csv.xlsx
        with open_services(args) as services:
            data = export_bytes(services, args)
        write_output(out, data, (".xlsx",))
    except BagalauError as exc:
        return report_error(args, exc)
    print(f"{out} ({len(data)} bytes)")
    return 0
