"""Text helpers that know Kazakh and Russian letters."""
from __future__ import annotations


def split_bilingual(text: str | None) -> tuple[str, str]:
    """A reason typed once for both languages, "kk text / ru text", as (kk, ru); text without the
    separator is the same in both. A paper in one language then prints its own half, and a bilingual
    paper prints each half once (the reason printed twice, four times in the XLSX)."""
    text = (text or "").strip()
    if text.count(" / ") == 1:
        kk, ru = (part.strip() for part in text.split(" / "))
        if kk and ru:
            return kk, ru
    return text, text


def fold(text: str | None) -> str:
    """Case-fold for search: "Әлия" and "әлия" match; SQLite's lower() only folds ASCII."""
    if not text:
        return ""
    return text.casefold().replace("ё", "е")


# Longest name part and longest unit or position title a record may hold: real ones are far shorter;
# a 100 000-character cell from a hostile file must be refused, not stored.
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
