"""The printed bonus scale (000 Appendix 1-1) in kk, ru and both: real PDFs, text extracted and checked."""
from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desktop_app.domain.methodology import POINTS_2017, TYPICAL_2025, load_preset
from desktop_app.reports.fonts import SERIF, missing_glyphs
from desktop_app.reports.scale_pdf import render_scale


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def typical():
    return load_preset(TYPICAL_2025)


@pytest.fixture(scope="module")
def points():
    return load_preset(POINTS_2017)


def test_kazakh_scale_has_every_level_and_item_of_seed_000(typical):
    text = _text(render_scale(typical, "kk"))
    assert "Көтермеленетін көрсеткіштер мен қызмет түрлері үшін балдар шәкілі" in text   # GLOSSARY.md
    for level in ("+5", "+4", "+3", "+2", "+1"):
        assert level in text
    assert "№ 17-80 мәслихат шешімінің 1-1-қосымшасы" in text and "Прил." not in text
    assert "Тәлімгерлік қызметті жүзеге асыру" in text
    assert "әр фактіге +5" in text
    assert "Шкала баллов" not in text and "Осуществление наставнической" not in text


def test_russian_scale(typical):
    text = _text(render_scale(typical, "ru"))
    assert "Шкала баллов за поощряемые показатели и виды деятельности" in text
    # the appendix of the office's own methodology, cited by the act that approved it
    assert "Приложение к Методике оценки деятельности административных государственных служащих корпуса «Б»" in text
    assert "приложение 1-1 решения маслихата № 17-80" in text and "Прил." not in text
    assert "+5 балл" not in text
    assert "утверждена постановлением акимата Карасуского района от 14.08.2025 № 139" in text
    assert "Осуществление наставнической деятельности" in text
    assert "+2 за каждый факт" in text
    assert "Тәлімгерлік" not in text


def test_both_languages_kazakh_first(typical):
    text = _text(render_scale(typical, "both"))
    assert text.index("Тәлімгерлік қызметті") < text.index("Осуществление наставнической")


def test_points_scale_prints_tiers_caps_multipliers_and_penalties(points):
    text = _text(render_scale(points, "ru"))
    assert "по количеству за квартал: 5–10 – +2 11–15 – +3 16–20 – +4 21 и более – +5" in text
    assert "не более +30 баллов за квартал" in text
    assert "при 2 и более фактах за квартал – × 3" in text
    assert "соисполнителю – половина баллов" in text
    assert "Штрафные баллы за нарушения исполнительской и трудовой дисциплины" in text
    assert "при 2 и более фактах за квартал – × 20" in text
    assert "−2 × 10" in text                                    # 002 §21 15): over 10 % → ×10
    assert "16 %" in text and "Базовый балл: 100." in text
    assert "подпункт 1) пункта 17 приказа № 233" in text and "§" not in text     # no bare "§17 1)"
    assert "от 140 поощрительных баллов – 1" in text
    kk = _text(render_scale(points, "kk"))
    assert "әр фактіге +3 – +5 аралығында" in kk and "+3-ден" not in kk      # no suffix glued to a number
    assert "тоқсанына +30 балдан аспайды" in kk
    assert "Орындау және еңбек тәртібін бұзғаны үшін айыппұл балдары" in kk


def test_every_character_is_in_the_serif_font(points, typical):
    from desktop_app.reports.scale_text import rule_lines

    texts = [i.text_kk + i.text_ru for m in (points, typical) for i in (*m.bonus_items, *m.penalty_items)]
    texts += [" ".join(rule_lines(i.rule, lang)) for i in points.bonus_items for lang in ("kk", "ru")]
    assert missing_glyphs("".join(texts), SERIF) == set()


def test_caps_agree_with_their_number_in_russian(points):
    from dataclasses import replace

    item = next(i for i in points.bonus_items if i.rule.cap is not None and not i.rule.cap_group)
    one = replace(points, bonus_items=(replace(item, rule=replace(item.rule, cap=Decimal(2))),), penalty_items=())
    assert "не более +2 балла за квартал" in _text(render_scale(one, "ru"))
    assert "не более +30 баллов за квартал" in _text(render_scale(points, "ru"))
