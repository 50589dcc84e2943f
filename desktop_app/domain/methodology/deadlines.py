"""Due dates of a methodology's deadlines (001 §4, §10, §19, §20, §22; 004 §13.15 next working day)."""
from __future__ import annotations

from calendar import monthrange
from datetime import date

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.methodology.model import Deadlines
from desktop_app.domain.quarters import quarter_bounds


def quarter_first_day(year: int, quarter: int) -> date:
    return quarter_bounds(year, quarter)[0]


def quarter_last_day(year: int, quarter: int) -> date:
    return quarter_bounds(year, quarter)[1]


def quarter_due(d: Deadlines, year: int, quarter: int, cal: WorkCalendar | None = None) -> date:
    """The `quarter_day` of the month after the quarter (001 §4), moved to a working day if `cal` is given."""
    month, y = (3 * quarter + 1, year) if quarter < 4 else (1, year + 1)
    day = date(y, month, min(d.quarter_day, monthrange(y, month)[1]))
    return cal.deadline(day) if cal else day


def annual_due(d: Deadlines, year: int, cal: WorkCalendar | None = None) -> date:
    """The annual result's date in the next year (001 §4: no later than 30 January)."""
    y = year + 1
    day = date(y, d.annual_month, min(d.annual_day, monthrange(y, d.annual_month)[1]))
    return cal.deadline(day) if cal else day


def appeal_due(d: Deadlines, received: date, cal: WorkCalendar) -> date:
    return cal.add_working_days(received, d.appeal_wd)      # 001 §10


def decision_due(d: Deadlines, applied: date, cal: WorkCalendar) -> date:
    return cal.add_working_days(applied, d.decision_wd)     # 001 §19


def session_due(d: Deadlines, applied: date, cal: WorkCalendar) -> date:
    return cal.add_working_days(applied, d.session_wd)      # 001 §20


def protocol_due(d: Deadlines, signed_on: date, cal: WorkCalendar) -> date:
    return cal.add_working_days(signed_on, d.protocol_wd)   # 001 §22
