"""Evaluation sheets (001 §16, §17): one overall 0–5 score, or criteria 0–5 combined into one score."""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, Msg, Spelled, msg
from desktop_app.domain.methodology.fmt import plain
from desktop_app.domain.methodology.model import SheetTemplate
from desktop_app.domain.methodology.rounding import Number, round_score, to_decimal

OVERALL = "overall"


def score_name(template: SheetTemplate, key: str) -> Msg | Spelled:
    """What a score key means to the user: the criterion's name in both spellings, or "overall score"."""
    for c in template.criteria:
        if c.id == key:
            return Spelled(c.name_kk, c.name_ru)
    return msg(N_("msg", "overall score"))


def check_score(template: SheetTemplate, value: Number, what: str = "") -> Decimal:
    """A score on the sheet is 0..max_score (001 §17: "from 0 to 5")."""
    d = to_decimal(value)
    if not Decimal(0) <= d <= template.max_score:
        raise ValidationError(msg(N_("msg", "A score must be from 0 to {max}, got {value} ({what})."),
                                  max=plain(template.max_score), value=plain(d),
                                  what=score_name(template, what or OVERALL)),
                              field="score")
    return d


def sheet_score(template: SheetTemplate, scores: Mapping[str, Number], places: int = 2) -> Decimal:
    """The sheet's score. Overall mode reads `scores["overall"]`; criteria mode needs every criterion
    and combines them by `template.combine` (mean, weighted mean or minimum), rounded half up."""
    if template.mode == "overall":
        if OVERALL not in scores:
            raise ValidationError(msg(N_("msg", "The overall score is missing.")), field="score")
        return round_score(check_score(template, scores[OVERALL]), places)
    values: list[tuple[Decimal, Decimal]] = []
    for c in template.criteria:
        if c.id not in scores:
            raise ValidationError(msg(N_("msg", "The score for \"{criterion}\" is missing."), criterion=Spelled(c.name_kk, c.name_ru)),
                                  field=c.id)
        values.append((check_score(template, scores[c.id], c.id), c.weight))
    if not values:
        raise ValidationError(msg(N_("msg", "The evaluation sheet has no criteria.")))
    if template.combine == "min":
        return round_score(min(v for v, _ in values), places)
    if template.combine == "weighted_mean":
        weight = sum((w for _, w in values), Decimal(0))
        if weight <= 0:
            raise ValidationError(msg(N_("msg", "The criteria weights must add up to more than zero.")))
        return round_score(sum((v * w for v, w in values), Decimal(0)) / weight, places)
    return round_score(sum((v for v, _ in values), Decimal(0)) / len(values), places)
