"""Staff registry use cases on a real database file."""
from datetime import date

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.staff import (
    Absence,
    AbsenceKind,
    Appointment,
    AppointmentKind,
    Employee,
    Organisation,
    OrgKind,
    Position,
    Unit,
)
from desktop_app.domain.text import fold

IIN = "791028302728"


def _office(services):
    s = services.staff
    unit = s.save_unit(Unit(None, "Қаржы бөлімі", "Финансовый отдел"))
    head = s.save_position(Position(None, unit, "Бөлім басшысы", "Руководитель отдела", "E-R-3", True),
                           head_of_unit=True)
    spec = s.save_position(Position(None, unit, "Бас маман", "Главный специалист", "E-R-4", False, head))
    return unit, head, spec


def test_employee_with_first_appointment_shows_in_list(services) -> None:
    _unit, head, spec = _office(services)
    s = services.staff
    emp = s.save_employee(Employee(None, " 791028 302728", "Сейітов", "Әлихан", "Бекұлы", "Сеитов", "Алихан"),
                          Appointment(None, 0, spec, date(2025, 1, 10)))
    rows = s.rows(date(2026, 1, 1))
    assert len(rows) == 1
    row = rows[0]
    assert row.employee.id == emp and row.employee.iin == IIN
    assert row.position is not None and row.position.title_ru == "Главный специалист"
    assert row.unit is not None and row.unit.head_position_id == head
    # the search key folds Kazakh letters and holds both spellings (TOOLCHAIN.md: lower() folds ASCII only)
    assert fold("ӘЛИХАН") in row.search_key and "сеитов" in row.search_key and IIN in row.search_key


def test_duplicate_iin_is_refused_naming_the_holder(services) -> None:
    s = services.staff
    s.save_employee(Employee(None, IIN, "Сейітов", "Әлихан"))
    with pytest.raises(ValidationError) as info:
        s.save_employee(Employee(None, IIN, "Иванов", "Иван"))
    assert info.value.field == "iin" and "Сейітов" in str(info.value)
    assert len(s.rows()) == 1


def test_bad_employee_lists_every_problem(services) -> None:
    with pytest.raises(ValidationError) as info:
        services.staff.save_employee(Employee(None, "791028302729", "", "Әлия", email="aliya@", phone="12"))
    text = str(info.value)
    assert "check digit" in text and "surname" in text and "e-mail" in text and "phone" in text
    assert info.value.field == "iin"
    assert services.staff.rows() == []


def test_search_key_updated_on_edit(services) -> None:
    s = services.staff
    emp = s.save_employee(Employee(None, IIN, "Сейітов", "Әлихан"))
    s.save_employee(Employee(emp, IIN, "Нұрланова", "Әлия"))
    key = s.rows()[0].search_key
    assert "нұрланова" in key and "сейітов" not in key


def test_employee_with_history_is_dismissed_not_deleted(services) -> None:
    _unit, _head, spec = _office(services)
    s = services.staff
    emp = s.save_employee(Employee(None, IIN, "Сейітов", "Әлихан"), Appointment(None, 0, spec, date(2025, 1, 10)))
    with pytest.raises(ValidationError) as info:
        s.delete_employee(emp)
    assert "dismissal" in str(info.value)
    s.dismiss(emp, date(2026, 2, 15))
    history = s.history(emp)
    assert history.employee.dismissal_date == date(2026, 2, 15)
    assert history.appointments[0].date_to == date(2026, 2, 15)
    assert s.rows(date(2026, 3, 1))[0].dismissed


def test_dismissal_before_first_appointment_is_refused(services) -> None:
    _unit, _head, spec = _office(services)
    s = services.staff
    emp = s.save_employee(Employee(None, IIN, "Сейітов", "Әлихан"), Appointment(None, 0, spec, date(2025, 1, 10)))
    with pytest.raises(ValidationError):
        s.dismiss(emp, date(2024, 12, 31))
    assert s.employee(emp).dismissal_date is None


def test_employee_without_history_can_be_deleted(services) -> None:
    emp = services.staff.save_employee(Employee(None, IIN, "Сейітов", "Әлихан"))
    services.staff.delete_employee(emp)
    assert services.staff.rows() == []


def test_overlapping_main_appointments_refused_but_acting_may_overlap(services) -> None:
    _unit, head, spec = _office(services)
    s = services.staff
    emp = s.save_employee(Employee(None, IIN, "Сейітов", "Әлихан"), Appointment(None, 0, spec, date(2025, 1, 10)))
    with pytest.raises(ValidationError):
        s.save_appointment(Appointment(None, emp, head, date(2025, 6, 1)))
    # 001 §3: acting for an absent head overlaps the main appointment
    s.save_appointment(Appointment(None, emp, head, date(2025, 6, 1), date(2025, 6, 30), AppointmentKind.ACTING))
    row = s.rows(date(2025, 6, 15))[0]
    assert row.appointment is not None and row.appointment.kind == AppointmentKind.APPOINTED


def test_absences_must_not_overlap(services) -> None:
    s = services.staff
    emp = s.save_employee(Employee(None, IIN, "Сейітов", "Әлихан"))
    s.save_absence(Absence(None, emp, AbsenceKind.SICK, date(2026, 1, 5), date(2026, 2, 20)))
    with pytest.raises(ValidationError):
        s.save_absence(Absence(None, emp, AbsenceKind.LEAVE, date(2026, 2, 20), date(2026, 3, 1)))
    with pytest.raises(ValidationError):
        s.save_absence(Absence(None, emp, AbsenceKind.LEAVE, date(2026, 3, 10), date(2026, 3, 1)))
    assert len(s.history(emp).absences) == 1


def test_structure_rules(services) -> None:
    unit, head, spec = _office(services)
    s = services.staff
    other = s.save_unit(Unit(None, "Заң бөлімі", "Юридический отдел"))
    with pytest.raises(ValidationError):  # head of a unit must be its own position
        s.save_unit(Unit(other, "Заң бөлімі", "Юридический отдел", head_position_id=head))
    with pytest.raises(ValidationError):  # a circle of supervisors
        s.save_position(Position(head, unit, "Бөлім басшысы", "Руководитель отдела", "E-R-3", True, spec))
    with pytest.raises(ValidationError):  # unknown category
        s.save_position(Position(None, unit, "Маман", "Специалист", "X-9"))
    with pytest.raises(ValidationError):  # unit with positions
        s.delete_unit(unit)
    s.delete_unit(other)
    assert [u.id for u in s.units()] == [unit]


def test_categories_are_editable_and_rename_cascades(services) -> None:
    _unit, _head, _spec = _office(services)
    s = services.staff
    s.add_category("E-X-1")
    assert "E-X-1" in s.categories()
    with pytest.raises(ValidationError):
        s.add_category("E-X-1")
    with pytest.raises(ValidationError):
        s.delete_category("E-R-4")  # used by a position
    s.rename_category("E-R-4", "E-R-4a")
    assert {p.category for p in s.positions()} == {"E-R-3", "E-R-4a"}


def test_organisation_card_round_trip(services) -> None:
    s = services.staff
    with pytest.raises(ValidationError):
        s.save_organisation(Organisation(name_kk="", name_ru="Аппарат"))
    org = Organisation("Қарасу ауданы әкімінің аппараты", "Аппарат акима Карасуского района", OrgKind.AKIMAT,
                       "Қарасу ауданы", "Қостанай облысы", "Ахметов Б.", "Сейітова Ә.", "Ахметов Б.", "Әкім")
    s.save_organisation(org)
    assert s.organisation() == org
