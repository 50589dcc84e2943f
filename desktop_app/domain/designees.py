"""Designated co-evaluators (001 §17): "В случае если количество оцениваемых лиц превышает двадцать человек,
оценка осуществляется также административными государственными служащими корпуса "Б", определяемыми
оценивающим лицом."

Decisions (the seed says no more):
- a designee is recorded per sheet, with the day the evaluator designated them;
- "также" (also): the designee evaluates beside the evaluator, the evaluator's score stays the score of
  the sheet; the designee's proposed score is recorded and printed, never counted;
- only when the sheet's evaluator has more than twenty evaluees in the quarter;
- the designee is a corps "B" administrative servant of this body on the day of designation: appointed
  (or acting) in a position of a corps "B" category, not seconded in from another body, not dismissed;
  not the evaluee, not the evaluator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, Spelled, msg
from desktop_app.domain.staff import AppointmentKind, StaffSnapshot

# Corps "B" categories (Law on civil service, Art. 1; the staff register's categories): A-1, B-3, C-O-2,
# D-4, E-R-1, E-G-2 … — a letter A–E (Latin or the Cyrillic look-alikes), optional sub-letters, a number.
_CORPS_B = re.compile(r"^[ABCDEАВСДЕ](-[A-ZА-Я]{1,2})?-\d{1,2}$")


def is_corps_b(category: str) -> bool:
    return bool(_CORPS_B.match(category.strip().upper()))


@dataclass(frozen=True)
class Designee:
    """A servant the evaluator designated to also evaluate one evaluee (001 §17)."""

    id: int | None
    evaluation_id: int
    employee_id: int
    designated_on: date
    proposed_score: Decimal | None = None


def check_designee(snap: StaffSnapshot, evaluee_id: int, evaluator_id: int | None, designee_id: int,
                   designated_on: date, evaluator_evaluees: int, existing: list[int]) -> None:
    """Refuse a designation 001 §17 does not allow; the message names what is wrong."""
    if evaluator_evaluees <= 20:
        raise ValidationError(msg(N_("msg", "The evaluator has {n} evaluees: servants designated by the evaluator "
                                            "evaluate only when there are more than 20 (paragraph 17 of the Methodology)."),
                                  n=evaluator_evaluees), field="designee")
    if designee_id == evaluee_id:
        raise ValidationError(msg(N_("msg", "The evaluee cannot evaluate themselves.")), field="designee")
    if evaluator_id is not None and designee_id == evaluator_id:
        raise ValidationError(msg(N_("msg", "The evaluator already evaluates this sheet: designate someone "
                                            "else.")), field="designee")
    if designee_id in existing:
        raise ValidationError(msg(N_("msg", "This servant is already designated for this sheet.")),
                              field="designee")
    emp = snap.employees.get(designee_id)
    if emp is None:
        raise ValidationError(msg(N_("msg", "The designee is not on the staff of this body.")), field="designee")
    if emp.dismissal_date is not None and emp.dismissal_date < designated_on:
        raise ValidationError(msg(N_("msg", "{name} was dismissed on {day}: a designee must serve in this body."),
                                  name=Spelled(emp.full_name("kk"), emp.full_name("ru")), day=emp.dismissal_date.strftime("%d.%m.%Y")),
                              field="designee")
    apps = [a for a in snap.appointments if a.employee_id == designee_id and a.covers(designated_on)]
    own = [a for a in apps if a.kind is not AppointmentKind.SECONDED_IN]
    if not own:
        if apps:
            raise ValidationError(msg(N_("msg", "{name} is seconded from another body: a designee must be a servant "
                                                "of this body."), name=Spelled(emp.full_name("kk"), emp.full_name("ru"))), field="designee")
        raise ValidationError(msg(N_("msg", "{name} holds no position in this body on {day}."),
                                  name=Spelled(emp.full_name("kk"), emp.full_name("ru")), day=designated_on.strftime("%d.%m.%Y")),
                              field="designee")
    if not any(is_corps_b(snap.positions[a.position_id].category) for a in own if a.position_id in snap.positions):
        raise ValidationError(msg(N_("msg", "{name} is not a corps \"B\" administrative servant: a designee must "
                                            "be one (paragraph 17 of the Methodology)."), name=Spelled(emp.full_name("kk"), emp.full_name("ru"))),
                              field="designee")
