"""The government's list of transferred days off for one year, read from a small table.

Each year the Government moves days off by a resolution (e.g. a Saturday becomes a working day and a
Monday a day off). The `holidays` package has these transfers only up to 2025 (TOOLCHAIN.md), so the
office imports the year's list instead of typing each day: a row per date with "working" or "day off"
and the act. Columns are found by their header, in Kazakh or Russian (or English). Every error is
reported with its line, and nothing is imported while any remains.

It also names the holidays the package only estimates (Kurban ait follows the lunar calendar, and the
package marks such dates "(estimated)"): the Calendar page shows them "to confirm" until the office
confirms or moves them with an override of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.text import fold

HEADERS: dict[str, tuple[str, ...]] = {
    "date": ("дата", "күні", "күн", "date"),
    "kind": ("вид дня", "вид", "тип", "рабочий/выходной", "күн түрі", "түрі", "kind", "type"),
    "act": ("акт", "основание", "постановление", "негіздеме", "қаулы", "act"),
}
WORKING = {"рабочий", "рабочий день", "жұмыс", "жұмыс күні", "working", "working day", "1"}
DAY_OFF = {"выходной", "выходной день", "нерабочий", "демалыс", "демалыс күні", "day off", "holiday", "0"}
_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y")


@dataclass(frozen=True)
class Transfer:
    day: date
    is_working: bool
    act: str


def _header_key(text: str) -> str | None:
    t = " ".join(fold(text).replace(":", " ").split())
    for key, names in HEADERS.items():
        if t in names:
            return key
    return None


def _parse_date(text: str) -> date | None:
    t = text.strip()
    if " " in t:   # a spreadsheet date-time "2027-05-17 00:00:00"
        t = t.split(" ")[0]
    for f in _DATE_FORMATS:
        try:
            return datetime.strptime(t, f).date()
        except ValueError:
            continue
    return None


def parse_transfers(rows: list[list[str]], year: int) -> list[Transfer]:
    """Rows of the table (header first) → the year's transfers; refuses the whole list on any error."""
    header_at, columns = None, {}
    for i, row in enumerate(rows[:10]):
        found = {k: j for j, c in enumerate(row) if (k := _header_key(c))}
        if "date" in found and "kind" in found:
            header_at, columns = i, found
            break
    if header_at is None:
        raise ValidationError(msg(N_("msg", "The table needs a column \"Дата\" / \"Күні\" and a column \"Вид дня\" / "
                                            "\"Күн түрі\" (рабочий / выходной), and may have \"Акт\" / \"Негіздеме\".")))
    errors: list[Msg] = []
    out: dict[date, Transfer] = {}
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        def cell(key: str, row: list[str] = row) -> str:
            j = columns.get(key)
            return row[j].strip() if j is not None and j < len(row) else ""
        if not any(c.strip() for c in row):
            continue
        day = _parse_date(cell("date"))
        kind = " ".join(fold(cell("kind")).split())
        if day is None:
            errors.append(msg(N_("msg", "Line {line}: \"{value}\" is not a date (write 17.05.2027)."), line=number,
                              value=cell("date")))
            continue
        if day.year != year:
            errors.append(msg(N_("msg", "Line {line}: {day} is not in {year}, the year being imported."),
                              line=number, day=day.strftime("%d.%m.%Y"), year=year))
            continue
        if kind in WORKING:
            working = True
        elif kind in DAY_OFF:
            working = False
        else:
            errors.append(msg(N_("msg", "Line {line}: \"{value}\" — write \"рабочий\" / \"жұмыс күні\" or "
                                        "\"выходной\" / \"демалыс\"."), line=number, value=cell("kind")))
            continue
        previous = out.get(day)
        if previous is not None and previous.is_working != working:
            errors.append(msg(N_("msg", "Line {line}: {day} is listed both as a working day and as a day off."),
                              line=number, day=day.strftime("%d.%m.%Y")))
            continue
        out[day] = Transfer(day, working, cell("act"))
    if errors:
        raise ValidationError(errors)
    if not out:
        raise ValidationError(msg(N_("msg", "The table has no dates to import.")))
    return sorted(out.values(), key=lambda t: t.day)


_ESTIMATED = re.compile(r"\(estimated\)")


@lru_cache(maxsize=32)
def estimated_holidays(year: int) -> dict[date, str]:
    """Holidays the `holidays` package only estimates for `year` (e.g. Kurban ait), name in Kazakh.

    The package marks them "(estimated)" in its English names; the Kazakh name carries its own mark."""
    import holidays  # imported lazily, as in domain/calendar.py

    en = holidays.KZ(years=year, language="en_US")
    kk = holidays.KZ(years=year, language="kk")
    return {d: kk.get(d, name) for d, name in en.items() if _ESTIMATED.search(name)}
