"""Working days of Kazakhstan with office overrides; deadlines move off non-working days (004 §13.15)."""
from datetime import date

from desktop_app.domain.calendar import WorkCalendar


def test_weekends_and_public_holidays_are_not_working_days() -> None:
    cal = WorkCalendar()
    assert cal.is_working_day(date(2026, 11, 20))        # Friday
    assert not cal.is_working_day(date(2026, 11, 21))    # Saturday
    assert not cal.is_working_day(date(2026, 3, 23))     # Nauryz, Monday
    assert not cal.is_working_day(date(2026, 3, 25))     # Nauryz observed (21st fell on Saturday)
    assert cal.is_working_day(date(2026, 3, 26))


def test_office_overrides_win() -> None:
    cal = WorkCalendar({date(2026, 11, 21): True, date(2026, 11, 20): False})
    assert cal.is_working_day(date(2026, 11, 21))
    assert not cal.is_working_day(date(2026, 11, 20))


def test_deadline_on_a_holiday_moves_to_next_working_day() -> None:
    cal = WorkCalendar()
    # 20 December 2026 is a Sunday -> Monday 21 December
    assert cal.deadline(date(2026, 12, 20)) == date(2026, 12, 21)
    # 20 January 2026 is a Tuesday: unchanged
    assert cal.deadline(date(2026, 1, 20)) == date(2026, 1, 20)


def test_working_days_across_nauryz() -> None:
    cal = WorkCalendar()
    # Application on Friday 20 March 2026; 21-25 March are Nauryz days off (with observed days)
    assert cal.add_working_days(date(2026, 3, 20), 1) == date(2026, 3, 26)
    assert cal.add_working_days(date(2026, 3, 20), 5) == date(2026, 4, 1)
    assert cal.count_working_days(date(2026, 3, 1), date(2026, 3, 31)) == 18


def test_count_spans_years() -> None:
    cal = WorkCalendar()
    assert cal.count_working_days(date(2025, 12, 29), date(2026, 1, 5)) == 4  # 29,30,31 Dec; 5 Jan
    assert cal.working_days(date(2026, 1, 1), date(2026, 1, 6)) == [date(2026, 1, 5), date(2026, 1, 6)]
