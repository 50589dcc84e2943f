"""The grade distribution chart (plain data) and the Statistics page on a demo office."""
from __future__ import annotations

from datetime import date

import pytest

from desktop_app.ui.charts.grade_chart import GradeChart, short_labels

GRADES_RU = ["Выполняет функциональные обязанности эффективно",
             "Выполняет функциональные обязанности надлежащим образом",
             "Выполняет функциональные обязанности удовлетворительно",
             "Выполняет функциональные обязанности не удовлетворительно"]


def test_chart_draws_one_bar_per_unit_and_one_set_per_grade(qtbot) -> None:
    chart = GradeChart()
    qtbot.addWidget(chart)
    chart.set_data(GRADES_RU, {"Отдел финансов": [2, 2, 0, 1], "Юридический отдел": [5, 1, 0, 0]}, "1 квартал")
    assert chart.series is not None
    sets = chart.series.barSets()
    assert [s.label() for s in sets] == ["эффективно", "надлежащим образом", "удовлетворительно",
                                         "не удовлетворительно"]
    # Units read top-down: the chart's first category is at the bottom, so the order is reversed.
    assert [sets[0].at(i) for i in range(2)] == [5.0, 2.0]
    assert [sets[3].at(i) for i in range(2)] == [0.0, 1.0]
    assert chart.total(0) == 7 and chart.total(3) == 1
    assert chart.chart.title() == "1 квартал"


def test_chart_without_results_says_so(qtbot) -> None:
    chart = GradeChart()
    qtbot.addWidget(chart)
    chart.set_data(GRADES_RU, {"Отдел финансов": [0, 0, 0, 0]})
    assert chart.series is None
    assert chart._stack.currentWidget() is chart.empty
    with pytest.raises(ValueError):
        chart.set_data(GRADES_RU, {"Отдел": [1, 2]})


def test_short_labels_keep_what_tells_grades_apart() -> None:
    kk = ["Функционалдық міндеттерді тиімді орындайды", "Функционалдық міндеттерді тиісінше орындайды"]
    assert short_labels(kk) == ["тиімді орындайды", "тиісінше орындайды"]
    assert short_labels(["A"]) == ["A"]





def _ctx(languages):  # type: ignore[no-untyped-def]
    from desktop_app.ui.changes import PageContext

    return PageContext.standalone(language=lambda: languages.language)


def test_statistics_page_counts_the_quarter_grades_of_the_grid(qtbot, demo_services, languages) -> None:
    from desktop_app.ui.statistics.statistics_page import build_statistics_page

    page = build_statistics_page(demo_services, _ctx(languages), today=date(2026, 11, 20))
    qtbot.addWidget(page)
    page.refresh()
    assert page.selected() == (2026, 3)                  # the previous quarter
    q = demo_services.quarter.find(2026, 3)
    graded = [r for r in demo_services.evaluation.grid(q.id) if r.grade is not None]
    assert sum(sum(v) for v in page.chart.counts.values()) == len(graded)
    effective = sum(1 for r in graded if r.grade.lower == max(b.lower for b in (r.grade for r in graded)))
    assert page.chart.total(0) == effective
    assert all(" " in unit or unit for unit in page.chart.units)
    assert "Отдел" in " ".join(page.chart.units)          # units named in the interface language (ru)
    assert page.summary.text().startswith(f"Результатов: {len(graded)}")


def test_statistics_page_year_and_unopened_quarter(qtbot, demo_services, languages) -> None:
    from desktop_app.ui.statistics.statistics_page import build_statistics_page

    page = build_statistics_page(demo_services, _ctx(languages), today=date(2026, 11, 20))
    qtbot.addWidget(page)
    page.period.setCurrentIndex(4)                        # the whole year: annual results (001 §4)
    assert page.selected() == (2026, 0)
    annual = [a for a in demo_services.evaluation.annual(2026) if a.result.grade is not None]
    assert sum(sum(v) for v in page.chart.counts.values()) == len(annual)
    assert page.chart.chart.title() == "2026 год"
    page.year.setValue(2030)
    page.period.setCurrentIndex(0)
    assert page.chart.series is None
    assert page.summary.text() == "Квартал не открыт."


def test_statistics_page_follows_the_language(qtbot, demo_services, languages) -> None:
    from desktop_app.ui.statistics.statistics_page import build_statistics_page

    page = build_statistics_page(demo_services, _ctx(languages), today=date(2026, 11, 20))
    qtbot.addWidget(page)
    page.refresh()
    assert page.period_label.text() == "Период:"
    languages.set_language("kk")
    qtbot.waitUntil(lambda: page.period_label.text() == "Кезең:")
    assert page.period.itemText(4) == "Бүкіл жыл (қорытынды баға)"
    assert "бөлімі" in " ".join(page.chart.units)          # unit names in Kazakh now
    assert page.chart.chart.title() == "2026 жылғы 3-тоқсан"


def test_statistics_is_a_page_of_the_main_window(qtbot, demo_services, languages, prefs) -> None:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.pages import default_pages

    specs = [s for s in default_pages() if s.key == "statistics"]
    assert len(specs) == 1 and specs[0].title() == "Статистика"
    window = MainWindow(demo_services, languages, prefs, pages=specs)
    qtbot.addWidget(window)
    page = window.show_page("statistics")
    assert page.objectName() == "page_statistics"
    assert page.chart.series is not None                 # shown with data as soon as it opens


def test_print_and_export_from_the_statistics_page(qtbot, demo_services, languages, tmp_path, monkeypatch) -> None:
    """The page's buttons: language chosen, file chosen, the real summary written (ui/documents.py)."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop_app.ui import evaluation_printing
    from desktop_app.ui.statistics import statistics_page
    from tests.reports.pdf_check import pdf_text

    page = statistics_page.build_statistics_page(demo_services, _ctx(languages), today=date(2026, 11, 20))
    qtbot.addWidget(page)
    target = {"path": str(tmp_path / "svodka")}
    monkeypatch.setattr(evaluation_printing, "choose_document_language", lambda parent, initial: "ru")
    # the document dialog (ui/printing.py): press "Save as PDF…" instead of waiting on it
    monkeypatch.setattr(evaluation_printing.DocumentActionsDialog, "exec", lambda self: (self.save_pdf(), 0)[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target["path"], ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.print_button.click()
    written = tmp_path / "svodka.pdf"                       # the suffix is added when missing
    assert "Сводная ведомость" in pdf_text(written.read_bytes())
    page.period.setCurrentIndex(4)
    target["path"] = str(tmp_path / "year.xlsx")
    page.export_button.click()
    assert load_workbook(tmp_path / "year.xlsx").active.title == "Годовая"


def test_document_language_dialog(qtbot) -> None:
    from desktop_app.ui.documents import DocumentLanguageDialog

    dialog = DocumentLanguageDialog(None, "ru")
    qtbot.addWidget(dialog)
    assert dialog.language() == "ru"
    dialog.buttons["both"].setChecked(True)
    assert dialog.language() == "both"


def test_printing_helpers_for_the_quarter_page(qtbot, demo_services, tmp_path, monkeypatch) -> None:
    """ui/evaluation_printing: sheets of a quarter written; an empty quarter says so, no file dialog."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from desktop_app.ui import evaluation_printing as printing
    from tests.reports.pdf_check import pdf_text

    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    monkeypatch.setattr(printing, "choose_document_language", lambda p, initial: "kk")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append(a[2]) or (str(tmp_path / "sheets.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    shown: list[str] = []
    monkeypatch.setattr(printing, "show_error", lambda p, exc: shown.append(type(exc).__name__))
    monkeypatch.setattr(printing.DocumentActionsDialog, "exec", lambda self: (self.save_pdf(), 0)[1])
    dialog = printing.print_sheets(parent, demo_services, 2026, 3)
    assert dialog is not None and dialog.pages > 20
    path = dialog.saved[0]
    assert path == tmp_path / "sheets.pdf" and asked[0].endswith("sheets-2026-Q3-kk.pdf")
    assert pdf_text(path.read_bytes()).count("БАҒАЛАУ ПАРАҒЫ") > 20
    assert printing.print_summary(parent, demo_services, 2031, 1) is None     # never opened
    assert shown == ["ValidationError"] and len(asked) == 1       # told, and no file dialog opened
