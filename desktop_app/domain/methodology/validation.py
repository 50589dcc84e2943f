"""Is a methodology usable? Every problem as a translatable message naming its place."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.methodology.fmt import plain
from desktop_app.domain.methodology.model import FLAGS, BonusItem, Methodology, PenaltyItem, PointRule

ZERO = Decimal(0)


def _at(where: Msg | str, what: Msg) -> Msg:
    """A problem and the place of the editor (or of the imported file) where it is, in the user's words."""
    return msg(N_("msg", "{where}: {what}"), where=where, what=what)


def validate_rule(rule: PointRule, where: Msg | str) -> list[Msg]:
    out: list[Msg] = []
    if rule.kind == "fixed" and rule.points < 0:
        out.append(_at(where, msg(N_("msg", "points cannot be negative"))))
    if rule.kind == "range" and not ZERO <= rule.min_points <= rule.max_points:
        out.append(_at(where, msg(N_("msg", "the range must go from a lower to a higher number, not below 0"))))
    if rule.kind == "tiers":
        if not rule.tiers:
            out.append(_at(where, msg(N_("msg", "a rule by count needs at least one tier"))))
        ordered = sorted(rule.tiers, key=lambda t: t.lower)
        for i, t in enumerate(ordered):
            if t.points < 0 or t.multiplier <= 0:
                out.append(_at(msg(N_("msg", "{where}, step {n}"), where=where, n=i + 1), msg(N_("msg", "points and multiplier must be positive"))))
            if t.upper is not None and t.upper < t.lower:
                out.append(_at(msg(N_("msg", "{where}, step {n}"), where=where, n=i + 1), msg(N_("msg", "the tier {low}–{high} ends before it starts"),
                                                         low=plain(t.lower), high=plain(t.upper))))
            if i + 1 < len(ordered):
                nxt = ordered[i + 1]
                if t.upper is None or t.upper >= nxt.lower:
                    out.append(_at(msg(N_("msg", "{where}, step {n}"), where=where, n=i + 1), msg(N_("msg", "tiers overlap at {value}"),
                                                             value=plain(nxt.lower))))
    for i, m in enumerate(rule.multipliers):
        if m.factor < 0:  # ×0 is allowed: 002 §21 2) gives no penalty for short-deadline documents
            out.append(_at(msg(N_("msg", "{where}, multiplier {n}"), where=where, n=i + 1), msg(N_("msg", "a multiplier cannot be negative"))))
        if m.when == "flag" and m.flag not in FLAGS:
            out.append(_at(msg(N_("msg", "{where}, multiplier {n}"), where=where, n=i + 1), msg(N_("msg", "unknown condition \"{flag}\""), flag=m.flag)))
        if m.when == "min_quantity" and m.min_quantity < 1:
            out.append(_at(msg(N_("msg", "{where}, multiplier {n}"), where=where, n=i + 1), msg(N_("msg", "the number of facts must be at least 1"))))
    if rule.cap is not None and rule.cap <= 0:
        out.append(_at(where, msg(N_("msg", "a cap must be positive"))))
    if rule.cap_group and rule.cap is None:
        out.append(_at(where, msg(N_("msg", "a shared cap needs the cap itself"))))
    if rule.min_quantity < 0:
        out.append(_at(where, msg(N_("msg", "the number of facts cannot be negative"))))
    if rule.co_executor is not None and rule.co_executor.points < 0:
        out.append(_at(where, msg(N_("msg", "points cannot be negative"))))
    return out


def _bands(m: Methodology) -> list[Msg]:
    out: list[Msg] = []
    if not m.bands:
        out.append(_at(msg(N_("msg", "Grade bands")), msg(N_("msg", "at least one grade band is needed"))))
    ordered = m.sorted_bands()
    for i, b in enumerate(ordered):
        where = msg(N_("msg", "Grade band {low}–{high}"), low=plain(b.lower),
                    high=plain(b.upper) if b.upper is not None else "…")
        if not b.name_kk.strip() or not b.name_ru.strip():
            out.append(_at(where, msg(N_("msg", "the name in Kazakh and in Russian is required"))))
        if b.upper is not None and b.upper < b.lower:
            out.append(_at(where, msg(N_("msg", "the band {low}–{high} ends before it starts"),
                                      low=plain(b.lower), high=plain(b.upper))))
        if i + 1 < len(ordered):
            nxt = ordered[i + 1]
            if b.upper is None or b.upper >= nxt.lower:
                out.append(_at(where, msg(N_("msg", "grade bands overlap at {value}"), value=plain(nxt.lower))))
    return out


def _sheets(m: Methodology) -> list[Msg]:
    out: list[Msg] = []
    for form, s in m.sheet_templates.items():
        where = msg(N_("msg", "Sheet of form {n}"), n=form)
        if form not in (1, 2):
            out.append(_at(where, msg(N_("msg", "the form must be 1 or 2"))))
        if s.max_score <= 0:
            out.append(_at(where, msg(N_("msg", "the highest score must be positive"))))
        if s.mode == "criteria" and not s.criteria:
            out.append(_at(where, msg(N_("msg", "a sheet scored by criteria needs at least one criterion"))))
        ids = [c.id for c in s.criteria]
        if len(set(ids)) != len(ids) or any(not i.strip() for i in ids):
            out.append(_at(where, msg(N_("msg", "criteria need distinct, non-empty codes"))))
        for c in s.criteria:
            if not c.name_kk.strip() or not c.name_ru.strip() or c.weight <= 0:
                out.append(_at(msg(N_("msg", "{where}, criterion {code}"), where=where, code=c.id), msg(N_("msg", "a criterion needs kk and ru names and a positive weight"))))
    return out


_DEADLINE_PLACES = {
    "appeal_wd": msg(N_("msg", "Term to appeal a result")),
    "decision_wd": msg(N_("msg", "Term to decide on an appeal")),
    "session_wd": msg(N_("msg", "Term to hold the calibration session")),
    "protocol_wd": msg(N_("msg", "Term to sign the protocol")),
}


def validate(m: Methodology) -> list[Msg]:
    """All problems of a methodology version; an empty list means it can be saved and used."""
    out: list[Msg] = []
    if not m.name_kk.strip() or not m.name_ru.strip():
        out.append(_at(msg(N_("msg", "Name of the methodology")), msg(N_("msg", "the name in Kazakh and in Russian is required"))))
    if m.score_model == "points" and m.base_points is None:
        out.append(_at(msg(N_("msg", "Base points")), msg(N_("msg", "a methodology in points needs base points"))))
    if not 0 <= m.rounding_places <= 4:
        out.append(_at(msg(N_("msg", "Rounding of the mean")), msg(N_("msg", "from 0 to 4 decimals"))))
    d = m.deadlines
    if not 1 <= d.quarter_day <= 31 or not 1 <= d.annual_month <= 12 or not 1 <= d.annual_day <= 31:
        out.append(_at(msg(N_("msg", "Deadlines")), msg(N_("msg", "a day of the month must be 1..31 and a month 1..12"))))
    for name in ("appeal_wd", "decision_wd", "session_wd", "protocol_wd"):
        if getattr(d, name) < 1:
            out.append(_at(_DEADLINE_PLACES[name], msg(N_("msg", "at least 1 working day"))))
    out += _bands(m) + _sheets(m)
    seen: set[str] = set()
    groups: tuple[tuple[str, Sequence[BonusItem | PenaltyItem]], ...] = (
        ("bonus_items", m.bonus_items), ("penalty_items", m.penalty_items))
    for kind, items in groups:
        for i, item in enumerate(items):
            where = (msg(N_("msg", "Bonus item {code}"), code=item.id or i + 1) if kind == "bonus_items"
                     else msg(N_("msg", "Penalty item {code}"), code=item.id or i + 1))
            if not item.id.strip() or item.id in seen:
                out.append(_at(where, msg(N_("msg", "the code \"{code}\" is empty or used twice"), code=item.id)))
            seen.add(item.id)
            if not item.text_kk.strip() or not item.text_ru.strip():
                out.append(_at(where, msg(N_("msg", "the text in Kazakh and in Russian is required"))))
            if kind == "bonus_items" and not 1 <= getattr(item, "level", 1) <= 5:
                out.append(_at(where, msg(N_("msg", "the level must be from +1 to +5"))))
            out += validate_rule(item.rule, where)
    p = m.personal_points
    if p is not None and (not ZERO < p.min_points <= p.max_points or p.cap < 0 or p.penalty_points < 0):
        out.append(_at(msg(N_("msg", "Personal points of the unit head")), msg(N_("msg", "personal points need 0 < lowest ≤ highest and a cap"))))
    if m.sanction is not None and not ZERO <= m.sanction.percent_per_month <= 100:
        out.append(_at(msg(N_("msg", "Deduction for a disciplinary sanction")), msg(N_("msg", "a percentage must be from 0 to 100"))))
    lowers = [s.lower for s in m.efficiency]
    if len(set(lowers)) != len(lowers) or any(s.coefficient < 0 for s in m.efficiency):
        out.append(_at(msg(N_("msg", "Efficiency coefficient")), msg(N_("msg", "each step needs its own lower bound and a coefficient ≥ 0"))))
    return out
