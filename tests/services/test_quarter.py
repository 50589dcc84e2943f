"""Opening a quarter, the roster in a real database, entry, states, calibration and the dashboard."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.evaluation import EvaluationStatus, NoticeMethod
from desktop_app.services.calendar import CalendarService
from desktop_app.services.dashboard import DashboardService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.quarter import QuarterService
from desktop_app.storage.database import open_store
from desktop_app.storage.evaluation_repository import EntryRow
from tests.evaluation_support import methodology_001, seed_office
from tests.sealing import office_key

D = Decimal
M = methodology_001()


@pytest.fixture
def svc(tmp_path: Path, monkeypatch):
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=3)
    quarters = QuarterService(store, CalendarService(store), lambda day: M, lambda mid: M)
    evaluations = EvaluationService(quarters)
    yield quarters, evaluations, DashboardService(evaluations)
    store.close()


def _by_emp(evaluations: EvaluationService, qid: int):
    return {r.employee.id: r.evaluation for r in evaluations.grid(qid)}


def test_open_quarter_builds_roster_and_drafts(svc) -> None:
    quarters, evaluations, _ = svc
    q = quarters.open_quarter(2026, 3)
    lines = {ln.employee.id: ln for ln in quarters.roster(q.id)}
    assert set(lines) == {1, 2, 10, 11, 12}
    assert lines[10].evaluator.id == 2 and lines[10].decision.form == 2
    assert "Methodology, item 16" in lines[10].rule.render()
    evs = _by_emp(evaluations, q.id)
    assert evs[10].status is EvaluationStatus.DRAFT and evs[10].evaluator_employee_id == 2
    with pytest.raises(ValidationError):
        quarters.open_quarter(2026, 3)


def test_override_with_reason_is_kept_in_history_and_removes_the_draft(svc) -> None:
    quarters, evaluations, _ = svc
    q = quarters.open_quarter(2026, 3)
    with pytest.raises(ValidationError):
        quarters.override(q.id, 12, include=False, reason="")
    quarters.override(q.id, 12, include=False, reason="Study leave abroad by order 45-к")
    line = {ln.employee.id: ln for ln in quarters.roster(q.id)}[12]
    assert not line.decision.included and "45-к" in line.reason.render()
    assert len(line.history) == 1
    assert 12 not in _by_emp(evaluations, q.id)
    quarters.clear_override(q.id, 12, "Mistake")
    assert 12 in _by_emp(evaluations, q.id)
    assert len({ln.employee.id: ln for ln in quarters.roster(q.id)}[12].history) == 2


def test_rebuild_sees_a_dismissal_and_the_notice_is_due(svc) -> None:
    quarters, evaluations, dash = svc
    q = quarters.open_quarter(2026, 3)
    quarters.store.db.execute("UPDATE employees SET dismissal_date = '2026-09-15' WHERE id = 11")
    quarters.rebuild_roster(q.id)
    ev = _by_emp(evaluations, q.id)[11]
    assert ev.without_participation
    evaluations.set_score(ev.id, "overall", "3")
    evaluations.sign(ev.id, date(2026, 10, 5))
    items = [i.text.render() for i in dash.items(date(2026, 10, 26))]
    assert any("dismissed" in t and "02.11.2026" in t for t in items)
    evaluations.record_notice(ev.id, NoticeMethod.REGISTERED_LETTER, date(2026, 10, 27), "№ 12-04/88")
    assert evaluations.sheet(ev.id).evaluation.status is EvaluationStatus.RECEIVED
    assert not any("dismissed" in i.text.render() for i in dash.items(date(2026, 10, 28)))


def test_entry_refuses_out_of_range_and_computes_live(svc) -> None:
    quarters, evaluations, _ = svc
    q = quarters.open_quarter(2026, 3)
    evs = _by_emp(evaluations, q.id)
    with pytest.raises(ValidationError):
        evaluations.set_score(evs[10].id, "overall", "7")
    evaluations.set_score(evs[2].id, "quality", "4")
    evaluations.set_score(evs[2].id, "timeliness", "4")
    assert evaluations.sheet(evs[2].id).outcome.score is None
    evaluations.set_score(evs[2].id, "initiative", "3,5")
    view = evaluations.sheet(evs[2].id)
    assert view.evaluation.score == D("3.83") and view.outcome.grade.name_ru == "надлежащим образом"


def test_bonus_entry_needs_evidence(svc) -> None:
    quarters, evaluations, _ = svc
    q = quarters.open_quarter(2026, 3)
    eid = _by_emp(evaluations, q.id)[10].id
    with pytest.raises(ValidationError):
        evaluations.add_entry(EntryRow(None, eid, "bonus", "b5", D(1)))
    evaluations.add_entry(EntryRow(None, eid, "bonus", "b5", D(2), doc_number="12-05/345",
                                   doc_date=date(2026, 8, 14)))
    view = evaluations.sheet(eid)
    assert view.entries[0].evidence == "№ 12-05/345, 14.08.2026"
    assert view.outcome.points.bonus == D(10)


def test_signed_sheet_is_locked_change_needs_reason_and_keeps_old_value(svc) -> None:
    quarters, evaluations, _ = svc
    q = quarters.open_quarter(2026, 3)
    eid = _by_emp(evaluations, q.id)[10].id
    evaluations.set_score(eid, "overall", "4")
    evaluations.sign(eid, date(2026, 10, 5))
    with pytest.raises(ValidationError):
        evaluations.set_score(eid, "overall", "3")
    evaluations.set_score(eid, "overall", "3.5", reason="Typing error in the sheet")
    hist = [(h.field, h.old_value, h.new_value, h.reason) for h in evaluations.history(eid)]
    assert ("overall", "4", "3.5", "Typing error in the sheet") in hist
    assert evaluations.sheet(eid).evaluation.score == D("3.5")


def test_apply_calibrated_score_keeps_the_original(svc) -> None:
    quarters, evaluations, _ = svc
    q = quarters.open_quarter(2026, 3)
    eid = _by_emp(evaluations, q.id)[10].id
    evaluations.set_score(eid, "overall", "3.9")
    with pytest.raises(ValidationError):
        evaluations.apply_calibrated_score(eid, D(4), "Session protocol № 1")   # not received yet
    evaluations.sign(eid, date(2026, 10, 5))
    evaluations.receive(eid, date(2026, 10, 6))
    grade = evaluations.apply_calibrated_score(eid, D("4.2"), "Calibration session protocol № 1 of 16.10.2026")
    assert grade.name_ru == "эффективно"
    ev = evaluations.sheet(eid).evaluation
    assert ev.score == D("4.2") and ev.original_score == D("3.9") and ev.calibrated
    with pytest.raises(ValidationError):
        evaluations.apply_calibrated_score(eid, D("5.5"), "too high")
    with pytest.raises(ValidationError):
        evaluations.apply_calibrated_score(eid, D("4"), "")


def test_states_and_quarter_final(svc) -> None:
    quarters, evaluations, dash = svc
    q = quarters.open_quarter(2026, 3)
    # The head of apparatus has no evaluator among the staff: the specialist excludes him in writing.
    quarters.override(q.id, 1, include=False, reason="Evaluated by the akim outside corps B")
    for emp, ev in _by_emp(evaluations, q.id).items():
        if ev.form == 1:
            for k in ("quality", "timeliness", "initiative"):
                evaluations.set_score(ev.id, k, "4")
        else:
            evaluations.set_score(ev.id, "overall", "1.5" if emp == 12 else "4")
        evaluations.sign(ev.id, date(2026, 10, 5))
        evaluations.receive(ev.id, date(2026, 10, 6))
    quarters.today = lambda: date(2026, 10, 13)
    with pytest.raises(ValidationError):
        quarters.close_quarter(q.id)
    assert any("appeal window" in i.text.render() for i in dash.items(date(2026, 10, 15)))
    quarters.today = lambda: date(2026, 10, 15)
    for ev in _by_emp(evaluations, q.id).values():
        evaluations.finalise(ev.id, date(2026, 10, 15))
    quarters.close_quarter(q.id)
    with pytest.raises(ValidationError):
        evaluations.set_score(_by_emp(evaluations, q.id)[10].id, "overall", "5", reason="late fix")
    annual = {ln.employee.id: ln.result for ln in evaluations.annual(2026)}
    assert annual[12].unsatisfactory and annual[10].mean == D("4.00")


def test_dashboard_shows_unopened_quarter_and_overdue_sheets(svc) -> None:
    quarters, _, dash = svc
    texts = [(i.level, i.text.render()) for i in dash.items(date(2026, 10, 22))]
    assert ("overdue", "Quarter 3 of 2026 is not opened: the evaluation is due 20.10.2026 (Methodology, item 4).") in texts
    quarters.open_quarter(2026, 3)
    items = dash.items(date(2026, 10, 22))
    assert items[0].level == "overdue" and "sheets not signed yet — 5 " in items[0].text.render()
