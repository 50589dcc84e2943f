"""The demo office's staff and generated offices: sizes, valid ИИН, structure, and the awkward cases."""
from __future__ import annotations

from datetime import date, timedelta

from desktop_app.demo.generated import generate_staff
from desktop_app.demo.staff import demo_staff, previous_quarter
from desktop_app.domain.iin import is_valid_iin
from desktop_app.domain.staff import AbsenceKind, AppointmentKind
from tests.sealing import office_key

TODAY = date(2026, 11, 22)


def test_demo_office_shape(services) -> None:
    with services.store.atomic():
        demo_staff(services, TODAY)
    s = services.staff
    rows = s.rows(TODAY)
    assert 55 <= len(rows) <= 65
    assert len(s.units()) == 8
    assert all(is_valid_iin(r.employee.iin) for r in rows)
    assert len({r.employee.iin for r in rows}) == len(rows)
    assert {p.category for p in s.positions()} == {"E-R-1", "E-R-2", "E-R-3", "E-R-4", "E-R-5"}
    positions = {p.id: p for p in s.positions()}
    for unit in s.units():  # every unit has a head, a leadership position of that unit
        head = positions[unit.head_position_id]
        assert head.unit_id == unit.id and head.is_leadership
    assert all(p.supervisor_position_id for p in positions.values() if p.category in ("E-R-4", "E-R-5"))
    # Russian spelling where it differs
    assert any(r.employee.last_name_ru and r.employee.last_name_ru != r.employee.last_name for r in rows)
    assert all(r.employee.phone and r.employee.email and r.employee.address for r in rows)
    assert s.organisation().name_ru.startswith("Аппарат акима")


def test_awkward_cases_fall_in_the_previous_quarter(services) -> None:
    with services.store.atomic():
        demo_staff(services, TODAY)
    start, end = previous_quarter(TODAY)
    assert (start, end) == (date(2026, 7, 1), date(2026, 9, 30))
    snap = services.staff.snapshot()
    dismissed = [e for e in snap.employees.values() if e.dismissal_date]
    assert len(dismissed) == 1 and start < dismissed[0].dismissal_date < end  # type: ignore[operator]
    seconded = [a for a in snap.appointments if a.kind == AppointmentKind.SECONDED_IN]
    assert len(seconded) == 1 and start <= seconded[0].date_from <= end
    late = [a for a in snap.appointments if start <= a.date_from <= end and a.kind == AppointmentKind.APPOINTED]
    assert any(end - a.date_from < timedelta(days=31) for a in late)  # 001 §5: under a month in the quarter
    sick = [b for b in snap.absences if b.kind == AbsenceKind.SICK]
    assert sick and (sick[0].date_to - sick[0].date_from).days > 60  # leaves fewer than 15 working days
    assert any(a.kind == AppointmentKind.ACTING for a in snap.appointments)


def test_demo_names_and_iin_are_the_same_every_time(services, tmp_path) -> None:
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store

    with services.store.atomic():
        demo_staff(services, TODAY)
    other = build_services(open_store(tmp_path / "second.sqlite", office_key()))
    try:
        with other.store.atomic():
            demo_staff(other, TODAY + timedelta(days=40))
        first = sorted((e.iin, e.full_name()) for e in services.staff.snapshot().employees.values())
        second = sorted((e.iin, e.full_name()) for e in other.staff.snapshot().employees.values())
        assert first == second
    finally:
        other.close()


def test_generated_office_has_valid_unique_iin_and_heads(services) -> None:
    with services.store.atomic():
        generate_staff(services, 260)
    rows = services.staff.rows()
    assert len(rows) == 260
    assert len({r.employee.iin for r in rows}) == 260 and all(is_valid_iin(r.employee.iin) for r in rows)
    assert len(services.staff.units()) == 6
    assert all(u.head_position_id for u in services.staff.units())
    assert all(r.search_key and r.employee.iin in r.search_key for r in rows)
