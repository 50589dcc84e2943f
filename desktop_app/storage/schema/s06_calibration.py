"""Appeals (001 §10), calibration sessions with members, cases, motions and votes (001 §19–§22), the protocol
register, and feedback meetings (001 §23)."""
from __future__ import annotations

from sqlite_utils import Database


def m030_calibration(db: Database) -> None:
    db.execute("""
        CREATE TABLE calibration_sessions (
            id INTEGER PRIMARY KEY,
            register_year INTEGER NOT NULL,
            register_seq INTEGER NOT NULL,          -- the protocol number in the year's register
            held_on TEXT,
            place TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'closed')),
            order_number TEXT NOT NULL DEFAULT '',
            order_date TEXT,
            signed_on TEXT,
            posted_on TEXT,
            UNIQUE (register_year, register_seq)
        )""")
    db.execute("""
        CREATE TABLE appeals (
            id INTEGER PRIMARY KEY,
            evaluation_id INTEGER NOT NULL REFERENCES evaluations(id),
            received_on TEXT NOT NULL,
            filed_on TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            scan_path TEXT NOT NULL DEFAULT '',
            late_accepted INTEGER CHECK (late_accepted IN (0, 1)),
            decided_on TEXT,
            session_id INTEGER REFERENCES calibration_sessions(id) ON DELETE SET NULL,
            evaluator_argument TEXT NOT NULL DEFAULT '',
            appellant_argument TEXT NOT NULL DEFAULT '',
            appellant_form TEXT NOT NULL DEFAULT 'written' CHECK (appellant_form IN ('written', 'oral')),
            original_score REAL,
            final_score REAL,
            CHECK (filed_on >= received_on)
        )""")
    db.execute("CREATE INDEX appeals_session ON appeals(session_id)")
    db.execute("""
        CREATE TABLE calibration_members (
            session_id INTEGER NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            role TEXT NOT NULL CHECK (role IN ('chair', 'secretary', 'member')),
            present INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
            is_hr INTEGER NOT NULL DEFAULT 0 CHECK (is_hr IN (0, 1)),
            sort_order INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, employee_id)
        )""")
    db.execute("""
        CREATE TABLE calibration_motions (
            id INTEGER PRIMARY KEY,
            appeal_id INTEGER NOT NULL REFERENCES appeals(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            new_score REAL CHECK (new_score IS NULL OR new_score BETWEEN 0 AND 5),
            proposed_by INTEGER REFERENCES employees(id),
            reasoning TEXT NOT NULL DEFAULT '',
            UNIQUE (appeal_id, position)
        )""")
    db.execute("""
        CREATE TABLE calibration_votes (
            appeal_id INTEGER NOT NULL REFERENCES appeals(id) ON DELETE CASCADE,
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            motion_position INTEGER NOT NULL,
            PRIMARY KEY (appeal_id, employee_id)
        )""")
    # Employees the specialist marked as HR officers (001 §19: one must be a member).
    db.execute("CREATE TABLE calibration_hr_officers (employee_id INTEGER PRIMARY KEY REFERENCES employees(id))")
    db.execute("""
        CREATE TABLE feedback_meetings (
            appeal_id INTEGER PRIMARY KEY REFERENCES appeals(id) ON DELETE CASCADE,
            held_on TEXT NOT NULL,
            achievements TEXT NOT NULL DEFAULT '',
            skills TEXT NOT NULL DEFAULT '',
            potential TEXT NOT NULL DEFAULT ''
        )""")
