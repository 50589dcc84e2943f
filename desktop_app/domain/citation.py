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


_APPENDIX_SOURCE = re.compile(r"(?:000\s*)?Прил\.?\s*(\d+(?:-\d+)?)")
_PARAGRAPH_SOURCE = re.compile(r"(?:002\s*)?§\s*(\d+)(?:\s*(\d+)\))?")


def source_text(source: str, lang: str) -> str:
    """The ground of a scale item as a person cites it: the presets write "Прил. 1-1" (seed 000's appendix)
    and "§17 1)" (seed 002's paragraph), which name nothing a reader can look up. Anything else is the
    office's own wording and is printed as typed."""
    text = source.strip()
    ru = lang == "ru"
    found = _APPENDIX_SOURCE.fullmatch(text)
    if found:
        act_ru, act_kk = ACTS["000"]
        return f"приложение {found[1]} {act_ru}" if ru else f"{act_kk} {found[1]}-қосымшасы"
    found = _PARAGRAPH_SOURCE.fullmatch(text)
    if found:
        act_ru, act_kk = ACTS["002"]
        point, sub = found[1], found[2]
        if ru:
            return f"подпункт {sub}) пункта {point} {act_ru}" if sub else f"пункт {point} {act_ru}"
        return f"{act_kk} {point}-тармағының {sub}) тармақшасы" if sub else f"{act_kk} {point}-тармағы"
    return text
