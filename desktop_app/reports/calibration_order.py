"""Өкім / распоряжение of the appointing official on holding a calibration session and its members (001 §19)."""
from __future__ import annotations

from desktop_app.reports.blocks import (
    Block,
    DateNumber,
    Para,
    Signatures,
    Table,
    heading,
    in_languages,
)
from desktop_app.reports.blocks_docx import render_docx
from desktop_app.reports.blocks_pdf import BlockPaper, BlocksPdf
from desktop_app.reports.calibration_data import OrderData, long_date, short_date
from desktop_app.reports.labels import DocLang, L

T = {
    "title": L("ӨКІМ", "РАСПОРЯЖЕНИЕ"),
    "about": L("Калибровкалық сессия өткізу туралы", "О проведении калибровочной сессии"),
    "chair": L("төраға", "председатель"),
    "secretary": L("хатшы", "секретарь"),
    "member": L("мүше", "член сессии"),
    "name": L("Т.А.Ә.", "Ф.И.О."),
    "position": L("Лауазымы", "Должность"),
    "role": L("Сессиядағы рөлі", "Роль в сессии"),
}


def _body(data: OrderData, lang: DocLang) -> list[Block]:
    def t(k: str) -> str:
        return T[k].text(lang)
    out: list[Block] = [
        *heading(data.org_name.text(lang), t("title")),
        DateNumber(long_date(data.signed_on, lang), f"№ {data.number}"),
        Para(data.place, align="center"),
        Para(t("about"), align="left", bold=True, space_before=8),
    ]
    who = "; ".join(f"{a.name(lang)} ({a.position(lang)}, {p.text(lang)})" for a, p in data.appellants)
    when = long_date(data.session_date, lang)
    if lang == "ru":
        out.append(Para(f"В соответствии с пунктом 19 Методики оценки деятельности административных "
                        f"государственных служащих корпуса «Б», на основании обращений о несогласии с "
                        f"результатами оценки: {who}:", indent=True, space_before=4))
        out.append(Para(f"1. Провести калибровочную сессию {when} по адресу: {data.session_place}.", indent=True))
        out.append(Para("2. Утвердить состав калибровочной сессии:", indent=True))
    else:
        out.append(Para(f"«Б» корпусының әкімшілік мемлекеттік қызметшілерінің қызметін бағалау әдістемесінің "
                        f"19-тармағына сәйкес, бағалау нәтижелерімен келіспеу туралы өтініштер негізінде: {who}:",
                        indent=True, space_before=4))
        out.append(Para(f"1. Калибровкалық сессия {when} мына мекенжайда өткізілсін: {data.session_place}.",
                        indent=True))
        out.append(Para("2. Калибровкалық сессияның құрамы бекітілсін:", indent=True))
    rows = [("№", t("name"), t("position"), t("role"))]
    rows += [(str(i), m.person.name(lang), m.person.position(lang), t(m.role))
             for i, m in enumerate(data.members, 1)]
    out.append(Table(tuple(rows), (0.07, 0.33, 0.4, 0.2)))
    hr = data.hr_responsible.name(lang) if data.hr_responsible else ""
    if lang == "ru":
        out.append(Para(f"3. Организацию деятельности калибровочной сессии (п. 21 Методики) возложить на службу "
                        f"управления персоналом{f' ({hr})' if hr else ''}.", indent=True))
        out.append(Para("4. Распоряжение вступает в силу со дня подписания.", indent=True))
    else:
        out.append(Para(f"3. Калибровкалық сессияның қызметін ұйымдастыру (Әдістеменің 21-тармағы) персоналды "
                        f"басқару қызметіне{f' ({hr})' if hr else ''} жүктелсін.", indent=True))
        out.append(Para("4. Өкім қол қойылған күнінен бастап күшіне енеді.", indent=True))
    out.append(Signatures(((data.official.position(lang), data.official.short(lang)),)))
    return out


def order_blocks(data: OrderData, lang: DocLang) -> list[Block]:
    return in_languages(lambda one: _body(data, one), lang)


def order_title(data: OrderData, lang: DocLang) -> str:
    return f"{T['title'].text(lang)} № {data.number} ({short_date(data.signed_on)})"


def render_order_pdf(data: OrderData, lang: DocLang = "kk") -> bytes:
    return BlocksPdf(lang).render(BlockPaper(order_title(data, lang), order_blocks(data, lang)))


def render_order_docx(data: OrderData, lang: DocLang = "kk") -> bytes:
    return render_docx(order_title(data, lang), order_blocks(data, lang), lang, data.org_name.text(lang))
