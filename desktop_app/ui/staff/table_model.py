"""The staff list as a Qt table model, and the filter proxy behind the instant search.

Display texts are computed once per load or language switch, so that painting and sorting 10,000
rows stays quick; the search matches precomputed folded keys (employees.search_key) in memory.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop_app.domain.staff import AppointmentKind
from desktop_app.domain.text import fold
from desktop_app.services.staff import StaffRow
from desktop_app.ui.sorting import alphabet_key
from desktop_app.ui.staff.widgets import fmt_date

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


class StaffTableModel(QAbstractTableModel):
    """Rows of `StaffService.rows()`; names and titles in the interface language."""

    IIN, NAME, UNIT, POSITION, CATEGORY, SINCE, STATUS, PHONE = range(8)
    COLUMNS = 8

    def __init__(self, lang: str = "ru") -> None:
        super().__init__()
        self.lang = lang
        self._rows: list[StaffRow] = []
        self._texts: list[tuple[str, ...]] = []
        self.keys: list[str] = []
        self.dismissed: list[bool] = []

    # -- loading --------------------------------------------------------------------------------
    def set_rows(self, rows: list[StaffRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._rebuild()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._rebuild()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def _rebuild(self) -> None:
        ru = self.lang == "ru"
        kinds = {AppointmentKind.SECONDED_IN: self.tr("seconded in"), AppointmentKind.ACTING: self.tr("acting")}
        working, dismissed = self.tr("working"), self.tr("dismissed {date}")
        texts: list[tuple[str, ...]] = []
        for r in self._rows:
            e, pos, unit, app = r.employee, r.position, r.unit, r.appointment
            if e.dismissal_date:
                status = dismissed.format(date=fmt_date(e.dismissal_date))
            elif app is not None and app.kind in kinds:
                status = kinds[app.kind]
            else:
                status = working
            texts.append((e.iin, e.full_name("ru" if ru else "kk"),
                          (unit.name_ru if ru else unit.name_kk) if unit else "",
                          (pos.title_ru if ru else pos.title_kk) if pos else "",
                          (pos.category + (" ★" if pos.is_leadership else "")) if pos else "",
                          fmt_date(app.date_from) if app else "", status, e.phone))
        self._texts = texts
        self.keys = [r.search_key for r in self._rows]
        self.dismissed = [r.dismissed for r in self._rows]

    # -- access ---------------------------------------------------------------------------------
    def row_at(self, row: int) -> StaffRow:
        return self._rows[row]

    def row_of(self, employee_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.employee.id == employee_id:
                return i
        return -1

    def column_texts(self, col: int) -> set[str]:
        """The different texts of column `col`, for fitting its width (ui/columns.py)."""
        return {t[col] for t in self._texts}

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role in (_DISPLAY, _TOOLTIP):
            return self._texts[index.row()][index.column()]
        if role == ID_ROLE:
            return self._rows[index.row()].employee.id
        if role == Qt.ItemDataRole.ForegroundRole and self.dismissed[index.row()]:
            from PySide6.QtGui import QColor

            return QColor("#777777")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return (self.tr("ИИН"), self.tr("Full name"), self.tr("Unit"), self.tr("Position"), self.tr("Category"),
                self.tr("In position since"), self.tr("Status"), self.tr("Phone"))[section]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (one Python sort, not a comparison call per pair)."""
        if not 0 <= column < self.COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        reverse = order == Qt.SortOrder.DescendingOrder

        def key(i: int) -> Any:
            r = self._rows[i]
            if column == self.SINCE:
                return r.appointment.date_from if r.appointment else date.min
            if column == self.STATUS:
                return (r.employee.dismissal_date or date.max, self._texts[i][column])
            return alphabet_key(self._texts[i][column], self.lang)   # Ә after А, not after Я

        order_idx = sorted(range(len(self._rows)), key=key, reverse=reverse)
        old_persistent = self.persistentIndexList()
        old_rows = [p.row() for p in old_persistent]
        new_pos = {old: new for new, old in enumerate(order_idx)}
        self._rows = [self._rows[i] for i in order_idx]
        self._texts = [self._texts[i] for i in order_idx]
        self.keys = [self.keys[i] for i in order_idx]
        self.dismissed = [self.dismissed[i] for i in order_idx]
        self.changePersistentIndexList(old_persistent, [self.index(new_pos[r], p.column())
                                                        for r, p in zip(old_rows, old_persistent, strict=False)])
        self.layoutChanged.emit()


class StaffFilterModel(QSortFilterProxyModel):
    """Instant search over folded keys ("әлия" finds "Әлия") and the current / dismissed / all filter."""

    CURRENT, DISMISSED, ALL = range(3)

    def __init__(self, source: StaffTableModel) -> None:
        super().__init__()
        self.staff = source
        self.setSourceModel(source)
        self._needles: list[str] = []
        self._status = self.CURRENT
        self._accepted: list[bool] | None = None
        self._accepted_for: list[str] | None = None  # the key list the answers were computed for

    def set_search(self, text: str) -> None:
        needles = fold(text).split()
        if needles != self._needles:
            self._needles = needles
            self._refilter()

    def set_status(self, status: int) -> None:
        if status != self._status:
            self._status = status
            self._refilter()

    def _refilter(self) -> None:
        """Decide every row in one pass over the keys, then let Qt read the answers."""
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateRowsFilter() is deprecated there
            self.beginFilterChange()
            self._accepted = self._compute()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._accepted = self._compute()
            self.invalidateRowsFilter()

    def _compute(self) -> list[bool]:
        self._accepted_for = self.staff.keys
        keys, dismissed, needles = self.staff.keys, self.staff.dismissed, self._needles
        status = self._status
        if status == self.ALL:
            status_ok = [True] * len(keys)
        elif status == self.DISMISSED:
            status_ok = dismissed
        else:
            status_ok = [not d for d in dismissed]
        if not needles:
            return list(status_ok)
        if len(needles) == 1:
            n = needles[0]
            return [ok and n in k for ok, k in zip(status_ok, keys, strict=False)]
        return [ok and all(n in k for n in needles) for ok, k in zip(status_ok, keys, strict=False)]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        acc = self._accepted
        if acc is None or self._accepted_for is not self.staff.keys:  # rows replaced or re-sorted
            acc = self._accepted = self._compute()
        return acc[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.staff.sort(column, order)  # the proxy re-reads the rows on the source's layoutChanged
