"""How numbers and dates are written in the running text of a Kazakh or Russian paper (GLOSSARY.md).

Kazakh: a date in a sentence takes its case on the month: "2026 жылғы 12 қазандағы" (of), "28 қазанға дейін"
(until: "дейін" governs the dative). The suffix follows the month's last sound, so the forms are listed, not
glued. Russian: a counted noun agrees with the number ("1 рабочий день", "3 рабочих дня", "64 рабочих дня").
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

MONTHS_KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
             "қазан", "қараша", "желтоқсан")
MONTHS_KK_DATIVE = ("қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға", "шілдеге", "тамызға",
                    "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға")
MONTHS_KK_LOCATIVE_ATTR = ("қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
                           "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы")
MONTHS_RU_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                      "октября", "ноября", "декабря")


def kk_date(d: date) -> str:
    """"2026 жылғы 12 қазан" — a date standing alone (a heading, a date line)."""
    return f"{d.year} жылғы {d.day} {MONTHS_KK[d.month - 1]}"


def kk_date_of(d: date) -> str:
    """"2026 жылғы 12 қазандағы" — a date before the noun it dates ("… қазандағы № 5 хаттама")."""
    return f"{d.year} жылғы {d.day} {MONTHS_KK_LOCATIVE_ATTR[d.month - 1]}"


def kk_until(d: date) -> str:
    """"2026 жылғы 28 қазанға дейін" — a deadline."""
    return f"{d.year} жылғы {d.day} {MONTHS_KK_DATIVE[d.month - 1]} дейін"


def ru_date(d: date) -> str:
    """"12 октября 2026 года"."""
    return f"{d.day} {MONTHS_RU_GENITIVE[d.month - 1]} {d.year} года"


def ru_until(d: date) -> str:
    """"до 28 октября 2026 года"."""
    return f"до {ru_date(d)}"


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """The form agreeing with n: 1 день, 2–4 дня, 5–20 дней, 21 день, 22 дня, 111 дней."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def ru_points_word(value: float | Decimal | int) -> str:
    """"балл" agreeing with a number as printed without trailing zeros: 1 балл, 4 балла, 30 баллов, and
    a fraction the genitive singular (0,48 балла)."""
    number = Decimal(str(value))
    if number != number.to_integral_value():
        return "балла"
    return ru_plural(int(number), "балл", "балла", "баллов")


def ru_count(n: int, one: str, few: str, many: str) -> str:
    """"64 рабочих дня"."""
    return f"{n} {ru_plural(n, one, few, many)}"


def quarter_kk(year: int, quarter: int) -> str:
    """The quarter, written one way in every Kazakh paper (GLOSSARY.md): "2026 жылғы 3-тоқсан"."""
    return f"{year} жылғы {quarter}-тоқсан"


def quarter_ru(year: int, quarter: int) -> str:
    """"3 квартал 2026 года" (GLOSSARY.md)."""
    return f"{quarter} квартал {year} года"
