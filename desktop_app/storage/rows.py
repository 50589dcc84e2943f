"""Dates between Python and SQLite: `datetime.date` in the code, ISO text (YYYY-MM-DD) in the file."""
from __future__ import annotations

from datetime import date


def date_or_none(text: str | None) -> date | None:
    """The date stored as ISO text, or None for an empty column."""
    return date.fromisoformat(text) if text else None


def iso_or_none(day: date | None) -> str | None:
    """ISO text to store for `day`, or NULL (None) when there is no date."""
    return day.isoformat() if day else None
