"""Memo of the feedback meeting the evaluator holds after the calibration session (001 §23)."""
from __future__ import annotations

from desktop_app.reports.blocks import Block, DateNumber, Para, Signatures, heading, in_languages
from desktop_app.reports.blocks_docx import render_docx
from desktop_app.reports.blocks_pdf import BlockPaper, BlocksPdf
from desktop_app.reports.calibration_data import FeedbackMemoData, long_date, score_text
from desktop_app.reports.labels import DocLang, L

T = {
    "title": L("КЕРІ БАЙЛАНЫС КЕЗДЕСУІНІҢ ЖАДНАМАСЫ", "ПАМЯТКА ВСТРЕЧИ ПО ОБРАТНОЙ СВЯЗИ"),
    "basis": L("(Әдістеменің 23-тармағы)", "(пункт 23 Методики)"),
    "evaluee": L("Бағаланушы:", "Оцениваемое лицо:"),
    "evaluator": L("Бағалаушы:", "Оценивающее лицо:"),
    "period": L("Бағалау кезеңі:", "Оцениваемый период:"),
    "score": L("Калибровкалық сессиядан кейінгі қорытынды баға:", "Итоговая оценка после калибровочной сессии:"),
    "original": L("бастапқы баға", "первоначальная оценка"),
    "session": L("Калибровкалық сессия хаттамасы №", "Протокол калибровочной сессии №"),
    "ach": L("1. Бағаланған кезеңдегі жетістіктерге шолу", "1. Обзор достижений за оцениваемый период"),
    "skills": L("2. Дағдылар мен құзыреттердің дамуына шолу", "2. Обзор развития навыков и компетенций"),
    "potential": L("3. Әлеует пен мансаптық ұмтылыстарды талқылау",
                   "3. Обзор потенциала и обсуждение карьерных устремлений"),
    "sign_evaluator": L("Бағалаушы", "Оценивающее лицо"),
    "sign_evaluee": L("Танысты", "Ознакомлен(а)"),
}


def _body(data: FeedbackMemoData, lang: DocLang) -> list[Block]:
    def t(k: str) -> str:
        return T[k].text(lang)
    score = score_text(data.final_score)
    if data.original_score is not None and data.final_score is not None and \
            abs(data.original_score - data.final_score) > 1e-9:
        score += f" ({t('original')} {score_text(data.original_score)})"
    out: list[Block] = [
        *heading(data.org_name.text(lang), t("title")),
        Para(t("basis"), align="center"),
        DateNumber(long_date(data.held_on, lang), ""),
        Para(f"{data.evaluee.name(lang)}, {data.evaluee.position(lang)}", label=t("evaluee")),
        Para(f"{data.evaluator.name(lang)}, {data.evaluator.position(lang)}", label=t("evaluator")),
        Para(data.period.text(lang), label=t("period")),
        Para(score, label=t("score")),
    ]
    if data.session_number:
        out.append(Para(data.session_number, label=t("session")))
    for key, text in (("ach", data.achievements), ("skills", data.skills), ("potential", data.potential)):
        out.append(Para(t(key), bold=True, align="left", space_before=8))
        out.append(Para(text or "—", indent=True))
    out.append(Signatures(((t("sign_evaluator"), data.evaluator.short(lang)),
                           (t("sign_evaluee"), data.evaluee.short(lang)))))
    return out


def memo_blocks(data: FeedbackMemoData, lang: DocLang) -> list[Block]:
    return in_languages(lambda one: _body(data, one), lang)


def render_memo_pdf(data: FeedbackMemoData, lang: DocLang = "kk") -> bytes:
    return BlocksPdf(lang).render(BlockPaper(T["title"].text(lang), memo_blocks(data, lang)))


def render_memo_docx(data: FeedbackMemoData, lang: DocLang = "kk") -> bytes:
    return render_docx(T["title"].text(lang), memo_blocks(data, lang), lang, data.org_name.text(lang))
