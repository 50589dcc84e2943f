"""Adding a bonus entry from the office's scale (000 §17–§18, 002 §17) or a penalty entry (002 §21–§22)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from desktop_app.domain.methodology.model import FLAGS, Methodology
from desktop_app.domain.methodology.rules import flag_label
from desktop_app.domain.records import EntryRow
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.i18n import LiveTexts, qt_translate
from desktop_app.ui.quarter.dialogs import pydate, qdate


def _flag_text(flag: str) -> str:
    return flag_label(flag).render(qt_translate)


class EntryDialog(LiveTexts, QDialog):
    """One entry: item, quantity, for a range item the points chosen, and the evidence. Its texts and the
    items' wording follow a language switch while it is open."""

    def __init__(self, methodology: Methodology, kind: str, evaluation_id: int, lang: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryDialog")
        self.kind = kind
        self.evaluation_id = evaluation_id
        self.methodology = methodology
        self.live(self.setWindowTitle, lambda: self.tr("Bonus entry") if kind == "bonus" else self.tr("Penalty entry"))
        self.item = QComboBox()
        self.item.setObjectName("item")
        self.item.setMinimumWidth(480)
        if kind == "bonus":
            for _level, items in methodology.bonus_levels().items():
                for it in items:
                    self.item.addItem("", it.id)
        else:
            for p in methodology.penalty_items:
                self.item.addItem("", p.id)
        self._item_texts(lang)
        self.item.currentIndexChanged.connect(self._item_changed)
        self.quantity = QDoubleSpinBox()
        self.quantity.setObjectName("quantity")
        self.quantity.setDecimals(0)
        self.quantity.setRange(1, 9999)
        self.points = QDoubleSpinBox()
        self.points.setObjectName("points")
        self.points.setDecimals(1)
        self.co_executor = QCheckBox()
        self.live(self.co_executor.setText, lambda: self.tr("co-executor"))
        self.co_executor.setObjectName("coExecutor")
        self.doc_number = QLineEdit()
        self.doc_number.setObjectName("docNumber")
        self.live(self.doc_number.setPlaceholderText, lambda: self.tr("e.g. 12-05/345"))
        self.doc_date = QDateEdit(qdate(today))
        self.doc_date.setObjectName("docDate")
        self.doc_date.setCalendarPopup(True)
        self.doc_date.setDisplayFormat("dd.MM.yyyy")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        # The conditions the item's multipliers depend on (002 §17 2), §21, §22 1)), ticked per entry.
        self.flags: dict[str, QCheckBox] = {}
        for f in FLAGS:
            box = QCheckBox()
            self.live(box.setText, partial(_flag_text, f))
            box.setObjectName(f"flag_{f}")
            self.flags[f] = box
        form = QFormLayout(self)
        form.addRow(self.live_label(lambda: self.tr("Item:")), self.item)
        form.addRow(self.live_label(lambda: self.tr("Quantity:")), self.quantity)
        form.addRow(self.live_label(lambda: self.tr("Points per fact:")), self.points)
        form.addRow("", self.co_executor)
        for box in self.flags.values():
            form.addRow("", box)
        form.addRow(self.live_label(lambda: self.tr("Document number:")), self.doc_number)
        form.addRow(self.live_label(lambda: self.tr("Document date:")), self.doc_date)
        form.addRow(self.live_label(lambda: self.tr("Note:")), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._item_changed()

    def _item_texts(self, lang: str) -> None:
        """The items in `lang`'s wording (the methodology keeps both); the choice stays where it was."""
        m = self.methodology
        for i in range(self.item.count()):
            item_id = self.item.itemData(i)
            if self.kind == "bonus":
                it = m.bonus_item(item_id)
                self.item.setItemText(i, f"+{it.level}  {it.text(lang)}" if it else "")
            else:
                p = m.penalty_item(item_id)
                self.item.setItemText(i, p.text(lang) if p else "")

    def retranslate(self) -> None:
        super().retranslate()
        self._item_texts(interface_language())

    def _rule(self):  # type: ignore[no-untyped-def]
        item_id = self.item.currentData()
        it = self.methodology.bonus_item(item_id) if self.kind == "bonus" else self.methodology.penalty_item(item_id)
        return it.rule if it else None

    def _item_changed(self) -> None:
        rule = self._rule()
        is_range = rule is not None and rule.kind == "range"
        self.points.setEnabled(is_range)
        if is_range:
            self.points.setRange(float(rule.min_points), float(rule.max_points))
            self.points.setValue(float(rule.max_points))
        self.co_executor.setEnabled(rule is not None and rule.co_executor is not None)
        used = {m.flag for m in rule.multipliers if m.when == "flag"} if rule is not None else set()
        for f, box in self.flags.items():
            box.setVisible(f in used)
            if f not in used:
                box.setChecked(False)

    def entry(self) -> EntryRow:
        rule = self._rule()
        chosen = Decimal(str(self.points.value())) if rule is not None and rule.kind == "range" else None
        return EntryRow(None, self.evaluation_id, self.kind, self.item.currentData() or "",
                        Decimal(int(self.quantity.value())), chosen, self.co_executor.isChecked(),
                        frozenset(f for f, box in self.flags.items() if box.isChecked()),
                        self.doc_number.text().strip(), pydate(self.doc_date.date()), self.note.text().strip())
