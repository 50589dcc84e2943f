"""The entry grid's bar: filters (name in either spelling, unit, state, grade), selection helpers ("all of
this unit", "all shown") and the actions on the selected sheets — Signed / Received / Final with one date,
and printing them."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget

from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.services.evaluation import GridRow
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.quarter.grid_filter import NO_GRADE, GridFilterProxy
from desktop_app.ui.quarter.grid_model import status_text


class EntryBar(Retranslatable, QWidget):
    """Emits `action` with "sign", "receive", "finalise" or "print"; `select` with "unit" or "shown"."""

    action = Signal(str)
    select = Signal(str)

    def __init__(self, proxy: GridFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.lang = "ru"
        self.search = QLineEdit()
        self.search.setObjectName("gridSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.unit: QComboBox = self._combo("gridUnit", lambda: self.proxy.set_filter(unit=self.unit.currentData()))
        self.status: QComboBox = self._combo("gridStatus",
                                             lambda: self.proxy.set_filter(status=self.status.currentData()))
        self.grade: QComboBox = self._combo("gridGrade", lambda: self.proxy.set_filter(grade=self.grade.currentData()))
        # Two menu buttons keep the bar one line high and narrow enough for 1280 pixels in Kazakh.
        self.select_button = self._menu_button("gridSelect")
        self.action_button = self._menu_button("gridSelected")
        self.menu_actions: dict[str, QAction] = {}
        for name in ("unit", "shown"):
            act = self.select_button.menu().addAction("")
            act.triggered.connect(lambda _=False, n=name: self.select.emit(n))
            self.menu_actions[name] = act
        for name in ("sign", "receive", "finalise", "print"):
            if name == "print":
                self.action_button.menu().addSeparator()
            act = self.action_button.menu().addAction("")
            act.triggered.connect(lambda _=False, n=name: self.action.emit(n))
            self.menu_actions[name] = act
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for combo in (self.unit, self.status, self.grade):
            layout.addWidget(combo, 2)
        layout.addWidget(self.select_button)
        layout.addWidget(self.action_button)
        self._rows: list[GridRow] = []
        self.retranslate()

    def _combo(self, name: str, changed: Callable[[], None]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # Long unit names must not widen the page: the list shows them in full when opened.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.currentIndexChanged.connect(lambda _i: changed())
        return combo

    def _menu_button(self, name: str) -> QToolButton:
        b = QToolButton()
        b.setObjectName(name)
        b.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        b.setMenu(QMenu(b))
        return b

    def set_rows(self, rows: list[GridRow], lang: str) -> None:
        """The units and grades of the quarter's rows, for the filter lists (the choice is kept)."""
        self._rows = rows
        self.lang = lang
        self._fill_lists()

    def set_read_only(self, read_only: bool) -> None:
        """A closed quarter: nothing moves (printing stays)."""
        for name in ("sign", "receive", "finalise"):
            self.menu_actions[name].setEnabled(not read_only)

    def _fill_lists(self) -> None:
        units: dict[str, str] = {}
        grades: dict[str, str] = {}
        for r in self._rows:
            units.setdefault(r.unit_ru, r.unit_ru if self.lang == "ru" else (r.unit_kk or r.unit_ru))
            if r.grade is not None:
                grades.setdefault(r.grade.name_ru, r.grade.name(self.lang))
        self._refill(self.unit, self.tr("All units"), sorted(units.items(), key=lambda kv: kv[1]))
        self._refill(self.status, self.tr("All states"), [(s.value, status_text(s)) for s in EvaluationStatus])
        self._refill(self.grade, self.tr("All grades"), [*grades.items(), (NO_GRADE, self.tr("No score yet"))])

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list) -> None:  # type: ignore[type-arg]
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0 and keep is not None:     # the kept choice is gone: show everything
            combo.currentIndexChanged.emit(0)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find by name (Kazakh or Russian spelling)…"))
        texts = {"unit": self.tr("Select the unit"), "shown": self.tr("Select all shown"),
                 "sign": self.tr("Signed…"), "receive": self.tr("Received…"), "finalise": self.tr("Final…"),
                 "print": self.tr("Print selected…")}
        tips = {"unit": self.tr("Select every sheet of the current row's unit"),
                "shown": self.tr("Select every sheet the filters show"),
                "sign": self.tr("Signed by the evaluator: the selected sheets, one date"),
                "receive": self.tr("Received by the evaluees: the selected sheets, one date"),
                "finalise": self.tr("Make the selected results final, one date"),
                "print": self.tr("Print the evaluation sheets of the selected rows")}
        for name, act in self.menu_actions.items():
            act.setText(texts[name])
            act.setToolTip(tips[name])
        self.select_button.setText(self.tr("Select"))
        self.action_button.setText(self.tr("Selected sheets"))
        self.action_button.setToolTip(self.tr("Signed / Received / Final for the selected rows with one date, "
                                              "or print their sheets"))
        self._fill_lists()
