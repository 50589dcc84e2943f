"""How long evaluation documents are kept (001 §12): three years from the day the evaluation was completed."""
from __future__ import annotations

from datetime import date

RETENTION_YEARS = 3  # 001 §12


def retention_ends(completed: date) -> date:
    """The last day the documents must still be kept: the same date three years later (29 Feb → 28 Feb)."""
    year = completed.year + RETENTION_YEARS
    try:
        return completed.replace(year=year)
    except ValueError:  # 29 February into a common year: the term ends on the last day of February
        return date(year, 2, 28)


def may_leave(completed: date, today: date) -> bool:
    """True from the day after the three-year term: only then may the documents leave the office file."""
    return today > retention_ends(completed)
