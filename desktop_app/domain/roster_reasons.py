"""Roster decisions in words: the reason and the evaluator rule as translatable messages."""
from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.domain.i18n import N_, Msg, Plural, Spelled, msg
from desktop_app.domain.roster import EvaluatorRule, Reason, RosterDecision


def _d(value: Any) -> str:
    return date.fromisoformat(value).strftime("%d.%m.%Y") if isinstance(value, str) else str(value)


def missing_evaluator_msg() -> Msg:
    """An included line with nobody to evaluate it (001 §16): say what to set, never "evaluated"."""
    return msg(N_("msg", "No evaluator: no corps \"B\" position above this one is held. Write the evaluator "
                         "outside corps \"B\" (the akim, the maslikhat secretary) on the organisation card or on "
                         "the unit, or choose one with Override (Methodology, item 16)."))


def reason_msg(d: RosterDecision) -> Msg:
    """The reason, and when the one-month rule of 001 §5 was read from the appointment day rather than from
    the start of the quarter, a sentence that says so (the roster names the reading applied)."""
    base = _reason_msg(d)
    a = d.reason_args
    if d.reason is not Reason.SHORT_TENURE and a.get("reading") == "from_appointment" and a.get("appointed"):
        note = msg(N_("msg", "Less than a month in the position in this quarter, but the month of paragraph 5 of "
                             "the Methodology is counted from the appointment on {appointed}: that rule does "
                             "not exclude."), appointed=_d(a.get("appointed")))
        return msg(N_("msg", "{reason} {note}"), reason=base, note=note)
    return base


def _days(n: int) -> Plural:
    """"1 рабочий день / 3 рабочих дня / 64 рабочих дня" (the Russian plural rule; Kazakh has one form)."""
    return Plural(int(n), N_("Plural", "{n} working day(s)"))


def _reason_msg(d: RosterDecision) -> Msg:
    a = d.reason_args
    if d.included and not d.has_evaluator:
        return missing_evaluator_msg()
    if d.reason is Reason.ELIGIBLE:
        return msg(N_("msg", "Evaluated: {worked} worked in the quarter (Methodology, item 5)."),
                   worked=_days(a.get("worked", d.worked_days)))
    if d.reason is Reason.SECONDED:
        return msg(N_("msg", "Seconded in: evaluated for the secondment period {start}–{end} (Methodology, item 3)."),
                   start=_d(a.get("start")), end=_d(a.get("end")))
    if d.reason is Reason.DISMISSED:
        return msg(N_("msg", "Dismissed on {day}: evaluated without their participation (Methodology, item 6)."),
                   day=_d(a.get("dismissed")))
    if d.reason is Reason.SHORT_TENURE and a.get("appointed"):
        return msg(N_("msg", "Not evaluated: less than one month from the appointment on {appointed} to {end} "
                             "(paragraph 5 of the Methodology; the month is counted from the day of "
                             "appointment)."), appointed=_d(a.get("appointed")), end=_d(a.get("end")))
    if d.reason is Reason.SHORT_TENURE:
        return msg(N_("msg", "Not evaluated: less than one month in the position in the quarter, "
                             "{start}–{end} (Methodology, item 5)."), start=_d(a.get("start")), end=_d(a.get("end")))
    if d.reason is Reason.FEW_WORKED_DAYS:
        return msg(N_("msg", "Not evaluated: {worked} actually worked, fewer than 15 (Methodology, item 5)."),
                   worked=_days(a.get("worked", d.worked_days)))
    if d.included:
        return msg(N_("msg", "Included by the HR specialist: {reason}"), reason=d.override_reason)
    return msg(N_("msg", "Excluded by the HR specialist: {reason}"), reason=d.override_reason)


def rule_msg(d: RosterDecision) -> Msg:
    r = d.evaluator_rule
    if r is EvaluatorRule.DIRECT_SUPERVISOR:
        return msg(N_("msg", "Categories E-1, E-2, E-R-1: the direct supervisor, form 1 (Methodology, item 16)."))
    if r is EvaluatorRule.HEAD_LEADERSHIP:
        return msg(N_("msg", "Leadership position: the head of the unit or body, form 1 (Methodology, item 16)."))
    if r is EvaluatorRule.HEAD_OTHER:
        return msg(N_("msg", "The head of the unit or body, form 2 (Methodology, item 16)."))
    if r is EvaluatorRule.EXTERNAL:
        where = (N_("msg", "set on the unit") if d.external is not None and d.external.unit_id is not None
                 else N_("msg", "set on the organisation card"))
        return msg(N_("msg", "The head of the body outside corps \"B\", {where}, form {form} (Methodology, "
                             "item 16)."), where=msg(where), form=d.form or 1)
    if r is EvaluatorRule.OVERRIDE:
        return msg(N_("msg", "Evaluator chosen by the HR specialist: {reason}"), reason=d.override_reason)
    return msg(N_("msg", "No evaluator found: the position above is vacant or not set (Methodology, item 16)."))


def acting_msg(acting_for_name: str | Spelled) -> Msg:
    return msg(N_("msg", "Acts for the absent evaluator {name} (Methodology, item 3)."), name=acting_for_name)


def overloaded_msg(count: int) -> Msg:
    return msg(N_("msg", "The evaluator has {count} evaluees, more than 20: servants designated by the "
                         "evaluator also evaluate (Methodology, item 17)."), count=count)



def provisional_msg() -> Msg:
    """001 §5 counts days actually worked: while the quarter runs, only the days up to today are known."""
    return msg(N_("msg", "Provisional: the quarter is still running, worked days are counted up to the day the "
                         "roster was built; rebuild the roster after the quarter ends (Methodology, item 5)."))
