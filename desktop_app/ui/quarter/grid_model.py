"""The entry grid's model: one row per evaluee, one column per score of the sheet templates (001 §17).

A row's form decides which score cells it has (form 1 criteria, form 2 one overall score, or as the
methodology's templates say); other cells are greyed and not editable. Writing a cell calls the
service at once: the live score, grade and status come back; a refusal is reported through
`refused` (a message the page shows without a modal box, so typing is never interrupted).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.domain.grade_names import short_labels
from desktop_app.domain.methodology.fmt import plain
from desktop_app.domain.methodology.model import SheetTemplate
from desktop_app.services.evaluation import EvaluationService, GridRow
from desktop_app.ui.errors import error_text

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1
GREY = QBrush(QColor("#eeeeee"))
UNSAT = QBrush(QColor("#ffcdd2"))
LOCKED = QBrush(QColor("#f5f5f5"))



def status_text(status: EvaluationStatus) -> str:
    return {EvaluationStatus.DRAFT: QCoreApplication.translate("EvaluationTableModel", "draft"), EvaluationStatus.SIGNED: QCoreApplication.translate("EvaluationTableModel", "signed"),
            EvaluationStatus.RECEIVED: QCoreApplication.translate("EvaluationTableModel", "received"), EvaluationStatus.FINAL: QCoreApplication.translate("EvaluationTableModel", "final")}[status]


class EvaluationTableModel(QAbstractTableModel):
    """Rows of `EvaluationService.grid()`. Fixed columns, then score columns, then score/grade/status."""

    NAME, UNIT, FORM = range(3)
    refused = Signal(str)
    changed = Signal(int)   # evaluation id whose score changed

    def __init__(self, service: EvaluationService, ask_reason: Callable[[], str | None], lang: str = "ru") -> None:
        super().__init__()
        self.service = service
        self.ask_reason = ask_reason
        self.lang = lang
        self.rows: list[GridRow] = []
        self.keys: list[tuple[str, str, str]] = []   # (key, name_kk, name_ru)
        self.short_grades: dict[str, str] = {}          # full grade name → the words that tell it apart
        self.read_only = False                        # a closed quarter: no cell is editable

    # -- loading --------------------------------------------------------------------------------
    def load(self, quarter_id: int | None, rows: list[GridRow] | None = None) -> None:
        """`rows`: the grid already read for this refresh (EvaluationService.roster_and_grid)."""
        self.beginResetModel()
        if rows is None:
            rows = self.service.grid(quarter_id) if quarter_id is not None else []
        self.rows = rows
        seen: dict[str, tuple[str, str, str]] = {}
        templates: dict[int, SheetTemplate] = {r.template.form: r.template for r in self.rows}
        for form in sorted(templates):
            t = templates[form]
            if t.mode == "overall":
                seen.setdefault("overall", ("overall", "", ""))
            for c in t.criteria:
                seen.setdefault(c.id, (c.id, c.name_kk, c.name_ru))
        self.keys = list(seen.values())
        # The grade column shows "надлежащим образом", not the whole sentence: it must fit a 1280-px screen.
        self.short_grades = {}
        if quarter_id is not None and self.rows:
            bands = self.service.methodology_of(quarter_id).sorted_bands()
            for lang in ("kk", "ru"):
                names = [b.name(lang) for b in bands]
                self.short_grades.update(zip(names, short_labels(names, ends_too=True), strict=True))
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))
        if self.rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    @property
    def score_col(self) -> int:
        return 3 + len(self.keys)

    def key_of(self, col: int) -> str | None:
        return self.keys[col - 3][0] if 3 <= col < self.score_col else None

    def row_keys(self, row: int) -> list[str]:
        t = self.rows[row].template
        return ["overall"] if t.mode == "overall" else [c.id for c in t.criteria]

    def first_score_col(self, row: int) -> int:
        keys = self.row_keys(row)
        return next((3 + i for i, k in enumerate(self.keys) if k[0] in keys), 3)

    def row_of(self, evaluation_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.evaluation.id == evaluation_id), -1)

    # -- Qt model API ---------------------------------------------------------------------------
    def column_texts(self, col: int) -> list[str]:
        """The texts of column `col` for fitting its width: the fixed columns at Python speed (2,000 rows),
        the score columns through `data()`."""
        if col == self.UNIT:
            return list({r.unit_ru if self.lang == "ru" else r.unit_kk for r in self.rows})
        if col == self.FORM:
            return list({str(r.evaluation.form) for r in self.rows})
        if col == self.score_col + 1:
            return list({self.short_grades.get(r.grade.name(self.lang), r.grade.name(self.lang))
                         for r in self.rows if r.grade})
        if col == self.score_col + 2:
            return list({status_text(r.evaluation.status) for r in self.rows})
        if col == self.score_col:
            return ["0,00"] + [plain(r.evaluation.score) for r in self.rows[:50] if r.evaluation.score is not None]
        return [str(self.data(self.index(r, col)) or "") for r in range(min(len(self.rows), 200))]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.score_col + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.rows):
            # The evaluee's name as the row header: it stays in sight when the grid scrolls to the right.
            return self.data(self.index(section, self.NAME))
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = {self.NAME: QCoreApplication.translate("EvaluationTableModel", "Evaluee"), self.UNIT: QCoreApplication.translate("EvaluationTableModel", "Unit"), self.FORM: QCoreApplication.translate("EvaluationTableModel", "Form"),
                 self.score_col: QCoreApplication.translate("EvaluationTableModel", "Score"), self.score_col + 1: QCoreApplication.translate("EvaluationTableModel", "Grade"), self.score_col + 2: QCoreApplication.translate("EvaluationTableModel", "Status")}
        if section in fixed:
            return fixed[section]
        key, kk, ru = self.keys[section - 3]
        if key == "overall":
            return QCoreApplication.translate("EvaluationTableModel", "Overall 0–5")
        return (ru if self.lang == "ru" else kk) + " 0–5"

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = self.key_of(index.column())
        r = self.rows[index.row()]
        if key is not None and key in self.row_keys(index.row()) and not self.read_only and \
                r.evaluation.status is not EvaluationStatus.FINAL:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        ev, col = r.evaluation, index.column()
        key = self.key_of(col)
        if role == ID_ROLE:
            return ev.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.NAME:
                name = r.employee.full_name(self.lang)
                return name + (" †" if ev.without_participation else "")
            if col == self.UNIT:
                return r.unit_ru if self.lang == "ru" else r.unit_kk
            if col == self.FORM:
                return str(ev.form)
            if key is not None:
                v = ev.scores.get(key)
                return plain(v) if v is not None else ""
            if col == self.score_col:
                return plain(ev.score) if ev.score is not None else ""
            if col == self.score_col + 1:
                return self.short_grades.get(r.grade.name(self.lang), r.grade.name(self.lang)) if r.grade else ""
            if col == self.score_col + 2:
                return status_text(ev.status)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key is not None and key not in self.row_keys(index.row()):
                return GREY
            if col in (self.score_col, self.score_col + 1) and r.grade is not None and r.grade.is_unsatisfactory:
                return UNSAT
            if ev.locked and key is not None:
                return LOCKED
        if role == Qt.ItemDataRole.TextAlignmentRole and (key is not None or col in (self.FORM, self.score_col)):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.score_col + 1 and r.grade is not None:
                return r.grade.name(self.lang)
            if col == self.UNIT:
                return r.unit_ru if self.lang == "ru" else r.unit_kk
            if ev.without_participation:
                return QCoreApplication.translate("EvaluationTableModel", "Dismissed in the quarter: evaluated without their participation (Methodology, item 6).")
            if ev.locked:
                return QCoreApplication.translate("EvaluationTableModel", "Signed: a change needs a reason and is kept in history.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        key = self.key_of(index.column())
        if role != Qt.ItemDataRole.EditRole or key is None:
            return False
        row = index.row()
        ev = self.rows[row].evaluation
        text = str(value).strip()
        if text == self.data(index):
            return False
        reason = ""
        if ev.locked:
            asked = self.ask_reason()
            if not asked:
                return False
            reason = asked
        try:
            self.service.set_score(ev.id or 0, key, text or None, reason)
        except BagalauError as exc:
            self.refused.emit(error_text(exc))
            return False
        self.refresh_row(row)
        self.refused.emit("")
        self.changed.emit(ev.id or 0)
        return True

    def refresh_row(self, row: int) -> None:
        """Re-read one row after a change (score, status) without resetting the view."""
        ev = self.rows[row].evaluation
        fresh = self.service.sheet(ev.id or 0)
        m = fresh.methodology
        grade = m.grade_for(fresh.evaluation.score) if fresh.evaluation.score is not None and m.bands else None
        old = self.rows[row]
        self.rows[row] = GridRow(fresh.evaluation, old.employee, old.unit_ru, old.unit_kk, fresh.evaluator,
                                 old.template, grade)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
