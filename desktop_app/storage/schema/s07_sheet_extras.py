"""What a sheet records beside its scores and entries: months under a disciplinary sanction with
the order (002 §21), the unit head's personal points with their note (002 §26), designated co-evaluators
with their proposed scores (001 §17); and the fix of the one-breach-one-multiplier rule in stored
points methodologies (002 §22 1))."""
from __future__ import annotations

import json

from sqlite_utils import Database


def m040_sheet_extras(db: Database) -> None:
    db.execute("ALTER TABLE evaluations ADD COLUMN sanction_months INTEGER NOT NULL DEFAULT 0 "
               "CHECK (sanction_months BETWEEN 0 AND 3)")
    db.execute("ALTER TABLE evaluations ADD COLUMN sanction_order TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE evaluations ADD COLUMN sanction_order_date TEXT")
    db.execute("""
        CREATE TABLE evaluation_personal_points (
            id INTEGER PRIMARY KEY,
            evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
            points REAL NOT NULL CHECK (points BETWEEN -2 AND 5),
            note TEXT NOT NULL CHECK (length(trim(note)) > 0)
        )""")
    db.execute("CREATE INDEX evaluation_personal_points_evaluation ON evaluation_personal_points(evaluation_id)")
    db.execute("""
        CREATE TABLE evaluation_designees (
            id INTEGER PRIMARY KEY,
            evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
            employee_id INTEGER NOT NULL REFERENCES employees(id),
            designated_on TEXT NOT NULL,
            proposed_score REAL CHECK (proposed_score IS NULL OR proposed_score >= 0),
            UNIQUE (evaluation_id, employee_id)
        )""")
    db.execute("CREATE INDEX evaluation_designees_evaluation ON evaluation_designees(evaluation_id)")
    _one_multiplier_per_breach(db)


def _one_multiplier_per_breach(db: Database) -> None:
    """002 §22 1): "6 реттен көп немесе … 60 минуттан асқан жағдайда … 3-ке көбейтіледі" — one rule with
    two alternative conditions. The first preset multiplied ×3 twice (×9); group the two in stored copies
    of the preset, except in versions a final quarter already used (their results are history)."""
    rows = db.execute("SELECT id, document FROM methodologies WHERE preset = 'points_2017' AND id NOT IN "
                      "(SELECT methodology_id FROM quarters WHERE status = 'final' AND methodology_id IS NOT NULL)"
                      ).fetchall()
    for mid, document in rows:
        doc = json.loads(document)
        changed = False
        for item in doc.get("penalty_items", []):
            if item.get("id") != "002-22-01":
                continue
            for mult in item.get("rule", {}).get("multipliers", []):
                if mult.get("flag") == "repeat":
                    mult["flag"] = "late_60"
                mult["group"] = "002-22-1"
                changed = True
        if changed:
            db.execute("UPDATE methodologies SET document = ? WHERE id = ?",
                       [json.dumps(doc, ensure_ascii=False), mid])
