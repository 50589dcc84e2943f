"""What a methodology version is: plain frozen dataclasses, no rules about storage or display.

A methodology is data the HR specialist edits (DOMAIN.md "Bonus scale and points"): its score
model, grade bands, deadlines, evaluation-sheet templates, bonus and penalty items with their rules,
the unit head's personal points, the disciplinary deduction and the efficiency coefficient table.
All numbers are `Decimal` so that 3.995 and 16 % are exact.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Literal

from desktop_app.domain.i18n import Spelled
from desktop_app.domain.methodology.rounding import round_score

ScoreModel = Literal["score", "points"]
RuleKind = Literal["fixed", "range", "tiers"]
MultiplierWhen = Literal["min_quantity", "flag"]
CoExecutorKind = Literal["fixed", "half"]
SheetMode = Literal["overall", "criteria"]
Combine = Literal["mean", "weighted_mean", "min"]

SCORE_MODELS: tuple[ScoreModel, ...] = ("score", "points")
RULE_KINDS: tuple[RuleKind, ...] = ("fixed", "range", "tiers")
SHEET_MODES: tuple[SheetMode, ...] = ("overall", "criteria")
COMBINES: tuple[Combine, ...] = ("mean", "weighted_mean", "min")

# Entry flags a multiplier may depend on (the evaluator ticks them on an entry).
# 002 §17 2) and §21 2), 3) say "кемінде 3 жұмыс күні" — literally "at least 3 working days" (§21 adds
# "(қоса алғанда)", inclusive). The Kazakh text is the only one among the seeds; the label follows it word
# for word and the rules help says so, whatever the intent of the Russian original may be.
FLAG_SHORT_DEADLINE = "short_deadline"
FLAG_LATE_5_10 = "late_5_10"            # 002 §21 (closing paragraph): deadline missed by 5 to 10 days
FLAG_REPEAT = "repeat"                  # a repeat named by the item itself
FLAG_LATE_60 = "late_60"                # 002 §22 1): late more than 60 minutes in total in the quarter
FLAGS: tuple[str, ...] = (FLAG_SHORT_DEADLINE, FLAG_LATE_5_10, FLAG_REPEAT, FLAG_LATE_60)


@dataclass(frozen=True)
class GradeBand:
    """One grade of the scale (001 §7). `lower` is where the band starts; `upper` is shown, None = open."""

    name_kk: str
    name_ru: str
    lower: Decimal
    upper: Decimal | None
    is_unsatisfactory: bool = False

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru


@dataclass(frozen=True)
class Deadlines:
    """Calendar and working-day windows of the evaluation (001 §4, §10, §19, §20, §22)."""

    quarter_day: int = 20          # 001 §4: no later than the 20th of the month after the quarter
    annual_month: int = 1          # 001 §4: annual result no later than 30 January of the next year
    annual_day: int = 30
    appeal_wd: int = 5             # 001 §10: application within 5 working days of receiving the result
    decision_wd: int = 3           # 001 §19: decision and members within 3 working days of the application
    session_wd: int = 10           # 001 §20: session within 10 working days of the application
    protocol_wd: int = 3           # 001 §22: protocol posted within 3 working days of its signing
    dismissed_notice_months: int = 1  # 001 §9: dismissed staff told within a month after the quarter


@dataclass(frozen=True)
class Criterion:
    """One line of an evaluation sheet, scored 0..max_score (001 §17: 0 to 5)."""

    id: str
    name_kk: str
    name_ru: str
    weight: Decimal = Decimal(1)


@dataclass(frozen=True)
class CommentField:
    """A free-text field of an evaluation sheet (e.g. achievements, areas to develop; 001 §23)."""

    id: str
    label_kk: str
    label_ru: str
    required: bool = False


@dataclass(frozen=True)
class SheetTemplate:
    """The evaluation sheet of form 1 or form 2 (001 §16). The forms' content is not in the seeds."""

    form: int
    title_kk: str
    title_ru: str
    mode: SheetMode = "overall"
    criteria: tuple[Criterion, ...] = ()
    combine: Combine = "mean"
    comment_fields: tuple[CommentField, ...] = ()
    max_score: Decimal = Decimal(5)


@dataclass(frozen=True)
class CountTier:
    """Points for a count (or a percentage) in the quarter: `lower`..`upper` inclusive, None = "and more".

    `multiplier` expresses tiers worded as "the top points ×2" (002 §17 6), 10)) or "penalty ×3" (002 §21 15)).
    """

    lower: Decimal
    upper: Decimal | None
    points: Decimal
    multiplier: Decimal = Decimal(1)


@dataclass(frozen=True)
class Multiplier:
    """×factor when the item's facts in the quarter reach `min_quantity`, or when an entry has `flag`."""

    factor: Decimal
    when: MultiplierWhen = "min_quantity"
    min_quantity: int = 2
    flag: str = ""
    source: str = ""
    # Multipliers of one item with the same non-empty `group` are alternative conditions of ONE rule
    # (002 §22 1): "more than 6 times OR over 60 minutes in total → each fact ×3"): when several hold,
    # the breach is still multiplied once, by the largest factor among them (no ×9).
    group: str = ""


@dataclass(frozen=True)
class CoExecutorShare:
    """What a co-executor gets: fixed points per fact (002 §17 3): "+1") or half the points (002 §17 6))."""

    kind: CoExecutorKind = "fixed"
    points: Decimal = Decimal(1)


@dataclass(frozen=True)
class PointRule:
    """How facts of one item become points.

    - fixed: `points` per fact;
    - range: the evaluator picks `min_points`..`max_points` per fact;
    - tiers: points for the count in the quarter, from `tiers`.
    `min_quantity`: fewer facts earn nothing (002 §21 13): "3 or more"). `cap`: the item's points in a
    quarter never exceed it (002 §17: +10, +15, +30). Items with the same non-empty `cap_group` share
    one cap (002 §17 9): two kinds of documents, "+10 in total for this criterion").
    """

    kind: RuleKind = "fixed"
    points: Decimal = Decimal(1)
    min_points: Decimal = Decimal(0)
    max_points: Decimal = Decimal(0)
    tiers: tuple[CountTier, ...] = ()
    min_quantity: int = 0
    multipliers: tuple[Multiplier, ...] = ()
    cap: Decimal | None = None
    co_executor: CoExecutorShare | None = None
    cap_group: str = ""


def short_text(text: str, limit: int = 80) -> str:
    """An item's text up to its first clause (the points and conditions follow " – ", ";" or "("), cut at a
    word within `limit` characters; "…" marks a cut."""
    head = text.strip()
    for stop in (" – ", " — ", ";", " ("):
        head = head.split(stop, 1)[0]
    if len(head) > limit:
        head = head[:limit].rsplit(" ", 1)[0]
    return head if head == text.strip() else head.rstrip(" ,.:") + "…"


@dataclass(frozen=True)
class BonusItem:
    """An incentivised activity of the bonus scale (000 Appendix 1-1; 002 §17). `level` is +1..+5."""

    id: str
    level: int
    text_kk: str
    text_ru: str
    rule: PointRule
    source: str = ""

    def text(self, lang: str) -> str:
        return self.text_kk if lang == "kk" else self.text_ru

    @property
    def name(self) -> Spelled:
        """How a message names the item: the start of its text (its code is the editor's, not the user's)."""
        return Spelled(short_text(self.text_kk), short_text(self.text_ru))


@dataclass(frozen=True)
class PenaltyItem:
    """A breach of executive (002 §21) or labour (002 §22) discipline; points are subtracted."""

    id: str
    group: Literal["executive", "labour"]
    text_kk: str
    text_ru: str
    rule: PointRule
    source: str = ""

    def text(self, lang: str) -> str:
        return self.text_kk if lang == "kk" else self.text_ru

    @property
    def name(self) -> Spelled:
        """How a message names the item: the start of its text (its code is the editor's, not the user's)."""
        return Spelled(short_text(self.text_kk), short_text(self.text_ru))


@dataclass(frozen=True)
class PersonalPointsRule:
    """The unit head's personal points (002 §26): +min..+max or −penalty, total capped, none after breaches."""

    min_points: Decimal = Decimal(1)
    max_points: Decimal = Decimal(5)
    penalty_points: Decimal = Decimal(2)
    cap: Decimal = Decimal(15)
    blocked_from_breaches: int = 5


@dataclass(frozen=True)
class SanctionRule:
    """A disciplinary sanction in force deducts `percent_per_month` % of the total per month (002 §21)."""

    percent_per_month: Decimal = Decimal(16)
    source: str = "§21"


@dataclass(frozen=True)
class EfficiencyStep:
    """From `lower` points on, the bonus-pay coefficient is `coefficient` (002 §18)."""

    lower: Decimal
    coefficient: Decimal


@dataclass(frozen=True)
class Methodology:
    """One version of an office's methodology. `lineage` ties the versions of one methodology together."""

    name_kk: str
    name_ru: str
    effective_from: date
    score_model: ScoreModel = "score"
    act_number: str = ""
    act_date: date | None = None
    id: int | None = None
    # the body whose act approved this version, in the genitive as it is cited ("акимата Карасуского района" /
    # "Қарасу ауданы әкімдігінің"); documents cite "пункт 4 Методики, утв. постановлением акимата … от … № …"
    act_body_kk: str = ""
    act_body_ru: str = ""
    act_kind_kk: str = "қаулысымен"     # the act's kind in the instrumental: қаулысымен / шешімімен / бұйрығымен
    act_kind_ru: str = "постановлением"
    lineage: str = ""
    version: int = 1
    base_points: Decimal | None = None
    bands: tuple[GradeBand, ...] = ()
    rounding_places: int = 2
    deadlines: Deadlines = field(default_factory=Deadlines)
    sheet_templates: dict[int, SheetTemplate] = field(default_factory=dict)
    bonus_items: tuple[BonusItem, ...] = ()
    penalty_items: tuple[PenaltyItem, ...] = ()
    personal_points: PersonalPointsRule | None = None
    sanction: SanctionRule | None = None
    efficiency: tuple[EfficiencyStep, ...] = ()
    preset: str = ""
    note: str = ""

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    def round_score(self, x: Decimal | float | str) -> Decimal:
        """Round half up to `rounding_places` decimals (3.995 → 4.00); see rounding.py."""
        return round_score(x, self.rounding_places)

    def sorted_bands(self) -> list[GradeBand]:
        return sorted(self.bands, key=lambda b: b.lower)

    def grade_for(self, score: Decimal | float | str) -> GradeBand:
        """The band of a score: round it first, then take the highest band whose `lower` it reaches.

        A rounded score between two bands (105.5 with bands 80–105 / 106–130) stays in the lower one:
        the next grade is earned only on reaching its lower bound. Below every band: the lowest band.
        """
        if not self.bands:
            raise ValueError("methodology has no grade bands")
        rounded = self.round_score(score)
        ordered = self.sorted_bands()
        found = ordered[0]
        for band in ordered:
            if rounded >= band.lower:
                found = band
        return found

    def bonus_item(self, item_id: str) -> BonusItem | None:
        return next((i for i in self.bonus_items if i.id == item_id), None)

    def penalty_item(self, item_id: str) -> PenaltyItem | None:
        return next((i for i in self.penalty_items if i.id == item_id), None)

    def bonus_levels(self) -> dict[int, list[BonusItem]]:
        """Items grouped by level, +5 first, as in 000 Appendix 1-1."""
        groups: dict[int, list[BonusItem]] = {lvl: [] for lvl in (5, 4, 3, 2, 1)}
        for item in self.bonus_items:
            groups.setdefault(item.level, []).append(item)
        return groups

    def sheet(self, form: int) -> SheetTemplate | None:
        return self.sheet_templates.get(form)

    def with_changes(self, **changes: object) -> Methodology:
        return replace(self, **changes)  # type: ignore[arg-type]
