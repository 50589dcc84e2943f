"""The office's working-day calendar: the package's public holidays and the office's own overrides.

The `holidays` package has no government-ordered transfers after 2025 (TOOLCHAIN.md), so the
specialist marks extra days off and working Saturdays here; every deadline and worked-day count of
the program uses this calendar (001 §5; 004 §13.15).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.calendar import WorkCalendar, public_holidays
from desktop_app.domain.calendar_transfers import estimated_holidays
from desktop_app.domain.holiday_names import holiday_msg
from desktop_app.services.calendar import CalendarOverride, CalendarService
from desktop_app.ui.changes import Area, PageContext, own_context
from desktop_app.ui.help import set_help_rule, show_rule_help
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.help.rule_map import rule_links_html, rule_of_link
from desktop_app.ui.i18n import Retranslatable, qt_translate
from desktop_app.ui.shortcuts import bind

HOLIDAY = QColor("#c62828")
DAY_OFF = QColor("#ef6c00")
WORKING = QColor("#2e7d32")


def _qd(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pd(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class CalendarPage(Retranslatable, QWidget):
    """Month view with colours, the list of overrides, add/remove, and the package's holidays."""

    shows = frozenset({Area.CALENDAR})

    def __init__(self, calendar: CalendarService, parent: QWidget | None = None,
                 ctx: PageContext | None = None) -> None:
        super().__init__(parent)
        self.ctx = own_context(self, ctx)
        self.service = calendar
        self._formatted: list[QDate] = []
        # What `refresh` read: the office's overrides and the working calendar; the rest only shows them.
        self._overrides: list[CalendarOverride] = []
        self._calendar: WorkCalendar | None = None
        # Holidays the package only estimates (Kurban ait) not yet confirmed or moved by the office.
        self._pending: dict[date, str] = {}
        self.cal = QCalendarWidget()
        self.cal.setObjectName("monthView")
        self.cal.setGridVisible(True)
        self.cal.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(QColor("#757575")))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.cal.setWeekdayTextFormat(day, weekend)
        self.cal.selectionChanged.connect(self._show_day)
        self.cal.currentPageChanged.connect(lambda *_: self.refresh())
        self.day_label = QLabel()
        self.day_label.setObjectName("dayStatus")
        self.day_label.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.off_button = QPushButton()
        self.off_button.setObjectName("markDayOff")
        self.off_button.clicked.connect(lambda: self._set(False))
        self.work_button = QPushButton()
        self.work_button.setObjectName("markWorking")
        self.work_button.clicked.connect(lambda: self._set(True))
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeOverride")
        self.remove_button.clicked.connect(self._remove)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmEstimated")
        self.confirm_button.clicked.connect(self._confirm)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importTransfers")
        self.import_button.clicked.connect(self._import)
        self.import_result = QLabel()
        self.import_result.setObjectName("importResult")
        self.import_result.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.rules = QLabel()
        self.rules.setObjectName("calendarRules")
        self.rules.setWordWrap(True)
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        self.rules.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.rules.linkActivated.connect(lambda link: show_rule_help(self, rule_of_link(link) or None))
        set_help_rule(self.cal, "calendar.holidays")   # F1 on the month view

        self.overrides = QTableWidget(0, 3)
        self.overrides.setObjectName("overrides")
        self.overrides.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overrides.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overrides.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.overrides.verticalHeader().hide()
        self.overrides.cellDoubleClicked.connect(self._jump)
        self.holidays = QTableWidget(0, 3)
        self.holidays.setObjectName("holidays")
        self.holidays.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holidays.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.holidays.verticalHeader().hide()
        self.holidays.cellDoubleClicked.connect(self._jump_holiday)

        left = QVBoxLayout()
        left.addWidget(self.cal, 1)   # the month view takes the height, not an empty stretch
        left.addWidget(self.legend)
        left.addWidget(self.rules)
        left.addWidget(self.day_label)
        row = QHBoxLayout()
        self.note_label = QLabel()
        row.addWidget(self.note_label)
        row.addWidget(self.note, 1)
        left.addLayout(row)
        buttons = QHBoxLayout()
        for b in (self.off_button, self.work_button, self.remove_button, self.confirm_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        self.overrides_box = QGroupBox()
        QVBoxLayout(self.overrides_box).addWidget(self.overrides)
        self.holidays_box = QGroupBox()
        QVBoxLayout(self.holidays_box).addWidget(self.holidays)
        right = QVBoxLayout()
        right.addWidget(self.overrides_box, 1)
        right.addWidget(self.import_button)
        right.addWidget(self.import_result)
        right.addWidget(self.holidays_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        # Keyboard: Del removes the office's override of the chosen day, F5 re-reads.
        bind(self.cal, "Del", self._remove, self.remove_button, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bind(self, "F5", self.refresh)
        self.retranslate()
        self.refresh()

    # -- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the overrides and the calendar from the database, then show them."""
        items = self._overrides = self.service.overrides()
        self._calendar = self.service.calendar()
        self._fill_overrides(items)
        year = self.cal.yearShown()
        self._pending = self.service.to_confirm(year)
        self._fill_holidays(year)
        for q in self._formatted:
            self.cal.setDateTextFormat(q, QTextCharFormat())
        self._formatted = []
        for d in public_holidays(year):
            self._format(d, HOLIDAY, bold=True)
        for o in items:
            self._format(o.day, WORKING if o.is_working else DAY_OFF, bold=True, underline=True)
        self._show_day()

    def _format(self, d: date, colour: QColor, bold: bool = False, underline: bool = False) -> None:
        fmt = QTextCharFormat()
        fmt.setForeground(QBrush(colour))
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontUnderline(underline)
        fmt.setBackground(QBrush(colour.lighter(185)))
        self.cal.setDateTextFormat(_qd(d), fmt)
        self._formatted.append(_qd(d))

    def _fill_overrides(self, items: list[CalendarOverride]) -> None:
        self.overrides.setRowCount(len(items))
        for i, o in enumerate(items):
            kind = self.tr("working day") if o.is_working else self.tr("day off")
            for col, text in enumerate((o.day.strftime("%d.%m.%Y"), kind, o.note)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, o.day.isoformat())
                if col == 1:
                    item.setForeground(QBrush(WORKING if o.is_working else DAY_OFF))
                self.overrides.setItem(i, col, item)
        self.overrides.resizeColumnsToContents()
        self.overrides.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _fill_holidays(self, year: int) -> None:
        hols = sorted(public_holidays(year).items())
        self.holidays.setRowCount(len(hols))
        estimated = estimated_holidays(year)
        for i, (d, name) in enumerate(hols):
            first = QTableWidgetItem(d.strftime("%d.%m.%Y"))
            first.setData(Qt.ItemDataRole.UserRole, d.isoformat())
            self.holidays.setItem(i, 0, first)
            self.holidays.setItem(i, 1, QTableWidgetItem(holiday_msg(name).render(qt_translate)))
            # The package only estimates this date (lunar calendar): "to confirm" until the office settles it.
            status = ""
            if d in self._pending:
                status = self.tr("to confirm")
            elif d in estimated:
                status = self.tr("confirmed by the office")
            cell = QTableWidgetItem(status)
            if d in self._pending:
                cell.setForeground(QBrush(DAY_OFF))
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            self.holidays.setItem(i, 2, cell)
        self.holidays.resizeColumnToContents(0)
        self.holidays.resizeColumnToContents(2)
        self.holidays_box.setTitle(self.tr("Public holidays of {year}").format(
            year=year))

    def selected_day(self) -> date:
        return _pd(self.cal.selectedDate())

    def _show_day(self) -> None:
        d = self.selected_day()
        cal = self._calendar
        if cal is None:
            return
        override = next((o for o in self._overrides if o.day == d), None)
        state = self.tr("a working day") if cal.is_working_day(d) else self.tr("a day off")
        parts = [self.tr("{day} is {state}.").format(day=d.strftime("%d.%m.%Y"), state=state)]
        name = cal.holiday_name(d)
        if name:
            parts.append(self.tr("Public holiday: {name}.").format(name=holiday_msg(name).render(qt_translate)))
        if d in self._pending:
            parts.append(self.tr("The package only estimates this date: to confirm. Confirm it, or mark the real "
                                 "date as a day off and this one as a working day."))
        if override is not None:
            parts.append(self.tr("Office override: {kind}{note}.").format(
                kind=self.tr("working day") if override.is_working else self.tr("day off"),
                note=f" — {override.note}" if override.note else ""))
        self.day_label.setText(" ".join(parts))
        self.remove_button.setEnabled(override is not None)
        self.confirm_button.setEnabled(d in self._pending)

    # -- actions --------------------------------------------------------------------------------
    # A working day moved changes every deadline after it (004 §13.15): the quarter page, the dashboard and
    # the annual page show those, so the change is announced, not just shown here.
    def _set(self, working: bool) -> None:
        day, note = self.selected_day(), self.note.text().strip()
        if self.ctx.run(self, lambda: self.service.set_override(day, working, note), Area.CALENDAR) is not None:
            self.note.clear()

    def _remove(self) -> None:
        day = self.selected_day()
        self.ctx.run(self, lambda: self.service.remove_override(day), Area.CALENDAR)

    def _confirm(self) -> None:
        day, note = self.selected_day(), self.note.text().strip()
        if self.ctx.run(self, lambda: self.service.confirm(day, note), Area.CALENDAR) is not None:
            self.note.clear()

    def _import(self) -> None:
        """The government's list of transferred days off for the year shown: every row, or none."""
        year = self.cal.yearShown()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Transferred days off of {year}").format(year=year), "",
            self.tr("Tables (*.xlsx *.csv)"))
        if not path:
            return
        done = self.ctx.run(self, lambda: self.service.import_transfers(Path(path), year), Area.CALENDAR)
        if done is not None:
            working = sum(1 for t in done.value if t.is_working)
            self.import_result.setText(self.tr("Imported {n} days of {year}: {working} working, {off} days off.")
                                       .format(n=len(done.value), year=year, working=working,
                                               off=len(done.value) - working))

    def _jump(self, row: int, _col: int) -> None:
        item = self.overrides.item(row, 0)
        if item is not None:
            self.cal.setSelectedDate(_qd(date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))))

    def _jump_holiday(self, row: int, _col: int) -> None:
        item = self.holidays.item(row, 0)
        if item is not None:
            self.cal.setSelectedDate(_qd(date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))))

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.cal.setLocale(QLocale())   # month and day names in the interface language (set by LanguageManager)
        self.off_button.setText(self.tr("Mark as day off"))
        self.work_button.setText(self.tr("Mark as working day"))
        self.remove_button.setText(self.tr("Remove the override"))
        self.note_label.setText(self.tr("Note:"))
        self.note.setPlaceholderText(self.tr("e.g. Government decree of 12.12.2026 moving a day off"))
        self.legend.setText(self.tr("Red: public holiday. Orange: the office's extra day off. Green: working "
                                    "Saturday or other working day set by the office. Grey: weekend. A deadline "
                                    "on a day off moves to the next working day (Regulation of the apparatus, item 13.15)."))
        self.overrides_box.setTitle(self.tr("The office's days off and working days"))
        self.overrides.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Note")])
        self.holidays.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Holiday"), self.tr("Status")])
        self.confirm_button.setText(self.tr("Confirm the date"))
        self.import_button.setText(self.tr("Import transferred days off…"))
        self.import_button.setToolTip(self.tr("A CSV or XLSX table of the year shown: Дата / Күні, Вид дня / Күн "
                                              "түрі (рабочий / выходной), Акт / Негіздеме"))
        self.holidays_box.setTitle(self.tr("Public holidays of {year}").format(
            year=self.cal.yearShown()))
        lang = interface_language()
        self.rules.setText(self.tr("Rules:") + " " + rule_links_html(["calendar.holidays",
                                                                      "deadline.next_working_day"], lang))
        # A language switch shows what was read; it never touches the database.
        if self.overrides.rowCount():
            self._fill_overrides(self._overrides)
        if self.holidays.rowCount():
            self._fill_holidays(self.cal.yearShown())
        self._show_day()
