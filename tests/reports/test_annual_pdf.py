"""The annual summary PDF: quarterly scores, their mean (001 §4), grade, repeated-unsatisfactory mark."""
from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.reports.annual_pdf import render_annual
from tests.reports.evaluation_samples import annual
from tests.reports.pdf_check import non_embedded_fonts, pdf_text


def test_russian_annual_shows_quarters_mean_and_grade() -> None:
    text = pdf_text(render_annual(annual(), "ru"))
    assert "Итоговая ведомость годовой оценки деятельности" in text
    assert "2026 год" in text and "Конфиденциально" in text
    assert "среднее арифметическое квартальных оценок (пункт 4 Методики)" in text
    assert "Сеитов Аскар" in text
    assert "4,50 4,00 — 3,50 4,00" in text           # Q3 without a score; the mean of the other three
    assert "Выполняет функциональные обязанности эффективно" in text


def test_repeated_unsatisfactory_result_is_marked_with_its_footnote() -> None:
    text = pdf_text(render_annual(annual(), "ru"))
    assert "* Второй год подряд неудовлетворительная итоговая оценка: пункт 6 статьи 33 Закона Республики " \
           "Казахстан «О государственной службе Республики Казахстан»." in text
    assert text.count("статьи 33") == 1                # the law once, in the footnote; the row has its "*"
    data = annual()
    calm = replace(data, units=tuple(replace(u, rows=tuple(replace(r, warning=False) for r in u.rows))
                                     for u in data.units))
    assert "статьи 33" not in pdf_text(render_annual(calm, "ru"))


def test_totals_per_grade() -> None:
    text = pdf_text(render_annual(annual(), "ru"))
    totals = text[text.index("Итоги по результатам оценки"):]
    assert "эффективно 1 50,0" in totals and "не удовлетворительно 1 50,0" in totals
    assert "Всего 2 100" in totals


@pytest.mark.parametrize("lang", ["kk", "both"])
def test_kazakh_and_both(lang: str) -> None:
    data = render_annual(annual(), lang)
    text = pdf_text(data)
    assert "жылдық бағалаудың қорытынды тізімдемесі" in text
    assert "Сейітов Асқар" in text and "Заңының 33-бабының 6-тармағы." in text
    assert ("Итоговая ведомость" in text) == (lang == "both")
    assert non_embedded_fonts(data) == set()


def test_a_year_with_quarters_still_open_is_printed_as_preliminary() -> None:
    from desktop_app.reports.summary_xlsx import annual_xlsx

    open_year = replace(annual(), open_quarters=(3, 4))
    text = pdf_text(render_annual(open_year, "ru"))
    assert "ПРЕДВАРИТЕЛЬНО: кварталы года, ещё не закрытые: 3, 4; средний балл — по закрытым кварталам." in text
    assert "АЛДЫН АЛА" in pdf_text(render_annual(open_year, "kk"))
    assert "ПРЕДВАРИТЕЛЬНО" not in pdf_text(render_annual(annual(), "ru"))
    assert "ПРЕДВАРИТЕЛЬНО" in _xlsx_text(annual_xlsx(open_year, "ru"))
    assert "ПРЕДВАРИТЕЛЬНО" not in _xlsx_text(annual_xlsx(annual(), "ru"))


def _xlsx_text(data: bytes) -> str:
    import io

    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(data)).active
    return " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
