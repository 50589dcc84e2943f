"""Composition (001 §19) and majority (001 §22) of a calibration session."""
from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.calibration import (
    Appeal,
    CalibrationSession,
    Case,
    Member,
    Motion,
    Person,
    Role,
    check_vote,
    closing_problems,
    final_scores,
    tally,
)
from desktop_app.domain.calibration_rules import composition_problems, default_composition, proposed_members
from desktop_app.domain.errors import ValidationError

HR = Person(1, "Әлиева Г.", unit_id=10, is_hr=True)
E2 = Person(2, "Сейітов А.", unit_id=20, is_evaluator=True)
E3 = Person(3, "Нұрланова Ж.", unit_id=30, is_evaluator=True)
E4 = Person(4, "Қасымов Б.", unit_id=40, is_evaluator=True)
E5 = Person(5, "Ержанов Д.", unit_id=50, is_evaluator=True)
APPELLANT = Person(8, "Омарова С.", unit_id=20)
EVALUATOR = Person(9, "Төлеуов Қ.", unit_id=20, is_evaluator=True)   # gave the disputed score
APPELLANT_B = Person(6, "Исаев Т.", unit_id=30)


def appeal(aid: int = 1, appellant: Person = APPELLANT, evaluator: Person = EVALUATOR) -> Appeal:
    return Appeal(aid, 100 + aid, appellant.employee_id, evaluator.employee_id, date(2026, 10, 9),
                  date(2026, 10, 12), appellant_name=appellant.name, evaluator_name=evaluator.name)


CASE = Case(appeal(), 2.5)


def members(*people: Person) -> list[Member]:
    roles = [Role.CHAIR, Role.SECRETARY] + [Role.MEMBER] * len(people)
    return [Member(p, r) for p, r in zip(people, roles, strict=False)]


def texts(problems) -> str:
    return " | ".join(p.render() for p in problems)


def test_three_members_with_hr_chair_and_secretary_is_valid() -> None:
    assert composition_problems(members(E2, HR, E3), [CASE]) == []


@pytest.mark.parametrize("people, reason", [
    ((E2, HR), "at least 3"),
    ((E2, HR, E3, E4), "odd number"),
    ((E2, E3, E4), "HR service"),
    ((E2, HR, APPELLANT), "disagrees with their own score"),
    ((E2, HR, EVALUATOR), "gave the disputed score"),
])
def test_each_composition_rule_refuses_with_its_reason(people, reason) -> None:
    assert reason in texts(composition_problems(members(*people), [CASE]))


def test_roles_chair_and_secretary_are_required_once() -> None:
    ms = [Member(E2, Role.MEMBER), Member(HR, Role.MEMBER), Member(E3, Role.MEMBER)]
    t = texts(composition_problems(ms, [CASE]))
    assert "exactly one chair" in t and "exactly one secretary" in t
    ms = [Member(E2, Role.CHAIR), Member(HR, Role.CHAIR), Member(E3, Role.SECRETARY)]
    assert "exactly one chair" in texts(composition_problems(ms, [CASE]))


def test_the_same_person_twice_is_refused() -> None:
    assert "more than once" in texts(composition_problems(members(E2, HR, E2), [CASE]))


def test_evaluator_of_one_case_may_sit_for_another_if_three_remain_for_their_own() -> None:
    case_b = Case(appeal(2, APPELLANT_B, E5), 4.0)
    # Two cases: E5 evaluated case B and sits; case B is decided by the other four members.
    assert composition_problems(members(E2, HR, E3, E4, E5), [CASE, case_b]) == []
    # Three members of whom E5 is one: only two would decide case B -> refused with the reason.
    assert "only 2 member(s) decide that case" in texts(composition_problems(members(E2, HR, E5),
                                                                                [CASE, case_b]))
    # An evaluator of a case may not chair or keep the minutes of the session hearing it.
    assert "cannot chair" in texts(composition_problems(members(E5, HR, E2, E3, E4), [CASE, case_b]))


def test_a_case_whose_evaluator_sits_in_the_session_is_decided_without_them() -> None:
    case_a = Case(appeal(), 2.5, motions=(Motion(), Motion(3.0)), votes={1: 0, 2: 0, 3: 0, 4: 1, 5: 1})
    case_b = Case(appeal(2, APPELLANT_B, E5), 4.0, motions=(Motion(), Motion(3.0)),
                  votes={5: 1, 2: 1, 1: 1, 3: 0, 4: 0})
    session = CalibrationSession(1, held_on=date(2026, 10, 20), members=tuple(members(E2, HR, E3, E4, E5)),
                                 cases=(case_a, case_b))
    with pytest.raises(ValidationError, match="does not vote"):
        check_vote(session, case_b, 5, 0)
    check_vote(session, case_a, 5, 0)                     # E5 votes on the other case
    result = tally(session, case_b)                       # E5's vote is not counted: a 2–2 tie
    assert result.eligible == 4 and result.needed == 3 and result.counts == (2, 2) and not result.decided
    assert tally(session, case_a).adopted == 0
    assert "Исаев Т." in texts(closing_problems(session))


def test_majority_of_eligible_members_adopts_a_change_down() -> None:
    case = Case(appeal(), 4.5, motions=(Motion(), Motion(3.5)), votes={2: 1, 1: 1, 3: 0})
    session = CalibrationSession(1, held_on=date(2026, 10, 20), members=tuple(members(E2, HR, E3)), cases=(case,))
    result = tally(session, case)
    assert (result.eligible, result.needed, result.counts, result.adopted) == (3, 2, (1, 2), 1)
    assert case.motions[1].direction(4.5) == "down"
    assert final_scores(session) == {1: 3.5}


def test_a_tie_adopts_nothing_and_the_session_cannot_close() -> None:
    ms = members(E2, HR, E3, E4, E5)
    ms[4] = Member(E5, Role.MEMBER, present=False)
    case = Case(appeal(), 2.5, motions=(Motion(), Motion(3.0)), votes={2: 0, 1: 0, 3: 1, 4: 1})
    session = CalibrationSession(1, held_on=date(2026, 10, 20), members=tuple(ms), cases=(case,))
    assert tally(session, case).counts == (2, 2)
    assert "no motion is backed by a majority (3 of 5 votes)" in texts(closing_problems(session))
    with pytest.raises(ValidationError):
        final_scores(session)
    with pytest.raises(ValidationError, match="absent"):
        check_vote(session, case, 5, 1)


def test_three_motions_split_two_two_one_has_no_majority_then_a_vote_moves() -> None:
    motions = (Motion(), Motion(3.0), Motion(3.5))
    case = Case(appeal(), 2.5, motions=motions, votes={2: 0, 1: 0, 3: 1, 4: 1, 5: 2})
    session = CalibrationSession(1, held_on=date(2026, 10, 20), members=tuple(members(E2, HR, E3, E4, E5)),
                                 cases=(case,))
    assert not tally(session, case).decided
    moved = Case(case.appeal, 2.5, motions=motions, votes={2: 0, 1: 1, 3: 1, 4: 1, 5: 2})
    session = CalibrationSession(1, held_on=date(2026, 10, 20), members=session.members, cases=(moved,))
    assert tally(session, moved).adopted == 1 and motions[1].direction(2.5) == "up"
    assert closing_problems(session) == []
    assert final_scores(session) == {1: 3.0}


def test_the_picker_proposes_hr_and_evaluators_of_other_units_never_the_parties() -> None:
    same_unit_evaluator = Person(7, "Бір бөлім", unit_id=20, is_evaluator=True)
    pool = [APPELLANT, EVALUATOR, same_unit_evaluator, E3, HR, E2, Person(99, "Қатардағы", unit_id=30)]
    proposed = proposed_members(pool, [CASE], evaluator_units=[20])
    ids = [p.employee_id for p in proposed]
    assert ids[0] == HR.employee_id and 8 not in ids and 9 not in ids and 99 not in ids
    assert ids.index(3) < ids.index(7)    # other units first
    comp = default_composition(pool, [CASE], size=3, evaluator_units=[20])
    assert composition_problems(comp, [CASE]) == []
    assert {m.role for m in comp} == {Role.CHAIR, Role.SECRETARY, Role.MEMBER}
