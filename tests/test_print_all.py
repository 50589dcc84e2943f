"""`bagalau print all`: every document of the demo office in kk, ru and both, PDF and DOCX.

The files are real: PDF text is extracted with pypdf, DOCX is opened with python-docx and its language,
footer fields and core properties are read from the XML Word reads.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from tests.reports.pdf_check import pdf_text

DOCUMENTS = ("sheets", "summary", "notices", "annual", "scale", "protocol", "calibration-order", "feedback-memo",
             "audit-extract", "retention-act")
SEED_NAME = re.compile(r"(?<![0-9])00[0-4] ?(§|Прил|п\.)|\(00[0-4]")


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_every_document_in_every_language_and_format(printed: Path) -> None:
    expected = {f"{d}_{lang}.{fmt}" for d in DOCUMENTS for lang in ("kk", "ru", "both") for fmt in ("pdf", "docx")}
    assert {p.name for p in printed.iterdir()} == expected


@pytest.mark.parametrize("name", ["sheets", "summary", "notices", "annual", "scale"])
def test_docx_of_part_a_documents_says_what_the_pdf_says(printed: Path, name: str) -> None:
    for lang, tag in (("kk", "kk-KZ"), ("ru", "ru-RU")):
        path = printed / f"{name}_{lang}.docx"
        doc = Document(str(path))
        text = docx_text(path)
        pdf = pdf_text((printed / f"{name}_{lang}.pdf").read_bytes())
        # the first words of the PDF title are in the DOCX too
        title = next(p.text for p in doc.paragraphs if p.text.strip())
        assert title.split()[0] in pdf
        langs = {el.get(qn("w:val")) for el in doc.element.body.iter(qn("w:lang"))}
        assert langs == {tag}, (name, lang, langs)
        styles_langs = {el.get(qn("w:val")) for el in doc.styles.element.iter(qn("w:lang"))}
        assert "en-US" not in styles_langs and tag in styles_langs
        footer = doc.sections[0].footer._element.xml
        assert " PAGE " in footer and ("SECTIONPAGES" in footer or "NUMPAGES" in footer)
        assert doc.core_properties.author not in ("", "Bagalau", "python-docx") or name == "scale"
        assert doc.core_properties.created is not None
        assert not SEED_NAME.search(text) and not SEED_NAME.search(pdf)
        widths = [t._tbl.tblGrid.gridCol_lst for t in doc.tables]
        assert all(all(c.w and c.w > 0 for c in cols) for cols in widths)


def test_russian_documents_have_no_gender_placeholders(printed: Path) -> None:
    for name in DOCUMENTS:
        text = pdf_text((printed / f"{name}_ru.pdf").read_bytes())
        assert "(а)" not in text and "(ая)" not in text, name


def test_retention_act_of_the_old_quarters(printed: Path) -> None:
    text = pdf_text((printed / "retention-act_ru.pdf").read_bytes())
    assert "2023" in text
    assert "2023" in docx_text(printed / "retention-act_kk.docx")
