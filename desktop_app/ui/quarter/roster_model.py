"""The roster as a table: each decision with its reason and paragraph (001 §3, §5, §6, §16, §17)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.roster import RosterStatus
from desktop_app.services.quarter import RosterLine
from desktop_app.ui.i18n import qt_translate

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The filter reads this role: the row's text with every name, unit and position in BOTH spellings, so
# "Жұмабаева" typed on the Russian screen finds "Жумабаева" (and the other way round).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
EXCLUDED = QBrush(QColor("#eeeeee"))
WARN = QBrush(QColor("#fff3cd"))



class RosterTableModel(QAbstractTableModel):
    NAME, UNIT, POSITION, CATEGORY, DECISION, EVALUATOR, FORM, WORKED, REASON, NOTES = range(10)
    COLUMNS = 10

    def __init__(self, lang: str = "ru") -> None:
        super().__init__()
        self.lang = lang
        self.lines: list[RosterLine] = []
        self._texts: list[tuple[str, ...]] = []
        self._search: list[str] = []

    def set_lines(self, lines: list[RosterLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self._rebuild()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._rebuild()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, self.COLUMNS - 1))

    def _rebuild(self) -> None:
        ru = self.lang == "ru"
        status = {RosterStatus.EVALUATED: QCoreApplication.translate("RosterTableModel", "evaluated"),
                  RosterStatus.WITHOUT_PARTICIPATION: QCoreApplication.translate("RosterTableModel", "without participation"),
                  RosterStatus.NOT_EVALUATED: QCoreApplication.translate("RosterTableModel", "not evaluated")}
        texts: list[tuple[str, ...]] = []
        for ln in self.lines:
            d = ln.decision
            notes = [n.render(qt_translate) for n in ln.notes]
            if d.override_reason and d.included and d.reason.value != "override":
                notes.append(QCoreApplication.translate("RosterTableModel", "Override: {reason}").format(reason=d.override_reason))
            if d.seconded:
                notes.insert(0, QCoreApplication.translate("RosterTableModel", "seconded in"))
            texts.append((ln.employee.full_name("ru" if ru else "kk"), ln.unit_ru if ru else ln.unit_kk,
                          ln.position_ru if ru else ln.position_kk, ln.category, status[d.status],
                          (ln.evaluator_label("ru" if ru else "kk") or
                           ("—" if not d.included else QCoreApplication.translate("RosterTableModel", "not found"))),
                          str(d.form) if d.included and d.form else "", str(d.worked_days),
                          ln.reason.render(qt_translate), " ".join(notes)))
        self._texts = texts
        self._search = [" ".join((*row, ln.employee.full_name("kk"), ln.employee.full_name("ru"), ln.unit_kk,
                                  ln.unit_ru, ln.position_kk, ln.position_ru,
                                  *((ln.evaluator.full_name("kk"), ln.evaluator.full_name("ru")) if ln.evaluator
                                    else ()))) for row, ln in zip(texts, self.lines, strict=True)]

    def column_texts(self, col: int) -> list[str]:
        """Every text of column `col`, for fitting its width without going through `data()`."""
        return [t[col] for t in self._texts]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("RosterTableModel", "Employee"), QCoreApplication.translate("RosterTableModel", "Unit"), QCoreApplication.translate("RosterTableModel", "Position"), QCoreApplication.translate("RosterTableModel", "Category"), QCoreApplication.translate("RosterTableModel", "Decision"), QCoreApplication.translate("RosterTableModel", "Evaluator"),
                QCoreApplication.translate("RosterTableModel", "Form"), QCoreApplication.translate("RosterTableModel", "Worked days"), QCoreApplication.translate("RosterTableModel", "Reason"), QCoreApplication.translate("RosterTableModel", "Notes"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ln = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() in (self.REASON, self.EVALUATOR, self.FORM):
                return "\n".join([ln.reason.render(qt_translate), ln.rule.render(qt_translate)])
            return self._texts[index.row()][index.column()] or None
        if role == ID_ROLE:
            return ln.employee.id
        if role == SEARCH_ROLE:
            return self._search[index.row()] if index.column() == 0 else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if not ln.decision.included:
                return EXCLUDED
            if ln.decision.overloaded or ln.needs_evaluator:
                return WARN
        return None
