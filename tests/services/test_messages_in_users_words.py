"""Refusals about a score or an item name what the user sees — the criterion's name, the item's words — in
Kazakh and Russian, never the methodology's internal code ("quality", "002-17-01")."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.cli.translation import make_translate
from desktop_app.domain.errors import BagalauError, ValidationError
from desktop_app.domain.methodology import POINTS_2017, load_preset
from desktop_app.domain.methodology.entries import BonusEntry
from desktop_app.domain.methodology.model import short_text
from desktop_app.domain.methodology.rules import item_lines
from desktop_app.domain.records import EntryRow
from desktop_app.services.calendar import CalendarService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.quarter import QuarterService
from desktop_app.storage.database import open_store
from tests.evaluation_support import methodology_001, seed_office
from tests.sealing import office_key

CODE = re.compile(r"\b\d{3}-\d{2}-\d{2}\b|\b(quality|timeliness|overall|b5|p1)\b")


def _both(exc: BagalauError) -> dict[str, str]:
    texts = {lang: exc.render(make_translate(lang)) for lang in ("kk", "ru")}
    for text in texts.values():
        assert not CODE.search(text), text
    return texts


def _office(tmp_path: Path, m):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "office.sqlite", office_key())
    seed_office(store.db, staff=3)
    quarters = QuarterService(store, CalendarService(store), lambda day: m, lambda mid: m)
    evaluations = EvaluationService(quarters)
    q = quarters.open_quarter(2026, 1)
    return store, evaluations, {r.evaluation.form: r.evaluation for r in evaluations.grid(q.id)}


def test_a_score_the_sheet_has_not_is_named_by_the_criterion(tmp_path: Path) -> None:
    store, evaluations, by_form = _office(tmp_path, methodology_001())   # form 1 by criteria, form 2 overall
    try:
        with pytest.raises(ValidationError) as exc:
            evaluations.set_score(by_form[2].id, "quality", "4")
        assert _both(exc.value) == {"kk": "2-нысанды бағалау парағында «Сапа» өлшемшарты жоқ.",
                                    "ru": "В оценочном листе формы 2 нет критерия «Качество»."}
        with pytest.raises(ValidationError) as exc:
            evaluations.set_score(by_form[1].id, "overall", "4")
        assert _both(exc.value)["ru"] == ("Оценочный лист формы 1 оценивается по критериям, а не одним общим "
                                          "баллом.")
        with pytest.raises(ValidationError) as exc:
            evaluations.set_score(by_form[1].id, "no_such_key", "4")
        assert _both(exc.value)["kk"] == "1-нысанды бағалау парағында мұндай баға жоқ."
        assert evaluations.sheet(by_form[1].id).evaluation.scores == {}             # nothing changed
    finally:
        store.close()


def test_an_item_is_named_by_its_words(tmp_path: Path) -> None:
    m = load_preset(POINTS_2017)
    item = m.bonus_item("002-17-01")                   # a range item: +3..+5 per document
    assert item is not None and item.rule.kind == "range"
    with pytest.raises(ValidationError) as exc:
        item_lines(item, [BonusEntry(item.id, 1)], "bonus")
    texts = _both(exc.value)
    assert texts["ru"] == ("Пункт «За своевременное и качественное исполнение поручений Президента Республики…»: "
                           "выберите баллы за один факт, от 3 до 5.")
    assert texts["kk"].startswith("«Қазақстан Республикасы Президентінің тапсырмаларын")
    with pytest.raises(ValidationError) as exc:
        item_lines(item, [BonusEntry(item.id, 1, Decimal(9))], "bonus")
    assert "вне диапазона от 3 до 5" in _both(exc.value)["ru"]
    with pytest.raises(ValidationError) as exc:
        item_lines(item, [BonusEntry(item.id, -1, Decimal(4))], "bonus")
    assert _both(exc.value)["ru"].endswith("…»: количество не может быть отрицательным.")


def test_an_item_missing_from_the_methodology_is_refused_without_its_code(tmp_path: Path) -> None:
    store, evaluations, by_form = _office(tmp_path, load_preset(POINTS_2017))
    try:
        with pytest.raises(ValidationError) as exc:
            evaluations.add_entry(EntryRow(None, by_form[1].id, "bonus", "002-99-99", Decimal(1),
                                           doc_number="1", doc_date=date(2026, 2, 2)))
        assert _both(exc.value)["ru"] == ("Выбранного пункта нет в методике этого квартала: выберите пункт из "
                                          "списка.")
        assert evaluations.sheet(by_form[1].id).entries == []
    finally:
        store.close()


def test_short_text_keeps_the_first_clause_and_marks_a_cut() -> None:
    assert short_text("Фото и видео") == "Фото и видео"
    assert short_text("Неисполнение поручений; при двух фактах балл умножается") == "Неисполнение поручений…"
    assert short_text("слово " * 30).endswith("слово…") and len(short_text("слово " * 30)) <= 81
