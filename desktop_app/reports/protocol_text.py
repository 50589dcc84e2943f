"""The words of a calibration session protocol (001 §22), laid out as an apparatus protocol (004 §9.3–9.5).

Header with the body's name, ХАТТАМА / ПРОТОКОЛ, date and number, place; chair, secretary, present;
agenda (Күн тәртібі / Повестка дня); per case: Тыңдалды / Слушали (the evaluator's and the appellant's
arguments, the motions with their vote counts), Шешім қабылданды / Решили in numbered points with
the persons responsible and the deadlines (004 §9.3, §9.5); a signature line for every member.
"both" gives the Kazakh text, then the Russian one on a new page (Kazakh first: the state language).
"""
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
from desktop_app.reports.calibration_data import ProtocolCase, ProtocolData, long_date, score_text, short_date
from desktop_app.reports.labels import DocLang, L

T = {
    "title": L("ХАТТАМА", "ПРОТОКОЛ"),
    "subtitle": L("калибровкалық сессияның отырысы", "заседания калибровочной сессии"),
    "chair": L("Төраға:", "Председатель:"),
    "secretary": L("Хатшы:", "Секретарь:"),
    "present": L("Қатысқандар:", "Присутствовали:"),
    "absent": L("Қатыспағандар:", "Отсутствовали:"),
    "members": L("Калибровкалық сессия мүшелері:", "Члены калибровочной сессии:"),
    "agenda": L("КҮН ТӘРТІБІ:", "ПОВЕСТКА ДНЯ:"),
    "heard": L("ТЫҢДАЛДЫ:", "СЛУШАЛИ:"),
    "decided": L("ШЕШІМ ҚАБЫЛДАНДЫ:", "РЕШИЛИ:"),
    "votes": L("Дауыс беру нәтижелері:", "Результаты голосования:"),
    "motion": L("Ұсыныс", "Предложение"),
    "for": L("«Жақтап»", "«За»"),
    "keep": L("Бағалаушы қойған {old} балл бағаны өзгеріссіз қалдыру",
              "Оставить оценку оценивающего лица {old} без изменения"),
    "up": L("Бағаны {new} балға дейін арттыру (бұрын {old})", "Повысить оценку с {old} до {new}"),
    "down": L("Бағаны {new} балға дейін төмендету (бұрын {old})", "Понизить оценку с {old} до {new}"),
    "place": L("Өткізілген орны:", "Место проведения:"),
    "order": L("Негіздеме: {date} № {number} өкім.", "Основание: распоряжение от {date} № {number}."),
}


def _agenda_item(c: ProtocolCase, lang: DocLang) -> str:
    if lang == "ru":
        return (f"О рассмотрении обращения о несогласии с результатами оценки деятельности за {c.period.ru}: "
                f"{c.appellant.name('ru')}, {c.appellant.position('ru')} (обращение от "
                f"{short_date(c.appeal_filed_on)}).")
    return (f"{c.appellant.name('kk')} ({c.appellant.position('kk')}) {c.period.kk} қызметін бағалау "
            f"нәтижелерімен келіспеуі туралы {short_date(c.appeal_filed_on)} өтінішін қарау туралы.")


def motion_text(new: float | None, old: float, lang: DocLang) -> str:
    key = "keep" if new is None or abs(new - old) < 1e-9 else ("up" if new > old else "down")
    return T[key].text(lang).format(old=score_text(old), new=score_text(new))  # type: ignore[arg-type]


def _heard(i: int, c: ProtocolCase, lang: DocLang) -> list[Block]:
    out: list[Block] = [Para(f"{i}. {T['heard'].text(lang)}", bold=True, space_before=8, align="left")]
    ev, ap = c.evaluator, c.appellant
    if lang == "ru":
        out.append(Para(f"{ev.name('ru')}, {ev.position('ru')} (оценивающее лицо), кратко описал(а) работу "
                        f"оцениваемого лица и аргументировал(а) оценку {score_text(c.original_score)}: "
                        f"{c.evaluator_argument or '—'}", indent=True))
        form = "устно" if c.appellant_oral else "письменно"
        out.append(Para(f"{ap.name('ru')}, {ap.position('ru')}, {form} изложил(а) своё несогласие с оценкой: "
                        f"{c.appellant_argument or '—'}", indent=True))
    else:
        out.append(Para(f"{ev.name('kk')}, {ev.position('kk')} (бағалаушы тұлға), бағаланушының жұмысын қысқаша "
                        f"сипаттап, қойған {score_text(c.original_score)} бағасын негіздеді: "
                        f"{c.evaluator_argument or '—'}", indent=True))
        form = "ауызша" if c.appellant_oral else "жазбаша"
        out.append(Para(f"{ap.name('kk')}, {ap.position('kk')}, бағамен келіспеуін {form} негіздеді: "
                        f"{c.appellant_argument or '—'}", indent=True))
    for m in c.motions:
        if m.proposed_by and m.reasoning:
            who = m.proposed_by.name(lang)
            verb = "предложил(а)" if lang == "ru" else "ұсынды"
            out.append(Para(f"{who} {verb}: {motion_text(m.new_score, c.original_score, lang).lower()}. "
                            f"{m.reasoning}", indent=True))
    rows = [(T["motion"].text(lang), T["for"].text(lang))]
    rows += [(f"{j}) {motion_text(m.new_score, c.original_score, lang)}", str(m.votes_for))
             for j, m in enumerate(c.motions, 1)]
    out.append(Para(T["votes"].text(lang), indent=True))
    out.append(Table(tuple(rows), (0.8, 0.2)))
    return out


def _decided(i: int, c: ProtocolCase, data: ProtocolData, lang: DocLang) -> list[Block]:
    out: list[Block] = [Para(T["decided"].text(lang), bold=True, align="left")]
    ap, ev = c.appellant, c.evaluator
    if c.adopted is None or c.final_score is None:
        text = ("Ни одно предложение не получило большинства голосов; решение не принято."
                if lang == "ru" else "Бірде-бір ұсыныс көпшілік дауыс жинаған жоқ; шешім қабылданбады.")
        return [*out, Para(f"{i}.1. {text}", indent=True)]
    votes = c.motions[c.adopted].votes_for
    grade = f" — {c.final_grade.text(lang)}" if c.final_grade else ""
    if lang == "ru":
        out.append(Para(f"{i}.1. {motion_text(c.motions[c.adopted].new_score, c.original_score, 'ru')}: "
                        f"итоговая оценка за {c.period.ru} ({ap.short('ru')}) — {score_text(c.final_score)}{grade} "
                        f"(«за» — {votes} из {c.eligible} членов, имеющих право голоса по делу).", indent=True))
        due = f" в срок до {short_date(c.feedback_due)}" if c.feedback_due else ""
        out.append(Para(f"{i}.2. {ev.name('ru')} провести встречу с оцениваемым лицом ({ap.short('ru')}) и предоставить обратную "
                        f"связь о результатах итоговой оценки (п. 23 Методики){due}.", indent=True))
    else:
        out.append(Para(f"{i}.1. {motion_text(c.motions[c.adopted].new_score, c.original_score, 'kk')}: "
                        f"{c.period.kk} қорытынды баға ({ap.short('kk')}) — {score_text(c.final_score)}{grade} "
                        f"(«жақтап» — іс бойынша дауыс беру құқығы бар {c.eligible} мүшенің {votes}).",
                        indent=True))
        due = f" {short_date(c.feedback_due)} дейін" if c.feedback_due else ""
        out.append(Para(f"{i}.2. {ev.name('kk')}{due} бағаланушымен ({ap.short('kk')}) кездесу өткізіп, қорытынды баға "
                        f"нәтижелері бойынша кері байланыс берсін (Әдістеменің 23-тармағы).", indent=True))
    return out


def _people(members: list, lang: DocLang) -> str:
    return "; ".join(f"{m.person.name(lang)} — {m.person.position(lang)}" if m.person.position(lang)
                     else m.person.name(lang) for m in members)


def _one_language(data: ProtocolData, lang: DocLang) -> list[Block]:
    def t(k: str) -> str:
        return T[k].text(lang)
    out: list[Block] = [
        *heading(data.org_name.text(lang), t("title")),
        Para(t("subtitle"), align="center"),
        DateNumber(long_date(data.held_on, lang), f"№ {data.number}"),
        Para(data.place, align="center"),
    ]
    chair, secretary = data.by_role("chair"), data.by_role("secretary")
    out.append(Para(_people(chair, lang), label=t("chair"), space_before=6))
    out.append(Para(_people(secretary, lang), label=t("secretary")))
    present = [m for m in data.members if m.present and m.role == "member"]
    absent = [m for m in data.members if not m.present]
    out.append(Para(_people(present, lang), label=t("present")))
    if absent:
        out.append(Para(_people(absent, lang), label=t("absent")))
    if data.order_number:
        out.append(Para(t("order").format(date=short_date(data.order_date), number=data.order_number)))
    out.append(Para(t("agenda"), align="center", bold=True, space_before=8))
    for i, c in enumerate(data.cases, 1):
        out.append(Para(f"{i}. {_agenda_item(c, lang)}", indent=True))
    for i, c in enumerate(data.cases, 1):
        out += _heard(i, c, lang)
        out += _decided(i, c, data, lang)
    n = len(data.cases) + 1
    if data.hr_responsible is not None:
        who = data.hr_responsible.name(lang)
        due = short_date(data.post_due) if data.post_due else ""
        text = (f"{n}. {who} разместить настоящий протокол в информационной системе в течение трёх рабочих дней "
                f"со дня его подписания{f' (до {due})' if due else ''} (п. 22 Методики)." if lang == "ru" else
                f"{n}. {who} осы хаттаманы қол қойылған күнінен бастап үш жұмыс күні ішінде"
                f"{f' ({due} дейін)' if due else ''} ақпараттық жүйеге орналастырсын (Әдістеменің 22-тармағы).")
        out.append(Para(text, indent=True, space_before=4))
    out.append(Signatures(_signature_rows(data, lang)))
    return out


def _signature_rows(data: ProtocolData, lang: DocLang) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    member_word = "Член сессии" if lang == "ru" else "Сессия мүшесі"
    for m in data.by_role("chair"):
        rows.append((T["chair"].text(lang).rstrip(":"), m.person.short(lang)))
    for m in data.by_role("member"):
        rows.append((member_word, m.person.short(lang)))
    for m in data.by_role("secretary"):
        rows.append((T["secretary"].text(lang).rstrip(":"), m.person.short(lang)))
    return tuple(rows)


def protocol_blocks(data: ProtocolData, lang: DocLang) -> list[Block]:
    return in_languages(lambda one: _one_language(data, one), lang)


def protocol_title(data: ProtocolData, lang: DocLang) -> str:
    return f"{T['title'].text(lang)} № {data.number}"
