"""Statistics: how the grades (001 §7) fall per structural unit, for a quarter or for the year (annual
result, 001 §4), with the summary to print (PDF) or export (XLSX)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop_app.domain.errors import BagalauError
from desktop_app.reports.evaluation_data import GradeDistribution
from desktop_app.reports.labels import DocLang
from desktop_app.ui.changes import Area, PageContext
from desktop_app.ui.charts.grade_chart import GradeChart, short_labels
from desktop_app.ui.errors import show_error
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.shortcuts import bind

if TYPE_CHECKING:
    from desktop_app.services.container import Services

YEAR = 0  # the period combo's value for the whole year


def _previous_quarter(today: date) -> tuple[int, int]:
    q = (today.month - 1) // 3 + 1
    return (today.year, q - 1) if q > 1 else (today.year - 1, 4)


#: (year, quarter or YEAR) → the distribution; None when the quarter is not opened.
Reader = Callable[[int, int], GradeDistribution | None]
#: (year, quarter or YEAR, export?) → print (PDF) or export (XLSX) the summary of that period.
Documents = Callable[[QWidget, int, int, bool], object]


def build_statistics_page(services: Services, ctx: PageContext, today: date | None = None) -> StatisticsPage:
    """The page with the statistics and documents of these services (the factory of ui/pages.py)."""
    from desktop_app.services.statistics import quarter_distribution, year_distribution

    def read(year: int, quarter: int) -> GradeDistribution | None:
        return year_distribution(services, year) if quarter == YEAR else \
            quarter_distribution(services, year, quarter)

    def documents(parent: QWidget, year: int, quarter: int, export: bool) -> object:
        # Imported on the first print: reportlab alone took 0.28 s of the page's first visit.
        from desktop_app.ui import evaluation_printing as printing

        if export:
            return printing.export_annual(parent, services, year) if quarter == YEAR else \
                printing.export_summary(parent, services, year, quarter)
        return printing.print_annual(parent, services, year) if quarter == YEAR else \
            printing.print_summary(parent, services, year, quarter)

    return StatisticsPage(read, documents, ctx.language, today)


class StatisticsPage(Retranslatable, QWidget):
    """Given how to read a period's distribution, how to print it, and the interface language."""

    # Scores change on the quarter page and by calibration sessions (001 §22); units on the structure page.
    shows = frozenset({Area.STRUCTURE, Area.METHODOLOGY, Area.QUARTER, Area.EVALUATION, Area.CALIBRATION})

    def __init__(self, read: Reader, documents: Documents, language: Callable[[], str],
                 today: date | None = None) -> None:
        super().__init__()
        self.read = read
        self.documents = documents
        self.language = language
        year, quarter = _previous_quarter(today or date.today())
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setObjectName("statisticsYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.period_label = QLabel()
        self.period = QComboBox()
        self.period.setObjectName("statisticsPeriod")
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value in (1, 2, 3, 4, YEAR):
            self.period.addItem("", value)
        self.period.setCurrentIndex(quarter - 1)
        self.print_button = QPushButton()
        self.print_button.setObjectName("statisticsPrint")
        self.export_button = QPushButton()
        self.export_button.setObjectName("statisticsExport")
        self.summary = QLabel()
        self.summary.setObjectName("statisticsSummary")
        self.summary.setWordWrap(True)
        self.chart = GradeChart()
        self.distribution: GradeDistribution | None = None

        top = QHBoxLayout()
        for w in (self.year_label, self.year, self.period_label, self.period):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)

        self.year.valueChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self.print_button.clicked.connect(self.print_summary)
        self.export_button.clicked.connect(self.export_summary)
        # Keyboard: Ctrl+P print, Ctrl+E Excel, F5 refresh.
        bind(self, "Ctrl+P", self.print_summary, self.print_button)
        bind(self, "Ctrl+E", self.export_summary, self.export_button)
        bind(self, "F5", self.refresh)
        self.retranslate()

    # -- data ----------------------------------------------------------------------------------
    def selected(self) -> tuple[int, int]:
        """(year, quarter 1..4), or (year, 0) for the whole year."""
        return self.year.value(), int(self.period.currentData())

    def refresh(self) -> None:
        year, quarter = self.selected()
        try:
            found = self.read(year, quarter)
        except BagalauError as exc:
            show_error(self, exc)
            found = None
        self.distribution = found
        self._show()

    def _show(self) -> None:
        lang: DocLang = "kk" if self.language() == "kk" else "ru"
        year, quarter = self.selected()
        title = self.tr("Year {year}").format(year=year) if quarter == YEAR else \
            self.tr("Quarter {quarter} of {year}").format(quarter=quarter, year=year)
        d = self.distribution
        if d is None:
            self.chart.set_data([], {}, title)
            self.summary.setText(self.tr("The quarter is not opened."))
            return
        grades = [g.text(lang) for g in d.grades]
        self.chart.set_data(grades, {unit.text(lang): list(counts) for unit, counts in d.units}, title)
        total = sum(sum(c) for _u, c in d.units)
        # "…, by grade: тиімді орындайды — 30; …": a grade name never starts a sentence in lower case.
        parts = [f"{g} — {self.chart.total(i)}" for i, g in enumerate(short_labels(grades))]
        if total:
            self.summary.setText(self.tr("{n} results in {units} units, by grade:").format(n=total, units=len(d.units))
                                 + " " + "; ".join(parts) + ".")
        else:
            self.summary.setText(self.tr("{n} results in {units} units.").format(n=total, units=len(d.units)))

    # -- documents -----------------------------------------------------------------------------
    def print_summary(self) -> None:
        year, quarter = self.selected()
        self.documents(self, year, quarter, False)

    def export_summary(self) -> None:
        year, quarter = self.selected()
        self.documents(self, year, quarter, True)

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Year:"))
        self.period_label.setText(self.tr("Period:"))
        labels = [self.tr("Quarter 1"), self.tr("Quarter 2"), self.tr("Quarter 3"), self.tr("Quarter 4"),
                  self.tr("Whole year (annual result)")]
        for i, text in enumerate(labels):
            self.period.setItemText(i, text)
        self.print_button.setText(self.tr("Print summary…"))
        self.print_button.setToolTip(self.tr("The summary of the quarter, or the annual summary, as PDF"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self._show()
