"""One call per document of the quarter's evaluation, for any page's Print / Export buttons.

    from desktop_app.ui import evaluation_printing as printing
    printing.print_sheets(self, services, 2026, 3)        # or print_sheets_of(self, services, quarter_id)
    printing.print_summary(self, services, 2026, 3)       # printing.export_summary(...) for XLSX
    printing.print_notices(self, services, 2026, 3)
    printing.print_annual(self, services, 2026)           # printing.export_annual(...) for XLSX

PDFs go through ui/printing.py: language, then Print… (preview) / Save as PDF… / Open in the
PDF viewer. The data is read in the GUI thread (the SQLite connection belongs to it); the PDF is then
rendered from that plain data in a worker thread, with progress per evaluee and Cancel.
Each PDF call returns the actions dialog after it closed, or None when cancelled or failed.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import BagalauError
from desktop_app.reports.labels import DocLang
from desktop_app.reports.pdf_base import PdfDocument
from desktop_app.reports.progress_marks import render_reporting
from desktop_app.ui.documents import choose_document_language, save_xlsx
from desktop_app.ui.errors import show_error
from desktop_app.ui.printing import DocumentActionsDialog, ProgressSink, file_stem, render_document

if TYPE_CHECKING:
    from desktop_app.services.container import Services

translate = QCoreApplication.translate   # lupdate reads translate("Context", "text")

Maker = Callable[[str], Any]          # lang -> the plain data of the document (None: nothing to print)
Document = type[PdfDocument[Any]]     # a reports document class, made with the language


def _docs():  # type: ignore[no-untyped-def]
    from desktop_app.services import evaluation_documents

    return evaluation_documents


def _nothing(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, translate("Documents", "Nothing to print"), text)


def _present(parent: QWidget | None, title: str, stem: str, make: Maker, document: Document,
             step_text: str) -> DocumentActionsDialog | None:
    """Language, data (GUI thread), PDF (worker thread, progress "step_text" per sheet), actions dialog."""
    lang = choose_document_language(parent, None)
    if not lang:
        return None
    try:
        data = make(lang)   # read first: an empty quarter is told before anything is rendered
    except BagalauError as exc:
        show_error(parent, exc)
        return None
    if data is None:
        return None

    def steps(lang: str, sink: ProgressSink) -> bytes:
        def report(done: int, total: int) -> None:
            sink.report(done, total, step_text.format(done=min(done + 1, total), total=total))

        return render_reporting(document(cast(DocLang, lang)), data, report)

    pdf = render_document(parent, title, lang, steps=steps)
    if pdf is None:
        return None
    # the same document as an editable DOCX (reports/story_docx.py), made only when asked for
    dialog = DocumentActionsDialog(parent, title, file_stem(stem, lang), pdf,
                                   lambda: document(cast(DocLang, lang)).render_docx(data))
    dialog.exec()
    dialog.deleteLater()
    return dialog


def print_sheets(parent: QWidget | None, services: Services, year: int,
                 quarter: int, evaluation_ids: Sequence[int] | None = None) -> DocumentActionsDialog | None:
    """Every evaluation sheet of the quarter (or the selected ones) in one PDF (001 §16), rendered sheet by
    sheet with progress."""
    from desktop_app.reports.sheet_pdf import SheetPdf

    def make(_lang: str) -> Sequence[Any] | None:
        sheets = _docs().sheets(services, year, quarter, set(evaluation_ids) if evaluation_ids else None)
        if not sheets:
            _nothing(parent, translate("Documents", "The quarter has no evaluation sheets."))
            return None
        return sheets

    title = translate("Documents", "Evaluation sheets, quarter {quarter} of {year}")
    step = translate("Documents", "Sheet {done} of {total}")
    return _present(parent, title.format(quarter=quarter, year=year), f"sheets-{year}-Q{quarter}", make,
                    SheetPdf, step)


def print_summary(parent: QWidget | None, services: Services, year: int,
                  quarter: int) -> DocumentActionsDialog | None:
    """The quarter summary by unit (001 §7) as PDF."""
    from desktop_app.reports.summary_pdf import SummaryPdf

    return _present(parent, translate("Documents", "Summary of quarter {quarter} of {year}")
                    .format(quarter=quarter, year=year),
                    f"summary-{year}-Q{quarter}", lambda _lang: _docs().summary(services, year, quarter),
                    SummaryPdf, translate("Documents", "Part {done} of {total}"))


def print_notices(parent: QWidget | None, services: Services, year: int,
                  quarter: int) -> DocumentActionsDialog | None:
    """Letters to the employees dismissed during the quarter (001 §6, §9–§11)."""
    from desktop_app.reports.notice_pdf import NoticePdf

    def make(_lang: str) -> Sequence[Any] | None:
        notices = _docs().notices(services, year, quarter)
        if not notices:
            _nothing(parent, translate("Documents", "Nobody evaluated in the quarter was dismissed."))
            return None
        return notices

    return _present(parent, translate("Documents", "Notice letters, quarter {quarter} of {year}")
                    .format(quarter=quarter, year=year),
                    f"notices-{year}-Q{quarter}", make, NoticePdf,
                    translate("Documents", "Letter {done} of {total}"))


def print_annual(parent: QWidget | None, services: Services, year: int) -> DocumentActionsDialog | None:
    """The annual summary (001 §4) as PDF."""
    from desktop_app.reports.annual_pdf import AnnualPdf

    title = translate("Documents", "Annual summary {year}")
    return _present(parent, title.format(year=year), f"annual-{year}",
                    lambda _lang: _docs().annual(services, year), AnnualPdf, translate("Documents", "Part {done} of {total}"))


# -- by quarter id (the quarter page knows the id of the selected quarter) ---------------------------
def _year_quarter(services: Services, quarter_id: int) -> tuple[int, int]:
    q = services.quarter.quarter(quarter_id)
    return q.year, q.quarter


def print_sheets_of(parent: QWidget | None, services: Services, quarter_id: int,
                    evaluation_ids: Sequence[int] | None = None) -> DocumentActionsDialog | None:
    return print_sheets(parent, services, *_year_quarter(services, quarter_id), evaluation_ids)


def print_summary_of(parent: QWidget | None, services: Services,
                 quarter_id: int) -> DocumentActionsDialog | None:
    return print_summary(parent, services, *_year_quarter(services, quarter_id))


def print_notices_of(parent: QWidget | None, services: Services,
                 quarter_id: int) -> DocumentActionsDialog | None:
    return print_notices(parent, services, *_year_quarter(services, quarter_id))


# -- Excel ---------------------------------------------------------------------------------------------
def _export(parent: QWidget | None, make: Callable[[str], tuple[str, Callable[[], bytes]]]) -> Path | None:
    lang = choose_document_language(parent, None)
    if not lang:
        return None
    try:
        name, render = make(lang)
    except BagalauError as exc:
        show_error(parent, exc)
        return None
    return save_xlsx(parent, name, render)


def export_summary(parent: QWidget | None, services: Services, year: int, quarter: int) -> Path | None:
    """The quarter summary as an Excel workbook."""
    from desktop_app.reports.summary_xlsx import summary_xlsx

    def make(lang: str) -> tuple[str, Callable[[], bytes]]:
        data = _docs().summary(services, year, quarter)
        return f"summary-{year}-Q{quarter}-{lang}.xlsx", lambda: summary_xlsx(data, lang)  # type: ignore[arg-type]

    return _export(parent, make)


def export_annual(parent: QWidget | None, services: Services, year: int) -> Path | None:
    """The annual summary as an Excel workbook."""
    from desktop_app.reports.summary_xlsx import annual_xlsx

    def make(lang: str) -> tuple[str, Callable[[], bytes]]:
        data = _docs().annual(services, year)
        return f"annual-{year}-{lang}.xlsx", lambda: annual_xlsx(data, lang)  # type: ignore[arg-type]

    return _export(parent, make)
