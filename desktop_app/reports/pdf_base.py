"""Base of every PDF document: fonts, styles, page template, "page X of Y" (after pretix's invoicing).

A document subclass implements `story(data)` and gets `render(data) -> bytes`.
"""
from __future__ import annotations

import copy
import io
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, TableStyle

from desktop_app.reports.audit_mark import AUDIT_LABEL, audit_mark
from desktop_app.reports.fonts import SANS, SERIF, register_fonts
from desktop_app.reports.labels import DocLang, L
from desktop_app.reports.page_starts import build_noting_page_starts

D = TypeVar("D")

PAGE_OF = L("{page} бет / {total}", "Стр. {page} из {total}")
AUDIT_MARK = AUDIT_LABEL


class SectionMark(Flowable):
    """Where a language copy (or a part numbered on its own) starts: page numbers restart from 1 and the
    footer is written in `lang` ("both" documents carry a Kazakh and a Russian copy)."""

    def __init__(self, lang: str | None = None) -> None:
        super().__init__()
        self.lang = lang

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._section_start = self.canv.getPageNumber()  # type: ignore[attr-defined]
        if self.lang:
            self.canv._section_lang = self.lang  # type: ignore[attr-defined]


class _NumberedCanvas(Canvas):
    """Defers page output so the footer can say "page X of Y" (within the page's section, if marked)."""

    footer_font = SANS
    footer_text = PAGE_OF
    footer_lang: DocLang = "kk"
    #: Draws the page head (confidentiality mark, organisation) in the page's language; set by a document.
    page_head: Callable[[Canvas, str], None] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    #: Filled on save with the page count of each section, in order (the DOCX footer uses them).
    section_pages: list[int] | None = None

    def save(self) -> None:
        starts = [state.get("_section_start", 1) for state in self._saved]
        if self.section_pages is not None:
            self.section_pages.extend(starts.count(s) for s in dict.fromkeys(starts))
        for state, start in zip(self._saved, starts, strict=True):
            self.__dict__.update(state)
            lang = state.get("_section_lang") or self.footer_lang
            if self.page_head is not None:    # at save: the page's copy (and so its language) is known
                type(self).page_head(self, lang)  # type: ignore[misc]
            self._draw_footer(self._pageNumber - start + 1, starts.count(start), lang)
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, total: int, lang: str) -> None:
        text = self.footer_text.text("ru" if lang == "ru" else "kk")
        self.setFont(self.footer_font, 10 if self.footer_font == SERIF else 8)
        self.setFillColor(colors.black if self.footer_font == SERIF else colors.grey)
        w, _h = self._pagesize
        self.drawRightString(w - 15 * mm, 10 * mm, text.format(page=page, total=total))
        mark = audit_mark()
        if mark:  # the audit chain's head: a later rewrite of the log can be proved against this paper
            self.setFont(SANS, 7)
            self.setFillColor(colors.grey)
            self.drawString(15 * mm, 10 * mm, AUDIT_MARK.text("ru" if lang == "ru" else "kk") + " " + mark)


class PdfDocument(Generic[D]):
    """A document in one language ("kk", "ru" or "both"), rendered from plain data to PDF bytes."""

    font = SANS
    base_size = 10.0
    landscape = False
    margins = (20 * mm, 15 * mm, 15 * mm, 18 * mm)  # left, right, top, bottom

    #: True: "both" is the Kazakh copy in full, then the Russian copy from a new page, each numbered from 1
    #: in its own language (the story is built once per language); False: the story handles "both" itself.
    per_language = False
    #: After render: the page count of each section, and which flowables of the story began a new page
    #: (the DOCX twin numbers and breaks its pages the same way).
    section_pages: list[int] | None = None
    page_starts: list[bool] | None = None

    def __init__(self, lang: DocLang = "kk") -> None:
        if lang not in ("kk", "ru", "both"):
            raise ValueError(f"unknown document language {lang!r}")
        self.lang: DocLang = lang
        register_fonts()

    # -- to implement -------------------------------------------------------------------------
    def title(self, data: D) -> str:
        raise NotImplementedError

    def story(self, data: D) -> list[Flowable]:
        raise NotImplementedError

    def copies_story(self, data: D) -> list[Flowable]:
        """The Kazakh copy (the state language first, 004 §9), then the Russian one from a new page."""
        out: list[Flowable] = []
        for lang in ("kk", "ru"):
            if out:
                out.append(PageBreak())
            out.append(SectionMark(lang))
            out += self.in_lang(lang).story(data)
        return out

    def whole_story(self, data: D) -> list[Flowable]:
        """What is laid out: the story, or for a per-language document in "both" its two copies."""
        if self.per_language and self.lang == "both":
            return self.copies_story(data)
        return self.story(data)

    def in_lang(self, lang: DocLang) -> PdfDocument[D]:
        """This document in one language (a copy of a "both" document)."""
        other = copy.copy(self)
        other.lang = lang
        return other

    # -- helpers ------------------------------------------------------------------------------
    def t(self, label: L) -> str:
        return label.text(self.lang)

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    def styles(self) -> StyleSheet1:
        s = StyleSheet1()
        size = self.base_size
        lead = size * 1.25
        s.add(ParagraphStyle("body", fontName=self.font, fontSize=size, leading=lead))
        s.add(ParagraphStyle("small", fontName=self.font, fontSize=size - 2, leading=(size - 2) * 1.2))
        s.add(ParagraphStyle("cell", fontName=self.font, fontSize=size - 1, leading=(size - 1) * 1.2))
        s.add(ParagraphStyle("cell_bold", parent=s["cell"], fontName=f"{self.font}-Bold"))
        s.add(ParagraphStyle("title", fontName=f"{self.font}-Bold", fontSize=size + 3,
                             leading=(size + 3) * 1.25, alignment=TA_CENTER, spaceAfter=4 * mm))
        s.add(ParagraphStyle("subtitle", fontName=self.font, fontSize=size + 1, leading=(size + 1) * 1.25,
                             alignment=TA_CENTER, spaceAfter=3 * mm))
        s.add(ParagraphStyle("heading", fontName=f"{self.font}-Bold", fontSize=size + 1,
                             leading=(size + 1) * 1.25, spaceBefore=3 * mm, spaceAfter=2 * mm,
                             keepWithNext=1))   # a section heading never stands alone at a page's foot
        return s

    def table_style(self, header_rows: int = 1) -> TableStyle:
        return TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), self.base_size - 1),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8e8e8")),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), f"{self.font}-Bold"),
        ])

    def render(self, data: D) -> bytes:
        buf = io.BytesIO()
        left, right, top, bottom = self.margins
        doc = SimpleDocTemplate(buf, pagesize=self.pagesize, leftMargin=left, rightMargin=right,
                                topMargin=top, bottomMargin=bottom, title=self.title(data),
                                author="Bagalau", creator="Bagalau", initialFontName=self.font,
                                initialFontSize=self.base_size)
        lang, font = self.lang, self.font
        pages: list[int] = []

        class _Canvas(_NumberedCanvas):
            footer_lang = lang
            footer_font = font   # the page numbers in the document's own typeface
            section_pages = pages

        self.page_starts = build_noting_page_starts(doc, self.whole_story(data), canvasmaker=_Canvas)
        self.section_pages = pages   # the DOCX twin writes the same counts in its footers
        return buf.getvalue()

    def render_docx(self, data: D) -> bytes:
        """The same document as an editable DOCX (reports/story_docx.py)."""
        from desktop_app.reports.story_docx import render_story_docx

        return render_story_docx(self, data)


class SerifDocument(PdfDocument[D]):
    """Official papers (protocols, orders, letters): Times-compatible serif, 14 pt (seed 004 §9.5)."""

    font = SERIF
    base_size = 14.0
    margins = (30 * mm, 10 * mm, 20 * mm, 20 * mm)
