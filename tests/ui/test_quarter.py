"""The quarter page driven like a user: open a quarter, type scores in the grid, sign, override the roster."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.services.calendar import CalendarService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.quarter import QuarterService
from desktop_app.storage.database import open_store
from tests.evaluation_support import methodology_001, seed_office
from tests.sealing import office_key

M = methodology_001()


@pytest.fixture
def page(qtbot, tmp_path: Path, monkeypatch, languages):
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=3)
    quarters = QuarterService(store, CalendarService(store), lambda day: M, lambda mid: M)
    quarters.open_quarter(2026, 3)
    from desktop_app.ui.quarter.quarter_page import QuarterPage

    w = QuarterPage(quarters, EvaluationService(quarters), lambda: "ru", lambda: date(2026, 10, 5))
    qtbot.addWidget(w)
    w.resize(1400, 800)
    w.show()
    yield w
    shiboken6.delete(w)   # no language switch of a later test may reach a page whose file is closed
    store.close()


def _row_of(page, employee_id: int) -> int:
    return next(i for i, r in enumerate(page.grid_model.rows) if r.employee.id == employee_id)


def test_roster_shows_every_decision_with_its_reason(page) -> None:
    m = page.roster_model
    assert m.rowCount() == 5
    texts = [m.data(m.index(r, m.REASON)) for r in range(m.rowCount())]
    assert all("Методики" in t and "001" not in t for t in texts)
    # The head of apparatus has no corps "B" post above: the line says what to set, not "evaluated".
    assert sum(t.startswith("Нет оценивающего лица") for t in texts) == 1
    assert m.headerData(m.REASON, Qt.Orientation.Horizontal) == "Причина"


def test_typing_in_the_grid_scores_moves_down_and_refuses_out_of_range(page, qtbot) -> None:
    page.tabs.setCurrentIndex(1)
    grid, model = page.grid, page.grid_model
    row = _row_of(page, 10)
    col = model.first_score_col(row)
    grid.setCurrentIndex(model.index(row, col))
    grid.setFocus()
    qtbot.keyClicks(grid, "4")
    qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Return)
    assert model.data(model.index(row, model.score_col)) == "4"
    assert "эффективно" in model.data(model.index(row, model.score_col + 1))
    assert grid.currentIndex().row() == row + 1          # Enter went down, like a spreadsheet
    # Out of range: refused with a message, the cell stays empty.
    row2 = _row_of(page, 11)
    grid.setCurrentIndex(model.index(row2, col))
    qtbot.keyClicks(grid, "7")
    qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Return)
    assert model.data(model.index(row2, col)) == ""
    assert "5" in page.message.text() and page.message.text()
    # The detail shows the live explanation of the current row.
    grid.setCurrentIndex(model.index(row, col))
    assert "пункт 7 Методики" in page.detail.explanation.text()


def test_sign_from_the_detail_locks_and_a_change_asks_for_a_reason(page, qtbot, monkeypatch) -> None:
    page.tabs.setCurrentIndex(1)
    model = page.grid_model
    row = _row_of(page, 10)
    col = model.first_score_col(row)
    assert model.setData(model.index(row, col), "3,5")
    page.grid.setCurrentIndex(model.index(row, col))
    from desktop_app.ui.quarter import detail as detail_mod

    monkeypatch.setattr(detail_mod.DateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.detail.sign_button.click()
    assert model.rows[row].evaluation.status is EvaluationStatus.SIGNED
    model.ask_reason = lambda: None                      # the user cancels the reason box
    assert not model.setData(model.index(row, col), "4")
    model.ask_reason = lambda: "Typing error"
    assert model.setData(model.index(row, col), "4")
    assert any("Typing error" in page.detail.history.item(i).text() for i in range(page.detail.history.count()))


def test_override_from_the_roster_dialog(page, monkeypatch) -> None:
    from desktop_app.ui.quarter import quarter_page as qp

    def accept(self) -> QDialog.DialogCode:
        self.include.setCurrentIndex(self.include.findData(False))
        self.reason.setPlainText("Long study leave, order 12-к")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(qp.OverrideDialog, "exec", accept)
    m = page.roster_model
    row = next(i for i, ln in enumerate(m.lines) if ln.employee.id == 12)
    page.roster_view.setCurrentIndex(page.roster_proxy.mapFromSource(m.index(row, 0)))
    page.override_button.click()
    line = next(ln for ln in page.roster_model.lines if ln.employee.id == 12)
    assert not line.decision.included and "12-к" in m.data(m.index(m.lines.index(line), m.REASON))
    assert all(r.employee.id != 12 for r in page.grid_model.rows)


def test_headers_follow_the_language(page, languages, qtbot) -> None:
    page.lang = lambda: "kk"
    languages.set_language("kk")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Бағаланатындар тізімі")
    assert page.roster_model.headerData(page.roster_model.DECISION, Qt.Orientation.Horizontal) == "Шешім"


def test_print_menu_asks_for_the_documents_of_the_current_quarter(qtbot, tmp_path: Path, monkeypatch,
                                                                  languages) -> None:
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=1)
    quarters = QuarterService(store, CalendarService(store), lambda day: M, lambda mid: M)
    q = quarters.open_quarter(2026, 3)
    asked: list[tuple[str, int]] = []
    from desktop_app.ui.quarter.quarter_page import QuarterPage

    w = QuarterPage(quarters, EvaluationService(quarters), lambda: "ru", lambda: date(2026, 10, 5),
                    documents=lambda kind, qid: asked.append((kind, qid)))
    qtbot.addWidget(w)
    assert not w.print_button.isHidden()
    w.print_actions["sheets"].trigger()
    w.print_actions["notices"].trigger()
    assert asked == [("sheets", q.id), ("notices", q.id)]


def test_roster_filter_finds_a_name_typed_in_either_spelling(page) -> None:
    page.quarters.store.db.execute("UPDATE employees SET last_name = 'Жұмабаева', last_name_ru = 'Жумабаева' WHERE id = 10")
    page.reload()
    proxy, m = page.roster_proxy, page.roster_model
    page.roster_filter.setText("Жұмабаева")            # the Kazakh spelling, typed on the Russian screen
    assert proxy.rowCount() == 1
    shown = proxy.data(proxy.index(0, m.NAME))
    assert shown.startswith("Жумабаева") and "Жұмабаева" not in shown
    page.roster_filter.setText("жумабаева")             # the Russian spelling, any case
    assert proxy.rowCount() == 1
    page.roster_filter.setText("Жумабаевааа")
    assert proxy.rowCount() == 0
