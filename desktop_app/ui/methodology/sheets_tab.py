"""Evaluation-sheet templates of forms 1 and 2 (001 §16): one overall 0–5 score or criteria, plus comments."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.methodology.model import (
    COMBINES,
    SHEET_MODES,
    CommentField,
    Criterion,
    Methodology,
    SheetTemplate,
)
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.methodology.widgets import cell_dec, cell_text, form_row, set_cell


def _table(name: str, cols: int) -> QTableWidget:
    t = QTableWidget(0, cols)
    t.setObjectName(name)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    t.setMinimumHeight(110)
    return t


class SheetBox(QGroupBox):
    """One form's template."""

    def __init__(self, form: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.title_kk = QLineEdit()
        self.title_ru = QLineEdit()
        self.mode = QComboBox()
        self.mode.setObjectName(f"mode{form}")
        self.combine = QComboBox()
        self.combine.setObjectName(f"combine{form}")
        self.criteria = _table(f"criteria{form}", 4)
        self.comments = _table(f"comments{form}", 3)
        self.buttons: list[QPushButton] = []
        lay = QFormLayout(self)
        self.labels = [form_row(lay, w) for w in (self.title_kk, self.title_ru, self.mode, self.combine)]
        self.labels.append(form_row(lay, self._with_buttons(self.criteria, 4)))
        self.labels.append(form_row(lay, self._with_buttons(self.comments, 3)))
        self.mode.currentIndexChanged.connect(self._mode_changed)

    def _with_buttons(self, table: QTableWidget, cols: int) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(table)
        row = QHBoxLayout()
        add, remove = QPushButton(), QPushButton()
        add.setObjectName(f"add_{table.objectName()}")
        blank: list[object] = ["", "", "", "1"]
        blank = blank[:cols]
        add.clicked.connect(lambda: self._add(table, blank))
        remove.clicked.connect(lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        v.addLayout(row)
        self.buttons += [add, remove]
        return w

    @staticmethod
    def _add(table: QTableWidget, values: list[object]) -> None:
        r = table.rowCount()
        table.insertRow(r)
        for c, v in enumerate(values):
            set_cell(table, r, c, v)

    def _mode_changed(self) -> None:
        criteria = self.mode.currentIndex() == 1
        self.criteria.setEnabled(criteria)
        self.combine.setEnabled(criteria)

    def load(self, s: SheetTemplate | None) -> None:
        s = s or SheetTemplate(self.form, "", "")
        self.title_kk.setText(s.title_kk)
        self.title_ru.setText(s.title_ru)
        self.mode.setCurrentIndex(SHEET_MODES.index(s.mode))
        self.combine.setCurrentIndex(COMBINES.index(s.combine))
        self.criteria.setRowCount(0)
        for c in s.criteria:
            self._add(self.criteria, [c.id, c.name_kk, c.name_ru, c.weight])
        self.comments.setRowCount(0)
        for f in s.comment_fields:
            self._add(self.comments, [f.id, f.label_kk, f.label_ru])
        self._mode_changed()

    def template(self, old: SheetTemplate | None) -> SheetTemplate:
        t = self.criteria
        crit = tuple(Criterion(cell_text(t, r, 0), cell_text(t, r, 1), cell_text(t, r, 2),
                               cell_dec(t, r, 3, Decimal(1)) or Decimal(0)) for r in range(t.rowCount()))
        c = self.comments
        comments = tuple(CommentField(cell_text(c, r, 0), cell_text(c, r, 1), cell_text(c, r, 2))
                         for r in range(c.rowCount()))
        return SheetTemplate(self.form, self.title_kk.text().strip(), self.title_ru.text().strip(),
                             SHEET_MODES[self.mode.currentIndex()], crit, COMBINES[self.combine.currentIndex()],
                             comments, old.max_score if old else Decimal(5))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Form {n} (Appendix {n} to the Typical methodology)").format(n=self.form))
        for label, text in zip(self.labels, (self.tr("Title (Kazakh)"), self.tr("Title (Russian)"),
                                              self.tr("Scoring"), self.tr("Criteria combine by"),
                                              self.tr("Criteria, each 0–5"), self.tr("Comment fields")), strict=False):
            label.setText(text)
        for combo, texts in ((self.mode, [self.tr("One overall score 0–5"), self.tr("Criteria, each 0–5")]),
                             (self.combine, [self.tr("Mean"), self.tr("Weighted mean"), self.tr("Lowest criterion")])):
            idx = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(texts)
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)
        self.criteria.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Kazakh"), self.tr("Russian"),
                                                 self.tr("Weight")])
        self.comments.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Kazakh"), self.tr("Russian")])
        for i, b in enumerate(self.buttons):
            b.setText(self.tr("Add") if i % 2 == 0 else self.tr("Remove"))


class SheetsTab(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes = {1: SheetBox(1), 2: SheetBox(2)}
        layout = QVBoxLayout(self)
        for box in self.boxes.values():
            layout.addWidget(box)
        self.retranslate()

    def load(self, m: Methodology) -> None:
        for form, box in self.boxes.items():
            box.load(m.sheet_templates.get(form))

    def apply(self, m: Methodology) -> Methodology:
        return replace(m, sheet_templates={f: b.template(m.sheet_templates.get(f)) for f, b in self.boxes.items()})

    def retranslate(self) -> None:
        for box in self.boxes.values():
            box.retranslate()
