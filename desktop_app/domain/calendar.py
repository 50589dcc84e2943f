"""Working-day calendar of Kazakhstan with the office's own overrides (DOMAIN.md "Working days").

Five-day week; public holidays from the `holidays` package (country KZ, with its observed-day
rule: a holiday on a weekend moves to the next working day). The package has no government-ordered
transfers after 2025, so the office keeps its own overrides: extra days off and working Saturdays.
Deadlines that fall on a non-working day move to the next working day (seed 004 §13.15).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache

ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> dict[date, str]:
    """Kazakhstan's public holidays (with observed days) of one year, names in Kazakh."""
    import holidays  # imported lazily: it is not needed to open the main window

    # TOOLCHAIN.md: always pass language, Russian is not available and would fall back silently.
    return dict(holidays.KZ(years=year, language="kk"))


class WorkCalendar:
    """Answers "is this a working day" and counts working days, quickly, for any span of years.

    `overrides` maps a date to True (a working day, e.g. a working Saturday) or False (a day off
    ordered by the government or the office); overrides win over the weekend and the package.
    """

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        self._overrides = dict(overrides or {})
        self._years: dict[int, list[date]] = {}

    def _working_days_of_year(self, year: int) -> list[date]:
        days = self._years.get(year)
        if days is None:
            hol = public_holidays(year)
            days = []
            d = date(year, 1, 1)
            while d.year == year:
                working = self._overrides.get(d)
                if working is None:
                    working = d.weekday() < 5 and d not in hol
                if working:
                    days.append(d)
                d += ONE_DAY
            self._years[year] = days
        return days

    def is_working_day(self, day: date) -> bool:
        days = self._working_days_of_year(day.year)
        i = bisect_left(days, day)
        return i < len(days) and days[i] == day

    def holiday_name(self, day: date) -> str | None:
        return public_holidays(day.year).get(day)

    def working_days(self, start: date, end: date) -> list[date]:
        """The working days from `start` to `end`, both included."""
        out: list[date] = []
        for year in range(start.year, end.year + 1):
            days = self._working_days_of_year(year)
            out.extend(days[bisect_left(days, start):bisect_right(days, end)])
        return out

    def count_working_days(self, start: date, end: date) -> int:
        if end < start:
            return 0
        total = 0
        for year in range(start.year, end.year + 1):
            days = self._working_days_of_year(year)
            total += bisect_right(days, end) - bisect_left(days, start)
        return total

    def next_working_day(self, day: date) -> date:
        """`day` itself when it is a working day, else the next one (seed 004 §13.15)."""
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` ("within n working days of start"), n >= 1.

        The day of the event itself is not counted, as is usual for "со дня" periods.
        """
        if n < 1:
            raise ValueError("n must be >= 1")
        d = start
        left = n
        while left:
            d += ONE_DAY
            if self.is_working_day(d):
                left -= 1
        return d

    def deadline(self, day: date) -> date:
        """A calendar-date deadline (e.g. the 20th of the next month), moved off a non-working day."""
        return self.next_working_day(day)


