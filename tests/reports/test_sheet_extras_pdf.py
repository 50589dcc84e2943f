"""The sheet prints the sanction with its order, the personal points with their grounds and the designees
with their proposed scores — in kk and ru, and nothing of it when the sheet has none."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop_app.reports.evaluation_data import DesigneeLine, PersonalLine, SanctionLine
from desktop_app.reports.labels import L
from desktop_app.reports.sheet_pdf import render_sheet
from tests.reports.evaluation_samples import sheet
from tests.reports.pdf_check import pdf_text

D = Decimal


def _full():  # type: ignore[no-untyped-def]
    return replace(sheet(), sanction=SanctionLine(2, "№ 45-к, 20.12.2025", D("33.6")),
                   personal_lines=(PersonalLine(D(5), "Екі сессияның материалдары", D(5)),
                                   PersonalLine(D(-2), "Кеңеске кешікті", D(-2))),
                   designees=(DesigneeLine(L("Сейітов Арман", "Сеитов Арман"), L("Бас маман", "Главный специалист"),
                                           date(2026, 4, 2), D("3.5")),))


def test_kazakh_sheet_prints_sanction_personal_points_and_designees() -> None:
    text = " ".join(pdf_text(render_sheet(_full(), "kk")).split())
    assert "Тәртіптік жаза" in text and "№ 45-к, 20.12.2025" in text and "−33,6" in text
    assert "Екі сессияның материалдары" in text and "+5" in text and "-2" in text.replace("−", "-")
    assert "Сейітов Арман" in text and "02.04.2026" in text and "3,50" in text
    assert "Дисциплинарное" not in text and "001 §" not in text.split("Тәртіптік")[1]


def test_russian_sheet_prints_the_same() -> None:
    text = " ".join(pdf_text(render_sheet(_full(), "ru")).split())
    assert "Дисциплинарное взыскание" in text and "приказ № 45-к, 20.12.2025" in text
    assert "Личные баллы руководителя" in text and "Кеңеске кешікті" in text
    assert "Сеитов Арман" in text and "Предложенный балл" in text
    assert "−33,6 балла." in text                      # a fraction: genitive singular
    whole = " ".join(pdf_text(render_sheet(replace(_full(), sanction=SanctionLine(1, "№ 45-к", D("16"))),
                                           "ru")).split())
    assert "−16 баллов." in whole and "−16 балла" not in whole


def test_a_sheet_without_them_prints_none_of_the_sections() -> None:
    text = pdf_text(render_sheet(sheet(), "ru"))
    assert "Дисциплинарное взыскание" not in text and "Личные баллы" not in text and "определённые" not in text


def test_the_printed_scale_names_every_condition_as_the_text_does() -> None:
    """002 §22 1) prints its 'over 60 minutes' condition in words (no internal key), and the short-deadline
    condition of 002 §17 2) / §21 2)–3) says 'at least 3 working days' as the Kazakh text does."""
    from desktop_app.domain.methodology import POINTS_2017, load_preset
    from desktop_app.reports.scale_pdf import render_scale

    m = load_preset(POINTS_2017)
    ru = " ".join(pdf_text(render_scale(m, "ru")).split())
    kk = " ".join(pdf_text(render_scale(m, "kk")).split())
    assert "опоздания в сумме более 60 минут" in ru and "late_60" not in ru
    assert "не менее 3 рабочих дней" in ru and "не более 3 рабочих дней" not in ru
    assert "кешігулер жиынтығы 60 минуттан асса" in kk and "кемінде 3 жұмыс күні бар құжат" in kk
