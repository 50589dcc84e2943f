"""Recording what a sheet holds beside its scores and entries: months under a disciplinary
sanction with the order (002 §21), the unit head's personal points with their note (002 §26), and the
evaluator's designated co-evaluators with their proposed scores (001 §17).

Same discipline as the rest of the sheet: checks in the domain refuse bad input and nothing is written;
a signed sheet changes only with a written reason, kept in history; the result is recomputed at once.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop_app.domain.designees import Designee, check_designee
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.evaluation import Evaluation
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.methodology.fmt import plain, signed
from desktop_app.domain.methodology.sheet_extras import (
    PersonalPoints,
    SanctionRecord,
    check_personal,
    check_sanction,
)
from desktop_app.domain.methodology.sheets import check_score
from desktop_app.domain.quarters import quarter_bounds
from desktop_app.domain.staff import Employee

if TYPE_CHECKING:
    from desktop_app.services.evaluation import EvaluationService


class SheetExtras:
    """Use cases of the sheet's sanction, personal points and designees; reached as `EvaluationService.extras`."""

    def __init__(self, evaluations: EvaluationService) -> None:
        self.ev = evaluations
        self.repo = evaluations.repo
        self.store = evaluations.store

    def _open(self, evaluation_id: int, reason: str) -> tuple[Evaluation, str]:
        ev = self.ev._get(evaluation_id)
        return ev, self.ev._guard(ev, reason)

    def _save_rescored(self, ev: Evaluation, why: str, field: str, old: object, new: object) -> Evaluation:
        out = self.ev._rescore(ev)
        self.repo.update(out)
        if ev.locked:
            self.repo.add_history(ev.id or 0, field, old, new, why)
        return out

    # -- 002 §21: sanction -----------------------------------------------------------------------
    def set_sanction(self, evaluation_id: int, record: SanctionRecord, reason: str = "") -> Evaluation:
        """Months of the quarter under a disciplinary sanction and the order; 0 months clears it."""
        with self.store.atomic():
            ev, why = self._open(evaluation_id, reason)
            q = self.ev.quarters.quarter(ev.quarter_id)
            clean = check_sanction(self.ev.methodology_of(ev.quarter_id), record, *quarter_bounds(q.year, q.quarter))
            if clean == ev.sanction:
                return ev
            return self._save_rescored(replace(ev, sanction=clean), why, "sanction", _sanction_text(ev.sanction),
                                       _sanction_text(clean))

    # -- 002 §26: personal points ----------------------------------------------------------------
    def add_personal(self, evaluation_id: int, points: Decimal | int | str, note: str, reason: str = "") -> int:
        with self.store.atomic():
            ev, why = self._open(evaluation_id, reason)
            others = [p.points for p in self.repo.personal_points(evaluation_id)]
            value, text = check_personal(self.ev.methodology_of(ev.quarter_id), points, note, others)
            row_id = self.repo.insert_personal_points(PersonalPoints(None, evaluation_id, value, text))
            self._save_rescored(ev, why, "personal", None, f"{signed(value)} ({text})")
            return row_id

    def remove_personal(self, row_id: int, reason: str = "") -> None:
        with self.store.atomic():
            p = self.repo.personal_points_row(row_id)
            if p is None:
                raise NotFoundError(msg(N_("msg", "The entry no longer exists.")))
            ev, why = self._open(p.evaluation_id, reason)
            self.repo.delete_personal_points(row_id)
            self._save_rescored(ev, why, "personal", f"{signed(p.points)} ({p.note})", None)

    # -- 001 §17: designated co-evaluators --------------------------------------------------------
    def evaluees_of(self, quarter_id: int, evaluator_id: int | None) -> int:
        """How many the evaluator evaluates in the quarter (the roster's own count, 001 §17)."""
        if evaluator_id is None:
            return 0
        return sum(1 for d in self.ev.quarters.quarters_repo.roster(quarter_id)
                   if d.included and d.evaluator_employee_id == evaluator_id)

    def candidates(self, evaluation_id: int, day: date) -> list[Employee]:
        """Servants who may be designated for this sheet on `day` (for the window's list)."""
        ev = self.ev._get(evaluation_id)
        snap = self.ev.quarters.quarters_repo.snapshot()
        n = self.evaluees_of(ev.quarter_id, ev.evaluator_employee_id)
        existing = [d.employee_id for d in self.repo.designees(evaluation_id)]
        out = []
        for emp in snap.employees.values():
            try:
                check_designee(snap, ev.employee_id, ev.evaluator_employee_id, emp.id or 0, day, n, existing)
            except ValidationError:
                continue
            out.append(emp)
        return sorted(out, key=lambda e: (e.last_name, e.first_name))

    def designate(self, evaluation_id: int, employee_id: int, day: date, reason: str = "") -> int:
        with self.store.atomic():
            ev, why = self._open(evaluation_id, reason)
            snap = self.ev.quarters.quarters_repo.snapshot()
            existing = [d.employee_id for d in self.repo.designees(evaluation_id)]
            check_designee(snap, ev.employee_id, ev.evaluator_employee_id, employee_id, day,
                           self.evaluees_of(ev.quarter_id, ev.evaluator_employee_id), existing)
            row_id = self.repo.insert_designee(Designee(None, evaluation_id, employee_id, day))
            if ev.locked:
                self.repo.add_history(evaluation_id, "designee", None, snap.employees[employee_id].full_name(), why)
            return row_id

    def set_designee_score(self, row_id: int, value: str | Decimal | None, reason: str = "") -> None:
        """The designee's proposed score: recorded and printed; the evaluator's score stays the sheet's."""
        with self.store.atomic():
            d = self._designee(row_id)
            ev, why = self._open(d.evaluation_id, reason)
            score: Decimal | None = None
            if value is not None and str(value).strip():
                text = str(value).strip().replace(",", ".")
                try:
                    parsed = Decimal(text)
                except ArithmeticError:
                    parsed = Decimal("NaN")
                template = self.ev.template(self.ev.methodology_of(ev.quarter_id), ev.form)
                if not parsed.is_finite():
                    raise ValidationError(msg(N_("msg", "\"{value}\" is not a number: type a score from 0 to {max}."),
                                              value=str(value), max=plain(template.max_score)), field="score")
                score = check_score(template, parsed, "designee")
            self.repo.set_designee_score(row_id, score)
            if ev.locked:
                self.repo.add_history(ev.id or 0, "designee_score", d.proposed_score, score, why)

    def remove_designee(self, row_id: int, reason: str = "") -> None:
        with self.store.atomic():
            d = self._designee(row_id)
            ev, why = self._open(d.evaluation_id, reason)
            self.repo.delete_designee(row_id)
            if ev.locked:
                emp = self.ev.quarters.quarters_repo.snapshot().employees.get(d.employee_id)
                self.repo.add_history(ev.id or 0, "designee", emp.full_name() if emp else d.employee_id, None, why)

    def _designee(self, row_id: int) -> Designee:
        d = self.repo.designee(row_id)
        if d is None:
            raise NotFoundError(msg(N_("msg", "The entry no longer exists.")))
        return d


def _sanction_text(s: SanctionRecord) -> str | None:
    if not s.months:
        return None
    day = s.order_date.strftime("%d.%m.%Y") if s.order_date else ""
    return f"{s.months} × № {s.order_number} {day}".strip()
