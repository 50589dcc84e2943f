"""A chart of the grade distribution (001 §7) per structural unit: horizontal stacked bars, one bar per
unit, one colour per grade band. Takes plain data: grade names and unit name -> counts per grade."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from desktop_app.domain.grade_names import short_labels
from desktop_app.ui.i18n import Retranslatable

# Best band first: green, blue, amber, red; further bands (another methodology) in greys.
COLOURS = ("#2e7d32", "#1565c0", "#f9a825", "#c62828", "#757575", "#9e9e9e", "#bdbdbd")


class GradeChart(Retranslatable, QWidget):
    """`set_data(grades, counts)`; `counts` maps a unit's name to its count per grade (same order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradeChart")
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("gradeChartEmpty")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        self.grades: list[str] = []
        self.units: list[str] = []
        self.counts: dict[str, list[int]] = {}
        self.series: QHorizontalStackedBarSeries | None = None
        self.retranslate()
        self.set_data([], {})

    def set_data(self, grades: Sequence[str], counts: Mapping[str, Sequence[int]], title: str = "") -> None:
        """Replace the chart. Units are drawn top to bottom in the order of `counts`."""
        for unit, values in counts.items():
            if len(values) != len(grades):
                raise ValueError(f"{unit!r}: {len(values)} counts for {len(grades)} grades")
        self.grades = list(grades)
        self.units = list(counts)
        self.counts = {u: [int(v) for v in values] for u, values in counts.items()}
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(title)
        total = sum(sum(v) for v in self.counts.values())
        if not self.units or total == 0:
            self.series = None
            self._stack.setCurrentWidget(self.empty)
            return
        series = QHorizontalStackedBarSeries()
        # A horizontal bar chart draws its first category at the bottom: reverse to read top-down.
        order = list(reversed(self.units))
        for i, grade in enumerate(short_labels(self.grades)):
            bar_set = QBarSet(grade)
            bar_set.setColor(QColor(COLOURS[min(i, len(COLOURS) - 1)]))
            bar_set.append([float(self.counts[u][i]) for u in order])
            series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        self.chart.addSeries(series)
        units_axis = QBarCategoryAxis()
        units_axis.append([_short(u) for u in order])
        self.chart.addAxis(units_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(units_axis)
        count_axis = QValueAxis()
        count_axis.setLabelFormat("%d")
        count_axis.setRange(0, max(sum(v) for v in self.counts.values()))
        count_axis.applyNiceNumbers()
        self.chart.addAxis(count_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(count_axis)
        self.series = series
        self._stack.setCurrentWidget(self.view)

    def total(self, grade_index: int) -> int:
        """How many evaluees got the grade `grade_index`, over all units."""
        return sum(v[grade_index] for v in self.counts.values())

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No evaluation results to show."))


def _short(name: str, limit: int = 48) -> str:
    """Long unit names crowd out the bars: cut them (the full name is in the summary)."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
