"""One item's facts in a quarter → explanation lines with points (bonus positive, penalty positive too;
the calculator subtracts penalties). The order of operations, written once:

1. per-fact points: `points` (fixed), the evaluator's choice within the range, or the co-executor's
   fixed share (002 §17 3): "+1");
2. × quantity; a tiered item instead takes the tier of the item's count in the quarter (entries of
   the same item and role are counted together) × the tier's multiplier;
3. × every multiplier that applies: the item's facts in the quarter reached `min_quantity`
   (002 §17 1): two or more → ×3), or the entry carries the flag (002 §17 2): a deadline of "кемінде 3 жұмыс күні", at least 3 working days → ×2);
4. co-executor's half share (002 §17 6)) after the multipliers;
5. fewer facts than `min_quantity` of the rule → no points (002 §21 13));
6. the item's cap per quarter, over all its entries, cuts the line where it is reached (002 §17: +30);
7. items sharing a `cap_group` are then capped together, in the order of the entries (002 §17 9)).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.methodology.entries import BonusEntry, ExplanationLine, LineKind, PenaltyEntry
from desktop_app.domain.methodology.fmt import plain, signed
from desktop_app.domain.methodology.model import (
    FLAG_LATE_5_10,
    FLAG_LATE_60,
    FLAG_REPEAT,
    FLAG_SHORT_DEADLINE,
    BonusItem,
    CountTier,
    Multiplier,
    PenaltyItem,
    PointRule,
)
from desktop_app.domain.methodology.rounding import to_decimal

ItemEntry = BonusEntry | PenaltyEntry
Item = BonusItem | PenaltyItem
HALF = Decimal("0.5")


def flag_label(flag: str) -> Msg:
    if flag == FLAG_SHORT_DEADLINE:
        # 002 §17 2), §21 2), 3): "кемінде 3 жұмыс күні" — at least 3 working days, word for word
        return msg(N_("msg", "deadline of at least 3 working days"))
    if flag == FLAG_LATE_5_10:
        return msg(N_("msg", "deadline missed by 5 to 10 days"))
    if flag == FLAG_REPEAT:
        return msg(N_("msg", "aggravated repeat"))
    if flag == FLAG_LATE_60:
        return msg(N_("msg", "late more than 60 minutes in total"))
    return msg(N_("msg", "marked \"{flag}\""), flag=flag)


def find_tier(tiers: Sequence[CountTier], quantity: Decimal) -> CountTier | None:
    """The tier holding `quantity`; between two tiers (10.5 with 5–10 / 11–15) the lower one holds it.

    Below the first tier: None (no points, 002 §17 4): fewer than 5 appeals earn nothing).
    """
    ordered = sorted(tiers, key=lambda t: t.lower)
    found: CountTier | None = None
    for tier in ordered:
        if quantity >= tier.lower:
            found = tier
        if tier.upper is not None and tier.lower <= quantity <= tier.upper:
            return tier
    return found


def describe_rule(rule: PointRule, negative: bool = False) -> Msg:
    """The rule in one phrase, for the explanation and the scale editor (`negative` for penalty items)."""
    sgn = Decimal(-1) if negative else Decimal(1)
    if rule.kind == "range":
        text = msg(N_("msg", "{low} to {high} per fact"), low=signed(sgn * rule.min_points), high=signed(sgn * rule.max_points))
    elif rule.kind == "tiers":
        parts = []
        for t in sorted(rule.tiers, key=lambda t: t.lower):
            pts = signed(sgn * t.points) + (f" ×{plain(t.multiplier)}" if t.multiplier != 1 else "")
            span = f"{plain(t.lower)}–{plain(t.upper)}" if t.upper is not None else f"≥ {plain(t.lower)}"
            parts.append(f"{span} → {pts}")
        text = msg(N_("msg", "by count: {tiers}"), tiers="; ".join(parts))
    else:
        text = msg(N_("msg", "{points} per fact"), points=signed(sgn * rule.points))
    return text


def _quantity(item: Item, entry: ItemEntry) -> Decimal:
    q = to_decimal(entry.quantity)
    if q < 0:
        raise ValidationError(msg(N_("msg", "Item \"{item}\": the quantity cannot be negative."), item=item.name),
                              field="quantity")
    return q


def _per_fact(item: Item, rule: PointRule, entry: ItemEntry, notes: list[Msg]) -> Decimal:
    if entry.co_executor and rule.co_executor is not None and rule.co_executor.kind == "fixed":
        notes.append(msg(N_("msg", "co-executor: {points} per fact"), points=signed(rule.co_executor.points)))
        return rule.co_executor.points
    if rule.kind == "range":
        if entry.chosen_points is None:
            raise ValidationError(msg(N_("msg", "Item \"{item}\": choose the points per fact, from {low} to {high}."),
                                      item=item.name, low=plain(rule.min_points), high=plain(rule.max_points)),
                                  field="chosen_points")
        chosen = to_decimal(entry.chosen_points)
        if not rule.min_points <= chosen <= rule.max_points:
            raise ValidationError(msg(N_("msg", "Item \"{item}\": {points} is outside {low} to {high}."),
                                      item=item.name, points=plain(chosen), low=plain(rule.min_points),
                                      high=plain(rule.max_points)), field="chosen_points")
        notes.append(msg(N_("msg", "chosen {points} per fact"), points=signed(chosen)))
        return chosen
    return rule.points


def _condition(m: Multiplier) -> Msg:
    if m.when == "min_quantity":
        return msg(N_("msg", "{n} or more facts in the quarter"), n=m.min_quantity)
    return flag_label(m.flag)


def _holds(m: Multiplier, entry_flags: frozenset[str], item_quantity: Decimal) -> bool:
    if m.when == "min_quantity":
        return item_quantity >= m.min_quantity
    return m.when == "flag" and m.flag in entry_flags


def _apply_multipliers(rule: PointRule, entry_flags: frozenset[str], item_quantity: Decimal,
                       points: Decimal, notes: list[Msg]) -> Decimal:
    """Every condition that holds multiplies once. Conditions sharing a `group` are one rule worded
    with "or" (002 §22 1): more than 6 times or over 60 minutes → ×3): the group multiplies once."""
    done: set[str] = set()
    for m in rule.multipliers:
        if not _holds(m, entry_flags, item_quantity):
            continue
        if not m.group:
            notes.append(msg(N_("msg", "×{factor}: {what}"), factor=plain(m.factor), what=_condition(m)))
            points *= m.factor
            continue
        if m.group in done:
            continue
        done.add(m.group)
        held = [x for x in rule.multipliers if x.group == m.group and _holds(x, entry_flags, item_quantity)]
        best = max(held, key=lambda x: x.factor)
        if len(held) == 1:
            notes.append(msg(N_("msg", "×{factor}: {what}"), factor=plain(best.factor), what=_condition(best)))
        else:
            notes.append(msg(N_("msg", "×{factor} once: both {first} and {second} hold, and they are conditions "
                                       "of one rule"), factor=plain(best.factor), first=_condition(held[0]),
                             second=_condition(held[1])))
        points *= best.factor
    return points


@dataclass
class _Draft:
    entry: ItemEntry
    quantity: Decimal
    points: Decimal
    notes: list[Msg]


def _half(rule: PointRule, entry: ItemEntry, points: Decimal, notes: list[Msg]) -> Decimal:
    if entry.co_executor and rule.co_executor is not None and rule.co_executor.kind == "half":
        notes.append(msg(N_("msg", "co-executor: half the points")))
        return points * HALF
    return points


def _tier_drafts(item: Item, rule: PointRule, entries: Sequence[ItemEntry], item_q: Decimal) -> list[_Draft]:
    drafts: list[_Draft] = []
    for role in (False, True):
        group = [e for e in entries if e.co_executor == role]
        if not group:
            continue
        q = sum((_quantity(item, e) for e in group), Decimal(0))
        notes: list[Msg] = []
        if len(group) > 1:
            notes.append(msg(N_("msg", "{n} entries counted together"), n=len(group)))
        tier = find_tier(rule.tiers, q)
        if tier is None:
            notes.append(msg(N_("msg", "below the first tier: no points")))
            points = Decimal(0)
        else:
            span = f"{plain(tier.lower)}–{plain(tier.upper)}" if tier.upper is not None else f"≥ {plain(tier.lower)}"
            notes.append(msg(N_("msg", "tier {span} → {points}"), span=span, points=signed(tier.points)))
            points = tier.points
            if tier.multiplier != 1:
                notes.append(msg(N_("msg", "×{factor}: tier multiplier"), factor=plain(tier.multiplier)))
                points *= tier.multiplier
            flags = frozenset().union(*(e.all_flags() for e in group))
            points = _apply_multipliers(rule, flags, item_q, points, notes)
            points = _half(rule, group[0], points, notes)
        drafts.append(_Draft(group[0], q, points, notes))
    return drafts


def item_lines(item: Item, entries: Sequence[ItemEntry], kind: LineKind) -> list[ExplanationLine]:
    """All lines of one item for one quarter (points unsigned; the calculator signs penalties)."""
    rule = item.rule
    item_q = sum((_quantity(item, e) for e in entries), Decimal(0))
    if rule.kind == "tiers":
        drafts = _tier_drafts(item, rule, entries, item_q)
    else:
        drafts = []
        for e in entries:
            notes: list[Msg] = []
            q = _quantity(item, e)
            points = _per_fact(item, rule, e, notes) * q
            points = _apply_multipliers(rule, e.all_flags(), item_q, points, notes)
            points = _half(rule, e, points, notes)
            drafts.append(_Draft(e, q, points, notes))
    if rule.min_quantity and item_q < rule.min_quantity:
        for d in drafts:
            d.notes.append(msg(N_("msg", "fewer than {n} facts in the quarter: no points"), n=rule.min_quantity))
            d.points = Decimal(0)
    if rule.cap is not None:
        running = Decimal(0)
        for d in drafts:
            room = max(rule.cap - running, Decimal(0))
            if d.points > room:
                d.notes.append(msg(N_("msg", "cap {cap} per quarter reached: {before} → {after}"),
                                   cap=signed(rule.cap), before=plain(d.points), after=plain(room)))
                d.points = room
            running += d.points
    sign = Decimal(-1) if kind == "penalty" else Decimal(1)
    # "+ 0" turns a penalty's −0 into 0
    return [ExplanationLine(kind, item.id, item.text_kk, item.text_ru, describe_rule(rule, kind == "penalty"), d.quantity,
                            sign * d.points + 0, tuple(d.notes), item.source) for d in drafts]


def apply_shared_caps(lines: Sequence[ExplanationLine], items: dict[str, Item]) -> list[ExplanationLine]:
    """Cap together the lines of items that share a `cap_group` (after each item's own cap)."""
    out: list[ExplanationLine] = []
    running: dict[str, Decimal] = {}
    for ln in lines:
        item = items.get(ln.item_id)
        rule = item.rule if item is not None else None
        if rule is None or not rule.cap_group or rule.cap is None or ln.kind not in ("bonus", "penalty"):
            out.append(ln)
            continue
        sign = Decimal(-1) if ln.kind == "penalty" else Decimal(1)
        amount = sign * ln.points
        used = running.get(rule.cap_group, Decimal(0))
        room = max(rule.cap - used, Decimal(0))
        if amount > room:
            note = msg(N_("msg", "cap {cap} shared by the items of \"{group}\" reached: {before} → {after}"),
                       cap=signed(rule.cap), group=rule.cap_group, before=plain(amount), after=plain(room))
            ln = replace(ln, points=sign * room + 0, notes=(*ln.notes, note))
            amount = room
        running[rule.cap_group] = used + amount
        out.append(ln)
    return out
