"""An evaluator outside the corps "B" registry: the akim, the maslikhat secretary (001 §16, §2.4).

001 §16 gives the evaluation of the head of a unit or body to "the head of the structural unit or
body". At the top of an apparatus that is a political official — the akim, the maslikhat secretary —
who is not a corps "B" servant and so is not on the staff list. The specialist writes their name and
position once: on the organisation card (the head of the body's evaluator) or on a unit (e.g. a maslikhat
apparatus inside an akimat's list). The roster uses them where the chain of superior positions ends
without a corps "B" evaluator; where nobody is set, the line says what to set (roster_reasons.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg


@dataclass(frozen=True)
class ExternalEvaluator:
    name_kk: str
    name_ru: str
    position_kk: str
    position_ru: str
    unit_id: int | None = None          # None: set on the organisation card

    def name(self, lang: str) -> str:
        return (self.name_ru or self.name_kk) if lang == "ru" else (self.name_kk or self.name_ru)

    def position(self, lang: str) -> str:
        return (self.position_ru or self.position_kk) if lang == "ru" else (self.position_kk or self.position_ru)

    def label(self, lang: str) -> str:
        """"Name, position" as a roster line or a sheet shows it."""
        pos = self.position(lang)
        return f"{self.name(lang)}, {pos}" if pos else self.name(lang)


def checked(e: ExternalEvaluator) -> ExternalEvaluator | None:
    """Trimmed; None when every field is empty (the setting is cleared). A name needs its position:
    the sheet's signature line names both."""
    e = ExternalEvaluator(e.name_kk.strip(), e.name_ru.strip(), e.position_kk.strip(), e.position_ru.strip(),
                          e.unit_id)
    if not any((e.name_kk, e.name_ru, e.position_kk, e.position_ru)):
        return None
    if not (e.name_kk or e.name_ru):
        raise ValidationError(msg(N_("msg", "Write the evaluator's name.")), field="name_kk")
    if not (e.position_kk or e.position_ru):
        raise ValidationError(msg(N_("msg", "Write the evaluator's position (for example, the akim of the "
                                            "district).")), field="position_kk")
    return e


def pick(unit_id: int, evaluators: dict[int | None, ExternalEvaluator]) -> ExternalEvaluator | None:
    """The unit's own outside evaluator, else the organisation card's."""
    return evaluators.get(unit_id) or evaluators.get(None)
