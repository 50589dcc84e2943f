"""Grade bands of a version (001 §7; the 2017 points bands are editable, not from the seeds)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.methodology.model import GradeBand, Methodology
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.methodology.widgets import cell_dec, cell_text, set_cell

COLS = 5


class BandsTab(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, COLS)
        self.table.setObjectName("bands")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.add = QPushButton()
        self.add.setObjectName("addBand")
        self.remove = QPushButton()
        self.remove.setObjectName("removeBand")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.add.clicked.connect(lambda: self._add_row(GradeBand("", "", Decimal(0), None)))
        self.remove.clicked.connect(self._remove_row)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.retranslate()

    def _add_row(self, b: GradeBand) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, v in enumerate((b.name_kk, b.name_ru, b.lower, b.upper)):
            set_cell(self.table, r, c, v)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if b.is_unsatisfactory else Qt.CheckState.Unchecked)
        self.table.setItem(r, 4, check)

    def _remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def load(self, m: Methodology) -> None:
        self.table.setRowCount(0)
        for b in m.bands:
            self._add_row(b)

    def apply(self, m: Methodology) -> Methodology:
        bands = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 4)
            bands.append(GradeBand(cell_text(self.table, r, 0), cell_text(self.table, r, 1),
                                   cell_dec(self.table, r, 2, Decimal(0)) or Decimal(0), cell_dec(self.table, r, 3),
                                   bool(item and item.checkState() == Qt.CheckState.Checked)))
        return replace(m, bands=tuple(bands))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Grade (Kazakh)"), self.tr("Grade (Russian)"), self.tr("From"),
                                              self.tr("To (blank: and more)"), self.tr("Unsatisfactory")])
        self.add.setText(self.tr("Add band"))
        self.remove.setText(self.tr("Remove band"))
        self.hint.setText(self.tr("A score is rounded first, then it gets the highest band whose lower bound it "
                                  "reaches: with bands 80–105 and 106–130, 105.5 is still in the first."))
