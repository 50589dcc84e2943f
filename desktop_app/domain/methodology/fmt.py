"""Writing numbers for the user: the ONE place that decides how a number looks, in Kazakh and Russian alike.

Both languages write a decimal comma ("2,5", "4,50"), as the seeds do; tables, labels, messages and
documents all go through `plain` (no trailing zeros), `signed` (explicit sign) or `fixed` (fixed places,
for scores "4,50"). Spin boxes follow the same comma through the widget locale (ui/i18n.py).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

DECIMAL_SEPARATOR = ","


def plain(x: Decimal | int | float | None) -> str:
    """2 → "2", 2.50 → "2,5", None → ""."""
    if x is None:
        return ""
    d = Decimal(str(x)) if isinstance(x, float) else Decimal(x)
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f").replace(".", DECIMAL_SEPARATOR)


def fixed(x: Decimal | int | float | None, places: int = 2, empty: str = "") -> str:
    """4.5 → "4,50" (a score with its places), None → `empty`."""
    if x is None:
        return empty
    d = (Decimal(str(x)) if isinstance(x, float) else Decimal(x)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return format(d, "f").replace(".", DECIMAL_SEPARATOR)


def signed(x: Decimal | int) -> str:
    """+3, −2 (a real minus sign), 0."""
    d = Decimal(x)
    if d > 0:
        return "+" + plain(d)
    if d < 0:
        return "\u2212" + plain(-d)
    return "0"
