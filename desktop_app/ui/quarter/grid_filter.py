"""The entry grid's filter and sort: name in either spelling, unit, state, grade; any column sorts.

A proxy over `EvaluationTableModel`: the grid's keys, selection and batch actions go through it, so the
rows a filter hides are never moved by "all shown".
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.domain.text import fold
from desktop_app.services.evaluation import GridRow
from desktop_app.ui.quarter.grid_model import ID_ROLE, EvaluationTableModel
from desktop_app.ui.sorting import alphabet_key

Index = QModelIndex | QPersistentModelIndex
NO_GRADE = "-"      # the grade filter's value for sheets without a score yet


class GridFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: EvaluationTableModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.text = ""
        self.unit: str | None = None                 # unit_ru of the rows to keep
        self.status: EvaluationStatus | None = None
        self.grade: str | None = None                # band name_ru, or NO_GRADE

    def grid_model(self) -> EvaluationTableModel:
        model = self.sourceModel()
        assert isinstance(model, EvaluationTableModel)
        return model

    def set_filter(self, *, text: str | None = None, unit: str | bool | None = False,
                   status: EvaluationStatus | bool | None = False, grade: str | bool | None = False) -> None:
        """Change any of the filters (False: keep that one as it is)."""
        self.beginFilterChange()     # Qt 6.9+: the filter changes between begin and end
        if text is not None:
            self.text = fold(text.strip())
        if unit is not False:
            self.unit = unit if isinstance(unit, str) else None
        if status is not False:   # a combo box hands the enum back as its string value
            self.status = EvaluationStatus(status) if isinstance(status, str) and status else None
        if grade is not False:
            self.grade = grade if isinstance(grade, str) else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def row(self, proxy_row: int) -> GridRow:
        return self.grid_model().rows[self.mapToSource(self.index(proxy_row, 0)).row()]

    def shown_ids(self) -> list[int]:
        return [int(self.data(self.index(r, 0), ID_ROLE)) for r in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        r = self.grid_model().rows[source_row]
        if self.text:
            names = fold(r.employee.full_name("kk")) + " " + fold(r.employee.full_name("ru"))
            if self.text not in names:
                return False
        if self.unit is not None and r.unit_ru != self.unit:
            return False
        if self.status is not None and r.evaluation.status is not self.status:
            return False
        if self.grade is not None:
            name = r.grade.name_ru if r.grade is not None else NO_GRADE
            if name != self.grade:
                return False
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = self._key(left), self._key(right)
        if type(a) is not type(b):        # empty cells after the numbers
            return isinstance(a, Decimal)
        return bool(a < b)

    def _key(self, index: Index) -> Any:
        m = self.grid_model()
        r = m.rows[index.row()]
        col = index.column()
        key = m.key_of(col)
        if key is not None:
            v = r.evaluation.scores.get(key)
            return v if v is not None else ""
        if col == m.score_col:
            return r.evaluation.score if r.evaluation.score is not None else ""
        if col == m.score_col + 1:
            return r.grade.lower if r.grade is not None else ""
        if col == m.score_col + 2:
            return list(EvaluationStatus).index(r.evaluation.status)
        if col == m.FORM:
            return r.evaluation.form
        if col == m.NAME:       # the alphabet of the interface language: Ахметова, Әлия, Бекова in Kazakh
            return alphabet_key(r.employee.full_name(m.lang), m.lang)
        # Units and other texts by the same alphabet as the names (ui.sorting, shared with the other tables).
        return alphabet_key(str(m.data(m.index(index.row(), col), Qt.ItemDataRole.DisplayRole) or ""), m.lang)
