"""The shared base of official papers: each language copy numbered on its own in its own language (PDF and
DOCX), the document language and the core properties of the DOCX, the page numbers in the paper's typeface."""
from __future__ import annotations

import io
from datetime import datetime, timedelta

from docx import Document
from pypdf import PdfReader

from desktop_app.reports.blocks import Para, Signatures, in_languages
from desktop_app.reports.blocks_docx import render_docx
from desktop_app.reports.blocks_pdf import BlockPaper, BlocksPdf
from desktop_app.reports.fonts import SERIF
from tests.reports.pdf_check import embedded_fonts


def _body(lang: str) -> list:
    word = "Сөз сөйлейді." if lang == "kk" else "Слово сказано."
    return [Para(" ".join([word] * 400)), Signatures((("Төраға" if lang == "kk" else "Председатель", "Ә.Б."),))]


def _pages(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


def test_bilingual_pdf_numbers_each_copy_in_its_language() -> None:
    blocks = in_languages(_body, "both")
    pdf = BlocksPdf("both")
    pages = _pages(pdf.render(BlockPaper("T", blocks)))
    kk_count, ru_count = pdf.section_pages
    assert kk_count >= 2 and ru_count >= 2 and len(pages) == kk_count + ru_count
    assert pages[0].endswith(f"1 бет / {kk_count}")
    assert pages[kk_count - 1].endswith(f"{kk_count} бет / {kk_count}")
    # the Russian copy starts again from 1 and says so in Russian, never "3 бет / 4"
    assert pages[kk_count].endswith(f"Стр. 1 из {ru_count}")
    assert not any("бет" in p for p in pages[kk_count:])
    assert all(SERIF in f for f in embedded_fonts(pdf.render(BlockPaper("T", blocks))))


def test_docx_has_language_footer_fields_and_organisation_as_author() -> None:
    before = datetime.now() - timedelta(minutes=1)
    data = render_docx("Хаттама", in_languages(_body, "both"), "both", "Қарасу ауданы әкімінің аппараты")
    doc = Document(io.BytesIO(data))
    props = doc.core_properties
    assert props.author == "Қарасу ауданы әкімінің аппараты"
    assert props.created is not None and props.created.replace(tzinfo=None) >= before.replace(microsecond=0)
    assert len(doc.sections) == 2
    xml = [s.footer._element.xml for s in doc.sections]
    assert "PAGE" in xml[0] and "SECTIONPAGES" in xml[0] and "бет" in xml[0]
    assert "Стр." in xml[1] and "бет" not in xml[1]
    assert all('w:start="1"' in s._sectPr.xml for s in doc.sections)
    body = doc.element.body.xml
    assert 'w:val="kk-KZ"' in body and 'w:val="ru-RU"' in body
    assert "en-US" not in doc.styles.element.xml      # Word would check the spelling as English


def test_russian_docx_is_marked_russian_throughout() -> None:
    doc = Document(io.BytesIO(render_docx("П", in_languages(_body, "ru"), "ru", "Аппарат")))
    assert 'w:val="ru-RU"' in doc.styles["Normal"].element.xml
    assert 'w:val="kk-KZ"' not in doc.element.body.xml
    footer = doc.sections[0].footer._element.xml
    assert "NUMPAGES" in footer and "Стр." in footer        # one language: all pages, counted by Word


def test_kazakh_partitive_follows_the_last_word_read() -> None:
    from desktop_app.reports.kk_numbers import kk_partitive
    assert [kk_partitive(n) for n in (1, 2, 3, 6, 7, 9, 10, 20, 50, 12, 100)] == [
        "1-і", "2-сі", "3-і", "6-сы", "7-сі", "9-ы", "10-ы", "20-сы", "50-і", "12-сі", "100-і"]
