"""Quarters, their rosters and the specialist's roster overrides; the staff snapshot a roster is built from."""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.domain.records import QuarterRow
from desktop_app.domain.roster import EvaluatorRule, Reason, RosterDecision, RosterOverride, RosterStatus
from desktop_app.domain.staff import (
    Position,
    StaffSnapshot,
    Unit,
)
from desktop_app.storage.database import Store
from desktop_app.storage.external_evaluator_repository import from_json, to_json
from desktop_app.storage.rows import member
from desktop_app.storage.staff_rows import (
    ABSENCE_COLUMNS,
    APPOINTMENT_COLUMNS,
    EMPLOYEE_COLUMNS,
    absence_from_row,
    appointment_from_row,
    employee_from_row,
)


@dataclass(frozen=True)
class OverrideRecord:
    """One row of the override history (who decided what, when, why)."""

    employee_id: int
    include: bool | None
    evaluator_employee_id: int | None
    form: int | None
    reason: str
    created_at: str


_Q_COLS = "id, year, quarter, methodology_id, status, opened_at, closed_at"
_R_COLS = ("employee_id, position_id, unit_id, status, reason, reason_args, evaluator_employee_id, evaluator_rule, "
           "acting_for_employee_id, form, worked_days, seconded, overloaded, override_reason, provisional, "
           "external_evaluator")


class QuarterRepository:
    def __init__(self, store: Store) -> None:
        self.db = store.db

    # -- staff facts, in one pass per table (a roster of 2,000 staff in milliseconds) --------------
    def snapshot(self) -> StaffSnapshot:
        ex = self.db.execute
        units = {r[0]: Unit(r[0], r[1], r[2], r[3], r[4]) for r in
                 ex("SELECT id, name_kk, name_ru, head_position_id, sort_order FROM units")}
        positions = {r[0]: Position(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in
                     ex("SELECT id, unit_id, title_kk, title_ru, category, is_leadership, supervisor_position_id "
                        "FROM positions")}
        employees = {r[0]: employee_from_row(r) for r in ex(f"SELECT {EMPLOYEE_COLUMNS} FROM employees")}
        apps = [appointment_from_row(r)
                for r in ex(f"SELECT {APPOINTMENT_COLUMNS} FROM appointments ORDER BY date_from, id")]
        absences = [absence_from_row(r) for r in ex(f"SELECT {ABSENCE_COLUMNS} FROM absences")]
        return StaffSnapshot(units, positions, employees, apps, absences)

    # -- quarters -----------------------------------------------------------------------------------
    def quarters(self) -> list[QuarterRow]:
        return [QuarterRow(*r) for r in self.db.execute(f"SELECT {_Q_COLS} FROM quarters ORDER BY year, quarter")]

    def quarter(self, quarter_id: int) -> QuarterRow | None:
        r = self.db.execute(f"SELECT {_Q_COLS} FROM quarters WHERE id = ?", [quarter_id]).fetchone()
        return QuarterRow(*r) if r else None

    def find_quarter(self, year: int, quarter: int) -> QuarterRow | None:
        r = self.db.execute(f"SELECT {_Q_COLS} FROM quarters WHERE year = ? AND quarter = ?",
                            [year, quarter]).fetchone()
        return QuarterRow(*r) if r else None

    def insert_quarter(self, year: int, quarter: int, methodology_id: int | None) -> int:
        cur = self.db.execute("INSERT INTO quarters (year, quarter, methodology_id, status, opened_at) "
                              "VALUES (?, ?, ?, 'open', ?)",
                              [year, quarter, methodology_id, datetime.now().isoformat(timespec="seconds")])
        return int(cur.lastrowid or 0)

    def set_quarter_status(self, quarter_id: int, status: str, closed_on: datetime | None = None) -> None:
        when = closed_on or datetime.now()
        closed = when.isoformat(timespec="seconds") if status == "final" else None
        self.db.execute("UPDATE quarters SET status = ?, closed_at = ? WHERE id = ?", [status, closed, quarter_id])

    # -- roster -------------------------------------------------------------------------------------
    def replace_roster(self, quarter_id: int, decisions: Iterable[RosterDecision]) -> None:
        self.db.execute("DELETE FROM roster_entries WHERE quarter_id = ?", [quarter_id])
        self.db.conn.executemany(
            f"INSERT INTO roster_entries (quarter_id, {_R_COLS}) VALUES ({', '.join(['?'] * 17)})",
            [(quarter_id, d.employee_id, d.position_id, d.unit_id, d.status.value, d.reason.value,
              json.dumps(d.reason_args), d.evaluator_employee_id, d.evaluator_rule.value, d.acting_for_employee_id,
              d.form, d.worked_days, int(d.seconded), int(d.overloaded), d.override_reason, int(d.provisional),
              to_json(d.external))
             for d in decisions])

    def roster(self, quarter_id: int) -> list[RosterDecision]:
        return [self._decision(r) for r in self.db.execute(
            f"SELECT {_R_COLS} FROM roster_entries WHERE quarter_id = ? ORDER BY unit_id, employee_id", [quarter_id])]

    @staticmethod
    def _decision(r: Any) -> RosterDecision:
        return RosterDecision(employee_id=r[0], position_id=r[1], unit_id=r[2], status=member(RosterStatus, r[3]),
                              reason=member(Reason, r[4]), reason_args=json.loads(r[5]), evaluator_employee_id=r[6],
                              evaluator_rule=member(EvaluatorRule, r[7]), acting_for_employee_id=r[8], form=r[9],
                              worked_days=r[10], seconded=bool(r[11]), overloaded=bool(r[12]),
                              override_reason=r[13], provisional=bool(r[14]),
                              external=from_json(r[15]))

    # -- overrides (append-only history) -----------------------------------------------------------
    def add_override(self, quarter_id: int, o: RosterOverride) -> None:
        self.db.execute("INSERT INTO roster_overrides (quarter_id, employee_id, include, evaluator_employee_id, form, "
                        "reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [quarter_id, o.employee_id, None if o.include is None else int(o.include),
                         o.evaluator_employee_id, o.form, o.reason, datetime.now().isoformat(timespec="seconds")])

    def override_history(self, quarter_id: int, employee_id: int | None = None) -> list[OverrideRecord]:
        sql = ("SELECT employee_id, include, evaluator_employee_id, form, reason, created_at FROM roster_overrides "
               "WHERE quarter_id = ?")
        args: list[Any] = [quarter_id]
        if employee_id is not None:
            sql += " AND employee_id = ?"
            args.append(employee_id)
        return [OverrideRecord(r[0], None if r[1] is None else bool(r[1]), r[2], r[3], r[4], r[5])
                for r in self.db.execute(sql + " ORDER BY id", args)]

    def overrides(self, quarter_id: int) -> dict[int, RosterOverride]:
        """The newest override of each employee; a row with nothing set cancels the earlier ones."""
        out: dict[int, RosterOverride] = {}
        for rec in self.override_history(quarter_id):
            if rec.include is None and rec.evaluator_employee_id is None and rec.form is None:
                out.pop(rec.employee_id, None)
            else:
                out[rec.employee_id] = RosterOverride(rec.employee_id, rec.include, rec.evaluator_employee_id,
                                                      rec.form, rec.reason)
        return out
