"""The date a batch Signed / Received / Final dialog offers (QA C16): never one that is certain to be refused.

The quarter rule (001 §4, §6 via domain.event_dates) gives each selected sheet its first allowed day; the
dialog offers the earliest of them (or the date used last time when it still passes), and when no sheet can
move on any day up to today — the quarter has not ended — the window says so before any date is asked.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.event_dates import date_problem, first_allowed_day
from desktop_app.domain.i18n import Msg
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


def date_window(service: EvaluationService, evaluation_ids: Sequence[int], change: Move) -> DateWindow:
    event = EVENT[change]
    today = service.quarters.today()
    first_ev = service._get(evaluation_ids[0])
    q = service.quarters.quarter(first_ev.quarter_id)
    q_end = quarter_bounds(q.year, q.quarter)[1]
    facts = service.batch_repo.sheets(q.id, list(evaluation_ids))
    firsts = {f.evaluation_id: first_allowed_day(event, q_end, f.dismissed_on) for f in facts}
    first = min(firsts.values(), default=q_end)
    refused: list[BatchRefusal] = []
    if first > today:       # nobody can move today or before: the reason of each, said once per reason
        for f in facts:
            problem: Msg | None = date_problem(event, today, today, q_end, f.dismissed_on)
            if problem is not None:
                refused.append(BatchRefusal(f.evaluation_id, f.name_kk, f.name_ru, problem))
    return DateWindow(first, today, refused)
