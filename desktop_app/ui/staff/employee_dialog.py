"""Add or edit an employee: names in both spellings, ИИН, contacts for notices, first appointment."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.staff import Appointment, Employee
from desktop_app.services.staff import StaffService
from desktop_app.ui.i18n import LiveTexts
from desktop_app.ui.staff.choices import PositionCombo, appointment_kinds
from desktop_app.ui.staff.widgets import DateEdit, ErrorLabel


def holders_of(staff: StaffService, day: date, lang: str) -> dict[int, str]:
    """Position id → the short names of who holds it on `day` (dismissed people hold nothing)."""
    held: dict[int, str] = {}
    for r in staff.rows(day):
        if r.position is not None and r.position.id is not None and not r.dismissed:
            name = r.employee.short_name(lang)
            held[r.position.id] = f"{held[r.position.id]}, {name}" if r.position.id in held else name
    return held


class EmployeeDialog(LiveTexts, QDialog):
    """Validates through the service; a refusal is shown in the dialog and nothing is saved."""

    def __init__(self, staff: StaffService, lang: str, employee: Employee | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("employeeDialog")
        self.staff = staff
        self.employee = employee
        self.lang = lang
        self.saved_id: int | None = None
        self.live(self.setWindowTitle, lambda: self.tr("New employee") if employee is None else self.tr("Edit employee"))

        self.iin = QLineEdit()
        self.iin.setObjectName("iin")
        self.iin.setMaxLength(14)
        self.iin.setPlaceholderText("791028302728")
        self.fields: dict[str, QLineEdit] = {"iin": self.iin}
        form = QFormLayout()
        form.addRow(self.live_label(lambda: self.tr("ИИН:")), self.iin)
        for name, label in (("last_name", lambda: self.tr("Surname:")), ("first_name", lambda: self.tr("Name:")),
                            ("middle_name", lambda: self.tr("Patronymic:")),
                            ("last_name_ru", lambda: self.tr("Surname (Russian spelling):")),
                            ("first_name_ru", lambda: self.tr("Name (Russian spelling):")),
                            ("middle_name_ru", lambda: self.tr("Patronymic (Russian spelling):")),
                            ("phone", lambda: self.tr("Phone:")), ("email", lambda: self.tr("E-mail:")),
                            ("address", lambda: self.tr("Postal address:"))):
            edit = QLineEdit()
            edit.setObjectName(name)
            if name.endswith("_ru"):
                self.live(edit.setPlaceholderText, lambda: self.tr("only if it differs"))
            self.fields[name] = edit
            form.addRow(self.live_label(label), edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)

        self.position: PositionCombo | None = None
        if employee is None:
            box = QGroupBox()
            self.live(box.setTitle, lambda: self.tr("First appointment"))
            f2 = QFormLayout(box)
            # Each post says who holds it today, or that it is vacant: a new employee usually fills a vacancy.
            self.holders = holders_of(staff, date.today(), lang)
            self.position = PositionCombo(staff.positions(), staff.units(), lang, lambda: self.tr("(none yet)"),
                                          holders=self.holders)
            self.position.setObjectName("position")
            self.kind = appointment_kinds()
            self.date_from = DateEdit(date.today())
            self.date_from.setObjectName("dateFrom")
            f2.addRow(self.live_label(lambda: self.tr("Position:")), self.position)
            f2.addRow(self.live_label(lambda: self.tr("Kind:")), self.kind)
            f2.addRow(self.live_label(lambda: self.tr("From:")), self.date_from)
            layout.addWidget(box)
        else:
            for name, edit in self.fields.items():
                edit.setText(str(getattr(employee, name)))

        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _second_on_post_agreed(self, first: Appointment) -> bool:
        """A post held on the appointment day by someone else: ask before putting a second person on it
        (an acting appointment or a secondment does happen; a slip of the list more often)."""
        holder = holders_of(self.staff, first.date_from, self.lang).get(first.position_id)
        if not holder:
            return True
        answer = QMessageBox.question(
            self, self.tr("The post is held"),
            self.tr("{holder} holds this post on {day}. Appoint the new employee to it as well?").format(
                holder=holder, day=first.date_from.strftime("%d.%m.%Y")))
        return answer == QMessageBox.StandardButton.Yes

    def value(self) -> Employee:
        v: dict[str, Any] = {name: edit.text() for name, edit in self.fields.items()}
        if self.employee is None:
            return Employee(None, **v)
        return replace(self.employee, **v)

    def accept(self) -> None:
        first = None
        if self.position is not None and self.position.value() is not None:
            first = Appointment(None, 0, self.position.value() or 0, self.date_from.value(),
                                kind=self.kind.currentData())
            if not self._second_on_post_agreed(first):
                return
        try:
            self.saved_id = self.staff.save_employee(self.value(), first)
        except BagalauError as exc:
            self.error.show_error(exc)
            field = getattr(exc, "field", None)
            if field in self.fields:
                self.fields[field].setFocus()
                self.fields[field].selectAll()
            return
        super().accept()
