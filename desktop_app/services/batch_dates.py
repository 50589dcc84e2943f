"""The date a batch Signed / Received / Final dialog offers (QA C16): never one that is certain to be refused.

The quarter rule (001 §4, §6 via domain.event_dates) gives each selected sheet its first allowed day; the
dialog offers the earliest of them (or the date used last time when it still passes), and when no sheet can
move on any day up to today — the quarter has not ended — the window says so before any date is asked.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.deadlines import appeal_window_end
from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.domain.event_dates import first_allowed_day
from desktop_app.domain.quarters import quarter_bounds
from desktop_app.domain.sheet_moves import EVENT, Move
from desktop_app.services.evaluation import BatchRefusal, EvaluationService


@dataclass(frozen=True)
class DateWindow:
    first: date                         # the earliest day any selected sheet may take
    today: date
    refused: list[BatchRefusal]         # non-empty when no day up to today passes for any sheet

    def default(self, last_used: date | None) -> date:
        """The date used last time when it still passes the quarter rule and is not in the future, otherwise
        the first allowed day."""
        if last_used is not None and self.first <= last_used <= self.today:
            return last_used
        return self.first


_READY = {Move.SIGN: EvaluationStatus.DRAFT, Move.RECEIVE: EvaluationStatus.SIGNED,
          Move.FINALISE: EvaluationStatus.RECEIVED}


def date_window(service: EvaluationService, evaluation_ids: Sequence[int], change: Move) -> DateWindow:
    """The first day on which some selected sheet ready for `change` can take it: the quarter rule (001 §4,
    §6), not before its signature (receipt) and after its appeal window (001 §10, final)."""
    event = EVENT[change]
    today = service.quarters.today()
    first_ev = service._get(evaluation_ids[0])
    q = service.quarters.quarter(first_ev.quarter_id)
    q_end = quarter_bounds(q.year, q.quarter)[1]
    evs = {e.id: e for e in service.repo.evaluations(q.id)}
    cal = service.quarters.calendar.calendar()
    deadlines = service.methodology_of(q.id).deadlines
    firsts: list[date] = []
    for f in service.batch_repo.sheets(q.id, list(evaluation_ids)):
        ev = evs.get(f.evaluation_id)
        if ev is None or ev.status is not _READY[change]:
            continue            # refused whatever the date: it does not choose the date offered
        day = first_allowed_day(event, q_end, f.dismissed_on if f.without_participation else None)
        if change is Move.RECEIVE and ev.signed_on is not None:
            day = max(day, ev.signed_on)
        if change is Move.FINALISE and ev.received_on is not None:
            day = max(day, appeal_window_end(cal, ev.received_on, deadlines) + timedelta(days=1))
        firsts.append(day)
    first = min(firsts, default=q_end + timedelta(days=1))
    refused: list[BatchRefusal] = []
    if first > today:       # no sheet can move on any day up to today: say why now, once per reason
        refused = service.move_many(evaluation_ids, change, today, dry_run=True).refused
    return DateWindow(first, today, refused)
