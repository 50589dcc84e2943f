"""Penalty items (002 §21, §22), the unit head's personal points (002 §26), the disciplinary deduction
(002 §21) and the efficiency coefficient table (002 §18)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.methodology.model import (
    EfficiencyStep,
    Methodology,
    PenaltyItem,
    PersonalPointsRule,
    SanctionRule,
)
from desktop_app.domain.methodology.rules import describe_rule
from desktop_app.ui.help import set_help_rule
from desktop_app.ui.help.rule_links import RuleLinks
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.methodology.item_dialog import ItemDialog
from desktop_app.ui.methodology.widgets import cell_dec, dec, dspin, form_row, render, set_cell, set_dec
from desktop_app.ui.shortcuts import bind

GROUPS = ("executive", "labour")


class PenaltyTab(Retranslatable, QWidget):
    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.items: list[PenaltyItem] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("penaltyTree")
        self.tree.setColumnCount(3)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setMinimumHeight(280)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.add, self.edit, self.remove = QPushButton(), QPushButton(), QPushButton()
        self.add.setObjectName("addPenaltyItem")
        self.add.clicked.connect(self.add_item)
        self.edit.clicked.connect(self.edit_selected)
        self.remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for b in (self.add, self.edit, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        set_help_rule(self.tree, "penalty.rules")   # F1 on the penalty items: seed 002
        # 002 §26 personal points, 002 §21 sanction, 002 §18 efficiency
        self.personal_on = QCheckBox()
        self.personal_on.setObjectName("personalOn")
        self.p_min, self.p_max = dspin(0, 100, 2, "personalMin"), dspin(0, 100, 2, "personalMax")
        self.p_pen, self.p_cap = dspin(0, 100, 2, "personalPenalty"), dspin(0, 1000, 2, "personalCap")
        self.p_block = QSpinBox()
        self.p_block.setRange(1, 1000)
        self.sanction_on = QCheckBox()
        self.sanction_on.setObjectName("sanctionOn")
        self.sanction = dspin(0, 100, 2, "sanctionPercent")
        self.efficiency = QTableWidget(0, 2)
        self.efficiency.setObjectName("efficiency")
        self.efficiency.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.efficiency.setMinimumHeight(120)
        self.eff_add, self.eff_remove = QPushButton(), QPushButton()
        self.eff_add.clicked.connect(lambda: self._eff_row(EfficiencyStep(Decimal(0), Decimal(1))))
        self.eff_remove.clicked.connect(lambda: self.efficiency.removeRow(self.efficiency.currentRow()))
        self.rules_box = QGroupBox()
        form = QFormLayout(self.rules_box)
        self.labels = [form_row(form, w) for w in (self.personal_on, self.p_min, self.p_max, self.p_pen, self.p_cap,
                                                    self.p_block, self.sanction_on, self.sanction, self.efficiency)]
        eff_buttons = QHBoxLayout()
        eff_buttons.addWidget(self.eff_add)
        eff_buttons.addWidget(self.eff_remove)
        eff_buttons.addStretch(1)
        form.addRow(eff_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 3)
        layout.addWidget(RuleLinks(["penalty.rules", "penalty.sanction", "points.personal", "points.efficiency"], self))
        layout.addLayout(buttons)
        layout.addWidget(self.rules_box, 2)
        # Keyboard: while this tab is shown, Ctrl+N/Ins add; on the tree F2/Enter edit, Del remove.
        bind(self, ["Ctrl+N", "Ins"], self.add_item, self.add)
        bind(self.tree, ["F2", "Return", "Enter"], self.edit_selected, self.edit, context=Qt.ShortcutContext.WidgetShortcut)
        bind(self.tree, "Del", self.remove_selected, self.remove, context=Qt.ShortcutContext.WidgetShortcut)
        self.retranslate()

    def _eff_row(self, s: EfficiencyStep) -> None:
        r = self.efficiency.rowCount()
        self.efficiency.insertRow(r)
        set_cell(self.efficiency, r, 0, s.lower)
        set_cell(self.efficiency, r, 1, s.coefficient)

    # -- data -----------------------------------------------------------------------------------
    def load(self, m: Methodology) -> None:
        self.items = list(m.penalty_items)
        p = m.personal_points
        self.personal_on.setChecked(p is not None)
        p = p or PersonalPointsRule()
        for box, v in ((self.p_min, p.min_points), (self.p_max, p.max_points), (self.p_pen, p.penalty_points),
                       (self.p_cap, p.cap)):
            set_dec(box, v)
        self.p_block.setValue(p.blocked_from_breaches)
        self.sanction_on.setChecked(m.sanction is not None)
        set_dec(self.sanction, (m.sanction or SanctionRule()).percent_per_month)
        self.efficiency.setRowCount(0)
        for s in m.efficiency:
            self._eff_row(s)
        self.refresh()

    def apply(self, m: Methodology) -> Methodology:
        personal = (PersonalPointsRule(dec(self.p_min), dec(self.p_max), dec(self.p_pen), dec(self.p_cap),
                                       self.p_block.value()) if self.personal_on.isChecked() else None)
        old_source = m.sanction.source if m.sanction else "§21"
        sanction = SanctionRule(dec(self.sanction), old_source) if self.sanction_on.isChecked() else None
        steps = tuple(EfficiencyStep(cell_dec(self.efficiency, r, 0, Decimal(0)) or Decimal(0),
                                     cell_dec(self.efficiency, r, 1, Decimal(0)) or Decimal(0))
                      for r in range(self.efficiency.rowCount()))
        return replace(m, penalty_items=tuple(self.items), personal_points=personal, sanction=sanction,
                       efficiency=steps)

    def refresh(self) -> None:
        self.tree.clear()
        lang = self.lang()
        names = {"executive": self.tr("Executive discipline (order No. 233, item 21)"), "labour": self.tr("Labour discipline (order No. 233, item 22)")}
        for group in GROUPS:
            top = QTreeWidgetItem([names[group]])
            self.tree.addTopLevelItem(top)
            for item in (i for i in self.items if i.group == group):
                child = QTreeWidgetItem([item.text(lang), render(describe_rule(item.rule, True)), item.source])
                child.setData(0, Qt.ItemDataRole.UserRole, item.id)
                child.setToolTip(0, item.text(lang))
                top.addChild(child)
            top.setExpanded(True)

    def _current(self) -> PenaltyItem | None:
        cur = self.tree.currentItem()
        code = cur.data(0, Qt.ItemDataRole.UserRole) if cur else None
        return next((i for i in self.items if i.id == code), None)

    def add_item(self) -> None:
        dialog = ItemDialog(None, penalty=True, parent=self)
        dialog.code.setText(f"p-{len(self.items) + 1}")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            item = dialog.item()
            assert isinstance(item, PenaltyItem)
            self.items.append(item)
            self.refresh()

    def edit_selected(self) -> None:
        old = self._current()
        if old is None:
            return
        dialog = ItemDialog(old, penalty=True, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new = dialog.item()
            assert isinstance(new, PenaltyItem)
            self.items[self.items.index(old)] = new
            self.refresh()

    def remove_selected(self) -> None:
        old = self._current()
        if old is not None:
            self.items.remove(old)
            self.refresh()

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Breach"), self.tr("Rule"), self.tr("Seed paragraph")])
        self.add.setText(self.tr("Add item…"))
        self.edit.setText(self.tr("Edit…"))
        self.remove.setText(self.tr("Remove"))
        self.rules_box.setTitle(self.tr("Other rules of the points methodology"))
        texts = (self.tr("Unit head's personal points (order No. 233, item 26)"), self.tr("Lowest personal bonus"),
                 self.tr("Highest personal bonus"), self.tr("Personal penalty"), self.tr("Personal bonus cap per quarter"),
                 self.tr("No personal bonus from this many breaches"),
                 self.tr("Deduction for a disciplinary sanction (order No. 233, item 21)"), self.tr("Percent of the total per month"),
                 self.tr("Efficiency coefficient (order No. 233, item 18)"))
        for label, text in zip(self.labels, texts, strict=False):
            label.setText(text)
        self.personal_on.setText(self.tr("used"))
        self.sanction_on.setText(self.tr("used"))
        self.efficiency.setHorizontalHeaderLabels([self.tr("From bonus points"), self.tr("Coefficient")])
        self.eff_add.setText(self.tr("Add step"))
        self.eff_remove.setText(self.tr("Remove step"))
        self.refresh()
