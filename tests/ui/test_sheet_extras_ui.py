"""The sanction, personal points and designees tab of the evaluation detail, driven like a user:
values are saved, counted in the explanation, and impossible ones refused with a message in Russian."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog

from desktop_app.domain.methodology import POINTS_2017, load_preset
from desktop_app.services.calendar import CalendarService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.quarter import QuarterService
from desktop_app.storage.database import open_store
from tests.evaluation_support import methodology_001, seed_office
from tests.sealing import office_key

POINTS = load_preset(POINTS_2017)


def _page(qtbot, tmp_path: Path, m, staff: int):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=staff)
    quarters = QuarterService(store, CalendarService(store), lambda day: m, lambda mid: m)
    quarters.open_quarter(2026, 1)
    from desktop_app.ui.quarter.quarter_page import QuarterPage

    evaluations = EvaluationService(quarters)
    w = QuarterPage(quarters, evaluations, lambda: "ru", lambda: date(2026, 4, 6))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    ev = {r.employee.id: r.evaluation for r in evaluations.grid(quarters.find(2026, 1).id)}[10]
    w.detail.show_evaluation(ev.id)
    return store, w, evaluations, ev.id


@pytest.fixture
def points(qtbot, tmp_path: Path, languages, monkeypatch):
    errors: list[str] = []
    from desktop_app.ui.quarter import sheet_extras as mod

    monkeypatch.setattr(mod, "show_error", lambda parent, exc: errors.append(exc.render(mod_tr())))
    store, w, evaluations, eid = _page(qtbot, tmp_path, POINTS, 3)
    yield w, evaluations, eid, errors
    shiboken6.delete(w)
    store.close()


def mod_tr():  # type: ignore[no-untyped-def]
    from desktop_app.ui.i18n import qt_translate
    return qt_translate


def test_sanction_and_personal_points_are_saved_and_counted(points) -> None:
    w, evaluations, eid, errors = points
    panel = w.detail.extras
    assert not panel.sanction_box.isHidden() and not panel.personal_box.isHidden()
    panel.months.setValue(1)
    panel.order.setText("45-к")
    panel.save_sanction.click()
    assert errors == []
    assert evaluations.sheet(eid).evaluation.sanction.order_number == "45-к"
    panel.points.setText("5")
    panel.note.setText("Материалы двух сессий маслихата")
    panel.add_personal.click()
    assert errors == [] and panel.personal.rowCount() == 1
    assert panel.personal.item(0, 1).text() == "Материалы двух сессий маслихата"
    text = w.detail.explanation.text()
    assert "личные 5 − взыскание 16,8 = 88,2" in text
    assert "определён по сумме поощрительных баллов 5" in text


@pytest.mark.parametrize("months,value,note,expected", [
    (4, "", "", "В квартале 3 месяца"),
    (0, "6", "x", "Личные баллы: от +1 до +5"),
    (0, "3", "", "конкретные основания"),
])
def test_impossible_values_are_refused_with_a_message(points, months, value, note, expected) -> None:
    w, evaluations, eid, errors = points
    panel = w.detail.extras
    if months:
        panel.months.setValue(months)
        panel.order.setText("1")
        panel.save_sanction.click()
    else:
        panel.points.setText(value)
        panel.note.setText(note)
        panel.add_personal.click()
    assert len(errors) == 1 and expected in errors[0]
    view = evaluations.sheet(eid)
    assert view.evaluation.sanction.months == 0 and view.personal == []


@pytest.fixture
def crowded(qtbot, tmp_path: Path, languages):
    store, w, evaluations, eid = _page(qtbot, tmp_path, methodology_001(), 21)
    yield w, evaluations, eid
    shiboken6.delete(w)
    store.close()


def test_designees_when_the_evaluator_has_more_than_twenty(crowded, monkeypatch) -> None:
    from desktop_app.ui.quarter import sheet_extras as mod

    w, evaluations, eid = crowded
    panel = w.detail.extras
    assert panel.designate.isEnabled() and "21" in panel.designee_hint.text()
    monkeypatch.setattr(mod.DesigneeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(mod.DesigneeDialog, "values", lambda self: (11, date(2026, 4, 2), "3,5"))
    panel.designate.click()
    assert panel.designees.rowCount() == 1
    assert [panel.designees.item(0, c).text() for c in (1, 2)] == ["02.04.2026", "3,5"]
    lines = {ln.employee.id: ln for ln in w.quarters.roster(evaluations.repo.evaluation(eid).quarter_id)}
    assert any("02.04.2026" in n.render() for n in lines[10].notes)


def test_the_tab_is_translated_into_kazakh(points, languages, qtbot) -> None:
    w, _evaluations, _eid, _errors = points
    languages.set_language("kk")
    qtbot.waitUntil(lambda: w.detail.tabs.tabText(1) != "Взыскание, личные баллы, определённые оценивающие")
    assert w.detail.extras.sanction_box.title() == "Тоқсандағы тәртіптік жаза"
    assert w.detail.tabs.tabText(1) == "Жаза, жеке балдар, белгіленген бағалаушылар"


def test_in_the_0_to_5_model_the_tab_holds_only_the_designees(crowded) -> None:
    w, _evaluations, _eid = crowded
    panel = w.detail.extras
    assert panel.sanction_box.isHidden() and panel.personal_box.isHidden() and not panel.designee_box.isHidden()
    assert w.detail.tabs.tabText(1) == "Служащие, определённые оценивающим лицом"
