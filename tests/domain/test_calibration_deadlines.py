"""Appeal deadlines on the working-day calendar (001 §10, §19, §20, §22; 004 §13.15), across Nauryz 2026."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from desktop_app.domain.appeal_deadlines import (
    AppealWindows,
    Stage,
    appeal_deadlines,
    filing_deadline,
    is_late,
    next_open_deadline,
)
from desktop_app.domain.calendar import WorkCalendar

CAL = WorkCalendar()


def test_filing_window_skips_nauryz_2026() -> None:
    # Result received Wed 18.03.2026; 21–25 March are days off (Nauryz with moved days), 28–29 a weekend.
    # 001 §10: five working days = 19, 20, 26, 27, 30 March.
    assert filing_deadline(CAL, date(2026, 3, 18)) == date(2026, 3, 30)
    assert not is_late(CAL, date(2026, 3, 18), date(2026, 3, 30))
    assert is_late(CAL, date(2026, 3, 18), date(2026, 3, 31))


def test_decision_and_session_windows_run_from_the_filing_day() -> None:
    states = {s.stage: s for s in appeal_deadlines(CAL, date(2026, 3, 18), date(2026, 3, 20))}
    assert states[Stage.DECIDE].due == date(2026, 3, 30)   # §19: 26, 27, 30 March
    assert states[Stage.HOLD].due == date(2026, 4, 8)      # §20: ten working days after Nauryz
    assert Stage.POST not in states                         # nothing signed yet


def test_posting_window_after_signing_on_a_friday_crosses_the_weekend() -> None:
    states = {s.stage: s for s in appeal_deadlines(CAL, date(2026, 3, 18), date(2026, 3, 20),
                                                  signed_on=date(2026, 4, 10))}
    assert states[Stage.POST].due == date(2026, 4, 15)     # §22: 13, 14, 15 April


def test_a_deadline_never_lands_on_a_day_off() -> None:
    # 004 §13.15; received on a Friday: 16..20 November.
    assert filing_deadline(CAL, date(2026, 11, 13)) == date(2026, 11, 20)
    # received just before Nauryz: deadline is a working day after the holidays
    due = filing_deadline(CAL, date(2026, 3, 20), AppealWindows(file_within=1))
    assert due == date(2026, 3, 26)


def test_overdue_and_next_open_step() -> None:
    states = appeal_deadlines(CAL, date(2026, 3, 18), date(2026, 3, 20), decided_on=date(2026, 3, 31))
    decide = next(s for s in states if s.stage is Stage.DECIDE)
    assert decide.overdue(date(2026, 3, 31))                # decided one working day late
    nxt = next_open_deadline(states)
    assert nxt is not None and nxt.stage is Stage.HOLD
    assert not nxt.overdue(date(2026, 4, 8))
    assert nxt.overdue(date(2026, 4, 9))
    assert nxt.days_left(CAL, date(2026, 4, 6)) == 2
    assert nxt.days_left(CAL, date(2026, 4, 10)) == -2


def test_windows_from_a_methodology_when_it_has_them() -> None:
    w = AppealWindows.from_methodology(SimpleNamespace(appeal_file_days=7, calibration_session_days=12))
    assert (w.file_within, w.decide_within, w.hold_within, w.post_within) == (7, 3, 12, 3)
    assert AppealWindows.from_methodology(None) == AppealWindows()
    from desktop_app.domain.methodology.model import Deadlines
    d = Deadlines()
    w = AppealWindows.from_methodology(d)
    assert (w.file_within, w.decide_within, w.hold_within, w.post_within) == (
        d.appeal_wd, d.decision_wd, d.session_wd, d.protocol_wd)
