"""How a score or a mean is rounded — the seeds do not say (DOMAIN.md), so the choice is written here.

Choice: exact decimal arithmetic (`Decimal`, never binary floats), rounded HALF UP to 2 decimals, the
way a person rounds on paper and the way the grade bands are printed (001 §7: "3,99"). So the mean
3.995 becomes 4.00 and is graded "effective"; 3.994 becomes 3.99 ("proper"). A float argument is
converted through its shortest repr (str), so 3.995 means 3.995 and not 3.99499999….
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

Number = Decimal | float | int | str


def to_decimal(x: Number) -> Decimal:
    if isinstance(x, Decimal):
        return x
    if isinstance(x, float):
        return Decimal(repr(x))
    return Decimal(x)


def round_score(x: Number, places: int = 2) -> Decimal:
    """Round half up to `places` decimals: 3.995 → 4.00, 3.994 → 3.99, 2.005 → 2.01."""
    quantum = Decimal(1).scaleb(-places)
    return to_decimal(x).quantize(quantum, rounding=ROUND_HALF_UP)


def mean_score(scores: Iterable[Number], places: int = 2) -> Decimal | None:
    """Arithmetic mean, rounded once at the end (001 §4: annual result = mean of the quarters)."""
    values = [to_decimal(s) for s in scores]
    if not values:
        return None
    return round_score(sum(values, Decimal(0)) / len(values), places)
