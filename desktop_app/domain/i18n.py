"""Translatable messages for layers that must not import Qt.

Domain, storage, services and reports raise or return `Msg` objects; the UI and the CLI render them
in the user's language with Qt's translator. `N_` marks a source string for `pyside6-lupdate`
(build/i18n.py passes `-tr-function-alias QT_TRANSLATE_NOOP+=N_`); it must be called with exactly
two string literals — a context and the English source — for lupdate to see it.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

Translate = Callable[[str, str], str]


def N_(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; returns it unchanged. Keep both arguments literal."""
    return text


def identity_translate(context: str, text: str) -> str:
    return text


# The translation answers with its own language code (the same marker the help uses), so a rendered
# message picks the spelling of a name in the language it is rendered in.
LANGUAGE_MARK = ("RuleHelp", "Interface language code (kk or ru)")


def language_of(translate: Translate) -> str:
    """"kk" or "ru": the language `translate` renders in (Kazakh when no translation is installed)."""
    return "ru" if translate(*LANGUAGE_MARK) == "ru" else "kk"


@dataclass(frozen=True)
class Spelled:
    """A name or position stored in both spellings; shown in the language it is rendered in."""

    kk: str
    ru: str = ""

    def get(self, lang: str) -> str:
        return (self.ru or self.kk) if lang == "ru" else self.kk

    def render(self, translate: Translate = identity_translate) -> str:
        return self.get(language_of(translate))

    def matches(self, needle: str) -> bool:
        """Search in either spelling, case-insensitively ("Жұмабаева" is found from the Russian screen)."""
        n = needle.casefold()
        return n in self.kk.casefold() or n in self.ru.casefold()

    def __str__(self) -> str:
        return self.kk


PLURAL_CONTEXT = "Plural"


def plural_index(lang: str, n: int, forms: int) -> int:
    """Which of a translation's forms a count takes, by the language's CLDR plural rule (babel).

    Russian has three forms, in this order: one (1, 21, 101 день), few (2–4, 22, 64 дня), many (5–20, 25,
    111 дней; "other" of fractions shares the few form: 2,5 дня). Kazakh has one form (5 жұмыс күні).
    """
    if forms <= 1:
        return 0
    order = {"one": 0, "few": 1, "many": 2, "other": 1}
    return min(order.get(_plural_category(lang, abs(n)), forms - 1), forms - 1)


@lru_cache(maxsize=4096)
def _plural_category(lang: str, n: int) -> str:
    """Cached: parsing the locale each time cost 0.2 ms, and a 2,000-line roster renders 2,000 counts.

    Russian whole numbers by CLDR's rule written out (one: 1, 21, 101; few: 2–4, 22–24; many: the rest):
    loading babel's locale data for it took a third of a second on the first count a window showed."""
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    return str(_locale(lang).plural_form(n))


@lru_cache(maxsize=8)
def _locale(lang: str) -> Any:
    from babel import Locale  # lazily: only messages with a count need it

    return Locale.parse(lang)


@dataclass(frozen=True)
class Plural:
    """A count with the words that agree with it, e.g. "{n} working day(s)" → "64 рабочих дня".

    `text` is the English source marked with `N_("Plural", ...)`; its translation holds the forms
    separated by "|" (ru: "{n} рабочий день|{n} рабочих дня|{n} рабочих дней"; kk one form).
    """

    n: int
    text: str

    def render(self, translate: Translate = identity_translate) -> str:
        forms = translate(PLURAL_CONTEXT, self.text).split("|")
        form = forms[plural_index(language_of(translate), self.n, len(forms))]
        return form.format(n=self.n)

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True)
class Msg:
    """A message with named arguments, rendered later in the user's language.

    `text` is the English source (marked with `N_`); `context` defaults to "msg". Arguments may be
    plain values or other `Msg` objects (rendered recursively).
    """

    text: str
    args: Mapping[str, Any] = field(default_factory=dict)
    context: str = "msg"

    def render(self, translate: Translate = identity_translate) -> str:
        rendered = {k: (v.render(translate) if isinstance(v, (Msg, Spelled, Plural)) else v) for k, v in self.args.items()}
        template = translate(self.context, self.text)
        try:
            return template.format(**rendered)
        except (KeyError, IndexError, ValueError):
            return template

    def __str__(self) -> str:
        return self.render()


def msg(text: str, context: str = "msg", **args: Any) -> Msg:
    """Build a Msg: `msg(N_("msg", "ИИН {iin} is invalid"), iin=value)`."""
    return Msg(text, args, context)
