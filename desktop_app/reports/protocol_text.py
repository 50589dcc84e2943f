"""The words of a calibration session protocol (001 §22), laid out as an apparatus protocol (004 §9.3–9.5).

Header with the body's name, ХАТТАМА / ПРОТОКОЛ, date and number, place; chair, secretary, members present
and absent, the invited (each case's evaluator and appellant, who are not members, 001 §19); the quorum;
the agenda; per case ТЫҢДАЛДЫ / СЛУШАЛИ (the evaluator's and the appellant's arguments), СӨЙЛЕДІ /
ВЫСТУПИЛИ (the motions and who argued them), ДАУЫС БЕРУ / ГОЛОСОВАЛИ (for, against, abstained per motion,
and how each member voted), ШЕШІМ ҚАБЫЛДАНДЫ / РЕШИЛИ in numbered points, each task with the person
responsible and the term (004 §9.3), and who controls execution (004 §9.5); a signature line for every
member. Tasks are written "Жауапты: Кушербаев Д.Б., мерзімі — …" / "Ответственный: Кушербаев Д.Б., срок —
до …", so no name has to be declined. "both": the Kazakh copy, then the Russian one, each numbered on its own.
"""
from __future__ import annotations

from desktop_app.domain.people import name_sort_key, ru_by_sex
from desktop_app.domain.wording import kk_date_of, ru_plural
from desktop_app.reports.blocks import Block, DateNumber, Para, Signatures, Table, heading, in_languages
from desktop_app.reports.calibration_data import (
    Named,
    ProtocolCase,
    ProtocolData,
    by_alphabet,
    kk_until_date,
    long_date,
    lower_first,
    score_text,
    short_date,
)
from desktop_app.reports.kk_numbers import kk_partitive
from desktop_app.reports.labels import DocLang, L

T = {
    "title": L("ХАТТАМА", "ПРОТОКОЛ"),
    "subtitle": L("калибрлеу сессиясының отырысы", "заседания калибровочной сессии"),
    "chair": L("Төраға:", "Председатель:"),
    "secretary": L("Хатшы:", "Секретарь:"),
    "present": L("Қатысқан мүшелер:", "Присутствовали члены калибровочной сессии:"),
    "absent": L("Қатыспаған мүшелер:", "Отсутствовали:"),
    "invited": L("Шақырылғандар:", "Приглашённые:"),
    "agenda": L("КҮН ТӘРТІБІ:", "ПОВЕСТКА ДНЯ:"),
    "heard": L("ТЫҢДАЛДЫ:", "СЛУШАЛИ:"),
    "spoke": L("СӨЙЛЕДІ:", "ВЫСТУПИЛИ:"),
    "voted": L("ДАУЫС БЕРУ:", "ГОЛОСОВАЛИ:"),
    "decided": L("ШЕШІМ ҚАБЫЛДАНДЫ:", "РЕШИЛИ:"),
    "motion": L("Ұсыныс", "Предложение"),
    "for": L("Жақтап", "За"),
    "against": L("Қарсы", "Против"),
    "abstained": L("Қалыс қалды", "Воздержались"),
    "member": L("Сессия мүшесі", "Член калибровочной сессии"),
    "ballot": L("Дауысы", "Голос"),
    "evaluator_role": L("бағалаушы тұлға", "оценивающее лицо"),
    "appellant_role": L("бағаланушы", "оцениваемое лицо"),
    "keep": L("бағалаушы қойған бағаны ({old} балл) өзгеріссіз қалдыру",
              "оставить оценку оценивающего лица ({old}) без изменения"),
    "up": L("бағаны арттыру: {old} орнына {new} балл", "повысить оценку с {old} до {new}"),
    "down": L("бағаны төмендету: {old} орнына {new} балл", "понизить оценку с {old} до {new}"),
    # what a member proposed: the Kazakh verb closes the sentence, the Russian one opens it
    "keep_acc": L("бағалаушы қойған бағаны ({old} балл) өзгеріссіз қалдыруды ұсынды",
                  "оставить оценку оценивающего лица ({old}) без изменения"),
    "up_acc": L("бағаны арттыруды ұсынды ({old} орнына {new} балл)", "повысить оценку с {old} до {new}"),
    "down_acc": L("бағаны төмендетуді ұсынды ({old} орнына {new} балл)", "понизить оценку с {old} до {new}"),
}
_ACT_NAME = {"order": "бұйрық", "instruction": "өкім", "decision": "шешім"}   # "… № 12 бұйрық"
_ACT_OF = {"order": L("бұйрық", "приказ"), "instruction": L("өкім", "распоряжение"),
           "decision": L("шешім", "решение")}


def _kk_period_of(period: str) -> str:
    """"2026 жылғы 3-тоқсандағы" — the quarter before the noun it dates (GLOSSARY.md: one quarter style)."""
    return f"{period}дағы" if period.endswith("тоқсан") else period


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def motion_text(new: float | None, old: float, lang: DocLang, accusative: bool = False) -> str:
    key = "keep" if new is None or abs(new - old) < 1e-9 else ("up" if new > old else "down")
    label = T[f"{key}_acc" if accusative else key]
    return label.text(lang).format(old=score_text(old), new=score_text(new))  # type: ignore[arg-type]


def points(score: float, lang: DocLang) -> str:
    """"1,60 балл" / "1,60 балла" (a fraction takes the genitive singular in Russian)."""
    if lang == "kk":
        return f"{score_text(score)} балл"
    whole = abs(score - round(score)) < 1e-9
    word = ru_plural(round(score), "балл", "балла", "баллов") if whole else "балла"
    return f"{score_text(score)} {word}"


def quoted(text: str) -> str:
    """A speaker's own words in «…», the sentence closed after them: «Низкое качество работы».
    A full stop typed at the end moves outside the quotes; quotes inside become „…“ (GLOSSARY.md)."""
    words = text.strip()
    if not words:
        return ""
    if words.endswith(".") and not words.endswith(".."):
        words = words[:-1].rstrip()
    words = words.replace("«", "„").replace("»", "“")
    return f"«{words}»."


def _said(lead: str, text: str) -> str:
    """"<lead>: «<text>»." or, with nothing typed, "<lead".": the sentence always ends."""
    words = quoted(text)
    return f"{lead}: {words}" if words else f"{lead}."


def _agenda_item(c: ProtocolCase, lang: DocLang) -> str:
    ap = c.appellant
    if lang == "ru":
        return (f"О рассмотрении обращения о несогласии с результатами оценки деятельности за "
                f"{c.period.ru}: {ap.described('ru')} (обращение от {short_date(c.appeal_filed_on)}).")
    return (f"Қызметін бағалау нәтижелерімен келіспеу туралы өтінішті қарау туралы: {ap.described('kk')}; "
            f"бағалау кезеңі — {c.period.kk}; {kk_date_of(c.appeal_filed_on)} өтініш.")


def _heard(i: int, c: ProtocolCase, lang: DocLang) -> list[Block]:
    out: list[Block] = [Para(f"{i}. {T['heard'].text(lang)}", bold=True, space_before=8, align="left")]
    ev, ap = c.evaluator, c.appellant
    ev_arg, ap_arg = (a.text(lang) for a in c.arguments())
    if lang == "ru":
        form = "устно" if c.appellant_oral else "письменно"
        out.append(Para(_said(f"{ev.described('ru')}, оценивающее лицо: кратко "
                              f"{ru_by_sex(ev.male, 'описал', 'описала')} работу оцениваемого лица и "
                              f"{ru_by_sex(ev.male, 'аргументировал', 'аргументировала')} свою оценку "
                              f"({points(c.original_score, 'ru')})", ev_arg), indent=True))
        out.append(Para(_said(f"{ap.described('ru')}, оцениваемое лицо: {form} "
                              f"{ru_by_sex(ap.male, 'изложил', 'изложила')} своё несогласие с оценкой", ap_arg),
                        indent=True))
    else:
        form = "ауызша" if c.appellant_oral else "жазбаша"
        out.append(Para(_said(f"{ev.described('kk')}, бағалаушы тұлға: бағаланушының жұмысын қысқаша сипаттап, "
                              f"қойған бағасын ({points(c.original_score, 'kk')}) негіздеді", ev_arg), indent=True))
        out.append(Para(_said(f"{ap.described('kk')}, бағаланушы: бағамен келіспеуін {form} негіздеді", ap_arg),
                        indent=True))
    speakers = [m for m in c.motions if m.proposed_by]
    if speakers:
        out.append(Para(T["spoke"].text(lang), bold=True, align="left", space_before=4))
        for m in speakers:
            assert m.proposed_by is not None
            who = m.proposed_by
            text = m.reasons().text(lang)
            what = motion_text(m.new_score, c.original_score, lang, accusative=True)
            if lang == "ru":
                what = f"{ru_by_sex(who.male, 'предложил', 'предложила')} {what}"
            line = f"{who.described(lang)}: {what}."
            words = quoted(text)
            if words:   # "Довод: «…»." / "Дәлелі: «…»." — the speaker's reasoning as said
                line += f" {'Довод' if lang == 'ru' else 'Дәлелі'}: {words}"
            out.append(Para(line, indent=True))
    out += _votes(c, lang)
    return out


def _votes(c: ProtocolCase, lang: DocLang) -> list[Block]:
    t = {k: T[k].text(lang) for k in ("motion", "for", "against", "abstained", "member", "ballot")}
    out: list[Block] = [Para(T["voted"].text(lang), bold=True, align="left", space_before=4)]
    rows = [(t["motion"], t["for"], t["against"], t["abstained"])]
    for j, m in enumerate(c.motions):
        votes_for, against, abstained = c.counts(j)
        rows.append((f"{j + 1}) {_cap(motion_text(m.new_score, c.original_score, lang))}", str(votes_for),
                     str(against), str(abstained)))
    out.append(Table(tuple(rows), (0.44, 0.15, 0.15, 0.26)))
    if c.ballots:
        how = []
        for person, vote in sorted(c.ballots, key=lambda b: _key(b[0], lang)):
            if vote is None:
                word = (ru_by_sex(person.male, "воздержался", "воздержалась") if lang == "ru" else "қалыс қалды")
            else:
                word = f"за предложение {vote + 1}" if lang == "ru" else f"{vote + 1}-ұсынысты жақтады"
            how.append((person.short(lang), word))
        out.append(Table(((t["member"], t["ballot"]), *how), (0.55, 0.45)))
    return out


def _key(p: Named, lang: DocLang) -> tuple:
    return name_sort_key(p.name(lang), "ru" if lang == "ru" else "kk")


def _task(number: str, what: str, who: Named | None, due_text: str, lang: DocLang) -> Para:
    """"1.2. <what>. Жауапты: Кушербаев Д.Б., мерзімі — 2026 жылғы 28 қазанға дейін." (004 §9.3)."""
    if who is None:
        return Para(f"{number} {what}.", indent=True)
    if lang == "ru":
        tail = f" {ru_by_sex(who.male, 'Ответственный', 'Ответственная')}: {who.short('ru')}"
        tail += f", срок — {due_text}." if due_text else "."
    else:
        tail = f" Жауапты: {who.short('kk')}" + (f", мерзімі — {due_text}." if due_text else ".")
    return Para(f"{number} {what}.{tail}", indent=True)


def _decided(i: int, c: ProtocolCase, lang: DocLang) -> list[Block]:
    out: list[Block] = [Para(T["decided"].text(lang), bold=True, align="left", space_before=4)]
    ap, ev = c.appellant, c.evaluator
    if c.adopted is None or c.final_score is None:
        text = ("Ни одно предложение не получило большинства голосов членов калибровочной сессии; решение не "
                "принято." if lang == "ru" else
                "Бірде-бір ұсыныс калибрлеу сессиясы мүшелерінің көпшілік дауысын жинаған жоқ; шешім қабылданбады.")
        return [*out, Para(f"{i}.1. {text}", indent=True)]
    votes_for, against, abstained = c.counts(c.adopted)
    grade = f" — {lower_first(c.final_grade.text(lang))}" if c.final_grade else ""
    if lang == "ru":
        changed = abs(c.final_score - c.original_score) > 1e-9
        verb = "Установить" if changed else "Оставить без изменения"
        out.append(Para(
            f"{i}.1. {verb} итоговую оценку деятельности оцениваемого лица ({ap.short('ru')}) за {c.period.ru}: "
            f"{points(c.final_score, 'ru')}{grade}; первоначальная оценка оценивающего лица — "
            f"{points(c.original_score, 'ru')}. Решение принято большинством голосов: «за» — {votes_for}, "
            f"«против» — {against}, «воздержались» — {abstained} (членов, имеющих право голоса по делу, — "
            f"{c.eligible}).", indent=True))
        due = f"до {short_date(c.feedback_due)}" if c.feedback_due else ""
        out.append(_task(f"{i}.2.", "Провести встречу с оцениваемым лицом и предоставить обратную связь о "
                         "результатах итоговой оценки (пункт 23 Методики)", ev, due, "ru"))
    else:
        # a Kazakh decision closes on its verb ("… белгіленсін"), like every point of ШЕШІМ ҚАБЫЛДАНДЫ
        changed = abs(c.final_score - c.original_score) > 1e-9
        verb = "болып белгіленсін" if changed else "болып өзгеріссіз қалдырылсын"
        grade_kk = f" ({lower_first(c.final_grade.text('kk'))})" if c.final_grade else ""
        out.append(Para(
            f"{i}.1. Бағаланушының ({ap.short('kk')}) {_kk_period_of(c.period.kk)} қызметінің қорытынды бағасы "
            f"{points(c.final_score, 'kk')} {verb}{grade_kk}; бағалаушы қойған бастапқы баға — "
            f"{points(c.original_score, 'kk')}. Шешім көпшілік дауыспен қабылданды: «жақтап» — {votes_for}, "
            f"«қарсы» — {against}, «қалыс қалды» — {abstained} (іс бойынша дауыс беру құқығы бар мүшелер саны — "
            f"{c.eligible}).", indent=True))
        due = kk_until_date(c.feedback_due) if c.feedback_due else ""
        out.append(_task(f"{i}.2.", "Бағаланушымен кездесу өткізіліп, қорытынды баға нәтижелері бойынша кері "
                         "байланыс берілсін (Әдістеменің 23-тармағы)", ev, due, "kk"))
    return out


def _people(people: list[Named], lang: DocLang) -> str:
    # printed left-aligned: a justified list of long names opens wide gaps on its lines (QA A13)
    return "; ".join(p.described(lang) for p in by_alphabet(people, lang))


def _quorum(data: ProtocolData, lang: DocLang) -> str:
    """Quorum: more than half of the members present. 001 sets no quorum, but a score is adopted by a
    majority of the members (001 §22, domain/calibration.py), which a sitting of fewer cannot give."""
    total = len(data.members)
    present = sum(1 for m in data.members if m.present)
    ok = present * 2 > total
    if lang == "ru":
        verb = ru_plural(present, "присутствовал", "присутствовали", "присутствовали")
        members = ru_plural(total, "члена", "членов", "членов")
        return (f"На заседании {verb} {present} из {total} {members} калибровочной сессии; "
                f"{'кворум имеется' if ok else 'кворума нет'}.")
    return (f"Отырысқа калибрлеу сессиясының {total} мүшесінің {kk_partitive(present)} қатысты; "
            f"{'кворум бар' if ok else 'кворум жоқ'}.")


def _one_language(data: ProtocolData, lang: DocLang) -> list[Block]:
    def t(k: str) -> str:
        return T[k].text(lang)
    out: list[Block] = [
        *heading(data.org_name.text(lang), t("title")),
        Para(t("subtitle"), align="center"),
        DateNumber(long_date(data.held_on, lang), f"№ {data.number}"),
        Para(data.places().text(lang), align="center"),
    ]
    chair, secretary = data.by_role("chair"), data.by_role("secretary")
    out.append(Para(_people([m.person for m in chair], lang), label=t("chair"), space_before=6, align="left"))
    out.append(Para(_people([m.person for m in secretary], lang), label=t("secretary"), align="left"))
    present = [m.person for m in data.members if m.present and m.role == "member"]
    absent = [m.person for m in data.members if not m.present]
    out.append(Para(_people(present, lang), label=t("present"), align="left"))
    if absent:
        out.append(Para(_people(absent, lang), label=t("absent"), align="left"))
    invited: list[Named] = []
    sitting = {m.person for m in data.members}
    for c in data.cases:
        for p in (c.evaluator, c.appellant):
            if p not in invited and p not in sitting:   # a member is listed once, as a member
                invited.append(p)
    if invited:
        roles: dict[Named, str] = {}
        for c in data.cases:
            roles.setdefault(c.evaluator, t("evaluator_role"))
            roles.setdefault(c.appellant, t("appellant_role"))
        out.append(Para("; ".join(f"{p.described(lang)} ({roles[p]})" for p in by_alphabet(invited, lang)),
                        label=t("invited"), align="left"))
    out.append(Para(_quorum(data, lang)))
    if data.order_number:
        if lang == "ru":
            act_ru = _ACT_OF.get(data.order_act, _ACT_OF["order"]).ru
            basis = f"Основание: {act_ru} от {short_date(data.order_date)} № {data.order_number}."
        else:
            dated = f"{kk_date_of(data.order_date)} " if data.order_date else ""
            basis = f"Негіздеме: {dated}№ {data.order_number} {_ACT_NAME.get(data.order_act, 'бұйрық')}."
        out.append(Para(basis))
    out.append(Para(t("agenda"), align="center", bold=True, space_before=8))
    for i, c in enumerate(data.cases, 1):
        out.append(Para(f"{i}. {_agenda_item(c, lang)}", indent=True))
    for i, c in enumerate(data.cases, 1):
        out += _heard(i, c, lang)
        out += _decided(i, c, lang)
    n = len(data.cases) + 1
    if data.hr_responsible is not None:
        if lang == "ru":
            what = ("Разместить настоящий протокол в информационной системе в течение трёх рабочих дней со дня его "
                    "подписания (пункт 22 Методики)")
            due = f"до {short_date(data.post_due)}" if data.post_due else ""
        else:
            what = ("Осы хаттама қол қойылған күнінен бастап үш жұмыс күні ішінде ақпараттық жүйеге "
                    "орналастырылсын (Әдістеменің 22-тармағы)")
            due = kk_until_date(data.post_due) if data.post_due else ""
        out.append(_task(f"{n}.", what, data.hr_responsible, due, lang))
        n += 1
    if chair:
        who = chair[0].person.short(lang)
        out.append(Para(f"{n}. Контроль за исполнением решений настоящего протокола возложить на председателя "
                        f"калибровочной сессии ({who})." if lang == "ru" else
                        f"{n}. Осы хаттама шешімдерінің орындалуын бақылау калибрлеу сессиясының төрағасына "
                        f"({who}) жүктелсін.", indent=True))
    out.append(Signatures(_signature_rows(data, lang)))
    return out


def _signature_rows(data: ProtocolData, lang: DocLang) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    for m in data.by_role("chair"):
        rows.append((T["chair"].text(lang).rstrip(":"), m.person.short(lang)))
    for p in by_alphabet([m.person for m in data.by_role("member") if m.present], lang):
        rows.append((T["member"].text(lang), p.short(lang)))
    for m in data.by_role("secretary"):
        rows.append((T["secretary"].text(lang).rstrip(":"), m.person.short(lang)))
    return tuple(rows)


def protocol_blocks(data: ProtocolData, lang: DocLang) -> list[Block]:
    return in_languages(lambda one: _one_language(data, one), lang)


def protocol_title(data: ProtocolData, lang: DocLang) -> str:
    return f"{T['title'].text(lang)} № {data.number}"
