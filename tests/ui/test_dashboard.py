"""The dashboard, annual and calendar pages on a real database file."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate

from desktop_app.services.calendar import CalendarService
from desktop_app.services.dashboard import DashboardService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.quarter import QuarterService
from desktop_app.storage.database import open_store
from tests.evaluation_support import methodology_001, seed_office
from tests.sealing import office_key

M = methodology_001()


@pytest.fixture
def office(tmp_path: Path, monkeypatch, languages, qtbot, request):
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=2)
    quarters = QuarterService(store, CalendarService(store), lambda day: M, lambda mid: M)
    pages: list = []
    request.node.pages = pages
    yield quarters, EvaluationService(quarters)
    for w in pages:
        shiboken6.delete(w)   # no language switch of a later test may reach a page whose file is closed
    store.close()


def test_dashboard_lists_overdue_and_opens_the_quarter_page(qtbot, office, languages, request) -> None:
    from desktop_app.ui.dashboard.dashboard_page import DashboardPage

    quarters, evaluations = office
    quarters.open_quarter(2026, 3)
    page = DashboardPage(DashboardService(evaluations), lambda: date(2026, 10, 22))
    qtbot.addWidget(page)
    request.node.pages.append(page)
    first = page.list.item(0).text()
    assert first.startswith("Просрочено") and "20.10.2026" in first
    with qtbot.waitSignal(page.open_requested) as sig:
        page.list.itemActivated.emit(page.list.item(0))
    assert sig.args[0] == "quarter" and sig.args[1] == quarters.find(2026, 3).id


def test_annual_page_shows_the_mean_of_three_quarters(qtbot, office, languages, request) -> None:
    from desktop_app.ui.annual.annual_page import AnnualPage

    quarters, evaluations = office
    quarters.today = lambda: date(2027, 1, 10)    # a sheet is signed after its quarter, never in the future
    for q, score in ((1, "4"), (2, "3"), (4, "3.5")):
        quarter = quarters.open_quarter(2026, q)
        ev = next(e for e in evaluations.repo.evaluations(quarter.id) if e.employee_id == 10)
        evaluations.set_score(ev.id, "overall", score)
        evaluations.sign(ev.id, date(2027, 1, 5) if q == 4 else date(2026, 3 * q + 1, 5))
    page = AnnualPage(evaluations, quarters.calendar, lambda: "ru", lambda: date(2027, 1, 10))
    qtbot.addWidget(page)
    request.node.pages.append(page)
    assert page.year.value() == 2026
    m = page.model
    row = next(i for i, ln in enumerate(m.lines) if ln.employee.id == 10)
    assert [m.data(m.index(row, c)) for c in range(m.Q1, m.MEAN + 1)] == ["4,00", "3,00", "—", "3,50", "3,50"]
    assert "01.02.2027" in page.info.text()   # 30 Jan 2027 is a Saturday (004 §13.15)


def test_calendar_page_adds_and_removes_a_working_saturday(qtbot, office, languages, request) -> None:
    from desktop_app.ui.calendar.calendar_page import CalendarPage

    quarters, _ = office
    page = CalendarPage(quarters.calendar)
    qtbot.addWidget(page)
    request.node.pages.append(page)
    page.cal.setSelectedDate(QDate(2026, 12, 19))
    assert "выходной" in page.day_label.text()
    page.note.setText("Перенос по постановлению")
    page.work_button.click()
    assert quarters.calendar.calendar().is_working_day(date(2026, 12, 19))
    assert page.overrides.rowCount() == 1 and "рабочий" in page.day_label.text()
    page.remove_button.click()
    assert not quarters.calendar.calendar().is_working_day(date(2026, 12, 19))
    assert page.overrides.rowCount() == 0
    assert page.holidays.rowCount() > 5    # the package's holidays of the shown year
