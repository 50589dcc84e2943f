"""Plain input data of the calibration papers: protocol, order (бұйрық / приказ), feedback memo.

The service fills these from the database; the documents only lay them out (no SQL, no Qt here).
Names and free text are given in both languages where they differ: the Russian copy of a paper prints the
Russian text, and `missing_russian` tells what would appear in Kazakh only (the UI warns before printing).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.people import name_sort_key
from desktop_app.domain.wording import (
    MONTHS_KK,
    MONTHS_KK_DATIVE,
    MONTHS_KK_LOCATIVE_ATTR,
    quarter_kk,
    quarter_ru,
)
from desktop_app.reports.labels import L

_MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря")
#: Kazakh letters a Russian spelling of a name writes with the nearest Russian letter ("Б.Қ." -> "Б.К.").
_KK_TO_RU = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")
BLANK_DATE = L("«___» ____________ 20__ ж.", "«___» ____________ 20__ г.")


def long_date(d: date | None, lang: str) -> str:
    """"2026 жылғы 20 қазан" / "20 октября 2026 года" (official papers write the month as a word)."""
    if d is None:
        return BLANK_DATE.text("ru" if lang == "ru" else "kk")
    if lang == "ru":
        return f"{d.day} {_MONTHS_RU[d.month - 1]} {d.year} года"
    return f"{d.year} жылғы {d.day} {MONTHS_KK[d.month - 1]}"


def kk_on(d: date) -> str:
    """"2026 жылғы 20 қазанда" — when something takes place (locative)."""
    return f"{d.year} жылғы {d.day} {MONTHS_KK_LOCATIVE_ATTR[d.month - 1][:-2]}"


def kk_until_date(d: date) -> str:
    """"2026 жылғы 28 қазанға дейін" ("дейін" governs the dative, GLOSSARY.md)."""
    return f"{d.year} жылғы {d.day} {MONTHS_KK_DATIVE[d.month - 1]} дейін"


def short_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else "__.__.____"


def period_label(year: int, quarter: int) -> L:
    """The quarter written one way in every paper (GLOSSARY.md): «2026 жылғы 3-тоқсан» / «3 квартал 2026 года»."""
    return L(quarter_kk(year, quarter), quarter_ru(year, quarter))


def score_text(score: float | None) -> str:
    """Scores are written with two decimals and a comma, as in the evaluation sheets."""
    return "—" if score is None else f"{score:.2f}".replace(".", ",")


_KK_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")


def has_kazakh_letters(text: str) -> bool:
    return any(ch in _KK_LETTERS for ch in text)


def ru_spelling(name: str) -> str:
    return name.translate(_KK_TO_RU)


#: A word after the first that makes the first a place's name ("Қарасу ауданы әкімі …"): it keeps its capital.
_PLACE_WORDS = ("ауданы", "облысы", "қаласы", "ауылы", "ауданының", "облысының", "қаласының", "ауылының")


def lower_first(text: str) -> str:
    """A position inside a sentence starts with a small letter ("руководитель отдела"), unless it starts
    with the name of a place ("Қарасу ауданы әкімі аппаратының басшысы")."""
    words = text.split()
    if len(words) > 1 and words[1].casefold() in _PLACE_WORDS:
        return text
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


@dataclass(frozen=True)
class Named:
    """A person as the papers name them, with the position, in both spellings, and the sex (Russian grammar)."""

    name_kk: str
    name_ru: str = ""
    position_kk: str = ""
    position_ru: str = ""
    male: bool = True

    def name(self, lang: str) -> str:
        return (self.name_ru or ru_spelling(self.name_kk)) if lang == "ru" else self.name_kk

    def short(self, lang: str) -> str:
        """"Жұмабеков Е.Қ." — the form used on signature lines and after "Жауапты:" / "Ответственный:"."""
        parts = self.name(lang).split()
        if len(parts) >= 2 and all(p.endswith(".") for p in parts[1:]):
            return " ".join(parts)               # given already as "Есенова Б.Қ." or "Есенова Б. Қ."
        if len(parts) >= 2 and parts[-1].casefold() in ("ұлы", "қызы", "улы", "кызы"):
            parts = parts[:-1]                   # "Маратұлы" written apart: "Есенов Ғалым Марат ұлы"
        return " ".join([*parts[:1], "".join(f"{p[0]}." for p in parts[1:3])]).strip() if parts else ""

    def position(self, lang: str) -> str:
        return (self.position_ru or self.position_kk) if lang == "ru" else self.position_kk

    def described(self, lang: str) -> str:
        """"Кушербаев Д.Б. — руководитель отдела (Юридический отдел)"."""
        pos = lower_first(self.position(lang))
        return f"{self.short(lang)} — {pos}" if pos else self.short(lang)


def by_alphabet(people: list[Named], lang: str) -> list[Named]:
    """Names in the order of the document language's alphabet (Kazakh: … Ғ after Г, Қ after К …)."""
    return sorted(people, key=lambda p: name_sort_key(p.name(lang), "ru" if lang == "ru" else "kk"))


@dataclass(frozen=True)
class Bilingual:
    """Free text typed for a paper, in Kazakh and (optionally) in Russian."""

    kk: str = ""
    ru: str = ""

    def text(self, lang: str) -> str:
        return (self.ru or self.kk) if lang == "ru" else (self.kk or self.ru)

    @property
    def kazakh_only(self) -> bool:
        """Typed in Kazakh only, or the "Russian" text has Kazakh letters (typed in the wrong field)."""
        return (bool(self.kk.strip()) and not self.ru.strip()) or has_kazakh_letters(self.ru)


@dataclass(frozen=True)
class ProtocolMember:
    person: Named
    role: str = "member"          # "chair" | "secretary" | "member" (domain Role values)
    present: bool = True


@dataclass(frozen=True)
class ProtocolMotion:
    """One motion with its vote count (`new_score` None = keep the evaluator's score)."""

    new_score: float | None
    votes_for: int
    proposed_by: Named | None = None
    reasoning: str = ""
    reasoning_ru: str = ""

    def reasons(self) -> Bilingual:
        return Bilingual(self.reasoning, self.reasoning_ru)


@dataclass(frozen=True)
class ProtocolCase:
    appellant: Named
    evaluator: Named
    period: L
    original_score: float
    appeal_filed_on: date
    evaluator_argument: str = ""
    appellant_argument: str = ""
    appellant_oral: bool = False
    motions: tuple[ProtocolMotion, ...] = ()
    adopted: int | None = None
    eligible: int = 0
    final_score: float | None = None
    final_grade: L | None = None
    feedback_due: date | None = None     # 001 §23 meeting: responsible = evaluator
    evaluator_argument_ru: str = ""
    appellant_argument_ru: str = ""
    # Each member eligible to vote who was present, with the index of the motion they backed (None: abstained).
    ballots: tuple[tuple[Named, int | None], ...] = ()

    def arguments(self) -> tuple[Bilingual, Bilingual]:
        return (Bilingual(self.evaluator_argument, self.evaluator_argument_ru),
                Bilingual(self.appellant_argument, self.appellant_argument_ru))

    def counts(self, motion: int) -> tuple[int, int, int]:
        """For, against (backed another motion) and abstained, for one motion."""
        if not self.ballots:
            total = sum(m.votes_for for m in self.motions)
            return self.motions[motion].votes_for, total - self.motions[motion].votes_for, 0
        votes = [v for _p, v in self.ballots]
        return (sum(1 for v in votes if v == motion), sum(1 for v in votes if v is not None and v != motion),
                sum(1 for v in votes if v is None))


@dataclass(frozen=True)
class ProtocolData:
    org_name: L
    number: str
    held_on: date | None
    place: str
    members: tuple[ProtocolMember, ...]
    cases: tuple[ProtocolCase, ...]
    hr_responsible: Named | None = None   # posts the protocol (001 §22)
    post_due: date | None = None
    order_number: str = ""
    order_date: date | None = None
    place_ru: str = ""
    order_act: str = "order"              # the act the session was called by (organisation card)

    def by_role(self, role: str) -> list[ProtocolMember]:
        return [m for m in self.members if m.role == role]

    def places(self) -> Bilingual:
        return Bilingual(self.place, self.place_ru)


@dataclass(frozen=True)
class OrderData:
    """Бұйрық / приказ (or the act the organisation card names) of the appointing official on holding a
    session and its members (001 §19)."""

    org_name: L
    number: str
    signed_on: date | None
    place: str                                # where it is issued (kk)
    official: Named
    session_date: date | None
    session_place: str
    members: tuple[ProtocolMember, ...]
    appellants: tuple[tuple[Named, L], ...]   # appellant and the period disputed
    hr_responsible: Named | None = None
    act: str = "order"                        # "order" | "instruction" | "decision" (004 §1.6)
    place_ru: str = ""
    session_place_ru: str = ""
    filed_on: tuple[date, ...] = ()           # the appeals' dates, in the order of `appellants`

    def session_places(self) -> Bilingual:
        return Bilingual(self.session_place, self.session_place_ru)


@dataclass(frozen=True)
class FeedbackMemoData:
    """Memo of the feedback meeting after the session (001 §23)."""

    org_name: L
    evaluee: Named
    evaluator: Named
    period: L
    held_on: date | None
    final_score: float | None
    original_score: float | None
    achievements: str = ""
    skills: str = ""
    potential: str = ""
    session_number: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    achievements_ru: str = ""
    skills_ru: str = ""
    potential_ru: str = ""
    session_date: date | None = None

    def texts(self) -> tuple[Bilingual, Bilingual, Bilingual]:
        return (Bilingual(self.achievements, self.achievements_ru), Bilingual(self.skills, self.skills_ru),
                Bilingual(self.potential, self.potential_ru))


def missing_russian(data: ProtocolData | OrderData | FeedbackMemoData) -> list[str]:
    """Which free text a Russian copy would print in Kazakh because no Russian text was typed:
    "place", "evaluator_argument", "appellant_argument", "reasoning", "achievements", "skills", "potential"."""
    found: list[str] = []

    def check(key: str, text: Bilingual) -> None:
        if text.kazakh_only and key not in found:
            found.append(key)

    def positions(people: list[Named]) -> None:
        if any(has_kazakh_letters(p.position("ru")) for p in people) and "position" not in found:
            found.append("position")
    if isinstance(data, ProtocolData):
        people = [m.person for m in data.members] + [p for c in data.cases for p in (c.evaluator, c.appellant)]
        positions(people)
        check("place", data.places())
        for c in data.cases:
            ev, ap = c.arguments()
            check("evaluator_argument", ev)
            check("appellant_argument", ap)
            for m in c.motions:
                if m.proposed_by:
                    check("reasoning", m.reasons())
    elif isinstance(data, OrderData):
        positions([m.person for m in data.members] + [a for a, _p in data.appellants] + [data.official])
        check("place", data.session_places())
    else:
        positions([data.evaluee, data.evaluator])
        for key, text in zip(("achievements", "skills", "potential"), data.texts(), strict=True):
            check(key, text)
    return found
