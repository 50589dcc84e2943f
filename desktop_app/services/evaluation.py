"""Entering scores and entries, the states of a sheet, calibration's score change, annual results.

A signed sheet is locked: changing it needs a written reason and the old value goes to history
. The calibration service changes a score only through
`apply_calibrated_score`, which keeps the evaluator's original score.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop_app.domain import evaluation as ev_rules
from desktop_app.domain.annual import annual_results
from desktop_app.domain.deadlines import appeal_window_end, quarter_deadline
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.evaluation import Evaluation, EvaluationStatus, NoticeMethod, ScoreOutcome
from desktop_app.domain.event_dates import SheetEvent, check_event_date
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.methodology.entries import BonusEntry, PenaltyEntry, PersonalEntry
from desktop_app.domain.methodology.fmt import plain
from desktop_app.domain.methodology.model import GradeBand, Methodology, SheetTemplate
from desktop_app.domain.methodology.rounding import round_score, to_decimal
from desktop_app.domain.methodology.rules import item_lines
from desktop_app.domain.methodology.sheet_extras import PersonalPoints
from desktop_app.domain.methodology.sheets import check_score
from desktop_app.domain.quarters import quarter_bounds
from desktop_app.domain.roster import RosterDecision
from desktop_app.domain.sheet_moves import DATE_COLUMN, STATUS_AFTER, Move, MoveContext, move
from desktop_app.domain.staff import StaffSnapshot
from desktop_app.services.evaluation_views import AnnualLine, BatchRefusal, BatchResult, GridRow, SheetView
from desktop_app.services.quarter import QuarterService, RosterLine
from desktop_app.storage.evaluation_repository import EntryRow, EvaluationRepository, HistoryRow
from desktop_app.storage.quarter_close_repository import QuarterCloseRepository
from desktop_app.storage.quarter_repository import QuarterRow


def to_entry(n: EntryRow) -> BonusEntry | PenaltyEntry:
    if n.kind == "bonus":
        return BonusEntry(n.item_id, n.quantity, n.chosen_points, n.co_executor, flags=n.flags, evidence=n.evidence)
    return PenaltyEntry(n.item_id, n.quantity, n.chosen_points, co_executor=n.co_executor, flags=n.flags,
                        evidence=n.evidence)


def entry_points(m: Methodology, n: EntryRow) -> Decimal:
    """The points of one entry alone under its item's rule (unsigned), as shown next to the entry."""
    item = m.bonus_item(n.item_id) if n.kind == "bonus" else m.penalty_item(n.item_id)
    if item is None:
        return Decimal(0)
    lines = item_lines(item, [to_entry(n)], "bonus" if n.kind == "bonus" else "penalty")  # type: ignore[list-item]
    return abs(sum((m.round_score(ln.points) for ln in lines), Decimal(0)))


class EvaluationService:
    def __init__(self, quarters: QuarterService) -> None:
        self.quarters = quarters
        self.store = quarters.store
        self.repo = EvaluationRepository(quarters.store)
        self.batch_repo = QuarterCloseRepository(quarters.store)
        self._methodologies: dict[int, Methodology] = {}
        from desktop_app.services.sheet_extras import SheetExtras  # it needs this class: imported late
        self.extras = SheetExtras(self)

    # -- reading ----------------------------------------------------------------------------------
    def _get(self, evaluation_id: int) -> Evaluation:
        ev = self.repo.evaluation(evaluation_id)
        if ev is None:
            raise NotFoundError(msg(N_("msg", "The evaluation no longer exists.")))
        return ev

    def methodology_of(self, quarter_id: int) -> Methodology:
        return self.quarters.methodology(self.quarters.quarter(quarter_id))

    def template(self, m: Methodology, form: int) -> SheetTemplate:
        t = m.sheet(form)
        if t is None:
            raise ValidationError(msg(N_("msg", "The methodology has no evaluation sheet of form {form}."), form=form))
        return t

    def roster_and_grid(self, quarter_id: int) -> tuple[list[RosterLine], list[GridRow]]:
        """The quarter page's two tables from one read of the staff and of the roster decisions (
        the page read and decoded both twice per open)."""
        snap = self.quarters.quarters_repo.snapshot()
        decisions = self.quarters.quarters_repo.roster(quarter_id)
        return (self.quarters.roster(quarter_id, snap, decisions),
                self.grid(quarter_id, snap, decisions))

    def grid(self, quarter_id: int, snapshot: StaffSnapshot | None = None,
             decisions: list[RosterDecision] | None = None) -> list[GridRow]:
        snap = snapshot or self.quarters.quarters_repo.snapshot()
        m = self.methodology_of(quarter_id)
        if decisions is None:
            decisions = self.quarters.quarters_repo.roster(quarter_id)
        roster = {d.employee_id: d for d in decisions}
        rows = []
        for ev in self.repo.evaluations(quarter_id):
            d = roster.get(ev.employee_id)
            unit = snap.units.get(d.unit_id) if d else None
            grade = m.grade_for(ev.score) if ev.score is not None and m.bands else None
            rows.append(GridRow(ev, snap.employees[ev.employee_id], unit.name_ru if unit else "",
                                unit.name_kk if unit else "", snap.employees.get(ev.evaluator_employee_id or -1),
                                self.template(m, ev.form), grade))
        rows.sort(key=lambda r: (r.unit_ru, r.employee.last_name, r.employee.first_name))
        return rows

    def sheet(self, evaluation_id: int) -> SheetView:
        ev = self._get(evaluation_id)
        q = self.quarters.quarter(ev.quarter_id)
        m = self.quarters.methodology(q)
        t = self.template(m, ev.form)
        entries = self.repo.entries(evaluation_id)
        personal = self.repo.personal_points(evaluation_id)
        outcome = self._outcome(m, t, ev, entries, personal=personal)
        cal = self.quarters.calendar.calendar()
        snap_emps = self.quarters.quarters_repo.snapshot().employees
        ends = appeal_window_end(cal, ev.received_on, m.deadlines) if ev.received_on else None
        return SheetView(ev, q, m, t, outcome, entries, snap_emps[ev.employee_id],
                         snap_emps.get(ev.evaluator_employee_id or -1),
                         quarter_deadline(cal, q.year, q.quarter, m.deadlines), ends, self.repo.history(evaluation_id),
                         personal, self.repo.designees(evaluation_id))

    @staticmethod
    def _outcome(m: Methodology, t: SheetTemplate, ev: Evaluation, entries: list[EntryRow],
                 cache: ev_rules.PointsCache | None = None,
                 personal: list[PersonalPoints] | None = None) -> ScoreOutcome:
        bonus = [to_entry(n) for n in entries if n.kind == "bonus"]
        penalty = [to_entry(n) for n in entries if n.kind == "penalty"]
        own = [PersonalEntry(p.points, p.note) for p in personal or []]
        return ev_rules.compute(m, t, ev.scores, bonus, penalty, cache, own,  # type: ignore[arg-type]
                                ev.sanction.months)

    def score_quarter(self, quarter_id: int) -> dict[int, ScoreOutcome]:
        """Every sheet of a quarter scored from its stored scores and entries in one pass (two queries):
        the check after a methodology change, and the `quarter_score_ms` figure of the bench."""
        m = self.methodology_of(quarter_id)
        entries = self.repo.quarter_entries(quarter_id)
        personal = self.repo.quarter_personal_points(quarter_id)
        cache = ev_rules.PointsCache(m)
        templates = {form: self.template(m, form) for form in (1, 2) if m.sheet(form) is not None}
        out: dict[int, ScoreOutcome] = {}
        for ev in self.repo.evaluations(quarter_id):
            t = templates.get(ev.form) or self.template(m, ev.form)
            out[ev.id or 0] = self._outcome(m, t, ev, entries.get(ev.id or 0, []), cache,
                                            personal.get(ev.id or 0))
        return out

    def history(self, evaluation_id: int) -> list[HistoryRow]:
        return self.repo.history(evaluation_id)

    # -- entry ----------------------------------------------------------------------------------
    def _check_open(self, ev: Evaluation) -> None:
        self.quarters.check_not_closed(self.quarters.quarter(ev.quarter_id))

    def _guard(self, ev: Evaluation, reason: str) -> str:
        self._check_open(ev)
        return ev_rules.reason_required(reason) if ev.locked else ""

    def _rescore(self, ev: Evaluation, entries: list[EntryRow] | None = None) -> Evaluation:
        m = self.methodology_of(ev.quarter_id)
        t = self.template(m, ev.form)
        out = self._outcome(m, t, ev, entries if entries is not None else self.repo.entries(ev.id or 0),
                            personal=self.repo.personal_points(ev.id or 0))
        if ev.calibrated:
            return replace(ev, original_score=out.score)   # the calibrated score stays the final one
        return replace(ev, score=out.score, original_score=out.score)

    def set_score(self, evaluation_id: int, key: str, value: str | Decimal | None, reason: str = "") -> Evaluation:
        """Type a 0–5 score into a cell (None clears it). Out-of-range input is refused (001 §17)."""
        with self.store.atomic():
            ev = self._get(evaluation_id)
            why = self._guard(ev, reason)
            t = self.template(self.methodology_of(ev.quarter_id), ev.form)
            if key not in ev_rules.score_keys(t):
                raise ValidationError(ev_rules.no_such_score(self.methodology_of(ev.quarter_id), ev.form, key), field=key)
            scores = dict(ev.scores)
            old = scores.get(key)
            if value is None or (isinstance(value, str) and not value.strip()):
                if ev.locked:
                    raise ValidationError(msg(N_("msg", "A signed evaluation keeps all its scores.")))
                scores.pop(key, None)
            else:
                scores[key] = ev_rules.validate_input(t, key, value) if isinstance(value, str) \
                    else check_score(t, value, key)
            new = self._rescore(replace(ev, scores=scores))
            if old == scores.get(key):
                return ev
            self.repo.update(new)
            if ev.locked:
                self.repo.add_history(evaluation_id, key, old, scores.get(key), why)
                if new.score != ev.score:
                    self.repo.add_history(evaluation_id, "score", ev.score, new.score, why)
            return new

    def set_comments(self, evaluation_id: int, text: str, reason: str = "") -> None:
        with self.store.atomic():
            ev = self._get(evaluation_id)
            why = self._guard(ev, reason)
            if ev.comments == text:
                return
            self.repo.update(replace(ev, comments=text))
            if ev.locked:
                self.repo.add_history(evaluation_id, "comments", ev.comments, text, why)

    def add_entry(self, entry: EntryRow, reason: str = "") -> int:
        """A bonus entry from the office's scale needs its evidence: document number and date."""
        with self.store.atomic():
            ev = self._get(entry.evaluation_id)
            why = self._guard(ev, reason)
            m = self.methodology_of(ev.quarter_id)
            item = m.bonus_item(entry.item_id) if entry.kind == "bonus" else m.penalty_item(entry.item_id)
            if item is None:
                raise ValidationError(msg(N_("msg", "The chosen item is not in this quarter's methodology: "
                                                 "choose one from the list.")), field="item")
            if entry.kind == "bonus" and (not entry.doc_number.strip() or entry.doc_date is None):
                raise ValidationError(msg(N_("msg", "A bonus entry needs its evidence: the document number and "
                                                 "date.")), field="doc_number")
            if to_decimal(entry.quantity) <= 0:
                raise ValidationError(msg(N_("msg", "The quantity must be more than zero.")), field="quantity")
            new_id = self.repo.insert_entry(entry)
            entries = self.repo.entries(ev.id or 0)
            self._outcome(m, self.template(m, ev.form), ev, entries)   # the calculator refuses bad entries
            self.repo.update(self._rescore(ev, entries))
            if ev.locked:
                self.repo.add_history(ev.id or 0, entry.kind, None, f"{entry.item_id} × {plain(entry.quantity)} "
                                      f"({entry.evidence})", why)
            return new_id

    def remove_entry(self, entry_id: int, reason: str = "") -> None:
        with self.store.atomic():
            n = self.repo.entry(entry_id)
            if n is None:
                raise NotFoundError(msg(N_("msg", "The entry no longer exists.")))
            ev = self._get(n.evaluation_id)
            why = self._guard(ev, reason)
            self.repo.delete_entry(entry_id)
            self.repo.update(self._rescore(ev))
            if ev.locked:
                self.repo.add_history(ev.id or 0, n.kind, f"{n.item_id} × {plain(n.quantity)} ({n.evidence})",
                                      None, why)

    # -- states ---------------------------------------------------------------------------------
    def _move_context(self, ev: Evaluation, change: Move, q: QuarterRow, m: Methodology,
                      dismissed_on: date | None, pending: bool) -> MoveContext:
        ends = None
        if change is Move.FINALISE and ev.received_on is not None:
            ends = appeal_window_end(self.quarters.calendar.calendar(), ev.received_on, m.deadlines)
        return MoveContext(self.quarters.today(), quarter_bounds(q.year, q.quarter)[1], dismissed_on, ends, pending)

    def _transition(self, evaluation_id: int, change: Move, day: date) -> Evaluation:
        with self.store.atomic():
            ev = self._get(evaluation_id)
            self._check_open(ev)
            q = self.quarters.quarter(ev.quarter_id)
            facts = self.batch_repo.sheets(q.id, [evaluation_id])
            dismissed = facts[0].dismissed_on if facts else None
            pending = bool(self.batch_repo.open_appeal_evaluations([evaluation_id]))
            new = move(ev, change, day, self._move_context(ev, change, q, self.methodology_of(q.id), dismissed,
                                                           pending))
            self.repo.update(new)
            self.repo.add_history(evaluation_id, "status", ev.status.value, new.status.value, "")
            return new

    def sign(self, evaluation_id: int, day: date) -> Evaluation:
        return self._transition(evaluation_id, Move.SIGN, day)

    def receive(self, evaluation_id: int, day: date) -> Evaluation:
        return self._transition(evaluation_id, Move.RECEIVE, day)

    def finalise(self, evaluation_id: int, day: date) -> Evaluation:
        return self._transition(evaluation_id, Move.FINALISE, day)

    def move_many(self, evaluation_ids: Sequence[int], change: Move, day: date, dry_run: bool = False) -> BatchResult:
        """Signed / Received / Final for many sheets with one date, in one transaction. Each sheet passes
        the same rules as alone (domain.sheet_moves); those that cannot move are returned with their
        reason and the others move (`dry_run`: nothing is written, the answer says what would happen)."""
        wanted = list(dict.fromkeys(evaluation_ids))
        if not wanted:
            raise ValidationError(msg(N_("msg", "Select the sheets first.")))
        with self.store.atomic():
            first = self._get(wanted[0])
            q = self.quarters.quarter(first.quarter_id)
            self.quarters.check_not_closed(q)
            m = self.methodology_of(q.id)
            cal = self.quarters.calendar.calendar()
            today = self.quarters.today()
            q_end = quarter_bounds(q.year, q.quarter)[1]
            evs = {e.id: e for e in self.repo.evaluations(q.id)}
            facts = {f.evaluation_id: f for f in self.batch_repo.sheets(q.id)}
            pending = self.batch_repo.open_appeal_evaluations(wanted) if change is Move.FINALISE else set()
            moved: list[int] = []
            refused: list[BatchRefusal] = []
            for eid in wanted:
                ev = evs.get(eid)
                f = facts.get(eid)
                if ev is None or f is None:
                    continue   # another quarter's sheet or gone: the selection is of one quarter
                ends = appeal_window_end(cal, ev.received_on, m.deadlines) \
                    if change is Move.FINALISE and ev.received_on is not None else None
                try:
                    move(ev, change, day, MoveContext(today, q_end, f.dismissed_on, ends, eid in pending))
                except ValidationError as exc:
                    refused.append(BatchRefusal(eid, f.name_kk, f.name_ru, exc.messages[0]))
                    continue
                moved.append(eid)
            if not dry_run:
                self.batch_repo.move(moved, STATUS_AFTER[change], DATE_COLUMN[change], day)
            return BatchResult(moved, refused)

    def record_notice(self, evaluation_id: int, method: NoticeMethod, day: date, ref: str = "") -> Evaluation:
        """How and when a dismissed evaluee was told the result (001 §9)."""
        with self.store.atomic():
            ev = self._get(evaluation_id)
            self._check_open(ev)
            q = self.quarters.quarter(ev.quarter_id)
            if ev.without_participation:   # 001 §9: told within the month after the quarter, never ahead of time
                check_event_date(SheetEvent.NOTICE, day, self.quarters.today(), quarter_bounds(q.year, q.quarter)[1])
            new = ev_rules.record_notice(ev, method, day, ref)
            self.repo.update(new)
            self.repo.add_history(evaluation_id, "notice", None, f"{method.value} {day.isoformat()} {ref}".strip(),
                                  "")
            return new

    def apply_calibrated_score(self, evaluation_id: int, new_score: Decimal | float | str, reason: str) -> GradeBand:
        """The calibration session's final score (001 §22): keeps the evaluator's original score,
        records the change with its reason, returns the new grade."""
        with self.store.atomic():
            ev = self._get(evaluation_id)
            self._check_open(ev)
            why = ev_rules.reason_required(reason)
            if ev.status not in (EvaluationStatus.RECEIVED, EvaluationStatus.FINAL):
                raise ValidationError(msg(N_("msg", "Only a result the evaluee has received can be calibrated.")))
            m = self.methodology_of(ev.quarter_id)
            score = round_score(check_score(self.template(m, ev.form), new_score), m.rounding_places)
            original = ev.original_score if ev.original_score is not None else ev.score
            self.repo.update(replace(ev, score=score, original_score=original, calibrated=True))
            self.repo.add_history(evaluation_id, "score", ev.score, score, why)
            return m.grade_for(score)

    # -- annual ---------------------------------------------------------------------------------
    def annual(self, year: int, closed_only: bool = False) -> list[AnnualLine]:
        """Mean of the year's quarterly scores per employee, with the two-years warning (001 §4).
        `closed_only`: from closed quarters only, the figures that no longer move."""
        methodologies: dict[int, Methodology] = {}
        scores: dict[int, dict[int, dict[int, Decimal]]] = {}
        for y in (year - 1, year):
            m = self.quarters._in_force(date(y, 12, 31))
            if m is None:
                continue
            methodologies[y] = m
            for emp, q, s in self.repo.year_scores(y, closed_only):
                scores.setdefault(y, {}).setdefault(emp, {})[q] = s
        if year not in methodologies:
            return []
        results = annual_results(methodologies, scores, year)
        if not results:
            return []       # no staff read for nothing: the dashboard asks for two years on every refresh
        snap = self.quarters.quarters_repo.snapshot()
        unit_of: dict[int, tuple[str, str]] = {}
        for a in snap.appointments:
            pos = snap.positions.get(a.position_id)
            unit = snap.units.get(pos.unit_id) if pos else None
            if unit is not None and a.date_from <= date(year, 12, 31):
                unit_of[a.employee_id] = (unit.name_kk, unit.name_ru)
        lines = [AnnualLine(snap.employees[e], *unit_of.get(e, ("", "")), r) for e, r in results.items()
                 if e in snap.employees]
        lines.sort(key=lambda x: (x.unit_ru, x.employee.last_name))
        return lines
