"""What the calibration papers need beyond the session itself (001 §19, §22, §23; 004 §1.6, §9.3–9.5).

- Free text typed for a bilingual paper in Russian too (place, arguments, motions' reasoning, the feedback
  memo): the Russian copy prints the `_ru` text, and warns when it would carry the Kazakh one.
- The organisation card says which act its appointing official signs (004 §1.6: the head of an apparatus
  issues приказы / бұйрықтар; an akim решения and распоряжения), where papers are issued, and the
  official's position in Russian.
"""
from __future__ import annotations

from sqlite_utils import Database


def m031_calibration_papers(db: Database) -> None:
    for table, column in (("calibration_sessions", "place_ru"), ("appeals", "evaluator_argument_ru"),
                          ("appeals", "appellant_argument_ru"), ("calibration_motions", "reasoning_ru"),
                          ("feedback_meetings", "achievements_ru"), ("feedback_meetings", "skills_ru"),
                          ("feedback_meetings", "potential_ru"), ("organisation", "appointing_official_title_ru"),
                          ("organisation", "issue_place_kk"), ("organisation", "issue_place_ru")):
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE organisation ADD COLUMN order_act TEXT NOT NULL DEFAULT 'order' "
               "CHECK (order_act IN ('order', 'instruction', 'decision'))")
