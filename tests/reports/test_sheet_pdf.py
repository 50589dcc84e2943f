"""The evaluation sheet PDF: its text in kk, ru and both, embedded fonts, bonus/penalty lines."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.reports.labels import L
from desktop_app.reports.sheet_pdf import render_sheet, render_sheets
from tests.reports.evaluation_samples import sheet
from tests.reports.pdf_check import KAZAKH_LETTERS, embedded_fonts, non_embedded_fonts, page_count, pdf_text


def test_kazakh_sheet_has_the_form_person_score_and_grade() -> None:
    text = pdf_text(render_sheet(sheet(), "kk"))
    assert "БАҒАЛАУ ПАРАҒЫ" in text
    assert "Құпия" in text and "Конфиденциально" not in text          # 001 §13
    assert "2-қосымшаның нысаны" in text                              # form 2, 001 §16
    assert "2026 жылғы 1-тоқсан" in text
    assert "Әбілқасымова Әлия Серікқызы" in text
    assert "Абилкасымова" not in text
    assert "4,25" in text
    assert "Функционалдық міндеттерін тиімді орындайды" in text      # 001 §7 band of 4.25
    assert "Оценочный лист" not in text


def test_russian_sheet_is_all_russian() -> None:
    text = pdf_text(render_sheet(sheet(), "ru"))
    assert "ОЦЕНОЧНЫЙ ЛИСТ" in text and "Конфиденциально" in text
    assert "По форме приложения 2 к Типовой методике" in text
    assert "1 квартал 2026 года" in text
    assert "Абилкасымова Алия Сериковна" in text
    assert "Выполняет функциональные обязанности эффективно" in text
    assert "Бағалау парағы".upper() not in text


def test_both_languages_show_kazakh_first() -> None:
    text = pdf_text(render_sheet(sheet(), "both"))
    assert text.index("БАҒАЛАУ ПАРАҒЫ") < text.index("ОЦЕНОЧНЫЙ ЛИСТ")
    assert text.index("Әбілқасымова Әлия Серікқызы") < text.index("Абилкасымова Алия Сериковна")
    # two copies, each with the mark in its own language (tests/reports/test_language_copies.py)
    assert "Құпия / Конфиденциально" not in text and text.index("Құпия") < text.index("Конфиденциально")


@pytest.mark.parametrize("lang", ["kk", "ru", "both"])
def test_fonts_are_embedded_and_carry_every_kazakh_letter(lang: str) -> None:
    letters = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
    data = render_sheet(sheet(employee=L(letters, letters)), lang)
    assert non_embedded_fonts(data) == set()
    assert "LiberationSerif" in embedded_fonts(data)
    text = pdf_text(data)
    assert set(text) >= KAZAKH_LETTERS          # no letter silently dropped (TOOLCHAIN.md)


def test_bonus_and_penalty_lines_with_totals() -> None:
    text = pdf_text(render_sheet(sheet(), "ru"))
    assert "Поощрительные баллы" in text and "Штрафные баллы" in text
    assert "Подготовка материалов к сессиям маслихата" in text and "хат № 12-05/345" in text
    assert "11–15 → +3" in text
    assert "+8" in text                        # 5 + 3
    assert "−2" in text                        # the penalty line, with a real minus
    assert "Нарушение срока исполнения поручения" in text


def test_decimal_scores_and_points_print_like_the_domain_rounds() -> None:
    from desktop_app.reports.evaluation_data import PointLine

    data = sheet(score=Decimal("3.995"), bonus_lines=(PointLine(L("Іс", "Дело"), Decimal("2.50"), "", 3, ""),),
                 penalty_lines=())
    text = pdf_text(render_sheet(data, "ru"))
    assert "4,00" in text                      # half up, domain/methodology/rounding.py
    assert "+2,5" in text
    assert "Нет" in text                       # no penalty lines


def test_signature_places_for_evaluator_evaluee_and_hr() -> None:
    text = pdf_text(render_sheet(sheet(), "ru"))
    assert "Оценивающее лицо" in text and "Нурмаганбетов Ергали Кайратович" in text
    assert "С результатом ознакомлена" in text and "(а)" not in text   # Сериковна: the feminine form
    assert "С результатом ознакомлен " in pdf_text(render_sheet(sheet(employee_male=True), "ru"))
    assert "Руководитель службы управления персоналом" in text and "Кудайбергенова Гульнур" in text
    assert text.count("________________ /") == 3


def test_dismissed_evaluee_is_marked_evaluated_without_participation() -> None:
    data = sheet(without_participation=True, dismissal_date=date(2026, 3, 10),
                 notice_note="SMS 22.04.2026")
    text = pdf_text(render_sheet(data, "ru"))
    assert "Служащий уволен 10.03.2026: оценка проведена без его участия (пункт 6 Методики)" in text
    assert "Извещение (пункт 9 Методики): SMS 22.04.2026" in text
    assert "С результатом ознакомлен" not in text     # nobody to sign for the dismissed evaluee
    assert text.count("________________ /") == 2


def test_all_sheets_of_a_quarter_in_one_pdf_each_from_a_new_page() -> None:
    one = render_sheets([sheet()], "kk")
    three = render_sheets([sheet(), sheet(employee=L("Сейітов Асқар", "Сеитов Аскар")),
                           sheet(employee=L("Өтепова Мөлдір", "Утепова Молдир"))], "kk")
    assert page_count(three) == 3 * page_count(one)
    text = pdf_text(three)
    assert text.count("БАҒАЛАУ ПАРАҒЫ") == 3
    assert "Сейітов Асқар" in text and "Өтепова Мөлдір" in text


def test_sheet_without_criteria_or_score_still_renders() -> None:
    text = pdf_text(render_sheet(sheet(criteria=(), score=None, grade=None, bonus_lines=(), penalty_lines=(),
                                       comments=""), "kk"))
    assert "Бағалау өлшемшарттары" not in text
    assert "—" in text


def test_recorded_dates_fill_the_signature_lines() -> None:
    text = pdf_text(render_sheet(sheet(acknowledged_on=date(2026, 4, 16)), "ru"))
    assert "Дата: 14.04.2026" in text          # signed by the evaluator
    assert "Дата: 16.04.2026" in text          # received by the evaluee (001 §9)
    assert text.count("Дата: «___»") == 1      # the HR line stays blank


def test_pages_are_numbered_within_each_sheet_of_a_bundle() -> None:
    """Sheets are handed out one by one: "page 1 of 2" of that sheet, not of the whole bundle."""
    long_comment = "\n".join(["Жұмысы жоғары деңгейде. Работа на высоком уровне."] * 40)
    data = render_sheets([sheet(comments=long_comment), sheet()], "ru")
    import io

    from pypdf import PdfReader

    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    short = len(PdfReader(io.BytesIO(render_sheets([sheet()], "ru"))).pages)
    long = len(pages) - short
    assert long > short >= 1
    for i in range(long):
        assert f"Стр. {i + 1} из {long}" in pages[i]
    for i in range(short):
        assert f"Стр. {i + 1} из {short}" in pages[long + i]


def test_calibrated_score_shows_original_adopted_and_protocol_and_no_early_signature_date() -> None:
    """001 §22: the sheet of a calibrated score names the original, the adopted score and the protocol;
    the evaluee acknowledges the adopted score at the feedback meeting, never before the session."""
    from desktop_app.reports.evaluation_data import CalibrationNote

    early = CalibrationNote(1.1, "7", date(2026, 4, 25), feedback_on=None)
    data = sheet(score=1.6, final_after_calibration=True, calibration=early, acknowledged_on=date(2026, 4, 16),
                 finalised_on=date(2026, 4, 22))
    ru = pdf_text(render_sheet(data, "ru"))
    assert "Балл, выставленный оценивающим лицом 1,10" in ru
    assert "Балл, принятый калибровочной сессией 1,60" in ru
    assert "протокол калибровочной сессии № 7 от 25.04.2026" in ru
    assert "16.04.2026" not in ru and "22.04.2026" not in ru    # both precede the session of 25.04
    kk = pdf_text(render_sheet(data, "kk"))
    assert "2026 жылғы 25 сәуірдегі № 7 хаттамасы" in kk
    later = CalibrationNote(1.1, "7", date(2026, 4, 25), feedback_on=date(2026, 4, 28))
    ru = pdf_text(render_sheet(sheet(score=1.6, calibration=later, finalised_on=date(2026, 4, 29)), "ru"))
    assert "Дата: 28.04.2026" in ru and "Дата: 29.04.2026" in ru


def test_sheet_body_is_at_least_12_pt() -> None:
    import io

    from pypdf import PdfReader

    sizes: list[float] = []
    page = PdfReader(io.BytesIO(render_sheet(sheet(), "both"))).pages[0]

    def visit(text: str, _cm: object, tm: list[float], _fd: object, size: float) -> None:
        if text.strip():
            sizes.append(size * abs(tm[0]))

    page.extract_text(visitor_text=visit)
    body = [s for s in sizes if s > 9]        # the running head and the page number are small print
    assert body and min(body) >= 12


def test_sheets_of_a_unit_follow_the_alphabet_of_the_document() -> None:
    """Kazakh order puts Қ before І; Russian puts И before К."""
    first = sheet(employee=L("Іскаков Нұрлан", "Искаков Нурлан"))
    second = sheet(employee=L("Қасымов Ерлан", "Касымов Ерлан"))
    kk = pdf_text(render_sheets([first, second], "kk"))
    ru = pdf_text(render_sheets([first, second], "ru"))
    assert kk.index("Қасымов Ерлан") < kk.index("Іскаков Нұрлан")
    assert ru.index("Искаков Нурлан") < ru.index("Касымов Ерлан")


def test_the_way_a_dismissed_evaluee_was_told_is_written_in_each_copys_language() -> None:
    data = sheet(without_participation=True, dismissal_date=date(2026, 3, 10),
                 notice_note=L("жеделхат, 22.04.2026", "телеграмма, 22.04.2026"))
    kk, ru = pdf_text(render_sheet(data, "kk")), pdf_text(render_sheet(data, "ru"))
    assert "Хабарлау (Әдістеменің 9-тармағы): жеделхат, 22.04.2026" in kk and "телеграмма" not in kk
    assert "Извещение (пункт 9 Методики): телеграмма, 22.04.2026" in ru and "жеделхат" not in ru


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_bold_score_and_grade_stay_inside_their_cells(lang: str) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop_app.bench.documents import GRADES
    from desktop_app.reports.sheet_pdf import SheetPdf

    document = SheetPdf(lang)  # type: ignore[arg-type]
    for grade in GRADES:
        table = document.result_table(sheet(grade=grade))
        width = table._colWidths[1] - 5
        for line in table._cellvalues[1][1].split("\n"):    # printed in bold (the grade row)
            assert stringWidth(line, f"{document.font}-Bold", document.base_size) <= width, line
