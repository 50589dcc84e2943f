"""Annual results: the mean of the year's quarterly scores and its grade (001 §4, §7), with the warning
for a second unsatisfactory year in a row (Law on civil service, Art. 33 p. 6)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.deadlines import annual_deadline
from desktop_app.domain.errors import BagalauError
from desktop_app.domain.methodology.fmt import fixed
from desktop_app.services.calendar import CalendarService
from desktop_app.services.evaluation import AnnualLine, EvaluationService
from desktop_app.ui.changes import Area
from desktop_app.ui.columns import fit_columns, keep_fitted
from desktop_app.ui.errors import show_error
from desktop_app.ui.help import set_help_rule, show_rule_help
from desktop_app.ui.help.language import interface_language
from desktop_app.ui.help.rule_map import rule_links_html, rule_of_link
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.quarter.roster_model import SEARCH_ROLE
from desktop_app.ui.shortcuts import bind, focus_edit
from desktop_app.ui.sorting import SORT_ROLE, AlphabetProxy

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# Widest a name / unit / grade / warning column may grow; narrower windows wrap their texts.
_WRAP_AT = {0: 260, 1: 240, 7: 280, 8: 280}


class AnnualTableModel(QAbstractTableModel):
    NAME, UNIT, Q1, Q2, Q3, Q4, MEAN, GRADE, WARNING = range(9)

    def __init__(self, lang: str = "ru") -> None:
        super().__init__()
        self.lang = lang
        self.lines: list[AnnualLine] = []

    def set_lines(self, lines: list[AnnualLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 8)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, 8))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        text = self._header(section)
        # "I тоқсан", "Жылдық орташа" on two lines: the narrow score columns leave room for the grade.
        return text.replace(" ", "\n", 1) if self.Q1 <= section <= self.MEAN else text

    def _header(self, section: int) -> str:
        return (QCoreApplication.translate("AnnualTableModel", "Employee"), QCoreApplication.translate("AnnualTableModel", "Unit"), QCoreApplication.translate("AnnualTableModel", "Q1"), QCoreApplication.translate("AnnualTableModel", "Q2"), QCoreApplication.translate("AnnualTableModel", "Q3"), QCoreApplication.translate("AnnualTableModel", "Q4"), QCoreApplication.translate("AnnualTableModel", "Annual mean"), QCoreApplication.translate("AnnualTableModel", "Grade"),
                QCoreApplication.translate("AnnualTableModel", "Warning"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ln = self.lines[index.row()]
        r, col = ln.result, index.column()
        if role == SORT_ROLE:   # texts by the alphabet of the interface language, scores by value
            if self.Q1 <= col <= self.Q4:
                return r.quarter_scores.get(col - self.Q1 + 1)
            if col == self.MEAN:
                return r.mean
            return self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.WARNING and r.two_years_warning:
            return two_years_law()
        if role == SEARCH_ROLE:   # the filter finds a name or unit typed in either spelling
            return " ".join((ln.employee.full_name("kk"), ln.employee.full_name("ru"), ln.unit_kk, ln.unit_ru)) \
                if col == self.NAME else self.data(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return ln.employee.full_name(self.lang)
            if col == self.UNIT:
                return ln.unit_ru if self.lang == "ru" else ln.unit_kk
            if self.Q1 <= col <= self.Q4:
                s = r.quarter_scores.get(col - self.Q1 + 1)
                return fixed(s, empty="—")     # the methodology's two places: «4,50» (001 §4)
            if col == self.MEAN:
                return fixed(r.mean)
            if col == self.GRADE:
                return r.grade.name(self.lang) if r.grade else ""
            if col == self.WARNING:
                if r.two_years_warning:
                    return QCoreApplication.translate("AnnualTableModel", "second unsatisfactory year in a row *")
                return QCoreApplication.translate("AnnualTableModel", "unsatisfactory") if r.unsatisfactory else ""
        if role == Qt.ItemDataRole.BackgroundRole and r.unsatisfactory:
            return QBrush(QColor("#ffcdd2" if r.two_years_warning else "#ffebee"))
        if role == Qt.ItemDataRole.TextAlignmentRole and self.Q1 <= col <= self.MEAN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def two_years_law() -> str:
    """The law behind the two-years warning, in full words (Law on civil service, Art. 33 p. 6)."""
    return QCoreApplication.translate("AnnualTableModel", "* Two unsatisfactory annual results in a row: paragraph 6 "
                                      "of Article 33 of the Law of the Republic of Kazakhstan "
                                      "\"On the civil service of the Republic of Kazakhstan\".")


class AnnualPage(Retranslatable, QWidget):
    shows = frozenset({Area.STAFF, Area.STRUCTURE, Area.CALENDAR, Area.QUARTER, Area.EVALUATION,
                       Area.CALIBRATION})

    def __init__(self, evaluations: EvaluationService, calendar: CalendarService, lang: Callable[[], str],
                 today: Callable[[], date] = date.today, parent: QWidget | None = None,
                 documents: Callable[[str, int], object] | None = None) -> None:
        """`documents(kind, year)` prints ("annual") or exports ("annual_xlsx") the annual summary."""
        super().__init__(parent)
        self.evaluations = evaluations
        self.documents = documents
        self.calendar = calendar
        self.lang = lang
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        t = today()
        self.year.setValue(t.year - 1 if t.month == 1 else t.year)
        self.year.valueChanged.connect(lambda *_: self.refresh())
        self.model = AnnualTableModel(lang())
        self.proxy = AlphabetProxy(self.lang)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setObjectName("annualTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AnnualTableModel.NAME, Qt.SortOrder.AscendingOrder)   # А…Я, not descending
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        keep_fitted(self.table, self._fit_columns)
        self.filter = QLineEdit()
        self.filter.setObjectName("annualFilter")
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.info = QLabel()
        self.info.setObjectName("annualInfo")
        self.info.setWordWrap(True)
        self._facts: tuple[int, date, list[AnnualLine]] | None = None   # year, due, lines: as read
        set_help_rule(self.table, "deadline.annual")   # F1 on the table: the annual result (001 §4)
        # One wrapped label (three link labels side by side overflow 1280 pixels in Kazakh).
        self.rule_links = QLabel()
        self.rule_links.setObjectName("annualRules")
        self.rule_links.setWordWrap(True)
        self.rule_links.setTextFormat(Qt.TextFormat.RichText)
        self.rule_links.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.rule_links.linkActivated.connect(lambda link: show_rule_help(self, rule_of_link(link) or None))
        self.year_label = QLabel()
        self.print_button = QPushButton()
        self.print_button.setObjectName("printAnnual")
        self.print_button.clicked.connect(lambda: self._document("annual"))
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportAnnual")
        self.export_button.clicked.connect(lambda: self._document("annual_xlsx"))
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addWidget(self.filter, 1)
        for b in (self.print_button, self.export_button):
            b.setVisible(documents is not None)
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.rule_links)
        layout.addWidget(self.table, 1)
        # Keyboard: Ctrl+P print, Ctrl+E Excel, Ctrl+F filter, F5 re-read.
        bind(self, "Ctrl+P", lambda: self._document("annual"), self.print_button)
        bind(self, "Ctrl+E", lambda: self._document("annual_xlsx"), self.export_button)
        bind(self, "Ctrl+F", lambda: focus_edit(self.filter))
        bind(self, "F5", self.refresh)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        year = self.year.value()
        try:
            lines = self.evaluations.annual(year)
        except BagalauError as exc:
            show_error(self, exc)
            lines = []
        self.model.set_lines(lines)
        self._fit_columns()
        self._facts = (year, annual_deadline(self.calendar.calendar(), year), lines)
        self._show_info()

    def _fit_columns(self) -> None:
        """Scores in full; name, unit, grade and warning share the rest of the width and wrap (rows grow),
        so the grade stays in a 1366-px window without a horizontal scroll bar."""
        m = AnnualTableModel
        fit_columns(self.table, (m.Q1, m.Q2, m.Q3, m.Q4, m.MEAN), others=(m.NAME, m.UNIT, m.GRADE, m.WARNING),
                    cap=_WRAP_AT)

    def _document(self, kind: str) -> None:
        """Print ("annual") or export ("annual_xlsx") the summary of the year shown."""
        if self.documents is not None:
            self.documents(kind, self.year.value())

    def _show_info(self) -> None:
        """Show the facts read by `refresh`; no database access (also on a language change)."""
        if self._facts is None:
            return
        year, due, lines = self._facts
        warned = sum(1 for ln in lines if ln.result.two_years_warning)
        unsat = sum(1 for ln in lines if ln.result.unsatisfactory)
        self.info.setText(self.tr("Annual result of {year}: the mean of the quarterly scores, due {due} (Methodology, item 4). "
                                  "{n} employees, {unsat} unsatisfactory, {warned} for the second year in a row."
                                  ).format(year=year, due=due.strftime("%d.%m.%Y"), n=len(lines), unsat=unsat,
                                           warned=warned)
                          + (" " + two_years_law() if warned else ""))

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Year:"))
        self.filter.setPlaceholderText(self.tr("Filter: name, unit, grade…"))
        self.model.set_language(self.lang())
        self.proxy.invalidate()   # names change spelling and alphabet with the language
        self._fit_columns()
        self.print_button.setText(self.tr("Print…"))
        self.export_button.setText(self.tr("Excel…"))
        self.rule_links.setText(self.tr("Rules:") + " " + rule_links_html(
            ["deadline.annual", "annual.two_unsatisfactory", "grade.bands"], interface_language()))
        self._show_info()
