"""A methodology as a JSON file: exact round trip; an invalid file is refused with its reasons."""
from __future__ import annotations

import json

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.methodology import (
    POINTS_2017,
    TYPICAL_2025,
    dumps,
    load_preset,
    loads,
    to_dict,
    validate,
)


@pytest.mark.parametrize("name", [TYPICAL_2025, POINTS_2017])
def test_round_trip_is_exact(name):
    m = load_preset(name)
    assert validate(m) == []
    again = loads(dumps(m))
    assert again == m
    assert to_dict(again) == to_dict(m)


def _reasons(raw) -> list[str]:
    with pytest.raises(ValidationError) as err:
        loads(raw if isinstance(raw, (bytes, str)) else json.dumps(raw))
    return [m.render() for m in err.value.messages]


def test_not_json_is_refused():
    assert "not valid JSON" in _reasons(b"{oops")[0]


def test_other_file_is_refused():
    assert "not a Bagalau methodology file" in _reasons({"format": "something-else"})[0]


def test_every_reason_is_listed():
    d = to_dict(load_preset(POINTS_2017))
    d["bands"][1]["lower"] = 70                       # overlaps the unsatisfactory band
    d["bonus_items"][3]["rule"]["tiers"][1]["lower"] = 9   # 11–15 now starts inside 5–10
    d["bonus_items"][0]["level"] = 7
    d["deadlines"]["appeal_wd"] = "five"
    reasons = _reasons(d)
    assert any(r.startswith("deadlines.appeal_wd: a whole number") for r in reasons)
    d["deadlines"]["appeal_wd"] = 5
    reasons = _reasons(d)
    assert any("grade bands overlap" in r for r in reasons)
    code3, code0 = d["bonus_items"][3]["id"], d["bonus_items"][0]["id"]
    assert any(r.startswith(f"Bonus item {code3}, step ") and "tiers overlap" in r for r in reasons)
    assert any(r.startswith(f"Bonus item {code0}: ") and "level" in r for r in reasons)


def test_duplicate_codes_and_missing_texts_are_refused():
    d = to_dict(load_preset(TYPICAL_2025))
    d["bonus_items"][1]["id"] = d["bonus_items"][0]["id"]
    d["bonus_items"][2]["text_kk"] = " "
    reasons = _reasons(d)
    assert any("used twice" in r for r in reasons)
    assert any("Kazakh and in Russian" in r for r in reasons)
