"""Dialogs for one appointment period, one absence, and a dismissal date."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.staff import Absence, Appointment
from desktop_app.services.staff import StaffService
from desktop_app.ui.i18n import LiveTexts
from desktop_app.ui.staff.choices import PositionCombo, absence_kinds, appointment_kinds
from desktop_app.ui.staff.widgets import DateEdit, ErrorLabel, OptionalDateEdit


class _FormDialog(LiveTexts, QDialog):
    """A form, an error line and OK/Cancel; `save()` calls the service and may refuse."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except BagalauError as exc:
            self.error.show_error(exc)
            return
        super().accept()


class AppointmentDialog(_FormDialog):
    def __init__(self, staff: StaffService, lang: str, employee_id: int, item: Appointment | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self.live(self.setWindowTitle, lambda: self.tr("Appointment"))
        self.staff, self.employee_id, self.item = staff, employee_id, item
        self.position = PositionCombo(staff.positions(), staff.units(), lang)
        self.kind = appointment_kinds()
        self.date_from = DateEdit(item.date_from if item else date.today())
        self.date_to = OptionalDateEdit(item.date_to if item else None)
        self.order_ref = QLineEdit(item.order_ref if item else "")
        self.live(self.order_ref.setPlaceholderText, lambda: self.tr("e.g. order No. 15-ж of 10.01.2026"))
        if item:
            self.position.set_value(item.position_id)
            self.kind.setCurrentIndex(self.kind.findData(item.kind))
        self.form.addRow(self.live_label(lambda: self.tr("Position:")), self.position)
        self.form.addRow(self.live_label(lambda: self.tr("Kind:")), self.kind)
        self.form.addRow(self.live_label(lambda: self.tr("From:")), self.date_from)
        self.form.addRow(self.live_label(lambda: self.tr("To (if ended):")), self.date_to)
        self.form.addRow(self.live_label(lambda: self.tr("Order:")), self.order_ref)

    def save(self) -> None:
        self.staff.save_appointment(Appointment(self.item.id if self.item else None, self.employee_id,
                                                self.position.value() or 0, self.date_from.value(),
                                                self.date_to.value(), self.kind.currentData(),
                                                self.order_ref.text().strip()))


class AbsenceDialog(_FormDialog):
    def __init__(self, staff: StaffService, employee_id: int, item: Absence | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("absenceDialog")
        self.live(self.setWindowTitle, lambda: self.tr("Absence"))
        self.staff, self.employee_id, self.item = staff, employee_id, item
        self.kind = absence_kinds()
        self.date_from = DateEdit(item.date_from if item else date.today())
        self.date_to = DateEdit(item.date_to if item else date.today())
        self.note = QLineEdit(item.note if item else "")
        if item:
            self.kind.setCurrentIndex(self.kind.findData(item.kind))
        self.form.addRow(self.live_label(lambda: self.tr("Kind:")), self.kind)
        self.form.addRow(self.live_label(lambda: self.tr("From:")), self.date_from)
        self.form.addRow(self.live_label(lambda: self.tr("To:")), self.date_to)
        self.form.addRow(self.live_label(lambda: self.tr("Note:")), self.note)

    def save(self) -> None:
        self.staff.save_absence(Absence(self.item.id if self.item else None, self.employee_id,
                                        self.kind.currentData(), self.date_from.value(), self.date_to.value(),
                                        self.note.text().strip()))


class DateDialog(_FormDialog):
    """Ask for one date and pass it to `action` (e.g. the dismissal date)."""

    def __init__(self, title: str, label: str, action: Callable[[date], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateDialog")
        self.setWindowTitle(title)
        self.action = action
        self.day = DateEdit(date.today())
        self.form.addRow(label, self.day)

    def save(self) -> None:
        self.action(self.day.value())
