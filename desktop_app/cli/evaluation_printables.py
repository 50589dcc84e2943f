"""The quarter's documents for `bagalau print` and `bagalau export`:

    bagalau print sheets|summary|notices --db FILE --year Y --quarter Q --lang kk|ru|both --out FILE.pdf
    bagalau print annual --db FILE --year Y --lang kk|ru|both --out FILE.pdf

With --year, --quarter is the quarter's number 1..4. The data come from services/evaluation_documents.py
(plain dataclasses of reports/evaluation_data.py); the renderers turn them into bytes.
"""
from __future__ import annotations

import argparse
from types import ModuleType
from typing import TYPE_CHECKING, Any

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg

if TYPE_CHECKING:
    from desktop_app.services.container import Services


def documents_module() -> ModuleType:
    """services.evaluation_documents, which builds the documents' data from the quarter's evaluations."""
    import importlib

    try:
        return importlib.import_module("desktop_app.services.evaluation_documents")
    except ModuleNotFoundError as exc:
        if exc.name != "desktop_app.services.evaluation_documents":
            raise
        raise ValidationError(msg(N_("msg", "The evaluation documents are not available in this build."))) from exc


def year_of(args: argparse.Namespace) -> int:
    year = getattr(args, "year", None)
    if year is None:
        raise ValidationError(msg(N_("msg", "Give the year with --year YYYY.")), field="year")
    if not 2000 <= int(year) <= 2100:
        raise ValidationError(msg(N_("msg", "The year {year} is out of range."), year=year), field="year")
    return int(year)


def quarter_of(args: argparse.Namespace) -> int:
    quarter = getattr(args, "quarter", None)
    if quarter is None:
        raise ValidationError(msg(N_("msg", "Give the quarter with --quarter 1..4.")), field="quarter")
    if int(quarter) not in (1, 2, 3, 4):
        raise ValidationError(msg(N_("msg", "The quarter must be 1, 2, 3 or 4, got {quarter}."),
                                  quarter=quarter), field="quarter")
    return int(quarter)


def _render(document: Any, data: Any, args: argparse.Namespace) -> bytes:
    """The PDF, or its DOCX twin when --out ends with .docx (reports/story_docx.py)."""
    if str(getattr(args, "out", "")).lower().endswith(".docx"):
        return document.render_docx(data)
    return document.render(data)


def print_sheets(services: Services, args: argparse.Namespace) -> bytes:
    """All evaluation sheets of a quarter in one PDF (001 §16, forms of Appendix 1 and 2)."""
    from desktop_app.reports.sheet_pdf import SheetPdf

    year, quarter = year_of(args), quarter_of(args)
    sheets = documents_module().sheets(services, year, quarter)
    if not sheets:
        raise ValidationError(msg(N_("msg", "The quarter {quarter} of {year} has no evaluation sheets."),
                                  quarter=quarter, year=year))
    return _render(SheetPdf(args.lang), sheets, args)


def print_summary(services: Services, args: argparse.Namespace) -> bytes:
    """The quarter summary by unit with totals per grade band (001 §7)."""
    from desktop_app.reports.summary_pdf import SummaryPdf

    return _render(SummaryPdf(args.lang), documents_module().summary(services, year_of(args), quarter_of(args)),
                   args)


def print_annual(services: Services, args: argparse.Namespace) -> bytes:
    """The annual summary: mean of the year's quarterly scores (001 §4)."""
    from desktop_app.reports.annual_pdf import AnnualPdf

    return _render(AnnualPdf(args.lang), documents_module().annual(services, year_of(args)), args)


def print_notices(services: Services, args: argparse.Namespace) -> bytes:
    """Letters to the employees dismissed during the quarter (001 §6, §9–§11)."""
    from desktop_app.reports.notice_pdf import NoticePdf

    year, quarter = year_of(args), quarter_of(args)
    notices = documents_module().notices(services, year, quarter)
    if not notices:
        raise ValidationError(msg(N_("msg", "Nobody evaluated in the quarter {quarter} of {year} was dismissed."),
                                  quarter=quarter, year=year))
    return _render(NoticePdf(args.lang), notices, args)
