"""One call per document of the quarter's evaluation, for any page's Print / Export buttons:
ask the document language, build the data (services/evaluation_documents.py), save, offer to open.

    from desktop_app.ui import evaluation_printing as printing
    printing.print_sheets(self, services, 2026, 3)
    printing.print_summary(self, services, 2026, 3)      # printing.export_summary(...) for XLSX
    printing.print_notices(self, services, 2026, 3)
    printing.print_annual(self, services, 2026)          # printing.export_annual(...) for XLSX

Each returns the path written, or None when cancelled or failed (the error was shown).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import BagalauError
from desktop_app.ui.documents import choose_document_language, save_pdf, save_xlsx
from desktop_app.ui.errors import show_error

if TYPE_CHECKING:
    from desktop_app.services.container import Services


def _run(parent: QWidget | None, make: Callable[[str], tuple[str, Callable[[], bytes]] | None],
         saver: Callable[..., Path | None]) -> Path | None:
    lang = choose_document_language(parent, "kk")
    if not lang:
        return None
    try:
        made = make(lang)   # reads the data first: an empty quarter is told before the file dialog
    except BagalauError as exc:
        show_error(parent, exc)
        return None
    if made is None:
        return None
    name, render = made
    return saver(parent, name, render)


def _docs():  # type: ignore[no-untyped-def]
    from desktop_app.services import evaluation_documents

    return evaluation_documents


def _nothing(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("Documents", "Nothing to print"), text)


def print_sheets(parent: QWidget | None, services: Services, year: int, quarter: int) -> Path | None:
    """Every evaluation sheet of the quarter in one PDF (001 §16)."""
    from desktop_app.reports.sheet_pdf import render_sheets

    def make(lang: str) -> tuple[str, Callable[[], bytes]] | None:
        sheets = _docs().sheets(services, year, quarter)
        if not sheets:
            _nothing(parent, QCoreApplication.translate("Documents", "The quarter has no evaluation sheets."))
            return None
        return f"sheets-{year}-Q{quarter}-{lang}.pdf", lambda: render_sheets(sheets, lang)  # type: ignore[arg-type]

    return _run(parent, make, save_pdf)


def print_summary(parent: QWidget | None, services: Services, year: int, quarter: int) -> Path | None:
    """The quarter summary by unit (001 §7) as PDF."""
    from desktop_app.reports.summary_pdf import render_summary

    def make(lang: str) -> tuple[str, Callable[[], bytes]]:
        data = _docs().summary(services, year, quarter)
        return f"summary-{year}-Q{quarter}-{lang}.pdf", lambda: render_summary(data, lang)  # type: ignore[arg-type]

    return _run(parent, make, save_pdf)


def export_summary(parent: QWidget | None, services: Services, year: int, quarter: int) -> Path | None:
    """The quarter summary as an Excel workbook."""
    from desktop_app.reports.summary_xlsx import summary_xlsx

    def make(lang: str) -> tuple[str, Callable[[], bytes]]:
        data = _docs().summary(services, year, quarter)
        return f"summary-{year}-Q{quarter}-{lang}.xlsx", lambda: summary_xlsx(data, lang)  # type: ignore[arg-type]

    return _run(parent, make, save_xlsx)


def print_notices(parent: QWidget | None, services: Services, year: int, quarter: int) -> Path | None:
    """Letters to the employees dismissed during the quarter (001 §6, §9–§11)."""
    from desktop_app.reports.notice_pdf import render_notices

    def make(lang: str) -> tuple[str, Callable[[], bytes]] | None:
        notices = _docs().notices(services, year, quarter)
        if not notices:
            _nothing(parent, QCoreApplication.translate("Documents", "Nobody evaluated in the quarter was dismissed."))
            return None
        return f"notices-{year}-Q{quarter}-{lang}.pdf", lambda: render_notices(notices, lang)  # type: ignore[arg-type]

    return _run(parent, make, save_pdf)


def print_annual(parent: QWidget | None, services: Services, year: int) -> Path | None:
    """The annual summary (001 §4) as PDF."""
    from desktop_app.reports.annual_pdf import render_annual

    def make(lang: str) -> tuple[str, Callable[[], bytes]]:
        data = _docs().annual(services, year)
        return f"annual-{year}-{lang}.pdf", lambda: render_annual(data, lang)  # type: ignore[arg-type]

    return _run(parent, make, save_pdf)


def export_annual(parent: QWidget | None, services: Services, year: int) -> Path | None:
    """The annual summary as an Excel workbook."""
    from desktop_app.reports.summary_xlsx import annual_xlsx

    def make(lang: str) -> tuple[str, Callable[[], bytes]]:
        data = _docs().annual(services, year)
        return f"annual-{year}-{lang}.xlsx", lambda: annual_xlsx(data, lang)  # type: ignore[arg-type]

    return _run(parent, make, save_xlsx)
