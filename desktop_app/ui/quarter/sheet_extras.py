"""What a sheet records beside its entries, as a tab of the evaluation detail:

- points model: months of the quarter under a disciplinary sanction with the order (002 §21), and the unit
  head's personal points with the note of concrete grounds (002 §26);
- any model: the servants the evaluator designated to also evaluate, when the evaluator has more than
  twenty evaluees (001 §17), with the day of designation and their proposed score.

Every value goes through the service, which refuses impossible input with a message and changes nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.methodology.fmt import plain, signed
from desktop_app.domain.methodology.sheet_extras import SanctionRecord
from desktop_app.domain.quarters import quarter_bounds
from desktop_app.domain.staff import Employee
from desktop_app.services.evaluation import EvaluationService, SheetView
from desktop_app.ui.errors import show_error
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.i18n import LiveTexts, Retranslatable
from desktop_app.ui.quarter.dialogs import pydate, qdate


def _table(name: str, columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.setObjectName(name)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class DesigneeDialog(LiveTexts, QDialog):
    """Who the evaluator designated and when (001 §17); the candidates are those the rule allows. Its texts
    and the names' spelling follow a language switch while it is open."""

    def __init__(self, candidates: list[Employee], lang: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("designeeDialog")
        self.live(self.setWindowTitle, lambda: self.tr("Designated co-evaluator"))
        self.candidates = candidates
        self.person = QComboBox()
        self.person.setObjectName("designee")
        for e in candidates:
            self.person.addItem(e.full_name(lang), e.id)
        self.day = QDateEdit(qdate(today))
        self.day.setObjectName("designatedOn")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.score = QLineEdit()
        self.score.setObjectName("proposedScore")
        self.live(self.score.setPlaceholderText, lambda: self.tr("optional, 0 to 5"))
        form = QFormLayout(self)
        form.addRow(self.live_label(lambda: self.tr("Servant:")), self.person)
        form.addRow(self.live_label(lambda: self.tr("Designated on:")), self.day)
        form.addRow(self.live_label(lambda: self.tr("Proposed score:")), self.score)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def retranslate(self) -> None:
        super().retranslate()
        lang = interface_language()
        for i, e in enumerate(self.candidates):
            self.person.setItemText(i, e.full_name(lang))

    def values(self) -> tuple[int, date, str]:
        return int(self.person.currentData() or 0), pydate(self.day.date()), self.score.text().strip()


class SheetExtrasPanel(Retranslatable, QWidget):
    """Sanction, personal points and designees of the shown sheet; `changed` after a saved change."""

    changed = Signal()

    def __init__(self, service: EvaluationService, lang: Callable[[], str], today: Callable[[], date],
                 ask_reason: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.lang = lang
        self.today = today
        self.ask_reason = ask_reason
        self.view: SheetView | None = None
        self._evaluees = 0
        self._people: dict[int, Employee] = {}
        # 002 §21: months under a sanction, the order
        self.sanction_box = QGroupBox()
        self.sanction_box.setObjectName("sanctionBox")
        self.months = QSpinBox()
        self.months.setObjectName("sanctionMonths")
        self.months.setRange(0, 12)     # the service refuses more than the quarter's 3, with a message
        self.order = QLineEdit()
        self.order.setObjectName("sanctionOrder")
        self.order_date = QDateEdit()
        self.order_date.setObjectName("sanctionOrderDate")
        self.order_date.setCalendarPopup(True)
        self.order_date.setDisplayFormat("dd.MM.yyyy")
        self.save_sanction = QPushButton()
        self.save_sanction.setObjectName("saveSanction")
        self.save_sanction.clicked.connect(self._save_sanction)
        self.months_label, self.order_label, self.order_date_label = QLabel(), QLabel(), QLabel()
        # One field a row: the detail column is narrow at 1366×768.
        form = QFormLayout(self.sanction_box)
        form.addRow(self.months_label, self.months)
        form.addRow(self.order_label, self.order)
        form.addRow(self.order_date_label, self.order_date)
        form.addRow("", self.save_sanction)
        # 002 §26: personal points with the note
        self.personal_box = QGroupBox()
        self.personal_box.setObjectName("personalBox")
        self.personal = _table("personalPoints", 3)
        self.personal.setWordWrap(True)
        self.personal.setMinimumHeight(90)
        self.points = QLineEdit()
        self.points.setObjectName("personalValue")
        self.points.setMaximumWidth(110)
        self.note = QLineEdit()
        self.note.setObjectName("personalNote")
        self.add_personal = QPushButton()
        self.add_personal.setObjectName("addPersonal")
        self.add_personal.clicked.connect(self._add_personal)
        self.remove_personal = QPushButton()
        self.remove_personal.setObjectName("removePersonal")
        self.remove_personal.clicked.connect(self._remove_personal)
        self.points_label, self.note_label = QLabel(), QLabel()
        p = QVBoxLayout(self.personal_box)
        p.addWidget(self.personal)
        entry = QFormLayout()
        entry.addRow(self.points_label, self.points)
        entry.addRow(self.note_label, self.note)
        p.addLayout(entry)
        row = QHBoxLayout()
        for w in (self.add_personal, self.remove_personal):
            row.addWidget(w)
        row.addStretch(1)
        p.addLayout(row)
        # 001 §17: designees
        self.designee_box = QGroupBox()
        self.designee_box.setObjectName("designeeBox")
        self.designee_hint = QLabel()
        self.designee_hint.setObjectName("designeeHint")
        self.designee_hint.setWordWrap(True)
        self.designees = _table("designees", 3)
        self.designees.setMinimumHeight(70)
        self.designate = QPushButton()
        self.designate.setObjectName("designate")
        self.designate.clicked.connect(self._designate)
        self.propose = QPushButton()
        self.propose.setObjectName("proposeScore")
        self.propose.clicked.connect(self._propose)
        self.undesignate = QPushButton()
        self.undesignate.setObjectName("removeDesignee")
        self.undesignate.clicked.connect(self._remove_designee)
        d = QVBoxLayout(self.designee_box)
        d.addWidget(self.designee_hint)
        d.addWidget(self.designees)
        buttons = QHBoxLayout()
        for w in (self.designate, self.propose):
            buttons.addWidget(w)
        buttons.addStretch(1)
        d.addLayout(buttons)
        d.addWidget(self.undesignate, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.sanction_box, self.personal_box, self.designee_box):
            layout.addWidget(box)
        layout.addStretch(1)
        self.retranslate()

    # -- showing --------------------------------------------------------------------------------
    def show_view(self, view: SheetView | None) -> None:
        """Read what the tab shows once here; `retranslate` only redraws (no database on a language switch)."""
        self.view = view
        if view is not None:
            ev = view.evaluation
            self._evaluees = self.service.extras.evaluees_of(ev.quarter_id, ev.evaluator_employee_id)
            self._people = self.service.quarters.quarters_repo.snapshot().employees if view.designees else {}
        self._fill()

    def _fill(self) -> None:
        v = self.view
        m = v.methodology if v else None
        self.sanction_box.setVisible(m is not None and m.sanction is not None)
        self.personal_box.setVisible(m is not None and m.personal_points is not None)
        self.designee_box.setVisible(v is not None)
        editable = v is not None and v.quarter.status != "final" and v.evaluation.status.value != "final"
        for w in (self.save_sanction, self.add_personal, self.remove_personal, self.designate, self.propose,
                  self.undesignate):
            w.setEnabled(editable)
        if v is None:
            return
        s = v.evaluation.sanction
        self.months.setValue(s.months)
        self.order.setText(s.order_number)
        # An order in force in the quarter is dated before its end: offer the quarter's first day.
        self.order_date.setDate(qdate(s.order_date or quarter_bounds(v.quarter.year, v.quarter.quarter)[0]))
        counted = [ln.points for ln in v.outcome.points.lines if ln.kind == "personal"] \
            if v.outcome.points is not None else []
        self.personal.setRowCount(len(v.personal))
        self.personal.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for i, p in enumerate(v.personal):
            got = counted[i] if i < len(counted) else None
            cells = (signed(p.points), p.note, signed(got) if got is not None else "—")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.personal.setItem(i, col, item)
        self.personal.resizeRowsToContents()
        n = self._evaluees
        self.designee_hint.setText(
            self.tr("The evaluator has {n} evaluees: over 20, servants the evaluator designates also evaluate "
                    "(paragraph 17 of the Methodology). The evaluator's score stays the sheet's score.").format(n=n)
            if n > 20 else
            self.tr("The evaluator has {n} evaluees: designees take part only when there are more than 20 "
                    "(paragraph 17 of the Methodology).").format(n=n))
        self.designate.setEnabled(editable and n > 20)
        snap = self._people
        lang = self.lang()
        self.designees.setRowCount(len(v.designees))
        for i, x in enumerate(v.designees):
            who = snap.get(x.employee_id)
            cells = (who.full_name(lang) if who else str(x.employee_id), x.designated_on.strftime("%d.%m.%Y"),
                     plain(x.proposed_score) if x.proposed_score is not None else "—")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, x.id)
                self.designees.setItem(i, col, item)

    # -- actions --------------------------------------------------------------------------------
    def _run(self, action: Callable[[str], object]) -> bool:
        """Run a change with the reason a signed sheet needs; a refusal shows its message, nothing changes."""
        reason = ""
        if self.view is not None and self.view.evaluation.locked:
            asked = self.ask_reason()
            if asked is None:
                return False
            reason = asked
        try:
            action(reason)
        except BagalauError as exc:
            show_error(self, exc)
            return False
        self.changed.emit()
        return True

    def _eid(self) -> int:
        return (self.view.evaluation.id or 0) if self.view else 0

    def _save_sanction(self) -> None:
        record = SanctionRecord(self.months.value(), self.order.text(),
                                pydate(self.order_date.date()) if self.months.value() else None)
        self._run(lambda reason: self.service.extras.set_sanction(self._eid(), record, reason))

    def _add_personal(self) -> None:
        points, note = self.points.text(), self.note.text()
        if self._run(lambda reason: self.service.extras.add_personal(self._eid(), points, note, reason)):
            self.points.clear()
            self.note.clear()

    def _selected(self, table: QTableWidget) -> int | None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _remove_personal(self) -> None:
        row_id = self._selected(self.personal)
        if row_id is not None:
            self._run(lambda reason: self.service.extras.remove_personal(row_id, reason))

    def _designate(self) -> None:
        if self.view is None:
            return
        day = self.today()
        dialog = DesigneeDialog(self.service.extras.candidates(self._eid(), day), self.lang(), day, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        person, on, score = dialog.values()

        def act(reason: str) -> None:
            row = self.service.extras.designate(self._eid(), person, on, reason)
            if score:
                self.service.extras.set_designee_score(row, score, reason)
        self._run(act)

    def _propose(self) -> None:
        row_id = self._selected(self.designees)
        if row_id is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Proposed score"), self.tr("The designee's score (0 to 5):"))
        if ok:
            self._run(lambda reason: self.service.extras.set_designee_score(row_id, text, reason))

    def _remove_designee(self) -> None:
        row_id = self._selected(self.designees)
        if row_id is not None:
            self._run(lambda reason: self.service.extras.remove_designee(row_id, reason))

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.sanction_box.setTitle(self.tr("Disciplinary sanction in the quarter"))
        self.months_label.setText(self.tr("Months:"))
        self.order_label.setText(self.tr("Order №"))
        self.order_date_label.setText(self.tr("of"))
        self.save_sanction.setText(self.tr("Save"))
        self.personal_box.setTitle(self.tr("Personal points of the unit head"))
        self.points.setPlaceholderText(self.tr("+1…+5 or −2"))
        self.points_label.setText(self.tr("Points:"))
        self.note_label.setText(self.tr("Grounds:"))
        self.note.setPlaceholderText(self.tr("concrete grounds: workload, complexity, business qualities"))
        self.add_personal.setText(self.tr("Add"))
        self.remove_personal.setText(self.tr("Remove"))
        self.personal.setHorizontalHeaderLabels([self.tr("Points"), self.tr("Grounds"), self.tr("Counted")])
        self.designee_box.setTitle(self.tr("Designated co-evaluators"))
        self.designate.setText(self.tr("Designate…"))
        self.propose.setText(self.tr("Proposed score…"))
        self.undesignate.setText(self.tr("Remove"))
        self.designees.setHorizontalHeaderLabels([self.tr("Servant"), self.tr("Designated on"),
                                                  self.tr("Proposed score")])
        self._fill()
