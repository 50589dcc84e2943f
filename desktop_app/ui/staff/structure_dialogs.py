"""Dialogs for a structural unit, a position, and the editable list of categories."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.domain.external_evaluator import checked
from desktop_app.domain.staff import Position, Unit
from desktop_app.services.staff import StaffService
from desktop_app.ui.errors import show_error
from desktop_app.ui.i18n import LiveTexts
from desktop_app.ui.staff.choices import PositionCombo
from desktop_app.ui.staff.external_evaluator_box import ExternalEvaluatorBox
from desktop_app.ui.staff.period_dialogs import _FormDialog


class UnitDialog(_FormDialog):
    def __init__(self, staff: StaffService, lang: str, unit: Unit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitDialog")
        self.live(self.setWindowTitle, lambda: self.tr("Structural unit"))
        self.staff, self.unit = staff, unit
        self.saved_id: int | None = None
        self.name_kk = QLineEdit(unit.name_kk if unit else "")
        self.name_kk.setObjectName("nameKk")
        self.name_ru = QLineEdit(unit.name_ru if unit else "")
        self.name_ru.setObjectName("nameRu")
        own = [p for p in staff.positions() if unit is not None and p.unit_id == unit.id]
        self.head = PositionCombo(own, staff.units(), lang, lambda: self.tr("(not set)"))
        if unit:
            self.head.set_value(unit.head_position_id)
        self.form.addRow(self.live_label(lambda: self.tr("Name in Kazakh:")), self.name_kk)
        self.form.addRow(self.live_label(lambda: self.tr("Name in Russian:")), self.name_ru)
        self.form.addRow(self.live_label(lambda: self.tr("Head position:")), self.head)
        # The unit's own evaluator outside corps "B" (e.g. the maslikhat secretary, 001 §16); a new unit
        # gets its id on saving (-1 reads nothing).
        self.external = ExternalEvaluatorBox(staff, unit.id if unit is not None and unit.id else -1)
        self.form.addRow(self.external)
        self.setMinimumWidth(560)

    def save(self) -> None:
        checked(self.external.value())          # refused before anything is written
        base = self.unit or Unit(None, "", "")
        self.saved_id = self.staff.save_unit(replace(base, name_kk=self.name_kk.text(), name_ru=self.name_ru.text(),
                                                     head_position_id=self.head.value()))
        self.external.unit_id = self.saved_id
        self.external.save()


class PositionDialog(_FormDialog):
    def __init__(self, staff: StaffService, lang: str, unit_id: int | None, position: Position | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("positionDialog")
        self.live(self.setWindowTitle, lambda: self.tr("Position"))
        self.staff, self.position = staff, position
        self.saved_id: int | None = None
        units = staff.units()
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        for u in units:
            self.unit.addItem(u.name_ru if lang == "ru" else u.name_kk, u.id)
        current_unit = position.unit_id if position else unit_id
        self.unit.setCurrentIndex(max(self.unit.findData(current_unit), 0))
        self.title_kk = QLineEdit(position.title_kk if position else "")
        self.title_kk.setObjectName("titleKk")
        self.title_ru = QLineEdit(position.title_ru if position else "")
        self.title_ru.setObjectName("titleRu")
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.addItems(staff.categories())
        if position:
            self.category.setCurrentText(position.category)
        self.leadership = QCheckBox()
        self.live(self.leadership.setText, lambda: self.tr("Leadership position (Methodology, item 2.1)"))
        self.leadership.setObjectName("leadership")
        self.leadership.setChecked(bool(position and position.is_leadership))
        self.is_head = QCheckBox()
        self.live(self.is_head.setText, lambda: self.tr("Heads the unit"))
        self.is_head.setObjectName("isHead")
        heads = {u.head_position_id for u in units}
        self.is_head.setChecked(bool(position and position.id in heads))
        others = [p for p in staff.positions() if position is None or p.id != position.id]
        self.supervisor = PositionCombo(others, units, lang, lambda: self.tr("(none)"))
        self.supervisor.setObjectName("supervisor")
        if position:
            self.supervisor.set_value(position.supervisor_position_id)
        self.form.addRow(self.live_label(lambda: self.tr("Unit:")), self.unit)
        self.form.addRow(self.live_label(lambda: self.tr("Title in Kazakh:")), self.title_kk)
        self.form.addRow(self.live_label(lambda: self.tr("Title in Russian:")), self.title_ru)
        self.form.addRow(self.live_label(lambda: self.tr("Category:")), self.category)
        self.form.addRow("", self.leadership)
        self.form.addRow("", self.is_head)
        self.form.addRow(self.live_label(lambda: self.tr("Supervising position:")), self.supervisor)
        self.setMinimumWidth(620)

    def save(self) -> None:
        unit_id = self.unit.currentData()
        pos = Position(self.position.id if self.position else None, int(unit_id) if unit_id is not None else 0,
                       self.title_kk.text(), self.title_ru.text(), self.category.currentText(),
                       self.leadership.isChecked(), self.supervisor.value())
        self.saved_id = self.staff.save_position(pos, head_of_unit=self.is_head.isChecked())


class CategoriesDialog(LiveTexts, QDialog):
    """The editable list of position categories (E-1 … E-R-5 …)."""

    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoriesDialog")
        self.live(self.setWindowTitle, lambda: self.tr("Categories of positions"))
        self.staff = staff
        self.changed = False
        self.list = QListWidget()
        buttons = QHBoxLayout()
        for text, fn in ((lambda: self.tr("Add…"), self._add), (lambda: self.tr("Rename…"), self._rename),
                         (lambda: self.tr("Delete"), self._delete)):
            b = QPushButton()
            self.live(b.setText, text)
            b.clicked.connect(fn)
            buttons.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addLayout(buttons)
        lay.addWidget(close)
        self._reload()

    def _reload(self) -> None:
        self.list.clear()
        self.list.addItems(self.staff.categories())

    def _do(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except BagalauError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self._reload()

    def _add(self) -> None:
        code, ok = QInputDialog.getText(self, self.windowTitle(), self.tr("New category code:"))
        if ok:
            self._do(lambda: self.staff.add_category(code))

    def _rename(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        old = item.text()
        code, ok = QInputDialog.getText(self, self.windowTitle(), self.tr("Category code:"), text=old)
        if ok:
            self._do(lambda: self.staff.rename_category(old, code))

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            code = item.text()
            self._do(lambda: self.staff.delete_category(code))
