"""Methodology as data: versions, grade bands, deadlines, sheets, bonus and penalty points.

Public API (pure Python; import from `desktop_app.domain.methodology`):

Model (model.py, frozen dataclasses, numbers are Decimal)
    Methodology(name_kk, name_ru, effective_from, score_model "score"|"points", act_number, act_date, id,
                lineage, version, base_points, bands, rounding_places, deadlines, sheet_templates {1: .., 2: ..},
                bonus_items, penalty_items, personal_points, sanction, efficiency, preset, note)
        .grade_for(score) -> GradeBand      round first, then the highest band whose `lower` is reached
        .round_score(x) -> Decimal          half up to 2 decimals: 3.995 → 4.00 (rounding.py)
        .bonus_item(id) / .penalty_item(id) / .bonus_levels() {5: [...], ..., 1: [...]} / .sheet(form)
    GradeBand(name_kk, name_ru, lower, upper|None, is_unsatisfactory)
    Deadlines(quarter_day=20, annual_month=1, annual_day=30, appeal_wd=5, decision_wd=3, session_wd=10,
              protocol_wd=3, dismissed_notice_months=1)
    SheetTemplate(form, title_kk, title_ru, mode "overall"|"criteria", criteria: (Criterion(id, name_kk,
                  name_ru, weight),), combine "mean"|"weighted_mean"|"min", comment_fields: (CommentField,), max_score=5)
    BonusItem(id, level 1..5, text_kk, text_ru, rule: PointRule, source)
    PenaltyItem(id, group "executive"|"labour", text_kk, text_ru, rule, source)
    PointRule(kind "fixed"|"range"|"tiers", points, min_points, max_points, tiers: (CountTier(lower, upper,
              points, multiplier),), min_quantity, multipliers: (Multiplier(factor, when "min_quantity"|"flag",
              min_quantity, flag),), cap, co_executor: CoExecutorShare(kind "fixed"|"half", points) | None)
    PersonalPointsRule, SanctionRule(percent_per_month=16), EfficiencyStep(lower, coefficient)
Calculator (calculator.py, rules.py)
    calculate_points(methodology, entries, sanction_months=0) -> PointsResult(base, bonus, penalty, personal,
        sanction_deduction, total, breaches, lines: [ExplanationLine], grade, coefficient)
    entries: BonusEntry(item_id, quantity, chosen_points=None, co_executor=False, short_deadline=False, flags,
             evidence), PenaltyEntry(item_id, quantity, chosen_points=None, late_5_10=False, repeat=False, ...),
             PersonalEntry(points, note)
    ExplanationLine(kind, item_id, text_kk, text_ru, rule: Msg, quantity, points (signed), notes: (Msg,), source)
    item_lines(item, entries, kind) — one item alone (the editor's live example); describe_rule(rule) -> Msg
    efficiency_coefficient(methodology, total) -> Decimal | None
Sheets (sheets.py): sheet_score(template, {"overall": 4} or {criterion_id: score}) -> Decimal; check_score
Rounding (rounding.py): round_score(x, places=2), mean_score(scores) -> Decimal | None, to_decimal
Deadlines (deadlines.py): quarter_due, annual_due, appeal_due, decision_due, session_due, protocol_due,
    quarter_first_day, quarter_last_day
Data (codec.py, presets.py, validation.py): to_dict / from_dict / dumps / loads (JSON, refuses a bad file
    with every reason), validate(m) -> [Msg], load_preset(name), preset_names(), TYPICAL_2025, POINTS_2017
Display (fmt.py): plain(x) "2,5", fixed(x) "4,50", signed(x) "+3" / "−2" (decimal comma in kk and ru)
"""
from __future__ import annotations

from desktop_app.domain.methodology.calculator import calculate_points, efficiency_coefficient
from desktop_app.domain.methodology.codec import dumps, from_dict, loads, to_dict
from desktop_app.domain.methodology.deadlines import (
    annual_due,
    appeal_due,
    decision_due,
    protocol_due,
    quarter_due,
    quarter_first_day,
    quarter_last_day,
    session_due,
)
from desktop_app.domain.methodology.entries import (
    BonusEntry,
    Entry,
    ExplanationLine,
    PenaltyEntry,
    PersonalEntry,
    PointsResult,
)
from desktop_app.domain.methodology.fmt import fixed, plain, signed
from desktop_app.domain.methodology.model import (
    FLAG_LATE_5_10,
    FLAG_REPEAT,
    FLAG_SHORT_DEADLINE,
    FLAGS,
    BonusItem,
    CoExecutorShare,
    CommentField,
    CountTier,
    Criterion,
    Deadlines,
    EfficiencyStep,
    GradeBand,
    Methodology,
    Multiplier,
    PenaltyItem,
    PersonalPointsRule,
    PointRule,
    SanctionRule,
    SheetTemplate,
)
from desktop_app.domain.methodology.presets import POINTS_2017, TYPICAL_2025, load_preset, preset_names
from desktop_app.domain.methodology.rounding import mean_score, round_score, to_decimal
from desktop_app.domain.methodology.rules import describe_rule, find_tier, item_lines
from desktop_app.domain.methodology.sheets import check_score, sheet_score
from desktop_app.domain.methodology.validation import validate

__all__ = [
    "FLAGS", "FLAG_LATE_5_10", "FLAG_REPEAT", "FLAG_SHORT_DEADLINE", "POINTS_2017", "TYPICAL_2025",
    "BonusEntry", "BonusItem", "CoExecutorShare", "CommentField", "CountTier", "Criterion", "Deadlines",
    "EfficiencyStep", "Entry", "ExplanationLine", "GradeBand", "Methodology", "Multiplier", "PenaltyEntry",
    "PenaltyItem", "PersonalEntry", "PersonalPointsRule", "PointRule", "PointsResult", "SanctionRule",
    "SheetTemplate", "annual_due", "appeal_due", "calculate_points", "check_score", "decision_due", "describe_rule",
    "dumps", "efficiency_coefficient", "find_tier", "fixed", "from_dict", "item_lines", "load_preset", "loads",
    "mean_score", "plain", "preset_names", "protocol_due", "quarter_due", "quarter_first_day", "quarter_last_day",
    "round_score", "session_due", "sheet_score", "signed", "to_decimal", "to_dict", "validate",
]
