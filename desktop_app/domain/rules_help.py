"""Help on the rules the program applies: each rule explained in Kazakh and Russian with its legal basis.

The catalog is data (resources/help/rules.json): a stable id per rule ("eligibility.worked_days",
"deadline.quarter", …), a title and a short explanation in kk and ru, the act and paragraph it comes from
and the exact words of that paragraph in the act's own language (the seeds, /work/shared/seeds). Pages
link to a rule by its id; the help dialog (ui/help) shows it. No Qt here.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop_app.domain.citation import cite
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.text import fold
from desktop_app.paths import resources_dir

# Separates the fragments of a quote where words of the paragraph were left out.
QUOTE_GAP = " … "


# Topics of the help list, in the order shown, with the id prefixes that belong to each.
TOPICS: tuple[tuple[str, tuple[str, ...], Msg], ...] = (
    ("eligibility", ("eligibility.",), msg(N_("msg", "Who is evaluated"))),
    ("evaluator", ("evaluator.",), msg(N_("msg", "Who evaluates"))),
    ("grade", ("score.", "grade.", "annual."), msg(N_("msg", "Score and grade"))),
    ("deadline", ("deadline.", "calendar."), msg(N_("msg", "Deadlines and working days"))),
    ("calibration", ("evaluation.", "appeal.", "calibration."), msg(N_("msg", "Appeal and calibration session"))),
    ("documents", ("confidentiality", "retention", "protocol."), msg(N_("msg", "Documents"))),
    ("points", ("bonus.", "penalty.", "points."), msg(N_("msg", "Bonus and penalty points"))),
)


def catalog_path() -> Path:
    return resources_dir() / "help" / "rules.json"


def _pick(pair: dict[str, str], lang: str) -> str:
    """The text in `lang`, or the other language when that one is empty (never an empty help)."""
    return pair.get(lang) or pair.get("ru") or pair.get("kk") or ""


@dataclass(frozen=True)
class LegalSource:
    """Where a rule comes from: the act, its paragraph and the paragraph's words in the act's language."""

    seed: str | None         # seed file number ("001"); None for a rule not found in the seeds
    paragraph: str           # "§5", "§17–18"; "" when the act has no single paragraph
    act_kk: str
    act_ru: str
    quote: str               # the words of the paragraph; fragments joined by QUOTE_GAP; "" if no seed
    quote_lang: str          # "kk" or "ru": the language the act was published in
    note_kk: str = ""        # for a "see also" source: why it is cited
    note_ru: str = ""

    def act(self, lang: str) -> str:
        return _pick({"kk": self.act_kk, "ru": self.act_ru}, lang)

    def note(self, lang: str) -> str:
        return _pick({"kk": self.note_kk, "ru": self.note_ru}, lang)

    @property
    def in_seeds(self) -> bool:
        return self.seed is not None


@dataclass(frozen=True)
class RuleHelp:
    """One rule of the program with its explanation and legal basis."""

    id: str
    title_kk: str
    title_ru: str
    text_kk: str
    text_ru: str
    source: LegalSource
    also: tuple[LegalSource, ...] = ()

    def title(self, lang: str) -> str:
        return _pick({"kk": self.title_kk, "ru": self.title_ru}, lang)

    def text(self, lang: str) -> str:
        return _pick({"kk": self.text_kk, "ru": self.text_ru}, lang)

    @property
    def quote(self) -> str:
        return self.source.quote

    def reference(self, lang: str = "ru") -> str:
        """The paragraph as a person cites it: "пункт 5 Методики" / "Әдістеменің 5-тармағы" ("" when the rule
        comes from no single paragraph of a seed act)."""
        if not self.source.seed or not self.source.paragraph:
            return ""
        return cite(self.source.paragraph, lang, self.source.seed)

    def haystack(self) -> str:
        """Everything a search may match, folded."""
        parts = [self.id, self.title_kk, self.title_ru, self.text_kk, self.text_ru, self.reference("kk"),
                 self.reference("ru"), self.source.paragraph,
                 self.source.quote, *(a.quote for a in self.also)]
        return fold("\n".join(parts))


def _source(raw: dict[str, Any], quote: str) -> LegalSource:
    act = raw.get("act") or {}
    note = raw.get("note") or {}
    return LegalSource(seed=raw.get("seed"), paragraph=raw.get("paragraph", ""), act_kk=act.get("kk", ""),
                       act_ru=act.get("ru", ""), quote=quote, quote_lang=raw.get("lang", ""),
                       note_kk=note.get("kk", ""), note_ru=note.get("ru", ""))


def parse_rule(raw: dict[str, Any]) -> RuleHelp:
    also = tuple(_source(a, a.get("quote", "")) for a in raw.get("also", []))
    return RuleHelp(id=raw["id"], title_kk=raw["title"]["kk"], title_ru=raw["title"]["ru"],
                    text_kk=raw["text"]["kk"], text_ru=raw["text"]["ru"],
                    source=_source(raw["source"], raw.get("quote", "")), also=also)


def load_catalog(path: Path | None = None) -> tuple[RuleHelp, ...]:
    """Read a catalog file; the program's own catalog when `path` is None."""
    data = json.loads((path or catalog_path()).read_text(encoding="utf-8"))
    return tuple(parse_rule(r) for r in data["rules"])


@lru_cache(maxsize=1)
def _catalog() -> tuple[tuple[RuleHelp, ...], dict[str, RuleHelp]]:
    rules = load_catalog()
    return rules, {r.id: r for r in rules}


def all_rules() -> tuple[RuleHelp, ...]:
    """Every rule of the catalog, in the catalog's order (grouped by topic)."""
    return _catalog()[0]


def has_rule(rule_id: str) -> bool:
    return rule_id in _catalog()[1]


def rule(rule_id: str) -> RuleHelp:
    """The rule with this id; NotFoundError if the catalog has none (a page links to a wrong id)."""
    found = _catalog()[1].get(rule_id)
    if found is None:
        raise NotFoundError(msg(N_("msg", "The help has no rule \"{id}\"."), id=rule_id))
    return found


def topic_of(rule_id: str) -> str:
    """The key of the topic a rule is listed under ("" when no topic claims it)."""
    for key, prefixes, _title in TOPICS:
        if rule_id.startswith(prefixes):
            return key
    return ""


def grouped(rules: tuple[RuleHelp, ...] | None = None) -> list[tuple[Msg | None, list[RuleHelp]]]:
    """The rules by topic, topics in TOPICS order, rules in catalog order; rules of no topic come last."""
    pool = all_rules() if rules is None else rules
    out: list[tuple[Msg | None, list[RuleHelp]]] = []
    for key, _prefixes, title in TOPICS:
        members = [r for r in pool if topic_of(r.id) == key]
        if members:
            out.append((title, members))
    rest = [r for r in pool if not topic_of(r.id)]
    if rest:
        out.append((None, rest))
    return out


def search(text: str, rules: tuple[RuleHelp, ...] | None = None) -> list[RuleHelp]:
    """Rules whose id, title, explanation, reference or quote contain every word of `text` (case-folded,
    either language). Rules matching in the title come first; an empty text gives every rule."""
    pool = all_rules() if rules is None else rules
    words = fold(text).split()
    if not words:
        return list(pool)
    hits = [r for r in pool if all(w in r.haystack() for w in words)]
    in_title = [r for r in hits if all(w in fold(f"{r.id} {r.title_kk} {r.title_ru}") for w in words)]
    return in_title + [r for r in hits if r not in in_title]
