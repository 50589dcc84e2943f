"""Dates that cannot lie: when an event of an evaluation sheet may be dated (001 §4, §6, §9, §10).

The events are: signed by the evaluator, received by the evaluee (001 §9), made final, a dismissed
evaluee's notice (001 §9) and an appeal received (001 §10). None of them may be dated:

- in the future (after `today`): a record says what happened, not what is planned;
- on or before the quarter's last day: the evaluation is carried out "по итогам квартала" (001 §4),
  so the quarter has to be over first. The last day itself is refused because it is still a day of the
  evaluated period (worked days are counted up to it, 001 §5).

Dismissed servants (001 §6): an employee dismissed within the quarter is evaluated without their
participation for the period they served, which ended with their dismissal. Their sheet may therefore
be *signed* from the day after the dismissal, before the quarter is over. Telling them the result is
another matter: 001 §9 gives "the month following the quarter", so their notice — which is also their
receipt of the result — and everything after it still waits for the quarter's end.

A final date must also come after the appeal window (001 §10); see `evaluation.finalise`.
"""
from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, Msg, msg


class SheetEvent(StrEnum):
    SIGNED = "signed"
    RECEIVED = "received"
    FINAL = "final"
    NOTICE = "notice"
    APPEAL = "appeal"


_EVENT_NAMES: dict[SheetEvent, str] = {
    SheetEvent.SIGNED: N_("msg", "The signing date"),
    SheetEvent.RECEIVED: N_("msg", "The date the result was received"),
    SheetEvent.FINAL: N_("msg", "The final date"),
    SheetEvent.NOTICE: N_("msg", "The notice date"),
    SheetEvent.APPEAL: N_("msg", "The date the appeal was received"),
}


def _d(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def event_name(event: SheetEvent) -> Msg:
    return msg(_EVENT_NAMES[event])


def earliest_day(event: SheetEvent, quarter_end: date, dismissed_on: date | None = None) -> date:
    """The last day an event may NOT have: events come strictly after it.

    The quarter's last day (001 §4); for the signature of a servant dismissed within the quarter, their
    dismissal day (001 §6, see the module docstring)."""
    if event is SheetEvent.SIGNED and dismissed_on is not None and dismissed_on < quarter_end:
        return dismissed_on
    return quarter_end


def first_allowed_day(event: SheetEvent, quarter_end: date, dismissed_on: date | None = None) -> date:
    """The first day `event` may have: the day after the quarter's last day (001 §4) or, for the signature of
    a servant dismissed within the quarter, the day after the dismissal (001 §6)."""
    return earliest_day(event, quarter_end, dismissed_on) + timedelta(days=1)


def date_problem(event: SheetEvent, day: date, today: date, quarter_end: date,
                 dismissed_on: date | None = None) -> Msg | None:
    """Why `day` cannot be the date of `event`, or None when it can."""
    limit = earliest_day(event, quarter_end, dismissed_on)
    first = first_allowed_day(event, quarter_end, dismissed_on)
    if today <= limit and limit == quarter_end:
        # The quarter is still running: no date can pass today, so the reason is the quarter, said the
        # same way for every sheet (a batch groups identical reasons), not "in the future" (001 §4).
        return msg(N_("msg", "{event} — from {first} on: the quarter has not ended yet, its last day is "
                             "{limit} (Methodology, item 4)."), event=event_name(event), first=_d(first),
                   limit=_d(limit))
    if day > today:
        return msg(N_("msg", "{event} {day} is in the future: a sheet records what has happened, today "
                             "({today}) at the latest."), event=event_name(event), day=_d(day), today=_d(today))
    if day <= limit:
        if limit != quarter_end:
            return msg(N_("msg", "{event} {day} is too early: it must come after the dismissal day ({limit}), "
                                 "from {first} on; an employee dismissed within the quarter is evaluated after "
                                 "their service ended (Methodology, item 6)."),
                       event=event_name(event), day=_d(day), limit=_d(limit), first=_d(first))
        return msg(N_("msg", "{event} {day} is too early: it must come after the quarter's last day ({limit}), "
                             "from {first} on; the evaluation is carried out on the results of the quarter "
                             "(Methodology, item 4)."),
                   event=event_name(event), day=_d(day), limit=_d(limit), first=_d(first))
    return None


def check_event_date(event: SheetEvent, day: date, today: date, quarter_end: date,
                     dismissed_on: date | None = None, field: str = "day") -> None:
    problem = date_problem(event, day, today, quarter_end, dismissed_on)
    if problem is not None:
        raise ValidationError(problem, field=field)
