"""An evaluator outside the corps "B" registry (the akim), set once on the organisation card or a unit and used
by the roster; a line with nobody to evaluate says what to set (001 §16)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.external_evaluator import ExternalEvaluator
from desktop_app.domain.roster import EvaluatorRule
from desktop_app.services.container import build_services
from desktop_app.services.evaluation_documents import sheets
from desktop_app.storage.database import open_store
from tests.evaluation_support import seed_office
from tests.sealing import office_key

AKIM = ExternalEvaluator("Әлімжанов Нұрлан", "Алимжанов Нурлан", "Аудан әкімі", "Аким района")


@pytest.fixture
def services(tmp_path: Path):
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=1)
    s = build_services(store)
    s.methodology.copy_preset("typical_2025")
    s.quarter.today = lambda: date(2026, 10, 5)
    yield s
    s.close()


def test_a_line_with_nobody_to_evaluate_says_what_to_set(services) -> None:
    q = services.quarter.open_quarter(2026, 3)
    head = {ln.employee.id: ln for ln in services.quarter.roster(q.id)}[1]      # the head of apparatus
    assert head.needs_evaluator and head.evaluator_label("ru") == ""
    text = head.reason.render()
    assert "No evaluator" in text and "organisation card" in text and not text.startswith("Evaluated")
    row = {r.employee.id: r for r in services.evaluation.grid(q.id)}[1]
    sheet = row.evaluation.id
    for key in ([c.id for c in row.template.criteria] if row.template.mode == "criteria" else ["overall"]):
        services.evaluation.set_score(sheet, key, "4")
    with pytest.raises(ValidationError, match="no evaluator"):
        services.evaluation.sign(sheet, date(2026, 10, 5))


def test_the_akim_set_once_on_the_organisation_card_evaluates_the_head(services) -> None:
    with pytest.raises(ValidationError, match="position"):
        services.quarter.set_external_evaluator(None, ExternalEvaluator("Әлімжанов", "", " ", ""))
    services.quarter.set_external_evaluator(None, AKIM)
    assert services.quarter.external_evaluators()[None] == AKIM
    q = services.quarter.open_quarter(2026, 3)
    lines = {ln.employee.id: ln for ln in services.quarter.roster(q.id)}
    head = lines[1]
    assert not head.needs_evaluator and head.decision.evaluator_rule is EvaluatorRule.EXTERNAL
    assert head.evaluator_label("ru") == "Алимжанов Нурлан, Аким района"
    assert head.evaluator_label("kk") == "Әлімжанов Нұрлан, Аудан әкімі"
    assert "organisation card" in head.rule.render() and "Evaluated" in head.reason.render()
    assert lines[10].decision.evaluator_employee_id == 2 and lines[10].decision.external is None
    row = {r.employee.id: r for r in services.evaluation.grid(q.id)}[1]
    assert row.evaluation.external == AKIM
    for c in row.template.criteria:
        services.evaluation.set_score(row.evaluation.id, c.id, "4")
    if row.template.mode == "overall":
        services.evaluation.set_score(row.evaluation.id, "overall", "4")
    services.evaluation.sign(row.evaluation.id, date(2026, 10, 5))
    data = next(d for d in sheets(services, 2026, 3) if "Фамилия1 " in d.employee.ru)
    assert data.evaluator_name.ru == "Алимжанов Нурлан" and data.evaluator_position.kk == "Аудан әкімі"


def test_a_units_own_outside_evaluator_wins_over_the_organisation_card(services) -> None:
    services.quarter.set_external_evaluator(None, AKIM)
    secretary = ExternalEvaluator("Секретарь", "Секретарь", "Мәслихат хатшысы", "Секретарь маслихата", 1)
    services.quarter.set_external_evaluator(1, secretary)
    q = services.quarter.open_quarter(2026, 3)
    head = {ln.employee.id: ln for ln in services.quarter.roster(q.id)}[1]
    assert head.decision.external == secretary and "unit" in head.rule.render()
    services.quarter.set_external_evaluator(1, ExternalEvaluator("", "", "", ""))     # cleared
    services.quarter.rebuild_roster(q.id)
    head = {ln.employee.id: ln for ln in services.quarter.roster(q.id)}[1]
    assert head.decision.external == AKIM
