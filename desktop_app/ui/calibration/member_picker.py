"""Choosing the members of a calibration session (001 §19).

Every eligible employee is a row: the HR officers and the evaluators of other units are listed first
(the service's proposal), the appellants and the disputed evaluators never appear. A ticked row is a
member, with a role and a "present" mark. The composition itself is checked by the service, which
refuses an invalid one with the reason (odd number, at least three, an HR officer, one chair, one secretary).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.calibration import Member, Person, Role
from desktop_app.ui.cells import cell, is_checked
from desktop_app.ui.help import help_button, set_help_rule
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.i18n import Retranslatable

ROLES = (Role.MEMBER, Role.CHAIR, Role.SECRETARY)


class MemberPicker(Retranslatable, QWidget):
    """A table of candidates; `members()` gives the chosen composition."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._default: list[Member] = []
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("members")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _i: self._update_count())
        self.count = QLabel()
        self.count.setObjectName("memberCount")
        self.propose = QPushButton()
        self.propose.setObjectName("proposeMembers")
        self.propose.clicked.connect(self.use_default)
        set_help_rule(self.table, "calibration.composition")   # F1 on the members: 001 §19
        self.rule_help = help_button(self, "calibration.composition")
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.rule_help)
        row.addWidget(self.propose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.retranslate()

    # -- data -----------------------------------------------------------------------------------
    def set_candidates(self, people: list[Person], members: list[Member], default: list[Member]) -> None:
        """`people` in the proposed order; `members` ticked now; `default` is what "Propose" restores."""
        self._default = default
        chosen = {m.employee_id: m for m in members}
        ordered = [m.person for m in members] + [p for p in people if p.employee_id not in chosen]
        self._people = ordered
        self.table.blockSignals(True)
        self.table.setRowCount(len(ordered))
        lang = interface_language()
        for r, p in enumerate(ordered):
            m = chosen.get(p.employee_id)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked if m else Qt.CheckState.Unchecked)
            self.table.setItem(r, 0, tick)
            name, position = p.name_in(lang), p.position_in(lang)
            self.table.setItem(r, 1, QTableWidgetItem(f"{name}\n{position}" if position else name))
            marks = []
            if p.is_hr:
                marks.append(self.tr("HR officer"))
            if p.is_evaluator:
                marks.append(self.tr("evaluator"))
            self.table.setItem(r, 2, QTableWidgetItem(", ".join(marks)))
            role = QComboBox()
            role.setObjectName(f"role_{p.employee_id}")
            for value in ROLES:
                role.addItem(self._role_text(value), value.value)
            role.setCurrentIndex(ROLES.index(m.role) if m else 0)
            role.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.table.setCellWidget(r, 3, role)
            present = QTableWidgetItem()
            present.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            present.setCheckState(Qt.CheckState.Checked if (m is None or m.present) else Qt.CheckState.Unchecked)
            self.table.setItem(r, 4, present)
            self.table.setItem(r, 5, QTableWidgetItem(str(p.employee_id)))
        self.table.setColumnHidden(5, True)
        self._fit_columns()
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self._update_count()

    def _fit_columns(self) -> None:
        """The role column as wide as its longest item («Председатель», «Төраға»), the tick columns as
        wide as their headers («Присутствие»): nothing is cut, the name column takes the rest."""
        header = self.table.horizontalHeader()
        for col in (0, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        combos = [self.table.cellWidget(r, 3) for r in range(self.table.rowCount())]
        widths = [c.sizeHint().width() for c in combos if isinstance(c, QComboBox)]
        title = header.fontMetrics().horizontalAdvance(self.tr("Role")) + 24
        self.table.setColumnWidth(3, max([title, *widths]) + 6)

    def showEvent(self, event: QShowEvent) -> None:
        """Rows as high as their text at the width the names finally get: measured before the first show,
        with the name column still narrow, they came out two or three lines too high."""
        super().showEvent(event)
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)   # dropped if the table is gone

    def use_default(self) -> None:
        self.set_candidates([p for p in self._people], self._default, self._default)
        self.changed.emit()

    def members(self) -> list[Member]:
        out: list[Member] = []
        for r, p in enumerate(self._people):
            if not is_checked(self.table, r):
                continue
            combo = self.table.cellWidget(r, 3)
            assert isinstance(combo, QComboBox)
            present = is_checked(self.table, r, 4)
            out.append(Member(p, Role(combo.currentData()), present))
        return out

    def set_member(self, employee_id: int, ticked: bool, role: Role = Role.MEMBER) -> None:
        """Tick or untick one candidate (used by keyboard-free tests and the "Propose" button)."""
        for r, p in enumerate(self._people):
            if p.employee_id == employee_id:
                cell(self.table, r, 0).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                combo = self.table.cellWidget(r, 3)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(ROLES.index(role))

    def _update_count(self) -> None:
        n = sum(1 for r in range(self.table.rowCount()) if is_checked(self.table, r))
        self.count.setText(self.tr("Members chosen: %1").replace("%1", str(n)))
        self.changed.emit()

    # -- language -------------------------------------------------------------------------------
    def _role_text(self, role: Role) -> str:
        return {Role.CHAIR: self.tr("Chair"), Role.SECRETARY: self.tr("Secretary"),
                Role.MEMBER: self.tr("Member")}[role]

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Name and position"), self.tr("Marks"),
                                              self.tr("Role"), self.tr("Present"), ""])
        self.propose.setText(self.tr("Propose members"))
        self.propose.setToolTip(self.tr("HR officer as secretary, evaluators of other units (Methodology, item 19)"))
        if self._people:
            self.set_candidates(list(self._people), self.members(), self._default)   # marks and roles re-read
        else:
            self._update_count()

