"""The entry grid never needs the mouse; every page has its shortcut; the shortcuts are listed."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.services.calendar import CalendarService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.quarter import QuarterService
from desktop_app.storage.database import open_store
from tests.evaluation_support import methodology_001, seed_office
from tests.sealing import office_key

M = methodology_001()
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


pytestmark = pytest.mark.usefixtures("translators_leave")


@pytest.fixture
def quarter_window(qtbot, tmp_path: Path, monkeypatch, languages):
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=3)
    quarters = QuarterService(store, CalendarService(store), lambda day: M, lambda mid: M)
    quarters.open_quarter(2026, 3)
    from desktop_app.ui.quarter.quarter_page import QuarterPage

    page = QuarterPage(quarters, EvaluationService(quarters), lambda: "ru", lambda: date(2026, 10, 5))
    win = QMainWindow()
    win.setCentralWidget(page)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield page
    shiboken6.delete(win)   # no language switch of a later test may reach a page whose file is closed
    store.close()


def _answer_dialog(qtbot, name: str, keys: list, seen: list) -> None:
    """When the modal dialog `name` opens, press `keys` in it (the keyboard, not the mouse)."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.focusWidget() is None:   # not shown and focused yet
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.objectName())
        for key, mods in keys:
            target = dialog.focusWidget() or dialog
            if isinstance(key, str):
                qtbot.keyClicks(target, key)     # ASCII only: keyClicks with Cyrillic crashes
            else:
                qtbot.keyClick(target, key, mods)
    QTimer.singleShot(0, answer)


def test_the_entry_grid_is_driven_by_the_keyboard_only(qtbot, quarter_window, monkeypatch) -> None:
    page = quarter_window
    errors: list[str] = []
    monkeypatch.setattr("desktop_app.ui.quarter.detail.show_error", lambda _w, exc: errors.append(str(exc)))
    page.roster_view.setFocus()
    qtbot.waitUntil(page.roster_view.hasFocus)
    qtbot.keyClick(page.roster_view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == 1
    grid, model = page.grid, page.grid_model
    qtbot.waitUntil(grid.hasFocus)
    start = grid.currentIndex()
    assert start.row() == 0 and start.column() == model.first_score_col(0)
    row = next(i for i, r in enumerate(model.rows) if r.employee.id == 10)   # has an evaluator (001 §16)
    for _ in range(row):
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.currentIndex().row() == row
    if grid.currentIndex().column() != model.first_score_col(row):
        qtbot.keyClick(grid, Qt.Key.Key_Home)
        qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert grid.currentIndex().column() == model.first_score_col(row)
    # Type a score: digits start editing, Enter saves and goes down (like a spreadsheet).
    qtbot.keyClick(grid, Qt.Key.Key_4)
    qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Return)
    assert grid.currentIndex().row() == row + 1
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.currentIndex().row() == row
    eid = model.rows[row].evaluation.id
    if model.score_col > model.first_score_col(row) + 1 and model.rows[row].evaluation.form == 1:
        # Form 1: one score per criterion; Tab moves to the next criterion.
        for _ in range(2):
            qtbot.keyClick(grid, Qt.Key.Key_Tab)
            qtbot.keyClick(grid, Qt.Key.Key_4)
            qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Return)
            qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert page.detail.view is not None and page.detail.view.evaluation.id == eid
    assert page.detail.view.outcome.score is not None

    # Ctrl+B: the bonus entry dialog for the current evaluee; filled and accepted from the keyboard.
    seen: list[str] = []
    no = Qt.KeyboardModifier.NoModifier
    # Item (first bonus) → Tab to quantity → Tab to the document number (disabled fields are skipped).
    _answer_dialog(qtbot, "entryDialog", [(Qt.Key.Key_Tab, no), (Qt.Key.Key_Tab, no), ("12-05/345", no),
                                          (Qt.Key.Key_Return, no)], seen)
    qtbot.keyClick(grid, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["entryDialog"] and errors == []
    assert [e.kind for e in page.detail.view.entries] == ["bonus"]
    # F6 twice: the comments, then the entries list; Del removes the entry (the sheet is a draft: no reason).
    page.window().activateWindow()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_F6)
    assert page.detail.comments.hasFocus()
    qtbot.keyClick(page.detail.comments, Qt.Key.Key_F6)
    entries = page.detail.entries
    assert entries.hasFocus()
    qtbot.keyClick(entries, Qt.Key.Key_Down)
    if entries.currentRow() < 0:
        qtbot.keyClick(entries, Qt.Key.Key_Home)
    qtbot.keyClick(entries, Qt.Key.Key_Delete)
    assert page.detail.view.entries == [] and errors == []
    qtbot.keyClick(entries, Qt.Key.Key_F6)
    assert grid.hasFocus()

    # Ctrl+Shift+S: signed by the evaluator, the date dialog answered with Enter.
    seen.clear()
    _answer_dialog(qtbot, "dateDialog", [(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)], seen)
    assert page.detail.sign_button.isEnabled()
    page.window().activateWindow()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_S, CTRL_SHIFT)
    assert seen == ["dateDialog"]
    assert errors == [] and page.detail.view.evaluation.status is EvaluationStatus.SIGNED
    # Ctrl+Shift+R: received by the evaluee.
    seen.clear()
    _answer_dialog(qtbot, "dateDialog", [(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)], seen)
    page.window().activateWindow()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_R, CTRL_SHIFT)
    assert page.detail.view.evaluation.status is EvaluationStatus.RECEIVED
    assert page.grid.currentIndex().row() == row


def test_every_page_has_a_shortcut_and_it_switches(qtbot, main_window) -> None:
    from desktop_app.ui.pages import default_pages

    keys = [spec.shortcut for spec in default_pages()]
    assert all(keys) and len(set(keys)) == len(keys)
    main_window.activateWindow()
    qtbot.keyClick(main_window.nav, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page_key() == "statistics"
    qtbot.keyClick(main_window.nav, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page_key() == "dashboard"


def test_help_menu_lists_the_shortcuts_in_the_interface_language(qtbot, main_window, languages) -> None:
    from desktop_app.ui.help.shortcuts_dialog import ShortcutsDialog

    main_window.shortcuts_action.trigger()
    d = main_window.findChild(ShortcutsDialog)
    assert d is not None and d.isVisible()
    texts = [d.table.item(r, 2).text() for r in range(d.table.rowCount())]
    assert "Ctrl+Shift+S" in [d.table.item(r, 1).text() for r in range(d.table.rowCount())]
    assert any("бонус" in t.lower() or "поощр" in t.lower() for t in texts)
    languages.set_language("kk")
    qtbot.waitUntil(lambda: d.table.horizontalHeaderItem(2).text() != "Действие")
    assert main_window.shortcuts_action.text() != "&Keyboard shortcuts…"


def test_annual_page_prints_and_exports_from_the_keyboard(qtbot, tmp_path: Path, monkeypatch, languages) -> None:
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=2)
    quarters = QuarterService(store, CalendarService(store), lambda day: M, lambda mid: M)
    from desktop_app.ui.annual.annual_page import AnnualPage

    asked: list[tuple[str, int]] = []
    page = AnnualPage(EvaluationService(quarters), quarters.calendar, lambda: "ru", lambda: date(2027, 1, 10),
                      documents=lambda kind, year: asked.append((kind, year)))
    win = QMainWindow()
    win.setCentralWidget(page)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert asked == [("annual", 2026), ("annual_xlsx", 2026), ("annual", 2026)]
    assert page.print_button.text() == "Печать…"
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter.hasFocus()
    shiboken6.delete(win)
    store.close()


def test_every_page_refreshes_with_f5_and_names_its_keys(qtbot, main_window) -> None:
    from PySide6.QtGui import QKeySequence

    for spec in main_window.specs:
        if spec.key == "backups":      # ui/backups is another area's page
            continue
        page = main_window.show_page(spec.key)
        keys = {seq.toString() for act in page.findChildren(QAction) for seq in act.shortcuts()}
        assert "F5" in keys, spec.key
        assert main_window.nav.item(main_window.specs.index(spec)).toolTip() == \
            QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
