"""Tables in the window sort names by the alphabet of the interface language (Kazakh: А Ә Б … Ғ …), the
annual page opens ascending with scores to two places, and its grade stays in a 1366-pixel window."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from desktop_app.services.calendar import CalendarService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.quarter import QuarterService
from desktop_app.storage.database import open_store
from tests.evaluation_support import methodology_001, seed_office
from tests.sealing import office_key

M = methodology_001()
# employee id → Kazakh and Russian spelling (the Russian one may be empty: the Kazakh one is shown)
NAMES = {1: ("Ғабитов", "Нұржан", "Габитов", "Нуржан"), 2: ("Яковлев", "Игорь", "Яковлев", "Игорь"),
         10: ("Әлиев", "Асқар", "Алиев", "Аскар"), 11: ("Ахметова", "Әлия", "Ахметова", "Алия"),
         12: ("Ахметова", "Ботагөз", "Ахметова", "Ботагоз")}
KK_ORDER = ["Ахметова Әлия", "Ахметова Ботагөз", "Әлиев Асқар", "Ғабитов Нұржан", "Яковлев Игорь"]
# the annual page lists the specialists (10, 11, 12): by code point «Ахметова Ботагөз» would come first
ANNUAL_KK = ["Ахметова Әлия", "Ахметова Ботагөз", "Әлиев Асқар"]
ANNUAL_RU = ["Алиев Аскар", "Ахметова Алия", "Ахметова Ботагоз"]


@pytest.fixture
def office(tmp_path: Path, request):
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=3)
    for emp, (last, first, last_ru, first_ru) in NAMES.items():
        store.db.execute("UPDATE employees SET last_name = ?, first_name = ?, last_name_ru = ?, first_name_ru = ? "
                         "WHERE id = ?", [last, first, last_ru, first_ru, emp])
    quarters = QuarterService(store, CalendarService(store), lambda day: M, lambda mid: M)
    pages: list = []
    request.node.pages = pages
    yield store, quarters, EvaluationService(quarters)
    for w in pages:
        shiboken6.delete(w)
    store.close()


def _column(view, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    m = view.model()
    return [m.index(r, col).data() for r in range(m.rowCount())]


def test_annual_page_opens_ascending_by_the_kazakh_alphabet_and_resorts_in_russian(qtbot, office, languages,
                                                                                      request) -> None:
    from desktop_app.ui.annual.annual_page import AnnualPage, AnnualTableModel

    _store, quarters, evaluations = office
    quarters.today = lambda: date(2026, 4, 10)
    quarter = quarters.open_quarter(2026, 1)
    for ev in (e for e in evaluations.repo.evaluations(quarter.id) if e.employee_id >= 10):   # specialists' form
        evaluations.set_score(ev.id, "overall", "4.5" if ev.employee_id == 10 else "4")
        evaluations.sign(ev.id, date(2026, 4, 5))
    lang = ["kk"]
    languages.set_language("kk")
    page = AnnualPage(evaluations, quarters.calendar, lambda: lang[0], lambda: date(2026, 4, 10))
    qtbot.addWidget(page)
    request.node.pages.append(page)
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == AnnualTableModel.NAME
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert _column(page.table, AnnualTableModel.NAME) == ANNUAL_KK        # not «Ә…» after every «А…»
    row = ANNUAL_KK.index("Әлиев Асқар")
    assert page.table.model().index(row, AnnualTableModel.Q1).data() == "4,50"
    lang[0] = "ru"
    languages.set_language("ru")
    page.retranslate()
    assert _column(page.table, AnnualTableModel.NAME) == ANNUAL_RU
    page.table.sortByColumn(AnnualTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert _column(page.table, AnnualTableModel.NAME) == ANNUAL_RU[::-1]


def test_annual_page_cites_the_law_in_full_and_keeps_the_grade_in_a_1366_window(qtbot, office, languages,
                                                                                  request) -> None:
    from desktop_app.ui.annual.annual_page import AnnualPage, AnnualTableModel, two_years_law

    _store, quarters, evaluations = office
    quarters.today = lambda: date(2026, 4, 10)
    quarters.open_quarter(2026, 1)
    page = AnnualPage(evaluations, quarters.calendar, lambda: "ru", lambda: date(2026, 4, 10))
    qtbot.addWidget(page)
    request.node.pages.append(page)
    assert two_years_law() == ("* Две неудовлетворительные итоговые оценки подряд: пункт 6 статьи 33 Закона "
                               "Республики Казахстан «О государственной службе Республики Казахстан».")
    page.resize(1366 - 270, 640)       # the window less the page list on the left
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)                      # the columns are fitted once the view has its size
    header = page.table.horizontalHeader()
    right = header.sectionViewportPosition(AnnualTableModel.WARNING) + header.sectionSize(AnnualTableModel.WARNING)
    assert right <= page.table.viewport().width()
    assert not page.table.horizontalScrollBar().isVisible()


def test_staff_and_structure_tables_sort_by_the_kazakh_alphabet(qtbot, office, languages, request) -> None:
    from desktop_app.services.staff import StaffService
    from desktop_app.ui.changes import PageContext
    from desktop_app.ui.staff.structure_page import StructurePage
    from desktop_app.ui.staff.table_model import StaffTableModel

    store, _quarters, _ev = office
    staff = StaffService(store)
    model = StaffTableModel("kk")
    model.set_rows(staff.rows(date(2026, 4, 10)))
    model.sort(StaffTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, StaffTableModel.NAME).data() for r in range(model.rowCount())] == KK_ORDER

    store.db.execute("UPDATE positions SET title_kk = 'Әкімшілік маман' WHERE id = 11")
    languages.set_language("kk")
    page = StructurePage(staff, PageContext.standalone(language=lambda: "kk"))
    qtbot.addWidget(page)
    request.node.pages.append(page)
    page.positions.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [page.positions.item(r, 0).text() for r in range(page.positions.rowCount())]
    assert titles == ["Аппарат басшысы", "Әкімшілік маман", "Бас маман", "Бас маман", "Бөлім басшысы"]
    page.positions.selectRow(1)     # the selection finds its position by id, not by the row it was loaded in
    assert page._selected_position().id == 11


def test_appeals_table_sorts_by_the_kazakh_alphabet_and_keeps_the_selected_appeal(qtbot, tmp_path, monkeypatch,
                                                                                   languages) -> None:
    from desktop_app.demo.calibration import demo_calibration
    from desktop_app.ui.calibration.appeals_page import AppealsPage
    from tests.services.calibration_support import open_office

    office = open_office(tmp_path, monkeypatch)
    try:
        today = date(2026, 11, 22)
        with office.store.atomic():
            demo_calibration(office, today)
        office.store.db.execute("UPDATE employees SET last_name = 'Әбенов' WHERE id = 6")
        aid = office.calibration.file_appeal(6, date(2026, 10, 14), "Келіспеймін")
        languages.set_language("kk")
        page = AppealsPage(office.calibration, lambda: today)
        qtbot.addWidget(page)
        page.appeals.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        names = [page.appeals.item(r, 0).text() for r in range(page.appeals.rowCount())]
        assert names == ["Әбенов Дәулет", "Исаев Тимур", "Омарова Сәуле"]     # code points put «Ә» last
        page.appeals.selectRow(0)
        assert page.selected_appeals() == [aid]
        page.appeals.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        assert page.appeals.item(0, 0).text() == "Омарова Сәуле"
        page.refresh()                  # a reload keeps the user's order
        assert [page.appeals.item(r, 0).text() for r in range(3)] == names[::-1]
        page.deleteLater()
    finally:
        office.close()
