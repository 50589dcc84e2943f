"""The first page: what is due and overdue today (001 §4, §9), and the two-years warnings (Art. 33 p. 6)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import BagalauError
from desktop_app.services.dashboard import DashboardService, DueItem, QuarterProgress
from desktop_app.ui.changes import Area
from desktop_app.ui.help import set_help_rule, show_rule_help
from desktop_app.ui.help.rule_map import due_item_rule
from desktop_app.ui.i18n import Retranslatable, qt_translate
from desktop_app.ui.shortcuts import bind

COLOURS = {"overdue": "#c62828", "warning": "#ad1457", "soon": "#ef6c00", "info": "#37474f"}


class DashboardPage(Retranslatable, QWidget):
    """Emits `open_requested(page key, quarter id or 0)` when a line is activated.

    Reads the database on F5 and whenever an area it shows changes (`refresh()`, called by the change bus,
    lazily when the page is hidden); a language switch only re-renders the items already read (their texts
    are `Msg` objects).
    """

    shows = frozenset({Area.STAFF, Area.STRUCTURE, Area.METHODOLOGY, Area.CALENDAR, Area.QUARTER,
                       Area.EVALUATION, Area.CALIBRATION})

    open_requested = Signal(str, int)

    def __init__(self, dashboard: DashboardService, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dashboard = dashboard
        self.today = today
        self.items: list[DueItem] = []
        self.progress_lines: list[QuarterProgress] = []
        self.error = ""
        self.read_on: date = today()
        self.title = QLabel()
        self.title.setObjectName("dashboardTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setObjectName("quarterProgress")
        self.progress.setWordWrap(True)
        self.progress.setTextFormat(Qt.TextFormat.RichText)
        self.progress.setStyleSheet("QLabel { background: #e3f2fd; border: 1px solid #90caf9; border-radius: 4px;"
                                    " padding: 8px; }")
        self.list = QListWidget()
        self.list.setObjectName("dueList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QListWidget::item { padding: 6px; }")
        # Long lines wrap to the list's width instead of widening it (no horizontal scrollbar).
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        self.list.currentRowChanged.connect(self._current_row_changed)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.rule_button = QPushButton()
        self.rule_button.setObjectName("dueRule")
        self.rule_button.clicked.connect(self.show_rule_of_current)
        self.refresh_action = bind(self, "F5", self.refresh)   # while the page is shown (ui/shortcuts.py)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.rule_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Read the due items and the quarters' progress from the database, then show them."""
        self.read_on = self.today()
        self.error = ""
        try:
            self.items = self.dashboard.items(self.read_on)
            self.progress_lines = self.dashboard.progress()
        except BagalauError as exc:
            self.items, self.progress_lines = [], []
            self.error = exc.render(qt_translate)
        self.show_items()

    def show_items(self) -> None:
        """Show the items already read, in the interface language; never touches the database."""
        if self.error:
            self.list.clear()
            self.summary.setText(self.error)
            return
        today = self.read_on
        row_before = self.list.currentRow()
        lines = [self.tr("<b>Q{quarter} {year}</b>: {scored} of {total} sheets scored, {signed} signed, "
                         "{final} final; due {due}.").format(quarter=p.quarter, year=p.year, scored=p.scored,
                                                             total=p.total, signed=p.signed, final=p.final,
                                                             due=p.due.strftime("%d.%m.%Y"))
                 for p in self.progress_lines]
        self.progress.setText("<br>".join(lines) or self.tr("No open quarter."))
        self.list.clear()
        labels = {"overdue": self.tr("Overdue"), "warning": self.tr("Warning"), "soon": self.tr("Due soon"),
                  "info": self.tr("To do")}
        for item in self.items:
            due = f" — {item.due:%d.%m.%Y}" if item.due and item.level != "info" else ""
            row = QListWidgetItem(f"{labels.get(item.level, '')}{due}\n{item.text.render(qt_translate)}")
            row.setForeground(QBrush(QColor(COLOURS.get(item.level, "#000000"))))
            if item.level in ("overdue", "warning"):
                font = row.font()
                font.setBold(True)
                row.setFont(font)
            row.setData(Qt.ItemDataRole.UserRole, (item.page, item.quarter_id or 0))
            row.setToolTip(self.tr("Enter opens the page; F1 explains the rule"))
            self.list.addItem(row)
        if 0 <= row_before < self.list.count():
            self.list.setCurrentRow(row_before)
        self._current_row_changed(self.list.currentRow())
        overdue = sum(1 for i in self.items if i.level == "overdue")
        if not self.items:
            self.summary.setText(self.tr("Nothing is due on {day}.").format(day=today.strftime("%d.%m.%Y")))
        else:
            self.summary.setText(self.tr("On {day}: {n} items, {overdue} overdue.").format(
                day=today.strftime("%d.%m.%Y"), n=len(self.items), overdue=overdue))

    def current_rule(self) -> str:
        """The rule of the selected line (the first line when none is selected)."""
        row = self.list.currentRow()
        if not self.items:
            return ""
        return due_item_rule(self.items[row if 0 <= row < len(self.items) else 0])

    def show_rule_of_current(self) -> None:
        rule_id = self.current_rule()
        if rule_id:
            show_rule_help(self, rule_id)

    def _current_row_changed(self, _row: int) -> None:
        # F1 on the list opens the rule of the selected line (ui/help/links.py focused_rule_id).
        rule_id = self.current_rule()
        set_help_rule(self.list, rule_id or "deadline.quarter")
        self.rule_button.setEnabled(bool(rule_id))

    def _activated(self, row: QListWidgetItem) -> None:
        page, quarter_id = row.data(Qt.ItemDataRole.UserRole)
        self.open_requested.emit(page, quarter_id)

    def retranslate(self) -> None:
        self.title.setText(self.tr("What is due"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.rule_button.setText(self.tr("Rule of the line (F1)"))
        self.rule_button.setToolTip(self.tr("Explains the rule and legal paragraph behind the selected line"))
        self.hint.setText(self.tr("Deadlines: the quarter's evaluation by the 20th of the next month, the annual "
                                  "result by 30 January (Methodology, item 4), the notice to a dismissed evaluee within the "
                                  "month after the quarter (Methodology, item 9); a deadline on a day off moves to the next "
                                  "working day (Regulation of the apparatus, item 13.15). Double-click a line to open its page."))
        self.show_items()   # the items already read, in the new language
