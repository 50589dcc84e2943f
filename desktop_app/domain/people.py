"""Words about a person that depend on who they are: sex (for Russian grammar) and the order of names.

Russian papers never write "ознакомлен(а)": the form follows the person's sex, taken from the ИИН (its 7th
digit: odd = male, DOMAIN.md "ИИН") or, when the ИИН is missing or invalid, from the patronymic
("-ович" / "-овна", "-ұлы" / "-қызы"). Lists of names are sorted by the alphabet of the document's language:
Kazakh puts Ә after А, Ғ after Г, Қ after К, Ң after Н, Ө after О, Ұ Ү after У, Һ after Х, І after Ы.
"""
from __future__ import annotations

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.iin import IinInfo, normalise_iin, parse_iin

_MALE_ENDINGS = ("ович", "евич", "ьич", "ич", "ұлы", "улы", "оглы", "uly")
_FEMALE_ENDINGS = ("овна", "евна", "ична", "инична", "қызы", "кызы", "kyzy")


def sex_from_iin(iin: str | None) -> bool | None:
    """True = male, False = female, None when the ИИН does not say (missing or invalid)."""
    if not iin:
        return None
    try:
        info: IinInfo = parse_iin(normalise_iin(iin))
    except ValidationError:
        return None
    return info.male


def sex_from_name(full_name: str | None) -> bool | None:
    """From the patronymic (the last word of "Фамилия Имя Отчество", or "… ұлы/қызы")."""
    if not full_name:
        return None
    words = full_name.strip().casefold().split()
    if not words:
        return None
    last = words[-1]
    if last.endswith(_FEMALE_ENDINGS):
        return False
    if last.endswith(_MALE_ENDINGS):
        return True
    return None


def is_male(iin: str | None = None, full_name: str | None = None) -> bool:
    """The person's sex for grammar: the ИИН first, then the patronymic; the masculine when neither says
    (Russian official papers use the masculine as the unmarked form)."""
    for found in (sex_from_iin(iin), sex_from_name(full_name)):
        if found is not None:
            return found
    return True


def ru_by_sex(male: bool, masculine: str, feminine: str) -> str:
    """"ознакомлен" / "ознакомлена" — pick the form; never "ознакомлен(а)"."""
    return masculine if male else feminine


_KK_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RU_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_KK_ORDER = {c: i for i, c in enumerate(_KK_ALPHABET)}
_RU_ORDER = {c: i for i, c in enumerate(_RU_ALPHABET)}


def name_sort_key(name: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """A key that sorts names by the alphabet of `lang` ("kk" or "ru"); other letters come after, by code."""
    order = _RU_ORDER if lang == "ru" else _KK_ORDER
    out = []
    for c in name.casefold():
        if c in order:
            out.append((0, order[c], ""))
        elif c.isspace() or c in ".-":
            out.append((-1, 0, ""))       # "Ан Б." before "Ана": a word ends before a longer one
        else:
            out.append((1, ord(c), c))
    return tuple(out)
