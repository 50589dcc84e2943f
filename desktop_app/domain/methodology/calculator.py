"""The one calculator: a quarter's entries → points and an explanation (seeds 000, 002).

total = base + bonus − penalty + personal − sanction deduction, in this order:
- base: the methodology's base points (100 in the 2017 points methodologies), none in the 0–5 model;
- bonus and penalty: item by item, see rules.py (002 §17, §21, §22);
- personal: the unit head's points, "given after the penalty points are deducted" (002 §26);
- sanction: 16 % of that total for each month of a disciplinary sanction in the period (002 §21),
  taken last because the seed deducts it "from the total score of the final evaluation".
Every amount is rounded half up to the methodology's decimals only at the end of each line.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.methodology.entries import (
    BonusEntry,
    Entry,
    ExplanationLine,
    PenaltyEntry,
    PersonalEntry,
    PointsResult,
)
from desktop_app.domain.methodology.fmt import plain, signed
from desktop_app.domain.methodology.model import BonusItem, Methodology, PenaltyItem, PersonalPointsRule
from desktop_app.domain.methodology.rounding import to_decimal
from desktop_app.domain.methodology.rules import apply_shared_caps, item_lines

ZERO = Decimal(0)


def _grouped(entries: Sequence[BonusEntry] | Sequence[PenaltyEntry]) -> dict[str, list]:
    groups: dict[str, list] = {}
    for e in entries:
        groups.setdefault(e.item_id, []).append(e)
    return groups


def _personal_lines(rule: PersonalPointsRule | None, entries: list[PersonalEntry],
                    breaches: Decimal) -> list[ExplanationLine]:
    if not entries:
        return []
    if rule is None:
        raise ValidationError(msg(N_("msg", "This methodology has no personal points of the unit head.")))
    lines: list[ExplanationLine] = []
    given = ZERO
    for e in entries:
        p = to_decimal(e.points)
        notes: list[Msg] = []
        check_personal_points(rule, p)
        if not e.note.strip():
            # 002 §26: "нақты негіздемелері бар ескертпелерді толтырған жағдайда, аталған балдар есепке алынады"
            # — counted only when the note with concrete grounds is filled in. Input refuses an empty note
            # (sheet_extras.py); a stored one without it counts nothing, and the line says why.
            notes.append(msg(N_("msg", "no note with concrete grounds: not counted")))
            p = ZERO
        else:
            notes.append(msg(N_("msg", "grounds: {note}"), note=e.note.strip()))
        if p > 0:
            if breaches >= rule.blocked_from_breaches:
                notes.append(msg(N_("msg", "{n} or more breaches in the quarter: no personal bonus points"),
                                 n=rule.blocked_from_breaches))
                p = ZERO
            elif given + p > rule.cap:
                room = max(rule.cap - given, ZERO)
                notes.append(msg(N_("msg", "cap {cap} per quarter reached: {before} → {after}"),
                                 cap=signed(rule.cap), before=plain(p), after=plain(room)))
                p = room
            given += p
        lines.append(ExplanationLine("personal", "personal", "Бөлімше басшысының жеке балы",
                                     "Личные баллы руководителя подразделения",
                                     msg(N_("msg", "{low} to {high}, or {penalty}"), low=signed(rule.min_points),
                                         high=signed(rule.max_points), penalty=signed(-rule.penalty_points)),
                                     Decimal(1), p, tuple(notes), "§26"))
    return lines


def check_personal_points(rule: PersonalPointsRule, p: Decimal) -> None:
    """002 §26: the unit head gives "+1"…"+5" bonus or "−2" penalty points, nothing else."""
    if p == -rule.penalty_points or rule.min_points <= p <= rule.max_points:
        return
    raise ValidationError(msg(N_("msg", "Personal points are {low} to {high}, or {penalty}."),
                              low=signed(rule.min_points), high=signed(rule.max_points),
                              penalty=signed(-rule.penalty_points)), field="points")


def efficiency_coefficient(methodology: Methodology, total: Decimal) -> Decimal | None:
    """The bonus-pay coefficient for a lookup value (002 §18: <100 → 0.75 … ≥140 → 1); None without a table.

    002 §18: the coefficient "жалпы көтермелеу балдарына байланысты анықталады" — depends on the total of
    BONUS points — and "айыппұл балдарын ескере отырып, қорытынды бағалау нәтижесіне көбейтіледі": it then
    multiplies the final result, in which the penalties are already counted. So pass the bonus total
    (`bonus_base`), never the total after penalties.
    """
    if not methodology.efficiency:
        return None
    steps = sorted(methodology.efficiency, key=lambda s: s.lower)
    found = steps[0].coefficient
    for s in steps:
        if total >= s.lower:
            found = s.coefficient
    return found


def calculate_points(methodology: Methodology, entries: Iterable[Entry], sanction_months: int = 0) -> PointsResult:
    """Points of one servant for one quarter, with one explanation line per entry (tiered entries of the
    same item are counted together, as the seed counts "in the reporting period")."""
    entries = list(entries)
    bonus_entries = [e for e in entries if isinstance(e, BonusEntry)]
    penalty_entries = [e for e in entries if isinstance(e, PenaltyEntry)]
    personal_entries = [e for e in entries if isinstance(e, PersonalEntry)]
    if sanction_months < 0:
        raise ValidationError(msg(N_("msg", "Months of a disciplinary sanction cannot be negative.")),
                              field="sanction_months")
    lines: list[ExplanationLine] = []
    base = methodology.base_points if methodology.base_points is not None else ZERO
    if methodology.base_points is not None:
        lines.append(ExplanationLine("base", "base", "Базалық балл", "Базовый балл", None, Decimal(1), base, (),
                                     methodology.name_ru))
    for item_id, group in _grouped(bonus_entries).items():
        item = methodology.bonus_item(item_id)
        if item is None:
            raise ValidationError(msg(N_("msg", "An entry refers to a bonus item that is no longer in this methodology: "
                                             "delete the entry and add it again from the scale.")))
        lines.extend(item_lines(item, group, "bonus"))
    for item_id, group in _grouped(penalty_entries).items():
        pitem = methodology.penalty_item(item_id)
        if pitem is None:
            raise ValidationError(msg(N_("msg", "An entry refers to a penalty item that is no longer in this methodology: "
                                             "delete the entry and add it again from the list.")))
        lines.extend(item_lines(pitem, group, "penalty"))
    items: dict[str, BonusItem | PenaltyItem] = {i.id: i for i in methodology.bonus_items}
    items.update({i.id: i for i in methodology.penalty_items})
    lines = apply_shared_caps(lines, items)
    breaches = sum((to_decimal(e.quantity) for e in penalty_entries), ZERO)
    lines.extend(_personal_lines(methodology.personal_points, personal_entries, breaches))
    rnd = methodology.round_score
    lines = [ExplanationLine(ln.kind, ln.item_id, ln.text_kk, ln.text_ru, ln.rule, ln.quantity, rnd(ln.points),
                             ln.notes, ln.source) for ln in lines]
    bonus = sum((ln.points for ln in lines if ln.kind == "bonus"), ZERO)
    penalty = -sum((ln.points for ln in lines if ln.kind == "penalty"), ZERO)
    personal = sum((ln.points for ln in lines if ln.kind == "personal"), ZERO)
    subtotal = base + bonus - penalty + personal
    deduction = ZERO
    if sanction_months:
        rule = methodology.sanction
        if rule is None:
            raise ValidationError(msg(N_("msg", "This methodology has no deduction for disciplinary sanctions.")))
        percent = rule.percent_per_month * sanction_months
        deduction = rnd(max(subtotal, ZERO) * percent / 100) if subtotal > 0 else ZERO
        lines.append(ExplanationLine(
            "sanction", "sanction", "Тәртіптік жаза", "Дисциплинарное взыскание",
            msg(N_("msg", "{percent} % of the total for each month"), percent=plain(rule.percent_per_month)),
            Decimal(sanction_months), -deduction,
            (msg(N_("msg", "{months} × {percent} % = {total} % of {subtotal}"), months=sanction_months,
                 percent=plain(rule.percent_per_month), total=plain(percent), subtotal=plain(subtotal)),),
            rule.source))
    total = rnd(subtotal - deduction)
    grade = methodology.grade_for(total) if methodology.score_model == "points" and methodology.bands else None
    lookup = bonus_base(bonus, lines)
    return PointsResult(base=base, bonus=bonus, penalty=penalty, personal=personal, sanction_deduction=deduction,
                        total=total, breaches=breaches, lines=lines, grade=grade,
                        coefficient=efficiency_coefficient(methodology, lookup), coefficient_base=lookup)


def bonus_base(bonus: Decimal, lines: Sequence[ExplanationLine]) -> Decimal:
    """The value the efficiency coefficient is looked up on (002 §18): the bonus points of the scale plus
    the unit head's personal BONUS points, which 002 §26 calls "жеке көтермелеу балдары" (its "−2" is a
    penalty and stays out). The base points and every penalty stay out."""
    return bonus + sum((ln.points for ln in lines if ln.kind == "personal" and ln.points > 0), ZERO)
