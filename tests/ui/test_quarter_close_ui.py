"""The quarter page driven like a user: many rows selected in the entry grid move with one date,
the grid filters and sorts, the close button refuses with the list of reasons, then closes, and a closed
quarter's actions are disabled; reopening asks for a reason."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store
from tests.evaluation_support import seed_office
from tests.sealing import office_key

TODAY = date(2026, 10, 20)


@pytest.fixture
def page(qtbot, tmp_path: Path, languages):
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=4)
    store.db.execute("INSERT INTO units (id, name_kk, name_ru) VALUES (2, 'Заң бөлімі', 'Юридический отдел')")
    store.db.execute("UPDATE positions SET unit_id = 2 WHERE id IN (12, 13)")
    store.db.execute("UPDATE employees SET last_name = 'Жұмабаева', last_name_ru = 'Жумабаева' WHERE id = 11")
    services = build_services(store)
    services.methodology.copy_preset("typical_2025")
    services.quarter.today = lambda: TODAY
    q = services.quarter.open_quarter(2026, 3)
    services.quarter.override(q.id, 1, include=False, reason="Оценивает аким района")
    for r in services.evaluation.grid(q.id):
        keys = [c.id for c in r.template.criteria] if r.template.mode == "criteria" else ["overall"]
        for key in keys:
            services.evaluation.set_score(r.evaluation.id, key, "4")
    from desktop_app.ui.quarter.quarter_page import QuarterPage

    w = QuarterPage(services.quarter, services.evaluation, lambda: "ru", lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.tabs.setCurrentIndex(1)
    yield w
    shiboken6.delete(w)
    services.close()


def _accept_dates(monkeypatch, day: date) -> None:
    from desktop_app.ui.quarter import closing
    from desktop_app.ui.quarter.dialogs import qdate

    def accept(self) -> QDialog.DialogCode:
        self.edit.setDate(qdate(day))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(closing.DateDialog, "exec", accept)


def _statuses(page) -> dict[int, EvaluationStatus]:
    return {r.employee.id: r.evaluation.status for r in page.grid_model.rows}


def test_rows_selected_with_the_mouse_sign_with_one_date(page, qtbot, monkeypatch) -> None:
    _accept_dates(monkeypatch, date(2026, 10, 5))
    grid, proxy = page.grid, page.grid_proxy
    header = grid.verticalHeader()
    # Click the first row's header, Ctrl+click the third: two whole rows selected.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(5, header.sectionViewportPosition(0) + 5))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=QPoint(5, header.sectionViewportPosition(2) + 5))
    chosen = {proxy.row(0).employee.id, proxy.row(2).employee.id}
    assert {page.grid_model.rows[r].employee.id for r in grid.selected_rows()} == chosen
    page.entry_bar.menu_actions["sign"].trigger()
    statuses = _statuses(page)
    assert {e for e, s in statuses.items() if s is EvaluationStatus.SIGNED} == chosen
    assert "2 из 2" in page.message.text()


def test_all_of_this_unit_and_all_shown_with_the_rows_that_cannot_move_listed(page, qtbot, monkeypatch) -> None:
    _accept_dates(monkeypatch, date(2026, 10, 5))
    proxy = page.grid_proxy
    legal = next(r for r in range(proxy.rowCount()) if proxy.row(r).unit_ru == "Юридический отдел")
    page.grid.setCurrentIndex(proxy.index(legal, 3))
    page.entry_bar.menu_actions["unit"].trigger()
    assert sorted(page.grid_model.rows[r].employee.id for r in page.grid.selected_rows()) == [12, 13]
    page.entry_bar.menu_actions["sign"].trigger()
    page.entry_bar.menu_actions["shown"].trigger()
    assert len(page.grid.selected_rows()) == proxy.rowCount() == 5
    _accept_dates(monkeypatch, date(2026, 10, 6))
    page.entry_bar.menu_actions["receive"].trigger()         # three drafts cannot be received: listed with why
    report = page._last_dialog
    # Three drafts, one reason: one line with the count, the names folded under it.
    [line] = report.texts()
    assert line.startswith("3 листа: ") and "подпис" in line
    top = report.lines.topLevelItem(0)
    assert top.childCount() == 3 and any(top.child(i).text(0).startswith("Жумабаева") for i in range(3))
    assert {e for e, s in _statuses(page).items() if s is EvaluationStatus.RECEIVED} == {12, 13}
    report.close()


def test_the_grid_filters_by_name_in_either_spelling_unit_state_and_sorts(page, qtbot) -> None:
    bar, proxy = page.entry_bar, page.grid_proxy
    bar.search.insert("жұмаба")                            # Kazakh spelling, typed on the Russian screen
    assert proxy.rowCount() == 1 and proxy.row(0).employee.id == 11
    bar.search.clear()
    bar.search.insert("Жумаба")
    assert proxy.rowCount() == 1
    bar.search.clear()
    bar.unit.setCurrentIndex(bar.unit.findData("Юридический отдел"))
    assert sorted(proxy.row(r).employee.id for r in range(proxy.rowCount())) == [12, 13]
    bar.unit.setCurrentIndex(0)
    bar.status.setCurrentIndex(bar.status.findData(EvaluationStatus.SIGNED.value))
    assert proxy.rowCount() == 0
    bar.status.setCurrentIndex(0)
    m = page.grid_model
    page.grid.sortByColumn(m.UNIT, Qt.SortOrder.DescendingOrder)
    assert proxy.row(0).unit_ru == "Юридический отдел"
    assert not page.grid.isColumnHidden(m.UNIT) and not page.grid.isColumnHidden(m.score_col)


def test_the_close_button_lists_the_reasons_then_closes_and_the_quarter_is_read_only(page, qtbot,
                                                                                       monkeypatch) -> None:
    page.today = lambda: date(2026, 9, 30)            # the quarter's last day: it is still running
    page.reload()
    assert not page.close_button.isEnabled()
    page.today = lambda: TODAY
    page.reload()
    page.close_button.click()
    dialog = page._last_dialog
    assert dialog is not None and len(dialog.texts()) == 1 and dialog.lines.topLevelItem(0).childCount() == 5
    assert "нельзя закрыть" in dialog.heading.text()
    assert dialog.texts()[0].startswith("5 вопросов: ") and "черновик" in dialog.texts()[0]
    dialog.close()
    ev, ids = page.evaluations, [r.evaluation.id for r in page.grid_model.rows]
    from desktop_app.domain.sheet_moves import Move

    ev.move_many(ids, Move.SIGN, date(2026, 10, 5))
    ev.move_many(ids, Move.RECEIVE, date(2026, 10, 6))
    ev.move_many(ids, Move.FINALISE, date(2026, 10, 14))
    page.reload()
    page.close_button.click()
    assert "закрыт" in page.info.text() and page.close_button.text() == "Открыть квартал снова…"
    assert not page.rebuild_button.isEnabled() and not page.override_button.isEnabled()
    assert not page.entry_bar.menu_actions["finalise"].isEnabled()
    m = page.grid_model
    assert not m.flags(m.index(0, m.first_score_col(0))) & Qt.ItemFlag.ItemIsEditable
    assert not page.detail.sign_button.isEnabled() and not page.detail.final_button.isEnabled()
    from desktop_app.ui.quarter import closing

    def reopen(self) -> QDialog.DialogCode:
        self.reason.setPlainText("Ошибка в дате ознакомления")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(closing.ReopenDialog, "exec", reopen)
    page.close_button.click()
    assert page.quarters.quarter(page.current_quarter_id()).status == "open"
    assert page.rebuild_button.isEnabled() and page.close_button.text() == "Закрыть квартал"


def test_print_selected_asks_for_the_sheets_of_the_selected_rows(page) -> None:
    asked: list[tuple] = []
    page.documents = lambda kind, qid, ids=None: asked.append((kind, qid, ids))
    proxy = page.grid_proxy
    page.grid.select_rows([0, 1])
    page.entry_bar.menu_actions["print"].trigger()
    [(kind, qid, ids)] = asked
    assert (kind, qid) == ("sheets", page.current_quarter_id())
    assert sorted(ids) == sorted(proxy.row(r).evaluation.id for r in (0, 1))


def test_a_line_with_nobody_to_evaluate_takes_the_user_to_the_organisation_card(page) -> None:
    page.quarters.clear_override(page.current_quarter_id(), 1, "аким не указан")
    page.reload()
    page.tabs.setCurrentIndex(0)
    m = page.roster_model
    row = next(i for i, ln in enumerate(m.lines) if ln.employee.id == 1)
    page.roster_view.setCurrentIndex(page.roster_proxy.mapFromSource(m.index(row, 0)))
    assert 'href="set-evaluator"' in page.roster_detail.text()
    assert m.data(m.index(row, m.REASON)).startswith("Нет оценивающего лица")
    opened: list[str] = []
    page.ctx.open_page = lambda key: opened.append(key)
    page.roster_detail.linkActivated.emit("set-evaluator")
    assert opened == ["organisation"]


def test_the_unit_dialog_sets_the_units_own_outside_evaluator(qtbot, tmp_path: Path, languages) -> None:
    from desktop_app.ui.staff.structure_dialogs import UnitDialog

    store = open_store(tmp_path / "units.sqlite", office_key())
    seed_office(store.db, staff=1)
    services = build_services(store)
    try:
        unit = services.staff.units()[0]
        dialog = UnitDialog(services.staff, "ru", unit)
        qtbot.addWidget(dialog)
        box = dialog.external
        box.edits["name_kk"].setText("Мәслихат хатшысы Ә.Б.")
        dialog.accept()                                   # a name without a position is refused
        assert dialog.result() != QDialog.DialogCode.Accepted and "должность" in dialog.error.text()
        box.edits["position_ru"].setText("Секретарь маслихата")
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
        saved = services.quarter.external_evaluators()[unit.id]
        assert saved.name_kk == "Мәслихат хатшысы Ә.Б." and saved.position_ru == "Секретарь маслихата"
    finally:
        services.close()
