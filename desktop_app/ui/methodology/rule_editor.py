"""Editing a PointRule: kind (fixed / range / count tiers), multipliers, cap, co-executor, minimum facts."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.methodology.model import (
    FLAG_LATE_5_10,
    FLAG_LATE_60,
    FLAG_REPEAT,
    FLAG_SHORT_DEADLINE,
    CoExecutorShare,
    CountTier,
    Multiplier,
    PointRule,
    RuleKind,
)
from desktop_app.ui.cells import cell
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.methodology.widgets import cell_dec, dec, dspin, form_row, set_cell, set_dec

KINDS: tuple[RuleKind, ...] = ("fixed", "range", "tiers")


def _or(value: Decimal | None, default: Decimal) -> Decimal:
    """`value`, or `default` for a blank cell (never for 0, which `or` would replace)."""
    return default if value is None else value
CONDITIONS = ("min_quantity", FLAG_SHORT_DEADLINE, FLAG_LATE_5_10, FLAG_REPEAT, FLAG_LATE_60)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


class RuleEditor(Retranslatable, QWidget):
    """The rule part of the item editor; emits `changed` on every edit so the example is recomputed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("ruleKind")
        self.points = dspin(0, 1000, 2, "fixedPoints")
        self.min_points = dspin(0, 1000, 2, "minPoints")
        self.max_points = dspin(0, 1000, 2, "maxPoints")
        self.tiers = QTableWidget(0, 4)
        self.tiers.setObjectName("tiers")
        self.tiers.setMinimumHeight(150)
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_tier = QPushButton()
        self.add_tier.setObjectName("addTier")
        self.remove_tier = QPushButton()
        self.remove_tier.setObjectName("removeTier")
        fixed_page, range_page, tiers_page = QWidget(), QWidget(), QWidget()
        self.fixed_form = QFormLayout(fixed_page)
        self.points_label = form_row(self.fixed_form, self.points)
        self.range_form = QFormLayout(range_page)
        self.from_label = form_row(self.range_form, self.min_points)
        self.to_label = form_row(self.range_form, self.max_points)
        tl = QVBoxLayout(tiers_page)
        tl.addWidget(self.tiers)
        row = QHBoxLayout()
        row.addWidget(self.add_tier)
        row.addWidget(self.remove_tier)
        row.addStretch(1)
        tl.addLayout(row)
        self.stack = QStackedWidget()
        for page in (fixed_page, range_page, tiers_page):
            self.stack.addWidget(page)

        self.multipliers = QTableWidget(0, 3)
        self.multipliers.setObjectName("multipliers")
        mh = self.multipliers.horizontalHeader()
        mh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        mh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_mult = QPushButton()
        self.add_mult.setObjectName("addMultiplier")
        self.remove_mult = QPushButton()
        self.remove_mult.setObjectName("removeMultiplier")
        self.min_quantity = QSpinBox()
        self.min_quantity.setObjectName("minQuantity")
        self.min_quantity.setRange(0, 1000)
        self.has_cap = QCheckBox()
        self.has_cap.setObjectName("hasCap")
        self.cap = dspin(0, 10000, 2, "cap")
        self.cap_group = QLineEdit()
        self.cap_group.setObjectName("capGroup")
        self.co_kind = QComboBox()
        self.co_kind.setObjectName("coExecutor")
        self.co_points = dspin(0, 100, 2, "coPoints")

        form = QFormLayout(self)
        self.kind_label, self.mult_label, self.minq_label = QLabel(), QLabel(), QLabel()
        self.cap_label, self.co_label = QLabel(), QLabel()
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.stack)
        mrow = QHBoxLayout()
        mrow.addWidget(self.add_mult)
        mrow.addWidget(self.remove_mult)
        mrow.addStretch(1)
        form.addRow(self.mult_label, self.multipliers)
        form.addRow(QLabel(), mrow)
        form.addRow(self.minq_label, self.min_quantity)
        caprow = QHBoxLayout()
        caprow.addWidget(self.has_cap)
        caprow.addWidget(self.cap)
        form.addRow(self.cap_label, caprow)
        self.group_label = form_row(form, self.cap_group)
        corow = QHBoxLayout()
        corow.addWidget(self.co_kind)
        corow.addWidget(self.co_points)
        form.addRow(self.co_label, corow)

        self.kind.currentIndexChanged.connect(self._show_kind)
        self.add_tier.clicked.connect(self._new_tier)
        self.remove_tier.clicked.connect(lambda: self._remove(self.tiers))
        self.add_mult.clicked.connect(self._new_multiplier)
        self.remove_mult.clicked.connect(lambda: self._remove(self.multipliers))
        for w in (self.points, self.min_points, self.max_points, self.cap, self.co_points):
            w.valueChanged.connect(self.changed)
        self.min_quantity.valueChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.co_kind.currentIndexChanged.connect(self.changed)
        self.has_cap.toggled.connect(self.changed)
        self.cap_group.textChanged.connect(self.changed)
        self.tiers.itemChanged.connect(self.changed)
        self.multipliers.itemChanged.connect(self.changed)
        self.retranslate()
        self._show_kind(0)

    def _show_kind(self, index: int) -> None:
        # A QStackedWidget is as tall as its tallest page: let hidden pages take no room.
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(index)
        self.stack.adjustSize()

    # -- rows -----------------------------------------------------------------------------------
    def _remove(self, table: QTableWidget) -> None:
        row = table.currentRow() if table.currentRow() >= 0 else table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)
            self.changed.emit()

    def _new_tier(self) -> None:
        self.add_tier_row(None)

    def add_tier_row(self, tier: CountTier | None) -> None:
        r = self.tiers.rowCount()
        self.tiers.blockSignals(True)
        self.tiers.insertRow(r)
        t = tier or CountTier(Decimal(0), None, Decimal(1))
        for c, v in enumerate((t.lower, t.upper, t.points, t.multiplier)):
            set_cell(self.tiers, r, c, v)
        self.tiers.blockSignals(False)
        self.changed.emit()

    def _condition_box(self, value: str) -> QComboBox:
        box = QComboBox()
        for cond in CONDITIONS:
            box.addItem(self._condition_text(cond), cond)
        box.setCurrentIndex(max(0, CONDITIONS.index(value) if value in CONDITIONS else 0))
        box.currentIndexChanged.connect(self.changed)
        return box

    def _new_multiplier(self) -> None:
        self.add_multiplier_row(Multiplier(Decimal(2)))

    def add_multiplier_row(self, m: Multiplier) -> None:
        r = self.multipliers.rowCount()
        self.multipliers.blockSignals(True)
        self.multipliers.insertRow(r)
        set_cell(self.multipliers, r, 0, m.factor)
        cell(self.multipliers, r, 0).setData(Qt.ItemDataRole.UserRole, m.source)  # kept: the seed paragraph
        cell(self.multipliers, r, 0).setData(GROUP_ROLE, m.group)  # kept: alternatives of one rule (002 §22 1))
        self.multipliers.setCellWidget(r, 1, self._condition_box(m.flag if m.when == "flag" else "min_quantity"))
        set_cell(self.multipliers, r, 2, m.min_quantity)
        self.multipliers.blockSignals(False)
        self.changed.emit()

    # -- value ----------------------------------------------------------------------------------
    def set_rule(self, rule: PointRule) -> None:
        self.blockSignals(True)
        self.kind.setCurrentIndex(KINDS.index(rule.kind))
        set_dec(self.points, rule.points)
        set_dec(self.min_points, rule.min_points)
        set_dec(self.max_points, rule.max_points)
        self.tiers.setRowCount(0)
        for t in rule.tiers:
            self.add_tier_row(t)
        self.multipliers.setRowCount(0)
        for m in rule.multipliers:
            self.add_multiplier_row(m)
        self.min_quantity.setValue(rule.min_quantity)
        self.has_cap.setChecked(rule.cap is not None)
        set_dec(self.cap, rule.cap)
        self.cap_group.setText(rule.cap_group)
        co = rule.co_executor
        self.co_kind.setCurrentIndex(0 if co is None else (1 if co.kind == "fixed" else 2))
        set_dec(self.co_points, co.points if co else Decimal(1))
        self.blockSignals(False)
        self.changed.emit()

    def rule(self) -> PointRule:
        """The rule as typed; a cell that is not a number raises ValueError naming the text."""
        tiers = tuple(CountTier(_or(cell_dec(self.tiers, r, 0), Decimal(0)), cell_dec(self.tiers, r, 1),
                                _or(cell_dec(self.tiers, r, 2), Decimal(0)), _or(cell_dec(self.tiers, r, 3), Decimal(1)))
                      for r in range(self.tiers.rowCount()))
        mults = []
        for r in range(self.multipliers.rowCount()):
            box = self.multipliers.cellWidget(r, 1)
            cond = box.currentData() if isinstance(box, QComboBox) else "min_quantity"
            n = int(_or(cell_dec(self.multipliers, r, 2), Decimal(2)))
            factor = _or(cell_dec(self.multipliers, r, 0), Decimal(1))   # ×0 is a real value (002 §21 2))
            cell = self.multipliers.item(r, 0)
            source = str(cell.data(Qt.ItemDataRole.UserRole) or "") if cell else ""
            group = str(cell.data(GROUP_ROLE) or "") if cell else ""
            mults.append(Multiplier(factor, "min_quantity", n, "", source, group) if cond == "min_quantity"
                         else Multiplier(factor, "flag", n, cond, source, group))
        co_idx = self.co_kind.currentIndex()
        co = None if co_idx == 0 else CoExecutorShare("fixed" if co_idx == 1 else "half", dec(self.co_points))
        return PointRule(kind=KINDS[self.kind.currentIndex()], points=dec(self.points), min_points=dec(self.min_points),
                         max_points=dec(self.max_points), tiers=tiers, min_quantity=self.min_quantity.value(),
                         multipliers=tuple(mults), cap=dec(self.cap) if self.has_cap.isChecked() else None,
                         co_executor=co, cap_group=self.cap_group.text().strip())

    # -- language -------------------------------------------------------------------------------
    def _condition_text(self, cond: str) -> str:
        return {"min_quantity": self.tr("N or more facts in the quarter"),
                FLAG_SHORT_DEADLINE: self.tr("deadline of at least 3 working days"),
                FLAG_LATE_5_10: self.tr("deadline missed by 5 to 10 days"),
                FLAG_REPEAT: self.tr("aggravated repeat"),
                FLAG_LATE_60: self.tr("late more than 60 minutes in total")}[cond]

    def retranslate(self) -> None:
        idx = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItems([self.tr("Fixed points per fact"), self.tr("Range chosen by the evaluator"),
                            self.tr("Points by count (tiers)")])
        self.kind.setCurrentIndex(max(idx, 0))
        self.kind.blockSignals(False)
        co_idx = self.co_kind.currentIndex()
        self.co_kind.blockSignals(True)
        self.co_kind.clear()
        self.co_kind.addItems([self.tr("No share"), self.tr("Fixed points per fact"), self.tr("Half the points")])
        self.co_kind.setCurrentIndex(max(co_idx, 0))
        self.co_kind.blockSignals(False)
        self.points_label.setText(self.tr("Points per fact"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.tiers.setHorizontalHeaderLabels([self.tr("From"), self.tr("To (blank: and more)"), self.tr("Points"),
                                              self.tr("Multiplier")])
        self.multipliers.setHorizontalHeaderLabels([self.tr("Factor"), self.tr("When"), self.tr("N")])
        for r in range(self.multipliers.rowCount()):
            box = self.multipliers.cellWidget(r, 1)
            if isinstance(box, QComboBox):
                for i, cond in enumerate(CONDITIONS):
                    box.setItemText(i, self._condition_text(cond))
        self.add_tier.setText(self.tr("Add tier"))
        self.remove_tier.setText(self.tr("Remove tier"))
        self.add_mult.setText(self.tr("Add multiplier"))
        self.remove_mult.setText(self.tr("Remove multiplier"))
        self.kind_label.setText(self.tr("Rule"))
        self.mult_label.setText(self.tr("Multipliers"))
        self.minq_label.setText(self.tr("Points only from N facts"))
        self.has_cap.setText(self.tr("Cap per quarter"))
        self.cap_label.setText(self.tr("Cap"))
        self.co_label.setText(self.tr("Co-executor"))
        self.group_label.setText(self.tr("Cap shared with items marked"))
        self.cap_group.setPlaceholderText(self.tr("blank: the cap is the item's own"))
