"""Every text cell of an exported workbook stays text (CSV/formula injection).

openpyxl stores any string starting with "=" as a live formula, so a surname like
=HYPERLINK("http://…") or =WEBSERVICE(…) typed into the registry would run in the reader's Excel.
Before saving, such cells are turned back into plain strings; every text starting with = + - @ also
gets Excel's quote prefix, so editing the cell in Excel does not turn it into a formula either.
"""
from __future__ import annotations

import io

from openpyxl import Workbook

_FORMULA_STARTS = ("=", "+", "-", "@")


def text_only(wb: Workbook) -> Workbook:
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if not isinstance(value, str):
                    continue
                if cell.data_type == "f":
                    cell.data_type = "s"
                if value.startswith(_FORMULA_STARTS):
                    cell.quotePrefix = True
    return wb


def workbook_bytes(wb: Workbook) -> bytes:
    """The saved workbook, with no cell a formula."""
    out = io.BytesIO()
    text_only(wb).save(out)
    return out.getvalue()
