"""Deadlines of an appeal on the working-day calendar (seed 001 §10, §19, §20, §22; 004 §13.15).

"Within n working days of X" = the n-th working day after X (the day of X itself is not counted);
`WorkCalendar.add_working_days` always lands on a working day, so 004 §13.15 (a deadline on a day off
moves to the next working day) holds by construction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from desktop_app.domain.calendar import WorkCalendar


@dataclass(frozen=True)
class AppealWindows:
    """Working-day windows; the defaults are seed 001's. A methodology may carry its own."""

    file_within: int = 5        # §10: appeal filed within 5 working days of receiving the result
    decide_within: int = 3      # §19: decision and members within 3 working days of the appeal
    hold_within: int = 10       # §20: session within 10 working days of the appeal
    post_within: int = 3        # §22: protocol posted within 3 working days of signing

    @classmethod
    def from_methodology(cls, deadlines: Any) -> AppealWindows:
        """Take the windows from a methodology's Deadlines object when it has them (by attribute name)."""
        if deadlines is None:
            return cls()
        names = {
            "file_within": ("appeal_wd", "appeal_file_days", "appeal_days", "appeal_filing_days"),
            "decide_within": ("decision_wd", "appeal_decision_days", "calibration_decision_days"),
            "hold_within": ("session_wd", "calibration_session_days", "session_days", "calibration_days"),
            "post_within": ("protocol_wd", "protocol_post_days", "protocol_days"),
        }
        values: dict[str, int] = {}
        for field_name, candidates in names.items():
            for attr in candidates:
                value = getattr(deadlines, attr, None)
                if isinstance(value, int) and value > 0:
                    values[field_name] = value
                    break
        return cls(**values)


class Stage(StrEnum):
    FILE = "file"        # §10
    DECIDE = "decide"    # §19
    HOLD = "hold"        # §20
    POST = "post"        # §22


@dataclass(frozen=True)
class DeadlineState:
    stage: Stage
    due: date
    done_on: date | None

    def overdue(self, today: date) -> bool:
        """Done late, or not done and the due day has passed."""
        return (self.done_on or today) > self.due

    def days_left(self, cal: WorkCalendar, today: date) -> int:
        """Working days from today to the due day, negative when overdue (0 = due today)."""
        if today <= self.due:
            return cal.count_working_days(today, self.due) - (1 if cal.is_working_day(today) else 0)
        return -cal.count_working_days(self.due, today) + (1 if cal.is_working_day(self.due) else 0)


def filing_deadline(cal: WorkCalendar, received_on: date, w: AppealWindows = AppealWindows()) -> date:
    return cal.add_working_days(received_on, w.file_within)


def is_late(cal: WorkCalendar, received_on: date, filed_on: date, w: AppealWindows = AppealWindows()) -> bool:
    """§10: a late appeal is flagged and needs the specialist's decision to be heard."""
    return filed_on > filing_deadline(cal, received_on, w)


def appeal_deadlines(cal: WorkCalendar, received_on: date, filed_on: date, *, decided_on: date | None = None,
                     held_on: date | None = None, signed_on: date | None = None, posted_on: date | None = None,
                     w: AppealWindows = AppealWindows()) -> list[DeadlineState]:
    """The four deadlines of one appeal, with the day each step was done (None = not yet)."""
    out = [
        DeadlineState(Stage.FILE, filing_deadline(cal, received_on, w), filed_on),
        DeadlineState(Stage.DECIDE, cal.add_working_days(filed_on, w.decide_within), decided_on),
        DeadlineState(Stage.HOLD, cal.add_working_days(filed_on, w.hold_within), held_on),
    ]
    if signed_on is not None:
        out.append(DeadlineState(Stage.POST, cal.add_working_days(signed_on, w.post_within), posted_on))
    return out


def next_open_deadline(states: list[DeadlineState]) -> DeadlineState | None:
    """The first step not yet done — what the dashboard shows for the appeal."""
    return next((s for s in states if s.done_on is None), None)
