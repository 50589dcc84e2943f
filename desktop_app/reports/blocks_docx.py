"""Writes a list of blocks (reports/blocks.py) as an editable DOCX, Times New Roman 14 (004 §9.5).

The shared DOCX base of every paper: A4 with the margins of an official paper, the document language set
(kk-KZ / ru-RU, so Word checks the spelling in the right language instead of underlining every word),
page numbers in the footer (each language copy of a bilingual paper numbered on its own, in its own
language), and core properties (author = the organisation, created = now).

The font name is Times New Roman: Word uses it, LibreOffice substitutes the metric-compatible Liberation
Serif, so lines break the same way as in the PDF.
"""
from __future__ import annotations

import io
from datetime import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt, RGBColor

from desktop_app.reports.audit_mark import AUDIT_LABEL, audit_mark
from desktop_app.reports.blocks import (
    SMALL_TABLE_ROWS,
    Approval,
    Block,
    DateNumber,
    PageBreak,
    Para,
    Section,
    Signatures,
    Table,
)

FONT = "Times New Roman"
SIZE = Pt(14)
FOOTER_SIZE = Pt(12)
TEXT_WIDTH_MM = 170          # A4 less the 30 + 10 mm margins
LANG_TAGS = {"kk": "kk-KZ", "ru": "ru-RU"}
#: The footer around the PAGE and SECTIONPAGES fields, per language (as the PDF footer, pdf_base.PAGE_OF).
FOOTER = {"kk": ("", " бет / ", ""), "ru": ("Стр. ", " из ", "")}
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def _set_lang(element_with_rpr, lang: str) -> None:
    rpr = element_with_rpr.get_or_add_rPr()
    node = rpr.find(qn("w:lang"))
    if node is None:
        node = OxmlElement("w:lang")
        rpr.append(node)
    tag = LANG_TAGS.get(lang, "kk-KZ")
    node.set(qn("w:val"), tag)
    node.set(qn("w:eastAsia"), tag)
    node.set(qn("w:bidi"), tag)


def _set_font(run_or_style, size: Pt = SIZE, font: str = FONT) -> None:
    run_or_style.font.name = font
    run_or_style.font.size = size
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)


def _field(paragraph, code: str, lang: str, shown: str = "1", font: str = FONT, size: Pt = FOOTER_SIZE) -> None:
    """A Word field (PAGE, SECTIONPAGES) that Word fills in when the page is laid out. `shown` is the value
    stored with it: LibreOffice keeps it for SECTIONPAGES (it cannot count a section's pages), so it is
    the count the PDF of the same blocks has."""
    def run_with(tag: str, **attrs: str) -> None:
        run = paragraph.add_run()
        _set_font(run, size, font)
        _set_lang(run.element, lang)
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if tag == "w:instrText":
            el.text = f" {code} "
        run.element.append(el)
    run_with("w:fldChar", **{"w:fldCharType": "begin"})
    run_with("w:instrText", **{"xml:space": "preserve"})
    run_with("w:fldChar", **{"w:fldCharType": "separate"})
    placeholder = paragraph.add_run(shown)
    _set_font(placeholder, size, font)
    run_with("w:fldChar", **{"w:fldCharType": "end"})


def _number_pages(section, lang: str, total: int, whole: bool, font: str = FONT, size: Pt = FOOTER_SIZE) -> None:
    """Footer "1 бет / 3" or "Стр. 1 из 3" counted within this section, starting from 1. A paper in one
    language counts all pages (NUMPAGES: Word and LibreOffice both compute it); a bilingual one counts the
    section (SECTIONPAGES, which LibreOffice shows as stored: the count of the PDF of the same blocks).
    On the left, as in the PDF footer, the head of the audit chain ("Журнал изменений: № 12 · 7F3A-91C2")."""
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    lang = "ru" if lang == "ru" else "kk"
    mark = audit_mark()
    if mark:   # a later rewrite of the log can be proved against this paper (reports/audit_mark.py)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        stops = p.paragraph_format.tab_stops
        for inherited in (Inches(3.25), Inches(6.5)):   # the Footer style's centre and right stops
            stops.add_tab_stop(inherited, WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(section.page_width - section.left_margin - section.right_margin, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(f"{AUDIT_LABEL.text('ru' if lang == 'ru' else 'kk')} {mark}")
        _set_font(r, Pt(7), font)
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        _set_lang(r.element, lang)
        p.add_run("\t")
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    before, middle, after = FOOTER[lang]
    for text, code in ((before, "PAGE"), (middle, "NUMPAGES" if whole else "SECTIONPAGES"), (after, None)):
        if text:
            r = p.add_run(text)
            _set_font(r, size, font)
            _set_lang(r.element, lang)
        if code:
            _field(p, code, lang, "1" if code == "PAGE" else str(total), font, size)
    sect_pr = section._sectPr
    pg = sect_pr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sect_pr.append(pg)
    pg.set(qn("w:start"), "1")


def _page_setup(section) -> None:
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)


class DocxWriter:
    """Adds blocks to a python-docx document, keeping track of the language of the current copy."""

    def __init__(self, title: str, author: str, lang: str, section_pages: list[int] | None = None) -> None:
        self.doc = Document()
        self.section_pages = section_pages or []
        self.lang = "ru" if lang == "ru" else "kk"
        props = self.doc.core_properties
        props.title = title
        props.author = author or "Bagalau"
        props.last_modified_by = author or "Bagalau"
        props.created = props.modified = datetime.now()
        props.language = LANG_TAGS[self.lang]
        props.comments = ""
        _page_setup(self.doc.sections[0])
        # python-docx's template marks every run en-US by default: Word would underline every word.
        for node in self.doc.styles.element.iter(qn("w:lang")):
            for attr in ("w:val", "w:eastAsia", "w:bidi"):
                node.set(qn(attr), LANG_TAGS[self.lang])
        normal = self.doc.styles["Normal"]
        _set_font(normal)
        _set_lang(normal.element, self.lang)
        normal.paragraph_format.space_after = Pt(2)
        for style in ("Table Grid",):
            _set_lang(self.doc.styles[style].element, self.lang)
        self._sections = 0

    # -- blocks ---------------------------------------------------------------------------------
    def add(self, b: Block) -> None:
        if isinstance(b, Section):
            self._section(b.lang)
        elif isinstance(b, Para):
            self._para(b)
        elif isinstance(b, DateNumber):
            self._date_number(b)
        elif isinstance(b, Table):
            self._table(b)
        elif isinstance(b, Signatures):
            self._signatures(b)
        elif isinstance(b, Approval):
            self._approval(b)
        elif isinstance(b, PageBreak):
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _section(self, lang: str) -> None:
        self.lang = "ru" if lang == "ru" else "kk"
        if self._sections:
            section = self.doc.add_section(WD_SECTION.NEW_PAGE)
            _page_setup(section)
        else:
            section = self.doc.sections[0]
        pages = self.section_pages
        _number_pages(section, self.lang, pages[self._sections] if self._sections < len(pages) else 1,
                      len(pages) <= 1)
        self._sections += 1

    def run(self, paragraph, text: str, bold: bool = False, size: Pt = SIZE):
        r = paragraph.add_run(text)
        r.bold = bold
        _set_font(r, size)
        _set_lang(r.element, self.lang)
        return r

    def _para(self, b: Para) -> None:
        p = self.doc.add_paragraph()
        p.alignment = _ALIGN[b.align]
        if b.indent:
            p.paragraph_format.first_line_indent = Mm(12.5)
        if b.space_before:
            p.paragraph_format.space_before = Pt(b.space_before)
        if b.bold:
            p.paragraph_format.keep_with_next = True   # a heading never stands alone at a page's foot
        if b.label:
            self.run(p, b.label + " ", bold=True)
        self.run(p, b.text.upper() if b.caps else b.text, bold=b.bold)

    def _grid(self, rows: int, widths: tuple[float, ...]):
        t = self.doc.add_table(rows=rows, cols=len(widths))
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Mm(TEXT_WIDTH_MM * w)
            for cell in t.columns[j].cells:
                cell.width = Mm(TEXT_WIDTH_MM * w)
        return t

    def _date_number(self, b: DateNumber) -> None:
        t = self._grid(1, (0.5, 0.5))
        self.run(t.cell(0, 0).paragraphs[0], b.left)
        right = t.cell(0, 1).paragraphs[0]
        right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.run(right, b.right)

    def _table(self, b: Table) -> None:
        t = self._grid(len(b.rows), b.widths)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(b.rows):
            for j, text in enumerate(row):
                p = t.cell(i, j).paragraphs[0]
                if b.header and i == 0:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.run(p, text, bold=b.header and i == 0)
        keep_all = len(b.rows) <= SMALL_TABLE_ROWS
        for i, row in enumerate(t.rows):
            tr_pr = row._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:cantSplit"))       # a row never breaks across pages
            if b.header and i == 0:
                tr_pr.append(OxmlElement("w:tblHeader"))   # the header repeats on the next page
            # a small table stays on one page; a long one never leaves its last row alone (rows keep with next)
            if keep_all or i == 0 or i >= len(b.rows) - 2:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        p.paragraph_format.keep_with_next = i < len(b.rows) - 1
        self.doc.add_paragraph()

    def _signatures(self, b: Signatures) -> None:
        self.doc.add_paragraph().paragraph_format.keep_with_next = True
        if b.heading:
            p = self.doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            self.run(p, b.heading, bold=True)
        t = self._grid(len(b.rows), (0.40, 0.26, 0.34))
        for i, (role, name) in enumerate(b.rows):
            self.run(t.cell(i, 0).paragraphs[0], role)
            self.run(t.cell(i, 1).paragraphs[0], "_______________")
            self.run(t.cell(i, 2).paragraphs[0], name)
            for cell in t.rows[i].cells:   # the signature block never splits across pages
                cell.paragraphs[0].paragraph_format.keep_with_next = i < len(b.rows) - 1

    def _approval(self, b: Approval) -> None:
        for line in b.lines:
            p = self.doc.add_paragraph()
            p.paragraph_format.left_indent = Mm(TEXT_WIDTH_MM / 2)
            self.run(p, line)
        self.doc.add_paragraph()

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


def render_docx(title: str, blocks: list[Block], lang: str = "kk", author: str = "") -> bytes:
    """The blocks as a DOCX; `author` is the organisation (core properties), `lang` the document's."""
    from desktop_app.reports.blocks_pdf import BlockPaper, BlocksPdf

    if not any(isinstance(b, Section) for b in blocks):
        blocks = [Section(lang), *blocks]
    pdf = BlocksPdf("ru" if lang == "ru" else "kk")
    pdf.render(BlockPaper(title, blocks))      # the same layout: how many pages each copy takes
    writer = DocxWriter(title, author, lang, pdf.section_pages)
    for b in blocks:
        writer.add(b)
    return writer.bytes()
