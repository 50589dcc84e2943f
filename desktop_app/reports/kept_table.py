"""A long table that never leaves a group's heading alone at a page's foot, nor its total row alone at the top
of the next page (the summary and annual: a unit's name goes over with its first servant).

reportlab's own NOSPLIT command does this too, but it rebuilds a map of every cell of the remainder at each
page split — quadratic in a 2,000-row summary (2.3× the bare table instead of 1.0×). Here the forbidden split
positions are a set of row numbers, shifted once per split.
"""
from __future__ import annotations

from typing import Any

from reportlab.platypus import Table


class KeptTable(Table):
    """`Table` with `no_split_at`: row positions n where the table must not be split (rows[:n] on this page,
    rows[n:] on the next)."""

    def __init__(self, *args: Any, no_split_at: frozenset[int] = frozenset(), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.no_split_at = no_split_at

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:
        n: int = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        if n >= self._nrows:    # the whole rest fits: nothing is split
            return n
        while n > 0 and n in self.no_split_at:
            n -= 1              # the group's heading (or its last row) goes over with its neighbour
        return n

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list[Any]:
        parts: list[Any] = super()._splitRows(availHeight, doInRowSplit)
        if len(parts) == 2:
            first, rest = parts
            repeat = rest.repeatRows if isinstance(rest.repeatRows, int) else len(rest.repeatRows)
            shift = first._nrows - repeat   # row i of this table is row i - shift of the rest
            rest.no_split_at = frozenset(p - shift for p in self.no_split_at if p - shift > repeat)
            first.no_split_at = frozenset()
        return parts
