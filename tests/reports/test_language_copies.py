"""A bilingual ("both") sheet, summary, annual summary, scale and audit extract is two papers in one file: the Kazakh copy in
full, then the Russian copy from a new page, each numbered from 1 in its own language, each speaking only
its own language — in the PDF and in the DOCX, whose footers also carry the head of the audit chain."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop_app.domain.methodology import TYPICAL_2025, load_preset
from desktop_app.reports import (
    annual_pdf,
    audit_pdf,
    audit_words,
    evaluation_parts,
    scale_pdf,
    sheet_pdf,
    summary_pdf,
)
from desktop_app.reports.annual_pdf import AnnualPdf
from desktop_app.reports.audit_mark import set_audit_mark_provider
from desktop_app.reports.audit_pdf import AuditExtractDocument
from desktop_app.reports.labels import L
from desktop_app.reports.pdf_base import PdfDocument
from desktop_app.reports.scale_pdf import ScalePdf
from desktop_app.reports.sheet_pdf import SheetPdf
from desktop_app.reports.summary_pdf import SummaryPdf
from tests.reports.copies_check import docx_sections, footer_text, foreign_labels
from tests.reports.evaluation_samples import annual, audit_extract, sheet
from tests.reports.pdf_check import page_texts
from tests.reports.test_summary_pdf import small

REASON = L("Бағаланбайды (Әдістеменің 5-тармағы)", "Не оценивается (пункт 5 Методики)")
MARK = "№ 12 · 7F3A-91C2"


def _sheets() -> list[Any]:
    second = sheet(employee=L("Сейітов Асқар Нұрланұлы", "Сеитов Аскар Нурланович"), employee_male=True)
    return [sheet(), second]


DOCUMENTS: dict[str, tuple[Callable[[str], PdfDocument[Any]], Callable[[], Any], tuple[Any, ...]]] = {
    "sheets": (SheetPdf, _sheets, (sheet_pdf, evaluation_parts)),
    "summary": (SummaryPdf, small, (summary_pdf, evaluation_parts)),
    "annual": (AnnualPdf, annual, (annual_pdf, summary_pdf, evaluation_parts)),
    "scale": (ScalePdf, lambda: load_preset(TYPICAL_2025), (scale_pdf,)),
    "audit": (AuditExtractDocument, audit_extract, (audit_pdf, audit_words)),
}
#: Papers without a running page head (the audit extract says "confidential" once, above its title).
NO_PAGE_HEAD = ("scale", "audit")


@pytest.fixture(autouse=True)
def audit_head() -> Iterator[None]:
    set_audit_mark_provider(lambda: (12, "7f3a91c2" + "0" * 56))
    yield
    set_audit_mark_provider(None)


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_both_is_the_kazakh_copy_then_the_russian_copy_each_numbered_from_one(name: str) -> None:
    make, data, modules = DOCUMENTS[name]
    kk, ru, both = (page_texts(make(lang).render(data())) for lang in ("kk", "ru", "both"))
    assert len(both) == len(kk) + len(ru)
    copies = [kk, ru]
    if name == "sheets":   # a bundle: each evaluee's Kazakh sheet, then the same sheet in Russian
        copies = [page_texts(SheetPdf(lang).render([one])) for one in _sheets() for lang in ("kk", "ru")]
    langs = ["kk", "ru"] * (len(copies) // 2)
    start = 0
    for lang, copy in zip(langs, copies, strict=True):
        pages = both[start:start + len(copy)]
        start += len(copy)
        for i, page in enumerate(pages, 1):
            if lang == "kk":
                assert f"{i} бет / {len(copy)}" in page and "Стр." not in page, (name, i)
                assert f"Өзгерістер журналы: {MARK}" in page and "Журнал изменений" not in page
            else:    # never "3 бет / 4": the Russian copy restarts from 1, in Russian
                assert f"Стр. {i} из {len(copy)}" in page and " бет /" not in page, (name, i)
                assert f"Журнал изменений: {MARK}" in page and "Өзгерістер журналы" not in page
            assert foreign_labels(page, lang, modules) == [], (name, lang, i)
    assert start == len(both)
    # the copy says what the one-language document says, page by page (the footers aside)
    assert both[len(copies[0])].split()[:6] == copies[1][0].split()[:6]


def test_a_bilingual_reason_is_printed_once_in_each_copy() -> None:
    both = page_texts(SummaryPdf("both").render(small()))
    kk_pages = len(page_texts(SummaryPdf("kk").render(small())))
    kk, ru = " ".join(both[:kk_pages]), " ".join(both[kk_pages:])
    assert kk.count(REASON.kk) == 1 and REASON.ru not in kk
    assert ru.count(REASON.ru) == 1 and REASON.kk not in ru


def test_each_copy_of_the_audit_extract_names_the_organisation_and_filters_in_its_language() -> None:
    data = audit_extract()
    kk_pages = len(page_texts(AuditExtractDocument("kk").render(data)))
    both = [" ".join(p.split()) for p in page_texts(AuditExtractDocument("both").render(data))]
    kk, ru = " ".join(both[:kk_pages]), " ".join(both[kk_pages:])
    for own, other, field in ((kk, ru, "kk"), (ru, kk, "ru")):
        for label in (data.organisation, data.filters):
            assert getattr(label, field) in own and getattr(label, field) not in other
    assert "Сформировано: 03.12.2026 10:00" in ru and "Жасалған уақыты: 03.12.2026 10:00" in kk
    assert "Тоқтаров Н.Б." in kk and "Токтаров Н.Б." in ru and "Тоқтаров" not in ru
    # the people and sheets the changes name, in the copy's language
    assert "Әбілқасымова Ә.С., 2026 жылғы 3-тоқсан" in kk and "Абилкасымова А.С., 3 квартал 2026 года" in ru
    assert "Әбілқасымова" not in ru and "Абилкасымова" not in kk


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_docx_of_both_has_a_section_per_copy_with_its_own_footer_and_head(name: str) -> None:
    make, data, modules = DOCUMENTS[name]
    document = make("both")
    pdf = document.render(data())
    sections = docx_sections(document.render_docx(data()))
    counts = [len(page_texts(make(lang).render(data()))) for lang in ("kk", "ru")]
    expected = 2 * len(_sheets()) if name == "sheets" else 2
    assert len(sections) == expected and len(document.section_pages) == expected
    assert sum(document.section_pages) == len(page_texts(pdf))
    if name != "sheets":
        assert document.section_pages == counts
    for k, (text, header, footer) in enumerate(sections):
        lang = "kk" if k % 2 == 0 else "ru"
        words = footer_text(footer)
        if lang == "kk":
            assert "бет /" in words and "Стр." not in words
            assert f"Өзгерістер журналы: {MARK}" in words and "Журнал" not in words.replace("журналы", "")
        else:
            assert "Стр." in words and "бет" not in words
            assert f"Журнал изменений: {MARK}" in words and "Өзгерістер" not in words
        assert "SECTIONPAGES" in footer and f"<w:t>{document.section_pages[k]}</w:t>" in footer
        assert f'w:val="{"kk-KZ" if lang == "kk" else "ru-RU"}"' in footer
        if name not in NO_PAGE_HEAD:     # the page head: organisation and confidentiality mark in the copy's language
            assert ("Құпия" in header) == (lang == "kk") and ("Конфиденциально" in header) == (lang == "ru")
        assert text.strip() and foreign_labels(text, lang, modules) == [], (name, k)


def test_docx_of_a_one_language_paper_carries_the_audit_head_in_its_language() -> None:
    for lang, label in (("kk", "Өзгерістер журналы:"), ("ru", "Журнал изменений:")):
        sections = docx_sections(SummaryPdf(lang).render_docx(small()))
        assert len(sections) == 1
        assert f"{label} {MARK}" in footer_text(sections[0][2])


def test_audit_extract_docx_rows_are_as_tall_as_the_pdf_rows() -> None:
    """Word's Arial is narrower than the PDF's DejaVu Sans: without the PDF's row heights the long table
    ends each page a few rows later and LibreOffice shows "4 бет / 5" on the last page of the copy."""
    import io

    from docx import Document
    from docx.enum.table import WD_ROW_HEIGHT_RULE

    document = AuditExtractDocument("both")
    doc = Document(io.BytesIO(document.render_docx(audit_extract())))
    tables = [t for t in doc.tables if len(t.rows) > 10]
    assert len(tables) == 2     # the Kazakh copy's table and the Russian copy's
    for table in tables:
        heights = [row.height.pt for row in table.rows]
        assert all(row.height_rule == WD_ROW_HEIGHT_RULE.AT_LEAST for row in table.rows)
        # the PDF's, row by row: the two-line header row lower than the three-line rows of changes
        assert heights[0] == 25.2 and set(heights[1:]) == {34.8}
