"""Short grade names for narrow places (a chart legend, a table column): the words all grades share go."""
from __future__ import annotations

from collections.abc import Sequence


def short_labels(names: Sequence[str]) -> list[str]:
    """The grade names without the words they all share ("Выполняет функциональные обязанности …"),
    so that the legend tells them apart: "эффективно", "надлежащим образом", …"""
    if len(names) < 2:
        return list(names)
    words = [n.split() for n in names]
    common = 0
    while all(len(w) > common + 1 for w in words) and len({w[common] for w in words}) == 1:
        common += 1
    return [" ".join(w[common:]) for w in words]
