"""Short grade names for narrow places (a chart legend, a table column): the words all grades share go."""
from __future__ import annotations

from collections.abc import Sequence


def short_labels(names: Sequence[str], ends_too: bool = False) -> list[str]:
    """The grade names without the words they all share ("Выполняет функциональные обязанности …"),
    so that the legend tells them apart: "эффективно", "надлежащим образом", … With `ends_too` the words
    they all end with go as well (Kazakh: "… тиімді орындайды" → "тиімді"), for a narrow table column."""
    if len(names) < 2:
        return list(names)
    words = [n.split() for n in names]
    common = 0
    while all(len(w) > common + 1 for w in words) and len({w[common] for w in words}) == 1:
        common += 1
    words = [w[common:] for w in words]
    if ends_too:
        while all(len(w) > 1 for w in words) and len({w[-1] for w in words}) == 1:
            words = [w[:-1] for w in words]
    return [" ".join(w) for w in words]
