"""Sanction months, personal points and designees recorded on a sheet in a real database file:
counted in the result, refused when impossible with nothing written, kept in history once signed."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.methodology import POINTS_2017, load_preset
from desktop_app.domain.methodology.sheet_extras import SanctionRecord
from desktop_app.services.calendar import CalendarService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.quarter import QuarterService
from desktop_app.storage.database import open_store
from tests.evaluation_support import methodology_001, seed_office
from tests.sealing import office_key

D = Decimal
POINTS = load_preset(POINTS_2017)


def _open(tmp_path: Path, m, staff: int):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=staff)
    quarters = QuarterService(store, CalendarService(store), lambda day: m, lambda mid: m)
    return store, quarters, EvaluationService(quarters)


@pytest.fixture
def points(tmp_path: Path):
    store, quarters, evaluations = _open(tmp_path, POINTS, 3)
    q = quarters.open_quarter(2026, 1)
    ev = {r.employee.id: r.evaluation for r in evaluations.grid(q.id)}[10]
    yield store, evaluations, ev.id
    store.close()


def _score(evaluations: EvaluationService, eid: int) -> Decimal | None:
    return evaluations.repo.evaluation(eid).score


def test_sanction_months_deduct_16_percent_each_and_print_the_order(points) -> None:
    _store, evaluations, eid = points
    evaluations.extras.set_sanction(eid, SanctionRecord(2, "45-к", date(2025, 12, 20)))
    view = evaluations.sheet(eid)
    assert view.evaluation.sanction == SanctionRecord(2, "45-к", date(2025, 12, 20))
    assert view.outcome.points.sanction_deduction == 32 and _score(evaluations, eid) == 68
    assert any("sanction 32" in ln.render() for ln in view.outcome.lines)
    evaluations.extras.set_sanction(eid, SanctionRecord(0))
    assert _score(evaluations, eid) == 100 and evaluations.sheet(eid).evaluation.sanction.months == 0


@pytest.mark.parametrize("months", [-1, 4])
def test_impossible_sanction_changes_nothing(points, months) -> None:
    _store, evaluations, eid = points
    evaluations.extras.set_sanction(eid, SanctionRecord(1, "1", date(2026, 1, 5)))
    with pytest.raises(ValidationError):
        evaluations.extras.set_sanction(eid, SanctionRecord(months, "2", date(2026, 1, 6)))
    assert evaluations.sheet(eid).evaluation.sanction == SanctionRecord(1, "1", date(2026, 1, 5))
    assert _score(evaluations, eid) == 84


def test_personal_points_with_a_note_count_and_bad_ones_change_nothing(points) -> None:
    _store, evaluations, eid = points
    evaluations.extras.add_personal(eid, "5", "Подготовил сводный отчёт за квартал")
    evaluations.extras.add_personal(eid, 5, "Две сессии маслихата")
    assert _score(evaluations, eid) == 110
    for value, note in (("6", "x"), ("0", "x"), ("-1", "x"), ("3", "  "), ("5", "a third +5 → +15"),
                        ("abc", "x")):
        if value == "5":
            evaluations.extras.add_personal(eid, value, note)     # exactly +15 is allowed
            continue
        with pytest.raises(ValidationError):
            evaluations.extras.add_personal(eid, value, note)
    with pytest.raises(ValidationError) as e:
        evaluations.extras.add_personal(eid, 1, "one more")       # +16 > +15
    assert "+15" in e.value.render()
    view = evaluations.sheet(eid)
    assert [p.points for p in view.personal] == [5, 5, 5] and _score(evaluations, eid) == 115
    evaluations.extras.add_personal(eid, -2, "Опоздание на совещание")
    assert _score(evaluations, eid) == 113
    evaluations.extras.remove_personal(evaluations.sheet(eid).personal[0].id)
    assert _score(evaluations, eid) == 108


def test_a_signed_sheet_changes_only_with_a_reason_kept_in_history(points) -> None:
    _store, evaluations, eid = points
    evaluations.extras.add_personal(eid, 2, "Наставничество")
    evaluations.sign(eid, date(2026, 4, 10))
    with pytest.raises(ValidationError):
        evaluations.extras.set_sanction(eid, SanctionRecord(1, "7", date(2026, 2, 1)))
    evaluations.extras.set_sanction(eid, SanctionRecord(1, "7", date(2026, 2, 1)), reason="Приказ получен поздно")
    assert [h.field for h in evaluations.history(eid)][-1] == "sanction"
    assert _score(evaluations, eid) == D("85.68")                     # 102 − 16 %


@pytest.fixture
def crowded(tmp_path: Path):
    """21 specialists under one unit head: 001 §17 designees become possible."""
    store, quarters, evaluations = _open(tmp_path, methodology_001(), 21)
    q = quarters.open_quarter(2026, 1)
    evs = {r.employee.id: r.evaluation for r in evaluations.grid(q.id)}
    yield store, evaluations, evs
    store.close()


def test_designees_recorded_with_their_proposed_score_which_never_replaces_the_evaluators(crowded) -> None:
    _store, evaluations, evs = crowded
    eid = evs[10].id
    names = {e.id for e in evaluations.extras.candidates(eid, date(2026, 4, 2))}
    assert 11 in names and 10 not in names and 2 not in names          # not the evaluee, not the evaluator
    rid = evaluations.extras.designate(eid, 11, date(2026, 4, 2))
    evaluations.extras.set_designee_score(rid, "3,5")
    evaluations.set_score(eid, "overall", "4")
    view = evaluations.sheet(eid)
    assert [(d.employee_id, d.designated_on, d.proposed_score) for d in view.designees] == \
        [(11, date(2026, 4, 2), D("3.5"))]
    assert view.evaluation.score == 4
    with pytest.raises(ValidationError):
        evaluations.extras.set_designee_score(rid, "6")
    with pytest.raises(ValidationError):
        evaluations.extras.designate(eid, 10, date(2026, 4, 2))        # the evaluee
    with pytest.raises(ValidationError):
        evaluations.extras.designate(eid, 11, date(2026, 4, 2))        # twice
    assert evaluations.sheet(eid).designees[0].proposed_score == D("3.5")


def test_no_designees_for_an_evaluator_with_twenty_or_fewer(points) -> None:
    _store, evaluations, eid = points
    with pytest.raises(ValidationError) as e:
        evaluations.extras.designate(eid, 11, date(2026, 4, 2))
    assert "more than 20" in e.value.render()
    assert evaluations.sheet(eid).designees == []
