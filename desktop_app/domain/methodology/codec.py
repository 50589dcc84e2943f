"""A methodology as a JSON document (presets in resources/, export/import between districts).

`to_dict`/`from_dict` are exact inverses. `from_dict` refuses a wrong document with every reason it
finds (`ValidationError`, each message naming the place, e.g. "bonus_items[3].rule.tiers[0].points").
Numbers may be JSON numbers or strings; they become `Decimal`.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.methodology.model import (
    COMBINES,
    RULE_KINDS,
    SCORE_MODELS,
    SHEET_MODES,
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
from desktop_app.domain.methodology.validation import validate

FORMAT = "bagalau-methodology"
FORMAT_VERSION = 1
T = TypeVar("T")


class _Reader:
    """Reads a nested dict, collecting every problem instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[Msg] = []

    def bad(self, where: str, what: Msg) -> None:
        self.errors.append(msg(N_("msg", "{where}: {what}"), where=where, what=what))

    def obj(self, d: Any, where: str) -> dict[str, Any]:
        if not isinstance(d, dict):
            self.bad(where, msg(N_("msg", "an object is expected")))
            return {}
        return d

    def text(self, d: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
        v = d.get(key, default)
        if not isinstance(v, str):
            self.bad(f"{where}.{key}", msg(N_("msg", "a text is expected")))
            return ""
        return v

    def num(self, d: dict[str, Any], key: str, where: str, default: Any = None, optional: bool = False) -> Any:
        v = d.get(key, default)
        if v is None and optional:
            return None
        if isinstance(v, bool) or not isinstance(v, (int, float, str)):
            self.bad(f"{where}.{key}", msg(N_("msg", "a number is expected")))
            return Decimal(0)
        try:
            dec = Decimal(str(v))
        except InvalidOperation:
            self.bad(f"{where}.{key}", msg(N_("msg", "a number is expected")))
            return Decimal(0)
        if not dec.is_finite():
            self.bad(f"{where}.{key}", msg(N_("msg", "a number is expected")))
            return Decimal(0)
        return dec

    def integer(self, d: dict[str, Any], key: str, where: str, default: Any = None) -> int:
        v = d.get(key, default)
        if isinstance(v, bool) or not isinstance(v, int):
            self.bad(f"{where}.{key}", msg(N_("msg", "a whole number is expected")))
            return 0
        return v

    def day(self, d: dict[str, Any], key: str, where: str, optional: bool = False) -> date | None:
        v = d.get(key)
        if v is None and optional:
            return None
        try:
            return date.fromisoformat(v)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            self.bad(f"{where}.{key}", msg(N_("msg", "a date YYYY-MM-DD is expected")))
            return date(2000, 1, 1)

    def choice(self, d: dict[str, Any], key: str, where: str, choices: tuple[str, ...], default: str) -> Any:
        v = d.get(key, default)
        if v not in choices:
            self.bad(f"{where}.{key}", msg(N_("msg", "one of {choices} is expected"), choices=", ".join(choices)))
            return default
        return v

    def items(self, d: dict[str, Any], key: str, where: str, fn: Callable[[dict[str, Any], str], T]) -> tuple[T, ...]:
        v = d.get(key, [])
        if not isinstance(v, list):
            self.bad(f"{where}.{key}", msg(N_("msg", "a list is expected")))
            return ()
        return tuple(fn(self.obj(x, f"{where}.{key}[{i}]"), f"{where}.{key}[{i}]") for i, x in enumerate(v))


def _rule(r: _Reader, d: Any, where: str) -> PointRule:
    d = r.obj(d, where)
    co = d.get("co_executor")
    co_share = None
    if co is not None:
        c = r.obj(co, f"{where}.co_executor")
        co_share = CoExecutorShare(r.choice(c, "kind", f"{where}.co_executor", ("fixed", "half"), "fixed"),
                                   r.num(c, "points", f"{where}.co_executor", 1))
    return PointRule(
        kind=r.choice(d, "kind", where, RULE_KINDS, "fixed"),
        points=r.num(d, "points", where, 0), min_points=r.num(d, "min_points", where, 0),
        max_points=r.num(d, "max_points", where, 0),
        tiers=r.items(d, "tiers", where, lambda o, w: (CountTier(
            r.num(o, "lower", w), r.num(o, "upper", w, optional=True), r.num(o, "points", w),
            r.num(o, "multiplier", w, 1)))),
        min_quantity=r.integer(d, "min_quantity", where, 0),
        multipliers=r.items(d, "multipliers", where, lambda o, w: (Multiplier(
            r.num(o, "factor", w), r.choice(o, "when", w, ("min_quantity", "flag"), "min_quantity"),
            r.integer(o, "min_quantity", w, 2), r.text(o, "flag", w, ""), r.text(o, "source", w, ""),
            r.text(o, "group", w, "")))),
        cap=r.num(d, "cap", where, None, optional=True), co_executor=co_share,
        cap_group=r.text(d, "cap_group", where, ""))


def _bonus(r: _Reader, d: Any, where: str) -> BonusItem:
    d = r.obj(d, where)
    return BonusItem(r.text(d, "id", where), r.integer(d, "level", where), r.text(d, "text_kk", where),
                     r.text(d, "text_ru", where), _rule(r, d.get("rule", {}), f"{where}.rule"),
                     r.text(d, "source", where, ""))


def _penalty(r: _Reader, d: Any, where: str) -> PenaltyItem:
    d = r.obj(d, where)
    return PenaltyItem(r.text(d, "id", where), r.choice(d, "group", where, ("executive", "labour"), "executive"),
                       r.text(d, "text_kk", where), r.text(d, "text_ru", where),
                       _rule(r, d.get("rule", {}), f"{where}.rule"), r.text(d, "source", where, ""))


def _sheet(r: _Reader, d: Any, where: str) -> SheetTemplate:
    d = r.obj(d, where)
    return SheetTemplate(
        form=r.integer(d, "form", where), title_kk=r.text(d, "title_kk", where, ""),
        title_ru=r.text(d, "title_ru", where, ""), mode=r.choice(d, "mode", where, SHEET_MODES, "overall"),
        criteria=r.items(d, "criteria", where, lambda o, w: (Criterion(
            r.text(o, "id", w), r.text(o, "name_kk", w), r.text(o, "name_ru", w),
            r.num(o, "weight", w, 1)))),
        combine=r.choice(d, "combine", where, COMBINES, "mean"),
        comment_fields=r.items(d, "comment_fields", where, lambda o, w: (CommentField(
            r.text(o, "id", w), r.text(o, "label_kk", w), r.text(o, "label_ru", w),
            bool(o.get("required", False))))),
        max_score=r.num(d, "max_score", where, 5))


def _deadlines(r: _Reader, d: Any) -> Deadlines:
    d = r.obj(d, "deadlines")
    base = Deadlines()
    return Deadlines(**{k: r.integer(d, k, "deadlines", getattr(base, k)) for k in asdict(base)})


def from_dict(data: Any) -> Methodology:
    """Build and validate a methodology from a JSON object; ValidationError lists every reason."""
    r = _Reader()
    d = r.obj(data, "file")
    if d and d.get("format", FORMAT) != FORMAT:
        r.bad("format", msg(N_("msg", "this is not a Bagalau methodology file")))
    if d and isinstance(d.get("format_version"), int) and d["format_version"] > FORMAT_VERSION:
        r.bad("format_version", msg(N_("msg", "the file was written by a newer version of the program")))
    if r.errors or not d:
        raise ValidationError(r.errors or [msg(N_("msg", "The file is empty."))])
    pp = d.get("personal_points")
    personal = None
    if pp is not None:
        o = r.obj(pp, "personal_points")
        personal = PersonalPointsRule(
            min_points=r.num(o, "min_points", "personal_points", 1), max_points=r.num(o, "max_points", "personal_points", 5),
            penalty_points=r.num(o, "penalty_points", "personal_points", 2), cap=r.num(o, "cap", "personal_points", 15),
            blocked_from_breaches=r.integer(o, "blocked_from_breaches", "personal_points", 5))
    sn = d.get("sanction")
    sanction = None
    if sn is not None:
        o = r.obj(sn, "sanction")
        sanction = SanctionRule(r.num(o, "percent_per_month", "sanction", 16), r.text(o, "source", "sanction", ""))
    sheets = r.items(d, "sheet_templates", "file", lambda s, w: _sheet(r, s, w))
    m = Methodology(
        name_kk=r.text(d, "name_kk", "file"), name_ru=r.text(d, "name_ru", "file"),
        effective_from=r.day(d, "effective_from", "file") or date(2000, 1, 1),
        score_model=r.choice(d, "score_model", "file", SCORE_MODELS, "score"),
        act_number=r.text(d, "act_number", "file", ""), act_date=r.day(d, "act_date", "file", optional=True),
        act_body_kk=r.text(d, "act_body_kk", "file", ""), act_body_ru=r.text(d, "act_body_ru", "file", ""),
        act_kind_kk=r.text(d, "act_kind_kk", "file", "қаулысымен"),
        act_kind_ru=r.text(d, "act_kind_ru", "file", "постановлением"),
        lineage=r.text(d, "lineage", "file", ""), version=r.integer(d, "version", "file", 1),
        base_points=r.num(d, "base_points", "file", None, optional=True),
        bands=r.items(d, "bands", "file", lambda o, w: (GradeBand(
            r.text(o, "name_kk", w), r.text(o, "name_ru", w), r.num(o, "lower", w), r.num(o, "upper", w, optional=True),
            bool(o.get("is_unsatisfactory", False))))),
        rounding_places=r.integer(d, "rounding_places", "file", 2),
        deadlines=_deadlines(r, d.get("deadlines", {})),
        sheet_templates={s.form: s for s in sheets},
        bonus_items=r.items(d, "bonus_items", "file", lambda b, w: _bonus(r, b, w)),
        penalty_items=r.items(d, "penalty_items", "file", lambda p, w: _penalty(r, p, w)),
        personal_points=personal, sanction=sanction,
        efficiency=r.items(d, "efficiency", "file", lambda o, w: (EfficiencyStep(
            r.num(o, "lower", w), r.num(o, "coefficient", w)))),
        preset=r.text(d, "preset", "file", ""), note=r.text(d, "note", "file", ""))
    if r.errors:
        raise ValidationError(r.errors)
    problems = validate(m)
    if problems:
        raise ValidationError(problems)
    return m


def _plain(v: Any) -> Any:
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


def to_dict(m: Methodology) -> dict[str, Any]:
    """The JSON object of a methodology (without its database id)."""
    d = _plain(asdict(m))
    d.pop("id", None)
    d["sheet_templates"] = [d["sheet_templates"][k] for k in sorted(d["sheet_templates"], key=int)]
    return {"format": FORMAT, "format_version": FORMAT_VERSION, **d}


def dumps(m: Methodology) -> bytes:
    return json.dumps(to_dict(m), ensure_ascii=False, indent=2).encode("utf-8")


def loads(raw: bytes | str) -> Methodology:
    """Parse a methodology file; a file that is not JSON is refused like any other invalid file."""
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValidationError(msg(N_("msg", "The file is not valid JSON ({detail})."), detail=str(exc))) from exc
    return from_dict(data)
