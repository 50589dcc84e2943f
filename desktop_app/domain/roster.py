"""Who is evaluated in a quarter, by whom and on which form (seed 001 §3, §5, §6, §16, §17).

`build_roster(snapshot, calendar, year, quarter)` turns one in-memory `StaffSnapshot` into one
`RosterDecision` per employee who held a position during the quarter. Every decision carries a
reason code with its arguments and the seed paragraph, so that the roster page can say *why*.
No per-employee look-ups outside the snapshot: indexes are built once (2,000 staff in a few ms).
"""
from __future__ import annotations

import calendar as _cal
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.external_evaluator import ExternalEvaluator, pick
from desktop_app.domain.quarters import quarter_bounds  # re-exported: callers know it from here
from desktop_app.domain.staff import Absence, Appointment, AppointmentKind, StaffSnapshot

MIN_WORKED_DAYS = 15          # 001 §5: at least fifteen working days actually worked
MAX_EVALUEES = 20             # 001 §17: more than twenty evaluees → designated servants also evaluate
DIRECT_SUPERVISOR_CATEGORIES = frozenset({"E-1", "E-2", "E-R-1"})   # 001 §16 first paragraph


class RosterStatus(StrEnum):
    EVALUATED = "evaluated"
    WITHOUT_PARTICIPATION = "without_participation"   # dismissed within the quarter (001 §6)
    NOT_EVALUATED = "not_evaluated"


class Reason(StrEnum):
    """Why an employee is (not) evaluated. The UI renders each with its arguments (see reasons.py)."""

    ELIGIBLE = "eligible"              # 001 §5
    SECONDED = "seconded"              # 001 §3
    DISMISSED = "dismissed"            # 001 §6
    SHORT_TENURE = "short_tenure"      # 001 §5 first paragraph
    FEW_WORKED_DAYS = "few_worked_days"  # 001 §5 second paragraph
    OVERRIDE = "override"              # the specialist's written decision


class EvaluatorRule(StrEnum):
    DIRECT_SUPERVISOR = "direct_supervisor"      # 001 §16 ¶1: E-1, E-2, E-R-1, form 1
    HEAD_LEADERSHIP = "head_leadership"          # 001 §16 ¶2: other leadership, form 1
    HEAD_OTHER = "head_other"                    # 001 §16 ¶3: everyone else, form 2
    NONE_FOUND = "none_found"                    # the position above is vacant or missing
    EXTERNAL = "external"                        # 001 §16: the head of the body outside corps "B" (akim…)
    OVERRIDE = "override"


PARAGRAPH = {
    Reason.ELIGIBLE: "001 §5", Reason.SECONDED: "001 §3", Reason.DISMISSED: "001 §6",
    Reason.SHORT_TENURE: "001 §5", Reason.FEW_WORKED_DAYS: "001 §5", Reason.OVERRIDE: "",
    EvaluatorRule.DIRECT_SUPERVISOR: "001 §16", EvaluatorRule.HEAD_LEADERSHIP: "001 §16",
    EvaluatorRule.HEAD_OTHER: "001 §16", EvaluatorRule.NONE_FOUND: "001 §16", EvaluatorRule.OVERRIDE: "",
    EvaluatorRule.EXTERNAL: "001 §16",
}


@dataclass(slots=True)
class RosterDecision:
    """One line of a quarter's roster. Not frozen: `flag_overloaded` marks a fresh roster in place
    (2,000 copies through `replace` cost more than the whole rule check)."""

    employee_id: int
    position_id: int
    unit_id: int
    status: RosterStatus
    reason: Reason
    reason_args: dict[str, Any] = field(default_factory=dict)
    evaluator_employee_id: int | None = None
    evaluator_rule: EvaluatorRule = EvaluatorRule.NONE_FOUND
    # 001 §3: the evaluator's own holder is absent and this person acts for them.
    acting_for_employee_id: int | None = None
    form: int | None = None
    worked_days: int = 0
    seconded: bool = False
    overloaded: bool = False            # 001 §17: the evaluator has more than 20 evaluees
    override_reason: str = ""
    # The quarter was still running when the roster was built: worked days are counted up to that day,
    # so eligibility (001 §5) may still change; rebuild the roster once the quarter is over.
    provisional: bool = False
    external: ExternalEvaluator | None = None   # the evaluator outside corps "B" (external_evaluator.py)

    @property
    def has_evaluator(self) -> bool:
        return self.evaluator_employee_id is not None or self.external is not None

    @property
    def included(self) -> bool:
        return self.status is not RosterStatus.NOT_EVALUATED

    @property
    def paragraph(self) -> str:
        return PARAGRAPH[self.reason]


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return date(year, month, min(day.day, _cal.monthrange(year, month)[1]))


def at_least_one_month(start: date, end: date) -> bool:
    """Whether the span start..end (both included) lasts one month or more (001 §5).

    Decision (the seed does not spell it out): "one month from the day of appointment" ends the day
    before the same date next month, so 1 Sep..30 Sep is exactly one month, 2 Sep..30 Sep is not.
    """
    return end + timedelta(days=1) >= add_months(start, 1)


def _merge(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    out: list[tuple[date, date]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1] + timedelta(days=1):
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def worked_days(cal: WorkCalendar, start: date, end: date, absences: list[Absence]) -> int:
    """Working days from start to end (both included) minus those covered by absences (001 §5)."""
    total = cal.count_working_days(start, end)
    spans = [(max(a.date_from, start), min(a.date_to, end)) for a in absences
             if a.date_from <= end and a.date_to >= start]
    for s, e in _merge(spans):
        total -= cal.count_working_days(s, e)
    return total


class _Index:
    """Look-ups over one snapshot, built once per roster."""

    def __init__(self, snap: StaffSnapshot) -> None:
        self.snap = snap
        self.by_employee: dict[int, list[Appointment]] = defaultdict(list)
        self.holders: dict[int, list[Appointment]] = defaultdict(list)   # appointed/seconded
        self.acting: dict[int, list[Appointment]] = defaultdict(list)
        for a in snap.appointments:
            if a.kind is AppointmentKind.ACTING:
                self.acting[a.position_id].append(a)
            else:
                self.by_employee[a.employee_id].append(a)
                self.holders[a.position_id].append(a)
        self.absences: dict[int, list[Absence]] = defaultdict(list)
        for ab in snap.absences:
            self.absences[ab.employee_id].append(ab)
        for lst in self.holders.values():
            lst.sort(key=lambda a: a.date_from)

    def holder(self, position_id: int, day: date, pool: dict[int, list[Appointment]] | None = None) -> int | None:
        """The employee holding (or acting in) `position_id` on `day`, the latest appointment wins."""
        for a in reversed((pool if pool is not None else self.holders).get(position_id, ())):
            if a.covers(day) and not self._gone(a.employee_id, day):
                return a.employee_id
        return None

    def _gone(self, employee_id: int, day: date) -> bool:
        emp = self.snap.employees.get(employee_id)
        return emp is not None and emp.dismissal_date is not None and emp.dismissal_date < day

    def absent(self, employee_id: int, day: date) -> bool:
        return any(a.date_from <= day <= a.date_to for a in self.absences.get(employee_id, ()))


def _evaluator_position(idx: _Index, position_id: int) -> tuple[EvaluatorRule, int | None, int]:
    """The rule of 001 §16 for the evaluee's position: (rule, evaluator position, form)."""
    pos = idx.snap.positions[position_id]
    if pos.category in DIRECT_SUPERVISOR_CATEGORIES:
        return EvaluatorRule.DIRECT_SUPERVISOR, pos.supervisor_position_id, 1
    rule, form = (EvaluatorRule.HEAD_LEADERSHIP, 1) if pos.is_leadership else (EvaluatorRule.HEAD_OTHER, 2)
    unit = idx.snap.units.get(pos.unit_id)
    head = unit.head_position_id if unit else None
    if head is None or head == position_id:
        # The evaluee heads the unit (or it has no head): the head of the body is above them.
        head = pos.supervisor_position_id
    return rule, head, form


def _resolve_evaluator(idx: _Index, evaluee_id: int, position_id: int, on: date,
                       ) -> tuple[EvaluatorRule, int | None, int, int | None]:
    """(rule, evaluator employee, form, the absent holder the evaluator acts for)."""
    rule, ev_pos, form = _evaluator_position(idx, position_id)
    seen: set[int] = {position_id}
    while ev_pos is not None and ev_pos not in seen:
        seen.add(ev_pos)
        holder = idx.holder(ev_pos, on)
        if holder is not None and holder != evaluee_id and not idx.absent(holder, on):
            return rule, holder, form, None
        # 001 §3: the evaluator is absent (or the post is vacant) → the person acting for them.
        acting = idx.holder(ev_pos, on, idx.acting)
        if acting is not None and acting != evaluee_id and not idx.absent(acting, on):
            return rule, acting, form, holder
        nxt = idx.snap.positions.get(ev_pos)
        ev_pos = nxt.supervisor_position_id if nxt else None
    return EvaluatorRule.NONE_FOUND, None, form, None


def _decide(idx: _Index, cal: WorkCalendar, employee_id: int, q_start: date, q_end: date,
            evaluation_day: date, counted_to: date,
            external: dict[int | None, ExternalEvaluator] | None = None) -> RosterDecision | None:
    emp = idx.snap.employees[employee_id]
    dismissed = emp.dismissal_date
    if dismissed is not None and dismissed < q_start:
        return None
    period_end = min(q_end, dismissed) if dismissed else q_end
    provisional = counted_to < period_end
    if provisional:
        period_end = max(counted_to, q_start - timedelta(days=1))   # days worked so far, none before the start
    apps = [a for a in idx.by_employee.get(employee_id, ())
            if a.date_from <= period_end and (a.date_to is None or a.date_to >= q_start)]
    if not apps:
        return None
    # The position held last in the quarter is the one evaluated ("конкретная должность", 001 §5).
    app = max(apps, key=lambda a: a.date_from)
    start = max(app.date_from, q_start)
    end = min(period_end, app.date_to) if app.date_to else period_end
    pos = idx.snap.positions.get(app.position_id)
    if pos is None:
        return None
    seconded = app.kind is AppointmentKind.SECONDED_IN
    worked = worked_days(cal, start, end, idx.absences.get(employee_id, []))
    base: dict[str, Any] = {"employee_id": employee_id, "position_id": app.position_id, "unit_id": pos.unit_id,
                            "worked_days": worked, "seconded": seconded, "provisional": provisional}
    # 001 §5: "менее одного месяца СО ДНЯ НАЗНАЧЕНИЯ или избрания на оцениваемую должность". Reading applied
    #: the month is counted from the day of appointment to this position, not from the start of
    # the quarter. So a servant appointed long before the quarter who leaves in its first month is not cut
    # by this rule — only by the 15 worked days of §5's second paragraph; a servant appointed in the quarter
    # (or in the last month of the one before) needs one month from that day. The reason says so.
    if not at_least_one_month(app.date_from, end):
        return RosterDecision(status=RosterStatus.NOT_EVALUATED, reason=Reason.SHORT_TENURE,
                              reason_args={"start": start.isoformat(), "end": end.isoformat(),
                                           "appointed": app.date_from.isoformat(), "reading": "from_appointment"},
                              **base)
    month_note = {} if at_least_one_month(start, end) else {"appointed": app.date_from.isoformat(),
                                                            "reading": "from_appointment"}
    if worked < MIN_WORKED_DAYS:
        return RosterDecision(status=RosterStatus.NOT_EVALUATED, reason=Reason.FEW_WORKED_DAYS,
                              reason_args={"worked": worked, "minimum": MIN_WORKED_DAYS, **month_note}, **base)
    rule, evaluator, form, acting_for = _resolve_evaluator(idx, employee_id, app.position_id, evaluation_day)
    outside = None
    if rule is EvaluatorRule.NONE_FOUND and external:
        # 001 §16: no corps "B" post above; the head of the body is the akim / maslikhat secretary.
        outside = pick(pos.unit_id, external)
        if outside is not None:
            rule = EvaluatorRule.EXTERNAL
    if dismissed is not None and dismissed <= q_end:
        status, reason, args = RosterStatus.WITHOUT_PARTICIPATION, Reason.DISMISSED, {
            "dismissed": dismissed.isoformat(), "worked": worked}
    elif seconded:
        status, reason, args = RosterStatus.EVALUATED, Reason.SECONDED, {
            "start": start.isoformat(), "end": end.isoformat(), "worked": worked}
    else:
        status, reason, args = RosterStatus.EVALUATED, Reason.ELIGIBLE, {"worked": worked}
    return RosterDecision(status=status, reason=reason, reason_args={**args, **month_note},
                          evaluator_employee_id=evaluator,
                          evaluator_rule=rule, acting_for_employee_id=acting_for, form=form, external=outside,
                          **base)


@dataclass(frozen=True)
class RosterOverride:
    """The specialist's written decision about one employee, kept in history."""

    employee_id: int
    include: bool | None = None          # None = keep the computed inclusion
    evaluator_employee_id: int | None = None
    form: int | None = None
    reason: str = ""


def apply_override(d: RosterDecision, o: RosterOverride) -> RosterDecision:
    changes: dict[str, Any] = {"override_reason": o.reason}
    if o.include is not None and o.include != d.included:
        changes.update(status=RosterStatus.EVALUATED if o.include else RosterStatus.NOT_EVALUATED,
                       reason=Reason.OVERRIDE, reason_args={})
    if o.evaluator_employee_id is not None:
        changes.update(evaluator_employee_id=o.evaluator_employee_id, evaluator_rule=EvaluatorRule.OVERRIDE,
                       acting_for_employee_id=None, external=None)
    if o.form is not None:
        changes.update(form=o.form)
    if changes.get("status") is RosterStatus.EVALUATED and d.form is None and "form" not in changes:
        changes["form"] = 2
    return replace(d, **changes)


def flag_overloaded(decisions: list[RosterDecision]) -> list[RosterDecision]:
    """Mark (in place) decisions whose evaluator has more than 20 evaluees (001 §17)."""
    counts = evaluee_counts(decisions)
    for d in decisions:
        d.overloaded = d.included and counts.get(d.evaluator_employee_id or -1, 0) > MAX_EVALUEES
    return decisions


def evaluee_counts(decisions: list[RosterDecision]) -> dict[int, int]:
    counts: dict[int, int] = defaultdict(int)
    for d in decisions:
        if d.included and d.evaluator_employee_id is not None:
            counts[d.evaluator_employee_id] += 1
    return dict(counts)


def build_roster(snapshot: StaffSnapshot, cal: WorkCalendar, year: int, quarter: int, *,
                 evaluation_day: date | None = None,
                 overrides: dict[int, RosterOverride] | None = None,
                 today: date | None = None,
                 external: dict[int | None, ExternalEvaluator] | None = None) -> list[RosterDecision]:
    """The roster of a quarter. `evaluation_day` (default: the quarter's last day) decides who
    holds the evaluator's post and whether they are absent (001 §3). While the quarter is running
    (`today` before its last day) worked days are counted up to `today` only — the future is not
    worked yet — and every decision is marked provisional (001 §5)."""
    q_start, q_end = quarter_bounds(year, quarter)
    on = evaluation_day or q_end
    counted_to = min(today, q_end) if today is not None else q_end
    idx = _Index(snapshot)
    out: list[RosterDecision] = []
    for emp_id in sorted(snapshot.employees):
        d = _decide(idx, cal, emp_id, q_start, q_end, on, counted_to, external)
        if d is None:
            continue
        if overrides and emp_id in overrides:
            d = apply_override(d, overrides[emp_id])
        out.append(d)
    return flag_overloaded(out)

