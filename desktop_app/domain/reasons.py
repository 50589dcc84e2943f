"""Reasons folded for reading: identical reasons once, with the people they concern (QA C16).

The window's dialogs (ui/quarter/close_dialogs.py) and the command line (`bagalau quarter close`) show the
reasons a quarter stays open, or a batch did not move, the same way: "59 листов: причина" with the names
folded under it, or "Имя: причина" for one person.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from desktop_app.domain.i18n import N_, Msg, Plural, Translate, language_of
from desktop_app.domain.people import name_sort_key

SHEETS = N_("Plural", "{n} sheet(s)")
MATTERS = N_("Plural", "{n} matter(s)")


class Reason(Protocol):
    """A refused sheet or an open matter: a person in both spellings and a message (kept, not rendered)."""

    @property
    def reason(self) -> Msg: ...

    def name(self, lang: str) -> str: ...


def group_reasons(items: Sequence[Reason], translate: Translate) -> list[tuple[str, list[str]]]:
    """Identical reasons once: [(reason text, names)], in the order they first appear; the text is rendered
    in the language of `translate` and the names, sorted, in that language's spelling."""
    lang = language_of(translate)
    groups: dict[str, list[str]] = {}
    for item in items:
        groups.setdefault(item.reason.render(translate), []).append(item.name(lang))
    return [(reason, sorted(names, key=lambda n: name_sort_key(n, lang))) for reason, names in groups.items()]


def reason_lines(items: Sequence[Reason], translate: Translate, count_text: str) -> list[tuple[str, list[str]]]:
    """[(line, names under it)]: "Name: reason" for one person (nothing under it), "{count}: reason" with
    the names for several; `count_text` is a Plural source (SHEETS, MATTERS)."""
    out: list[tuple[str, list[str]]] = []
    for reason, names in group_reasons(items, translate):
        if len(names) == 1:
            out.append((f"{names[0]}: {reason}", []))
        else:
            out.append((f"{Plural(len(names), count_text).render(translate)}: {reason}", names))
    return out
