"""Small dialogs of the quarter page: open a quarter, roster override, a date, a notice to a dismissed evaluee."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.evaluation import NoticeMethod
from desktop_app.domain.staff import Employee
from desktop_app.services.quarter import RosterLine
from desktop_app.ui.i18n import LiveTexts, qt_translate
from desktop_app.ui.screen import fit_to_screen


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class OverrideDialog(LiveTexts, QDialog):
    """The specialist's decision about one roster line, with a written reason; earlier ones listed."""

    def __init__(self, line: RosterLine, employees: list[Employee], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.live(self.setWindowTitle, lambda: self.tr("Override the roster decision"))
        self.include = QComboBox()
        self.include.setObjectName("include")
        self.include.addItem(self.tr("Keep the computed decision"), None)
        self.include.addItem(self.tr("Evaluate"), True)
        self.include.addItem(self.tr("Do not evaluate"), False)
        self.evaluator = QComboBox()
        self.evaluator.setObjectName("evaluator")
        self.evaluator.addItem(self.tr("Keep the computed evaluator"), None)
        for e in sorted(employees, key=lambda x: x.full_name(lang)):
            if e.id != line.employee.id and e.dismissal_date is None:
                self.evaluator.addItem(e.full_name(lang), e.id)
        self.form = QComboBox()
        self.form.setObjectName("form")
        self.form.addItem(self.tr("Keep the computed form"), None)
        self.form.addItem(self.tr("Form 1"), 1)
        self.form.addItem(self.tr("Form 2"), 2)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why the decision differs from the rules (kept in history)"))
        self.reason.setMaximumHeight(80)
        history = QListWidget()
        history.setObjectName("history")
        for rec in line.history:
            what = []
            if rec.include is not None:
                what.append(self.tr("evaluate") if rec.include else self.tr("do not evaluate"))
            if rec.evaluator_employee_id is not None:
                what.append(self.tr("evaluator changed"))
            if rec.form is not None:
                what.append(self.tr("form {form}").format(form=rec.form))
            history.addItem(f"{rec.created_at.replace('T', ' ')} — {', '.join(what) or self.tr('cancelled')}: "
                            f"{rec.reason}")
        form = QFormLayout()
        form.addRow(QLabel(f"<b>{line.employee.full_name(lang)}</b>"))
        form.addRow(self.live_label(lambda: self.tr("Now:")), QLabel(line.reason.render(qt_translate) + "\n" + line.rule.render(qt_translate)))
        form.addRow(self.live_label(lambda: self.tr("Inclusion:")), self.include)
        form.addRow(self.live_label(lambda: self.tr("Evaluator:")), self.evaluator)
        form.addRow(self.live_label(lambda: self.tr("Form:")), self.form)
        form.addRow(self.live_label(lambda: self.tr("Reason:")), self.reason)
        form.addRow(self.live_label(lambda: self.tr("History:")), history)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        fit_to_screen(self, 620, 460)

    def values(self) -> tuple[bool | None, int | None, int | None, str]:
        return (self.include.currentData(), self.evaluator.currentData(), self.form.currentData(),
                self.reason.toPlainText().strip())


class DateDialog(LiveTexts, QDialog):
    """Asks for one date (signed on, received on, final on)."""

    def __init__(self, title: str, label: str, initial: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateDialog")
        self.setWindowTitle(title)
        self.edit = QDateEdit(qdate(initial))
        self.edit.setObjectName("date")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        form = QFormLayout(self)
        form.addRow(label, self.edit)
        form.addRow(_buttons(self))

    def value(self) -> date:
        return pydate(self.edit.date())


class NoticeDialog(LiveTexts, QDialog):
    """How and when a dismissed evaluee was told the result (001 §9)."""

    def __init__(self, initial: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeDialog")
        self.live(self.setWindowTitle, lambda: self.tr("Notice to a dismissed evaluee (Methodology, item 9)"))
        self.method = QComboBox()
        self.method.setObjectName("method")
        for m, text in notice_methods().items():
            self.method.addItem(text, m.value)
        self.day = QDateEdit(qdate(initial))
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.ref = QLineEdit()
        self.ref.setObjectName("ref")
        self.ref.setPlaceholderText(self.tr("Outgoing number, receipt, phone message number…"))
        form = QFormLayout(self)
        form.addRow(self.live_label(lambda: self.tr("Method:")), self.method)
        form.addRow(self.live_label(lambda: self.tr("Date:")), self.day)
        form.addRow(self.live_label(lambda: self.tr("Reference:")), self.ref)
        form.addRow(_buttons(self))

    def values(self) -> tuple[NoticeMethod, date, str]:
        return NoticeMethod(self.method.currentData()), pydate(self.day.date()), self.ref.text().strip()


def notice_methods() -> dict[NoticeMethod, str]:
    return {NoticeMethod.REGISTERED_LETTER: QCoreApplication.translate("NoticeDialog", "registered letter with acknowledgement of delivery"),
            NoticeMethod.PHONE: QCoreApplication.translate("NoticeDialog", "telephone message"), NoticeMethod.TELEGRAM: QCoreApplication.translate("NoticeDialog", "telegram"),
            NoticeMethod.SMS: QCoreApplication.translate("NoticeDialog", "text message to the mobile number"), NoticeMethod.EMAIL: QCoreApplication.translate("NoticeDialog", "e-mail"),
            NoticeMethod.OTHER: QCoreApplication.translate("NoticeDialog", "other means that record the notice")}


class OpenQuarterDialog(LiveTexts, QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openQuarterDialog")
        self.live(self.setWindowTitle, lambda: self.tr("Open a quarter"))
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        q = (today.month - 1) // 3 + 1
        self.year.setValue(today.year)
        self.quarter = QSpinBox()
        self.quarter.setObjectName("quarter")
        self.quarter.setRange(1, 4)
        self.quarter.setValue(q)
        form = QFormLayout(self)
        form.addRow(self.live_label(lambda: self.tr("Year:")), self.year)
        form.addRow(self.live_label(lambda: self.tr("Quarter:")), self.quarter)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)
