"""The Points 2017 preset against the text of seed 002: every count tier of §17 and §21 15), checked at
each boundary from numbers copied out of the seed (not out of the preset), plus multiplier combinations."""
from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.methodology import (
    POINTS_2017,
    BonusEntry,
    PenaltyEntry,
    PersonalEntry,
    calculate_points,
    load_preset,
)

D = Decimal
# item: [(from, to or None, points)] exactly as worded in 002 §17 (">N" written as N+1 for counts)
SEED_TIERS: dict[str, list[tuple[int, int | None, int]]] = {
    "002-17-04": [(5, 10, 2), (11, 15, 3), (16, 20, 4), (21, None, 5)],
    "002-17-05": [(3, 5, 2), (6, 7, 3), (8, 10, 4), (11, None, 5)],
    "002-17-07": [(30, 40, 1), (41, 50, 2), (51, 60, 3), (61, 70, 4), (71, None, 5)],
    "002-17-11": [(10, 20, 1), (21, 30, 2), (31, 40, 3), (41, 50, 4), (51, None, 5)],
    "002-17-12": [(10, 15, 1), (16, 20, 2), (21, 25, 3), (26, 30, 4), (31, None, 5)],
    "002-17-13": [(10, 15, 1), (16, 20, 2), (21, 25, 3), (26, 30, 4), (31, None, 5)],
    "002-17-14": [(5, 10, 2), (11, 15, 3), (16, 20, 4), (21, None, 5)],
    "002-17-15": [(5, 10, 1), (11, 15, 2), (16, 20, 3), (21, 25, 4), (26, None, 5)],
    "002-17-21": [(200, 250, 1), (251, 300, 2), (301, 350, 3), (351, 400, 4), (401, None, 5)],
    "002-17-23": [(1, 5, 3), (6, 10, 4), (11, None, 5)],
    "002-17-26": [(100, 110, 1), (111, 120, 2), (121, 130, 3), (131, 140, 4), (141, None, 5)],
}


def _cases() -> list[tuple[str, int, int]]:
    cases = []
    for item, tiers in SEED_TIERS.items():
        cases.append((item, tiers[0][0] - 1, 0))                  # one below the first tier: nothing
        for low, high, pts in tiers:
            cases.append((item, low, pts))
            cases.append((item, high if high is not None else low * 10, pts))
    return cases


@pytest.fixture(scope="module")
def points():
    return load_preset(POINTS_2017)


@pytest.mark.parametrize("item,count,expected", _cases())
def test_every_count_tier_boundary_of_002_17(points, item, count, expected):
    assert calculate_points(points, [BonusEntry(item, count)]).bonus == expected


@pytest.mark.parametrize("pct,expected", [("9.99", 0), ("10", 3), ("15", 3), ("15.01", 4), ("30", 4), ("30.01", 5)])
def test_recovered_sums_tiers_002_17_17(points, pct, expected):
    assert calculate_points(points, [BonusEntry("002-17-17", D(pct))]).bonus == expected


def test_co_executor_gets_plus_one_and_the_rules_of_2_002_17_3(points):
    # "+1" to the co-executor; "the requirements of subparagraph 2) apply to them as well" (×2 and ×2)
    r = calculate_points(points, [BonusEntry("002-17-02", 2, co_executor=True, short_deadline=True)])
    assert r.bonus == 2 * 1 * 2 * 2
    assert calculate_points(points, [BonusEntry("002-17-03", 1, co_executor=True)]).bonus == 1


def test_multipliers_then_cap_002_17_1_and_2(points):
    # Presidential instructions: 3 documents at +5, two with a short deadline: ×3 for all, ×2 for the two
    r = calculate_points(points, [BonusEntry("002-17-01", 1, chosen_points=5),
                                  BonusEntry("002-17-01", 2, chosen_points=5, short_deadline=True)])
    assert [ln.points for ln in r.lines[1:]] == [15, 60]            # no cap in 1)
    r = calculate_points(points, [BonusEntry("002-17-02", 1, chosen_points=4),
                                  BonusEntry("002-17-02", 2, chosen_points=4, short_deadline=True)])
    assert [ln.points for ln in r.lines[1:]] == [8, 22]             # 8 + 32 → cap +30


def test_a_whole_quarter_with_explanation(points):
    """Base 100; appeals 12 (+3); President 1 doc +4; late 7 times (−42); the head's +5 is void after 7 breaches
    (002 §26); one month of sanction."""
    r = calculate_points(points, [BonusEntry("002-17-04", 12), BonusEntry("002-17-01", 1, chosen_points=4),
                                  PenaltyEntry("002-22-01", 7), PersonalEntry(5, "grounds")], sanction_months=1)
    assert (r.base, r.bonus, r.penalty, r.personal) == (100, 7, 42, 0)
    assert "5 or more breaches" in str(r.lines[4].notes[-1])
    assert r.sanction_deduction == D("10.40") and r.total == D("54.60")   # 65 − 16 %
    assert r.grade.is_unsatisfactory and r.coefficient == D("0.75")
    assert [ln.kind for ln in r.lines] == ["base", "bonus", "bonus", "penalty", "personal", "sanction"]
    assert [ln.source for ln in r.lines[1:]] == ["§17 4)", "§17 1)", "§22 1)", "§26", "§21"]


def test_the_two_kinds_of_documents_of_9_share_one_cap_002_17_9(points):
    r = calculate_points(points, [BonusEntry("002-17-09", 2, chosen_points=4),      # 8
                                  BonusEntry("002-17-09a", 2, chosen_points=3)])    # 6 → only 2 left of +10
    assert [ln.points for ln in r.lines[1:]] == [8, 2] and r.bonus == 10
    assert "shared" in str(r.lines[2].notes[-1])
    assert calculate_points(points, [BonusEntry("002-17-27", 5)]).bonus == 10        # an own cap stays own


def test_no_penalty_for_a_document_due_within_3_working_days_002_21_2(points):
    r = calculate_points(points, [PenaltyEntry("002-21-02", 1, short_deadline=True), PenaltyEntry("002-21-03", 1)])
    assert [ln.points for ln in r.lines[1:]] == [0, -2] and r.penalty == 2
    assert str(r.lines[1].points) == "0.00"
