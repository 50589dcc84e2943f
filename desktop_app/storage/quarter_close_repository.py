"""What closing a quarter and moving many sheets at once read and write, in a few set-based statements
(2,000 sheets: `quarter_close_ms`, `batch_final_2000_ms`)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.storage.database import Store
from desktop_app.storage.rows import date_or_none


@dataclass(frozen=True)
class SheetFacts:
    evaluation_id: int
    employee_id: int
    name_kk: str
    name_ru: str
    status: str
    received_on: date | None
    dismissed_on: date | None
    without_participation: bool


@dataclass(frozen=True)
class AppealFacts:
    evaluation_id: int
    employee_id: int
    name_kk: str
    name_ru: str
    filed_on: date
    late_accepted: bool | None
    session_number: str
    session_closed: bool


def _names(r: Sequence[object]) -> tuple[str, str]:
    last, first, middle, last_ru, first_ru, middle_ru = (str(x or "") for x in r)
    kk = " ".join(p for p in (last, first, middle) if p)
    ru = " ".join(p for p in (last_ru or last, first_ru or first, middle_ru or middle) if p)
    return kk, ru


_NAME_COLS = "m.last_name, m.first_name, m.middle_name, m.last_name_ru, m.first_name_ru, m.middle_name_ru"


class QuarterCloseRepository:
    def __init__(self, store: Store) -> None:
        self.db = store.db

    def sheets(self, quarter_id: int, evaluation_ids: Sequence[int] | None = None) -> list[SheetFacts]:
        sql = (f"SELECT e.id, e.employee_id, {_NAME_COLS}, e.status, e.received_on, m.dismissal_date, "
               "e.without_participation FROM evaluations e JOIN employees m ON m.id = e.employee_id "
               "WHERE e.quarter_id = ?")
        args: list[object] = [quarter_id]
        rows = self.db.execute(sql + " ORDER BY e.id", args).fetchall()
        wanted = set(evaluation_ids) if evaluation_ids is not None else None
        out = []
        for r in rows:
            if wanted is not None and r[0] not in wanted:
                continue
            kk, ru = _names(r[2:8])
            out.append(SheetFacts(r[0], r[1], kk, ru, r[8], date_or_none(r[9]), date_or_none(r[10]), bool(r[11])))
        return out

    def appeals(self, quarter_id: int) -> list[AppealFacts]:
        rows = self.db.execute(
            f"SELECT a.evaluation_id, e.employee_id, {_NAME_COLS}, a.filed_on, a.late_accepted, "
            "s.register_seq, s.status FROM appeals a JOIN evaluations e ON e.id = a.evaluation_id "
            "JOIN employees m ON m.id = e.employee_id LEFT JOIN calibration_sessions s ON s.id = a.session_id "
            "WHERE e.quarter_id = ? ORDER BY a.id", [quarter_id]).fetchall()
        out = []
        for r in rows:
            kk, ru = _names(r[2:8])
            out.append(AppealFacts(r[0], r[1], kk, ru, date.fromisoformat(r[8]),
                                   None if r[9] is None else bool(r[9]), "" if r[10] is None else str(r[10]),
                                   r[11] == "closed"))
        return out

    def open_appeal_evaluations(self, evaluation_ids: Sequence[int]) -> set[int]:
        """The sheets among `evaluation_ids` with an appeal not yet decided (001 §19–§22)."""
        if not evaluation_ids:
            return set()
        rows = self.db.execute(
            "SELECT a.evaluation_id FROM appeals a LEFT JOIN calibration_sessions s ON s.id = a.session_id "
            "WHERE (a.late_accepted IS NULL OR a.late_accepted = 1) AND (s.status IS NULL OR s.status != 'closed') "
            "AND a.evaluation_id IN (SELECT value FROM json_each(?))", [_json_ids(evaluation_ids)]).fetchall()
        return {r[0] for r in rows}

    def move(self, evaluation_ids: Sequence[int], status: str, column: str, day: date) -> None:
        """One state change of many sheets and its history line each."""
        assert column in ("signed_on", "received_on", "finalised_on")
        if not evaluation_ids:
            return
        old = {"signed": "draft", "received": "signed", "final": "received"}[status]
        self.db.execute(f"UPDATE evaluations SET status = ?, {column} = ? WHERE id IN (SELECT value FROM json_each(?))",
                        [status, day.isoformat(), _json_ids(evaluation_ids)])
        now = datetime.now().isoformat(timespec="seconds")
        self.db.conn.executemany(
            "INSERT INTO evaluation_history (evaluation_id, changed_at, field, old_value, new_value, reason) "
            "VALUES (?, ?, 'status', ?, ?, '')", [(i, now, old, status) for i in evaluation_ids])


def _json_ids(ids: Sequence[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
