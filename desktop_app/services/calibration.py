"""Appeals and calibration sessions: file, decide, compose, hear, vote, close (001 §10, §19–§23).

Each public method is one user action in one transaction: if a rule refuses it, nothing changes.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop_app.domain.appeal_deadlines import (
    AppealWindows,
    DeadlineState,
    Stage,
    appeal_deadlines,
    next_open_deadline,
)
from desktop_app.domain.calibration import (
    Appeal,
    ArgumentForm,
    CalibrationSession,
    Case,
    Member,
    Motion,
    Person,
    SessionStatus,
    check_score,
    check_vote,
    final_scores,
)
from desktop_app.domain.calibration_rules import composition_problems, default_composition, proposed_members
from desktop_app.domain.errors import BagalauError, NotFoundError, ValidationError
from desktop_app.domain.event_dates import SheetEvent, check_event_date
from desktop_app.domain.i18n import N_, Msg, Spelled, msg
from desktop_app.domain.quarters import quarter_bounds
from desktop_app.reports.labels import L
from desktop_app.services.calendar import CalendarService
from desktop_app.storage.calibration_repository import CalibrationRepository, EvaluationFacts, FeedbackMeeting
from desktop_app.storage.database import Store

if TYPE_CHECKING:
    from desktop_app.services.calibration_papers import CalibrationPapers
    from desktop_app.services.evaluation import EvaluationService
    from desktop_app.services.methodology import MethodologyService



@dataclass(frozen=True)
class AppealRow:
    """An appeal as the appeals page and the dashboard show it."""

    appeal: Appeal
    late: bool
    deadlines: list[DeadlineState]
    next_due: DeadlineState | None
    overdue: bool
    session_number: str = ""
    year: int = 0
    quarter: int = 0


class CalibrationService:
    def __init__(self, store: Store, calendar: CalendarService, evaluation: EvaluationService,
                 methodology: MethodologyService, windows: AppealWindows | None = None) -> None:
        """`evaluation` applies an adopted score and grades it; `methodology` gives the appeal windows of
        the version in force; `windows` fixes them instead (tests of a rule at its boundary)."""
        self.store = store
        self.calendar = calendar
        self.repo = CalibrationRepository(store)
        self.evaluation = evaluation
        self.methodology = methodology
        self._windows = windows

    def today(self) -> date:
        """The evaluation area's "today" (tests and the demo set their own), else the calendar's."""
        return self.evaluation.quarters.today() if self.evaluation is not None else date.today()

    @property
    def windows(self) -> AppealWindows:
        if self._windows is not None:
            return self._windows
        m = self.methodology.version_in_force(date.today())
        return AppealWindows.from_methodology(m.deadlines if m is not None else None)

    def grade(self, evaluation_id: int, score: float) -> L | None:
        """The grade of a score under the evaluation's methodology (001 §7), None when unknown."""
        facts = self.repo.evaluation(evaluation_id)
        if facts is None:
            return None
        try:
            band = self.evaluation.methodology_of(facts.quarter_id).grade_for(score)
        except BagalauError:
            return None
        return L(band.name_kk, band.name_ru)

    def order_act(self) -> str:
        """The act the organisation card says calls a session: "order" (default), "instruction", "decision"."""
        return self.repo.organisation_card()["order_act"] or "order"

    @property
    def papers(self) -> CalibrationPapers:
        """The printable papers (protocol, order, memo) of this office's sessions."""
        from desktop_app.services.calibration_papers import CalibrationPapers

        return CalibrationPapers(self)

    # -- appeals --------------------------------------------------------------------------------
    def appeals(self, today: date) -> list[AppealRow]:
        cal = self.calendar.calendar()
        sessions: dict[int, CalibrationSession | None] = {}
        out = []
        for a in self.repo.appeals():
            s = None
            if a.session_id is not None:
                if a.session_id not in sessions:
                    sessions[a.session_id] = self.repo.session(a.session_id, {})
                s = sessions[a.session_id]
            states = appeal_deadlines(
                cal, a.result_received_on, a.filed_on, decided_on=a.decided_on,
                held_on=s.held_on if s and s.status is SessionStatus.CLOSED else None,
                signed_on=s.signed_on if s else None, posted_on=s.posted_on if s else None, w=self.windows)
            late = states[0].overdue(a.filed_on)
            nxt = None if a.late_accepted is False else next_open_deadline(states)   # refused: nothing due
            ev = self.repo.evaluation(a.evaluation_id)
            out.append(AppealRow(a, late, states, nxt, bool(nxt and nxt.overdue(today)),
                                 s.number if s else "", ev.year if ev else 0, ev.quarter if ev else 0))
        return out

    def due_items(self, today: date) -> list[Any]:
        """Dashboard lines (services.dashboard.DueItem, page "appeals") for every open appeal step:
        a late appeal awaiting a decision (§10), decision and members (§19), session (§20), posting (§22)."""
        from desktop_app.services.dashboard import DueItem

        out = []
        for row in self.appeals(today):
            a = row.appeal
            if row.late and a.late_accepted is None:
                out.append(DueItem("warning", msg(N_("msg", "Appeal: {name} — filed late; decide whether to hear it."),
                                                     name=a.appellant),
                                   a.filed_on, "appeals"))
                continue
            nxt = row.next_due
            if nxt is None:
                continue
            level = "overdue" if nxt.overdue(today) else ("soon" if (nxt.due - today).days <= 3 else "info")
            text = {
                Stage.DECIDE: msg(N_("msg", "Appeal: {name} — decide on the session and its members by {due} (Methodology, item 19)."),
                                  name=a.appellant, due=nxt.due.strftime("%d.%m.%Y")),
                Stage.HOLD: msg(N_("msg", "Appeal: {name} — hold the calibration session by {due} (Methodology, item 20)."),
                                name=a.appellant, due=nxt.due.strftime("%d.%m.%Y")),
                Stage.POST: msg(N_("msg", "Protocol No. {number}: post it in the information system by {due} (Methodology, item 22)."),
                                number=row.session_number, due=nxt.due.strftime("%d.%m.%Y")),
            }.get(nxt.stage)
            if text is not None:
                out.append(DueItem(level, text, nxt.due, "appeals"))
        return out

    def appealable(self) -> list[tuple[EvaluationFacts, Spelled]]:
        """Results that can be appealed: received by the evaluee, with the evaluee's name."""
        return self.repo.appealable()

    def file_appeal(self, evaluation_id: int, filed_on: date, text: str = "", scan_path: str = "",
                    received_on: date | None = None) -> int:
        """Register an appeal (001 §10). A late one is kept and flagged for the specialist's decision."""
        with self.store.atomic():
            ev = self.repo.evaluation(evaluation_id)
            if ev is None:
                raise NotFoundError(msg(N_("msg", "Evaluation {id} does not exist."), id=evaluation_id))
            received = received_on or ev.received_on
            if received is None:
                raise ValidationError(msg(N_("msg", "Enter the date the result was received.")), field="received_on")
            # Dates that cannot lie (domain/event_dates.py; 001 §4, §10): none in the future, none before the
            # quarter ended; a closed quarter takes no new appeal until it is reopened.
            q_end = quarter_bounds(ev.year, ev.quarter)[1]
            check_event_date(SheetEvent.RECEIVED, received, self.today(), q_end, field="received_on")
            check_event_date(SheetEvent.APPEAL, filed_on, self.today(), q_end, field="filed_on")
            if self.evaluation is not None:
                self.evaluation.quarters.check_not_closed(self.evaluation.quarters.quarter(ev.quarter_id))
            if filed_on < received:
                raise ValidationError(msg(N_("msg", "An appeal cannot be filed before the result was received.")),
                                      field="filed_on")
            if not text.strip() and not scan_path.strip():
                raise ValidationError(msg(N_("msg", "Enter the text of the appeal or the path of its scan.")),
                                      field="text")
            original = ev.original_score if ev.original_score is not None else ev.score
            return self.repo.insert_appeal(Appeal(None, evaluation_id, ev.employee_id, ev.evaluator_id or 0,
                                                  received, filed_on, text.strip(), scan_path.strip(), original))

    def decide_late(self, appeal_id: int, accept: bool) -> None:
        """The specialist's decision on an appeal filed after the §10 window."""
        with self.store.atomic():
            self._appeal(appeal_id)
            self.repo.update_appeal(appeal_id, late_accepted=int(accept))

    def delete_appeal(self, appeal_id: int) -> None:
        with self.store.atomic():
            a = self._appeal(appeal_id)
            if a.session_id is not None:
                raise ValidationError(msg(N_("msg", "The appeal is in a session; remove it from the session first.")))
            self.repo.delete_appeal(appeal_id)

    def _appeal(self, appeal_id: int) -> Appeal:
        a = self.repo.appeal(appeal_id)
        if a is None:
            raise NotFoundError(msg(N_("msg", "Appeal {id} does not exist."), id=appeal_id))
        return a

    # -- sessions -------------------------------------------------------------------------------
    def people(self, day: date) -> list[Person]:
        return list(self.repo.people(day).values())

    def proposed(self, appeal_ids: Sequence[int], day: date) -> list[Person]:
        """Candidates in the order §19 suggests: HR officers, evaluators of other units, then the rest."""
        people = self.repo.people(day)
        appeals = [self._appeal(i) for i in appeal_ids]
        cases = [_bare_case(a) for a in appeals]
        units = [people[a.evaluator_id].unit_id for a in appeals if a.evaluator_id in people]
        return proposed_members(people.values(), cases, units)

    def default_members(self, appeal_ids: Sequence[int], day: date, size: int = 3) -> list[Member]:
        people = self.repo.people(day)
        appeals = [self._appeal(i) for i in appeal_ids]
        units = [people[a.evaluator_id].unit_id for a in appeals if a.evaluator_id in people]
        return default_composition(people.values(), [_bare_case(a) for a in appeals], size, units)

    def set_hr_officer(self, employee_id: int, is_hr: bool) -> None:
        with self.store.atomic():
            self.repo.set_hr_officer(employee_id, is_hr)

    def missed_deadlines(self, appeal_ids: Sequence[int], decided_on: date, held_on: date) -> list[Msg]:
        """The appeal deadlines a new session misses: the decision and members within 3 working days of the
        appeal (001 §19), the session within 10 (001 §20). A missed deadline does not cancel the session
        (the appeal must still be heard), so these are warnings, one per appeal and deadline."""
        cal = self.calendar.calendar()
        out: list[Msg] = []
        for a in (self._appeal(i) for i in appeal_ids):
            due = {s.stage: s.due for s in appeal_deadlines(cal, a.result_received_on, a.filed_on, w=self.windows)}
            if decided_on > due[Stage.DECIDE]:
                out.append(msg(N_("msg", "Appeal: {name} — the decision to hold the session was due by {due} "
                                         "(Methodology, item 19); it is taken on {day}."),
                               name=a.appellant, due=due[Stage.DECIDE].strftime("%d.%m.%Y"),
                               day=decided_on.strftime("%d.%m.%Y")))
            if held_on > due[Stage.HOLD]:
                out.append(msg(N_("msg", "Appeal: {name} — the session was due by {due} (Methodology, item 20); "
                                         "it is held on {day}."),
                               name=a.appellant, due=due[Stage.HOLD].strftime("%d.%m.%Y"),
                               day=held_on.strftime("%d.%m.%Y")))
        return out

    def create_session(self, appeal_ids: Sequence[int], members: Sequence[Member], held_on: date, place: str,
                       decided_on: date, order_number: str = "", order_date: date | None = None,
                       place_ru: str = "") -> int:
        """Decision to hold a session and its approved members (001 §19); the protocol gets the next number
        of the year's register."""
        with self.store.atomic():
            if not appeal_ids:
                raise ValidationError(msg(N_("msg", "Choose at least one appeal for the session.")))
            appeals = [self._appeal(i) for i in appeal_ids]
            for a in appeals:
                if a.session_id is not None:
                    raise ValidationError(msg(N_("msg", "Appeal: {name} — already in a session."),
                                              name=a.appellant))
                cal = self.calendar.calendar()
                late = appeal_deadlines(cal, a.result_received_on, a.filed_on, w=self.windows)[0].overdue(a.filed_on)
                if late and a.late_accepted is not True:
                    raise ValidationError(msg(N_("msg", "Appeal: {name} — filed late; decide whether to hear it."),
                                              name=a.appellant))
            problems = composition_problems(list(members), [_bare_case(a) for a in appeals])
            if problems:
                raise ValidationError(problems, field="members")
            year = held_on.year
            sid = self.repo.insert_session(year, self.repo.next_number(year), held_on, place.strip())
            self.repo.update_session(sid, order_number=order_number.strip(), order_date=order_date or decided_on,
                                     place_ru=place_ru.strip())
            self.repo.replace_members(sid, list(members))
            for a in appeals:
                self.repo.update_appeal(a.id or 0, session_id=sid, decided_on=decided_on)
            return sid

    def sessions(self) -> list[CalibrationSession]:
        people = self.repo.people(date.today())
        return [s for s in (self.repo.session(i, people) for i in self.repo.session_ids()) if s is not None]

    def session(self, session_id: int) -> CalibrationSession:
        people = self.repo.people(date.today())
        s = self.repo.session(session_id, people)
        if s is None:
            raise NotFoundError(msg(N_("msg", "Calibration session {id} does not exist."), id=session_id))
        return s

    def _open(self, session_id: int) -> CalibrationSession:
        s = self.session(session_id)
        if s.status is SessionStatus.CLOSED:
            raise ValidationError(msg(N_("msg", "The session is closed; its protocol can no longer change.")))
        return s

    def update_session(self, session_id: int, held_on: date, place: str, members: Sequence[Member],
                       place_ru: str | None = None) -> None:
        """`place_ru` None keeps the Russian place as it is."""
        with self.store.atomic():
            s = self._open(session_id)
            problems = composition_problems(list(members), list(s.cases))
            if problems:
                raise ValidationError(problems, field="members")
            self.repo.update_session(session_id, held_on=held_on, place=place.strip())
            if place_ru is not None:
                self.repo.update_session(session_id, place_ru=place_ru.strip())
            self.repo.replace_members(session_id, list(members))

    def set_case(self, appeal_id: int, evaluator_argument: str, appellant_argument: str, form: ArgumentForm,
                 motions: Sequence[Motion], evaluator_argument_ru: str | None = None,
                 appellant_argument_ru: str | None = None) -> None:
        """The arguments (001 §22) and the motions. Changing the motions clears the case's votes.
        The `_ru` arguments (None = keep) are the Russian text for the Russian copy of the protocol."""
        with self.store.atomic():
            a = self._appeal(appeal_id)
            if a.session_id is None:
                raise ValidationError(msg(N_("msg", "The appeal is not in a session yet.")))
            s = self._open(a.session_id)
            case = next(c for c in s.cases if c.appeal.id == appeal_id)
            for m in motions:
                if m.new_score is not None:
                    check_score(m.new_score)
            self.repo.update_appeal(appeal_id, evaluator_argument=evaluator_argument.strip(),
                                    appellant_argument=appellant_argument.strip(), appellant_form=form.value)
            for column, text in (("evaluator_argument_ru", evaluator_argument_ru),
                                 ("appellant_argument_ru", appellant_argument_ru)):
                if text is not None:
                    self.repo.update_appeal(appeal_id, **{column: text.strip()})
            if tuple(motions) != case.motions:
                self.repo.replace_motions(appeal_id, list(motions))
                # a reworded reasoning (or its Russian text) keeps the votes; another choice clears them
                if [(m.new_score, m.proposed_by) for m in motions] != \
                        [(m.new_score, m.proposed_by) for m in case.motions]:
                    self.repo.replace_votes(appeal_id, {})

    def vote(self, appeal_id: int, employee_id: int, motion: int | None) -> None:
        """Record (or withdraw, with None) one member's vote on a case."""
        with self.store.atomic():
            a = self._appeal(appeal_id)
            s = self._open(a.session_id or 0)
            case = next(c for c in s.cases if c.appeal.id == appeal_id)
            votes = dict(case.votes)
            if motion is None:
                votes.pop(employee_id, None)
            else:
                check_vote(s, case, employee_id, motion)
                votes[employee_id] = motion
            self.repo.replace_votes(appeal_id, votes)

    def close_session(self, session_id: int, signed_on: date) -> dict[int, float]:
        """Adopt each case's majority motion (001 §22); the adopted score becomes the evaluation's score
        and the original is kept. Refused with the reasons while a case has no majority."""
        with self.store.atomic():
            s = self._open(session_id)
            scores = final_scores(s)
            if signed_on < (s.held_on or signed_on):
                raise ValidationError(msg(N_("msg", "The protocol cannot be signed before the session was held.")))
            for case in s.cases:
                aid = case.appeal.id or 0
                new = scores[aid]
                self.repo.update_appeal(aid, final_score=new)
                if abs(new - case.original_score) > 1e-9:
                    reason = (f"Калибрлеу сессиясының хаттамасы / Протокол калибровочной сессии № {s.number}, "
                              f"{signed_on.strftime('%d.%m.%Y')}")
                    # keeps the original, regrades, records history
                    self.evaluation.apply_calibrated_score(case.appeal.evaluation_id, new, reason)
            self.repo.update_session(session_id, status=SessionStatus.CLOSED.value, signed_on=signed_on)
            return scores

    def mark_posted(self, session_id: int, posted_on: date) -> None:
        """The protocol was posted in the information system (001 §22)."""
        with self.store.atomic():
            self.session(session_id)
            self.repo.update_session(session_id, posted_on=posted_on)

    # -- feedback (001 §23) ---------------------------------------------------------------------
    def feedback(self, appeal_id: int) -> FeedbackMeeting | None:
        return self.repo.feedback(appeal_id)

    def save_feedback(self, meeting: FeedbackMeeting) -> None:
        with self.store.atomic():
            a = self._appeal(meeting.appeal_id)
            if a.final_score is None:
                raise ValidationError(msg(N_("msg", "The feedback meeting follows the session's decision (Methodology, item 23).")))
            self.repo.save_feedback(meeting)


def _bare_case(a: Appeal) -> Case:
    return Case(a, a.original_score or 0.0)
