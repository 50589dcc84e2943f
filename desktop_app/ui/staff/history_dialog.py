"""An employee's full history on one screen: details, appointments, absences, dismissal."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.iin import parse_iin
from desktop_app.services.staff import StaffService
from desktop_app.ui.errors import show_error
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.i18n import LiveTexts
from desktop_app.ui.screen import fit_to_screen
from desktop_app.ui.staff.choices import absence_kind_text, appointment_kind_text, position_text
from desktop_app.ui.staff.employee_dialog import EmployeeDialog
from desktop_app.ui.staff.period_dialogs import AbsenceDialog, AppointmentDialog, DateDialog
from desktop_app.ui.staff.widgets import fmt_date


def _table(headers: list[str], widths: tuple[int, ...]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for col, width in enumerate(widths):
        t.setColumnWidth(col, width)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class EmployeeHistoryDialog(LiveTexts, QDialog):
    """Everything about one person; every change goes through the service and is shown at once."""

    changed = Signal()

    def __init__(self, staff: StaffService, lang: str, employee_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.staff, self.lang, self.employee_id = staff, lang, employee_id
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton()
        self.live(self.edit_button.setText, lambda: self.tr("Edit details…"))
        self.dismiss_button = QPushButton()
        self.edit_button.clicked.connect(self._edit)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.contacts = QLabel()
        self.contacts.setObjectName("contacts")
        self.contacts.setWordWrap(True)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QVBoxLayout()
        heading.addWidget(self.header)
        heading.addWidget(self.contacts)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

        self.appointments = _table([""] * 5, (430, 150, 95, 95))
        self.live(lambda _t: self.appointments.setHorizontalHeaderLabels(
            [self.tr("Position"), self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Order")]), str)
        self.appointments.setObjectName("appointments")
        self.absences = _table([""] * 4, (200, 95, 95))
        self.live(lambda _t: self.absences.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Note")]), str)
        self.absences.setObjectName("absences")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._box(lambda: self.tr("Appointments"), self.appointments, self._add_appointment,
                                   self._edit_appointment, self._delete_appointment))
        layout.addWidget(self._box(lambda: self.tr("Absences (leave, sick leave, training)"), self.absences,
                                   self._add_absence, self._edit_absence, self._delete_absence))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        fit_to_screen(self, 900, 620)
        self.reload()

    def _box(self, title: Callable[[], str], table: QTableWidget, add: Callable[[], None], edit: Callable[[], None],
             delete: Callable[[], None]) -> QGroupBox:
        box = QGroupBox()
        self.live(box.setTitle, title)
        lay = QVBoxLayout(box)
        lay.addWidget(table)
        row = QHBoxLayout()
        for text, fn in ((lambda: self.tr("Add…"), add), (lambda: self.tr("Edit…"), edit),
                         (lambda: self.tr("Delete"), delete)):
            b = QPushButton()
            self.live(b.setText, text)
            b.clicked.connect(fn)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        table.doubleClicked.connect(lambda _i: edit())
        return box

    def reload(self) -> None:
        self.history = self.staff.history(self.employee_id)
        self._render()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "history"):
            self.lang = interface_language()
            self._render()   # what was read, in the new language; no database access

    def _render(self) -> None:
        h = self.history
        e = h.employee
        born = parse_iin(e.iin).birth_date if len(e.iin) == 12 else None
        self.setWindowTitle(e.full_name(self.lang))
        lines = [f"<b style='font-size:14pt'>{e.full_name(self.lang)}</b>",
                 self.tr("ИИН {iin}, born {born}").format(iin=e.iin, born=fmt_date(born))]
        # Phone, e-mail and address are what the user typed: a label of their own, shown as typed.
        self.contacts.setText(" · ".join(x for x in (e.phone, e.email, e.address) if x))
        self.contacts.setVisible(bool(self.contacts.text()))
        if e.dismissal_date:
            lines.append("<span style='color:#b00020'>" + self.tr("Dismissed on {date}").format(
                date=fmt_date(e.dismissal_date)) + "</span>")
        self.header.setText("<br>".join(lines))
        self.dismiss_button.setText(self.tr("Cancel dismissal") if e.dismissal_date else self.tr("Dismiss…"))

        self.appointments.setRowCount(len(h.appointments))
        for r, a in enumerate(h.appointments):
            pos = h.positions.get(a.position_id)
            cells = [position_text(pos, h.units, self.lang) if pos else "", appointment_kind_text(a.kind),
                     fmt_date(a.date_from), fmt_date(a.date_to), a.order_ref]
            for c, text in enumerate(cells):
                self.appointments.setItem(r, c, QTableWidgetItem(text))
        self.absences.setRowCount(len(h.absences))
        for r, b in enumerate(h.absences):
            for c, text in enumerate([absence_kind_text(b.kind), fmt_date(b.date_from), fmt_date(b.date_to), b.note]):
                self.absences.setItem(r, c, QTableWidgetItem(text))

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def _edit(self) -> None:
        self._run(EmployeeDialog(self.staff, self.lang, self.history.employee, self))

    def _dismiss(self) -> None:
        if self.history.employee.dismissal_date:
            self._try(lambda: self.staff.cancel_dismissal(self.employee_id))
            return
        self._run(DateDialog(self.tr("Dismissal"), self.tr("Dismissal date:"),
                             lambda day: self.staff.dismiss(self.employee_id, day), self))

    def _try(self, action: Callable[[], None]) -> None:
        try:
            action()
        except BagalauError as exc:
            show_error(self, exc)
            return
        self._changed()

    def _selected(self, table: QTableWidget) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _add_appointment(self) -> None:
        self._run(AppointmentDialog(self.staff, self.lang, self.employee_id, None, self))

    def _edit_appointment(self) -> None:
        r = self._selected(self.appointments)
        if r >= 0:
            self._run(AppointmentDialog(self.staff, self.lang, self.employee_id, self.history.appointments[r], self))

    def _delete_appointment(self) -> None:
        r = self._selected(self.appointments)
        if r >= 0 and self._confirm(self.tr("Delete this appointment period?")):
            item_id = self.history.appointments[r].id
            self._try(lambda: self.staff.delete_appointment(item_id or 0))

    def _add_absence(self) -> None:
        self._run(AbsenceDialog(self.staff, self.employee_id, None, self))

    def _edit_absence(self) -> None:
        r = self._selected(self.absences)
        if r >= 0:
            self._run(AbsenceDialog(self.staff, self.employee_id, self.history.absences[r], self))

    def _delete_absence(self) -> None:
        r = self._selected(self.absences)
        if r >= 0 and self._confirm(self.tr("Delete this absence?")):
            item_id = self.history.absences[r].id
            self._try(lambda: self.staff.delete_absence(item_id or 0))

    def _confirm(self, text: str) -> bool:
        return QMessageBox.question(self, self.windowTitle(), text) == QMessageBox.StandardButton.Yes
