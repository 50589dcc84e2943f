"""Document wording in Kazakh and Russian. Documents keep their own language, apart from the UI's."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DocLang = Literal["kk", "ru", "both"]
DOC_LANGS: tuple[DocLang, ...] = ("kk", "ru", "both")


def doc_lang(lang: str) -> DocLang:
    """A language code chosen in the window (plain `str` there) checked to be one a document is made in."""
    if lang == "kk":
        return "kk"
    if lang == "ru":
        return "ru"
    if lang == "both":
        return "both"
    raise ValueError(f"not a document language: {lang!r}")


@dataclass(frozen=True)
class L:
    """A label in both languages. `text("both")` puts Kazakh first, the state language (004 §9)."""

    kk: str
    ru: str

    def text(self, lang: DocLang, sep: str = " / ") -> str:
        if lang == "kk":
            return self.kk
        if lang == "ru":
            return self.ru
        return self.kk if self.kk == self.ru else f"{self.kk}{sep}{self.ru}"


