"""How a paper or a screen cites a rule: by the act and its paragraph, as an HR specialist writes it.

"пункт 4 Методики" / "Әдістеменің 4-тармағы" — never the name of a file of this repository (DOMAIN.md "Citing
the acts"). The office's methodology is named with the act that approved the version in force:
"Методика …, утверждённая постановлением акимата Карасуского района от 14.08.2025 № 139".
Seed numbers ("001") are only the keys of ACTS here, as in code comments.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop_app.domain.wording import kk_date_of

if TYPE_CHECKING:
    from desktop_app.domain.methodology.model import Methodology

# The act behind each seed, in the case a citation needs: Russian genitive, Kazakh genitive.
ACTS: dict[str, tuple[str, str]] = {
    "001": ("Методики", "Әдістеменің"),
    "004": ("Регламента аппарата", "Аппарат регламентінің"),
    "002": ("приказа № 233", "№ 233 бұйрықтың"),
    "000": ("решения маслихата № 17-80", "№ 17-80 мәслихат шешімінің"),
    "003": ("проекта указа", "Жарлық жобасының"),
}
LAW = ("Закон Республики Казахстан «О государственной службе Республики Казахстан»",
       "«Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасының Заңы")


def cite(paragraph: str | int, lang: str, act: str = "001") -> str:
    """"пункт 19 Методики" / "Әдістеменің 19-тармағы"; "§19–22" or "6, 9–11" give the plural."""
    text = re.sub(r"§\s*", "", str(paragraph)).strip()
    many = bool(re.search(r"[,–-]", text))
    ru, kk = ACTS.get(act, ACTS["001"])
    if lang == "ru":
        return f"{'пункты' if many else 'пункт'} {text} {ru}"
    return f"{kk} {text}-{'тармақтары' if many else 'тармағы'}"


def approved_by(m: Methodology, lang: str) -> str:
    """"утверждена постановлением акимата Карасуского района от 14.08.2025 № 139" /
    "Қарасу ауданы әкімдігінің 2025 жылғы 14 тамыздағы № 139 қаулысымен бекітілген"; "" when the version
    records no act."""
    if not (m.act_number or m.act_date):
        return ""
    number = f"№ {m.act_number}" if m.act_number else ""
    if lang == "ru":
        day = f"от {m.act_date.strftime('%d.%m.%Y')}" if m.act_date else ""
        return " ".join(p for p in ("утверждена", m.act_kind_ru, m.act_body_ru, day, number) if p)
    day = kk_date_of(m.act_date) if m.act_date else ""
    return " ".join(p for p in (m.act_body_kk, day, number, m.act_kind_kk, "бекітілген") if p)
