"""Dates between Python and SQLite: `datetime.date` in the code, ISO text (YYYY-MM-DD) in the file."""
from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound=Enum)


def date_or_none(text: str | None) -> date | None:
    """The date stored as ISO text, or None for an empty column."""
    return date.fromisoformat(text) if text else None


def iso_or_none(day: date | None) -> str | None:
    """ISO text to store for `day`, or NULL (None) when there is no date."""
    return day.isoformat() if day else None


def member(cls: type[E], value: object) -> E:
    """`cls(value)` through the enum's own value map: `Enum.__call__` costs ~3 µs a row, and a roster of
    2,000 staff decodes ~20,000 enum columns per page open (`page_first_open_max_ms`). An unknown
    value still raises the enum's ValueError, through the ordinary call."""
    found = cls._value2member_map_.get(value)  # type: ignore[call-overload]
    return found if found is not None else cls(value)  # type: ignore[return-value]
