"""Opening a quarter and keeping its roster: who is evaluated, by whom, on which form, and why.

One user action = one transaction. The roster is rebuilt from one in-memory staff snapshot
(domain.roster.build_roster); evaluations follow it: a new evaluee gets a draft, an excluded
employee's untouched draft is removed, a signed sheet is never removed by a rebuild.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from desktop_app.domain.deadlines import appeal_window_end
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.evaluation import Evaluation, EvaluationStatus
from desktop_app.domain.external_evaluator import ExternalEvaluator, checked
from desktop_app.domain.i18n import N_, Msg, Spelled, Translate, msg
from desktop_app.domain.methodology.model import Methodology
from desktop_app.domain.quarter_close import (
    AppealState,
    CloseProblem,
    SheetState,
    close_problems,
    closed_msg,
    reopen_reason,
)
from desktop_app.domain.reasons import MATTERS, reason_lines
from desktop_app.domain.roster import (
    RosterDecision,
    RosterOverride,
    RosterStatus,
    build_roster,
    evaluee_counts,
    quarter_bounds,
)
from desktop_app.domain.roster_reasons import (
    acting_msg,
    overloaded_msg,
    provisional_msg,
    reason_msg,
    rule_msg,
)
from desktop_app.domain.staff import Employee, StaffSnapshot
from desktop_app.services.calendar import CalendarService
from desktop_app.storage.audit import audit_reason
from desktop_app.storage.database import Store
from desktop_app.storage.evaluation_repository import EvaluationRepository
from desktop_app.storage.external_evaluator_repository import ExternalEvaluatorRepository
from desktop_app.storage.quarter_close_repository import QuarterCloseRepository
from desktop_app.storage.quarter_repository import OverrideRecord, QuarterRepository, QuarterRow

InForce = Callable[[date], Methodology | None]
ById = Callable[[int], Methodology | None]


@dataclass(frozen=True)
class RosterLine:
    """A roster decision with the names the roster page shows."""

    decision: RosterDecision
    employee: Employee
    position_kk: str
    position_ru: str
    category: str
    unit_kk: str
    unit_ru: str
    evaluator: Employee | None
    reason: Msg
    rule: Msg
    notes: list[Msg] = field(default_factory=list)
    history: list[OverrideRecord] = field(default_factory=list)

    @property
    def needs_evaluator(self) -> bool:
        """Included with nobody to evaluate: the page offers to set the outside evaluator (001 §16)."""
        return self.decision.included and not self.decision.has_evaluator

    def evaluator_label(self, lang: str) -> str:
        if self.evaluator is not None:
            return self.evaluator.full_name(lang)
        return self.decision.external.label(lang) if self.decision.external is not None else ""


class QuarterService:
    def __init__(self, store: Store, calendar: CalendarService, in_force: InForce, by_id: ById) -> None:
        self.store = store
        self.calendar = calendar
        self.quarters_repo = QuarterRepository(store)
        self.evaluations_repo = EvaluationRepository(store)
        self._in_force = in_force
        self._by_id = by_id
        # The day "today" is for the date rules (event_dates.py) and the running-quarter roster; tests and
        # the demo office set their own.
        self.today: Callable[[], date] = date.today
        self.close_repo = QuarterCloseRepository(store)
        self.external_repo = ExternalEvaluatorRepository(store)

    # -- quarters -------------------------------------------------------------------------------
    def quarters(self) -> list[QuarterRow]:
        return self.quarters_repo.quarters()

    def not_closed(self, year: int, today: date) -> list[int]:
        """The quarters of `year` whose results are not final yet (001 §4: the annual result is the mean of
        the closed quarters): opened and still open, or not over yet. An office that started mid-year never
        opens the quarters before it, so a past quarter never opened does not count."""
        quarters = [q for q in self.quarters() if q.year == year]
        known = {q.quarter for q in quarters}
        return sorted([q.quarter for q in quarters if q.status != "final"]
                      + [n for n in (1, 2, 3, 4) if n not in known and quarter_bounds(year, n)[1] >= today])

    def quarter(self, quarter_id: int) -> QuarterRow:
        q = self.quarters_repo.quarter(quarter_id)
        if q is None:
            raise NotFoundError(msg(N_("msg", "The quarter no longer exists.")))
        return q

    def find(self, year: int, quarter: int) -> QuarterRow | None:
        return self.quarters_repo.find_quarter(year, quarter)

    def methodology(self, q: QuarterRow) -> Methodology:
        m = self._by_id(q.methodology_id) if q.methodology_id is not None else None
        if m is None:
            m = self._in_force(quarter_bounds(q.year, q.quarter)[0])
        if m is None:
            raise ValidationError(msg(N_("msg", "No methodology is in force for {quarter} quarter {year}: "
                                             "add one first."), quarter=q.quarter, year=q.year))
        return m

    def open_quarter(self, year: int, quarter: int) -> QuarterRow:
        """Open a quarter under the methodology in force on its first day and build its roster."""
        if not 2000 <= year <= 2100 or quarter not in (1, 2, 3, 4):
            raise ValidationError(msg(N_("msg", "A quarter is a year and a number from 1 to 4.")))
        with self.store.atomic():
            if self.quarters_repo.find_quarter(year, quarter) is not None:
                raise ValidationError(msg(N_("msg", "Quarter {quarter} of {year} is already open."),
                                          quarter=quarter, year=year))
            m = self._in_force(quarter_bounds(year, quarter)[0])
            if m is None:
                raise ValidationError(msg(N_("msg", "No methodology is in force for {quarter} quarter {year}: "
                                                 "add one first."), quarter=quarter, year=year))
            qid = self.quarters_repo.insert_quarter(year, quarter, m.id)
            self._rebuild(qid)
            return self.quarter(qid)

    def rebuild_roster(self, quarter_id: int) -> list[RosterDecision]:
        """Re-read the staff facts (new appointments, absences, dismissals) into the roster."""
        with self.store.atomic():
            return self._rebuild(quarter_id)

    def _rebuild(self, quarter_id: int, snapshot: StaffSnapshot | None = None) -> list[RosterDecision]:
        q = self.quarter(quarter_id)
        self.check_not_closed(q)
        snap = snapshot or self.quarters_repo.snapshot()
        decisions = build_roster(snap, self.calendar.calendar(), q.year, q.quarter,
                                 overrides=self.quarters_repo.overrides(quarter_id), today=self.today(),
                                 external=self.external_repo.all())
        self.quarters_repo.replace_roster(quarter_id, decisions)
        self._sync_evaluations(quarter_id, decisions)
        return decisions

    def _sync_evaluations(self, quarter_id: int, decisions: list[RosterDecision]) -> None:
        existing = {e.employee_id: e for e in self.evaluations_repo.evaluations(quarter_id)}
        new: list[Evaluation] = []
        for d in decisions:
            ev = existing.pop(d.employee_id, None)
            if not d.included:
                if ev is not None:
                    existing[d.employee_id] = ev   # handled below
                continue
            wp = d.status is RosterStatus.WITHOUT_PARTICIPATION
            if ev is None:
                new.append(Evaluation(None, quarter_id, d.employee_id, d.evaluator_employee_id, d.form or 2,
                                      without_participation=wp, external=d.external))
            elif ev.status is EvaluationStatus.DRAFT and (
                    ev.evaluator_employee_id, ev.form, ev.without_participation, ev.external) != (
                    d.evaluator_employee_id, d.form or 2, wp, d.external):
                self.evaluations_repo.update(replace(ev, evaluator_employee_id=d.evaluator_employee_id,
                                                     form=d.form or 2, without_participation=wp,
                                                     external=d.external))
        for ev in existing.values():
            # No longer on the roster (or excluded): an untouched draft goes; anything else stays.
            if ev.status is EvaluationStatus.DRAFT and not ev.scores and ev.id is not None:
                self.evaluations_repo.delete(ev.id)
        self.evaluations_repo.insert_evaluations(new)

    def override(self, quarter_id: int, employee_id: int, *, include: bool | None = None,
                 evaluator_employee_id: int | None = None, form: int | None = None, reason: str) -> None:
        """The specialist's decision about one employee, with a written reason (kept in history)."""
        text = reason.strip()
        if len(text) < 3:
            raise ValidationError(msg(N_("msg", "Write the reason for overriding the roster.")), field="reason")
        if form is not None and form not in (1, 2):
            raise ValidationError(msg(N_("msg", "The form is 1 or 2 (Methodology, item 16).")), field="form")
        if evaluator_employee_id is not None and evaluator_employee_id == employee_id:
            raise ValidationError(msg(N_("msg", "An employee cannot evaluate themselves.")), field="evaluator")
        with self.store.atomic():
            self.check_not_closed(self.quarter(quarter_id))
            self.quarters_repo.add_override(quarter_id, RosterOverride(employee_id, include, evaluator_employee_id,
                                                                       form, text))
            self._rebuild(quarter_id)

    def clear_override(self, quarter_id: int, employee_id: int, reason: str) -> None:
        """Back to the computed decision; the cancelled override stays in history."""
        with self.store.atomic():
            self.check_not_closed(self.quarter(quarter_id))
            self.quarters_repo.add_override(quarter_id, RosterOverride(employee_id, None, None, None,
                                                                       reason.strip() or "-"))
            self._rebuild(quarter_id)

    # -- reading the roster --------------------------------------------------------------------
    def roster(self, quarter_id: int, snapshot: StaffSnapshot | None = None,
               decisions: list[RosterDecision] | None = None) -> list[RosterLine]:
        """The roster lines; `snapshot` / `decisions` let one page refresh read them once for the roster and the
        grid (EvaluationService.roster_and_grid) — never kept between refreshes, so never stale."""
        snap = snapshot if snapshot is not None else self.quarters_repo.snapshot()
        decisions = decisions if decisions is not None else self.quarters_repo.roster(quarter_id)
        counts = evaluee_counts(decisions)
        history: dict[int, list[OverrideRecord]] = {}
        for rec in self.quarters_repo.override_history(quarter_id):
            history.setdefault(rec.employee_id, []).append(rec)
        designated = self._designated(quarter_id, snap)
        out = []
        for d in decisions:
            pos = snap.positions.get(d.position_id)
            unit = snap.units.get(d.unit_id)
            evaluator = snap.employees.get(d.evaluator_employee_id) if d.evaluator_employee_id else None
            notes: list[Msg] = []
            if d.acting_for_employee_id and d.acting_for_employee_id in snap.employees:
                e = snap.employees[d.acting_for_employee_id]
                notes.append(acting_msg(Spelled(e.short_name("kk"), e.short_name("ru"))))
            if d.overloaded and d.evaluator_employee_id:
                notes.append(overloaded_msg(counts.get(d.evaluator_employee_id, 0)))
            if d.employee_id in designated:
                notes.append(designated[d.employee_id])
            if d.provisional:
                notes.append(provisional_msg())
            out.append(RosterLine(d, snap.employees[d.employee_id], pos.title_kk if pos else "",
                                  pos.title_ru if pos else "", pos.category if pos else "",
                                  unit.name_kk if unit else "", unit.name_ru if unit else "", evaluator,
                                  reason_msg(d), rule_msg(d) if d.included else msg(N_("msg", "—")), notes,
                                  history.get(d.employee_id, [])))
        return out

    def _designated(self, quarter_id: int, snap: StaffSnapshot) -> dict[int, Msg]:
        """Per evaluee, the servants designated to also evaluate them (001 §17), as a roster note."""
        by_eval = self.evaluations_repo.quarter_designees(quarter_id)
        if not by_eval:
            return {}
        out: dict[int, Msg] = {}
        for ev in self.evaluations_repo.evaluations(quarter_id):
            rows = by_eval.get(ev.id or 0)
            if not rows:
                continue
            people = [(snap.employees[r.employee_id], r.designated_on) for r in rows if r.employee_id in snap.employees]
            kk = ", ".join(f"{e.short_name('kk')} ({day:%d.%m.%Y})" for e, day in people)
            ru = ", ".join(f"{e.short_name('ru')} ({day:%d.%m.%Y})" for e, day in people)
            out[ev.employee_id] = msg(N_("msg", "Also evaluated by the evaluator's designees: {names}."),
                                      names=Spelled(kk, ru))
        return out

    # -- evaluators outside corps "B" (domain/external_evaluator.py) ------------------------------
    def external_evaluators(self) -> dict[int | None, ExternalEvaluator]:
        return self.external_repo.all()

    def set_external_evaluator(self, unit_id: int | None, e: ExternalEvaluator | None) -> None:
        """Set (or clear, with None or empty fields) the outside evaluator of the organisation (unit_id None)
        or of one unit. Open quarters' rosters pick it up on their next rebuild."""
        with self.store.atomic():
            self.external_repo.save(unit_id, checked(e) if e is not None else None)

    # -- closing (domain/quarter_close.py) --------------------------------------------------------
    @staticmethod
    def check_not_closed(q: QuarterRow) -> None:
        """A closed quarter is read-only: no score, state, roster or override change."""
        if q.status == "final":
            raise ValidationError(closed_msg(q.year, q.quarter))

    def close_problems(self, quarter_id: int) -> list[CloseProblem]:
        """Why the quarter cannot be closed today: one line per person and reason (empty: it can)."""
        q = self.quarter(quarter_id)
        d = self.methodology(q).deadlines
        cal = self.calendar.calendar()
        sheets = [SheetState(f.employee_id, f.name_kk, f.name_ru, EvaluationStatus(f.status),
                             appeal_window_end(cal, f.received_on, d) if f.received_on else None)
                  for f in self.close_repo.sheets(quarter_id)]
        appeals = [AppealState(a.employee_id, a.name_kk, a.name_ru, a.filed_on, a.late_accepted is False,
                               a.session_number, a.session_closed) for a in self.close_repo.appeals(quarter_id)]
        return close_problems(sheets, appeals, self.today())

    def close_quarter(self, quarter_id: int, closed_on: datetime | None = None) -> QuarterRow:
        """Close the quarter (its records become read-only), or refuse with every reason (QuarterNotClosable).
        `closed_on` records when it was closed, for a quarter entered after the fact (the demo's old
        quarters: their retention term counts from then); by default now."""
        with self.store.atomic():
            q = self.quarter(quarter_id)
            if q.status == "final":
                raise ValidationError(msg(N_("msg", "Quarter {quarter} of {year} is already closed."),
                                          quarter=q.quarter, year=q.year))
            if self.today() <= quarter_bounds(q.year, q.quarter)[1]:
                raise ValidationError(msg(N_("msg", "Quarter {quarter} of {year} is still running: it can be closed "
                                                 "after it ends and its results are final (Methodology, item 4)."),
                                          quarter=q.quarter, year=q.year))
            problems = self.close_problems(quarter_id)
            if problems:
                raise QuarterNotClosable(q, problems)
            self.quarters_repo.set_quarter_status(quarter_id, "final", closed_on)
            return self.quarter(quarter_id)

    def reopen_quarter(self, quarter_id: int, reason: str) -> QuarterRow:
        """Reopen a closed quarter; the written reason goes with the change into the audit log."""
        text = reopen_reason(reason)
        with self.store.atomic(), audit_reason(self.store, text):
            q = self.quarter(quarter_id)
            if q.status != "final":
                raise ValidationError(msg(N_("msg", "Quarter {quarter} of {year} is not closed."),
                                          quarter=q.quarter, year=q.year))
            self.quarters_repo.set_quarter_status(quarter_id, "open")
            return self.quarter(quarter_id)


class QuarterNotClosable(ValidationError):
    """Closing refused: `problems` name each person and reason (rendered by the window and the CLI)."""

    def __init__(self, q: QuarterRow, problems: list[CloseProblem]) -> None:
        super().__init__(msg(N_("msg", "Quarter {quarter} of {year} cannot be closed yet: {n} things are pending."),
                             quarter=q.quarter, year=q.year, n=len(problems)))
        self.problems = problems

    def lines(self, translate: Translate) -> list[str]:
        """The reasons grouped as the window shows them: "2 вопроса: reason" with the names on the next line
        (indented), or "Name: reason" for one person; in the language of `translate`."""
        out: list[str] = []
        for line, names in reason_lines(self.problems, translate, MATTERS):
            out.append(f"- {line}")
            if names:
                out.append("    " + ", ".join(names))
        return out
