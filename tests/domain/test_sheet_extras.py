"""Sanction months (002 §21), personal points with their note (002 §26), designees (001 §17): every
input boundary, refused with a message."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.designees import check_designee, is_corps_b
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.methodology import POINTS_2017, TYPICAL_2025, load_preset
from desktop_app.domain.methodology.sheet_extras import SanctionRecord, check_personal, check_sanction
from desktop_app.domain.staff import Appointment, AppointmentKind, Employee, Position, StaffSnapshot, Unit

D = Decimal
Q = (date(2026, 1, 1), date(2026, 3, 31))


@pytest.fixture(scope="module")
def points():
    return load_preset(POINTS_2017)


@pytest.mark.parametrize("months", [1, 2, 3])
def test_sanction_months_within_the_quarter(points, months):
    r = check_sanction(points, SanctionRecord(months, " 12-к ", date(2025, 12, 1)), *Q)
    assert r == SanctionRecord(months, "12-к", date(2025, 12, 1))


@pytest.mark.parametrize("months,text", [(-1, "negative"), (4, "A quarter has 3 months")])
def test_impossible_sanction_months_are_refused(points, months, text):
    with pytest.raises(ValidationError) as e:
        check_sanction(points, SanctionRecord(months, "1", date(2026, 1, 5)), *Q)
    assert text in str(e.value)


def test_sanction_needs_its_order_and_a_methodology_that_deducts(points):
    with pytest.raises(ValidationError) as e:
        check_sanction(points, SanctionRecord(1, "", date(2026, 1, 5)), *Q)
    assert "order" in str(e.value)
    with pytest.raises(ValidationError) as e:
        check_sanction(points, SanctionRecord(1, "5", date(2026, 4, 1)), *Q)
    assert "after the quarter" in str(e.value)
    with pytest.raises(ValidationError):
        check_sanction(load_preset(TYPICAL_2025), SanctionRecord(1, "5", date(2026, 1, 5)), *Q)
    assert check_sanction(points, SanctionRecord(0, "", None), *Q) == SanctionRecord()


@pytest.mark.parametrize("value", ["1", "5", "-2", 3])
def test_personal_points_allowed_values(points, value):
    assert check_personal(points, value, " large load ")[1] == "large load"


@pytest.mark.parametrize("value", ["0", "6", "-1", "-3", "2.5x"])
def test_personal_points_outside_the_scale_are_refused(points, value):
    with pytest.raises(ValidationError) as e:
        check_personal(points, value, "note")
    assert "+1 to +5" in str(e.value)


def test_personal_points_need_a_note_002_26(points):
    with pytest.raises(ValidationError) as e:
        check_personal(points, 3, "   ")
    assert e.value.field == "note" and "concrete grounds" in str(e.value)


def test_personal_bonus_points_total_at_most_15(points):
    assert check_personal(points, 5, "n", [D(5), D(5)])[0] == 5            # exactly +15
    assert check_personal(points, -2, "n", [D(5), D(5), D(5)])[0] == -2   # the −2 is not a bonus
    with pytest.raises(ValidationError) as e:
        check_personal(points, 1, "n", [D(5), D(5), D(5)])
    assert "+15" in str(e.value)


@pytest.mark.parametrize("category,ok", [("E-4", True), ("E-R-1", True), ("E-G-2", True), ("C-O-3", True),
                                         ("Е-2", True), ("", False), ("political", False)])
def test_corps_b_categories(category, ok):
    assert is_corps_b(category) is ok


def _snap() -> StaffSnapshot:
    units = {1: Unit(1, "Бөлім", "Отдел")}
    positions = {1: Position(1, 1, "Бас маман", "Главный специалист", "E-4"),
                 2: Position(2, 1, "Кеңесші", "Советник", "")}
    emps = {i: Employee(i, "", f"L{i}", f"F{i}") for i in range(1, 7)}
    emps[5] = Employee(5, "", "L5", "F5", dismissal_date=date(2026, 1, 10))
    apps = [Appointment(None, 1, 1, date(2020, 1, 1)), Appointment(None, 2, 1, date(2020, 1, 1)),
            Appointment(None, 3, 2, date(2020, 1, 1)),
            Appointment(None, 4, 1, date(2025, 1, 1), kind=AppointmentKind.SECONDED_IN),
            Appointment(None, 5, 1, date(2020, 1, 1))]
    return StaffSnapshot(units, positions, emps, apps, [])


DAY = date(2026, 2, 2)


def test_a_corps_b_servant_of_the_body_may_be_designated():
    check_designee(_snap(), evaluee_id=1, evaluator_id=6, designee_id=2, designated_on=DAY,
                   evaluator_evaluees=21, existing=[])


@pytest.mark.parametrize("designee,evaluees,existing,text", [
    (2, 20, [], "more than 20"),          # 001 §17: only past twenty evaluees
    (1, 21, [], "themselves"),            # not the evaluee
    (6, 21, [], "already evaluates"),     # not the evaluator
    (2, 21, [2], "already designated"),
    (3, 21, [], "corps"),                 # a position without a corps "B" category
    (4, 21, [], "seconded"),              # from another body
    (5, 21, [], "dismissed"),
    (99, 21, [], "not on the staff"),
])
def test_designations_the_methodology_does_not_allow_are_refused(designee, evaluees, existing, text):
    with pytest.raises(ValidationError) as e:
        check_designee(_snap(), 1, 6, designee, DAY, evaluees, existing)
    assert text in str(e.value)
