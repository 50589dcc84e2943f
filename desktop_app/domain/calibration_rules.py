"""Who may sit in a calibration session (seed 001 §19) and who is proposed.

§19: the composition has an odd number of members, at least three; the person who disagrees with the
score and the person who gave it are not included in "the specific session"; evaluators (other than the
one whose score is reviewed) and an HR officer are included. Seed 003 §59 states the same principle for
appeals on state bodies: the commission excludes those who took part in the evaluation.

Several appeals may be heard in one sitting. We read "the specific session" per case: the evaluator of
case A may sit while case B is heard, but is recused from case A; the body that decides each case —
the members less that case's evaluator — must still have at least three. §19's odd number is a rule on
the composition the official approves; a recusal may leave an even body for one case, where a tie adopts
nothing (see domain/calibration.py on the majority). With a single case this is exactly §19: its
evaluator cannot be a member. An appellant never sits.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from desktop_app.domain.calibration import Case, Member, Person, Role
from desktop_app.domain.i18n import N_, Msg, Plural, msg

MIN_MEMBERS = 3  # 001 §19


def composition_problems(members: Sequence[Member], cases: Sequence[Case]) -> list[Msg]:
    """Every reason the composition breaks §19; an empty list means it is valid."""
    problems: list[Msg] = []
    n = len(members)
    if n < MIN_MEMBERS:
        problems.append(msg(N_("msg", "A calibration session needs at least 3 members, it has {n}."), n=n))
    elif n % 2 == 0:
        problems.append(msg(N_("msg", "A calibration session must have an odd number of members, it has {n}."),
                            n=n))
    ids = Counter(m.employee_id for m in members)
    for emp_id, count in ids.items():
        if count > 1:
            name = next(m.person.spelled for m in members if m.employee_id == emp_id)
            problems.append(msg(N_("msg", "{name} is listed more than once."), name=name))
    roles = Counter(m.role for m in members)
    if roles[Role.CHAIR] != 1:
        problems.append(msg(N_("msg", "The session needs exactly one chair.")))
    if roles[Role.SECRETARY] != 1:
        problems.append(msg(N_("msg", "The session needs exactly one secretary.")))
    if not any(m.person.is_hr for m in members):
        problems.append(msg(N_("msg", "An officer of the HR service must be a member (Methodology, item 19).")))
    by_id = {m.employee_id: m for m in members}
    appellants = {c.appeal.appellant_id for c in cases}
    for emp_id in sorted(appellants & by_id.keys()):
        problems.append(msg(N_("msg", "{name} disagrees with their own score and cannot be a member (Methodology, item 19)."),
                            name=by_id[emp_id].person.spelled))
    for case in cases:
        problems.extend(_case_problems(members, case, by_id, appellants))
    return problems


def _case_problems(members: Sequence[Member], case: Case, by_id: dict[int, Member],
                   appellants: set[int]) -> list[Msg]:
    evaluator = case.appeal.evaluator_id
    if evaluator not in by_id:
        return []
    name = by_id[evaluator].person.spelled
    if len(appellants) <= 1:
        return [msg(N_("msg", "{name} gave the disputed score and cannot be a member (Methodology, item 19)."), name=name)]
    if len(members) >= MIN_MEMBERS and len(by_id) == len(members):
        voters = [m for m in members if m.employee_id not in case.recused and m.employee_id not in appellants]
        if len(voters) < MIN_MEMBERS:
            return [msg(N_("msg", "Without {name}, who scored {appellant}, only {members} decide that case."),
                        name=name, appellant=case.appeal.appellant,
                        members=Plural(len(voters), N_("Plural", "{n} member(s)")))]
    if by_id[evaluator].role is not Role.MEMBER:
        return [msg(N_("msg", "{name} gave a disputed score and cannot chair the session or keep its minutes."),
                    name=name)]
    return []


def proposed_members(candidates: Iterable[Person], cases: Sequence[Case],
                     evaluator_units: Iterable[int | None] = ()) -> list[Person]:
    """Who to offer first (§19): HR officers, then evaluators of other units; never an appellant
    or the evaluator of a case. `evaluator_units` are the units of the disputed evaluators."""
    excluded = {pid for c in cases for pid in c.recused}
    other_units = set(evaluator_units)
    pool = [p for p in candidates if p.employee_id not in excluded]
    hr = [p for p in pool if p.is_hr]
    evaluators = [p for p in pool if p.is_evaluator and not p.is_hr and p.unit_id not in other_units]
    same_unit = [p for p in pool if p.is_evaluator and not p.is_hr and p.unit_id in other_units]
    return hr + evaluators + same_unit


def default_composition(candidates: Iterable[Person], cases: Sequence[Case], size: int = 3,
                        evaluator_units: Iterable[int | None] = ()) -> list[Member]:
    """A valid starting composition: an evaluator of another unit chairs, an HR officer keeps the minutes,
    the other places go to evaluators of other units (then anyone eligible)."""
    people = proposed_members(candidates, cases, evaluator_units)
    hr = [p for p in people if p.is_hr][:1]
    others = [p for p in people if p not in hr]
    others.sort(key=lambda p: (p.is_hr, not p.is_evaluator))       # stable: keeps the §19 order otherwise
    rest = others[: max(size - len(hr), 0)]
    members = [Member(p, Role.CHAIR if i == 0 else Role.MEMBER) for i, p in enumerate(rest)]
    members[1:1] = [Member(p, Role.SECRETARY) for p in hr]
    return members
