"""Lays out a list of blocks (reports/blocks.py) as an official paper: Times-compatible 14 pt (004 §9.5)."""
from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RlPageBreak
from reportlab.platypus import Table as RlTable

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
from desktop_app.reports.pdf_base import SectionMark, SerifDocument, _NumberedCanvas

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


@dataclass(frozen=True)
class BlockPaper:
    title: str
    blocks: list[Block]


def text_markup(text: str) -> str:
    """Escape for reportlab's mini-HTML, keeping line breaks."""
    return escape(text).replace("\n", "<br/>")


class _NoWidowTable(RlTable):
    """A table that splits across pages only with at least two rows of its body on each side: a page never
    ends with the header alone nor starts with a single last row (QA: a one-row widow of the vote table)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first, rest = parts
        if len(first._cellvalues) - head < 2:        # header (and a row) alone at the foot: move it all
            return []
        if len(rest._cellvalues) - head < 2:         # one row left over: take one more row to the next page
            shorter = availHeight - first._rowHeights[-1] - 0.5
            parts = super().split(availWidth, shorter)
            if len(parts) == 2 and len(parts[0]._cellvalues) - head < 2:
                return []
        return parts


class BlocksPdf(SerifDocument[BlockPaper]):
    """Any block paper as PDF; the protocol, the order and the memo use it."""

    def title(self, data: BlockPaper) -> str:
        return data.title

    def render(self, data: BlockPaper) -> bytes:
        """As the base's, but the page starts in the serif face: otherwise reportlab lists its default
        Helvetica, unembedded, in every file (pdffonts shows it), although no text uses it."""
        buf = io.BytesIO()
        left, right, top, bottom = self.margins
        doc = SimpleDocTemplate(buf, pagesize=self.pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                                bottomMargin=bottom, title=self.title(data), author="Bagalau", creator="Bagalau",
                                initialFontName=self.font)
        lang, font = self.lang, self.font

        pages: list[int] = []

        class _Canvas(_NumberedCanvas):
            footer_lang = lang
            footer_font = font   # page numbers in the paper's typeface, not a sans footer
            section_pages = pages

        doc.build(self.story(data), canvasmaker=_Canvas)
        self.section_pages = pages
        return buf.getvalue()

    @property
    def text_width(self) -> float:
        left, right, _t, _b = self.margins
        return self.pagesize[0] - left - right

    def _style(self, p: Para) -> ParagraphStyle:
        size = self.base_size
        return ParagraphStyle(
            "p", fontName=f"{self.font}-Bold" if p.bold else self.font, fontSize=size, leading=size * 1.2,
            alignment=_ALIGN[p.align], firstLineIndent=12.5 * mm if p.indent else 0, spaceBefore=p.space_before,
            spaceAfter=2, keepWithNext=1 if p.bold else 0)

    def story(self, data: BlockPaper) -> list[Flowable]:
        out: list[Flowable] = []
        for b in data.blocks:
            if isinstance(b, Section):
                if out:
                    out.append(RlPageBreak())
                out.append(SectionMark(b.lang))
            elif isinstance(b, Table):
                # the bold heading above a table ("ГОЛОСОВАЛИ:") never stays alone at a page's foot
                lead: list[Flowable] = []
                while out and isinstance(out[-1], Paragraph) and out[-1].style.keepWithNext:
                    lead.insert(0, out.pop())
                if len(b.rows) <= SMALL_TABLE_ROWS:      # a small table on one page, with its heading
                    out += [KeepTogether([*lead, self._table(b)]), Spacer(1, 2 * mm)]
                else:
                    # a long one starts where its heading, header and two rows fit (keepWithNext would push
                    # the whole table to the next page and leave this one half empty), then splits freely
                    for p in lead:
                        p.style.keepWithNext = 0
                    room = (len(lead) + 4) * self.base_size * 1.6
                    out += [CondPageBreak(room), *lead, self._table(b), Spacer(1, 2 * mm)]
            else:
                out.extend(self._flow(b))
        return out

    def _flow(self, b: Block) -> list[Flowable]:
        size = self.base_size
        if isinstance(b, Para):
            text = text_markup(b.text.upper() if b.caps else b.text)
            if b.label:
                text = f"<b>{text_markup(b.label)}</b> {text}"
            return [Paragraph(text or "&nbsp;", self._style(b))]
        if isinstance(b, DateNumber):
            st = ParagraphStyle("dn", fontName=self.font, fontSize=size, leading=size * 1.2)
            right = ParagraphStyle("dnr", parent=st, alignment=TA_RIGHT)
            t = RlTable([[Paragraph(text_markup(b.left), st), Paragraph(text_markup(b.right), right)]],
                        colWidths=[self.text_width / 2] * 2)
            t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            return [Spacer(1, 2 * mm), t, Spacer(1, 2 * mm)]
        if isinstance(b, Table):
            return [self._table(b), Spacer(1, 2 * mm)]
        if isinstance(b, Signatures):
            return [self._signatures(b)]
        if isinstance(b, PageBreak):
            return [RlPageBreak()]
        if isinstance(b, Approval):
            st = ParagraphStyle("ap", fontName=self.font, fontSize=size, leading=size * 1.2)
            cell = [Paragraph(text_markup(line), st) for line in b.lines]
            t = RlTable([["", cell]], colWidths=[self.text_width * 0.5, self.text_width * 0.5])
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            return [t, Spacer(1, 4 * mm)]
        raise TypeError(b)

    def _table(self, b: Table) -> RlTable:
        size = self.base_size         # tables in the body size, like the rest of the paper (004 §9.5)
        cell = ParagraphStyle("c", fontName=self.font, fontSize=size, leading=size * 1.2)
        head = ParagraphStyle("h", parent=cell, fontName=f"{self.font}-Bold", alignment=TA_CENTER)
        rows = [[Paragraph(text_markup(c), head if (b.header and i == 0) else cell) for c in r]
                for i, r in enumerate(b.rows)]
        t = _NoWidowTable(rows, colWidths=[w * self.text_width for w in b.widths],
                          repeatRows=1 if b.header else 0)
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    def _signatures(self, b: Signatures) -> Flowable:
        size = self.base_size
        st = ParagraphStyle("s", fontName=self.font, fontSize=size, leading=size * 1.2)
        rows = [[Paragraph(text_markup(role), st), "", Paragraph(text_markup(name), st)] for role, name in b.rows]
        w = self.text_width
        t = RlTable(rows, colWidths=[w * 0.36, w * 0.30, w * 0.34])
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 4 if b.compact else 9), ("LEFTPADDING", (0, 0), (0, -1), 0),
        ]))
        head: list[Flowable] = []
        if b.heading:
            head = [Paragraph(f"<b>{text_markup(b.heading)}</b>", st)]
        # the signature block (and its heading) never stands alone at the top or foot of a page
        return KeepTogether([Spacer(1, 4 * mm if b.compact else 6 * mm), *head, t])
