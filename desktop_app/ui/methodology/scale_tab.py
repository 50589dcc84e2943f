"""The bonus-scale editor: items grouped by level +5 … +1 as in 000 Appendix 1-1; add, edit, remove."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.methodology.fmt import signed
from desktop_app.domain.methodology.model import BonusItem, Methodology
from desktop_app.domain.methodology.rules import describe_rule
from desktop_app.ui.help import set_help_rule
from desktop_app.ui.help.rule_links import RuleLinks
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.methodology.item_dialog import ItemDialog
from desktop_app.ui.methodology.widgets import render
from desktop_app.ui.shortcuts import bind

LEVELS = (5, 4, 3, 2, 1)


class BonusScaleTab(Retranslatable, QWidget):
    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.items: list[BonusItem] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("bonusTree")
        self.tree.setColumnCount(3)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.add = QPushButton()
        self.add.setObjectName("addBonusItem")
        self.edit = QPushButton()
        self.edit.setObjectName("editBonusItem")
        self.remove = QPushButton()
        self.remove.setObjectName("removeBonusItem")
        self.add.clicked.connect(lambda: self.add_item())
        self.edit.clicked.connect(self.edit_selected)
        self.remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for b in (self.add, self.edit, self.remove):
            row.addWidget(b)
        row.addStretch(1)
        set_help_rule(self.tree, "bonus.scale")   # F1 on the scale: seed 000 Appendix 1-1
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(RuleLinks(["bonus.scale", "bonus.rules"], self))
        layout.addLayout(row)
        # Keyboard: while this tab is shown, Ctrl+N/Ins add; on the tree F2/Enter edit, Del remove.
        bind(self, ["Ctrl+N", "Ins"], lambda: self.add_item(), self.add)
        bind(self.tree, ["F2", "Return", "Enter"], self.edit_selected, self.edit, context=Qt.ShortcutContext.WidgetShortcut)
        bind(self.tree, "Del", self.remove_selected, self.remove, context=Qt.ShortcutContext.WidgetShortcut)
        self.retranslate()

    # -- data -----------------------------------------------------------------------------------
    def load(self, m: Methodology) -> None:
        self.items = list(m.bonus_items)
        self.refresh()

    def apply(self, m: Methodology) -> Methodology:
        return replace(m, bonus_items=tuple(self.items))

    def refresh(self, select: str | None = None) -> None:
        self.tree.clear()
        lang = self.lang()
        for level in LEVELS:
            top = QTreeWidgetItem([self.tr("{points} points").format(points=signed(level))])
            top.setData(0, Qt.ItemDataRole.UserRole, level)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for item in (i for i in self.items if i.level == level):
                child = QTreeWidgetItem([item.text(lang), render(describe_rule(item.rule)), item.source])
                child.setData(0, Qt.ItemDataRole.UserRole, item.id)
                child.setToolTip(0, item.text(lang))
                top.addChild(child)
                if item.id == select:
                    self.tree.setCurrentItem(child)
            top.setExpanded(True)

    def _selected(self) -> tuple[int, str | None]:
        cur = self.tree.currentItem()
        if cur is None:
            return 5, None
        parent = cur.parent()
        if parent is None:
            return int(cur.data(0, Qt.ItemDataRole.UserRole)), None
        return int(parent.data(0, Qt.ItemDataRole.UserRole)), str(cur.data(0, Qt.ItemDataRole.UserRole))

    def _new_code(self, level: int) -> str:
        n = 1
        codes = {i.id for i in self.items}
        while f"{level}-{n}" in codes:
            n += 1
        return f"{level}-{n}"

    # -- actions --------------------------------------------------------------------------------
    def add_item(self, level: int | None = None) -> ItemDialog:
        """Open the item editor for a new item at the selected (or given) level; returns the dialog."""
        lvl = level or self._selected()[0]
        dialog = ItemDialog(None, penalty=False, level=lvl, parent=self)
        dialog.code.setText(self._new_code(lvl))
        dialog.finished.connect(lambda result: self._added(dialog) if result == QDialog.DialogCode.Accepted else None)
        dialog.open()
        return dialog

    def _added(self, dialog: ItemDialog) -> None:
        item = dialog.item()
        assert isinstance(item, BonusItem)
        self.items.append(item)
        self.refresh(select=item.id)

    def edit_selected(self) -> None:
        _level, code = self._selected()
        old = next((i for i in self.items if i.id == code), None)
        if old is None:
            return
        dialog = ItemDialog(old, penalty=False, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new = dialog.item()
            assert isinstance(new, BonusItem)
            self.items[self.items.index(old)] = new
            self.refresh(select=new.id)

    def remove_selected(self) -> None:
        _level, code = self._selected()
        self.items = [i for i in self.items if i.id != code]
        self.refresh()

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Incentivised activity"), self.tr("Rule"), self.tr("Seed paragraph")])
        self.add.setText(self.tr("Add item…"))
        self.edit.setText(self.tr("Edit…"))
        self.remove.setText(self.tr("Remove"))
        self.refresh()
