"""Appeals against an evaluation result and the calibration sessions that hear them (seed 001 §10–§11, §18–§23).

An evaluee who disagrees with the result files an appeal (§10); the appointing official decides to hold
a calibration session and approves its members (§19); at the session the evaluator and the appellant argue,
the members back a motion — keep the score or change it up or down (§22) — and the motion backed by a
majority becomes the final score, recorded in a protocol (§22). The evaluator then holds a feedback
meeting (§23).

Majority (001 §22 "Итоговая оценка принимается большинством голосов членов калибровочной сессии"): we read
"of the members", not "of those voting": a motion is adopted when it is backed by MORE THAN HALF of the
members eligible to vote on the case (members of the session less the appellant and the evaluator of that
case), whether or not everyone was present or voted. So with 5 eligible members 3 votes are needed even if
only 4 came; a 2–2 tie or a 2–2–1 split adopts nothing, and the session cannot be closed until a motion
gets a majority. This is the stricter reading: a score is never changed by a minority of the body.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, Msg, Spelled, msg

SCORE_MIN = 0.0
SCORE_MAX = 5.0  # 001 §17: scores from 0 to 5


class Role(StrEnum):
    """A member's role in the session. Chair and secretary are members and vote like the others."""

    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"


class ArgumentForm(StrEnum):
    """001 §22: the evaluee argues their disagreement in writing or orally."""

    WRITTEN = "written"
    ORAL = "oral"


class SessionStatus(StrEnum):
    DRAFT = "draft"      # composition and cases being prepared
    CLOSED = "closed"    # every case decided by a majority; protocol can be signed and posted


@dataclass(frozen=True)
class Person:
    """Someone who may sit in a session: an employee, with what §19 needs to know about them."""

    employee_id: int
    name: str
    unit_id: int | None = None
    position: str = ""
    is_hr: bool = False          # works in the HR service / кадровая служба (§19 must be included)
    is_evaluator: bool = False   # evaluates others this quarter (§19 evaluators are proposed)
    name_ru: str = ""            # Russian spelling where it differs (for the Russian protocol)
    position_ru: str = ""

    @property
    def spelled(self) -> Spelled:
        return Spelled(self.name, self.name_ru)

    def name_in(self, lang: str) -> str:
        return self.spelled.get(lang)

    def position_in(self, lang: str) -> str:
        return Spelled(self.position, self.position_ru).get(lang)


@dataclass(frozen=True)
class Member:
    person: Person
    role: Role = Role.MEMBER
    present: bool = True

    @property
    def employee_id(self) -> int:
        return self.person.employee_id


@dataclass(frozen=True)
class Appeal:
    """A free-form application for a calibration session (001 §10)."""

    id: int | None
    evaluation_id: int
    appellant_id: int
    evaluator_id: int
    result_received_on: date
    filed_on: date
    text: str = ""
    scan_path: str = ""
    original_score: float | None = None
    # 001 §10: filed after 5 working days -> the specialist decides whether to hear it anyway.
    late_accepted: bool | None = None
    decided_on: date | None = None      # §19: decision to hold a session and its members
    session_id: int | None = None
    final_score: float | None = None    # set when the session closes
    appellant_name: str = ""
    evaluator_name: str = ""
    appellant_name_ru: str = ""
    evaluator_name_ru: str = ""

    @property
    def appellant(self) -> Spelled:
        """The appellant's name in both spellings (a message renders it in its own language)."""
        return Spelled(self.appellant_name, self.appellant_name_ru)

    @property
    def evaluator(self) -> Spelled:
        return Spelled(self.evaluator_name, self.evaluator_name_ru)


@dataclass(frozen=True)
class Motion:
    """A proposal on a case: keep the score (new_score None) or change it to `new_score` (001 §22)."""

    new_score: float | None = None
    proposed_by: int | None = None   # employee id of the member who argued for it
    reasoning: str = ""
    reasoning_ru: str = ""           # the same in Russian, for the Russian copy of the protocol

    @property
    def keeps(self) -> bool:
        return self.new_score is None

    def score(self, original: float) -> float:
        return original if self.new_score is None else self.new_score

    def direction(self, original: float) -> str:
        """"keep", "up" or "down" — §22 allows a change either way."""
        if self.new_score is None or abs(self.new_score - original) < 1e-9:
            return "keep"
        return "up" if self.new_score > original else "down"


@dataclass(frozen=True)
class Case:
    """One appeal heard in a session, with its arguments, motions and the members' votes.

    `votes` maps a member's employee id to the index of the motion they back.
    """

    appeal: Appeal
    original_score: float
    evaluator_argument: str = ""
    appellant_argument: str = ""
    appellant_form: ArgumentForm = ArgumentForm.WRITTEN
    motions: tuple[Motion, ...] = ()
    votes: dict[int, int] = field(default_factory=dict)
    evaluator_argument_ru: str = ""     # the arguments in Russian, for the Russian copy of the protocol
    appellant_argument_ru: str = ""

    @property
    def recused(self) -> frozenset[int]:
        """Who may not vote on this case: the appellant and the evaluator (001 §19)."""
        return frozenset({self.appeal.appellant_id, self.appeal.evaluator_id})


@dataclass(frozen=True)
class CaseResult:
    eligible: int                       # members who may vote on the case
    needed: int                         # votes a motion needs: more than half of `eligible`
    counts: tuple[int, ...]             # votes per motion, in motion order
    adopted: int | None                 # index of the adopted motion, None without a majority

    @property
    def decided(self) -> bool:
        return self.adopted is not None


@dataclass(frozen=True)
class CalibrationSession:
    id: int | None
    number: str = ""                    # from the protocol register
    held_on: date | None = None
    place: str = ""
    members: tuple[Member, ...] = ()
    cases: tuple[Case, ...] = ()
    status: SessionStatus = SessionStatus.DRAFT
    order_number: str = ""              # распоряжение / өкім on holding it (001 §19)
    order_date: date | None = None
    signed_on: date | None = None       # protocol signed; §22 posting deadline runs from it
    posted_on: date | None = None
    place_ru: str = ""                  # the place in Russian, for the Russian copy of the papers

    def member(self, employee_id: int) -> Member | None:
        return next((m for m in self.members if m.employee_id == employee_id), None)


def eligible_voters(session: CalibrationSession, case: Case) -> list[Member]:
    """Members who may vote on `case`: all but its appellant and evaluator (001 §19)."""
    return [m for m in session.members if m.employee_id not in case.recused]


def majority_needed(eligible: int) -> int:
    """More than half of the eligible members (001 §22, see the module docstring)."""
    return eligible // 2 + 1


def tally(session: CalibrationSession, case: Case) -> CaseResult:
    """Count the votes of eligible members on a case and find the motion backed by a majority."""
    eligible_ids = {m.employee_id for m in eligible_voters(session, case)}
    counts = [0] * len(case.motions)
    for voter, motion in case.votes.items():
        if voter in eligible_ids and 0 <= motion < len(counts):
            counts[motion] += 1
    needed = majority_needed(len(eligible_ids))
    adopted = next((i for i, c in enumerate(counts) if c >= needed), None)
    return CaseResult(len(eligible_ids), needed, tuple(counts), adopted)


def check_score(score: float) -> None:
    if not SCORE_MIN <= score <= SCORE_MAX:
        raise ValidationError(msg(N_("msg", "A score must be from 0 to 5, got {score}"), score=score),
                              field="score")


def check_vote(session: CalibrationSession, case: Case, voter_id: int, motion: int) -> None:
    """Refuse a vote from someone who may not vote on the case (§19) or for a motion that does not exist."""
    member = session.member(voter_id)
    if member is None:
        raise ValidationError(msg(N_("msg", "Only a member of the session can vote.")))
    if voter_id in case.recused:
        raise ValidationError(msg(N_("msg", "{name} evaluated this case or filed it and does not vote on it."),
                                  name=member.person.spelled))
    if not member.present:
        raise ValidationError(msg(N_("msg", "{name} is marked absent and cannot vote."), name=member.person.spelled))
    if not 0 <= motion < len(case.motions):
        raise ValidationError(msg(N_("msg", "There is no such motion.")))


def closing_problems(session: CalibrationSession) -> list[Msg]:
    """Why the session cannot be closed yet: a case without a majority, no cases, no date."""
    problems: list[Msg] = []
    if session.held_on is None:
        problems.append(msg(N_("msg", "The date of the session is not set.")))
    if not session.cases:
        problems.append(msg(N_("msg", "The session has no case to hear.")))
    for case in session.cases:
        result = tally(session, case)
        if not case.motions:
            problems.append(msg(N_("msg", "The case of {name} has no motion."), name=case.appeal.appellant))
        elif not result.decided:
            problems.append(msg(
                N_("msg", "The case of {name}: no motion is backed by a majority ({needed} of {eligible} votes)."),
                name=case.appeal.appellant, needed=result.needed, eligible=result.eligible))
    return problems


def final_scores(session: CalibrationSession) -> dict[int, float]:
    """Adopted score per appeal id; raises with the reasons when a case has no majority."""
    problems = closing_problems(session)
    if problems:
        raise ValidationError(problems)
    out: dict[int, float] = {}
    for case in session.cases:
        result = tally(session, case)
        assert result.adopted is not None and case.appeal.id is not None
        out[case.appeal.id] = case.motions[result.adopted].score(case.original_score)
    return out
