"""The rules help is reachable from where each rule acts (roster decision, due item, grade), and a
language switch never reads the database."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from desktop_app.services.calendar import CalendarService
from desktop_app.services.dashboard import DashboardService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.quarter import QuarterService
from desktop_app.storage.database import open_store
from desktop_app.ui.help import RuleHelpDialog, install_help_menu
from tests.evaluation_support import methodology_001, seed_office
from tests.sealing import office_key

M = methodology_001()


pytestmark = pytest.mark.usefixtures("translators_leave")


@pytest.fixture
def office(tmp_path: Path, monkeypatch, languages):
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=3)
    quarters = QuarterService(store, CalendarService(store), lambda day: M, lambda mid: M)
    quarters.open_quarter(2026, 3)
    widgets: list = []
    yield quarters, EvaluationService(quarters), widgets
    for w in widgets:
        shiboken6.delete(w)   # no language switch of a later test may reach a page whose file is closed
    store.close()


def _window(qtbot, page, widgets) -> QMainWindow:
    """The page inside a window with the Help menu's F1, as in the program."""
    win = QMainWindow()
    win.help_menu = win.menuBar().addMenu("Help")  # type: ignore[attr-defined]
    install_help_menu(win)
    win.setCentralWidget(page)
    qtbot.addWidget(win)
    widgets.append(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _help(win) -> RuleHelpDialog:
    d = win.findChild(RuleHelpDialog, "ruleHelpDialog")
    assert d is not None and d.isVisible()
    return d


def _links(label) -> list[str]:
    return re.findall(r"href='rule:([a-z0-9_.]+)'", label.text())


def test_f1_on_a_roster_decision_opens_its_rule(qtbot, office) -> None:
    from desktop_app.ui.quarter.quarter_page import QuarterPage

    quarters, evaluations, widgets = office
    page = QuarterPage(quarters, evaluations, lambda: "ru", lambda: date(2026, 10, 5))
    win = _window(qtbot, page, widgets)
    view, m = page.roster_view, page.roster_model
    # seed_office: employee 13 joined too late in the quarter (001 §5, less than one month) or is evaluated.
    rows = {m.lines[r].decision.reason.value: r for r in range(m.rowCount())}
    reason, row = ("short_tenure", rows["short_tenure"]) if "short_tenure" in rows else ("eligible", rows["eligible"])
    view.setCurrentIndex(page.roster_proxy.mapFromSource(m.index(row, 0)))
    expected = {"short_tenure": "eligibility.one_month", "eligible": "eligibility.worked_days"}[reason]
    assert _links(page.roster_detail)[0] == expected
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F1)
    assert _help(win).current_rule_id() == expected
    # An evaluated line links its evaluator rule too (001 §16).
    ev_row = rows["eligible"]
    view.setCurrentIndex(page.roster_proxy.mapFromSource(m.index(ev_row, 0)))
    links = _links(page.roster_detail)
    assert links[0] == "eligibility.worked_days" and any(x.startswith("evaluator.") for x in links)
    page.roster_detail.linkActivated.emit(f"rule:{links[1]}")
    assert _help(win).current_rule_id() == links[1]


def test_dashboard_line_opens_its_deadline_rule(qtbot, office) -> None:
    from desktop_app.ui.dashboard.dashboard_page import DashboardPage

    _quarters, evaluations, widgets = office
    page = DashboardPage(DashboardService(evaluations), lambda: date(2026, 10, 22))
    win = _window(qtbot, page, widgets)
    texts = [page.list.item(i).text() for i in range(page.list.count())]
    quarter_row = next(i for i, t in enumerate(texts) if "не подписан" in t or "Methodology, item 4" in t)
    page.list.setCurrentRow(quarter_row)
    qtbot.mouseClick(page.rule_button, Qt.MouseButton.LeftButton)
    assert _help(win).current_rule_id() == "deadline.quarter"
    _help(win).close()
    win.activateWindow()
    page.list.setFocus()
    qtbot.waitUntil(page.list.hasFocus)
    qtbot.keyClick(page.list, Qt.Key.Key_F1)
    assert _help(win).current_rule_id() == "deadline.quarter"


def test_dashboard_language_switch_does_not_read_the_database(qtbot, office, languages) -> None:
    from desktop_app.ui.dashboard.dashboard_page import DashboardPage

    _quarters, evaluations, widgets = office
    service = DashboardService(evaluations)
    page = DashboardPage(service, lambda: date(2026, 10, 22))
    qtbot.addWidget(page)
    widgets.append(page)
    reads: list[str] = []
    original = service.items
    service.items = lambda today: reads.append("items") or original(today)  # type: ignore[method-assign]
    first_ru = page.list.item(0).text()
    languages.set_language("kk")
    qtbot.waitUntil(lambda: page.list.item(0).text() != first_ru)   # re-rendered in Kazakh from the items read
    assert reads == [] and page.title.text() != "Что подлежит исполнению"
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.list.setFocus()
    qtbot.waitUntil(page.list.hasFocus)
    qtbot.keyClick(page.list, Qt.Key.Key_F5)
    assert reads == ["items"]
    languages.set_language("ru")
    qtbot.waitUntil(lambda: page.list.item(0).text() == first_ru)


def test_grade_and_score_link_to_their_rules(qtbot, office, languages) -> None:
    from desktop_app.ui.quarter.quarter_page import QuarterPage

    quarters, evaluations, widgets = office
    page = QuarterPage(quarters, evaluations, lambda: "ru", lambda: date(2026, 10, 5))
    win = _window(qtbot, page, widgets)
    page.tabs.setCurrentIndex(1)
    links = _links(page.detail.rules)
    assert links[:2] == ["score.range", "grade.bands"]
    page.detail.rules.linkActivated.emit(f"rule:{links[1]}")
    assert _help(win).current_rule_id() == "grade.bands"
    # F1 in the grid explains the score range (0 to 5).
    _help(win).close()
    win.activateWindow()
    page.grid.setFocus()
    qtbot.waitUntil(page.grid.hasFocus)
    qtbot.keyClick(page.grid, Qt.Key.Key_F1)
    assert _help(win).current_rule_id() == "score.range"


def test_quarter_language_switch_does_not_read_the_database(qtbot, office, languages) -> None:
    from desktop_app.ui.quarter.quarter_page import QuarterPage

    quarters, evaluations, widgets = office
    page = QuarterPage(quarters, evaluations, lambda: languages.language or "ru", lambda: date(2026, 10, 5))
    qtbot.addWidget(page)
    widgets.append(page)
    reads: list[str] = []
    for name in ("quarters", "quarter", "roster"):
        original = getattr(quarters, name)
        setattr(quarters, name, lambda *a, _o=original, _n=name, **k: reads.append(_n) or _o(*a, **k))
    before = (page.quarter_box.currentText(), page.info.text(), page.roster_detail.text())
    languages.set_language("kk")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Бағаланатындар тізімі")
    assert reads == []
    after = (page.quarter_box.currentText(), page.info.text(), page.roster_detail.text())
    assert all(a != b for a, b in zip(before, after, strict=False)) and "2026" in after[0], after


def test_no_page_touches_the_database_on_a_language_switch(qtbot, tmp_path: Path, prefs, languages) -> None:
    """Every page of the demo office shown once, then kk ⇄ ru: not one SQL statement runs."""
    from desktop_app.demo import write_demo
    from desktop_app.services.container import build_services
    from desktop_app.ui.main_window import MainWindow

    path = tmp_path / "demo.sqlite"
    write_demo(path)
    store = open_store(path, office_key())
    services = build_services(store)
    window = MainWindow(services, languages, prefs)
    window.show()
    for spec in window.specs:
        window.show_page(spec.key)
    window.show_page("quarter")
    qtbot.wait(100)   # the first reads a page defers until it is on screen (the audit chain check) are done
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        for lang in ("kk", "ru"):
            window.set_language(lang)
            qtbot.waitUntil(lambda lg=lang: window.nav.item(0).text() == {"kk": "Басты бет", "ru": "Главная"}[lg])
            qtbot.wait(50)
        assert statements == []
        window.show_page("dashboard").refresh()        # F5 / a change on the bus do read: the trace sees it
        assert statements
    finally:
        store.db.conn.set_trace_callback(None)
    shiboken6.delete(window)
    store.close()
