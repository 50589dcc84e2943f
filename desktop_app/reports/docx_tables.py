"""Tables of a reportlab story written with python-docx: spans and drawn-across rows merged, each row's cells
taken straight from its XML (python-docx's cell lookup is quadratic in a long table), a fixed layout with the
PDF's column widths, and header rows repeated on every page."""
from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.platypus import Table


def _spans(t: Table) -> list[tuple[int, int, int, int]]:
    out = []
    nrows, ncols = len(t._cellvalues), max(len(r) for r in t._cellvalues)
    for cmd in getattr(t, "_spanCmds", []):
        (sc, sr), (ec, er) = cmd[1], cmd[2]
        sc, ec = sc % ncols if sc < 0 else sc, ec % ncols if ec < 0 else ec
        sr, er = sr % nrows if sr < 0 else sr, er % nrows if er < 0 else er
        if (sc, sr) != (ec, er):
            out.append((sc, sr, ec, er))
    return out


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _line_rows(rows: list[list[Any]]) -> list[tuple[int, int, int, int]]:
    """Rows drawn as one line across the table (a unit's heading, its total): text in the first or the
    last cell only. The PDF leaves out their inner lines (no SPAN, for speed); the DOCX merges them."""
    out = []
    for r, row in enumerate(rows[1:], 1):
        if len(row) < 3:
            continue
        inner = row[1:-1]
        if all(_blank(v) for v in inner) and (_blank(row[0]) != _blank(row[-1])):
            out.append((0, r, len(row) - 1, r))
    return out


def _row_cells(table, tr) -> list:
    """The cells of one row by grid column (a merged cell repeats over the columns it spans)."""
    from docx.table import _Cell

    out = []
    for tc in tr.tc_lst:
        cell = _Cell(tc, table)
        out.extend([cell] * tc.grid_span)
    return out


def _fixed_layout(table) -> None:
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    # the PDF's cell padding (2–2.5 pt), not Word's 5.4 pt: else a header fitted to its column in the PDF
    # ("Категория" in 17 mm) breaks inside the word in Word and LibreOffice
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), "50")
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tbl_pr.append(margins)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)
