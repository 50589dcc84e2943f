"""The summaries as XLSX: read back with openpyxl; scores are numbers, Kazakh text kept."""
from __future__ import annotations

import io

from openpyxl import load_workbook

from desktop_app.reports.summary_xlsx import annual_xlsx, summary_xlsx
from tests.reports.evaluation_samples import annual
from tests.reports.test_summary_pdf import small


def _cells(data: bytes) -> tuple[object, list[list[object]]]:
    ws = load_workbook(io.BytesIO(data)).active
    return ws, [[c.value for c in row] for row in ws.iter_rows()]


def _sheets(data: bytes) -> list[tuple[str, list[str]]]:
    """(title, every non-empty cell as text) of each worksheet, in order."""
    return [(ws.title, [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None])
            for ws in load_workbook(io.BytesIO(data)).worksheets]


def test_summary_workbook_in_russian() -> None:
    ws, rows = _cells(summary_xlsx(small(), "ru"))
    assert ws.title == "Ведомость"
    flat = [v for r in rows for v in r if v is not None]
    assert "Конфиденциально" in flat                                          # 001 §13
    assert "2 квартал 2026 года" in flat
    assert "Отдел экономики и бюджетного планирования" in flat
    person = next(r for r in rows if r[1] == "Сейітов Асқар")
    assert person[0] == 1 and person[3] == "E-R-4" and person[4] == 4.5       # a number, not text
    assert person[5] == "Выполняет функциональные обязанности эффективно"
    nobody = next(r for r in rows if r[1] == "Һамитов Ерлан")
    assert nobody[4] is None and nobody[7] == "Не оценивается (пункт 5 Методики)"
    totals = {r[1]: (r[2], r[3]) for r in rows if r[1] and r[2] is not None and isinstance(r[2], int)}
    assert totals["Выполняет функциональные обязанности эффективно"] == (2, 40.0)
    assert totals["Всего"] == (5, 100.0)
    assert ws.freeze_panes == "A8"        # under the title block: organisation, title, subtitle, period
    # the same head as the PDF: its subtitle and (when the quarter has one) the methodology line
    assert "административных государственных служащих корпуса «Б»" in flat


def test_summary_workbook_in_kazakh_and_both() -> None:
    ws, rows = _cells(summary_xlsx(small(), "kk"))
    flat = [v for r in rows for v in r if v is not None]
    assert ws.title == "Тізімдеме" and "Құпия" in flat and "2026 жылғы 2-тоқсан" in flat
    assert "Экономика және бюджеттік жоспарлау бөлімі" in flat
    # "both": the Kazakh worksheet, then the Russian one, as the PDF's two copies — no cell in two languages
    kk, ru = _sheets(summary_xlsx(small(), "both"))
    assert [kk[0], ru[0]] == ["Тізімдеме", "Ведомость"]
    assert "Экономика және бюджеттік жоспарлау бөлімі" in kk[1] and "Отдел экономики" not in " ".join(kk[1])
    assert "Отдел экономики и бюджетного планирования" in ru[1] and "Құпия" not in ru[1]
    assert "Конфиденциально" in ru[1] and "2 квартал 2026 года" in ru[1]


def test_annual_workbook_has_quarters_mean_and_warning() -> None:
    ws, rows = _cells(annual_xlsx(annual(), "ru"))
    row = next(r for r in rows if r[1] == "Сеитов Аскар")
    assert row[4:9] == [4.5, 4.0, None, 3.5, 4.0]
    warned = next(r for r in rows if r[1] == "Утепова Молдир")
    assert warned[10] is not None and warned[10].endswith("*")
    assert ws.cell(row=rows.index(warned) + 1, column=9).font.color.rgb.endswith("B00000")


def test_a_bilingual_reason_appears_once_per_language() -> None:
    """A reason typed "kk / ru" prints its Kazakh half in Kazakh, its Russian half in Russian — once each."""
    from desktop_app.domain.text import split_bilingual
    from desktop_app.reports.evaluation_data import SummaryData, SummaryRow, SummaryUnit
    from desktop_app.reports.labels import L

    kk, ru = split_bilingual("аким бағалайды / оценивает аким")
    row = SummaryRow(L("Ахметов Б.", "Ахметов Б."), L("Басшы", "Руководитель"), "E-R-1", None, None,
                     note=L(f"бағаланбайды: {kk}", f"не оценивается: {ru}"))
    data = SummaryData(L("Ұйым", "Организация"), 2026, 3, (SummaryUnit(L("Аппарат", "Аппарат"), (row,)),))
    (_kk, kk_cells), (_ru, ru_cells) = _sheets(summary_xlsx(data, "both"))
    kk_text, ru_text = "\n".join(kk_cells), "\n".join(ru_cells)
    assert kk_text.count("аким бағалайды") == 1 and "оценивает аким" not in kk_text
    assert ru_text.count("оценивает аким") == 1 and "аким бағалайды" not in ru_text
    assert split_bilingual("без перевода") == ("без перевода", "без перевода")


def test_workbook_has_the_title_and_methodology_line_of_the_pdf() -> None:
    from dataclasses import replace

    from desktop_app.reports.labels import L
    from desktop_app.reports.summary_pdf import TITLE, render_summary
    from tests.reports.pdf_check import pdf_text

    data = replace(small(), methodology=L("Қарасу ауданы әкімдігінің әдістемесі", "Методика акимата Карасуского района"))
    for lang, title, line in (("kk", TITLE.kk, "Әдістеме: Қарасу ауданы әкімдігінің әдістемесі"),
                              ("ru", TITLE.ru, "Методика: Методика акимата Карасуского района")):
        pdf = pdf_text(render_summary(data, lang))
        (_name, cells), = _sheets(summary_xlsx(data, lang))
        assert title in pdf and title in cells
        assert line in pdf and line in cells
    ws = load_workbook(io.BytesIO(summary_xlsx(data, "both"))).worksheets[1]
    assert ws.oddFooter.right.text == "Стр. &P из &N"      # printed pages numbered in the sheet's language
