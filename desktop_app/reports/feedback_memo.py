"""Memo of the feedback meeting the evaluator holds after the calibration session (001 §23).

Signed by the evaluator with the position; the evaluee acquaints with it: "Танысты" / "Ознакомлен" or
"Ознакомлена" (by the sex, never "(а)"), with a date line to fill in by hand.
"""
from __future__ import annotations

from desktop_app.domain.people import ru_by_sex
from desktop_app.domain.wording import kk_date_of
from desktop_app.reports.blocks import Block, DateNumber, Para, Signatures, heading, in_languages
from desktop_app.reports.blocks_docx import render_docx
from desktop_app.reports.blocks_pdf import BlockPaper, BlocksPdf
from desktop_app.reports.calibration_data import (
    BLANK_DATE,
    FeedbackMemoData,
    long_date,
    score_text,
    short_date,
)
from desktop_app.reports.labels import DocLang, L
from desktop_app.reports.protocol_text import points

T = {
    # a record of what was said at the meeting (a "памятка" is an instruction leaflet, not a record)
    "title": L("КЕРІ БАЙЛАНЫС КЕЗДЕСУІН ӨТКІЗУ ТУРАЛЫ АНЫҚТАМА", "СПРАВКА О ПРОВЕДЕНИИ ВСТРЕЧИ ПО ОБРАТНОЙ СВЯЗИ"),
    "basis": L("(Әдістеменің 23-тармағы)", "(пункт 23 Методики)"),
    "evaluee": L("Бағаланушы:", "Оцениваемое лицо:"),
    "evaluator": L("Бағалаушы:", "Оценивающее лицо:"),
    "period": L("Бағалау кезеңі:", "Оцениваемый период:"),
    "score": L("Калибрлеу сессиясынан кейінгі қорытынды баға:", "Итоговая оценка после калибровочной сессии:"),
    "original": L("бастапқы баға", "первоначальная оценка"),
    "session": L("Калибрлеу сессиясының хаттамасы:", "Протокол калибровочной сессии:"),
    "ach": L("1. Бағаланған кезеңдегі жетістіктерге шолу", "1. Обзор достижений за оцениваемый период"),
    "skills": L("2. Дағдылар мен құзыреттердің дамуына шолу", "2. Обзор развития навыков и компетенций"),
    "potential": L("3. Әлеует пен мансаптық ұмтылыстарды талқылау",
                   "3. Обзор потенциала и обсуждение карьерных устремлений"),
}


def _body(data: FeedbackMemoData, lang: DocLang) -> list[Block]:
    def t(k: str) -> str:
        return T[k].text(lang)
    # "1,30 балла (первоначальная оценка — 0,80 балла)": a score always with its unit
    score = points(data.final_score, lang) if data.final_score is not None else score_text(None)
    if data.original_score is not None and data.final_score is not None and \
            abs(data.original_score - data.final_score) > 1e-9:
        score += f" ({t('original')} — {points(data.original_score, lang)})"
    out: list[Block] = [
        *heading(data.org_name.text(lang), t("title")),
        Para(t("basis"), align="center"),
        DateNumber(long_date(data.held_on, lang), ""),
        Para(data.evaluee.described(lang), label=t("evaluee"), align="left"),
        Para(data.evaluator.described(lang), label=t("evaluator"), align="left"),
        Para(data.period.text(lang), label=t("period"), align="left"),
        Para(score, label=t("score"), align="left"),
    ]
    if data.session_number:
        if lang == "kk":      # "2026 жылғы 20 қазандағы № 1"
            dated = f"{kk_date_of(data.session_date)} " if data.session_date else ""
            text = f"{dated}№ {data.session_number}"
        else:
            dated = f" от {short_date(data.session_date)}" if data.session_date else ""
            text = f"№ {data.session_number}{dated}"
        out.append(Para(text, label=t("session"), align="left"))
    for key, topic in zip(("ach", "skills", "potential"), data.texts(), strict=True):
        out.append(Para(t(key), bold=True, align="left", space_before=8))
        out.append(Para(topic.text(lang) or "—", indent=True))
    ev, ee = data.evaluator, data.evaluee
    position = ev.position(lang)
    role = f"{T['evaluator'].text(lang).rstrip(':')}, {position[:1].lower() + position[1:]}" if position else \
        T["evaluator"].text(lang).rstrip(":")
    out.append(Signatures(((role, ev.short(lang)),)))
    acquainted = ru_by_sex(ee.male, "Ознакомлен", "Ознакомлена") if lang == "ru" else "Танысты"
    blank = BLANK_DATE.text("ru" if lang == "ru" else "kk")
    out.append(Signatures(((acquainted, ee.short(lang)),)))
    out.append(Para(blank, align="right", space_before=4))
    return out


def memo_blocks(data: FeedbackMemoData, lang: DocLang) -> list[Block]:
    return in_languages(lambda one: _body(data, one), lang)


def render_memo_pdf(data: FeedbackMemoData, lang: DocLang = "kk") -> bytes:
    return BlocksPdf(lang).render(BlockPaper(T["title"].text(lang), memo_blocks(data, lang)))


def render_memo_docx(data: FeedbackMemoData, lang: DocLang = "kk") -> bytes:
    return render_docx(T["title"].text(lang), memo_blocks(data, lang), lang, data.org_name.text("ru" if lang == "ru" else "kk"))
