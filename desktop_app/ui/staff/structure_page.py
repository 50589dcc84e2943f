"""Units and positions: the units on the left, the selected unit's positions and holders on the right."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.staff import Position, Unit
from desktop_app.ui.cells import cell
from desktop_app.ui.changes import Area, PageContext, own_context
from desktop_app.ui.columns import wrap_header
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.shortcuts import bind
from desktop_app.ui.sorting import AlphabetItem
from desktop_app.ui.staff.structure_dialogs import CategoriesDialog, PositionDialog, UnitDialog

if TYPE_CHECKING:
    from desktop_app.services.staff import StaffRow, StaffService


class StructurePage(Retranslatable, QWidget):
    """Units and their positions, with who holds each post."""

    shows = frozenset({Area.STRUCTURE, Area.STAFF})

    def __init__(self, staff: StaffService, ctx: PageContext | None = None) -> None:
        super().__init__()
        self.staff = staff
        self.ctx = own_context(self, ctx)
        self._units: list[Unit] = []
        self._positions: list[Position] = []
        self._rows: list[StaffRow] = []
        self.units = QListWidget()
        self.units.setObjectName("units")
        self.units.currentRowChanged.connect(lambda _r: self._fill_positions())
        self.units.itemDoubleClicked.connect(lambda _i: self.edit_unit())
        self.positions = QTableWidget(0, 5)
        self.positions.setObjectName("positions")
        self.positions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.positions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.positions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.positions.verticalHeader().setVisible(False)
        self.positions.setWordWrap(True)
        self.positions.setAlternatingRowColors(True)
        header = self.positions.horizontalHeader()
        # Holder, category and role in full («руководитель подразделения» at 1366); the two titles share
        # the rest and wrap, so no column leaves the window.
        for col, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)   # office order first
        wrap_header(self.positions)   # «Вышестоящая должность» on two lines rather than cut
        self.positions.doubleClicked.connect(lambda _i: self.edit_position())

        self.buttons: dict[str, QPushButton] = {}
        left = QVBoxLayout()
        self.units_label = QLabel()
        left.addWidget(self.units_label)
        left.addWidget(self.units, 1)
        row = QHBoxLayout()
        for key, fn in (("add_unit", self.add_unit), ("edit_unit", self.edit_unit), ("delete_unit", self.delete_unit)):
            row.addWidget(self._button(key, fn))
        left.addLayout(row)
        right = QVBoxLayout()
        self.positions_label = QLabel()
        right.addWidget(self.positions_label)
        right.addWidget(self.positions, 1)
        row2 = QHBoxLayout()
        for key, fn in (("add_position", self.add_position), ("edit_position", self.edit_position),
                        ("delete_position", self.delete_position)):
            row2.addWidget(self._button(key, fn))
        row2.addStretch(1)
        row2.addWidget(self._button("categories", self.edit_categories))
        right.addLayout(row2)
        lw, rw = QWidget(), QWidget()
        lw.setLayout(left)
        rw.setLayout(right)
        split = QSplitter()
        split.addWidget(lw)
        split.addWidget(rw)
        split.setStretchFactor(1, 3)
        split.setSizes([370, 930])   # Kazakh unit names are long ("… мемлекеттік қызметтер бөлімі")
        QVBoxLayout(self).addWidget(split)
        # Keyboard: Ctrl+N/Ins a position (Ctrl+Shift+N a unit), F2/Enter edit, Del delete, F5.
        b = self.buttons
        bind(self, ["Ctrl+N", "Ins"], self.add_position, b["add_position"])
        bind(self, "Ctrl+Shift+N", self.add_unit, b["add_unit"])
        bind(self.positions, ["F2", "Return", "Enter"], self.edit_position, b["edit_position"], context=Qt.ShortcutContext.WidgetShortcut)
        bind(self.units, ["F2", "Return", "Enter"], self.edit_unit, b["edit_unit"], context=Qt.ShortcutContext.WidgetShortcut)
        bind(self.positions, "Del", self.delete_position, b["delete_position"], context=Qt.ShortcutContext.WidgetShortcut)
        bind(self.units, "Del", self.delete_unit, b["delete_unit"], context=Qt.ShortcutContext.WidgetShortcut)
        bind(self, "F5", lambda: self.reload())
        self.retranslate()
        self.reload()

    def _button(self, key: str, fn) -> QPushButton:  # type: ignore[no-untyped-def]
        b = QPushButton()
        b.setObjectName(key)
        b.clicked.connect(fn)
        self.buttons[key] = b
        return b

    def lang(self) -> str:
        return self.ctx.language()

    # -- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()

    def reload(self, select_unit: int | None = None) -> None:
        current = select_unit if select_unit is not None else self.current_unit_id()
        self._units = self.staff.units()
        self._positions = self.staff.positions()
        self._rows = [r for r in self.staff.rows(date.today()) if r.position and not r.dismissed]
        self._render(current)

    def _render(self, current: int | None) -> None:
        """Show the loaded structure in the interface language (no database access)."""
        self._holders: dict[int, str] = {}
        for r in self._rows:
            if r.position and r.position.id is not None:
                names = self._holders.get(r.position.id)
                name = r.employee.short_name(self.lang())
                self._holders[r.position.id] = f"{names}, {name}" if names else name
        self.units.blockSignals(True)
        self.units.clear()
        for u in self._units:
            item = QListWidgetItem(u.name_ru if self.lang() == "ru" else u.name_kk)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            self.units.addItem(item)
            if u.id == current:
                self.units.setCurrentItem(item)
        if self.units.currentRow() < 0 and self._units:
            self.units.setCurrentRow(0)
        self.units.blockSignals(False)
        self._fill_positions()

    def current_unit_id(self) -> int | None:
        item = self.units.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _unit_positions(self) -> list[Position]:
        uid = self.current_unit_id()
        return [p for p in self._positions if p.unit_id == uid]

    def _fill_positions(self) -> None:
        ru = self.lang() == "ru"
        by_id = {p.id: p for p in self._positions}
        heads = {u.head_position_id for u in self._units}
        rows = self._unit_positions()
        self.positions.setSortingEnabled(False)   # filling a sorting table moves rows under the loop
        self.positions.setRowCount(len(rows))
        for r, p in enumerate(rows):
            sup = by_id.get(p.supervisor_position_id) if p.supervisor_position_id else None
            role = self.tr("head of unit") if p.id in heads else (self.tr("leadership") if p.is_leadership else "")
            # the holder comes second: who sits where matters more than the chain above
            cells = [p.title_ru if ru else p.title_kk, self._holders.get(p.id or 0, self.tr("vacant")), p.category,
                     role, (sup.title_ru if ru else sup.title_kk) if sup else ""]
            for c, text in enumerate(cells):   # sorted by the alphabet of the interface language
                self.positions.setItem(r, c, AlphabetItem(text, self.lang))
            cell(self.positions, r, 0).setData(Qt.ItemDataRole.UserRole, p.id)
        self.positions.setSortingEnabled(True)    # the user's column and order are kept (office order first)
        self.positions.resizeRowsToContents()

    def _selected_position(self) -> Position | None:
        rows = self.positions.selectionModel().selectedRows()
        item = self.positions.item(rows[0].row(), 0) if rows else None   # by id: the table may be sorted
        pid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((p for p in self._unit_positions() if p.id == pid), None)

    def _after(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.announce(Area.STRUCTURE)   # this page shows the structure: the bus reloads it

    # -- actions --------------------------------------------------------------------------------
    def add_unit(self) -> None:
        dlg = UnitDialog(self.staff, self.lang(), None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.ctx.announce(Area.STRUCTURE)
            self.reload(dlg.saved_id)   # select the new unit

    def edit_unit(self) -> None:
        uid = self.current_unit_id()
        unit = next((u for u in self._units if u.id == uid), None)
        if unit is not None:
            self._after(UnitDialog(self.staff, self.lang(), unit, self))

    def delete_unit(self) -> None:
        uid = self.current_unit_id()
        if uid is None or QMessageBox.question(self, self.tr("Delete unit"), self.tr("Delete the selected unit?")) \
                != QMessageBox.StandardButton.Yes:
            return
        self.ctx.run(self, lambda: self.staff.delete_unit(uid), Area.STRUCTURE)

    def add_position(self) -> None:
        self._after(PositionDialog(self.staff, self.lang(), self.current_unit_id(), None, self))

    def edit_position(self) -> None:
        pos = self._selected_position()
        if pos is not None:
            self._after(PositionDialog(self.staff, self.lang(), pos.unit_id, pos, self))

    def delete_position(self) -> None:
        pos = self._selected_position()
        if pos is None or pos.id is None:
            return
        pid = pos.id
        self.ctx.run(self, lambda: self.staff.delete_position(pid), Area.STRUCTURE)

    def edit_categories(self) -> None:
        dlg = CategoriesDialog(self.staff, self)
        dlg.exec()
        if dlg.changed:
            self.ctx.announce(Area.STRUCTURE)

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.units_label.setText(self.tr("Structural units"))
        self.positions_label.setText(self.tr("Positions of the unit"))
        self.positions.setHorizontalHeaderLabels([self.tr("Position"), self.tr("Held by"), self.tr("Category"),
                                                  self.tr("Role"), self.tr("Supervising position")])
        texts = {"add_unit": self.tr("Add unit…"), "edit_unit": self.tr("Edit…"), "delete_unit": self.tr("Delete"),
                 "add_position": self.tr("Add position…"), "edit_position": self.tr("Edit…"),
                 "delete_position": self.tr("Delete"), "categories": self.tr("Categories…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self._render(self.current_unit_id())   # names and positions in the interface language
