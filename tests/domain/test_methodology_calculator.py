"""Worked examples of the points calculator at every tier boundary, cap and multiplier of seed 002, and seed 000."""
from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.methodology import (
    POINTS_2017,
    TYPICAL_2025,
    BonusEntry,
    PenaltyEntry,
    PersonalEntry,
    calculate_points,
    load_preset,
)

D = Decimal


@pytest.fixture(scope="module")
def points():
    return load_preset(POINTS_2017)


@pytest.fixture(scope="module")
def typical():
    return load_preset(TYPICAL_2025)


def bonus(m, *entries) -> Decimal:
    return calculate_points(m, entries).bonus


def penalty(m, *entries) -> Decimal:
    return calculate_points(m, entries).penalty


# 002 §17 4): appeals considered: 5–10 → +2, 11–15 → +3, 16–20 → +4, > 20 → +5
@pytest.mark.parametrize("count,expected", [(4, 0), (5, 2), (10, 2), (11, 3), (15, 3), (16, 4), (20, 4), (21, 5), (300, 5)])
def test_appeal_tiers_002_17_4(points, count, expected):
    assert bonus(points, BonusEntry("002-17-04", count)) == expected


# 002 §17 5): 3–5 → +2, 6–7 → +3, 8–10 → +4, > 10 → +5
@pytest.mark.parametrize("count,expected", [(2, 0), (3, 2), (5, 2), (6, 3), (7, 3), (8, 4), (10, 4), (11, 5)])
def test_minister_block_tiers_002_17_5(points, count, expected):
    assert bonus(points, BonusEntry("002-17-05", count)) == expected


# 002 §17 6): 10–15 → +3, 16–20 → +5, over 20 → the top points ×2; Legal Department co-executor: half
@pytest.mark.parametrize("count,expected,co", [(9, 0, False), (10, 3, False), (15, 3, False), (16, 5, False),
                                               (20, 5, False), (21, 10, False), (12, D("1.5"), True), (21, 5, True)])
def test_draft_acts_tiers_double_and_half_002_17_6(points, count, expected, co):
    assert bonus(points, BonusEntry("002-17-06", count, co_executor=co)) == expected


# 002 §17 7): 30–40 → +1 … > 70 → +5; plus +2 per short-deadline document, whatever their number
@pytest.mark.parametrize("count,expected", [(29, 0), (30, 1), (40, 1), (41, 2), (50, 2), (51, 3), (60, 3), (61, 4),
                                            (70, 4), (71, 5)])
def test_incoming_documents_tiers_002_17_7(points, count, expected):
    assert bonus(points, BonusEntry("002-17-07", count)) == expected


def test_short_deadline_incoming_documents_add_two_each_002_17_7(points):
    assert bonus(points, BonusEntry("002-17-07", 45), BonusEntry("002-17-07a", 3)) == 2 + 6


# 002 §17 10): printed pages 1000–1300 → +2, 1301–1600 → +3, 1601–2000 → +5, over 2000 → +5 ×2
@pytest.mark.parametrize("pages,expected", [(999, 0), (1000, 2), (1300, 2), (1301, 3), (1600, 3), (1601, 5),
                                            (2000, 5), (2001, 10)])
def test_printed_pages_tiers_002_17_10(points, pages, expected):
    assert bonus(points, BonusEntry("002-17-10", pages)) == expected


# 002 §17 16): percent of violations: 10–15 → +3, 15–30 → +4, over 30 → +5 (15 itself stays in the first tier)
@pytest.mark.parametrize("pct,expected", [("9.99", 0), ("10", 3), ("15", 3), ("15.005", 3), ("15.01", 4), ("30", 4),
                                          ("30.01", 5)])
def test_percentage_tiers_002_17_16(points, pct, expected):
    assert bonus(points, BonusEntry("002-17-16", D(pct))) == expected


def test_entries_of_a_tiered_item_are_counted_together(points):
    r = calculate_points(points, [BonusEntry("002-17-04", 6), BonusEntry("002-17-04", 6)])
    assert r.bonus == 3 and len(r.lines) == 2  # base + one merged line, 12 appeals → +3
    assert "2 entries counted together" in [str(n) for n in r.lines[1].notes]


# 002 §17 1): +3..+5 per document; two or more → ×3; a deadline ≤ 3 working days → ×2; co-executor +1
def test_president_instructions_range_and_multipliers_002_17_1(points):
    assert bonus(points, BonusEntry("002-17-01", 1, chosen_points=5)) == 5
    assert bonus(points, BonusEntry("002-17-01", 2, chosen_points=4)) == 24            # 2 × 4 × 3
    assert bonus(points, BonusEntry("002-17-01", 1, chosen_points=3, short_deadline=True)) == 6
    assert bonus(points, BonusEntry("002-17-01", 2, chosen_points=4, short_deadline=True)) == 48  # ×3 ×2
    assert bonus(points, BonusEntry("002-17-01", 1, co_executor=True)) == 1
    r = calculate_points(points, [BonusEntry("002-17-01", 1, chosen_points=5),
                                  BonusEntry("002-17-01", 1, chosen_points=3, short_deadline=True)])
    assert [ln.points for ln in r.lines[1:]] == [15, 18]   # the item has 2 facts in the quarter: both ×3


@pytest.mark.parametrize("chosen", [None, 2, 6])
def test_range_choice_is_required_and_bounded_002_17_1(points, chosen):
    with pytest.raises(ValidationError):
        calculate_points(points, [BonusEntry("002-17-01", 1, chosen_points=chosen)])


# 002 §17 2): +2..+4; two or more → ×2; the item never exceeds +30 in a quarter
def test_cap_30_cuts_the_line_where_it_is_reached_002_17_2(points):
    assert bonus(points, BonusEntry("002-17-02", 3, chosen_points=4)) == 24
    r = calculate_points(points, [BonusEntry("002-17-02", 2, chosen_points=4, short_deadline=True),
                                  BonusEntry("002-17-02", 2, chosen_points=2)])
    lines = r.lines[1:]
    assert [ln.points for ln in lines] == [30, 0]          # 2×4×2×2 = 32 → 30, then nothing left
    assert any("cap +30" in str(n) and "32 → 30" in str(n) for n in lines[0].notes)
    assert r.bonus == 30


@pytest.mark.parametrize("item,entry_kwargs,expected", [
    ("002-17-03", {"quantity": 4, "chosen_points": 3}, 10),   # 12 → cap +10
    ("002-17-03", {"quantity": 3, "chosen_points": 3}, 9),
    ("002-17-08", {"quantity": 5}, 10),                        # +2 per document, cap +10
    ("002-17-08", {"quantity": 6}, 10),
    ("002-17-27", {"quantity": 4}, 8),
    ("002-17-28", {"quantity": 3, "chosen_points": 5}, 15),    # cap +15
    ("002-17-28", {"quantity": 4, "chosen_points": 5}, 15),
    ("002-17-09", {"quantity": 3, "chosen_points": 4}, 10),
])
def test_caps_10_and_15_002_17(points, item, entry_kwargs, expected):
    assert bonus(points, BonusEntry(item, **entry_kwargs)) == expected


# 002 §21: repeat multipliers ×20, ×5, ×2.5, ×2, ×3; more than 3 facts → ×5; 5–10 days late → ×2
@pytest.mark.parametrize("item,qty,expected", [
    ("002-21-01", 1, 2), ("002-21-01", 2, 80),     # 2 facts × 2 × 20
    ("002-21-02", 1, 2), ("002-21-02", 2, 20),
    ("002-21-05", 3, 120),
    ("002-21-10", 2, 8), ("002-21-11", 2, 12),
    ("002-21-16", 1, 2), ("002-21-16", 2, 10),     # × 2.5
    ("002-21-17", 3, 6), ("002-21-17", 4, 40),     # "more than 3" → from the 4th
    ("002-21-22", 2, 20),
    ("002-21-13", 2, 0), ("002-21-13", 3, 6),      # only from 3 facts, "−2" each
])
def test_penalty_repeat_multipliers_002_21(points, item, qty, expected):
    assert penalty(points, PenaltyEntry(item, qty)) == expected


def test_late_by_5_to_10_days_doubles_002_21(points):
    assert penalty(points, PenaltyEntry("002-21-07", 1, late_5_10=True)) == 4
    assert penalty(points, PenaltyEntry("002-21-07", 1), PenaltyEntry("002-21-07", 1, late_5_10=True)) == 6


# 002 §21 15): unspent budget up to 2 % → −2; 2.1–5 % → ×2; 5.1–10 % → ×3; over 10 % → ×10
@pytest.mark.parametrize("pct,expected", [("1.5", 2), ("2", 2), ("2.05", 2), ("2.1", 4), ("5", 4), ("5.1", 6),
                                          ("10", 6), ("10.01", 20)])
def test_unspent_budget_tiers_002_21_15(points, pct, expected):
    assert penalty(points, PenaltyEntry("002-21-15", D(pct))) == expected


# 002 §22 1): late more than 6 times, or over 60 minutes in total → each fact ×3
def test_lateness_002_22_1(points):
    assert penalty(points, PenaltyEntry("002-22-01", 6)) == 12
    assert penalty(points, PenaltyEntry("002-22-01", 7)) == 42
    assert penalty(points, PenaltyEntry("002-22-01", 2, flags=frozenset({"late_60"}))) == 12
    # one breach, one multiplier: both conditions of 1) hold → still ×3, never ×9
    r = calculate_points(points, [PenaltyEntry("002-22-01", 7, flags=frozenset({"late_60"}))])
    assert r.penalty == 42
    assert "×3 once" in str(r.lines[-1].notes[0]) and len(r.lines[-1].notes) == 1


# 002 §21: a disciplinary sanction deducts 16 % of the total for each month
def test_sanction_deducts_16_percent_a_month_002_21(points):
    assert calculate_points(points, [], sanction_months=1).total == 84
    assert calculate_points(points, [], sanction_months=3).total == 52
    r = calculate_points(points, [BonusEntry("002-17-04", 21)], sanction_months=2)
    assert r.sanction_deduction == D("33.60") and r.total == D("71.40")   # 105 − 32 %
    assert r.lines[-1].kind == "sanction" and r.lines[-1].source == "§21"


# 002 §26: unit head's personal points +1..+5 or −2, after penalties, capped +15, none after 5 breaches
def test_personal_points_cap_and_block_002_26(points):
    r = calculate_points(points, [PersonalEntry(5, "load")] * 4)
    assert r.personal == 15 and [ln.points for ln in r.lines[1:]] == [5, 5, 5, 0]
    r = calculate_points(points, [PenaltyEntry("002-21-07", 4), PersonalEntry(5, "x"), PersonalEntry(-2, "y")])
    assert r.personal == 3
    r = calculate_points(points, [PenaltyEntry("002-21-07", 5), PersonalEntry(5, "x"), PersonalEntry(-2, "y")])
    assert r.personal == -2 and r.breaches == 5
    for bad in (0, 6, -1, -3):
        with pytest.raises(ValidationError):
            calculate_points(points, [PersonalEntry(bad, "x")])


# 002 §26: "нақты негіздемелері бар ескертпелерді толтырған жағдайда, аталған балдар есепке алынады"
def test_personal_points_without_a_note_do_not_count_002_26(points):
    r = calculate_points(points, [PersonalEntry(5, "  "), PersonalEntry(3, "a hard quarter")])
    assert r.personal == 3 and [ln.points for ln in r.lines[1:]] == [0, 3]
    assert "not counted" in str(r.lines[1].notes[0])
    assert "a hard quarter" in str(r.lines[2].notes[0])


# 002 §18: the coefficient depends on the total of BONUS points: <100 → 0.75, 100–109 → 0.8 … ≥140 → 1;
# penalties enter only through the result it multiplies.
@pytest.mark.parametrize("bonus_points,coef", [(99, "0.75"), (100, "0.8"), (109, "0.8"), (110, "0.85"),
                                               (119, "0.85"), (120, "0.9"), (130, "0.95"), (139, "0.95"),
                                               (140, "1")])
def test_efficiency_coefficient_on_bonus_points_002_18(points, bonus_points, coef):
    # 002 §17 27): +2 per fact, capped +10 — lift the cap to build any even total; +1 from a personal point
    from desktop_app.domain.methodology.model import BonusItem, PointRule
    item = BonusItem("b1", 1, "b", "b", PointRule(points=D(1)))
    m = points.with_changes(bonus_items=(item,))
    r = calculate_points(m, [BonusEntry("b1", bonus_points)])
    assert r.coefficient == D(coef) and r.coefficient_base == bonus_points
    # a penalty lowers the result, never the band of the coefficient
    r2 = calculate_points(m, [BonusEntry("b1", bonus_points), PenaltyEntry("002-21-01", 3)])
    assert r2.coefficient == D(coef) and r2.total < r.total
    # base points are not bonus points: 100 base alone is still "below 100 bonus points"
    assert calculate_points(points, []).coefficient == D("0.75")


def test_personal_bonus_points_count_in_the_lookup_but_not_the_minus_two_002_18_26(points):
    from desktop_app.domain.methodology.model import BonusItem, PointRule
    m = points.with_changes(bonus_items=(BonusItem("b1", 1, "b", "b", PointRule(points=D(1))),))
    r = calculate_points(m, [BonusEntry("b1", 97), PersonalEntry(3, "why")])
    assert r.coefficient_base == 100 and r.coefficient == D("0.8")
    r = calculate_points(m, [BonusEntry("b1", 100), PersonalEntry(-2, "why")])
    assert r.coefficient_base == 100 and r.coefficient == D("0.8")


def test_points_total_is_graded(points):
    assert calculate_points(points, [PenaltyEntry("002-21-01", 2)]).grade.name_ru == "Неудовлетворительно"   # 20
    assert calculate_points(points, []).grade.name_ru == "Удовлетворительно"                                  # 100
    r = calculate_points(points, [BonusEntry("002-17-04", 21), BonusEntry("002-17-28", 1, chosen_points=1)])
    assert r.total == 106 and r.grade.name_ru == "Эффективно"


def test_explanation_line_tells_item_rule_quantity_points_and_paragraph(points):
    r = calculate_points(points, [BonusEntry("002-17-02", 2, chosen_points=3)])
    ln = r.lines[1]
    assert (ln.item_id, ln.quantity, ln.points, ln.source) == ("002-17-02", 2, 12, "§17 2)")
    assert str(ln.rule) == "+2 to +4 per fact"
    assert [str(n) for n in ln.notes] == ["chosen +3 per fact", "×2: 2 or more facts in the quarter"]
    assert "Премьер-Министр" in ln.text_kk and "Премьер-Министра" in ln.text_ru
    pen = calculate_points(points, [PenaltyEntry("002-21-01", 1)]).lines[1]
    assert pen.points == -2 and str(pen.rule) == "−2 per fact"


# seed 000: each incentivised activity earns its level, per activity (000 §18, Appendix 1-1)
def test_bonus_scale_of_seed_000(typical):
    r = calculate_points(typical, [BonusEntry("000-5-1", 2), BonusEntry("000-3-4", 1), BonusEntry("000-1-3", 3)])
    assert r.base == 0 and r.bonus == 10 + 3 + 3 and r.total == 16 and r.grade is None
    assert [ln.source for ln in r.lines] == ["Прил. 1-1"] * 3


def test_unknown_item_is_refused(typical):
    with pytest.raises(ValidationError):
        calculate_points(typical, [BonusEntry("nope", 1)])
    with pytest.raises(ValidationError):
        calculate_points(typical, [BonusEntry("000-5-1", -1)])
    with pytest.raises(ValidationError):
        calculate_points(typical, [], sanction_months=1)   # the 2025 methodology has no such deduction
