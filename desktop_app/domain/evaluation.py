"""One evaluee's quarter: sheet scores, states, score and grade with their explanation (001 §4, §7, §9, §17).

States: draft → signed by the evaluator (date) → result received by the evaluee (date; it
opens the 5-working-day appeal window of 001 §10) → final. A signed sheet is locked: a change needs a
written reason and the old value is kept in history (services/evaluation.py).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.external_evaluator import ExternalEvaluator
from desktop_app.domain.i18n import N_, Msg, Spelled, msg
from desktop_app.domain.methodology.calculator import calculate_points
from desktop_app.domain.methodology.entries import (
    BonusEntry,
    LineKind,
    PenaltyEntry,
    PersonalEntry,
    PointsResult,
)
from desktop_app.domain.methodology.fmt import plain
from desktop_app.domain.methodology.model import GradeBand, Methodology, SheetTemplate
from desktop_app.domain.methodology.rules import item_lines
from desktop_app.domain.methodology.sheet_extras import SanctionRecord
from desktop_app.domain.methodology.sheets import OVERALL, check_score, sheet_score


class EvaluationStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"        # signed by the evaluator
    RECEIVED = "received"    # the evaluee received the result (001 §9): the appeal window opens (001 §10)
    FINAL = "final"


class NoticeMethod(StrEnum):
    """How a dismissed evaluee is told the result (001 §9)."""

    REGISTERED_LETTER = "registered_letter"   # заказное письмо с уведомлением
    PHONE = "phone"                           # телефонограмма
    TELEGRAM = "telegram"
    SMS = "sms"                               # текстовое сообщение
    EMAIL = "email"
    OTHER = "other"                           # иные средства связи с фиксацией


@dataclass(frozen=True)
class Evaluation:
    """A quarter's evaluation of one employee. `score` is the final score (after calibration)."""

    id: int | None
    quarter_id: int
    employee_id: int
    evaluator_employee_id: int | None
    form: int
    status: EvaluationStatus = EvaluationStatus.DRAFT
    scores: Mapping[str, Decimal] = field(default_factory=dict)   # criterion id (or "overall") → 0..5
    score: Decimal | None = None
    original_score: Decimal | None = None
    comments: str = ""
    signed_on: date | None = None
    received_on: date | None = None
    finalised_on: date | None = None
    without_participation: bool = False      # dismissed in the quarter (001 §6)
    notice_method: NoticeMethod | None = None
    notice_on: date | None = None
    notice_ref: str = ""
    calibrated: bool = False
    sanction: SanctionRecord = field(default_factory=SanctionRecord)   # 002 §21, points model
    external: ExternalEvaluator | None = None   # an evaluator outside corps "B" (001 §16: the akim…)

    @property
    def has_evaluator(self) -> bool:
        return self.evaluator_employee_id is not None or self.external is not None

    @property
    def locked(self) -> bool:
        return self.status is not EvaluationStatus.DRAFT


@dataclass(frozen=True)
class ScoreOutcome:
    """A computed score with its grade and the lines that explain it. `points` is the calculator's full
    result (one sheet); `totals` the bonus and penalty sums (always, when there are entries)."""

    score: Decimal | None
    grade: GradeBand | None
    lines: list[Msg]
    points: PointsResult | None = None
    missing: list[str] = field(default_factory=list)
    totals: tuple[Decimal, Decimal] | None = None


class PointsCache:
    """Bonus/penalty totals of many sheets (a quarter's batch): each item's lines depend only on the
    item and that item's entries, so equal groups are computed once. Sums exactly as the calculator
    does (each line rounded, then added; calculator.py), for the 0–5 model where no personal points
    or sanction deductions apply."""

    def __init__(self, methodology: Methodology) -> None:
        self.m = methodology
        self._lines: dict[tuple[Any, ...], Decimal] = {}

    def totals(self, bonus: list[BonusEntry], penalty: list[PenaltyEntry]) -> tuple[Decimal, Decimal]:
        out = [Decimal(0), Decimal(0)]
        kinds: tuple[tuple[LineKind, Sequence[BonusEntry | PenaltyEntry]], ...] = (("bonus", bonus),
                                                                                 ("penalty", penalty))
        for i, (kind, entries) in enumerate(kinds):
            groups: dict[str, list[Any]] = {}
            for e in entries:
                groups.setdefault(e.item_id, []).append(e)
            for item_id, group in groups.items():
                key = (kind, item_id, tuple((e.quantity, e.chosen_points, e.co_executor, e.all_flags())
                                            for e in group))
                total = self._lines.get(key)
                if total is None:
                    item = self.m.bonus_item(item_id) if kind == "bonus" else self.m.penalty_item(item_id)
                    if item is None:
                        raise ValidationError(msg(N_("msg", "An entry refers to an item that is no longer in "
                                                            "this quarter's methodology: delete the entry and "
                                                            "add it again.")))
                    total = sum((self.m.round_score(ln.points) for ln in item_lines(item, group, kind)),
                                Decimal(0))
                    self._lines[key] = total
                out[i] += total
        return out[0], -out[1]


def validate_input(template: SheetTemplate, key: str, value: str) -> Decimal:
    """Parse what the user typed in a grid cell ("4", "3,5"); out-of-range is refused (001 §17)."""
    text = value.strip().replace(",", ".")
    try:
        d = Decimal(text)
    except ArithmeticError:
        raise ValidationError(msg(N_("msg", "\"{value}\" is not a number: type a score from 0 to {max}."),
                                  value=value, max=plain(template.max_score)), field=key) from None
    if not d.is_finite():
        raise ValidationError(msg(N_("msg", "\"{value}\" is not a number: type a score from 0 to {max}."),
                                  value=value, max=plain(template.max_score)), field=key)
    return check_score(template, d, key)


def score_keys(template: SheetTemplate) -> list[str]:
    return [OVERALL] if template.mode == "overall" else [c.id for c in template.criteria]


def no_such_score(methodology: Methodology, form: int, key: str) -> Msg:
    """Refusing a score the form's sheet does not have, in the user's words: the criterion's name (it may be
    on the other form's sheet) or the overall score; the key is the methodology's code, never shown."""
    for t in methodology.sheet_templates.values():
        for c in t.criteria:
            if c.id == key:
                return msg(N_("msg", "The evaluation sheet of form {form} has no criterion \"{criterion}\"."),
                           form=form, criterion=Spelled(c.name_kk, c.name_ru))
    if key == OVERALL:
        return msg(N_("msg", "The evaluation sheet of form {form} is scored by its criteria, not by one overall "
                             "score."), form=form)
    return msg(N_("msg", "The evaluation sheet of form {form} has no such score."), form=form)


def grade_msg(band: GradeBand) -> Msg:
    upper = plain(band.upper) if band.upper is not None else "…"
    return msg(N_("msg", "Grade: {grade} ({lower}–{upper}, Methodology, item 7)."), grade=Spelled(band.name_kk, band.name_ru),
               lower=plain(band.lower), upper=upper)


def coefficient_msg(points: PointsResult) -> Msg | None:
    """002 §18: the coefficient is looked up on the bonus points and multiplies the result with penalties."""
    if points.coefficient is None:
        return None
    return msg(N_("msg", "Efficiency coefficient {c}: looked up on bonus points {base} (penalties are not part of "
                         "the lookup); it multiplies the result {total} × {c} = {product}."),
               c=plain(points.coefficient), base=plain(points.coefficient_base), total=plain(points.total),
               product=plain((points.total * points.coefficient).quantize(Decimal("0.01"))))


def compute(methodology: Methodology, template: SheetTemplate, scores: Mapping[str, Decimal],
            bonus: list[BonusEntry] | None = None, penalty: list[PenaltyEntry] | None = None,
            cache: PointsCache | None = None, personal: list[PersonalEntry] | None = None,
            sanction_months: int = 0) -> ScoreOutcome:
    """The live score, grade and explanation of a sheet.

    0–5 model: the sheet's score (overall, or its criteria combined); the bonus and penalty entries
    are the record that backs it and are shown, not added (DOMAIN.md "Bonus scale and points").
    Points model: the calculator's total of the entries is the score.
    """
    lines: list[Msg] = []
    points = None
    totals: tuple[Decimal, Decimal] | None = None
    if cache is not None and methodology.score_model == "score" and not personal and not sanction_months:
        totals = cache.totals(bonus or [], penalty or []) if (bonus or penalty) else None
    elif bonus or penalty or personal or sanction_months or methodology.score_model == "points":
        points = calculate_points(methodology, [*(bonus or []), *(penalty or []), *(personal or [])],
                                  sanction_months)
        totals = (points.bonus, points.penalty)
    if methodology.score_model == "points" and points is not None:
        if points.personal or points.sanction_deduction or personal or sanction_months:
            lines.append(msg(N_("msg", "Points: base {base} + bonus {bonus} − penalty {penalty} + personal "
                                       "{personal} − sanction {sanction} = {total}."),
                             base=plain(points.base), bonus=plain(points.bonus), penalty=plain(points.penalty),
                             personal=plain(points.personal), sanction=plain(points.sanction_deduction),
                             total=plain(points.total)))
        else:
            lines.append(msg(N_("msg", "Points: base {base} + bonus {bonus} − penalty {penalty} = {total}."),
                             base=plain(points.base), bonus=plain(points.bonus), penalty=plain(points.penalty),
                             total=plain(points.total)))
        score = points.total
        grade = methodology.grade_for(score) if methodology.bands else None
        if grade is not None:
            lines.append(grade_msg(grade))
        coef = coefficient_msg(points)
        if coef is not None:
            lines.append(coef)
        return ScoreOutcome(score, grade, lines, points, totals=totals)
    keys = score_keys(template)
    missing = [k for k in keys if k not in scores]
    names = {c.id: Spelled(c.name_kk, c.name_ru) for c in template.criteria}
    for k in keys:
        if k in scores and template.mode == "criteria":
            lines.append(msg(N_("msg", "{criterion}: {score}"), criterion=names.get(k, k), score=plain(scores[k])))
    if missing:
        lines.append(msg(N_("msg", "{n} of {total} scores still to enter."), n=len(missing), total=len(keys)))
        return ScoreOutcome(None, None, lines, points, missing, totals)
    score = sheet_score(template, scores, methodology.rounding_places)
    if template.mode == "criteria":
        how = {"mean": N_("msg", "mean"), "weighted_mean": N_("msg", "weighted mean"), "min": N_("msg", "lowest")}
        lines.append(msg(N_("msg", "Score = {how} of {n} criteria, rounded half up = {score}."),
                         how=msg(how[template.combine]), n=len(keys), score=plain(score)))
    else:
        lines.append(msg(N_("msg", "Overall score: {score} (0 to 5, Methodology, item 17)."), score=plain(score)))
    grade = methodology.grade_for(score) if methodology.bands else None
    if grade is not None:
        lines.append(grade_msg(grade))
    if totals is not None and (totals[0] or totals[1]):
        lines.append(msg(N_("msg", "Record backing the score: bonus {bonus}, penalty {penalty} points."),
                         bonus=plain(totals[0]), penalty=plain(totals[1])))
    return ScoreOutcome(score, grade, lines, points, totals=totals)


# -- state changes (pure: they return the new value or refuse) -------------------------------------
def sign(ev: Evaluation, day: date) -> Evaluation:
    if ev.status is not EvaluationStatus.DRAFT:
        raise ValidationError(msg(N_("msg", "Only a draft can be signed.")))
    if ev.score is None:
        raise ValidationError(msg(N_("msg", "Enter every score before signing.")))
    if not ev.has_evaluator:
        raise ValidationError(msg(N_("msg", "The evaluation has no evaluator: set one on the roster first.")))
    return replace(ev, status=EvaluationStatus.SIGNED, signed_on=day)


def receive(ev: Evaluation, day: date) -> Evaluation:
    if ev.status in (EvaluationStatus.RECEIVED, EvaluationStatus.FINAL):
        # not "only after the evaluator signed it": that sent the user to sign a sheet long signed
        raise ValidationError(msg(N_("msg", "The evaluee has already received this result.")))
    if ev.status is not EvaluationStatus.SIGNED:
        raise ValidationError(msg(N_("msg", "The result can be received only after the evaluator signed it.")))
    if ev.signed_on is not None and day < ev.signed_on:
        raise ValidationError(msg(N_("msg", "The result cannot be received before it was signed ({day})."),
                                  day=ev.signed_on.strftime("%d.%m.%Y")))
    return replace(ev, status=EvaluationStatus.RECEIVED, received_on=day)


def finalise(ev: Evaluation, day: date, appeal_ends: date | None) -> Evaluation:
    """Final once the evaluee received the result and the appeal window (001 §10) has passed."""
    if ev.status is EvaluationStatus.FINAL:
        raise ValidationError(msg(N_("msg", "The result is already final.")))
    if ev.status is not EvaluationStatus.RECEIVED:
        raise ValidationError(msg(N_("msg", "Only a received result can be made final.")))
    if appeal_ends is not None and day <= appeal_ends:
        raise ValidationError(msg(N_("msg", "The appeal window is open until {day} (Methodology, item 10)."),
                                  day=appeal_ends.strftime("%d.%m.%Y")))
    return replace(ev, status=EvaluationStatus.FINAL, finalised_on=day)


def record_notice(ev: Evaluation, method: NoticeMethod, day: date, ref: str = "") -> Evaluation:
    """A dismissed evaluee's notice (001 §9) is their receipt of the result."""
    if not ev.without_participation:
        raise ValidationError(msg(N_("msg", "A notice is recorded only for an employee dismissed in the quarter.")))
    ev = replace(ev, notice_method=method, notice_on=day, notice_ref=ref)
    if ev.status is EvaluationStatus.SIGNED:
        ev = receive(ev, day)
    return ev


def reason_required(reason: str) -> str:
    text = reason.strip()
    if len(text) < 3:
        raise ValidationError(msg(N_("msg", "A signed evaluation is locked: write the reason for the change.")),
                              field="reason")
    return text
