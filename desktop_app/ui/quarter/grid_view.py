"""The entry grid's view: typing starts editing, Enter goes down, Tab goes right, like a spreadsheet."""
from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_app.ui.help import set_help_rule
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.quarter.grid_model import EvaluationTableModel


class ScoreDelegate(QStyledItemDelegate):
    """A small line edit for 0–5 ("3,5" accepted); the service refuses anything out of range."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("scoreEditor")
        editor.setMaxLength(6)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Enter commits and lets the view move down (handled in EntryTableView.keyPressEvent).
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(editor, QWidget):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                view = self.parent()
                if isinstance(view, EntryTableView):
                    view.move_down()
            return True
        return super().eventFilter(editor, event)


class EntryTableView(Retranslatable, QTableView):
    """Keyboard-driven: any key starts editing the current cell; Enter/↓ next row, Tab next editable cell.

    The name is the row header (it stays in sight when the grid scrolls right), so it has no column header
    to click: the corner button above it sorts by name (again: the other way), and the row headers' context
    menu offers both orders and the roster's own. Ctrl+A still selects every row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryGrid")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Many rows at once: Shift/Ctrl-click or the row headers select sheets for Signed /
        # Received / Final / Print; typing still edits the current cell.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setItemDelegate(ScoreDelegate(self))
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setTabKeyNavigation(True)
        set_help_rule(self, "score.range")   # F1 in the grid: scores 0 to 5
        self.corner = self.findChild(QAbstractButton)    # QTableView's corner button: select-all by default
        if self.corner is not None:
            self.corner.clicked.disconnect()
            self.corner.clicked.connect(self._corner_clicked)
        self.verticalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().customContextMenuRequested.connect(self._name_menu)
        self.retranslate()

    def retranslate(self) -> None:
        if self.corner is not None:
            self.corner.setToolTip(self.tr("Click: sort by name in the alphabet of the interface language"))

    def sort_by_name(self, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sortByColumn(EvaluationTableModel.NAME, order)

    def sorted_by_name(self) -> bool:
        return self.horizontalHeader().sortIndicatorSection() == EvaluationTableModel.NAME

    def _corner_clicked(self) -> None:
        again = self.sorted_by_name() and \
            self.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        self.sort_by_name(Qt.SortOrder.DescendingOrder if again else Qt.SortOrder.AscendingOrder)

    def name_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("nameSortMenu")
        menu.addAction(self.tr("Sort by name, А → Я"), lambda: self.sort_by_name(Qt.SortOrder.AscendingOrder))
        menu.addAction(self.tr("Sort by name, Я → А"), lambda: self.sort_by_name(Qt.SortOrder.DescendingOrder))
        menu.addAction(self.tr("Order of the roster (units)"), lambda: self.sortByColumn(-1, Qt.SortOrder.AscendingOrder))
        return menu

    def _name_menu(self, pos: QPoint) -> None:
        self.name_menu().exec(self.verticalHeader().mapToGlobal(pos))

    def grid_model(self) -> EvaluationTableModel:
        model = self.model()
        if isinstance(model, QSortFilterProxyModel):
            model = model.sourceModel()
        assert isinstance(model, EvaluationTableModel)
        return model

    def setCurrentIndex(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Accepts an index of the grid's own model too (callers that know rows, not the filter)."""
        model = self.model()
        if isinstance(model, QSortFilterProxyModel) and index.isValid() and index.model() is model.sourceModel():
            index = model.mapFromSource(index)
        super().setCurrentIndex(index)

    def selected_rows(self) -> list[int]:
        """Rows of the grid's own model under the selection (the current row when nothing is selected)."""
        model = self.model()
        indexes = self.selectionModel().selectedIndexes() or ([self.currentIndex()] if self.currentIndex().isValid()
                                                               else [])
        rows = sorted({i.row() for i in indexes})
        if isinstance(model, QSortFilterProxyModel):
            rows = [model.mapToSource(model.index(r, 0)).row() for r in rows]
        return rows

    def select_rows(self, proxy_rows: list[int]) -> None:
        """Select whole rows of the view (the filter's rows), keeping the current cell."""
        model = self.model()
        selection = QItemSelection()
        last = model.columnCount() - 1
        for r in proxy_rows:
            selection.select(model.index(r, 0), model.index(r, last))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def move_down(self) -> None:
        cur = self.currentIndex()
        if not cur.isValid():
            return
        row = min(cur.row() + 1, self.model().rowCount() - 1)
        self.setCurrentIndex(self.model().index(row, cur.column()))

    def move_right(self) -> None:
        """The next editable cell, wrapping to the next row's first score."""
        cur = self.currentIndex()
        if not cur.isValid():
            return
        m = self.model()
        row, col = cur.row(), cur.column() + 1
        while row < m.rowCount():
            while col < m.columnCount():
                if m.flags(m.index(row, col)) & Qt.ItemFlag.ItemIsEditable:
                    self.setCurrentIndex(m.index(row, col))
                    return
                col += 1
            row, col = row + 1, 0
        self.setCurrentIndex(cur)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
            return
        if event.key() == Qt.Key.Key_Tab and self.state() != QAbstractItemView.State.EditingState:
            self.move_right()
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            idx = self.currentIndex()
            if idx.isValid() and self.model().flags(idx) & Qt.ItemFlag.ItemIsEditable:
                self.model().setData(idx, "", Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        if next and self.state() == QAbstractItemView.State.EditingState:
            return super().focusNextPrevChild(next)
        if next:
            self.move_right()
            return True
        return super().focusNextPrevChild(next)
