"""Quarters, their rosters, evaluations with sheet scores and bonus/penalty entries, and history."""
from __future__ import annotations

from sqlite_utils import Database


def m020_evaluation_quarters(db: Database) -> None:
    db.execute("""
        CREATE TABLE quarters (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            methodology_id INTEGER REFERENCES methodologies(id),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'final')),
            opened_at TEXT NOT NULL,
            closed_at TEXT,
            UNIQUE (year, quarter)
        )""")
    # One line per employee who held a position in the quarter: the decision and its reason (001 §5).
    db.execute("""
        CREATE TABLE roster_entries (
            id INTEGER PRIMARY KEY,
            quarter_id INTEGER NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            position_id INTEGER NOT NULL REFERENCES positions(id),
            unit_id INTEGER NOT NULL REFERENCES units(id),
            status TEXT NOT NULL CHECK (status IN ('evaluated', 'without_participation', 'not_evaluated')),
            reason TEXT NOT NULL,
            reason_args TEXT NOT NULL DEFAULT '{}',
            evaluator_employee_id INTEGER REFERENCES employees(id),
            evaluator_rule TEXT NOT NULL,
            acting_for_employee_id INTEGER REFERENCES employees(id),
            form INTEGER CHECK (form IN (1, 2)),
            worked_days INTEGER NOT NULL DEFAULT 0,
            seconded INTEGER NOT NULL DEFAULT 0,
            overloaded INTEGER NOT NULL DEFAULT 0,
            override_reason TEXT NOT NULL DEFAULT '',
            UNIQUE (quarter_id, employee_id)
        )""")
    # The specialist's written overrides, append-only: the newest row per employee applies.
    db.execute("""
        CREATE TABLE roster_overrides (
            id INTEGER PRIMARY KEY,
            quarter_id INTEGER NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            include INTEGER CHECK (include IN (0, 1)),
            evaluator_employee_id INTEGER REFERENCES employees(id),
            form INTEGER CHECK (form IN (1, 2)),
            reason TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX roster_overrides_quarter ON roster_overrides(quarter_id, employee_id)")


def m020_evaluation_sheets(db: Database) -> None:
    db.execute("""
        CREATE TABLE evaluations (
            id INTEGER PRIMARY KEY,
            quarter_id INTEGER NOT NULL REFERENCES quarters(id) ON DELETE CASCADE,
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            evaluator_employee_id INTEGER REFERENCES employees(id),
            form INTEGER NOT NULL CHECK (form IN (1, 2)),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'received', 'final')),
            score REAL,              -- the final score, after calibration
            original_score REAL,     -- the evaluator's score before any calibration
            comments TEXT NOT NULL DEFAULT '',
            signed_on TEXT,
            received_on TEXT,
            finalised_on TEXT,
            without_participation INTEGER NOT NULL DEFAULT 0,
            notice_method TEXT,
            notice_on TEXT,
            notice_ref TEXT NOT NULL DEFAULT '',
            calibrated INTEGER NOT NULL DEFAULT 0,
            UNIQUE (quarter_id, employee_id)
        )""")
    db.execute("CREATE INDEX evaluations_employee ON evaluations(employee_id)")
    db.execute("""
        CREATE TABLE evaluation_scores (
            evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
            key TEXT NOT NULL,       -- criterion id, or 'overall'
            value REAL NOT NULL CHECK (value >= 0),
            PRIMARY KEY (evaluation_id, key)
        )""")
    db.execute("""
        CREATE TABLE evaluation_entries (
            id INTEGER PRIMARY KEY,
            evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('bonus', 'penalty')),
            item_id TEXT NOT NULL,
            quantity REAL NOT NULL DEFAULT 1,
            chosen_points REAL,
            co_executor INTEGER NOT NULL DEFAULT 0,
            flags TEXT NOT NULL DEFAULT '',
            doc_number TEXT NOT NULL DEFAULT '',
            doc_date TEXT,
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX evaluation_entries_evaluation ON evaluation_entries(evaluation_id)")
    # Every change to a locked evaluation, with its reason and the old value.
    db.execute("""
        CREATE TABLE evaluation_history (
            id INTEGER PRIMARY KEY,
            evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
            changed_at TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            reason TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX evaluation_history_evaluation ON evaluation_history(evaluation_id)")
