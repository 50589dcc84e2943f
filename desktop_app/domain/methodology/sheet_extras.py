"""What the sheet records beside the entries in the points model: months under a disciplinary sanction
(002 §21) and the unit head's personal points with their justifying note (002 §26). Input is checked
here, once, for the window, the CLI and the service alike; bad input is refused with a message.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.methodology.calculator import check_personal_points
from desktop_app.domain.methodology.fmt import signed
from desktop_app.domain.methodology.model import Methodology
from desktop_app.domain.methodology.rounding import to_decimal

MONTHS_IN_QUARTER = 3


@dataclass(frozen=True)
class SanctionRecord:
    """Months of the quarter during which a disciplinary sanction was in force, and the order imposing it."""

    months: int = 0
    order_number: str = ""
    order_date: date | None = None


@dataclass(frozen=True)
class PersonalPoints:
    """One award of the unit head's personal points (002 §26) with the note that justifies it."""

    id: int | None
    evaluation_id: int
    points: Decimal
    note: str


def check_sanction(m: Methodology, record: SanctionRecord, quarter_start: date, quarter_end: date) -> SanctionRecord:
    """002 §21 closing paragraph: "тәртіптік жазаның мерзімі ішінде әрбір ай үшін … 16% шегеріледі" — per month
    of the sanction within the reporting period, so 0..3 months in a quarter; the order that imposed it is
    named (004 §22.2: sanctions are imposed by an order). Zero months clears the record."""
    months = record.months
    if months < 0:
        raise ValidationError(msg(N_("msg", "Months under a disciplinary sanction cannot be negative.")),
                              field="sanction_months")
    if months > MONTHS_IN_QUARTER:
        raise ValidationError(msg(N_("msg", "A quarter has {n} months: {months} months under a sanction is "
                                            "impossible."), n=MONTHS_IN_QUARTER, months=months),
                              field="sanction_months")
    if months == 0:
        return SanctionRecord()
    if m.sanction is None:
        raise ValidationError(msg(N_("msg", "This methodology has no deduction for disciplinary sanctions.")),
                              field="sanction_months")
    number = record.order_number.strip()
    if not number or record.order_date is None:
        raise ValidationError(msg(N_("msg", "Name the order that imposed the sanction: its number and date.")),
                              field="sanction_order")
    if record.order_date > quarter_end:
        raise ValidationError(msg(N_("msg", "The order of {day} is after the quarter: the sanction was not in "
                                            "force in it."), day=record.order_date.strftime("%d.%m.%Y")),
                              field="sanction_order")
    return SanctionRecord(months, number, record.order_date)


def check_personal(m: Methodology, points: Decimal | int | str, note: str,
                   others: Sequence[Decimal] = ()) -> tuple[Decimal, str]:
    """002 §26: "+1"…"+5" or "−2"; counted only with a note giving concrete grounds; the servant's personal
    bonus points total at most "+15" in the quarter. `others` are the points already on the sheet."""
    rule = m.personal_points
    if rule is None:
        raise ValidationError(msg(N_("msg", "This methodology has no personal points of the unit head.")))
    try:
        p = to_decimal(points)
    except (ArithmeticError, ValueError):
        raise ValidationError(msg(N_("msg", "Personal points are {low} to {high}, or {penalty}."),
                                  low=signed(rule.min_points), high=signed(rule.max_points),
                                  penalty=signed(-rule.penalty_points)), field="points") from None
    check_personal_points(rule, p)
    text = note.strip()
    if not text:
        raise ValidationError(msg(N_("msg", "Personal points count only with a note giving concrete grounds "
                                            "(work load, complexity of documents, business qualities): write "
                                            "it.")), field="note")
    if p > 0:
        given = sum((o for o in others if o > 0), Decimal(0))
        if given + p > rule.cap:
            raise ValidationError(msg(N_("msg", "Personal bonus points total at most {cap} a quarter: {given} "
                                                "already given, {points} more would exceed it."),
                                      cap=signed(rule.cap), given=signed(given), points=signed(p)),
                                  field="points")
    return p, text
