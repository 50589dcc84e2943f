"""Deadlines of the evaluation, moved off non-working days (001 §4, §9, §10; 004 §13.15)."""
from __future__ import annotations

import calendar as _cal
from datetime import date

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.methodology.deadlines import annual_due, appeal_due, quarter_due
from desktop_app.domain.methodology.model import Deadlines

_DEFAULT = Deadlines()


def _month_after_quarter(year: int, quarter: int) -> tuple[int, int]:
    month = 3 * quarter + 1
    return (year + 1, 1) if month == 13 else (year, month)


def quarter_deadline(cal: WorkCalendar, year: int, quarter: int, d: Deadlines = _DEFAULT) -> date:
    """No later than the 20th of the month after the quarter (001 §4), next working day if needed."""
    return quarter_due(d, year, quarter, cal)


def annual_deadline(cal: WorkCalendar, year: int, d: Deadlines = _DEFAULT) -> date:
    """The annual result no later than 30 January of the next year (001 §4)."""
    return annual_due(d, year, cal)


def notice_deadline(cal: WorkCalendar, year: int, quarter: int, d: Deadlines = _DEFAULT) -> date:
    """A dismissed evaluee is told within the month after the quarter (001 §9): its last day, or the
    next working day when that is a day off (004 §13.15)."""
    y, m = _month_after_quarter(year, quarter)
    for _ in range(max(d.dismissed_notice_months, 1) - 1):
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return cal.deadline(date(y, m, _cal.monthrange(y, m)[1]))


def appeal_window_end(cal: WorkCalendar, received_on: date, d: Deadlines = _DEFAULT) -> date:
    """The last day to apply for a calibration session: 5 working days after receipt (001 §10)."""
    return appeal_due(d, received_on, cal)
