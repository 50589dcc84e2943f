"""Roster rules at their boundaries (seed 001 §3, §5, §6, §16, §17)."""
from __future__ import annotations

from datetime import date

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.roster import (
    EvaluatorRule,
    Reason,
    RosterOverride,
    RosterStatus,
    at_least_one_month,
    build_roster,
    quarter_bounds,
    worked_days,
)
from desktop_app.domain.roster_reasons import reason_msg, rule_msg
from desktop_app.domain.staff import (
    Absence,
    AbsenceKind,
    Appointment,
    AppointmentKind,
    Employee,
    Position,
    StaffSnapshot,
    Unit,
)

Q3 = (2026, 3)
LONG_AGO = date(2020, 1, 1)


def emp(i: int, dismissed: date | None = None) -> Employee:
    return Employee(i, f"{i:012d}", f"Last{i}", f"First{i}", dismissal_date=dismissed)


def office(extra_apps: list[Appointment] = (), absences: list[Absence] = (), n_staff: int = 2,
           dismissed: dict[int, date] | None = None) -> StaffSnapshot:
    """Akim's deputy (E-R-1? no: position 1 = head of apparatus E-R-1), unit head E-R-2 leadership, staff."""
    units = {1: Unit(1, "Бөлім", "Отдел", head_position_id=2)}
    positions = {
        1: Position(1, 1, "Аппарат басшысы", "Руководитель аппарата", "E-R-1", True, None),
        2: Position(2, 1, "Бөлім басшысы", "Заведующий отделом", "E-R-2", True, 1),
    }
    employees = {1: emp(1), 2: emp(2)}
    apps = [Appointment(None, 1, 1, LONG_AGO), Appointment(None, 2, 2, LONG_AGO)]
    for k in range(n_staff):
        pid, eid = 10 + k, 10 + k
        positions[pid] = Position(pid, 1, "Бас маман", "Главный специалист", "E-R-4", False, 2)
        employees[eid] = emp(eid, (dismissed or {}).get(eid))
        apps.append(Appointment(None, eid, pid, LONG_AGO))
    apps = [a for a in apps if a.employee_id not in {x.employee_id for x in extra_apps}] + list(extra_apps)
    for a in extra_apps:
        employees.setdefault(a.employee_id, emp(a.employee_id))
    return StaffSnapshot(units, positions, employees, apps, list(absences))


def by_emp(snap: StaffSnapshot, cal: WorkCalendar | None = None, **kw):
    return {d.employee_id: d for d in build_roster(snap, cal or WorkCalendar(), *Q3, **kw)}


def test_quarter_bounds() -> None:
    assert quarter_bounds(2026, 3) == (date(2026, 7, 1), date(2026, 9, 30))
    assert quarter_bounds(2024, 1) == (date(2024, 1, 1), date(2024, 3, 31))


def test_one_month_minus_a_day_is_not_evaluated_exactly_one_month_is() -> None:
    # 001 §5: appointed 1 Sep → 1..30 Sep is exactly one month; appointed 2 Sep → one month minus a day.
    assert at_least_one_month(date(2026, 9, 1), date(2026, 9, 30))
    assert not at_least_one_month(date(2026, 9, 2), date(2026, 9, 30))
    exact = by_emp(office([Appointment(None, 10, 10, date(2026, 9, 1))]))[10]
    short = by_emp(office([Appointment(None, 10, 10, date(2026, 9, 2))]))[10]
    assert exact.status is RosterStatus.EVALUATED and exact.reason is Reason.ELIGIBLE
    assert short.status is RosterStatus.NOT_EVALUATED and short.reason is Reason.SHORT_TENURE
    assert "counted from the day of appointment" in reason_msg(short).render()
    assert "001 §" not in reason_msg(short).render()


# 001 §5 "менее одного месяца со дня назначения": the month runs from the appointment day (reading).
def test_appointed_long_before_and_leaving_in_the_first_month_is_not_cut_by_the_month_rule() -> None:
    # In the post since long ago, dismissed 24 July 2026: 23 days in the quarter, but years from appointment.
    # July 1–24 has 17 working days (Capital Day 6 July is off): the 15-day rule lets the sheet stand.
    d = by_emp(office(dismissed={10: date(2026, 7, 24)}))[10]
    assert d.status is RosterStatus.WITHOUT_PARTICIPATION and d.reason is Reason.DISMISSED
    text = reason_msg(d).render()
    assert "counted from the appointment on" in text and "does not exclude" in text
    # Dismissed 21 July: 14 working days — the 15 worked days of the second paragraph exclude, and say why.
    d = by_emp(office(dismissed={10: date(2026, 7, 21)}))[10]
    assert d.reason is Reason.FEW_WORKED_DAYS and "counted from the appointment" in reason_msg(d).render()


def test_appointed_in_the_last_month_before_the_quarter_counts_the_month_from_that_day() -> None:
    # Appointed 20 June, dismissed 18 July: the month from appointment ends 19 July → not evaluated;
    # dismissed 19 July: exactly one month → the month rule passes (the 15-day rule then decides).
    short = by_emp(office([Appointment(None, 10, 10, date(2026, 6, 20))], dismissed={10: date(2026, 7, 18)}))[10]
    assert short.reason is Reason.SHORT_TENURE and short.reason_args["appointed"] == "2026-06-20"
    exact = by_emp(office([Appointment(None, 10, 10, date(2026, 6, 20))], dismissed={10: date(2026, 7, 19)}))[10]
    assert exact.reason is not Reason.SHORT_TENURE


def test_exactly_fifteen_worked_days_with_a_holiday_inside() -> None:
    # 1–22 July 2026 has 16 weekdays, one of them Capital Day (Mon 6 July): 15 working days (001 §5).
    cal = WorkCalendar()
    assert not cal.is_working_day(date(2026, 7, 6))
    ok = office(absences=[Absence(None, 10, AbsenceKind.SICK, date(2026, 7, 23), date(2026, 9, 30))])
    d = by_emp(ok, cal)[10]
    assert d.worked_days == 15 and d.status is RosterStatus.EVALUATED
    few = office(absences=[Absence(None, 10, AbsenceKind.LEAVE, date(2026, 7, 22), date(2026, 9, 30))])
    d = by_emp(few, cal)[10]
    assert d.worked_days == 14 and d.reason is Reason.FEW_WORKED_DAYS
    assert "14" in reason_msg(d).render()
    # An office day off inside the worked span takes the 15th day away too.
    d = by_emp(ok, WorkCalendar({date(2026, 7, 1): False}))[10]
    assert d.worked_days == 14 and d.status is RosterStatus.NOT_EVALUATED


def test_overlapping_absences_count_once() -> None:
    cal = WorkCalendar()
    a = [Absence(None, 1, AbsenceKind.LEAVE, date(2026, 7, 6), date(2026, 7, 10)),
         Absence(None, 1, AbsenceKind.SICK, date(2026, 7, 8), date(2026, 7, 14))]
    full = cal.count_working_days(date(2026, 7, 1), date(2026, 9, 30))
    assert worked_days(cal, date(2026, 7, 1), date(2026, 9, 30), a) == full - 6  # 6 July is Capital Day


def test_office_override_counts_a_working_saturday() -> None:
    sat = date(2026, 9, 26)
    cal = WorkCalendar({sat: True})
    plain = WorkCalendar()
    assert worked_days(cal, date(2026, 9, 1), date(2026, 9, 30), []) == \
        worked_days(plain, date(2026, 9, 1), date(2026, 9, 30), []) + 1


def test_evaluator_and_form_by_category() -> None:
    r = by_emp(office())
    # Unit head E-R-2, leadership → head of the unit or body; he heads the unit, so the head of the body.
    assert r[2].evaluator_employee_id == 1 and r[2].form == 1
    assert r[2].evaluator_rule is EvaluatorRule.HEAD_LEADERSHIP
    # Specialist E-R-4 → head of the unit, form 2.
    assert r[10].evaluator_employee_id == 2 and r[10].form == 2
    assert r[10].evaluator_rule is EvaluatorRule.HEAD_OTHER
    # Head of apparatus E-R-1 with no supervisor position → no evaluator found, said so.
    assert r[1].evaluator_rule is EvaluatorRule.NONE_FOUND
    assert r[1].evaluator_employee_id is None
    assert "Methodology, item 16" in rule_msg(r[10]).render()


def test_e_r_1_goes_to_direct_supervisor_form_1() -> None:
    snap = office()
    snap.positions[3] = Position(3, 1, "Орынбасар", "Заместитель", "E-R-1", True, 1)
    snap.appointments.append(Appointment(None, 3, 3, LONG_AGO))
    snap.employees[3] = emp(3)
    d = by_emp(snap)[3]
    assert d.evaluator_rule is EvaluatorRule.DIRECT_SUPERVISOR and d.evaluator_employee_id == 1 and d.form == 1


def test_absent_evaluator_is_replaced_by_the_acting_one() -> None:
    # 001 §3: the unit head is on leave at the end of the quarter; employee 11 acts in the post.
    snap = office(n_staff=3)
    snap.absences.append(Absence(None, 2, AbsenceKind.LEAVE, date(2026, 9, 20), date(2026, 10, 15)))
    snap.appointments.append(Appointment(None, 11, 2, date(2026, 9, 20), date(2026, 10, 15), AppointmentKind.ACTING))
    r = by_emp(snap)
    assert r[10].evaluator_employee_id == 11 and r[10].acting_for_employee_id == 2
    # The acting one does not evaluate themselves: the post above (head of apparatus) does.
    assert r[11].evaluator_employee_id == 1


def test_absent_evaluator_without_acting_goes_up_the_chain() -> None:
    snap = office()
    snap.absences.append(Absence(None, 2, AbsenceKind.SICK, date(2026, 9, 28), date(2026, 10, 5)))
    assert by_emp(snap)[10].evaluator_employee_id == 1


def test_twenty_evaluees_fine_twenty_one_flagged() -> None:
    r20 = build_roster(office(n_staff=20), WorkCalendar(), *Q3)
    assert not any(d.overloaded for d in r20)
    r21 = by_emp(office(n_staff=21))
    assert r21[10].overloaded and r21[30].overloaded
    assert not r21[2].overloaded   # evaluated by the head of apparatus, who has one evaluee


def test_dismissed_within_the_quarter_is_evaluated_without_participation() -> None:
    r = by_emp(office(dismissed={10: date(2026, 9, 15), 11: date(2026, 6, 30)}))
    assert r[10].status is RosterStatus.WITHOUT_PARTICIPATION and r[10].reason is Reason.DISMISSED
    assert "15.09.2026" in reason_msg(r[10]).render()
    assert 11 not in r      # dismissed before the quarter: not on the roster at all


def test_dismissed_early_in_the_quarter_fails_the_month_rule() -> None:
    r = by_emp(office(dismissed={10: date(2026, 7, 20)}))
    assert r[10].status is RosterStatus.NOT_EVALUATED


def test_seconded_in_is_evaluated_for_the_secondment_period() -> None:
    snap = office([Appointment(None, 40, 10, date(2026, 8, 1), date(2026, 9, 30), AppointmentKind.SECONDED_IN)])
    d = by_emp(snap)[40]
    assert d.seconded and d.reason is Reason.SECONDED and d.status is RosterStatus.EVALUATED
    assert "Methodology, item 3" in reason_msg(d).render()


def test_position_change_in_the_quarter_evaluates_the_last_position() -> None:
    snap = office([Appointment(None, 10, 10, LONG_AGO, date(2026, 8, 9)),
                   Appointment(None, 10, 2, date(2026, 8, 10))])
    # Employee 2 leaves the unit head post on 9 Aug, employee 10 takes it on 10 Aug.
    snap.appointments[:] = [a if a.employee_id != 2 else Appointment(None, 2, 2, LONG_AGO, date(2026, 8, 9))
                            for a in snap.appointments]
    d = by_emp(snap)[10]
    assert d.position_id == 2 and d.form == 1


def test_override_excludes_with_a_reason_and_can_change_the_evaluator() -> None:
    ov = {10: RosterOverride(10, include=False, reason="Long-term study abroad"),
          11: RosterOverride(11, evaluator_employee_id=1, reason="Conflict of interest")}
    r = by_emp(office(), overrides=ov)
    assert r[10].status is RosterStatus.NOT_EVALUATED and r[10].reason is Reason.OVERRIDE
    assert "Long-term study abroad" in reason_msg(r[10]).render()
    assert r[11].evaluator_employee_id == 1 and r[11].evaluator_rule is EvaluatorRule.OVERRIDE
    assert "Conflict of interest" in rule_msg(r[11]).render()


def test_no_appointment_in_the_quarter_is_not_listed() -> None:
    snap = office([Appointment(None, 10, 10, date(2026, 10, 1))])
    assert 10 not in by_emp(snap)
