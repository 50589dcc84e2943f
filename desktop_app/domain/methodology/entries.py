"""What the evaluator records for a quarter (the calculator's input) and what comes out of it."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from desktop_app.domain.i18n import Msg
from desktop_app.domain.methodology.model import FLAG_LATE_5_10, FLAG_REPEAT, FLAG_SHORT_DEADLINE, GradeBand


@dataclass(frozen=True)
class BonusEntry:
    """Facts of one bonus item: `quantity` documents/facts, or the count for a tiered item.

    `chosen_points` is the per-fact value the evaluator picks for a range item (002 §17 1): +3..+5).
    """

    item_id: str
    quantity: Decimal | int = 1
    chosen_points: Decimal | int | None = None
    co_executor: bool = False
    short_deadline: bool = False
    flags: frozenset[str] = frozenset()
    evidence: str = ""

    def all_flags(self) -> frozenset[str]:
        return self.flags | ({FLAG_SHORT_DEADLINE} if self.short_deadline else set())


@dataclass(frozen=True)
class PenaltyEntry:
    """Facts of one breach. `late_5_10`: deadline missed by 5..10 days (002 §21); `repeat`: the
    item's own aggravation (e.g. 002 §22 1): late more than 60 minutes in total)."""

    item_id: str
    quantity: Decimal | int = 1
    chosen_points: Decimal | int | None = None
    late_5_10: bool = False
    repeat: bool = False
    co_executor: bool = False
    flags: frozenset[str] = frozenset()
    evidence: str = ""
    short_deadline: bool = False   # 002 §21 2), 3): no penalty for documents due within 3 working days

    def all_flags(self) -> frozenset[str]:
        extra = set()
        if self.short_deadline:
            extra.add(FLAG_SHORT_DEADLINE)
        if self.late_5_10:
            extra.add(FLAG_LATE_5_10)
        if self.repeat:
            extra.add(FLAG_REPEAT)
        return self.flags | extra


@dataclass(frozen=True)
class PersonalEntry:
    """The unit head's personal points (002 §26): +1..+5, or −2; `note` is the required justification."""

    points: Decimal | int
    note: str = ""


Entry = BonusEntry | PenaltyEntry | PersonalEntry
LineKind = Literal["base", "bonus", "penalty", "personal", "sanction"]


@dataclass(frozen=True)
class ExplanationLine:
    """One line of the explanation: item, rule, quantity, signed points, what was applied, seed paragraph."""

    kind: LineKind
    item_id: str
    text_kk: str
    text_ru: str
    rule: Msg | None
    quantity: Decimal
    points: Decimal
    notes: tuple[Msg, ...] = ()
    source: str = ""

    def text(self, lang: str) -> str:
        return self.text_kk if lang == "kk" else self.text_ru


@dataclass(frozen=True)
class PointsResult:
    """A quarter's points. `total` = base + bonus − penalty + personal − sanction deduction."""

    base: Decimal
    bonus: Decimal
    penalty: Decimal
    personal: Decimal
    sanction_deduction: Decimal
    total: Decimal
    breaches: Decimal
    lines: list[ExplanationLine] = field(default_factory=list)
    grade: GradeBand | None = None
    coefficient: Decimal | None = None
    coefficient_base: Decimal = Decimal(0)   # the bonus points the coefficient was looked up on (002 §18)
