"""Any PDF document of reports/ as an editable DOCX, from the same story the PDF is built from.

The sheets, the summary, the annual summary, the notices and the scale are laid out once, as reportlab
flowables; this module walks that story and writes the same paragraphs and tables with python-docx, on
the DOCX base of blocks_docx (document language kk-KZ / ru-RU in styles and runs, page numbers in the
footer, author = the organisation, created = now). Column widths are the PDF's, so a table reads the same
in Word and LibreOffice; the PDF's "keep with next" and "keep together" become Word's.
"""
from __future__ import annotations

import re
from html import unescape
from typing import Any

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Emu, Inches, Mm, Pt
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from desktop_app.reports.blocks_docx import DocxWriter, _number_pages, _set_font, _set_lang
from desktop_app.reports.docx_tables import (
    _blank,
    _fixed_layout,
    _line_rows,
    _repeat_header,
    _row_cells,
    _spans,
)
from desktop_app.reports.evaluation_parts import SectionStart
from desktop_app.reports.fonts import SERIF
from desktop_app.reports.labels import L
from desktop_app.reports.pdf_base import PdfDocument, SectionMark

_ALIGN = {0: WD_ALIGN_PARAGRAPH.LEFT, 1: WD_ALIGN_PARAGRAPH.CENTER, 2: WD_ALIGN_PARAGRAPH.RIGHT,
          4: WD_ALIGN_PARAGRAPH.JUSTIFY, "LEFT": WD_ALIGN_PARAGRAPH.LEFT, "CENTER": WD_ALIGN_PARAGRAPH.CENTER,
          "CENTRE": WD_ALIGN_PARAGRAPH.CENTER, "RIGHT": WD_ALIGN_PARAGRAPH.RIGHT}
_TOKEN = re.compile(r"<br\s*/?>|</?b>|</?i>|<[^>]+>|[^<]+", re.I)
_KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
SANS_DOCX = "Arial"          # Word's sans; LibreOffice substitutes the metric-compatible Liberation Sans
SERIF_DOCX = "Times New Roman"


def _pt_to_emu(points: float) -> Emu:
    return Emu(int(points * 12700))


class StoryDocx:
    """Writes one PdfDocument's story for `data` as DOCX bytes."""

    def __init__(self, document: PdfDocument[Any], data: Any) -> None:
        self.pdf = document
        self.data = data
        self.lang = document.lang
        self.font = SERIF_DOCX if document.font == SERIF else SANS_DOCX
        head = document.running_head(data) if hasattr(document, "running_head") else ""
        org = getattr(data, "organisation", None)
        if org is None and isinstance(data, (list, tuple)) and data:
            org = getattr(data[0], "organisation", None)      # a bundle of sheets or letters
        if isinstance(org, L):
            author = org.ru if self.lang == "ru" else (org.kk or org.ru)
        else:
            author = org if isinstance(org, str) else (head.split(" / ")[0] if head else "")
        self.writer = DocxWriter(document.title(data), author, "ru" if self.lang == "ru" else "kk")
        self.doc = self.writer.doc
        self.sections = 0
        self._pending_break = False
        self._break_before = False      # the next paragraph starts a page, as in the PDF (page_starts)
        self._section_lang: str | None = None     # the language of the copy being written ("both")
        if getattr(document, "section_pages", None) is None:
            document.render(data)     # the PDF's page count of each section goes into the DOCX footers
        self.pages: list[int] = list(getattr(document, "section_pages", []) or [])

    # -- page ------------------------------------------------------------------------------------
    def _setup(self, section) -> None:
        width, height = self.pdf.pagesize
        section.orientation = WD_ORIENT.LANDSCAPE if width > height else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = _pt_to_emu(width), _pt_to_emu(height)
        left, right, top, bottom = self.pdf.margins
        section.left_margin, section.right_margin = _pt_to_emu(left), _pt_to_emu(right)
        section.top_margin, section.bottom_margin = _pt_to_emu(top), _pt_to_emu(bottom)
        section.header_distance = section.footer_distance = Mm(8)
        section_lang = self._section_lang or self.lang
        lang = "ru" if section_lang == "ru" else "kk"
        pages = self.pages[self.sections] if self.sections < len(self.pages) else 1
        # one part: NUMPAGES (Word and LibreOffice count it); a bundle of sheets or letters: each its own
        _number_pages(section, lang, pages, whole=len(self.pages) <= 1, font=self.font, size=Pt(9))
        # the page head of the copy: organisation and confidentiality mark in the copy's language
        copy = self.pdf.in_lang(section_lang) if section_lang != self.lang else self.pdf  # type: ignore[arg-type]
        head = copy.running_head(self.data) if hasattr(copy, "running_head") else ""
        head = head.replace("\n", " ").replace("<br/>", " ")
        mark = getattr(copy, "mark_text", None)
        mark_text = mark() if callable(mark) else ""
        if head or mark_text:      # the confidentiality mark heads every page even with no organisation beside it
            self._header(section, head, mark_text)

    def _header(self, section, head: str, mark: str) -> None:
        """The organisation on the left and the confidentiality mark on the right of every page."""
        section.header.is_linked_to_previous = False
        p = section.header.paragraphs[0]
        p.text = ""
        width = section.page_width - section.left_margin - section.right_margin
        stops = p.paragraph_format.tab_stops
        for inherited in (Inches(3.25), Inches(6.5)):   # the Header style's centre and right stops
            stops.add_tab_stop(inherited, WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        self._runs(p, head, size=8)
        if mark:
            self._runs(p, "\t" + mark, size=9, bold=True)

    def _new_section(self) -> None:
        section = self.doc.sections[0] if not self.sections else self.doc.add_section(WD_SECTION.NEW_PAGE)
        self._setup(section)
        self.sections += 1
        self._pending_break = self._break_before = False

    # -- text ------------------------------------------------------------------------------------
    def _lang_of(self, text: str) -> str:
        lang = self._section_lang or self.lang
        if lang != "both":
            return lang
        return "kk" if any(c in _KK_LETTERS for c in text) else "ru"

    def _runs(self, p, markup: str, size: float, bold: bool = False, italic: bool = False) -> None:
        """Reportlab's mini-HTML (<b>, <i>, <br/>, entities) as runs of a python-docx paragraph."""
        b, i = bold, italic
        for tok in _TOKEN.findall(markup):
            low = tok.lower()
            if low.startswith("<br"):
                p.add_run().add_break(WD_BREAK.LINE)
            elif low in ("<b>", "</b>"):
                b = low == "<b>" or bold
            elif low in ("<i>", "</i>"):
                i = low == "<i>" or italic
            elif tok.startswith("<"):
                continue
            else:
                text = unescape(tok).replace("\xa0", " ")
                parts = text.split("\n")
                for k, part in enumerate(parts):
                    if k:
                        p.add_run().add_break(WD_BREAK.LINE)
                    if not part:
                        continue
                    r = p.add_run(part)
                    r.bold, r.italic = b, i
                    _set_font(r, Pt(size))
                    r.font.name = self.font
                    self._fonts(r)
                    _set_lang(r.element, self._lang_of(part))

    def _fonts(self, run) -> None:
        fonts = run.element.get_or_add_rPr().find(qn("w:rFonts"))
        if fonts is not None:
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attr), self.font)

    # -- flowables -------------------------------------------------------------------------------
    def add(self, f: Flowable, keep: bool = False) -> None:
        if isinstance(f, (SectionStart, SectionMark)):
            self._section_lang = getattr(f, "lang", None)
            if self.sections and not self._pending_break:
                self._pending_break = True
            if self.sections:
                self._new_section()
            return
        if not self.sections:
            self._new_section()
        if isinstance(f, PageBreak):
            self._pending_break = True
            return
        if self._break_before and isinstance(f, Table):   # no "page break before" for a table's first row
            self._pending_break, self._break_before = True, False
        if self._pending_break:
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            self._pending_break = False
        if isinstance(f, Paragraph):
            self._paragraph(f, keep)
        elif isinstance(f, Table):
            self._table(f, keep)
        elif isinstance(f, KeepTogether):
            content = list(f._content)
            for k, child in enumerate(content):
                self.add(child, keep=k < len(content) - 1)
        elif isinstance(f, Spacer):
            if f.height >= 12:
                p = self._new_paragraph()
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.keep_with_next = keep
        elif isinstance(f, CondPageBreak):
            return
        # Other flowables (charts) have no DOCX form; their numbers are in the tables beside them.

    def _new_paragraph(self):  # type: ignore[no-untyped-def]
        """A body paragraph; the first one of a page the PDF began here starts a page too. The blank
        paragraphs before it go: one that ran over onto the next page would leave that page empty."""
        if not self._break_before:
            return self.doc.add_paragraph()
        body = self.doc.element.body
        while len(body) >= 2 and _blank_paragraph(body[-2]):   # body[-1] is the document's sectPr
            body.remove(body[-2])
        p = self.doc.add_paragraph()
        p.paragraph_format.page_break_before = True
        self._break_before = False
        return p

    def _paragraph(self, f: Paragraph, keep: bool) -> None:
        st = f.style
        p = self._new_paragraph()
        p.alignment = _ALIGN.get(st.alignment, WD_ALIGN_PARAGRAPH.LEFT)
        fmt = p.paragraph_format
        fmt.space_before = Pt(st.spaceBefore or 0)
        fmt.space_after = Pt(st.spaceAfter or 0)
        if st.firstLineIndent:
            fmt.first_line_indent = _pt_to_emu(st.firstLineIndent)
        fmt.keep_with_next = bool(keep or getattr(st, "keepWithNext", 0))
        self._runs(p, f.text, st.fontSize, bold=str(st.fontName).endswith("Bold"))

    def _table(self, t: Table, keep: bool) -> None:
        rows = t._cellvalues
        ncols = max((len(r) for r in rows), default=0)
        if not rows or not ncols:
            return
        widths = list(t._colWidths)
        total = sum(w for w in widths if isinstance(w, (int, float)))
        frame = self.pdf.pagesize[0] - self.pdf.margins[0] - self.pdf.margins[1]
        widths = [w if isinstance(w, (int, float)) else (frame - total) / max(1, widths.count(None))
                  for w in widths]
        table = self.doc.add_table(rows=len(rows), cols=ncols)
        table.autofit = False
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if t._linecmds:
            table.style = "Table Grid"
        _fixed_layout(table)
        emu = [_pt_to_emu(w) for w in widths[:ncols]]
        for j, gc in enumerate(table._tbl.tblGrid.gridCol_lst):
            gc.w = emu[j]
        # python-docx finds a cell by walking the table (table.cell, columns[j].cells): quadratic in a
        # long table. Each row's cells are taken once, straight from its XML.
        tr_list = table._tbl.tr_lst
        for tr in tr_list:
            for j, tc in enumerate(tr.tc_lst):
                tc.width = emu[j]
        spans = _spans(t) + _line_rows(rows)
        for sc, sr, ec, er in spans:
            table.cell(sr, sc).merge(table.cell(er, ec))
        hidden = {(r, c) for sc, sr, ec, er in spans for r in range(sr, er + 1) for c in range(sc, ec + 1)
                  if (r, c) != (sr, sc)}
        footers = {sr for sc, sr, ec, er in spans if sc == 0 and ec == ncols - 1 and _blank(rows[sr][0])}
        small = len(rows) <= 16
        # a KeptTable's heading row goes over with its first row (and a total row with its last)
        kept: frozenset[int] = getattr(t, "no_split_at", frozenset())
        rows_obj = table.rows
        heights = _pdf_row_heights(t, frame) if getattr(self.pdf, "docx_pdf_row_heights", False) else []
        for r, row in enumerate(rows):
            if r < (t.repeatRows or 0):
                _repeat_header(rows_obj[r])
            if r < len(heights):   # as tall as in the PDF: a page holds the PDF's rows, the footers' counts hold
                rows_obj[r].height, rows_obj[r].height_rule = Pt(heights[r]), WD_ROW_HEIGHT_RULE.AT_LEAST
            cells = _row_cells(table, tr_list[r])
            for c, value in enumerate(row):
                if (r, c) in hidden:
                    continue
                cell = cells[c]
                style = t._cellStyles[r][c]
                p = cell.paragraphs[0]
                p.paragraph_format.space_after = Pt(0)
                if r in footers:      # a group's total drawn across the row: its text is in the last cell
                    value, style = row[-1], t._cellStyles[r][ncols - 1]
                self._cell(cell, p, value, style)
                for para in cell.paragraphs:
                    # a small table (and a totals row) stays whole; the last row stays with what follows
                    # only when the PDF keeps them together
                    para.paragraph_format.keep_with_next = (small and r < len(rows) - 1) or keep or (r + 1) in kept
        after = self.doc.add_paragraph()
        after.paragraph_format.space_after = Pt(2)
        for run in after.runs:
            _set_font(run, Pt(4))

    def _cell(self, cell, p, value: Any, style: Any) -> None:
        p.alignment = _ALIGN.get(getattr(style, "alignment", "LEFT"), WD_ALIGN_PARAGRAPH.LEFT)
        size = float(getattr(style, "fontsize", self.pdf.base_size - 1))
        bold = str(getattr(style, "fontname", "")).endswith("Bold")
        items = value if isinstance(value, (list, tuple)) else [value]
        first = True
        for item in items:
            if item is None or item == "":
                continue
            para = p if first else cell.add_paragraph()
            first = False
            if isinstance(item, Paragraph):
                para.alignment = _ALIGN.get(item.style.alignment, p.alignment)
                self._runs(para, item.text, item.style.fontSize,
                           bold=str(item.style.fontName).endswith("Bold"))
            elif isinstance(item, str):
                # The PDF breaks cell text into lines for its own font metrics; Word breaks lines itself.
                # A bilingual paper keeps its breaks: there a line break separates the two languages.
                text = item if (self._section_lang or self.lang) == "both" else re.sub(r"(?<=\S)\n(?=[a-zа-яёәғқңөұүһі(«])", " ", item)
                self._runs(para, _plain_markup(text), size, bold=bold)
            elif isinstance(item, (int, float)):
                self._runs(para, str(item), size, bold=bold)

    def bytes(self) -> bytes:
        starts = self.pdf.page_starts or []
        for i, f in enumerate(self.pdf.whole_story(self.data)):
            # the page breaks where the PDF's do: the signature block that went over to a new page in the PDF
            # does so here too, and the stored page counts of the footers hold (reports/page_starts.py)
            if i < len(starts) and starts[i] and self.sections and not isinstance(f, (PageBreak, SectionMark)):
                self._break_before = True
            self.add(f)
        if not self.sections:
            self._new_section()
        return self.writer.bytes()


def _pdf_row_heights(t: Table, width: float) -> list[float]:
    """The height of each row of `t` as reportlab lays it out (Word's narrower Arial would fit more rows on a
    page than the PDF's DejaVu Sans: a long table then ends a page early, under the PDF's page count)."""
    t.wrap(width, 10 ** 6)
    return list(getattr(t, "_rowHeights", None) or [])


def _blank_paragraph(el: Any) -> bool:
    """A paragraph with no text, no break and no section end (a spacer)."""
    if el.tag != qn("w:p") or (el.find(qn("w:pPr")) is not None and el.find(qn("w:pPr")).find(qn("w:sectPr")) is not None):
        return False
    return not any((t.text or "").strip() for t in el.iter(qn("w:t"))) and next(el.iter(qn("w:br")), None) is None


def _plain_markup(text: str) -> str:
    """A plain table string: escape it so that _runs keeps "<" and "&" as they are."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_story_docx(document: PdfDocument[Any], data: Any) -> bytes:
    """The DOCX twin of `document.render(data)`."""
    return StoryDocx(document, data).bytes()
