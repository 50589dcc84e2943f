"""Calendar quarters, the period of every evaluation (001 §2.7: the quarter is three calendar months)."""
from __future__ import annotations

import calendar as _cal
from datetime import date


def quarter_of(day: date) -> tuple[int, int]:
    """(year, quarter) that `day` falls in."""
    return day.year, (day.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of a calendar quarter (001 §2.7)."""
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1..4, got {quarter}")
    first_month = 3 * (quarter - 1) + 1
    last_month = first_month + 2
    return date(year, first_month, 1), date(year, last_month, _cal.monthrange(year, last_month)[1])


def previous_quarter(day: date) -> tuple[int, int]:
    """(year, quarter) of the quarter before the one `day` falls in: the last finished quarter."""
    year, quarter = quarter_of(day)
    return (year - 1, 4) if quarter == 1 else (year, quarter - 1)
