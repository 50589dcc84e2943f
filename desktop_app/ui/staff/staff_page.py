"""The staff page: the sortable, filterable staff list with instant search (Ctrl+F)."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.changes import Area, PageContext, own_context
from desktop_app.ui.columns import HeaderMemory, fit_columns, keep_fitted, wrap_header
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.shortcuts import bind
from desktop_app.ui.staff.employee_dialog import EmployeeDialog
from desktop_app.ui.staff.history_dialog import EmployeeHistoryDialog
from desktop_app.ui.staff.table_model import ID_ROLE, StaffFilterModel, StaffTableModel

if TYPE_CHECKING:
    from desktop_app.services.staff import StaffService

_WIDTHS = (100, 235, 215, 195, 85, 115, 115, 130)


class StaffPage(Retranslatable, QWidget):
    """Given the staff service and the page context."""

    shows = frozenset({Area.STAFF, Area.STRUCTURE})

    def __init__(self, staff: StaffService, ctx: PageContext | None = None) -> None:
        super().__init__()
        self.ctx = own_context(self, ctx)
        self.staff = staff
        self.model = StaffTableModel(self.lang())
        self.proxy = StaffFilterModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("staffSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addEmployee")
        self.add_button.clicked.connect(self.add_employee)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_staff)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_staff)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        for b in (self.add_button, self.open_button, self.delete_button, self.import_button, self.export_button):
            bar.addWidget(b)

        self.table = QTableView()
        self.table.setObjectName("staffTable")
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # office order first
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        wrap_header(self.table)   # «Тағайындалған күні» in a squeezed column: on two lines, never cut
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate(_WIDTHS):
            header.resizeSection(col, width)
        # Name, ИИН, category and status in full (1366×768 and 1280×720); unit, position, date
        # and phone share the rest, their whole text in the tooltip. A width the user drags is kept.
        self.columns = HeaderMemory(self.table, self.ctx.prefs, "staff")
        keep_fitted(self.table, self.fit_columns)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter on a row
        self.count_label = QLabel()
        self.count_label.setObjectName("staffCount")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.search.returnPressed.connect(self._search_enter)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        # Keyboard: Ctrl+N/Ins add, F2/Enter open, Del delete (above), Ctrl+E export, F5 reload.
        bind(self, ["Ctrl+N", "Ins"], self.add_employee, self.add_button)
        bind(self.table, ["F2", "Return", "Enter"], self.open_selected, self.open_button, context=Qt.ShortcutContext.WidgetShortcut)
        bind(self, "Ctrl+E", self.export_staff, self.export_button)
        bind(self, "Ctrl+I", self.import_staff, self.import_button)
        bind(self, "F5", self.reload)
        self.retranslate()
        self.status_filter.setCurrentIndex(StaffFilterModel.CURRENT)
        self.reload()

    def lang(self) -> str:
        return self.ctx.language()

    # -- data -----------------------------------------------------------------------------------
    def fit_columns(self) -> None:
        m = StaffTableModel
        self.columns.apply(lambda: fit_columns(self.table, (m.IIN, m.NAME, m.CATEGORY, m.STATUS), max_key=320))

    def reload(self) -> None:
        self.model.set_rows(self.staff.rows(date.today()))
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:  # keep the user's sort after a reload
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_count()
        self.fit_columns()

    def refresh(self) -> None:
        self.reload()

    def _notify(self) -> None:
        """Tell every page (this one included, via the change bus) that staff data changed."""
        self.ctx.announce(Area.STAFF)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{shown} of {total}").format(shown=self.proxy.rowCount(),
                                                                      total=self.model.rowCount()))

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _status_changed(self, index: int) -> None:
        self.proxy.set_status(max(index, 0))
        self._update_count()

    def _search_enter(self) -> None:
        """Enter in the search box: go to the first match (one found → its history opens)."""
        if self.proxy.rowCount() == 1:
            self.open_employee(int(self.proxy.index(0, 0).data(ID_ROLE)))
        elif self.proxy.rowCount() > 1:
            self.table.setFocus()
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_employee_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    # -- actions --------------------------------------------------------------------------------
    def add_employee(self) -> None:
        dlg = EmployeeDialog(self.staff, self.lang(), None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._notify()
            self.select_employee(dlg.saved_id)

    def select_employee(self, employee_id: int | None) -> None:
        row = self.model.row_of(employee_id) if employee_id is not None else -1
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_employee(int(index.data(ID_ROLE)))

    def open_selected(self) -> None:
        emp = self.selected_employee_id()
        if emp is not None:
            self.open_employee(emp)

    def open_employee(self, employee_id: int) -> None:
        dlg = EmployeeHistoryDialog(self.staff, self.lang(), employee_id, self)
        changed: list[bool] = []
        dlg.changed.connect(lambda: changed.append(True))
        dlg.exec()
        if changed:
            self._notify()
            self.select_employee(employee_id)

    def delete_selected(self) -> None:
        emp = self.selected_employee_id()
        if emp is None:
            return
        name = self.staff.employee(emp).full_name(self.lang())
        if QMessageBox.question(self, self.tr("Delete employee"),
                                self.tr("Delete {name}? Only a record entered by mistake can be deleted.")
                                .format(name=name)) != QMessageBox.StandardButton.Yes:
            return
        self.ctx.run(self, lambda: self.staff.delete_employee(emp), Area.STAFF)

    def import_staff(self) -> None:
        from desktop_app.ui.staff.import_dialog import ImportStaffDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import staff"), "",
                                              self.tr("Staff lists (*.xlsx *.csv)"))
        if path:
            dlg = ImportStaffDialog(self.staff.importer, path, self)
            if dlg.exec() == QDialog.DialogCode.Accepted:
                self._notify()

    def export_staff(self) -> None:
        from pathlib import Path

        from desktop_app.reports.staff_xlsx import staff_xlsx

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export staff"), "staff.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            Path(path).write_bytes(staff_xlsx(self.staff.rows(date.today()), self.lang()))

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name or ИИН (Ctrl+F)"))
        current = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItems([self.tr("Current staff"), self.tr("Dismissed"), self.tr("All")])
        self.status_filter.setCurrentIndex(max(current, 0))
        self.status_filter.blockSignals(False)
        self.add_button.setText(self.tr("Add employee…"))
        self.open_button.setText(self.tr("History…"))
        self.delete_button.setText(self.tr("Delete"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.model.set_language(self.lang())
        self._update_count()
        if hasattr(self, "columns"):   # names and titles in the other spelling: other widths
            self.fit_columns()
