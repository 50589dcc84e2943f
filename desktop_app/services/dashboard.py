"""What is due and overdue today: quarters (20th of the next month), the year (30 January), sheets not
yet signed, results not handed over, dismissed evaluees not yet told (001 §4, §6, §9; 004 §13.15)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.deadlines import annual_deadline, appeal_window_end, notice_deadline, quarter_deadline
from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.methodology.model import Deadlines
from desktop_app.domain.quarters import previous_quarter, quarter_bounds
from desktop_app.services.evaluation import EvaluationService

NOTICE_WARN_DAYS = 7   # warn this many days before the month after the quarter ends (001 §9)


@dataclass(frozen=True)
class DueItem:
    """One line of the dashboard. `level`: "overdue", "soon", "info", "warning" (Art. 33 p. 6)."""

    level: str
    text: Msg
    due: date | None
    page: str                      # the page that resolves it: "quarter", "annual"
    quarter_id: int | None = None
    count: int = 0


@dataclass(frozen=True)
class QuarterProgress:
    """How far an open quarter is: sheets in each state."""

    quarter_id: int
    year: int
    quarter: int
    total: int
    scored: int
    signed: int
    final: int
    due: date


class DashboardService:
    def __init__(self, evaluations: EvaluationService,
                 more: Sequence[Callable[[date], Sequence[DueItem]]] = ()) -> None:
        """`more`: other areas' sources of due items (e.g. the calibration deadlines of 001 §10–§22)."""
        self.evaluations = evaluations
        self.quarters = evaluations.quarters
        self.more = list(more)

    def progress(self) -> list[QuarterProgress]:
        """Every quarter not yet final, newest first."""
        cal = self.quarters.calendar.calendar()
        out = []
        for q in reversed(self.quarters.quarters()):
            if q.status == "final":
                continue
            evs = self.evaluations.repo.evaluations(q.id)
            out.append(QuarterProgress(q.id, q.year, q.quarter, len(evs), sum(1 for e in evs if e.score is not None),
                                       sum(1 for e in evs if e.locked),
                                       sum(1 for e in evs if e.status is EvaluationStatus.FINAL),
                                       quarter_deadline(cal, q.year, q.quarter)))
        return out

    def _level(self, today: date, due: date) -> str:
        if today > due:
            return "overdue"
        return "soon" if (due - today).days <= 10 else "info"

    def items(self, today: date) -> list[DueItem]:
        cal = self.quarters.calendar.calendar()
        out: list[DueItem] = []
        known = {(q.year, q.quarter) for q in self.quarters.quarters()}
        py, pq = previous_quarter(today)
        if (py, pq) not in known:
            due = quarter_deadline(cal, py, pq)
            out.append(DueItem(self._level(today, due), msg(N_("msg", "Quarter {quarter} of {year} is not opened: "
                                                                "the evaluation is due {due} (Methodology, item 4)."),
                                                          quarter=pq, year=py, due=due.strftime("%d.%m.%Y")),
                               due, "quarter"))
        for q in self.quarters.quarters():
            if q.status == "final":
                continue
            try:
                d = self.quarters.methodology(q).deadlines
            except Exception:
                d = Deadlines()
            out.extend(self._quarter_items(today, cal, q, d))
        out.extend(self._annual_items(today, cal))
        for source in self.more:
            out.extend(source(today))
        order = {"overdue": 0, "warning": 1, "soon": 2, "info": 3}
        out.sort(key=lambda i: (order.get(i.level, 9), i.due or date.max))
        return out

    def _quarter_items(self, today, cal, q, d: Deadlines) -> list[DueItem]:  # type: ignore[no-untyped-def]
        evs = self.evaluations.repo.evaluations(q.id)
        due = quarter_deadline(cal, q.year, q.quarter, d)
        lvl = self._level(today, due)
        items: list[DueItem] = []
        started = quarter_bounds(q.year, q.quarter)[1] - timedelta(days=20) <= today
        drafts = [e for e in evs if e.status is EvaluationStatus.DRAFT]
        empty = [e for e in drafts if e.score is None]
        if drafts:
            items.append(DueItem(lvl if started else "info", msg(N_("msg", "Quarter {quarter} of {year}: sheets not signed yet — {n} "
                                              "(without scores — {empty}), due {due} (Methodology, item 4)."),
                                          quarter=q.quarter, year=q.year, n=len(drafts), empty=len(empty),
                                          due=due.strftime("%d.%m.%Y")), due, "quarter", q.id, len(drafts)))
        unsent = [e for e in evs if e.status is EvaluationStatus.SIGNED and not e.without_participation]
        if unsent:
            items.append(DueItem(lvl, msg(N_("msg", "Quarter {quarter} of {year}: {n} signed results not yet "
                                              "received by the evaluees (Methodology, item 9)."),
                                          quarter=q.quarter, year=q.year, n=len(unsent)), due, "quarter", q.id,
                                 len(unsent)))
        ready = [e for e in evs if e.status is EvaluationStatus.RECEIVED and e.received_on is not None
                 and appeal_window_end(cal, e.received_on, d) < today]
        if ready:
            items.append(DueItem("info", msg(N_("msg", "Quarter {quarter} of {year}: {n} results are past the "
                                                 "appeal window and can be made final (Methodology, item 10)."),
                                             quarter=q.quarter, year=q.year, n=len(ready)), None, "quarter", q.id,
                                 len(ready)))
        if evs and all(e.status is EvaluationStatus.FINAL for e in evs) and quarter_bounds(q.year, q.quarter)[1] < today \
                and not self.quarters.close_problems(q.id):
            items.append(DueItem("soon", msg(N_("msg", "Quarter {quarter} of {year}: every result is final, close the "
                                                "quarter on the Quarter page."), quarter=q.quarter, year=q.year),
                                 None, "quarter", q.id, len(evs)))
        untold = [e for e in evs if e.without_participation and e.notice_on is None]
        if untold:
            ndue = notice_deadline(cal, q.year, q.quarter, d)
            nlvl = "overdue" if today > ndue else ("soon" if (ndue - today).days <= NOTICE_WARN_DAYS else "info")
            items.append(DueItem(nlvl, msg(N_("msg", "Quarter {quarter} of {year}: {n} dismissed evaluees not yet "
                                               "told the result, due {due} (Methodology, item 9)."),
                                           quarter=q.quarter, year=q.year, n=len(untold),
                                           due=ndue.strftime("%d.%m.%Y")), ndue, "quarter", q.id, len(untold)))
        return items

    def _annual_items(self, today: date, cal) -> list[DueItem]:  # type: ignore[no-untyped-def]
        """The annual result (001 §4) and the Art. 33 p. 6 warning, from closed quarters only: while the
        year still has open quarters both say they are provisional."""
        items: list[DueItem] = []
        open_in = {y: self.quarters.not_closed(y, today) for y in (today.year - 2, today.year - 1, today.year)}
        for year in (today.year - 1, today.year):
            due = annual_deadline(cal, year)
            if not (date(year, 10, 1) <= today <= due + timedelta(days=60)):
                continue
            open_q = open_in[year]
            lvl = self._level(today, due) if open_q else "info"
            if open_q:
                text = msg(N_("msg", "Annual results of {year} are due {due}; provisional: {n} quarters of the year "
                                     "are not closed yet (Methodology, item 4)."),
                           year=year, due=due.strftime("%d.%m.%Y"), n=len(open_q))
            else:
                text = msg(N_("msg", "Annual results of {year} are due {due}; every quarter of the year is closed "
                                     "(Methodology, item 4)."), year=year, due=due.strftime("%d.%m.%Y"))
            items.append(DueItem(lvl, text, due, "annual", None, len(open_q)))
        for year in (today.year - 1, today.year):
            provisional = bool(open_in[year] or open_in[year - 1])
            for line in self.evaluations.annual(year, closed_only=True):
                if line.result.two_years_warning:
                    if provisional:
                        text = msg(N_("msg", "{name}: unsatisfactory annual result in {prev} and {year}, provisional "
                                             "while quarters of these years are open (Law on civil service, "
                                             "Art. 33 p. 6)."), name=line.employee.spelled_name, prev=year - 1,
                                   year=year)
                    else:
                        text = msg(N_("msg", "{name}: unsatisfactory annual result in {prev} and {year} (Law on civil "
                                             "service, Art. 33 p. 6)."),
                                   name=line.employee.spelled_name, prev=year - 1, year=year)
                    items.append(DueItem("warning", text, None, "annual"))
        return items
