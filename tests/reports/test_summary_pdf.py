"""The quarter summary PDF: grouped by unit, totals per grade band (001 §7), kk/ru/both."""
from __future__ import annotations

import io
import re
from datetime import date
from itertools import pairwise
from typing import Any

import pytest
from docx import Document

from desktop_app.bench.documents import GRADES, generated_summary
from desktop_app.reports.evaluation_data import EMPTY, SummaryData, SummaryRow, SummaryUnit
from desktop_app.reports.labels import L
from desktop_app.reports.summary_pdf import SummaryPdf, render_summary
from tests.reports.evaluation_samples import HR, ORG, UNIT
from tests.reports.pdf_check import KAZAKH_LETTERS, non_embedded_fonts, page_texts, pdf_text

DONE = L("Аяқталды", "Завершена")
OTHER_UNIT = L("Қаржы бөлімі", "Отдел финансов")


def _row(name: str, score: float | None, grade: int | None, note: L = EMPTY) -> SummaryRow:
    return SummaryRow(L(name, name), L("Бас маман", "Главный специалист"), "E-R-4", score,
                      None if grade is None else GRADES[grade], DONE, note)


def small() -> SummaryData:
    return SummaryData(
        organisation=ORG, year=2026, quarter=2, grades=GRADES, prepared_on=date(2026, 7, 15), hr_officer_name=HR,
        units=(SummaryUnit(UNIT, (_row("Сейітов Асқар", 4.5, 0), _row("Өтепова Мөлдір", 3.2, 1),
                                  _row("Ғабдуллин Дәурен", 4.0, 0))),
               SummaryUnit(OTHER_UNIT, (_row("Іскакова Айгүл", 1.5, 3),
                                        _row("Һамитов Ерлан", None, None,
                                             L("Бағаланбайды (Әдістеменің 5-тармағы)", "Не оценивается (пункт 5 Методики)"))))))


def test_russian_summary_lists_units_in_order_with_their_people() -> None:
    text = pdf_text(render_summary(small(), "ru"))
    assert "Сводная ведомость результатов оценки деятельности" in text
    assert "2 квартал 2026 года" in text and "Конфиденциально" in text
    assert text.index("Отдел экономики и бюджетного планирования") < text.index("Сейітов Асқар") \
        < text.index("Отдел финансов") < text.index("Іскакова Айгүл")
    assert "4,50" in text and "3,20" in text and "1,50" in text
    assert "Не оценивается (пункт 5 Методики)" in text
    assert "Итого по подразделению: 3" in text and "Итого по подразделению: 2" in text


def test_totals_count_each_grade_band_and_the_people_without_a_score() -> None:
    text = pdf_text(render_summary(small(), "ru"))
    totals = text[text.index("Итоги по результатам оценки"):]
    assert "Выполняет функциональные обязанности эффективно 2 40,0" in totals
    assert "надлежащим образом 1 20,0" in totals
    assert "удовлетворительно 0 0,0" in totals
    assert "не удовлетворительно 1 20,0" in totals
    assert "Без оценки (не оценивались или не внесено) 1 20,0" in totals
    assert "Всего 5 100" in totals


def test_kazakh_summary_is_kazakh_only() -> None:
    text = pdf_text(render_summary(small(), "kk"))
    assert "Қызметті бағалау нәтижелерінің жиынтық тізімдемесі" in text
    assert "2026 жылғы 2-тоқсан" in text and "Құпия" in text
    assert "Бөлімше бойынша барлығы: 3" in text
    assert "Сводная" not in text and "Конфиденциально" not in text


def test_both_has_the_two_languages() -> None:
    text = pdf_text(render_summary(small(), "both"))
    assert "жиынтық тізімдемесі" in text and "Сводная ведомость" in text
    # the Kazakh copy, then the Russian one: no cell carries both languages
    assert text.index("Экономика және бюджеттік жоспарлау бөлімі") < text.index("Отдел экономики")
    assert "Экономика және бюджеттік жоспарлау бөлімі / Отдел экономики" not in text


@pytest.mark.parametrize("lang", ["kk", "ru", "both"])
def test_fonts_embedded_and_kazakh_letters_kept(lang: str) -> None:
    letters = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
    base = small()
    data = render_summary(SummaryData(base.organisation, 2026, 2, (*base.units, SummaryUnit(L(letters, letters), (_row(letters, 2.5, 2),))), GRADES), lang)
    assert non_embedded_fonts(data) == set()
    assert set(pdf_text(data)) >= KAZAKH_LETTERS       # nothing silently dropped (TOOLCHAIN.md)


def test_long_summary_repeats_the_header_on_every_page() -> None:
    data = render_summary(generated_summary(400, 8), "ru")
    pages = page_texts(data)
    assert len(pages) > 5
    # Every page of the staff table carries its header; the last page holds the grade totals only.
    assert ["Фамилия, имя, отчество" in t for t in pages] == [True] * (len(pages) - 1) + [False]
    assert "Результат оценки" in pages[-1]
    text = pdf_text(data)
    assert "Всего 400 100" in text


def test_every_header_word_fits_its_column() -> None:
    """reportlab splits a word wider than its cell without a hyphen (TOOLCHAIN.md): size the columns."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop_app.reports import annual_pdf, summary_pdf
    from desktop_app.reports.fonts import SERIF, register_fonts

    register_fonts()
    too_wide = [(word, width) for module in (summary_pdf, annual_pdf)
                for label, width in zip(module.HEADERS, module.COLUMNS_MM, strict=True)
                for word in f"{label.kk} {label.ru}".split()
                if stringWidth(word, f"{SERIF}-Bold", summary_pdf.SummaryPdf.cell_size) > width * mm - 4]
    assert too_wide == []


@pytest.mark.parametrize("units", [57, 61])
def test_a_unit_heading_never_ends_a_page_and_a_unit_total_never_starts_one(units: int) -> None:
    # many small units: some heading or total row falls at a page's edge whatever the page height
    pages = page_texts(render_summary(generated_summary(400, units), "ru"))
    assert len(pages) > 3
    named = 0
    for page in pages:
        body = page.split("Стр. ")[0]           # the footer comes last
        headings = [m.end() for m in re.finditer(r"№ \d+", body)]
        named += len(headings)
        for end in headings:                     # every unit named on a page has a servant under it there
            assert "E-R-" in body[end:], f"a unit heading alone at the foot of: {page[-200:]}"
        totals = body.find("Итого по подразделению")
        if totals >= 0:                          # the first total on a page follows a row of its unit
            assert 0 <= body.find("E-R-") < totals, f"a unit total alone at the top of: {page[:300]}"
    assert named == units                        # every unit's heading was read


def test_in_the_docx_a_unit_heading_keeps_with_its_first_row_and_a_total_with_the_last() -> None:
    # Word and LibreOffice lay the DOCX out themselves: "keep with next" on a heading row (and on the row
    # before a total) holds them together as the PDF does
    docx = Document(io.BytesIO(SummaryPdf("ru").render_docx(generated_summary(60, 3))))
    table = next(t for t in docx.tables if "Государственно-правовой отдел № 3" in t._tbl.xml)
    rows = [(row.cells[0].text.strip(), row.cells[-1].text.strip(), row) for row in table.rows]

    def keeps(row: Any) -> bool:
        return all(p.paragraph_format.keep_with_next for cell in row.cells for p in cell.paragraphs)

    heading = next(row for first, _last, row in rows if first == "Государственно-правовой отдел № 3")
    assert keeps(heading)
    before_total = [row for (_f, _l, row), (_nf, nxt, _r) in pairwise(rows)
                    if nxt.startswith("Итого по подразделению")]
    assert len(before_total) == 3 and all(keeps(row) for row in before_total)
    ordinary = next(row for first, _last, row in rows if first == "25")   # a servant in the middle of a unit
    assert not keeps(ordinary)
