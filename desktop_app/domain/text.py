"""Text helpers that know Kazakh and Russian letters."""
from __future__ import annotations


def fold(text: str | None) -> str:
    """Case-fold for search: "Әлия" and "әлия" match; SQLite's lower() only folds ASCII."""
    if not text:
        return ""
    return text.casefold().replace("ё", "е")
