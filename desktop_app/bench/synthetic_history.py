"""Ten years of quarterly evaluations written straight into a database, for the benchmark only.

The evaluation services build rosters and sheets step by step; a benchmark of backups and integrity
checks needs only the volume and shape of a decade of records, so they are inserted directly
(through the audit triggers, as the program would write them).
"""
from __future__ import annotations

import random
from datetime import date

from desktop_app.storage.database import Store


def add_evaluation_history(store: Store, first_year: int, years: int, seed: int = 3) -> int:
    """Final quarters `first_year`.. with one final evaluation and its scores per employee; returns evaluations."""
    rng = random.Random(seed)
    db = store.db
    staff = [r[0] for r in db.execute("SELECT id FROM employees ORDER BY id")]
    method = db.execute("SELECT id FROM methodologies ORDER BY id LIMIT 1").fetchone()
    written = 0
    for year in range(first_year, first_year + years):
        for quarter in range(1, 5):
            closed = date(year + (quarter == 4), (quarter * 3) % 12 + 1, 20).isoformat() + "T10:00:00"
            with store.atomic():
                qid = db.execute("INSERT INTO quarters (year, quarter, methodology_id, status, opened_at, closed_at) "
                                 "VALUES (?, ?, ?, 'final', ?, ?)",
                                 [year, quarter, method[0] if method else None, f"{year}-01-01T09:00:00",
                                  closed]).lastrowid
                for emp in staff:
                    score = round(rng.uniform(1.5, 5.0), 2)
                    eid = db.execute(
                        "INSERT INTO evaluations (quarter_id, employee_id, evaluator_employee_id, form, status, score, "
                        "original_score, comments, signed_on, received_on, finalised_on) "
                        "VALUES (?, ?, ?, 1, 'final', ?, ?, '', ?, ?, ?)",
                        [qid, emp, staff[0], score, score, closed[:10], closed[:10], closed[:10]]).lastrowid
                    db.conn.executemany("INSERT INTO evaluation_scores (evaluation_id, key, value) VALUES (?, ?, ?)",
                                        [(eid, key, round(rng.uniform(1, 5), 1))
                                         for key in ("overall", "c1", "c2", "c3")])
                    written += 1
    return written


def complete_sheets(store: Store, quarter_id: int) -> None:
    """Benchmark only: every sheet of the quarter gets an evaluator (the first employee where the generated
    office leaves none) and a score, so that the whole quarter can be signed, received and made final."""
    with store.atomic():
        store.db.execute("UPDATE evaluations SET evaluator_employee_id = (SELECT MIN(id) FROM employees) "
                         "WHERE quarter_id = ? AND (evaluator_employee_id IS NULL "
                         "OR evaluator_employee_id = employee_id)", [quarter_id])
        store.db.execute("UPDATE evaluations SET score = 4, original_score = 4 WHERE quarter_id = ? "
                         "AND score IS NULL", [quarter_id])


def finalise_rest(store: Store, quarter_id: int, day: date) -> None:
    """Benchmark only: the few sheets a batch left (dismissed evaluees told by notice) made final."""
    with store.atomic():
        store.db.execute("UPDATE evaluations SET status = 'final', finalised_on = ? WHERE quarter_id = ?",
                         [day.isoformat(), quarter_id])
