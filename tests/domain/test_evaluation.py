"""Scores, grades, states, deadlines and the annual result (seed 001 §4, §7, §9, §10, §17; 004 §13.15)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.annual import annual_result, annual_results
from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.deadlines import annual_deadline, appeal_window_end, notice_deadline, quarter_deadline
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.evaluation import (
    Evaluation,
    EvaluationStatus,
    NoticeMethod,
    compute,
    finalise,
    receive,
    record_notice,
    sign,
    validate_input,
)
from desktop_app.domain.methodology.entries import BonusEntry
from tests.evaluation_support import FORM1, FORM2, methodology_001

D = Decimal
M = methodology_001()


def test_3_99_is_proper_and_4_00_is_effective() -> None:
    # 001 §7: 4–5 effective, 3–3.99 proper.
    assert compute(M, FORM2, {"overall": D("3.99")}).grade.name_ru == "надлежащим образом"
    assert compute(M, FORM2, {"overall": D("4.00")}).grade.name_ru == "эффективно"
    assert compute(M, FORM2, {"overall": D("1.99")}).grade.is_unsatisfactory
    assert not compute(M, FORM2, {"overall": D("2")}).grade.is_unsatisfactory


def test_criteria_mean_explained_and_rounded_half_up() -> None:
    out = compute(M, FORM1, {"quality": D(4), "timeliness": D(4), "initiative": D(3)})
    assert out.score == D("3.67")
    text = " ".join(m.render() for m in out.lines)
    assert "Сапа: 4" in text and "3,67" in text and "Methodology, item 7" in text
    # Rendered in Russian (the translation answers "ru" to the language marker): the Russian names.
    ru = " ".join(m.render(lambda c, t: "ru" if c == "RuleHelp" else t) for m in out.lines)
    assert "Качество: 4" in ru and "Сапа" not in ru


def test_a_score_out_of_range_names_the_criterion_not_its_key() -> None:
    from desktop_app.domain.evaluation import validate_input

    with pytest.raises(ValidationError) as err:
        validate_input(FORM1, "quality", "6")
    ru = err.value.render(lambda c, t: "ru" if c == "RuleHelp" else t)
    assert "(Качество)" in ru and "quality" not in ru
    assert "(Сапа)" in err.value.render()
    with pytest.raises(ValidationError) as err:
        validate_input(FORM2, "overall", "6")
    assert "(overall score)" in err.value.render() and "(overall)" not in err.value.render()


def test_missing_criteria_give_no_score_yet() -> None:
    out = compute(M, FORM1, {"quality": D(5)})
    assert out.score is None and out.missing == ["timeliness", "initiative"]


@pytest.mark.parametrize("typed", ["5.01", "-1", "abc", "6", "nan"])
def test_out_of_range_input_is_refused_with_a_message(typed: str) -> None:
    with pytest.raises(ValidationError) as e:
        validate_input(FORM2, "overall", typed)
    assert "0" in e.value.render() and "5" in e.value.render()


def test_comma_decimal_is_accepted() -> None:
    assert validate_input(FORM2, "overall", "3,5") == D("3.5")


def test_bonus_entries_back_the_score_without_changing_it() -> None:
    out = compute(M, FORM2, {"overall": D(4)}, [BonusEntry("b5", 2, evidence="№ 12, 14.04.2026")])
    assert out.score == D(4) and out.points.bonus == D(10)


def _ev(**kw) -> Evaluation:
    return Evaluation(1, 1, 10, 2, 2, **kw)


def test_states_draft_signed_received_final() -> None:
    cal = WorkCalendar()
    with pytest.raises(ValidationError):
        sign(_ev(), date(2026, 10, 5))          # no score yet
    ev = sign(_ev(score=D(4)), date(2026, 10, 5))
    assert ev.status is EvaluationStatus.SIGNED and ev.locked
    with pytest.raises(ValidationError):
        receive(ev, date(2026, 10, 4))          # before signing
    ev = receive(ev, date(2026, 10, 6))
    ends = appeal_window_end(cal, ev.received_on)
    assert ends == date(2026, 10, 13)           # 5 working days after Tue 6 Oct (001 §10)
    with pytest.raises(ValidationError) as e:
        finalise(ev, ends, ends)
    assert "13.10.2026" in e.value.render()
    assert finalise(ev, date(2026, 10, 14), ends).status is EvaluationStatus.FINAL


def test_a_sheet_moved_again_is_told_it_is_already_there_not_to_be_signed_first() -> None:
    """Marking a final sheet "received" said "only after the evaluator signed it" about a signed sheet."""
    ev = receive(sign(_ev(score=D(4)), date(2026, 10, 5)), date(2026, 10, 6))
    with pytest.raises(ValidationError) as e:
        receive(ev, date(2026, 10, 7))
    assert e.value.render() == "The evaluee has already received this result."
    final = finalise(ev, date(2026, 10, 14), date(2026, 10, 13))
    with pytest.raises(ValidationError) as e:
        receive(final, date(2026, 10, 15))
    assert e.value.render() == "The evaluee has already received this result."
    with pytest.raises(ValidationError) as e:
        finalise(final, date(2026, 10, 15), date(2026, 10, 13))
    assert e.value.render() == "The result is already final."
    with pytest.raises(ValidationError) as e:   # a draft still gets the old, right answer
        receive(_ev(score=D(4)), date(2026, 10, 7))
    assert e.value.render() == "The result can be received only after the evaluator signed it."


def test_notice_of_a_dismissed_evaluee_is_their_receipt() -> None:
    ev = sign(_ev(score=D(3), without_participation=True), date(2026, 10, 5))
    ev = record_notice(ev, NoticeMethod.REGISTERED_LETTER, date(2026, 10, 9), "№ 45")
    assert ev.status is EvaluationStatus.RECEIVED and ev.received_on == date(2026, 10, 9)
    with pytest.raises(ValidationError):
        record_notice(_ev(score=D(3)), NoticeMethod.SMS, date(2026, 10, 9))


def test_deadlines_move_to_the_next_working_day() -> None:
    cal = WorkCalendar()
    # 20 Dec 2026 is a Sunday → Mon 21 Dec (004 §13.15); 20 Oct 2026 is a Tuesday.
    assert quarter_deadline(cal, 2026, 3) == date(2026, 10, 20)
    assert quarter_deadline(cal, 2027, 3) == date(2027, 10, 20)
    assert quarter_deadline(cal, 2026, 4) == date(2027, 1, 20)
    assert quarter_deadline(WorkCalendar({date(2026, 10, 20): False}), 2026, 3) == date(2026, 10, 21)
    # 30 Jan 2027 is a Saturday → Mon 1 Feb 2027 (001 §4).
    assert annual_deadline(cal, 2026) == date(2027, 2, 1)
    # Notice to the dismissed within the month after the quarter (001 §9): 31 Oct 2026 is a Saturday.
    assert notice_deadline(cal, 2026, 3) == date(2026, 11, 2)


def test_a_year_with_three_evaluated_quarters_is_their_mean() -> None:
    r = annual_result(M, 10, 2026, {1: D(4), 2: D(3), 4: D("3.5")})
    assert r.mean == D("3.50") and sorted(r.quarter_scores) == [1, 2, 4]
    assert r.grade.name_ru == "надлежащим образом"


def test_annual_mean_3_995_rounds_to_effective() -> None:
    r = annual_result(M, 10, 2026, {1: D("3.99"), 2: D(4)})
    assert r.mean == D("4.00") and r.grade.name_ru == "эффективно"


def test_two_unsatisfactory_years_in_a_row_warn() -> None:
    scores = {2025: {10: {1: D(1), 2: D("1.5")}, 11: {1: D(1)}},
              2026: {10: {1: D(1), 2: D(2), 3: D("1.8")}, 11: {1: D(4)}, 12: {1: D(1)}}}
    res = annual_results({2025: M, 2026: M}, scores, 2026)
    assert res[10].two_years_warning            # 1.60 in 2026 after 1.25 in 2025
    assert not res[11].two_years_warning        # 2026 is effective
    assert res[12].unsatisfactory and not res[12].two_years_warning   # no 2025 result


def test_quarter_batch_totals_equal_the_calculator() -> None:
    from desktop_app.domain.evaluation import PointsCache
    from desktop_app.domain.methodology.calculator import calculate_points
    from desktop_app.domain.methodology.entries import PenaltyEntry

    cache = PointsCache(M)
    sheets = [([BonusEntry("b5", 2), BonusEntry("b1", 3), BonusEntry("b5", 1)], [PenaltyEntry("p1", 2)]),
              ([BonusEntry("b1", 1)], []), ([BonusEntry("b5", 2), BonusEntry("b1", 3), BonusEntry("b5", 1)], [])]
    for bonus, penalty in sheets:
        full = calculate_points(M, [*bonus, *penalty])
        assert cache.totals(bonus, penalty) == (full.bonus, full.penalty)
        out = compute(M, FORM2, {"overall": D(4)}, bonus, penalty, cache)
        assert out.totals == (full.bonus, full.penalty)
