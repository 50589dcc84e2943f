"""domain/people.py and domain/wording.py: sex for Russian grammar, name order, dates and plurals."""
from __future__ import annotations

from datetime import date

from desktop_app.domain.iin import make_iin
from desktop_app.domain.people import is_male, name_sort_key, ru_by_sex, sex_from_iin, sex_from_name
from desktop_app.domain.wording import kk_date_of, kk_until, quarter_kk, quarter_ru, ru_count, ru_until


def test_sex_from_iin_seventh_digit() -> None:
    assert sex_from_iin("791028302728") is True           # 7th digit 3: a man born in the 1900s
    woman = make_iin(date(1985, 4, 2), male=False, serial=17)
    assert woman is not None and woman[6] == "4"
    assert sex_from_iin(woman) is False
    assert sex_from_iin("791028302729") is None           # wrong check digit: the ИИН says nothing


def test_sex_from_patronymic_when_no_iin() -> None:
    assert sex_from_name("Кушербаев Даурен Бекович") is True
    assert sex_from_name("Ахметова Айгүл Серікқызы") is False
    assert sex_from_name("Иванова Мария Петровна") is False
    assert sex_from_name("Нұрлан Серік ұлы") is True
    assert sex_from_name("Ли Ен") is None
    # the ИИН wins over the name; with neither, the unmarked masculine
    assert is_male("791028302728", "Иванова Мария Петровна") is True
    assert is_male(None, "Иванова Мария Петровна") is False
    assert is_male(None, None) is True
    assert ru_by_sex(False, "ознакомлен", "ознакомлена") == "ознакомлена"


def test_kazakh_alphabet_order() -> None:
    names = ["Іскаков", "Һадиев", "Үсенов", "Ұлықов", "Өтепов", "Ңаев", "Қасымов", "Ғалымов", "Ахметов",
             "Әлиев", "Кенжин", "Гани", "Орынов", "Уәлиев", "Ысқақов", "Хасенов", "Нұров"]
    got = sorted(names, key=lambda n: name_sort_key(n, "kk"))
    assert got == ["Ахметов", "Әлиев", "Гани", "Ғалымов", "Кенжин", "Қасымов", "Нұров", "Ңаев", "Орынов",
                   "Өтепов", "Уәлиев", "Ұлықов", "Үсенов", "Хасенов", "Һадиев", "Ысқақов", "Іскаков"]
    assert sorted(["Ёлкин", "Жуков", "Ежов"], key=lambda n: name_sort_key(n, "ru")) == ["Ежов", "Ёлкин", "Жуков"]


def test_kazakh_dates_in_running_text() -> None:
    assert kk_date_of(date(2026, 10, 12)) == "2026 жылғы 12 қазандағы"
    assert kk_until(date(2026, 10, 28)) == "2026 жылғы 28 қазанға дейін"
    assert kk_until(date(2026, 4, 1)) == "2026 жылғы 1 сәуірге дейін"
    assert kk_until(date(2026, 9, 1)) == "2026 жылғы 1 қыркүйекке дейін"
    assert ru_until(date(2026, 10, 28)) == "до 28 октября 2026 года"
    assert quarter_kk(2026, 3) == "2026 жылғы 3-тоқсан"
    assert quarter_ru(2026, 3) == "3 квартал 2026 года"


def test_russian_plural_boundaries() -> None:
    forms = ("рабочий день", "рабочих дня", "рабочих дней")
    assert [ru_count(n, *forms) for n in (1, 3, 5, 11, 12, 21, 22, 64, 111, 114)] == [
        "1 рабочий день", "3 рабочих дня", "5 рабочих дней", "11 рабочих дней", "12 рабочих дней",
        "21 рабочий день", "22 рабочих дня", "64 рабочих дня", "111 рабочих дней", "114 рабочих дней"]


def test_points_word_agrees_with_the_number_as_printed() -> None:
    from decimal import Decimal

    from desktop_app.domain.wording import ru_points_word

    assert [ru_points_word(n) for n in (1, 2, 4, 5, 11, 21, 22, 30)] == \
        ["балл", "балла", "балла", "баллов", "баллов", "балл", "балла", "баллов"]
    assert ru_points_word(Decimal("0.48")) == "балла" and ru_points_word(2.5) == "балла"
    assert ru_points_word(Decimal("16.00")) == "баллов"       # printed "16": a whole number
