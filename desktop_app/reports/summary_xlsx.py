"""The quarter summary and the annual summary as Excel workbooks: the same data as the PDFs,
scores as numbers (two decimals) so that the HR service can sort and filter them.

"both": two worksheets, the Kazakh copy ("Тізімдеме") then the Russian one ("Ведомость"), as the PDF has two
copies — every cell in one language, a bilingual reason once in each."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Literal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.domain.methodology.rounding import round_score
from desktop_app.domain.people import name_sort_key
from desktop_app.reports import annual_pdf, summary_pdf
from desktop_app.reports.evaluation_data import AnnualData, SummaryData
from desktop_app.reports.evaluation_parts import (
    ALL,
    CONFIDENTIAL,
    NO_RESULT,
    TOTAL_HEAD,
    TOTALS,
    YEAR,
    quarter_text,
    total_grades,
    value,
)
from desktop_app.reports.labels import DocLang, L
from desktop_app.reports.xlsx_text import workbook_bytes

Lang = Literal["kk", "ru"]     # a worksheet is in one language
PAGE_OF_XLSX = L("&P бет / &N", "Стр. &P из &N")
SHEET_SUMMARY = L("Тізімдеме", "Ведомость")
SHEET_ANNUAL = L("Жылдық", "Годовая")
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="E0E0E0")
UNIT_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="top", horizontal="center")


def _number(x: float | Decimal | None) -> float | None:
    return None if x is None else float(round_score(x))


def _title_block(ws: Worksheet, lang: Lang, organisation: L, title: L, period: str, width: int,
                 subtitle: L | None = None, methodology: L | None = None) -> int:
    """Organisation, title, subtitle, period, methodology and the confidentiality mark (001 §13) — the same
    head as the PDF; returns the next free row."""
    ws.cell(row=1, column=width, value=CONFIDENTIAL.text(lang)).font = Font(bold=True)
    ws.cell(row=1, column=width).alignment = Alignment(horizontal="right")
    lines: list[tuple[str, Font | None]] = [(value(lang, organisation, " / "), None),
                                            (title.text(lang), Font(bold=True, size=13))]
    if subtitle is not None:
        lines.append((subtitle.text(lang), None))
    lines.append((period, None))
    if methodology is not None and (methodology.kk or methodology.ru):   # the PDF's line, word for word
        name = getattr(methodology, lang) or methodology.kk or methodology.ru
        lines.append((getattr(summary_pdf.METHODOLOGY, lang).format(name=name), None))
    for r, (text, font) in enumerate(lines, 2):
        cell = ws.cell(row=r, column=1, value=text)
        if font is not None:
            cell.font = font
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    ws.oddHeader.right.text = CONFIDENTIAL.text(lang)      # printed pages carry the mark too
    ws.oddFooter.right.text = PAGE_OF_XLSX.text(lang)       # numbered in the sheet's language, as the PDF
    return len(lines) + 3


def _header(ws: Worksheet, row: int, labels: Sequence[L], lang: Lang, widths: Sequence[float]) -> None:
    for col, (label, width) in enumerate(zip(labels, widths, strict=False), 1):
        cell = ws.cell(row=row, column=col, value=value(lang, label))
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BORDER
        cell.alignment = CENTER
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(row=row + 1, column=1)
    ws.print_title_rows = f"{row}:{row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _unit_row(ws: Worksheet, row: int, text: str, width: int) -> None:
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for col in range(1, width + 1):
        ws.cell(row=row, column=col).fill = UNIT_FILL
        ws.cell(row=row, column=col).border = BORDER
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def _data_row(ws: Worksheet, row: int, values: Sequence[object], numeric: Sequence[int]) -> None:
    for col, v in enumerate(values, 1):
        cell = ws.cell(row=row, column=col, value=v)
        cell.border = BORDER
        cell.alignment = CENTER if col in numeric else WRAP
        if col in numeric and isinstance(v, float):
            cell.number_format = "0.00"


def _totals(ws: Worksheet, row: int, lang: Lang, grades: Sequence[L], found: Sequence[L | None]) -> None:
    ws.cell(row=row, column=2, value=TOTALS.text(lang)).font = Font(bold=True)
    row += 1
    for col, label in zip((2, 3, 4), TOTAL_HEAD, strict=True):
        cell = ws.cell(row=row, column=col, value=value(lang, label, " / "))
        cell.font, cell.fill, cell.border, cell.alignment = Font(bold=True), HEAD_FILL, BORDER, CENTER
    total = len(found)
    lines = [(value(lang, g, " / "), n) for g, n in total_grades(grades, [f for f in found if f is not None])]
    missing = sum(1 for f in found if f is None)
    if missing:
        lines.append((NO_RESULT.text(lang), missing))
    lines.append((ALL.text(lang), total))
    for text, count in lines:
        row += 1
        share = round(100 * count / total, 1) if total else 0.0
        _data_row(ws, row, [None, text, count, share], numeric=(3, 4))
        ws.cell(row=row, column=4).number_format = "0.0"
    for col in (2, 3, 4):
        ws.cell(row=row, column=col).font = Font(bold=True)


def _by_name(rows, lang: Lang):  # type: ignore[no-untyped-def]
    """Names in the order of the document's alphabet, as in the PDF."""
    return sorted(rows, key=lambda r: name_sort_key(value(lang, r.employee), lang))


def _save(wb: Workbook) -> bytes:
    return workbook_bytes(wb)  # a name typed as "=HYPERLINK(…)" stays text


def _workbook(lang: DocLang, fill: Callable[[Worksheet, Lang], None]) -> bytes:
    """One worksheet in `lang`, or for "both" the Kazakh worksheet and then the Russian one."""
    wb = Workbook()
    langs: tuple[Lang, ...] = ("kk", "ru") if lang == "both" else ("ru",) if lang == "ru" else ("kk",)
    for i, one in enumerate(langs):
        fill(wb.active if i == 0 else wb.create_sheet(), one)
    return _save(wb)


def summary_xlsx(data: SummaryData, lang: DocLang = "kk") -> bytes:
    """The quarter summary: one row per evaluee under their unit, totals per grade band (001 §7)."""
    return _workbook(lang, lambda ws, one: _summary_sheet(ws, data, one))


def _summary_sheet(ws: Worksheet, data: SummaryData, lang: Lang) -> None:
    ws.title = SHEET_SUMMARY.text(lang)[:31]
    headers = summary_pdf.HEADERS
    widths = (6, 34, 34, 11, 8, 44, 16, 28)
    period = quarter_text(lang, data.quarter, data.year)
    row = _title_block(ws, lang, data.organisation, summary_pdf.TITLE, period, len(headers),
                       summary_pdf.SUBTITLE, data.methodology)
    _header(ws, row, headers, lang, widths)
    number = 0
    for unit in data.units:
        row += 1
        _unit_row(ws, row, value(lang, unit.unit), len(headers))
        for r in _by_name(unit.rows, lang):
            row += 1
            number += 1
            _data_row(ws, row, [number, value(lang, r.employee), value(lang, r.position), r.category,
                                _number(r.score), value(lang, r.grade), value(lang, r.status),
                                value(lang, r.note)], numeric=(1, 4, 5))
    found = [r.grade if r.score is not None else None for u in data.units for r in u.rows]
    _totals(ws, row + 2, lang, data.grades, found)


def annual_xlsx(data: AnnualData, lang: DocLang = "kk") -> bytes:
    """The annual summary: Q1–Q4 scores, their mean (001 §4), grade and the Art. 33 p. 6 warning."""
    return _workbook(lang, lambda ws, one: _annual_sheet(ws, data, one))


def _annual_sheet(ws: Worksheet, data: AnnualData, lang: Lang) -> None:
    ws.title = SHEET_ANNUAL.text(lang)[:31]
    headers = annual_pdf.HEADERS
    widths = (6, 34, 30, 11, 8, 8, 8, 8, 10, 40, 30)
    period = YEAR.text(lang).format(year=data.year)
    row = _title_block(ws, lang, data.organisation, annual_pdf.TITLE, period, len(headers),
                       annual_pdf.SUBTITLE, data.methodology)
    if data.open_quarters:  # the same mark as the PDF: the annual result may still change
        quarters = ", ".join(str(q) for q in data.open_quarters)
        ws.cell(row=row, column=1, value=annual_pdf.PRELIMINARY.text(lang).format(quarters=quarters)
                ).font = Font(bold=True, color="B00000")
        row += 1
    _header(ws, row, headers, lang, widths)
    number = 0
    warn_font = Font(bold=True, color="B00000")
    for unit in data.units:
        row += 1
        _unit_row(ws, row, value(lang, unit.unit), len(headers))
        for r in _by_name(unit.rows, lang):
            row += 1
            number += 1
            note = value(lang, r.note)
            if r.warning:  # "*" refers to the footnote under the table, which cites the law once
                note = f"{note} *" if note else "*"
            _data_row(ws, row, [number, value(lang, r.employee), value(lang, r.position), r.category,
                                *(_number(q) for q in r.quarter_scores), _number(r.mean),
                                value(lang, r.grade), note], numeric=(1, 4, 5, 6, 7, 8, 9))
            if r.warning:
                for col in (9, 10, 11):
                    ws.cell(row=row, column=col).font = warn_font
    if any(r.warning for u in data.units for r in u.rows):
        row += 1
        ws.cell(row=row, column=2, value=annual_pdf.WARNING.text(lang))
    found = [r.grade if r.mean is not None else None for u in data.units for r in u.rows]
    _totals(ws, row + 2, lang, data.grades, found)
