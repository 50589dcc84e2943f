"""Counts agree with their words by the language's plural rule: Russian three forms, Kazakh one."""
from __future__ import annotations

import pytest

from desktop_app.domain.i18n import N_, Plural, msg, plural_index

RU = {("Plural", "{n} working day(s)"): "{n} рабочий день|{n} рабочих дня|{n} рабочих дней",
      ("msg", "Evaluated: {worked} worked in the quarter (Methodology, item 5)."):
          "Оценивается: в квартале отработано {worked} (пункт 5 Методики).",
      ("RuleHelp", "Interface language code (kk or ru)"): "ru"}
KK = {("Plural", "{n} working day(s)"): "{n} жұмыс күні",
      ("RuleHelp", "Interface language code (kk or ru)"): "kk"}


def ru(context: str, text: str) -> str:
    return RU.get((context, text), text)


def kk(context: str, text: str) -> str:
    return KK.get((context, text), text)


@pytest.mark.parametrize(("n", "text"), [(1, "1 рабочий день"), (21, "21 рабочий день"), (3, "3 рабочих дня"),
                                         (64, "64 рабочих дня"), (22, "22 рабочих дня"), (5, "5 рабочих дней"),
                                         (11, "11 рабочих дней"), (12, "12 рабочих дней"), (0, "0 рабочих дней"),
                                         (111, "111 рабочих дней"), (101, "101 рабочий день")])
def test_russian_working_days_agree_with_the_number(n: int, text: str) -> None:
    assert Plural(n, N_("Plural", "{n} working day(s)")).render(ru) == text


@pytest.mark.parametrize("n", [1, 3, 64])
def test_kazakh_has_one_form(n: int) -> None:
    assert Plural(n, N_("Plural", "{n} working day(s)")).render(kk) == f"{n} жұмыс күні"


def test_a_plural_inside_a_message_is_rendered_in_the_message_language() -> None:
    m = msg(N_("msg", "Evaluated: {worked} worked in the quarter (Methodology, item 5)."),
            worked=Plural(64, N_("Plural", "{n} working day(s)")))
    assert m.render(ru) == "Оценивается: в квартале отработано 64 рабочих дня (пункт 5 Методики)."


def test_plural_index_by_cldr_rules() -> None:
    assert [plural_index("ru", n, 3) for n in (1, 2, 5, 21, 25)] == [0, 1, 2, 0, 2]
    assert plural_index("kk", 5, 1) == 0
