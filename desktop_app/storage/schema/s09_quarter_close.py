"""Closing quarters: a roster built while its quarter was running is provisional (001 §5 worked
days counted up to that day), and evaluators outside the corps "B" registry (the akim, the maslikhat
secretary; 001 §16 "the head of the body") set once on the organisation card or a unit."""
from __future__ import annotations

from sqlite_utils import Database


def m050_quarter_close(db: Database) -> None:
    db.execute("ALTER TABLE roster_entries ADD COLUMN provisional INTEGER NOT NULL DEFAULT 0")
    # The outside evaluator as JSON (name and position in both languages) where the roster found one.
    db.execute("ALTER TABLE roster_entries ADD COLUMN external_evaluator TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE evaluations ADD COLUMN external_evaluator TEXT NOT NULL DEFAULT ''")
    for table in ("organisation", "units"):
        for col in ("evaluator_name_kk", "evaluator_name_ru", "evaluator_position_kk", "evaluator_position_ru"):
            db.execute(f"ALTER TABLE {table} ADD COLUMN {col} TEXT NOT NULL DEFAULT ''")
