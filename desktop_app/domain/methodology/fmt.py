"""Showing points: no trailing zeros, explicit sign where a scale shows one ("+3", "−2", "2.5")."""
from __future__ import annotations

from decimal import Decimal


def plain(x: Decimal | int | None) -> str:
    """2 → "2", 2.50 → "2.5", None → "" (a decimal point, as in the program's tables)."""
    if x is None:
        return ""
    d = Decimal(x)
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


def signed(x: Decimal | int) -> str:
    """+3, −2 (a real minus sign), 0."""
    d = Decimal(x)
    if d > 0:
        return "+" + plain(d)
    if d < 0:
        return "\u2212" + plain(-d)
    return "0"
