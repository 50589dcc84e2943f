"""Staff registry use cases: employees, appointment history, absences, dismissal; the staff list.

Every write is one transaction (`store.atomic()`), keeps `employees.search_key` current, and fails
without changing anything. Structure (organisation, categories, units, positions) is inherited from
`StructureOperations`.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date

from desktop_app.domain.audit_reasons import reason
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.staff import (
    Absence,
    Appointment,
    AppointmentKind,
    Employee,
    Position,
    StaffSnapshot,
    Unit,
)
from desktop_app.domain.staff_validation import (
    clean_employee,
    employee_search_key,
    validate_absence,
    validate_appointment,
    validate_employee,
)
from desktop_app.services.staff_import import StaffImportService
from desktop_app.services.staff_structure import StructureOperations
from desktop_app.storage.audit import audit_reason
from desktop_app.storage.database import Store
from desktop_app.storage.staff_repository import StaffRepository


@dataclass(frozen=True)
class StaffRow:
    """One line of the staff list: the employee and the position held on the day asked for."""

    employee: Employee
    search_key: str
    appointment: Appointment | None
    position: Position | None
    unit: Unit | None

    @property
    def dismissed(self) -> bool:
        return self.employee.dismissal_date is not None


@dataclass(frozen=True)
class EmployeeHistory:
    """Everything about one employee for the history screen."""

    employee: Employee
    appointments: list[Appointment]
    absences: list[Absence]
    positions: dict[int, Position]
    units: dict[int, Unit]


def current_appointment(items: list[Appointment], day: date) -> Appointment | None:
    """The appointment to show on `day`: a main or secondment period covering it, else an acting one,
    else the latest one (a dismissed employee shows their last position)."""
    covering = [a for a in items if a.covers(day)]
    for a in sorted(covering, key=lambda a: (a.kind == AppointmentKind.ACTING, -a.date_from.toordinal())):
        return a
    return max(items, key=lambda a: (a.date_from, a.id or 0), default=None)


class StaffService(StructureOperations):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.people = StaffRepository(store)
        self.importer = StaffImportService(store)  # plan(path) / apply(path): all rows or none

    # -- reading --------------------------------------------------------------------------------
    def rows(self, day: date | None = None) -> list[StaffRow]:
        day = day or date.today()
        units = {u.id: u for u in self.structure.units()}
        positions = {p.id: p for p in self.structure.positions()}
        by_emp: dict[int, list[Appointment]] = {}
        for a in self.people.appointments():
            by_emp.setdefault(a.employee_id, []).append(a)
        keys = self.people.search_keys()
        out = []
        for e in self.people.employees():
            assert e.id is not None
            app = current_appointment(by_emp.get(e.id, []), day)
            pos = positions.get(app.position_id) if app else None
            out.append(StaffRow(e, keys.get(e.id, ""), app, pos, units.get(pos.unit_id) if pos else None))
        # Office order: by unit, the unit's head first, then by category and name.
        out.sort(key=lambda r: (r.unit.sort_order if r.unit else 1 << 30, r.unit.id or 0 if r.unit else 0,
                                not (r.unit and r.position and r.unit.head_position_id == r.position.id),
                                r.position.category if r.position else "~", r.employee.last_name,
                                r.employee.first_name))
        return out

    def employee(self, employee_id: int) -> Employee:
        e = self.people.employee(employee_id)
        if e is None:
            raise NotFoundError(msg(N_("msg", "The employee no longer exists.")))
        return e

    def employee_by_iin(self, iin: str) -> Employee | None:
        return self.people.employee_by_iin(iin)

    def history(self, employee_id: int) -> EmployeeHistory:
        return EmployeeHistory(self.employee(employee_id), self.people.appointments(employee_id),
                               self.people.absences(employee_id),
                               {p.id: p for p in self.structure.positions() if p.id is not None},
                               {u.id: u for u in self.structure.units() if u.id is not None})

    def snapshot(self) -> StaffSnapshot:
        """All staff facts at once, for rules that build a quarter's roster."""
        return StaffSnapshot({u.id: u for u in self.structure.units() if u.id is not None},
                             {p.id: p for p in self.structure.positions() if p.id is not None},
                             {e.id: e for e in self.people.employees() if e.id is not None},
                             self.people.appointments(), self.people.absences())

    # -- employees ------------------------------------------------------------------------------
    def save_employee(self, employee: Employee, first_appointment: Appointment | None = None) -> int:
        """Insert or update an employee; a new one may come with their first appointment."""
        e = clean_employee(employee)
        validate_employee(e)
        with self.store.atomic(), audit_reason(self.store, reason("employee", iin=e.iin)):
            other = self.people.employee_by_iin(e.iin)
            if other is not None and other.id != e.id:
                raise ValidationError(msg(N_("msg", "The ИИН {iin} already belongs to {name}."),
                                          iin=e.iin, name=other.spelled_name), field="iin")
            if e.id is None:
                emp_id = self.people.insert_employee(e, employee_search_key(e))
            else:
                if self.people.employee(e.id) is None:
                    raise NotFoundError(msg(N_("msg", "The employee no longer exists.")))
                self.people.update_employee(e, employee_search_key(e))
                emp_id = e.id
            if first_appointment is not None:
                self.save_appointment(replace(first_appointment, employee_id=emp_id))
            return emp_id

    def delete_employee(self, employee_id: int) -> None:
        """Only a record entered by mistake can be deleted; anyone with history is dismissed instead."""
        with self.store.atomic(), audit_reason(self.store, reason("employee_deleted")):
            e = self.employee(employee_id)
            if self.people.history_count(employee_id):
                raise ValidationError(msg(N_("msg", "{name} has appointment history and cannot be deleted; "
                                                  "record the dismissal instead."), name=e.spelled_name))
            try:
                self.people.delete_employee(employee_id)
            except sqlite3.IntegrityError as exc:
                raise ValidationError(msg(N_("msg", "{name} has evaluation records and cannot be deleted; record "
                                                  "the dismissal instead."), name=e.spelled_name)) from exc

    def dismiss(self, employee_id: int, day: date) -> None:
        """Record the dismissal date and close the open appointments on that day (001 §6)."""
        with self.store.atomic(), audit_reason(self.store, reason("dismissal", day=f"{day:%d.%m.%Y}")):
            e = self.employee(employee_id)
            items = self.people.appointments(employee_id)
            first = min((a.date_from for a in items), default=None)
            if first is not None and day < first:
                raise ValidationError(msg(N_("msg", "The dismissal date {day} is before the first appointment on "
                                                  "{start}."), day=day.strftime("%d.%m.%Y"),
                                          start=first.strftime("%d.%m.%Y")), field="dismissal_date")
            for a in items:
                if a.date_from > day:
                    raise ValidationError(msg(N_("msg", "An appointment starts on {start}, after the dismissal date "
                                                      "{day}."), start=a.date_from.strftime("%d.%m.%Y"),
                                              day=day.strftime("%d.%m.%Y")), field="dismissal_date")
                if a.date_to is None or a.date_to > day:
                    self.people.update_appointment(replace(a, date_to=day))
            e = replace(e, dismissal_date=day)
            self.people.update_employee(e, employee_search_key(e))

    def cancel_dismissal(self, employee_id: int) -> None:
        """Undo a dismissal entered by mistake; appointments closed by it stay closed (reopen them by hand)."""
        with self.store.atomic(), audit_reason(self.store, reason("dismissal_cancelled")):
            e = replace(self.employee(employee_id), dismissal_date=None)
            self.people.update_employee(e, employee_search_key(e))

    # -- appointments ---------------------------------------------------------------------------
    def save_appointment(self, a: Appointment) -> int:
        with self.store.atomic():
            e = self.employee(a.employee_id)
            if self.structure.position(a.position_id) is None:
                raise ValidationError(msg(N_("msg", "Choose the position.")), field="position_id")
            validate_appointment(a, self.people.appointments(a.employee_id), e.dismissal_date)
            if a.id is None:
                return self.people.insert_appointment(a)
            self.people.update_appointment(a)
            return a.id

    def delete_appointment(self, appointment_id: int) -> None:
        with self.store.atomic():
            self.people.delete_appointment(appointment_id)

    # -- absences -------------------------------------------------------------------------------
    def save_absence(self, a: Absence) -> int:
        with self.store.atomic():
            self.employee(a.employee_id)
            validate_absence(a, self.people.absences(a.employee_id))
            if a.id is None:
                return self.people.insert_absence(a)
            self.people.update_absence(a)
            return a.id

    def delete_absence(self, absence_id: int) -> None:
        with self.store.atomic():
            self.people.delete_absence(absence_id)
