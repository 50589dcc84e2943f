"""The act of the appointing official on holding a calibration session and approving its members (001 §19).

Its type is the act its signatory issues (004 §1.6: the head of an apparatus signs приказы / бұйрықтар, an
akim решения and распоряжения), set in the organisation card; the place of issue, the session's date and
place, the composition, the organisation of the session (001 §21), control of execution, and the
signatory's position in the document's language with correct initials.
"""
from __future__ import annotations

from desktop_app.domain.wording import kk_date_of
from desktop_app.reports.blocks import Block, DateNumber, Para, Signatures, Table, heading, in_languages
from desktop_app.reports.blocks_docx import render_docx
from desktop_app.reports.blocks_pdf import BlockPaper, BlocksPdf
from desktop_app.reports.calibration_data import (
    Named,
    OrderData,
    by_alphabet,
    kk_on,
    long_date,
    short_date,
)
from desktop_app.reports.labels import DocLang, L

# Per act: its title, its name in "this …" (kk genitive / ru genitive), the word that introduces the points.
ACTS: dict[str, dict[str, L]] = {
    "order": {"title": L("БҰЙРЫҚ", "ПРИКАЗ"), "this": L("Осы бұйрықтың", "настоящего приказа"),
              "lead": L("БҰЙЫРАМЫН:", "ПРИКАЗЫВАЮ:"), "name": L("Бұйрық", "Приказ")},
    "instruction": {"title": L("ӨКІМ", "РАСПОРЯЖЕНИЕ"), "this": L("Осы өкімнің", "настоящего распоряжения"),
                    "lead": L("", ""), "name": L("Өкім", "Распоряжение")},
    "decision": {"title": L("ШЕШІМ", "РЕШЕНИЕ"), "this": L("Осы шешімнің", "настоящего решения"),
                 "lead": L("ШЕШІМ ҚАБЫЛДАЙМЫН:", "РЕШИЛ:"), "name": L("Шешім", "Решение")},
}
T = {
    "about": L("Калибрлеу сессиясын өткізу туралы", "О проведении калибровочной сессии"),
    "chair": L("төраға", "председатель"),
    "secretary": L("хатшы", "секретарь"),
    "member": L("сессия мүшесі", "член сессии"),
    "name": L("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"),
    "position": L("Лауазымы", "Должность"),
    "role": L("Сессиядағы рөлі", "Роль в сессии"),
    "acquainted": L("Таныстырылды:", "Ознакомлены:"),
}


def _act(data: OrderData) -> dict[str, L]:
    return ACTS.get(data.act, ACTS["order"])


def _composition(data: OrderData, lang: DocLang) -> list:
    """Chair first, then the members by the alphabet of the document's language, the secretary last."""
    chair = [m for m in data.members if m.role == "chair"]
    secretary = [m for m in data.members if m.role == "secretary"]
    rest = {m.person: m for m in data.members if m.role == "member"}
    members = [rest[p] for p in by_alphabet(list(rest), lang)]
    return [*chair, *members, *secretary]


def _body(data: OrderData, lang: DocLang) -> list[Block]:
    def t(k: str) -> str:
        return T[k].text(lang)
    act = _act(data)
    out: list[Block] = [*heading(data.org_name.text(lang), act["title"].text(lang)),
                        DateNumber(long_date(data.signed_on, lang), f"№ {data.number}")]
    issue = data.place_ru if lang == "ru" and data.place_ru else data.place
    if issue:
        out.append(Para(issue, align="center"))
    out.append(Para(t("about"), align="left", bold=True, space_before=8))
    filed = list(data.filed_on) + [None] * (len(data.appellants) - len(data.filed_on))
    place = data.session_places().text(lang)
    lead = act["lead"].text(lang)
    if lang == "ru":
        who = "; ".join(f"{_flat(a.described('ru'))}, за {p.ru}" + (f", обращение от {short_date(d)}" if d else "")
                        for (a, p), d in zip(data.appellants, filed, strict=True))
        appeals = "обращения" if len(data.appellants) == 1 else "обращений"   # one appeal: the singular
        out.append(Para(f"В соответствии с пунктом 19 Методики оценки деятельности административных "
                        f"государственных служащих корпуса «Б», на основании {appeals} о несогласии с результатами "
                        f"оценки деятельности ({who}){' ' + lead if lead else ':'}", indent=True, space_before=4))
        when = long_date(data.session_date, "ru")
        out.append(Para(f"1. Провести калибровочную сессию {when}; место проведения — {place}.", indent=True))
        out.append(Para("2. Утвердить состав калибровочной сессии:", indent=True))
    else:
        who = "; ".join(f"{_flat(a.described('kk'))}, {p.kk}" + (f", {kk_date_of(d)} өтініш" if d else "")
                        for (a, p), d in zip(data.appellants, filed, strict=True))
        appeals = "өтініш" if len(data.appellants) == 1 else "өтініштер"
        out.append(Para(f"«Б» корпусының әкімшілік мемлекеттік қызметшілерінің қызметін бағалау әдістемесінің "
                        f"19-тармағына сәйкес, қызметті бағалау нәтижелерімен келіспеу туралы {appeals} ({who}) "
                        f"негізінде{' ' + lead if lead else ':'}", indent=True, space_before=4))
        when = kk_on(data.session_date) if data.session_date else long_date(None, "kk")
        out.append(Para(f"1. Калибрлеу сессиясы {when} өткізілсін; өткізу орны — {place}.", indent=True))
        out.append(Para("2. Калибрлеу сессиясының құрамы бекітілсін:", indent=True))
    rows = [("№", t("name"), t("position"), t("role"))]
    rows += [(str(i), m.person.name(lang), m.person.position(lang), t(m.role))
             for i, m in enumerate(_composition(data, lang), 1)]
    out.append(Table(tuple(rows), (0.07, 0.33, 0.38, 0.22)))
    hr = f" ({data.hr_responsible.short(lang)})" if data.hr_responsible else ""
    this, name = act["this"].text(lang), act["name"].text(lang)
    if lang == "ru":
        out.append(Para(f"3. Организацию деятельности калибровочной сессии (пункт 21 Методики) возложить на службу "
                        f"управления персоналом{hr}.", indent=True))
        out.append(Para(f"4. Контроль за исполнением {this} оставляю за собой.", indent=True))
        out.append(Para(f"5. {name} вступает в силу со дня подписания.", indent=True))
    else:
        out.append(Para(f"3. Калибрлеу сессиясының қызметін ұйымдастыру (Әдістеменің 21-тармағы) персоналды "
                        f"басқару қызметіне{hr} жүктелсін.", indent=True))
        out.append(Para(f"4. {this} орындалуын бақылауды өзіме қалдырамын.", indent=True))
        out.append(Para(f"5. {name} қол қойылған күнінен бастап күшіне енеді.", indent=True))
    out.append(Signatures(((_cap(data.official.position(lang)), data.official.short(lang)),)))
    # the official who signs the order is not acquainted with it a second time (the chair, often)
    signer = data.official.short(lang).replace(" ", "")
    people: list[Named] = [m.person for m in _composition(data, lang) if m.person.short(lang).replace(" ", "") != signer]
    blank = short_date(None)
    out.append(Signatures(tuple((p.short(lang), blank) for p in people), heading=t("acquainted"), compact=True))
    return out


def _flat(described: str) -> str:
    """"Есенов Г.М. — ведущий специалист, Юридический отдел": no brackets inside the brackets of the
    sentence that names the appeal."""
    if described.endswith(")") and " (" in described:
        head, _sep, unit = described[:-1].rpartition(" (")
        return f"{head}, {unit}"
    return described


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def order_blocks(data: OrderData, lang: DocLang) -> list[Block]:
    return in_languages(lambda one: _body(data, one), lang)


def order_title(data: OrderData, lang: DocLang) -> str:
    return f"{_act(data)['title'].text(lang)} № {data.number} ({short_date(data.signed_on)})"


def render_order_pdf(data: OrderData, lang: DocLang = "kk") -> bytes:
    return BlocksPdf(lang).render(BlockPaper(order_title(data, lang), order_blocks(data, lang)))


def render_order_docx(data: OrderData, lang: DocLang = "kk") -> bytes:
    return render_docx(order_title(data, lang), order_blocks(data, lang), lang, data.org_name.text("ru" if lang == "ru" else "kk"))

