"""The bonus scale printed as the methodology's appendix (000 "Приложение 1-1"): items grouped by level
+5 … +1 with their rules; for a points methodology also the penalty items (002 §21–§22), the unit head's
personal points (002 §26), the disciplinary deduction (002 §21) and the efficiency coefficient (002 §18).
Serif, 12 pt (an attachment to an official act); "both": the Kazakh scale, then the Russian one from a new
page, each numbered from 1 in its own language.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain.citation import approved_by, source_text
from desktop_app.domain.methodology.fmt import plain, signed
from desktop_app.domain.methodology.model import BonusItem, Methodology, PenaltyItem, PointRule
from desktop_app.reports.labels import DocLang, L
from desktop_app.reports.pdf_base import SerifDocument
from desktop_app.reports.scale_text import rule_lines

# The scale is the appendix of the office's own methodology, named with the act that approved it.
# The appendix names the act as its title reads, the approving act follows on the next line: not
# "к методике «Методика оценки …»" (the version's name is a label of the program, not the act's title).
APPENDIX = L("«Б» корпусының әкімшілік мемлекеттік қызметшілерінің қызметін бағалау әдістемесіне қосымша",
             "Приложение к Методике оценки деятельности административных государственных служащих корпуса «Б»")
# no Kazakh case suffix glued after a date written in figures (GLOSSARY.md)
IN_FORCE = L("Қолданысқа енгізілген күні: {date} (нұсқа {version})", "действует с {date} (версия {version})")
# GLOSSARY.md: "шәкіл", the seeds' term, not the loanword "шкала"
TITLE = L("Көтермеленетін көрсеткіштер мен қызмет түрлері үшін балдар шәкілі",
          "Шкала баллов за поощряемые показатели и виды деятельности")
PENALTY_TITLE = L("Орындау және еңбек тәртібін бұзғаны үшін айыппұл балдары",
                  "Штрафные баллы за нарушения исполнительской и трудовой дисциплины")
H_POINTS = L("Балл", "Баллы")
H_ITEM = L("Көтермеленетін көрсеткіштер мен қызмет түрлері", "Поощряемые показатели и виды деятельности")
H_BREACH = L("Бұзушылық", "Нарушение")
H_GROUP = L("Тәртіп", "Дисциплина")
H_RULE = L("Есептеу тәртібі", "Порядок начисления")
H_SOURCE = L("Негіз", "Основание")
# the column is headed "Балл" / "Баллы": the cell is the number alone (no "+5 балл" against Russian grammar)
LEVEL = L("{n}", "{n}")
GROUP = {"executive": L("Орындау тәртібі", "Исполнительская дисциплина"),
         "labour": L("Еңбек тәртібі", "Трудовая дисциплина")}
BASE = L("Базалық балл: {n}.", "Базовый балл: {n}.")
PERSONAL = L("Бөлімше басшысының жеке балдары: {low} – {high} аралығында немесе {pen}; барлығы {cap} балдан аспайды; "
             "{n} және одан көп бұзушылық болса, көтермелеу балы қойылмайды (№ 233 бұйрықтың 26-тармағы).",
             "Личные баллы руководителя подразделения: от {low} до {high} или {pen}; всего не более {cap}; "
             "при {n} и более нарушениях поощрительные баллы не ставятся (пункт 26 приказа № 233).")
SANCTION = L("Тәртіптік жаза болса, жаза мерзімінің әр айы үшін қорытынды балдан {p} % шегеріледі ({src}).",
             "При наличии дисциплинарного взыскания за каждый месяц его срока из итогового балла вычитается "
             "{p} % ({src}).")
# 002 §18: looked up on the total of bonus points; it multiplies the result that counts the penalties.
EFFICIENCY = L("Тиімділік коэффициенті көтермелеу балдарының жиыны бойынша анықталады және айыппұл балдары "
               "ескерілген қорытынды нәтижеге көбейтіледі (№ 233 бұйрықтың 18-тармағы):",
               "Коэффициент эффективности определяется по сумме поощрительных баллов и умножается на итоговый "
               "результат с учётом штрафных баллов (пункт 18 приказа № 233):")
EFF_ROW = L("{low} көтермелеу балынан бастап – {c}", "от {low} поощрительных баллов – {c}")
COLS_MM = (18.0, 78.0, 46.0, 38.0)  # 180 mm frame; "+5" alone; "подпункт 26) пункта 17" on two lines
PENALTY_COLS_MM = (34.0, 62.0, 46.0, 38.0)  # "Исполнительская" (29 mm at 11 pt) unbroken


class ScalePdf(SerifDocument[Methodology]):
    base_size = 12.0
    per_language = True
    margins = (20 * mm, 10 * mm, 15 * mm, 18 * mm)

    def title(self, data: Methodology) -> str:
        return self.t(TITLE)

    def _say(self, kk: str, ru: str) -> str:
        """Cell text in the document's language (the scale is laid out once per language)."""
        return escape(ru if self.lang == "ru" else kk)

    def _source(self, source: str) -> str:
        """The item's ground cited as a person would ("подпункт 1) пункта 17 приказа № 233")."""
        return escape(source_text(source, "ru" if self.lang == "ru" else "kk"))

    def _rule(self, rule: PointRule, negative: bool = False) -> str:
        lang: DocLang = "ru" if self.lang == "ru" else "kk"
        return "<br/>".join(escape(x) for x in rule_lines(rule, lang, negative))

    def _head(self, m: Methodology) -> list[Flowable]:
        st = self.styles()
        right = ParagraphStyle("right", parent=st["small"], fontSize=10, leading=12, alignment=TA_RIGHT)
        lines = [self._say(APPENDIX.kk.format(name=m.name_kk), APPENDIX.ru.format(name=m.name_ru))]
        if m.act_number or m.act_date:
            lines.append(self._say(f"({approved_by(m, 'kk')})", f"({approved_by(m, 'ru')})"))
        eff = m.effective_from.strftime("%d.%m.%Y")
        lines.append(self._say(IN_FORCE.kk.format(date=eff, version=m.version),
                                IN_FORCE.ru.format(date=eff, version=m.version)))
        out: list[Flowable] = [Paragraph(x, right) for x in lines]
        out += [Spacer(1, 6 * mm), Paragraph(self._say(TITLE.kk, TITLE.ru), st["title"])]
        return out

    def _table(self, header: list[str], rows: list[list[str]], group_starts: set[int],
               cols: tuple[float, ...] = COLS_MM) -> Table:
        st = self.styles()
        cell, bold = st["cell"], st["cell_bold"]
        data = [[Paragraph(h, bold) for h in header]]
        data += [[Paragraph(c, cell) for c in r] for r in rows]
        table = Table(data, colWidths=[w * mm for w in cols], repeatRows=1)
        style = self.table_style()
        # The level stands once per group, as in 000 Appendix 1-1: hide the lines between its rows.
        for r in range(1, len(data)):
            if r not in group_starts:
                style.add("LINEABOVE", (0, r), (0, r), 0.6, colors.white)
        style.add("BOX", (0, 0), (-1, -1), 0.6, colors.black)
        table.setStyle(style)
        return table

    def _bonus_rows(self, m: Methodology) -> tuple[list[list[str]], set[int]]:
        rows: list[list[str]] = []
        starts: set[int] = set()
        for level, items in m.bonus_levels().items():
            for i, item in enumerate(items):
                if i == 0:
                    starts.add(len(rows) + 1)
                lvl = self._say(LEVEL.kk.format(n=signed(level)), LEVEL.ru.format(n=signed(level))) if i == 0 else ""
                rows.append(self._item_row(lvl, item))
        return rows, starts

    def _item_row(self, first: str, item: BonusItem | PenaltyItem) -> list[str]:
        negative = isinstance(item, PenaltyItem)
        return [first, self._say(item.text_kk, item.text_ru), self._rule(item.rule, negative), self._source(item.source)]

    def _penalty_rows(self, m: Methodology) -> tuple[list[list[str]], set[int]]:
        rows: list[list[str]] = []
        starts: set[int] = set()
        for group in ("executive", "labour"):
            items = [p for p in m.penalty_items if p.group == group]
            for i, item in enumerate(items):
                if i == 0:
                    starts.add(len(rows) + 1)
                rows.append(self._item_row(self._say(GROUP[group].kk, GROUP[group].ru) if i == 0 else "", item))
        return rows, starts

    def _rules_text(self, m: Methodology) -> list[Flowable]:
        st = self.styles()
        out: list[Flowable] = []
        if m.base_points is not None:
            out.append(Paragraph(self._say(BASE.kk.format(n=plain(m.base_points)),
                                            BASE.ru.format(n=plain(m.base_points))), st["body"]))
        p = m.personal_points
        if p is not None:
            kw = {"low": signed(p.min_points), "high": signed(p.max_points), "pen": signed(-p.penalty_points),
                      "cap": signed(p.cap), "n": str(p.blocked_from_breaches)}
            out.append(Paragraph(self._say(PERSONAL.kk.format(**kw), PERSONAL.ru.format(**kw)), st["body"]))
        if m.sanction is not None:
            share = plain(m.sanction.percent_per_month)
            kk, ru = (SANCTION.kk.format(p=share, src=source_text(m.sanction.source, "kk")),
                      SANCTION.ru.format(p=share, src=source_text(m.sanction.source, "ru")))
            out.append(Paragraph(self._say(kk, ru), st["body"]))
        if m.efficiency:
            steps = sorted(m.efficiency, key=lambda s: s.lower)
            out.append(Paragraph(self._say(EFFICIENCY.kk, EFFICIENCY.ru), st["body"]))
            for s in steps:
                kw = {"low": plain(s.lower), "c": plain(s.coefficient)}
                out.append(Paragraph("– " + self._say(EFF_ROW.kk.format(**kw), EFF_ROW.ru.format(**kw)), st["body"]))
        return out

    def story(self, data: Methodology) -> list[Flowable]:
        st = self.styles()
        out = self._head(data)
        rows, starts = self._bonus_rows(data)
        header = [self.t(H_POINTS), self.t(H_ITEM), self.t(H_RULE), self.t(H_SOURCE)]
        if not any(i.source for i in data.bonus_items):
            # the office's own scale cites no other act: no empty "Негіз / Основание" column
            header, rows = header[:-1], [r[:-1] for r in rows]
            out.append(self._table(header, rows, starts, (COLS_MM[0], COLS_MM[1] + COLS_MM[3], COLS_MM[2])))
        else:
            out.append(self._table(header, rows, starts))
        if data.penalty_items:
            out += [Spacer(1, 6 * mm), Paragraph(self._say(PENALTY_TITLE.kk, PENALTY_TITLE.ru), st["title"])]
            prow, pstarts = self._penalty_rows(data)
            pheader = [self.t(H_GROUP), self.t(H_BREACH), self.t(H_RULE), self.t(H_SOURCE)]
            out.append(self._table(pheader, prow, pstarts, PENALTY_COLS_MM))
        extra = self._rules_text(data)
        if extra:
            out += [Spacer(1, 5 * mm), *extra]
        return out


def render_scale(methodology: Methodology, lang: str = "kk") -> bytes:
    """PDF bytes of the methodology's bonus scale (and penalty rules) in "kk", "ru" or "both"."""
    if lang not in ("kk", "ru", "both"):
        raise ValueError(f"unknown document language {lang!r}")
    return ScalePdf(lang).render(methodology)  # type: ignore[arg-type]
