"""The notice letter to a dismissed employee (001 §6, §9–§11, §13)."""
from __future__ import annotations

from dataclasses import replace

from desktop_app.reports.notice_pdf import render_notice, render_notices
from tests.reports.evaluation_samples import notice
from tests.reports.pdf_check import KAZAKH_LETTERS, non_embedded_fonts, page_count, pdf_text


def test_russian_letter_states_result_rights_and_method() -> None:
    text = pdf_text(render_notice(notice(), "ru"))
    assert "Уведомление о результатах оценки деятельности" in text
    assert "Габдуллин Даурен Бахытович" in text and "Әл-Фараби" in text         # addressee and address
    assert "Исх. № 04-12/118 от 22.04.2026" in text
    assert "Способ направления: заказное письмо с уведомлением" in text          # 001 §9
    assert "за 1 квартал 2026 года проведена без Вашего участия в связи с увольнением 10 марта 2026 года" in text  # §6
    assert "Результат оценки: 3,25 балла — «Выполняет функциональные обязанности надлежащим образом»" in text
    assert "в течение пяти рабочих дней" in text and "калибровочной сессии" in text    # 001 §10
    assert "(руководитель аппарата акима района Оспанов К.)" in text   # a small letter inside a sentence
    assert "Административным процедурно-процессуальным кодексом" in text              # 001 §11
    assert "конфиденциальной информацией" in text                                      # 001 §13
    assert "Кудайбергенова Гульнур" in text


def test_kazakh_letter() -> None:
    data = render_notice(notice(), "kk")
    text = pdf_text(data)
    assert "Қызметті бағалау нәтижелері туралы хабарлама" in text
    assert "Құрметті Дәурен Бақытұлы!" in text          # name and patronymic: the surname is above
    assert "бес жұмыс күні" in text and "калибрлеу сессиясын өткізу" in text
    assert "Уведомление" not in text
    assert non_embedded_fonts(data) == set()
    assert set("әғқңөұүі") <= set(text)


def test_both_is_the_kazakh_letter_then_the_russian_one() -> None:
    one = render_notice(notice(), "kk")
    both = render_notice(notice(), "both")
    assert page_count(both) == 2 * page_count(one)
    text = pdf_text(both)
    assert text.index("туралы хабарлама") < text.index("Уведомление о результатах")


def test_letters_of_several_people_and_a_missing_score() -> None:
    other = replace(notice(), score=None, grade=None, employee=replace(notice().employee, kk="Һамитов Ерлан",
                                                                       ru="Хамитов Ерлан"))
    text = pdf_text(render_notices([notice(), other], "ru"))
    assert "Габдуллин Даурен" in text and "Хамитов Ерлан" in text
    assert "Результат оценки: балл не выставлен." in text
    assert KAZAKH_LETTERS & set(text)


def test_russian_letter_agrees_with_the_addressee_and_has_the_receipt_line() -> None:
    """No "Уважаемый(ая)": the form follows the addressee; the receipt line has its date (001 §10)."""
    from desktop_app.reports.labels import L

    woman = notice().__class__(**{**notice().__dict__, "employee": L("Өтепова Мөлдір Серікқызы",
                                                                     "Утепова Молдир Сериковна"),
                                  "addressee_male": False})
    text = pdf_text(render_notice(woman, "ru"))
    assert "Уважаемая Молдир Сериковна!" in text and "(ая)" not in text
    assert "Уведомление получила" in text and "Дата: «___»" in text
    assert "Руководитель службы управления персоналом" in text
    kk = pdf_text(render_notice(woman, "kk"))
    assert "Хабарламамен таныстым" in kk and "Күні:" in kk


def test_each_language_copy_of_a_bilingual_letter_is_numbered_in_its_language() -> None:
    import io

    from pypdf import PdfReader

    pages = [p.extract_text() for p in PdfReader(io.BytesIO(render_notice(notice(), "both"))).pages]
    kk = [p for p in pages if "хабарлама" in p.lower()]
    ru = [p for p in pages if "Уведомление о результатах" in p]
    assert kk and ru and all("бет /" in p for p in kk) and all("Стр. " in p and "бет" not in p for p in ru)
