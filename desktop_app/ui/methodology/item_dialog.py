"""Adding or editing one bonus item (a level +1..+5) or penalty item, with a live computed example:
the example runs the real calculator (domain rules.item_lines) on the quantity typed here."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError, ValidationError
from desktop_app.domain.methodology.entries import BonusEntry, PenaltyEntry
from desktop_app.domain.methodology.fmt import plain, signed
from desktop_app.domain.methodology.model import (
    FLAG_LATE_5_10,
    FLAG_LATE_60,
    FLAG_REPEAT,
    FLAG_SHORT_DEADLINE,
    BonusItem,
    PenaltyItem,
    PointRule,
)
from desktop_app.domain.methodology.rules import item_lines
from desktop_app.domain.methodology.validation import validate_rule
from desktop_app.ui.errors import error_text, show_error
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.methodology.rule_editor import RuleEditor
from desktop_app.ui.methodology.widgets import dec, dspin, form_row, render
from desktop_app.ui.screen import fit_to_screen

Item = BonusItem | PenaltyItem


class ItemDialog(Retranslatable, QDialog):
    """`penalty=False` edits a bonus item; `penalty=True` a penalty item. `item()` gives the result."""

    def __init__(self, item: Item | None, penalty: bool, level: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemDialog")
        self.penalty = penalty
        fit_to_screen(self, 780, 820)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.level = QSpinBox()
        self.level.setObjectName("level")
        self.level.setRange(1, 5)
        self.level.setPrefix("+")
        self.group = QComboBox()
        self.group.setObjectName("group")
        self.text_kk = QPlainTextEdit()
        self.text_kk.setObjectName("textKk")
        self.text_ru = QPlainTextEdit()
        self.text_ru.setObjectName("textRu")
        for t in (self.text_kk, self.text_ru):
            t.setMaximumHeight(70)
        self.source = QLineEdit()
        self.source.setObjectName("source")
        self.rule = RuleEditor()
        # Example: one evaluator's facts for this item in a quarter.
        self.quantity = dspin(0, 100000, 2, "exampleQuantity")
        self.quantity.setValue(1)
        self.chosen = dspin(0, 1000, 2, "exampleChosen")
        self.co = QCheckBox()
        self.co.setObjectName("exampleCoExecutor")
        self.flags = {f: QCheckBox() for f in (FLAG_SHORT_DEADLINE, FLAG_LATE_5_10, FLAG_REPEAT, FLAG_LATE_60)}
        for f, box in self.flags.items():
            box.setObjectName(f"example_{f}")
        self.example = QLabel()
        self.example.setObjectName("example")
        self.example.setWordWrap(True)

        self.form = QFormLayout()
        self.labels = [form_row(self.form, w) for w in (self.code, self.group if penalty else self.level,
                                                        self.text_kk, self.text_ru, self.source)]
        self.example_box = QGroupBox()
        ex = QFormLayout(self.example_box)
        self.quantity_label = form_row(ex, self.quantity)
        self.chosen_label = form_row(ex, self.chosen)
        flags_row = QHBoxLayout()
        flags_row.addWidget(self.co)
        for box in self.flags.values():
            flags_row.addWidget(box)
        ex.addRow(flags_row)
        ex.addRow(self.example)
        self.ex_form = ex
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.rule)
        layout.addWidget(self.example_box)
        layout.addWidget(self.buttons)

        for w in (self.quantity, self.chosen):
            w.valueChanged.connect(self.update_example)
        for box in (self.co, *self.flags.values()):
            box.toggled.connect(self.update_example)
        self.rule.changed.connect(self.update_example)
        self.retranslate()
        if item is not None:
            self._load(item)
        else:
            self.level.setValue(level)
            self.rule.set_rule(PointRule(kind="fixed", points=Decimal(level if not penalty else 2)))
        self.update_example()

    def _load(self, item: Item) -> None:
        self.code.setText(item.id)
        if isinstance(item, BonusItem):
            self.level.setValue(item.level)
        else:
            self.group.setCurrentIndex(0 if item.group == "executive" else 1)
        self.text_kk.setPlainText(item.text_kk)
        self.text_ru.setPlainText(item.text_ru)
        self.source.setText(item.source)
        self.rule.set_rule(item.rule)
        if item.rule.kind == "range":
            self.chosen.setValue(float(item.rule.max_points))

    def item(self) -> Item:
        rule = self.rule.rule()
        code = self.code.text().strip()
        kk, ru = self.text_kk.toPlainText().strip(), self.text_ru.toPlainText().strip()
        if self.penalty:
            return PenaltyItem(code, "executive" if self.group.currentIndex() == 0 else "labour", kk, ru, rule,
                               self.source.text().strip())
        return BonusItem(code, self.level.value(), kk, ru, rule, self.source.text().strip())

    def update_example(self) -> None:
        try:
            item = self.item()
        except ValueError as exc:
            self.example.setText(self.tr("Not a number: {text}").format(text=str(exc)))
            return
        flags = frozenset(f for f, box in self.flags.items() if box.isChecked())
        q = dec(self.quantity)
        chosen = dec(self.chosen) if item.rule.kind == "range" else None
        entry = (PenaltyEntry(item.id or "?", q, chosen_points=chosen, co_executor=self.co.isChecked(), flags=flags)
                 if self.penalty else
                 BonusEntry(item.id or "?", q, chosen_points=chosen, co_executor=self.co.isChecked(), flags=flags))
        problems = validate_rule(item.rule, self.tr("Rule"))
        if problems:
            self.example.setText("\n".join(render(p) for p in problems))
            return
        try:
            lines = item_lines(item, [entry], "penalty" if self.penalty else "bonus")  # type: ignore[list-item]
        except BagalauError as exc:
            self.example.setText(error_text(exc))
            return
        total = sum((ln.points for ln in lines), Decimal(0))
        parts = [self.tr("{quantity} → {points} points").format(quantity=plain(q), points=signed(total))]
        for ln in lines:
            parts += [render(n) for n in ln.notes]
        self.example.setText("; ".join(parts))

    def _accept(self) -> None:
        try:
            item = self.item()
        except ValueError as exc:
            self.example.setText(self.tr("Not a number: {text}").format(text=str(exc)))
            return
        problems = validate_rule(item.rule, self.tr("Rule"))
        if not item.id or not item.text_kk or not item.text_ru:
            problems.insert(0, _missing())
        if problems:
            show_error(self, ValidationError(problems))
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Penalty item") if self.penalty else self.tr("Bonus scale item"))
        labels = (self.tr("Code"), self.tr("Group") if self.penalty else self.tr("Level"), self.tr("Text (Kazakh)"),
                  self.tr("Text (Russian)"), self.tr("Seed paragraph"))
        for label, text in zip(self.labels, labels, strict=False):
            label.setText(text)
        idx = self.group.currentIndex()
        self.group.clear()
        self.group.addItems([self.tr("Executive discipline"), self.tr("Labour discipline")])
        self.group.setCurrentIndex(max(idx, 0))
        self.example_box.setTitle(self.tr("Example"))
        self.quantity_label.setText(self.tr("Quantity in the quarter"))
        self.chosen_label.setText(self.tr("Chosen points per fact (range)"))
        self.co.setText(self.tr("as co-executor"))
        self.flags[FLAG_SHORT_DEADLINE].setText(self.tr("deadline of at least 3 working days"))
        self.flags[FLAG_LATE_5_10].setText(self.tr("late by 5–10 days"))
        self.flags[FLAG_REPEAT].setText(self.tr("aggravated repeat"))
        self.flags[FLAG_LATE_60].setText(self.tr("late more than 60 minutes in total"))
        if self.code.text():
            self.update_example()


def _missing():
    from desktop_app.domain.i18n import N_, msg

    return msg(N_("msg", "The item needs a code and its text in Kazakh and in Russian."))
