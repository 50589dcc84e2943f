"""Employees, their appointment history and absences: rows ↔ domain dataclasses."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.domain.staff import Absence, Appointment, Employee
from desktop_app.storage.database import Store
from desktop_app.storage.rows import iso_or_none
from desktop_app.storage.staff_rows import (
    ABSENCE_COLUMNS,
    APPOINTMENT_COLUMNS,
    EMPLOYEE_COLUMNS,
    absence_from_row,
    appointment_from_row,
    employee_from_row,
)


def _employee_values(e: Employee, search_key: str) -> list[Any]:
    return [e.iin, e.last_name, e.first_name, e.middle_name, e.last_name_ru, e.first_name_ru, e.middle_name_ru,
            e.phone, e.email, e.address, iso_or_none(e.dismissal_date), search_key]


class StaffRepository:
    """Reads and writes people. Callers group writes in `store.atomic()` and pass the search key."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    # -- employees ------------------------------------------------------------------------------
    def employees(self) -> list[Employee]:
        rows = self.db.execute(f"SELECT {EMPLOYEE_COLUMNS} FROM employees ORDER BY id")
        return [employee_from_row(r) for r in rows]

    def search_keys(self) -> dict[int, str]:
        return dict(self.db.execute("SELECT id, search_key FROM employees").fetchall())

    def employee(self, employee_id: int) -> Employee | None:
        row = self.db.execute(f"SELECT {EMPLOYEE_COLUMNS} FROM employees WHERE id = ?", [employee_id]).fetchone()
        return employee_from_row(row) if row else None

    def employee_by_iin(self, iin: str) -> Employee | None:
        row = self.db.execute(f"SELECT {EMPLOYEE_COLUMNS} FROM employees WHERE iin = ?", [iin]).fetchone()
        return employee_from_row(row) if row else None

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
            rows = self.db.execute(f"SELECT {APPOINTMENT_COLUMNS} FROM appointments ORDER BY employee_id, date_from, id")
        else:
            rows = self.db.execute(f"SELECT {APPOINTMENT_COLUMNS} FROM appointments WHERE employee_id = ? "
                                   "ORDER BY date_from, id", [employee_id])
        return [appointment_from_row(r) for r in rows]

    def appointment(self, appointment_id: int) -> Appointment | None:
        row = self.db.execute(f"SELECT {APPOINTMENT_COLUMNS} FROM appointments WHERE id = ?", [appointment_id]).fetchone()
        return appointment_from_row(row) if row else None

    def insert_appointment(self, a: Appointment) -> int:
        cur = self.db.execute(
            "INSERT INTO appointments (employee_id, position_id, date_from, date_to, kind, order_ref) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [a.employee_id, a.position_id, a.date_from.isoformat(), iso_or_none(a.date_to), str(a.kind), a.order_ref])
        return int(cur.lastrowid or 0)

    def insert_appointments(self, items: Iterable[Appointment]) -> None:
        self.db.conn.executemany(
            "INSERT INTO appointments (employee_id, position_id, date_from, date_to, kind, order_ref) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            ([a.employee_id, a.position_id, a.date_from.isoformat(), iso_or_none(a.date_to), str(a.kind), a.order_ref]
             for a in items))

    def update_appointment(self, a: Appointment) -> None:
        self.db.execute(
            "UPDATE appointments SET position_id = ?, date_from = ?, date_to = ?, kind = ?, order_ref = ? "
            "WHERE id = ?", [a.position_id, a.date_from.isoformat(), iso_or_none(a.date_to), str(a.kind), a.order_ref, a.id])

    def delete_appointment(self, appointment_id: int) -> None:
        self.db.execute("DELETE FROM appointments WHERE id = ?", [appointment_id])

    # -- absences -------------------------------------------------------------------------------
    def absences(self, employee_id: int | None = None) -> list[Absence]:
        if employee_id is None:
            rows = self.db.execute(f"SELECT {ABSENCE_COLUMNS} FROM absences ORDER BY employee_id, date_from")
        else:
            rows = self.db.execute(f"SELECT {ABSENCE_COLUMNS} FROM absences WHERE employee_id = ? ORDER BY date_from",
                                   [employee_id])
        return [absence_from_row(r) for r in rows]

    def absence(self, absence_id: int) -> Absence | None:
        row = self.db.execute(f"SELECT {ABSENCE_COLUMNS} FROM absences WHERE id = ?", [absence_id]).fetchone()
        return absence_from_row(row) if row else None

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
