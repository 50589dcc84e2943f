"""Sorting tables in the window by the alphabet of the interface language.

Qt compares strings by code point, which puts every «Ә…» name after «Я…» and «Ахметова Әлия» after
«Ахметова Ботагөз». `domain.people.name_sort_key` (the same key the documents use) orders by the Kazakh
alphabet (А Ә Б В Г Ғ Д …) or the Russian one; this module applies it to the window's tables.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableWidgetItem

from desktop_app.domain.people import name_sort_key

SORT_ROLE = Qt.ItemDataRole.UserRole + 77   # a model's value to sort by: a str (by alphabet) or a number

Index = QModelIndex | QPersistentModelIndex


def alphabet_key(text: str, lang: str) -> tuple[tuple[int, int, str], ...]:
    """The sort key of `text` in the alphabet of the interface language ("ru" → Russian, else Kazakh)."""
    return name_sort_key(text, "ru" if lang == "ru" else "kk")


def less(a: Any, b: Any, lang: str) -> bool:
    """Texts by the alphabet, numbers by value; a missing value (None) after every present one."""
    if a is None or b is None:
        return a is not None and b is None
    if isinstance(a, str) and isinstance(b, str):
        return alphabet_key(a, lang) < alphabet_key(b, lang)
    if isinstance(a, str) != isinstance(b, str):
        return not isinstance(a, str)
    return bool(a < b)


class AlphabetProxy(QSortFilterProxyModel):
    """A filter proxy that sorts by `SORT_ROLE` (falling back to the display text) in the alphabet of
    `lang()`."""

    def __init__(self, lang: Callable[[], str]) -> None:
        super().__init__()
        self.lang = lang

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None and b is None:
            a, b = left.data(Qt.ItemDataRole.DisplayRole), right.data(Qt.ItemDataRole.DisplayRole)
        return less(a, b, self.lang())


class AlphabetItem(QTableWidgetItem):
    """A QTableWidget cell that sorts by the alphabet of `lang()` (or by `SORT_ROLE` when set)."""

    def __init__(self, text: str, lang: Callable[[], str]) -> None:
        super().__init__(text)
        self.lang = lang

    def __lt__(self, other: QTableWidgetItem) -> bool:
        a, b = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if a is None and b is None:
            a, b = self.text(), other.text()
        return less(a, b, self.lang())
