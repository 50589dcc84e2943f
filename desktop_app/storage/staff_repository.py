"""Employees, their appointment history and absences: rows ↔ domain dataclasses."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from desktop_app.domain.staff import Absence, AbsenceKind, Appointment, AppointmentKind, Employee
from desktop_app.storage.database import Store

_EMP_COLS = ("id, iin, last_name, first_name, middle_name, last_name_ru, first_name_ru, middle_name_ru, "
             "phone, email, address, dismissal_date")
_APP_COLS = "id, employee_id, position_id, date_from, date_to, kind, order_ref"
_ABS_COLS = "id, employee_id, kind, date_from, date_to, note"


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _employee(r: Any) -> Employee:
    return Employee(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], _d(r[11]))


def _appointment(r: Any) -> Appointment:
    return Appointment(r[0], r[1], r[2], date.fromisoformat(r[3]), _d(r[4]), AppointmentKind(r[5]), r[6])


def _absence(r: Any) -> Absence:
    return Absence(r[0], r[1], AbsenceKind(r[2]), date.fromisoformat(r[3]), date.fromisoformat(r[4]), r[5])


def _employee_values(e: Employee, search_key: str) -> list[Any]:
    return [e.iin, e.last_name, e.first_name, e.middle_name, e.last_name_ru, e.first_name_ru, e.middle_name_ru,
            e.phone, e.email, e.address, _iso(e.dismissal_date), search_key]


class StaffRepository:
    """Reads and writes people. Callers group writes in `store.atomic()` and pass the search key."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    # -- employees ------------------------------------------------------------------------------
    def employees(self) -> list[Employee]:
        return [_employee(r) for r in self.db.execute(f"SELECT {_EMP_COLS} FROM employees ORDER BY id")]

    def search_keys(self) -> dict[int, str]:
        return dict(self.db.execute("SELECT id, search_key FROM employees").fetchall())

    def employee(self, employee_id: int) -> Employee | None:
        row = self.db.execute(f"SELECT {_EMP_COLS} FROM employees WHERE id = ?", [employee_id]).fetchone()
        return _employee(row) if row else None

    def employee_by_iin(self, iin: str) -> Employee | None:
        row = self.db.execute(f"SELECT {_EMP_COLS} FROM employees WHERE iin = ?", [iin]).fetchone()
        return _employee(row) if row else None

    def insert_employee(self, e: Employee, search_key: str) -> int:
        cur = self.db.execute(
            "INSERT INTO employees (iin, last_name, first_name, middle_name, last_name_ru, first_name_ru, "
            "middle_name_ru, phone, email, address, dismissal_date, search_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _employee_values(e, search_key))
        return int(cur.lastrowid or 0)

    def insert_employees(self, rows: Iterable[tuple[Employee, str]]) -> None:
        """Bulk insert (generated offices); ids are assigned by SQLite."""
        self.db.conn.executemany(
            "INSERT INTO employees (iin, last_name, first_name, middle_name, last_name_ru, first_name_ru, "
            "middle_name_ru, phone, email, address, dismissal_date, search_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (_employee_values(e, k) for e, k in rows))

    def update_employee(self, e: Employee, search_key: str) -> None:
        self.db.execute(
            "UPDATE employees SET iin = ?, last_name = ?, first_name = ?, middle_name = ?, last_name_ru = ?, "
            "first_name_ru = ?, middle_name_ru = ?, phone = ?, email = ?, address = ?, dismissal_date = ?, "
            "search_key = ? WHERE id = ?", [*_employee_values(e, search_key), e.id])

    def delete_employee(self, employee_id: int) -> None:
        self.db.execute("DELETE FROM employees WHERE id = ?", [employee_id])

    # -- appointments ---------------------------------------------------------------------------
    def appointments(self, employee_id: int | None = None) -> list[Appointment]:
        if employee_id is None:
            rows = self.db.execute(f"SELECT {_APP_COLS} FROM appointments ORDER BY employee_id, date_from, id")
        else:
            rows = self.db.execute(f"SELECT {_APP_COLS} FROM appointments WHERE employee_id = ? "
                                   "ORDER BY date_from, id", [employee_id])
        return [_appointment(r) for r in rows]

    def appointment(self, appointment_id: int) -> Appointment | None:
        row = self.db.execute(f"SELECT {_APP_COLS} FROM appointments WHERE id = ?", [appointment_id]).fetchone()
        return _appointment(row) if row else None

    def insert_appointment(self, a: Appointment) -> int:
        cur = self.db.execute(
            "INSERT INTO appointments (employee_id, position_id, date_from, date_to, kind, order_ref) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [a.employee_id, a.position_id, a.date_from.isoformat(), _iso(a.date_to), str(a.kind), a.order_ref])
        return int(cur.lastrowid or 0)

    def insert_appointments(self, items: Iterable[Appointment]) -> None:
        self.db.conn.executemany(
            "INSERT INTO appointments (employee_id, position_id, date_from, date_to, kind, order_ref) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            ([a.employee_id, a.position_id, a.date_from.isoformat(), _iso(a.date_to), str(a.kind), a.order_ref]
             for a in items))

    def update_appointment(self, a: Appointment) -> None:
        self.db.execute(
            "UPDATE appointments SET position_id = ?, date_from = ?, date_to = ?, kind = ?, order_ref = ? "
            "WHERE id = ?", [a.position_id, a.date_from.isoformat(), _iso(a.date_to), str(a.kind), a.order_ref, a.id])

    def delete_appointment(self, appointment_id: int) -> None:
        self.db.execute("DELETE FROM appointments WHERE id = ?", [appointment_id])

    # -- absences -------------------------------------------------------------------------------
    def absences(self, employee_id: int | None = None) -> list[Absence]:
        if employee_id is None:
            rows = self.db.execute(f"SELECT {_ABS_COLS} FROM absences ORDER BY employee_id, date_from")
        else:
            rows = self.db.execute(f"SELECT {_ABS_COLS} FROM absences WHERE employee_id = ? ORDER BY date_from",
                                   [employee_id])
        return [_absence(r) for r in rows]

    def absence(self, absence_id: int) -> Absence | None:
        row = self.db.execute(f"SELECT {_ABS_COLS} FROM absences WHERE id = ?", [absence_id]).fetchone()
        return _absence(row) if row else None

    def insert_absence(self, a: Absence) -> int:
        cur = self.db.execute(
            "INSERT INTO absences (employee_id, kind, date_from, date_to, note) VALUES (?, ?, ?, ?, ?)",
            [a.employee_id, str(a.kind), a.date_from.isoformat(), a.date_to.isoformat(), a.note])
        return int(cur.lastrowid or 0)

    def update_absence(self, a: Absence) -> None:
        self.db.execute("UPDATE absences SET kind = ?, date_from = ?, date_to = ?, note = ? WHERE id = ?",
                        [str(a.kind), a.date_from.isoformat(), a.date_to.isoformat(), a.note, a.id])

    def delete_absence(self, absence_id: int) -> None:
        self.db.execute("DELETE FROM absences WHERE id = ?", [absence_id])

    def history_count(self, employee_id: int) -> int:
        """Appointments plus absences: an employee with any of them is dismissed, never deleted."""
        row = self.db.execute(
            "SELECT (SELECT COUNT(*) FROM appointments WHERE employee_id = ?) + "
            "(SELECT COUNT(*) FROM absences WHERE employee_id = ?)", [employee_id, employee_id]).fetchone()
        return int(row[0])
