"""Evaluators outside the corps "B" registry, set on the organisation card and on units (external_evaluator.py)."""
from __future__ import annotations

import json
from typing import Any

from desktop_app.domain.external_evaluator import ExternalEvaluator
from desktop_app.storage.database import Store

_COLS = "evaluator_name_kk, evaluator_name_ru, evaluator_position_kk, evaluator_position_ru"


def to_json(e: ExternalEvaluator | None) -> str:
    if e is None:
        return ""
    return json.dumps([e.name_kk, e.name_ru, e.position_kk, e.position_ru, e.unit_id], ensure_ascii=False)


def from_json(text: str | None) -> ExternalEvaluator | None:
    if not text:
        return None
    v = json.loads(text)
    return ExternalEvaluator(v[0], v[1], v[2], v[3], v[4])


def _from_row(r: Any, unit_id: int | None) -> ExternalEvaluator | None:
    if not any(r):
        return None
    return ExternalEvaluator(r[0], r[1], r[2], r[3], unit_id)


class ExternalEvaluatorRepository:
    def __init__(self, store: Store) -> None:
        self.db = store.db

    def all(self) -> dict[int | None, ExternalEvaluator]:
        """The organisation card's (key None) and each unit's outside evaluator, where set."""
        out: dict[int | None, ExternalEvaluator] = {}
        org = self.db.execute(f"SELECT {_COLS} FROM organisation WHERE id = 1").fetchone()
        if org is not None and (e := _from_row(org, None)) is not None:
            out[None] = e
        for r in self.db.execute(f"SELECT id, {_COLS} FROM units"):
            if (e := _from_row(r[1:], r[0])) is not None:
                out[r[0]] = e
        return out

    def save(self, unit_id: int | None, e: ExternalEvaluator | None) -> None:
        values = [e.name_kk, e.name_ru, e.position_kk, e.position_ru] if e else ["", "", "", ""]
        sets = ", ".join(f"{c.strip()} = ?" for c in _COLS.split(","))
        if unit_id is None:
            self.db.execute(f"UPDATE organisation SET {sets} WHERE id = 1", values)
        else:
            self.db.execute(f"UPDATE units SET {sets} WHERE id = ?", [*values, unit_id])
