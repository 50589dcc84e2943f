"""The DOCX breaks its pages where the PDF does, so the page counts its footers store (from the PDF) hold in
LibreOffice, which lays a DOCX out more compactly than reportlab and cannot count a section's pages."""
from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from desktop_app.reports.page_starts import build_noting_page_starts
from desktop_app.reports.sheet_pdf import SheetPdf
from tests.reports.evaluation_samples import sheet
from tests.reports.pdf_check import page_texts


def test_the_flowables_that_began_a_new_page_are_noted() -> None:
    body = getSampleStyleSheet()["Normal"]
    story = [Paragraph("a", body), Spacer(1, 600),
             KeepTogether([Paragraph("b", body), Spacer(1, 200)]),     # does not fit: moves to page 2
             Paragraph("c", body), PageBreak(), Paragraph("d", body)]
    starts = build_noting_page_starts(SimpleDocTemplate(io.BytesIO()), story)
    assert starts == [False, False, True, False, True, False]


def test_a_sheet_whose_signatures_went_to_page_two_in_the_pdf_breaks_there_in_the_docx() -> None:
    document = SheetPdf("kk")
    pages = page_texts(document.render([sheet()]))
    assert len(pages) == 2 and "Бағалаушы тұлға" in pages[1]      # the signature block on the second page
    doc = Document(io.BytesIO(document.render_docx([sheet()])))
    starts = [p for p in doc.paragraphs if p.paragraph_format.page_break_before]
    assert len(starts) == 1
    # the page starts where the PDF's second page does, with no blank paragraph that could run over first
    assert pages[1].startswith(starts[0].text[:20]) and starts[0].text[:20]
    body = list(doc.element.body)
    before = body[body.index(starts[0]._p) - 1]
    assert before.tag == qn("w:tbl")      # the table the first page ends with, no spacer between
