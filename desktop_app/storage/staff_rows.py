"""Rows of employees, appointments and absences ↔ domain dataclasses, shared by the staff and quarter
repositories (the quarter roster reads the same rows in one pass per table)."""
from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.domain.staff import Absence, AbsenceKind, Appointment, AppointmentKind, Employee
from desktop_app.storage.rows import date_or_none, member

EMPLOYEE_COLUMNS = ("id, iin, last_name, first_name, middle_name, last_name_ru, first_name_ru, middle_name_ru, "
                    "phone, email, address, dismissal_date")
APPOINTMENT_COLUMNS = "id, employee_id, position_id, date_from, date_to, kind, order_ref"
ABSENCE_COLUMNS = "id, employee_id, kind, date_from, date_to, note"


def employee_from_row(r: Any) -> Employee:
    return Employee(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], date_or_none(r[11]))


def appointment_from_row(r: Any) -> Appointment:
    return Appointment(r[0], r[1], r[2], date.fromisoformat(r[3]), date_or_none(r[4]), member(AppointmentKind, r[5]), r[6])


def absence_from_row(r: Any) -> Absence:
    return Absence(r[0], r[1], member(AbsenceKind, r[2]), date.fromisoformat(r[3]), date.fromisoformat(r[4]), r[5])
