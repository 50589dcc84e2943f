"""Dates that cannot lie and the reasons a quarter cannot be closed, at their boundaries (001 §4, §6, §9, §10,
§19–§22)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.domain.event_dates import SheetEvent, check_event_date, date_problem
from desktop_app.domain.quarter_close import AppealState, Pending, SheetState, close_problems, reopen_reason

Q_END = date(2026, 9, 30)
TODAY = date(2026, 10, 20)


@pytest.mark.parametrize("event", list(SheetEvent))
def test_an_event_on_the_quarters_last_day_is_refused_the_day_after_is_accepted(event: SheetEvent) -> None:
    problem = date_problem(event, Q_END, TODAY, Q_END)
    assert problem is not None and "item 4" in problem.render()
    # It says what is required — after the last day, from the first day after it — not "not after".
    assert "must come after the quarter's last day (30.09.2026), from 01.10.2026 on" in problem.render()
    assert date_problem(event, Q_END + timedelta(days=1), TODAY, Q_END) is None


@pytest.mark.parametrize("event", list(SheetEvent))
def test_while_the_quarter_runs_every_date_gets_one_reason_the_quarter_and_its_first_day_after(
        event: SheetEvent) -> None:
    running = date(2026, 9, 15)
    texts = {date_problem(event, d, running, Q_END).render()   # type: ignore[union-attr]
             for d in (date(2026, 9, 1), running, Q_END, date(2026, 10, 1))}
    assert len(texts) == 1          # the same sentence for every date: a batch shows it once
    [text] = texts
    assert "from 01.10.2026 on: the quarter has not ended yet, its last day is 30.09.2026" in text
    # Its last day is still running too.
    assert date_problem(event, Q_END, Q_END, Q_END) is not None


@pytest.mark.parametrize("event", list(SheetEvent))
def test_today_is_accepted_tomorrow_is_in_the_future(event: SheetEvent) -> None:
    assert date_problem(event, TODAY, TODAY, Q_END) is None
    problem = date_problem(event, TODAY + timedelta(days=1), TODAY, Q_END)
    assert problem is not None and "future" in problem.render() and "21.10.2026" in problem.render()
    with pytest.raises(ValidationError) as exc:
        check_event_date(event, TODAY + timedelta(days=1), TODAY, Q_END, field="day")
    assert exc.value.field == "day"


def test_a_servant_dismissed_in_the_quarter_is_signed_after_the_dismissal_but_told_after_the_quarter() -> None:
    dismissed = date(2026, 9, 10)
    refused = date_problem(SheetEvent.SIGNED, dismissed, TODAY, Q_END, dismissed_on=dismissed)
    assert refused is not None and "after the dismissal day (10.09.2026), from 11.09.2026 on" in refused.render() and "item 6" in refused.render()
    assert date_problem(SheetEvent.SIGNED, dismissed + timedelta(days=1), TODAY, Q_END, dismissed_on=dismissed) is None
    # 001 §9: the notice comes in the month after the quarter, dismissal or not.
    assert date_problem(SheetEvent.NOTICE, date(2026, 9, 20), TODAY, Q_END, dismissed_on=dismissed) is not None
    assert date_problem(SheetEvent.NOTICE, date(2026, 10, 1), TODAY, Q_END, dismissed_on=dismissed) is None
    # The future stays the future for them too.
    assert date_problem(SheetEvent.SIGNED, TODAY + timedelta(days=1), TODAY, Q_END, dismissed_on=dismissed) is not None


def _sheet(emp: int, status: EvaluationStatus, ends: date | None = None) -> SheetState:
    return SheetState(emp, f"Атауы{emp}", f"Имя{emp}", status, ends)


def test_close_problems_name_each_person_and_reason() -> None:
    sheets = [_sheet(1, EvaluationStatus.FINAL), _sheet(2, EvaluationStatus.DRAFT),
              _sheet(3, EvaluationStatus.RECEIVED, ends=TODAY),                 # last day of the window: open
              _sheet(4, EvaluationStatus.RECEIVED, ends=TODAY - timedelta(days=1))]   # past: just not final
    appeals = [AppealState(5, "Бес", "Пять", date(2026, 10, 12), refused=False),
               AppealState(6, "Алты", "Шесть", date(2026, 10, 12), refused=False, session_number="3"),
               AppealState(7, "Жеті", "Семь", date(2026, 10, 12), refused=True),
               AppealState(8, "Сегіз", "Восемь", date(2026, 10, 12), refused=False, session_number="2",
                           session_closed=True)]
    problems = close_problems(sheets, appeals, TODAY)
    got = {(p.employee_id, p.kind) for p in problems}
    assert got == {(2, Pending.NOT_FINAL), (3, Pending.WINDOW_OPEN), (4, Pending.NOT_FINAL),
                   (5, Pending.APPEAL_UNDECIDED), (6, Pending.CASE_UNDECIDED)}
    window = next(p for p in problems if p.employee_id == 3)
    assert "20.10.2026" in window.reason.render() and window.name("ru") == "Имя3" and window.name("kk") == "Атауы3"
    assert "draft" in next(p for p in problems if p.employee_id == 2).reason.render()
    assert "No. 3" in next(p for p in problems if p.employee_id == 6).reason.render()
    assert close_problems([_sheet(1, EvaluationStatus.FINAL)], [], TODAY) == []


def test_reopening_needs_a_written_reason() -> None:
    with pytest.raises(ValidationError):
        reopen_reason("  ок ")
    assert reopen_reason("  Ошибка в дате вручения  ") == "Ошибка в дате вручения"
