"""Small shared pieces of the methodology editor: decimal spin boxes and table-cell parsing."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLayout,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.domain.i18n import Msg
from desktop_app.domain.methodology.fmt import plain
from desktop_app.ui.i18n import qt_translate


def dspin(minimum: float = 0.0, maximum: float = 10000.0, decimals: int = 2, name: str = "",
          parent: QWidget | None = None) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(minimum, maximum)
    box.setDecimals(decimals)
    if name:
        box.setObjectName(name)
    return box


def dec(box: QDoubleSpinBox) -> Decimal:
    """The spin box value as an exact Decimal (rounded to its decimals, so 0.1 stays 0.1)."""
    return Decimal(str(round(box.value(), box.decimals()))).normalize() + Decimal(0)


def set_dec(box: QDoubleSpinBox, value: Decimal | None) -> None:
    box.setValue(float(value or 0))


def cell_text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item else ""


def cell_dec(table: QTableWidget, row: int, col: int, default: Decimal | None = None) -> Decimal | None:
    """A decimal typed in a cell ("2,5" accepted); blank gives `default`; garbage raises ValueError."""
    text = cell_text(table, row, col).replace(",", ".").replace("\u2212", "-")
    if not text:
        return default
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


def set_cell(table: QTableWidget, row: int, col: int, value: object) -> None:
    text = plain(value) if isinstance(value, (Decimal, int)) and not isinstance(value, bool) else str(value or "")
    table.setItem(row, col, QTableWidgetItem(text))


def render(m: Msg) -> str:
    return m.render(qt_translate)


def form_row(form: QFormLayout, field: QWidget | QLayout) -> QLabel:
    """Add a row with an (empty, translated later) label; returns the label for retranslate()."""
    label = QLabel()
    form.addRow(label, field)
    return label
