"""The rules of a bonus or penalty item in document wording (kk/ru), for the printed scale.

The interface has its own translated wording (domain rules.describe_rule); a document keeps its own
language whatever the interface language is, so the phrases are L(kk, ru) labels here.
"""
from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.citation import source_text
from desktop_app.domain.methodology.fmt import plain, signed
from desktop_app.domain.methodology.model import (
    FLAG_LATE_5_10,
    FLAG_LATE_60,
    FLAG_REPEAT,
    FLAG_SHORT_DEADLINE,
    CountTier,
    PointRule,
)
from desktop_app.domain.wording import ru_points_word
from desktop_app.reports.labels import DocLang, L

PER_FACT = L("әр фактіге {p}", "{p} за каждый факт")
# no suffix glued after a number (GLOSSARY.md): "+3-ден" would be wrong (үш → "+3-тен")
RANGE = L("әр фактіге {low} – {high} аралығында", "от {low} до {high} за каждый факт")
TIER = L("{span} – {p}", "{span} – {p}")
FROM = L("{low} және одан жоғары", "{low} и более")
BY_COUNT = L("тоқсандағы саны бойынша:", "по количеству за квартал:")
TIER_MULT = L("{p} × {m}", "{p} × {m}")
MIN_Q = L("кемінде {n} факт болғанда ғана", "только при {n} и более фактах")
MULT_Q = L("тоқсанда {n} және одан көп факт болса – × {f}", "при {n} и более фактах за квартал – × {f}")
MULT_FLAG = L("{what} – × {f}", "{what} – × {f}")
CAP = L("тоқсанына {cap} балдан аспайды", "не более {cap} {word} за квартал")
CAP_SHARED = L("«{group}» негізіндегі тармақтармен бірге тоқсанына {cap} балдан аспайды",
               "вместе с позициями по основанию «{group}» не более {cap} {word} за квартал")
NOT_GIVEN = L("{what} – балл қойылмайды", "{what} – баллы не ставятся")
CO_FIXED = L("бірлесіп орындаушыға – әр фактіге {p}", "соисполнителю – {p} за каждый факт")
CO_HALF = L("бірлесіп орындаушыға – балдың жартысы", "соисполнителю – половина баллов")
FLAGS = {
    # 002 §17 2), §21 2)–3): "кемінде 3 жұмыс күні" — at least, as the text says
    FLAG_SHORT_DEADLINE: L("орындау мерзімі кемінде 3 жұмыс күні бар құжат",
                           "документ со сроком исполнения не менее 3 рабочих дней"),
    FLAG_LATE_5_10: L("мерзім 5-тен 10 күнге дейін бұзылса", "при нарушении срока на 5–10 дней"),
    FLAG_REPEAT: L("ауырлататын қайталау", "отягчающее повторение"),
    FLAG_LATE_60: L("кешігулер жиынтығы 60 минуттан асса", "опоздания в сумме более 60 минут"),
}


def _t(label: L, lang: DocLang, **kw: str) -> str:
    return label.text(lang).format(**kw)


def _tier(t: CountTier, lang: DocLang, sgn: Decimal) -> str:
    span = f"{plain(t.lower)}–{plain(t.upper)}" if t.upper is not None else _t(FROM, lang, low=plain(t.lower))
    p = signed(sgn * t.points)
    if t.multiplier != 1:
        p = _t(TIER_MULT, lang, p=p, m=plain(t.multiplier))
    return _t(TIER, lang, span=span, p=p)


def rule_lines(rule: PointRule, lang: DocLang, negative: bool = False) -> list[str]:
    """One short line per part of the rule, in one document language ("kk" or "ru")."""
    sgn = Decimal(-1) if negative else Decimal(1)
    out: list[str] = []
    if rule.kind == "range":
        out.append(_t(RANGE, lang, low=signed(sgn * rule.min_points), high=signed(sgn * rule.max_points)))
    elif rule.kind == "tiers":
        out.append(BY_COUNT.text(lang))
        out += [_tier(t, lang, sgn) for t in sorted(rule.tiers, key=lambda t: t.lower)]
    else:
        out.append(_t(PER_FACT, lang, p=signed(sgn * rule.points)))
    if rule.min_quantity:
        out.append(_t(MIN_Q, lang, n=str(rule.min_quantity)))
    for m in rule.multipliers:
        if m.when == "min_quantity":
            out.append(_t(MULT_Q, lang, n=str(m.min_quantity), f=plain(m.factor)))
        else:
            what = FLAGS.get(m.flag, L(m.flag, m.flag)).text(lang)
            if m.factor == 0:
                out.append(_t(NOT_GIVEN, lang, what=what))
            else:
                out.append(_t(MULT_FLAG, lang, what=what, f=plain(m.factor)))
    if rule.co_executor is not None:
        if rule.co_executor.kind == "half":
            out.append(CO_HALF.text(lang))
        else:
            out.append(_t(CO_FIXED, lang, p=signed(sgn * rule.co_executor.points)))
    if rule.cap is not None and rule.cap_group:
        out.append(_t(CAP_SHARED, lang, cap=signed(sgn * rule.cap), group=source_text(rule.cap_group, lang),
                      word=ru_points_word(rule.cap)))
    elif rule.cap is not None:
        out.append(_t(CAP, lang, cap=signed(sgn * rule.cap), word=ru_points_word(rule.cap)))
    return out
