"""The "Расчёт" column of a sheet: count × points × multiplier, then the cap."""
from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.methodology.model import CountTier, PointRule
from desktop_app.reports.labels import L
from desktop_app.services.sheet_notes import calculation


def test_fixed_points_per_fact() -> None:
    assert calculation(PointRule("fixed", Decimal(3)), Decimal(2), Decimal(6)) == "2 × 3 = 6"


def test_multiplier_shows_as_a_factor() -> None:
    assert calculation(PointRule("fixed", Decimal(3)), Decimal(2), Decimal(12)) == "2 × 3 × 2 = 12"


def test_cap_reached_names_the_cap_in_each_language() -> None:
    got = calculation(PointRule("fixed", Decimal(5), cap=Decimal(10)), Decimal(3), Decimal(10))
    assert got == L("3 × 5 = 15 → 10 (10 балдан аспайды)", "3 × 5 = 15 → 10 (не более 10)")


def test_tiers_name_the_tier() -> None:
    rule = PointRule("tiers", tiers=(CountTier(Decimal(1), Decimal(10), Decimal(1)),
                                     CountTier(Decimal(11), Decimal(15), Decimal(3))))
    assert calculation(rule, Decimal(12), Decimal(3)) == "12: 11–15 → 3 = 3"
    assert calculation(None, 1, Decimal(1)) == ""
