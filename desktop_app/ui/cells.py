"""Cells of QTableWidget/QTreeWidget tables the program filled itself: typed access without None checks."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    """The item at (row, col); every cell of our tables has one, so a missing item is a programming error."""
    item = table.item(row, col)
    if item is None:
        raise LookupError(f"{table.objectName() or type(table).__name__}: no item at ({row}, {col})")
    return item


def is_checked(table: QTableWidget, row: int, col: int = 0) -> bool:
    item = table.item(row, col)
    return item is not None and item.checkState() == Qt.CheckState.Checked
