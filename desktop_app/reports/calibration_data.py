"""Plain input data of the calibration papers: protocol, order (өкім / распоряжение), feedback memo.

The service fills these from the database; the documents only lay them out (no SQL, no Qt here).
Names are given in both spellings where they differ (Kazakh and Russian documents, 004 §9).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.wording import quarter_kk, quarter_ru
from desktop_app.reports.labels import L

_MONTHS_KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
              "қазан", "қараша", "желтоқсан")
_MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря")


def long_date(d: date | None, lang: str) -> str:
    """"2026 жылғы 20 қазан" / "20 октября 2026 года" (official papers write the month as a word)."""
    if d is None:
        return "«___» ____________ 20__"
    if lang == "ru":
        return f"{d.day} {_MONTHS_RU[d.month - 1]} {d.year} года"
    return f"{d.year} жылғы {d.day} {_MONTHS_KK[d.month - 1]}"


def short_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else "__.__.____"


def period_label(year: int, quarter: int) -> L:
    # one way across documents (GLOSSARY.md "quarter")
    return L(quarter_kk(year, quarter), quarter_ru(year, quarter))


def score_text(score: float | None) -> str:
    """Scores are written with two decimals and a comma, as in the evaluation sheets."""
    return "—" if score is None else f"{score:.2f}".replace(".", ",")


@dataclass(frozen=True)
class Named:
    """A person as the papers name them, with the position, in both spellings."""

    name_kk: str
    name_ru: str = ""
    position_kk: str = ""
    position_ru: str = ""

    def name(self, lang: str) -> str:
        return (self.name_ru or self.name_kk) if lang == "ru" else self.name_kk

    def short(self, lang: str) -> str:
        """"Жұмабеков Е.Қ." — the form used on signature lines."""
        parts = self.name(lang).split()
        return " ".join([*parts[:1], "".join(f"{p[0]}." for p in parts[1:3])]).strip() if parts else ""

    def position(self, lang: str) -> str:
        return (self.position_ru or self.position_kk) if lang == "ru" else self.position_kk


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

    def by_role(self, role: str) -> list[ProtocolMember]:
        return [m for m in self.members if m.role == role]


@dataclass(frozen=True)
class OrderData:
    """Распоряжение / өкім of the appointing official on holding a session and its members (001 §19)."""

    org_name: L
    number: str
    signed_on: date | None
    place: str
    official: Named
    session_date: date | None
    session_place: str
    members: tuple[ProtocolMember, ...]
    appellants: tuple[tuple[Named, L], ...]   # appellant and the period disputed
    hr_responsible: Named | None = None


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
