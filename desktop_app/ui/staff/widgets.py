"""Small shared pieces of the staff screens: dates as ДД.ММ.ГГГГ, an optional date field, error labels."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop_app.domain.errors import BagalauError
from desktop_app.ui.errors import error_text


def fmt_date(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DateEdit(QDateEdit):
    """A date field that shows ДД.ММ.ГГГГ with a calendar pop-up."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setCalendarPopup(True)
        self.setDate(to_qdate(day or date.today()))

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, day: date) -> None:
        self.setDate(to_qdate(day))


class OptionalDateEdit(QWidget):
    """A date that may be absent ("to" of an open period): a check box switches the date field on."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = DateEdit(day)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(day)

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        if day is not None:
            self.edit.set_value(day)


class ErrorLabel(QLabel):
    """Red text under a form: exactly what is wrong, in the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, exc: BagalauError) -> None:
        self.setText(error_text(exc))
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()
