"""Core schema: organisation card, categories, units, positions, employees, history, calendar."""
from __future__ import annotations

from sqlite_utils import Database

DEFAULT_CATEGORIES = [
    "E-1", "E-2", "E-3", "E-4", "E-5",
    "E-R-1", "E-R-2", "E-R-3", "E-R-4", "E-R-5",
    "E-G-1", "E-G-2", "E-G-3", "E-G-4",
]


def m001_core(db: Database) -> None:
    db.execute("""
        CREATE TABLE organisation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name_kk TEXT NOT NULL DEFAULT '',
            name_ru TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'akimat' CHECK (kind IN ('akimat', 'maslikhat', 'other')),
            district TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            head_name TEXT NOT NULL DEFAULT '',
            hr_head_name TEXT NOT NULL DEFAULT '',
            appointing_official_name TEXT NOT NULL DEFAULT '',
            appointing_official_title TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("INSERT INTO organisation (id) VALUES (1)")
    db.execute("""
        CREATE TABLE categories (
            code TEXT PRIMARY KEY,
            sort_order INTEGER NOT NULL DEFAULT 0
        )""")
    for i, code in enumerate(DEFAULT_CATEGORIES):
        db.execute("INSERT INTO categories (code, sort_order) VALUES (?, ?)", [code, i])
    db.execute("""
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name_kk TEXT NOT NULL,
            name_ru TEXT NOT NULL,
            head_position_id INTEGER REFERENCES positions(id) ON DELETE SET NULL,
            sort_order INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("""
        CREATE TABLE positions (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES units(id),
            title_kk TEXT NOT NULL,
            title_ru TEXT NOT NULL,
            category TEXT NOT NULL REFERENCES categories(code) ON UPDATE CASCADE,
            is_leadership INTEGER NOT NULL DEFAULT 0 CHECK (is_leadership IN (0, 1)),
            supervisor_position_id INTEGER REFERENCES positions(id) ON DELETE SET NULL
        )""")
    db.execute("""
        CREATE TABLE employees (
            id INTEGER PRIMARY KEY,
            iin TEXT NOT NULL UNIQUE CHECK (length(iin) = 12),
            last_name TEXT NOT NULL,
            first_name TEXT NOT NULL,
            middle_name TEXT NOT NULL DEFAULT '',
            last_name_ru TEXT NOT NULL DEFAULT '',
            first_name_ru TEXT NOT NULL DEFAULT '',
            middle_name_ru TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            dismissal_date TEXT,
            -- Kazakh/Russian case-folded name and ИИН: SQLite's lower() folds ASCII only (TOOLCHAIN.md).
            search_key TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("""
        CREATE TABLE appointments (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            position_id INTEGER NOT NULL REFERENCES positions(id),
            kind TEXT NOT NULL DEFAULT 'appointed' CHECK (kind IN ('appointed', 'acting', 'seconded')),
            date_from TEXT NOT NULL,
            date_to TEXT,
            order_ref TEXT NOT NULL DEFAULT '',
            CHECK (date_to IS NULL OR date_to >= date_from)
        )""")
    db.execute("CREATE INDEX appointments_employee ON appointments(employee_id)")
    db.execute("CREATE INDEX appointments_position ON appointments(position_id)")
    db.execute("""
        CREATE TABLE absences (
            id INTEGER PRIMARY KEY,
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            kind TEXT NOT NULL CHECK (kind IN ('leave', 'sick', 'training', 'other')),
            date_from TEXT NOT NULL,
            date_to TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            CHECK (date_to >= date_from)
        )""")
    db.execute("CREATE INDEX absences_employee ON absences(employee_id)")
    db.execute("""
        CREATE TABLE calendar_days (
            day TEXT PRIMARY KEY,
            is_working INTEGER NOT NULL CHECK (is_working IN (0, 1)),
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("""
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""")
