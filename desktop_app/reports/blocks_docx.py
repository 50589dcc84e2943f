"""Writes a list of blocks (reports/blocks.py) as an editable DOCX, Times New Roman 14 (004 §9.5).

The font name is Times New Roman: Word uses it, LibreOffice substitutes the metric-compatible Liberation
Serif, so lines break the same way as in the PDF.
"""
from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop_app.reports.blocks import Block, DateNumber, PageBreak, Para, Signatures, Table

FONT = "Times New Roman"
SIZE = Pt(14)
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def _set_font(run_or_style, size: Pt = SIZE) -> None:
    run_or_style.font.name = FONT
    run_or_style.font.size = size
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def render_docx(title: str, blocks: list[Block]) -> bytes:
    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = "Bagalau"
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    normal = doc.styles["Normal"]
    _set_font(normal)
    normal.paragraph_format.space_after = Pt(2)
    for b in blocks:
        _add(doc, b)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _para(doc, b: Para) -> None:
    p = doc.add_paragraph()
    p.alignment = _ALIGN[b.align]
    if b.indent:
        p.paragraph_format.first_line_indent = Mm(12.5)
    if b.space_before:
        p.paragraph_format.space_before = Pt(b.space_before)
    if b.label:
        r = p.add_run(b.label + " ")
        r.bold = True
        _set_font(r)
    r = p.add_run(b.text.upper() if b.caps else b.text)
    r.bold = b.bold
    _set_font(r)


def _add(doc, b: Block) -> None:
    if isinstance(b, Para):
        _para(doc, b)
    elif isinstance(b, DateNumber):
        t = doc.add_table(rows=1, cols=2)
        t.cell(0, 0).paragraphs[0].add_run(b.left)
        right = t.cell(0, 1).paragraphs[0]
        right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        right.add_run(b.right)
        _fonts_in(t)
    elif isinstance(b, Table):
        t = doc.add_table(rows=len(b.rows), cols=len(b.widths))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(b.rows):
            for j, text in enumerate(row):
                cell = t.cell(i, j)
                cell.width = Mm(170 * b.widths[j])
                run = cell.paragraphs[0].add_run(text)
                run.bold = b.header and i == 0
        _fonts_in(t, Pt(12))
        doc.add_paragraph()
    elif isinstance(b, Signatures):
        doc.add_paragraph()
        t = doc.add_table(rows=len(b.rows), cols=3)
        for i, (role, name) in enumerate(b.rows):
            t.cell(i, 0).paragraphs[0].add_run(role)
            t.cell(i, 1).paragraphs[0].add_run("_______________")
            t.cell(i, 2).paragraphs[0].add_run(name)
        _fonts_in(t)
    elif isinstance(b, PageBreak):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _fonts_in(table, size: Pt = SIZE) -> None:
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    _set_font(r, size)
