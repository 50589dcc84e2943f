"""Closing a quarter: when the evaluation of a quarter is over and its records stop changing.

A quarter is closed when its evaluation is complete (001 §4: results formed; §10: the appeal window of
every result has passed; §19–§22: every calibration case decided). From then on its sheets, scores and
roster are read-only (the three-year retention of 001 §12 runs "from the day the evaluation ended").
Closing is refused while anything is pending, with one line per person and reason, so the specialist
knows exactly what to finish. Reopening takes a written reason, kept in the audit log.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.evaluation import EvaluationStatus
from desktop_app.domain.i18n import N_, Msg, msg


class Pending(StrEnum):
    NOT_FINAL = "not_final"
    WINDOW_OPEN = "window_open"            # 001 §10
    APPEAL_UNDECIDED = "appeal_undecided"  # 001 §19
    CASE_UNDECIDED = "case_undecided"      # 001 §22


@dataclass(frozen=True)
class SheetState:
    """What closing needs to know about one sheet."""

    employee_id: int
    name_kk: str
    name_ru: str
    status: EvaluationStatus
    appeal_ends: date | None = None        # last day of the 001 §10 window, when received


@dataclass(frozen=True)
class AppealState:
    """What closing needs to know about one appeal against a result of the quarter."""

    employee_id: int
    name_kk: str
    name_ru: str
    filed_on: date
    refused: bool                           # a late appeal the specialist decided not to hear
    session_number: str = ""                # "" while no session was decided (001 §19)
    session_closed: bool = False            # the case decided by majority (001 §22)


@dataclass(frozen=True)
class CloseProblem:
    """One reason the quarter cannot be closed, naming the person it concerns."""

    kind: Pending
    employee_id: int
    name_kk: str
    name_ru: str
    reason: Msg

    def name(self, lang: str) -> str:
        return self.name_ru if lang == "ru" else self.name_kk


_STATE_NAMES = {
    EvaluationStatus.DRAFT: N_("msg", "draft"),
    EvaluationStatus.SIGNED: N_("msg", "signed"),
    EvaluationStatus.RECEIVED: N_("msg", "received"),
    EvaluationStatus.FINAL: N_("msg", "final"),
}


def state_name(status: EvaluationStatus) -> Msg:
    return msg(_STATE_NAMES[status])


def _d(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def close_problems(sheets: Iterable[SheetState], appeals: Iterable[AppealState], today: date) -> list[CloseProblem]:
    """Every reason the quarter cannot be closed on `today`; empty when it can."""
    out: list[CloseProblem] = []
    for s in sheets:
        if s.status is EvaluationStatus.FINAL:
            continue
        if s.status is EvaluationStatus.RECEIVED and s.appeal_ends is not None and s.appeal_ends >= today:
            out.append(CloseProblem(Pending.WINDOW_OPEN, s.employee_id, s.name_kk, s.name_ru, msg(
                N_("msg", "the appeal window is open until {day} (Methodology, item 10)."), day=_d(s.appeal_ends))))
        else:
            out.append(CloseProblem(Pending.NOT_FINAL, s.employee_id, s.name_kk, s.name_ru, msg(
                N_("msg", "the sheet is {state}, not final."), state=state_name(s.status))))
    for a in appeals:
        if a.refused or a.session_closed:
            continue
        if a.session_number:
            out.append(CloseProblem(Pending.CASE_UNDECIDED, a.employee_id, a.name_kk, a.name_ru, msg(
                N_("msg", "the case in calibration session No. {number} is not decided yet (Methodology, "
                          "item 22)."), number=a.session_number)))
        else:
            out.append(CloseProblem(Pending.APPEAL_UNDECIDED, a.employee_id, a.name_kk, a.name_ru, msg(
                N_("msg", "the appeal received on {day} awaits the decision on a calibration session "
                          "(Methodology, item 19)."), day=_d(a.filed_on))))
    order = list(Pending)
    out.sort(key=lambda p: (order.index(p.kind), p.name_ru))
    return out


def reopen_reason(reason: str) -> str:
    """Reopening a closed quarter changes closed records: the reason is written and kept (audit log)."""
    text = reason.strip()
    if len(text) < 5:
        raise ValidationError(msg(N_("msg", "Write why the closed quarter is reopened: the reason is kept in "
                                            "the audit log.")), field="reason")
    return text


def closed_msg(year: int, quarter: int) -> Msg:
    return msg(N_("msg", "Quarter {quarter} of {year} is closed: its sheets, scores and roster no longer change. "
                         "Reopen it with a written reason first."), quarter=quarter, year=year)
