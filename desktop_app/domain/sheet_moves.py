"""One state change of a sheet with every rule it must pass: the state order (evaluation.py), the dates
(event_dates.py: not in the future, not before the quarter ended, 001 §4, §6), the appeal window
(001 §10) and, for "final", no appeal still undecided (001 §19–§22). Used for one sheet and for many
at once (the entry grid's multi-selection), so both refuse for the same reasons."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.domain import evaluation as rules
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.evaluation import Evaluation
from desktop_app.domain.event_dates import SheetEvent, check_event_date
from desktop_app.domain.i18n import N_, msg


class Move(StrEnum):
    SIGN = "sign"
    RECEIVE = "receive"
    FINALISE = "finalise"


EVENT = {Move.SIGN: SheetEvent.SIGNED, Move.RECEIVE: SheetEvent.RECEIVED, Move.FINALISE: SheetEvent.FINAL}
STATUS_AFTER = {Move.SIGN: "signed", Move.RECEIVE: "received", Move.FINALISE: "final"}
DATE_COLUMN = {Move.SIGN: "signed_on", Move.RECEIVE: "received_on", Move.FINALISE: "finalised_on"}


@dataclass(frozen=True)
class MoveContext:
    """The facts around a sheet that its move needs (read once for a whole batch)."""

    today: date
    quarter_end: date
    dismissed_on: date | None = None
    appeal_ends: date | None = None          # for FINALISE: the last day of the 001 §10 window
    appeal_pending: bool = False             # for FINALISE: an appeal on it is not decided


def move(ev: Evaluation, change: Move, day: date, ctx: MoveContext) -> Evaluation:
    """The sheet after `change` on `day`, or ValidationError saying why not (in the user's language)."""
    dismissed = ctx.dismissed_on if ev.without_participation else None
    if change is Move.RECEIVE and ev.without_participation:
        # 001 §9: a dismissed evaluee is told by letter, phone, SMS…; the notice records that receipt.
        raise ValidationError(msg(N_("msg", "A dismissed evaluee receives the result by notice (Methodology, "
                                            "item 9): record the notice instead.")))
    check_event_date(EVENT[change], day, ctx.today, ctx.quarter_end, dismissed)
    if change is Move.SIGN:
        return rules.sign(ev, day)
    if change is Move.RECEIVE:
        return rules.receive(ev, day)
    if ctx.appeal_pending:
        raise ValidationError(msg(N_("msg", "An appeal against this result is not decided yet (Methodology, "
                                            "items 19–22): the result becomes final after the decision.")))
    return rules.finalise(ev, day, ctx.appeal_ends)
