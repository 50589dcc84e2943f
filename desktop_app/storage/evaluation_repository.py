"""Evaluations, their sheet scores, bonus/penalty entries and change history: rows ↔ dataclasses."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop_app.domain.designees import Designee
from desktop_app.domain.evaluation import Evaluation, EvaluationStatus, NoticeMethod
from desktop_app.domain.methodology.sheet_extras import PersonalPoints, SanctionRecord
from desktop_app.domain.records import EntryRow
from desktop_app.storage.database import Store
from desktop_app.storage.external_evaluator_repository import from_json, to_json
from desktop_app.storage.rows import date_or_none, iso_or_none


@dataclass(frozen=True)
class HistoryRow:
    evaluation_id: int
    changed_at: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str


def _dec(x: float | None) -> Decimal | None:
    return None if x is None else Decimal(repr(x))


def _text(x: Any) -> str | None:
    """History values as people write them: 4 not 4.0, 3.5 not 3.50."""
    if x is None:
        return None
    if isinstance(x, Decimal):
        t = format(x.normalize(), "f")
        return t
    return str(x)


def _real(x: Decimal | None) -> float | None:
    return None if x is None else float(x)


_NO_SANCTION = SanctionRecord()

# Enum look-ups by value through a dict: EnumType.__call__ is slow for 2,000 rows.
_STATUS = {s.value: s for s in EvaluationStatus}
_NOTICE = {n.value: n for n in NoticeMethod}

_E_COLS = ("id, quarter_id, employee_id, evaluator_employee_id, form, status, score, original_score, comments, "
           "signed_on, received_on, finalised_on, without_participation, notice_method, notice_on, notice_ref, "
           "calibrated, sanction_months, sanction_order, sanction_order_date, external_evaluator")
_N_COLS = ("id, evaluation_id, kind, item_id, quantity, chosen_points, co_executor, flags, doc_number, doc_date, "
           "note")


class EvaluationRepository:
    def __init__(self, store: Store) -> None:
        self.db = store.db

    # -- evaluations --------------------------------------------------------------------------------
    def _rows(self, where: str, args: list[Any]) -> list[Evaluation]:
        rows = self.db.execute(f"SELECT {_E_COLS} FROM evaluations WHERE {where} ORDER BY id", args).fetchall()
        scores: dict[int, dict[str, Decimal]] = defaultdict(dict)
        if rows:
            ids = [r[0] for r in rows]
            q = ("SELECT evaluation_id, key, value FROM evaluation_scores WHERE evaluation_id IN "
                 f"(SELECT id FROM evaluations WHERE {where})") if len(ids) > 1 else \
                "SELECT evaluation_id, key, value FROM evaluation_scores WHERE evaluation_id = ?"
            for eid, key, value in self.db.execute(q, args if len(ids) > 1 else ids):
                scores[eid][key] = Decimal(repr(value))
        return [Evaluation(id=r[0], quarter_id=r[1], employee_id=r[2], evaluator_employee_id=r[3], form=r[4],
                           status=_STATUS[r[5]], scores=scores.get(r[0], {}), score=_dec(r[6]),
                           original_score=_dec(r[7]), comments=r[8], signed_on=date_or_none(r[9]), received_on=date_or_none(r[10]),
                           finalised_on=date_or_none(r[11]), without_participation=bool(r[12]),
                           notice_method=_NOTICE[r[13]] if r[13] else None, notice_on=date_or_none(r[14]),
                           notice_ref=r[15], calibrated=bool(r[16]),
                           sanction=SanctionRecord(r[17], r[18], date_or_none(r[19])) if r[17] else _NO_SANCTION,
                           external=from_json(r[20]))
                for r in rows]

    def evaluations(self, quarter_id: int) -> list[Evaluation]:
        return self._rows("quarter_id = ?", [quarter_id])

    def evaluation(self, evaluation_id: int) -> Evaluation | None:
        found = self._rows("id = ?", [evaluation_id])
        return found[0] if found else None

    def insert_evaluations(self, items: Iterable[Evaluation]) -> None:
        self.db.conn.executemany(
            "INSERT INTO evaluations (quarter_id, employee_id, evaluator_employee_id, form, status, "
            "without_participation, external_evaluator) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(e.quarter_id, e.employee_id, e.evaluator_employee_id, e.form, e.status.value,
              int(e.without_participation), to_json(e.external)) for e in items])

    def update(self, e: Evaluation) -> None:
        """Write every field of `e` (scores included). The service decides what may change."""
        assert e.id is not None
        self.db.execute(
            "UPDATE evaluations SET evaluator_employee_id = ?, form = ?, status = ?, score = ?, original_score = ?, "
            "comments = ?, signed_on = ?, received_on = ?, finalised_on = ?, without_participation = ?, "
            "notice_method = ?, notice_on = ?, notice_ref = ?, calibrated = ?, sanction_months = ?, "
            "sanction_order = ?, sanction_order_date = ?, external_evaluator = ? WHERE id = ?",
            [e.evaluator_employee_id, e.form, e.status.value, _real(e.score), _real(e.original_score), e.comments,
             iso_or_none(e.signed_on), iso_or_none(e.received_on), iso_or_none(e.finalised_on), int(e.without_participation),
             e.notice_method.value if e.notice_method else None, iso_or_none(e.notice_on), e.notice_ref,
             int(e.calibrated), e.sanction.months, e.sanction.order_number, iso_or_none(e.sanction.order_date),
             to_json(e.external), e.id])
        self.db.execute("DELETE FROM evaluation_scores WHERE evaluation_id = ?", [e.id])
        self.db.conn.executemany("INSERT INTO evaluation_scores (evaluation_id, key, value) VALUES (?, ?, ?)",
                                 [(e.id, k, float(v)) for k, v in e.scores.items()])

    def delete(self, evaluation_id: int) -> None:
        self.db.execute("DELETE FROM evaluations WHERE id = ?", [evaluation_id])

    def year_scores(self, year: int, closed_only: bool = False) -> list[tuple[int, int, Decimal]]:
        """(employee, quarter, score) of the year's signed, received and final evaluations; with
        `closed_only`, of the closed quarters only (the dashboard's annual figures)."""
        closed = " AND q.status = 'final'" if closed_only else ""
        return [(r[0], r[1], Decimal(repr(r[2]))) for r in self.db.execute(
            "SELECT e.employee_id, q.quarter, e.score FROM evaluations e JOIN quarters q ON q.id = e.quarter_id "
            f"WHERE q.year = ? AND e.score IS NOT NULL AND e.status != 'draft'{closed}", [year])]

    # -- entries ----------------------------------------------------------------------------------
    @staticmethod
    def _entry(r: Any) -> EntryRow:
        return EntryRow(r[0], r[1], r[2], r[3], Decimal(repr(r[4])), _dec(r[5]), bool(r[6]),
                        frozenset(f for f in r[7].split(",") if f), r[8], date_or_none(r[9]), r[10])

    def entries(self, evaluation_id: int) -> list[EntryRow]:
        return [self._entry(r) for r in self.db.execute(
            f"SELECT {_N_COLS} FROM evaluation_entries WHERE evaluation_id = ? ORDER BY id", [evaluation_id])]

    def quarter_entries(self, quarter_id: int) -> dict[int, list[EntryRow]]:
        out: dict[int, list[EntryRow]] = defaultdict(list)
        for r in self.db.execute(
                f"SELECT {', '.join('n.' + c.strip() for c in _N_COLS.split(','))} FROM evaluation_entries n "
                "JOIN evaluations e ON e.id = n.evaluation_id WHERE e.quarter_id = ? ORDER BY n.id", [quarter_id]):
            out[r[1]].append(self._entry(r))
        return out

    def insert_entry(self, n: EntryRow) -> int:
        cur = self.db.execute(
            "INSERT INTO evaluation_entries (evaluation_id, kind, item_id, quantity, chosen_points, co_executor, "
            "flags, doc_number, doc_date, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [n.evaluation_id, n.kind, n.item_id, float(n.quantity), _real(n.chosen_points), int(n.co_executor),
             ",".join(sorted(n.flags)), n.doc_number, iso_or_none(n.doc_date), n.note])
        return int(cur.lastrowid or 0)

    def entry(self, entry_id: int) -> EntryRow | None:
        r = self.db.execute(f"SELECT {_N_COLS} FROM evaluation_entries WHERE id = ?", [entry_id]).fetchone()
        return self._entry(r) if r else None

    def delete_entry(self, entry_id: int) -> None:
        self.db.execute("DELETE FROM evaluation_entries WHERE id = ?", [entry_id])

    # -- history ------------------------------------------------------------------------------------
    def add_history(self, evaluation_id: int, field: str, old: Any, new: Any, reason: str) -> None:
        self.db.execute("INSERT INTO evaluation_history (evaluation_id, changed_at, field, old_value, new_value, "
                        "reason) VALUES (?, ?, ?, ?, ?, ?)",
                        [evaluation_id, datetime.now().isoformat(timespec="seconds"), field,
                         _text(old), _text(new), reason])

    def history(self, evaluation_id: int) -> list[HistoryRow]:
        return [HistoryRow(*r) for r in self.db.execute(
            "SELECT evaluation_id, changed_at, field, old_value, new_value, reason FROM evaluation_history "
            "WHERE evaluation_id = ? ORDER BY id", [evaluation_id])]

    # -- personal points of the unit head (002 §26) -----------------------------------------------
    def personal_points(self, evaluation_id: int) -> list[PersonalPoints]:
        return [PersonalPoints(r[0], r[1], Decimal(repr(r[2])), r[3]) for r in self.db.execute(
            "SELECT id, evaluation_id, points, note FROM evaluation_personal_points WHERE evaluation_id = ? "
            "ORDER BY id", [evaluation_id])]

    def quarter_personal_points(self, quarter_id: int) -> dict[int, list[PersonalPoints]]:
        out: dict[int, list[PersonalPoints]] = defaultdict(list)
        for r in self.db.execute(
                "SELECT p.id, p.evaluation_id, p.points, p.note FROM evaluation_personal_points p "
                "JOIN evaluations e ON e.id = p.evaluation_id WHERE e.quarter_id = ? ORDER BY p.id", [quarter_id]):
            out[r[1]].append(PersonalPoints(r[0], r[1], Decimal(repr(r[2])), r[3]))
        return out

    def insert_personal_points(self, p: PersonalPoints) -> int:
        cur = self.db.execute("INSERT INTO evaluation_personal_points (evaluation_id, points, note) VALUES (?, ?, ?)",
                              [p.evaluation_id, float(p.points), p.note])
        return int(cur.lastrowid or 0)

    def personal_points_row(self, row_id: int) -> PersonalPoints | None:
        r = self.db.execute("SELECT id, evaluation_id, points, note FROM evaluation_personal_points WHERE id = ?",
                            [row_id]).fetchone()
        return PersonalPoints(r[0], r[1], Decimal(repr(r[2])), r[3]) if r else None

    def delete_personal_points(self, row_id: int) -> None:
        self.db.execute("DELETE FROM evaluation_personal_points WHERE id = ?", [row_id])

    # -- designated co-evaluators (001 §17) --------------------------------------------------------
    @staticmethod
    def _designee(r: Any) -> Designee:
        return Designee(r[0], r[1], r[2], date.fromisoformat(r[3]), _dec(r[4]))

    def designees(self, evaluation_id: int) -> list[Designee]:
        return [self._designee(r) for r in self.db.execute(
            "SELECT id, evaluation_id, employee_id, designated_on, proposed_score FROM evaluation_designees "
            "WHERE evaluation_id = ? ORDER BY id", [evaluation_id])]

    def quarter_designees(self, quarter_id: int) -> dict[int, list[Designee]]:
        out: dict[int, list[Designee]] = defaultdict(list)
        for r in self.db.execute(
                "SELECT d.id, d.evaluation_id, d.employee_id, d.designated_on, d.proposed_score "
                "FROM evaluation_designees d JOIN evaluations e ON e.id = d.evaluation_id "
                "WHERE e.quarter_id = ? ORDER BY d.id", [quarter_id]):
            out[r[1]].append(self._designee(r))
        return out

    def designee(self, row_id: int) -> Designee | None:
        r = self.db.execute("SELECT id, evaluation_id, employee_id, designated_on, proposed_score "
                            "FROM evaluation_designees WHERE id = ?", [row_id]).fetchone()
        return self._designee(r) if r else None

    def insert_designee(self, d: Designee) -> int:
        cur = self.db.execute("INSERT INTO evaluation_designees (evaluation_id, employee_id, designated_on, "
                              "proposed_score) VALUES (?, ?, ?, ?)",
                              [d.evaluation_id, d.employee_id, d.designated_on.isoformat(),
                               _real(d.proposed_score)])
        return int(cur.lastrowid or 0)

    def set_designee_score(self, row_id: int, score: Decimal | None) -> None:
        self.db.execute("UPDATE evaluation_designees SET proposed_score = ? WHERE id = ?", [_real(score), row_id])

    def delete_designee(self, row_id: int) -> None:
        self.db.execute("DELETE FROM evaluation_designees WHERE id = ?", [row_id])
