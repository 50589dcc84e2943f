"""Grade bands, rounding, sheets, deadlines of a methodology (001 §4, §7, §16, §17; rounding chosen in rounding.py)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.methodology import (
    POINTS_2017,
    TYPICAL_2025,
    Criterion,
    annual_due,
    appeal_due,
    load_preset,
    mean_score,
    preset_names,
    protocol_due,
    quarter_due,
    round_score,
    session_due,
    sheet_score,
)

D = Decimal


@pytest.fixture(scope="module")
def typical():
    return load_preset(TYPICAL_2025)


@pytest.fixture(scope="module")
def points():
    return load_preset(POINTS_2017)


def test_presets_are_shipped():
    assert {"typical_2025", "points_2017"} <= set(preset_names())


@pytest.mark.parametrize("x,expected", [("3.995", "4.00"), (3.995, "4.00"), ("3.994", "3.99"), ("2.005", "2.01"),
                                        (4, "4.00"), ("1.999", "2.00")])
def test_rounding_is_half_up_to_two_decimals(x, expected):
    assert round_score(x) == D(expected)


def test_mean_is_rounded_once_at_the_end():
    assert mean_score([4, 4, D("3.99")]) == D("4.00")       # 3.99666…
    assert mean_score([3, 4, 4, 5]) == D("4.00")
    assert mean_score([]) is None


# 001 §7: 4–5 effective, 3–3.99 proper, 2–2.99 satisfactory, 0–1.99 unsatisfactory
@pytest.mark.parametrize("score,band", [(5, 0), (4, 0), ("3.995", 0), ("3.994", 1), ("3.99", 1), (3, 1),
                                        ("2.99", 2), (2, 2), ("1.995", 2), ("1.99", 3), (0, 3)])
def test_grade_bands_001_7(typical, score, band):
    g = typical.grade_for(score)
    assert g == typical.bands[band]
    assert g.is_unsatisfactory == (band == 3)


def test_band_names_kk_ru(typical):
    assert typical.grade_for(4).name("ru") == "Выполняет функциональные обязанности эффективно"
    assert typical.grade_for(1).name("kk") == "Функционалдық міндеттерді қанағаттанарлықсыз орындайды"


# 2017 points bands (editable, not from the seeds): < 80 / 80–105 / 106–130 / > 130
@pytest.mark.parametrize("total,name", [(-20, "Неудовлетворительно"), ("79.99", "Неудовлетворительно"),
                                        (80, "Удовлетворительно"), (105, "Удовлетворительно"),
                                        ("105.5", "Удовлетворительно"), (106, "Эффективно"), (130, "Эффективно"),
                                        ("130.004", "Эффективно"), ("130.005", "Превосходно"), (131, "Превосходно")])
def test_points_bands(points, total, name):
    assert points.grade_for(total).name_ru == name


def test_bonus_levels_group_items_like_seed_000(typical):
    levels = typical.bonus_levels()
    assert list(levels) == [5, 4, 3, 2, 1]
    assert [len(levels[k]) for k in levels] == [7, 3, 4, 4, 3]
    assert levels[1][2].text_ru.startswith("Видео- и фотосъемка")
    assert all(i.text_kk and i.text_ru and i.text_kk != i.text_ru for i in typical.bonus_items)


def test_sheet_overall_and_criteria(typical):
    form1 = typical.sheet(1)
    assert form1.mode == "overall" and sheet_score(form1, {"overall": D("3.5")}) == D("3.50")
    with pytest.raises(ValidationError):
        sheet_score(form1, {"overall": D("5.5")})
    crit = form1.__class__(1, "", "", mode="criteria", criteria=(Criterion("a", "А", "А"), Criterion("b", "Б", "Б", D(3))))
    assert sheet_score(crit, {"a": 5, "b": 2}) == D("3.50")
    assert sheet_score(crit.__class__(**{**crit.__dict__, "combine": "weighted_mean"}), {"a": 5, "b": 2}) == D("2.75")
    assert sheet_score(crit.__class__(**{**crit.__dict__, "combine": "min"}), {"a": 5, "b": 2}) == D("2.00")
    with pytest.raises(ValidationError):
        sheet_score(crit, {"a": 5})


def test_deadlines_001(typical):
    d = typical.deadlines
    assert quarter_due(d, 2026, 1) == date(2026, 4, 20)          # 001 §4
    assert quarter_due(d, 2025, 4) == date(2026, 1, 20)
    assert quarter_due(d, 2025, 2, WorkCalendar()) == date(2025, 7, 21)   # 20 July 2025 is a Sunday (004 §13.15)
    assert annual_due(d, 2025) == date(2026, 1, 30)
    cal = WorkCalendar()
    assert appeal_due(d, date(2026, 4, 20), cal) == date(2026, 4, 27)     # 001 §10: 5 working days
    assert session_due(d, date(2026, 4, 20), cal) == date(2026, 5, 5)     # 001 §20: 10 wd, 1 May is a holiday
    assert protocol_due(d, date(2026, 4, 24), cal) == date(2026, 4, 29)   # 001 §22: 3 wd
