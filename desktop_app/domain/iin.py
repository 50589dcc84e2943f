"""ИИН (individual identification number) of a citizen of Kazakhstan: check and decode.

DOMAIN.md "ИИН": 12 digits — YYMMDD, a century/sex digit (1–6), 4 serial digits and a check digit.
Check digit = Σ dᵢ·i (i = 1..11) mod 11; if that is 10, recompute with weights 3,4,5,6,7,8,9,10,11,1,2;
if 10 again the number is invalid. Century digit 1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s; odd = male.
Each failure has its own message so the user learns exactly what is wrong.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg

_WEIGHTS_1 = tuple(range(1, 12))
_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


@dataclass(frozen=True)
class IinInfo:
    """What an ИИН says about its holder."""

    iin: str
    birth_date: date
    male: bool


def check_digit(first11: str) -> int | None:
    """The check digit for the first 11 digits, or None when no digit is possible (both sums give 10)."""
    digits = [int(c) for c in first11]
    value = sum(d * w for d, w in zip(digits, _WEIGHTS_1, strict=False)) % 11
    if value == 10:
        value = sum(d * w for d, w in zip(digits, _WEIGHTS_2, strict=False)) % 11
        if value == 10:
            return None
    return value


def normalise_iin(text: str) -> str:
    """Drop spaces a user may type or paste ("791028 302728")."""
    return "".join(text.split())


def parse_iin(text: str) -> IinInfo:
    """Decode a valid ИИН; raise ValidationError (field "iin") naming the first thing wrong."""
    iin = normalise_iin(text)
    if not iin:
        raise ValidationError(msg(N_("msg", "The ИИН is empty.")), field="iin")
    if not iin.isascii() or not iin.isdigit():
        raise ValidationError(msg(N_("msg", "The ИИН {iin} must contain digits only."), iin=iin), field="iin")
    if len(iin) != 12:
        raise ValidationError(msg(N_("msg", "The ИИН must have 12 digits, {iin} has {n}."), iin=iin, n=len(iin)),
                              field="iin")
    century_digit = int(iin[6])
    if century_digit not in _CENTURY:
        raise ValidationError(msg(N_("msg", "The 7th digit of the ИИН {iin} (century and sex) must be 1 to 6, "
                                          "not {digit}."), iin=iin, digit=century_digit), field="iin")
    year = _CENTURY[century_digit] + int(iin[0:2])
    try:
        born = date(year, int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        raise ValidationError(msg(N_("msg", "The ИИН {iin} starts with a date of birth that does not exist "
                                          "({day}.{month}.{year})."),
                                  iin=iin, day=iin[4:6], month=iin[2:4], year=year), field="iin") from None
    expected = check_digit(iin[:11])
    if expected is None or expected != int(iin[11]):
        raise ValidationError(msg(N_("msg", "The ИИН {iin} has a wrong check digit: it is mistyped."), iin=iin),
                              field="iin")
    return IinInfo(iin, born, century_digit % 2 == 1)


def is_valid_iin(text: str) -> bool:
    try:
        parse_iin(text)
    except ValidationError:
        return False
    return True


def make_iin(born: date, male: bool, serial: int) -> str | None:
    """Build a valid ИИН for a birth date, sex and 4-digit serial (demo and generated offices).

    Returns None when this serial has no possible check digit; the caller tries the next serial.
    """
    century = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100]
    digit = century if male else century + 1
    first11 = f"{born:%y%m%d}{digit}{serial % 10000:04d}"
    check = check_digit(first11)
    return None if check is None else first11 + str(check)
