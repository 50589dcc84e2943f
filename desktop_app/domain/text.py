"""Text helpers that know Kazakh and Russian letters."""
from __future__ import annotations


def fold(text: str | None) -> str:
    """Case-fold for search: "Әлия" and "әлия" match; SQLite's lower() only folds ASCII."""
    if not text:
        return ""
    return text.casefold().replace("ё", "е")


# Longest name part and longest unit or position title a record may hold: real ones are far shorter;
# a 100 000-character cell from a hostile file must be refused, not stored (issue 12).
MAX_NAME_LENGTH = 100
MAX_TITLE_LENGTH = 300


def hidden_character(text: str) -> str | None:
    """The first control or invisible formatting character in `text` ("U+202E"), or None.

    Control characters (NUL, line breaks, tabs) and format characters (right-to-left marks and
    overrides, zero-width spaces) never belong in a name or title: they make two names that look the
    same differ, or show a name reversed.
    """
    import unicodedata

    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf"):
            return f"U+{ord(ch):04X}"
    return None
