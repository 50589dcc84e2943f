"""Citations name the act, never a file of this repository (DOMAIN.md "Citing the acts")."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from desktop_app.domain.citation import approved_by, cite
from desktop_app.domain.methodology.model import Methodology

ROOT = Path(__file__).resolve().parents[2]
SEED_NAME = re.compile(r"(?<![0-9])00[0-4] ?(§|Прил|п\.)|\(00[0-4]")


def test_cite_a_paragraph_in_each_language() -> None:
    assert cite(4, "ru") == "пункт 4 Методики"
    assert cite("§4", "kk") == "Әдістеменің 4-тармағы"
    assert cite("§19–22", "ru") == "пункты 19–22 Методики"
    assert cite("19–22", "kk") == "Әдістеменің 19–22-тармақтары"
    assert cite("§13.15", "ru", "004") == "пункт 13.15 Регламента аппарата"


def test_the_methodology_is_cited_by_its_own_act() -> None:
    m = Methodology("Әдістеме", "Методика", date(2025, 8, 14), act_number="139", act_date=date(2025, 8, 14),
                    act_body_kk="Қарасу ауданы әкімдігінің", act_body_ru="акимата Карасуского района")
    assert approved_by(m, "ru") == "утверждена постановлением акимата Карасуского района от 14.08.2025 № 139"
    assert approved_by(m, "kk") == "Қарасу ауданы әкімдігінің 2025 жылғы 14 тамыздағы № 139 қаулысымен бекітілген"
    assert approved_by(Methodology("Ә", "М", date(2025, 1, 1)), "ru") == ""


def test_no_translation_or_resource_names_a_seed_file() -> None:
    """The before-stop check: the catalogs the user reads and the presets never say "001 §4"."""
    files = [*ROOT.glob("i18n/*.ts"), *ROOT.glob("i18n/catalog/*.json"), *(ROOT / "resources").rglob("*.json")]
    assert files
    found = [f.name for f in files if SEED_NAME.search(f.read_text(encoding="utf-8"))]
    assert found == []
