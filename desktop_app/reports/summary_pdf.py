"""The quarter summary (сводная ведомость / жиынтық тізімдеме): every evaluee by structural unit, with
totals per grade band (001 §7). Landscape A4, one big Table split across pages with the header repeated.

Speed (issue 4 bench): cells are plain strings wrapped with `wrap` (cached: positions and grades repeat),
not Paragraphs; only the header row uses Paragraphs.
"""
from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop_app.reports.evaluation_data import SummaryData, SummaryRow
from desktop_app.reports.evaluation_parts import (EvaluationDocument, fmt_date, fmt_score, quarter_text,
                                                  total_grades, value, wrap)
from desktop_app.reports.labels import L, DocLang

TITLE = L("Мемлекеттік қызметшілерді бағалау нәтижелерінің жиынтық тізімдемесі",
          "Сводная ведомость результатов оценки деятельности государственных служащих")
SUBTITLE = L("«Б» корпусының әкімшілік мемлекеттік қызметшілері",
             "административных государственных служащих корпуса «Б»")
HEADERS = (
    L("№", "№"),
    L("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"),
    L("Лауазымы", "Должность"),
    L("Санаты", "Категория"),
    L("Балл", "Балл"),
    L("Бағалау нәтижесі", "Результат оценки"),
    L("Мәртебесі", "Статус"),
    L("Ескертпе", "Примечание"),
)
# Column widths in mm (landscape A4 frame ≈ 260 mm); sized so that "Категория" and Kazakh words fit.
COLUMNS_MM = (9.0, 50.0, 52.0, 18.0, 14.0, 62.0, 22.0, 33.0)
UNIT_TOTAL = L("Бөлімше бойынша барлығы: {n}", "Итого по подразделению: {n}")
TOTALS = L("Бағалау нәтижелері бойынша қорытынды", "Итоги по результатам оценки")
TOTAL_HEAD = (L("Бағалау нәтижесі", "Результат оценки"), L("Саны", "Количество"), L("Үлесі, %", "Доля, %"))
NO_RESULT = L("Бағасы жоқ (бағаланбаған не енгізілмеген)", "Без оценки (не оценивались или не внесено)")
ALL = L("Барлығы", "Всего")
PREPARED = L("Жасалған күні: {date}", "Дата составления: {date}")
HR_ROLE = L("Персоналды басқару қызметі", "Служба управления персоналом")
METHODOLOGY = L("Әдістеме: {name}", "Методика: {name}")


@lru_cache(maxsize=4096)
def _wrapped(text: str, width: float, font: str, size: float) -> str:
    return wrap(text, width, font, size)


class SummaryPdf(EvaluationDocument[SummaryData]):
    landscape = True
    base_size = 10.0
    cell_size = 8.5
    margins = (20 * mm, 12 * mm, 16 * mm, 16 * mm)

    def title(self, data: SummaryData) -> str:
        return f"{self.t(TITLE)} — {quarter_text(self.lang, data.quarter, data.year)}"

    def story(self, data: SummaryData) -> list[Flowable]:
        s = self.styles()
        out: list[Flowable] = [
            Paragraph(value(self.lang, data.organisation, "<br/>"), s["subtitle"]),
            Paragraph(TITLE.lines(self.lang), s["title"]),
            Paragraph(f"{SUBTITLE.lines(self.lang)}<br/>{quarter_text(self.lang, data.quarter, data.year)}",
                      s["subtitle"]),
        ]
        if data.methodology.kk or data.methodology.ru:
            out.append(Paragraph(self.t(METHODOLOGY).format(name=value(self.lang, data.methodology, " / ")),
                                 s["small"]))
        out.append(self.rows_table(data))
        out.append(Spacer(1, 5 * mm))
        out.append(Paragraph(self.t(TOTALS), s["heading"]))
        out.append(self.totals_table(data))
        out.append(Spacer(1, 4 * mm))
        out.append(Paragraph(self.t(PREPARED).format(date=fmt_date(data.prepared_on)), s["body"]))
        out.append(self.signature_table([(HR_ROLE, data.hr_officer_name, data.hr_officer_position)]))
        return out

    # -- the big table ---------------------------------------------------------------------------
    def _row(self, number: int, row: SummaryRow, widths: list[float]) -> list[str]:
        lang, font, size = self.lang, self.font, self.cell_size
        texts = (str(number), value(lang, row.employee), value(lang, row.position), row.category,
                 fmt_score(row.score), value(lang, row.grade), value(lang, row.status), value(lang, row.note))
        return [_wrapped(t, w - 4, font, size) if t else "" for t, w in zip(texts, widths)]

    def rows_table(self, data: SummaryData) -> Table:
        widths = [w * mm for w in COLUMNS_MM]
        head_style = self.styles()["cell_bold"].clone("head", fontSize=self.cell_size,
                                                      leading=self.cell_size * 1.2)
        rows: list[list[str | Paragraph]] = [[Paragraph(h.lines(self.lang), head_style) for h in HEADERS]]
        # No SPAN: reportlab recomputes spans of the whole remainder at every page split (3× slower).
        # A unit's heading and total are one string in one cell drawn across the row, whose inner
        # vertical lines are left out.
        commands: list[tuple] = []
        blank = [""] * (len(HEADERS) - 1)
        number = 0
        block_start = 1
        for unit in data.units:
            r = len(rows)
            rows.append([value(self.lang, unit.unit, " / ")] + blank)
            commands += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2")),
                         ("FONTNAME", (0, r), (0, r), f"{self.font}-Bold"), ("ALIGN", (0, r), (0, r), "LEFT")]
            if r > block_start:
                commands.append(("LINEBEFORE", (1, block_start), (-1, r - 1), 0.4, colors.black))
            block_start = r + 1
            for row in unit.rows:
                number += 1
                rows.append(self._row(number, row, widths))
            r = len(rows)
            rows.append(blank + [self.t(UNIT_TOTAL).format(n=len(unit.rows))])
            commands += [("ALIGN", (-1, r), (-1, r), "RIGHT"), ("FONTNAME", (-1, r), (-1, r), f"{self.font}-Italic")]
            if r > block_start:
                commands.append(("LINEBEFORE", (1, block_start), (-1, r - 1), 0.4, colors.black))
            block_start = r + 1
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), self.cell_size),
            ("LEADING", (0, 0), (-1, -1), self.cell_size * 1.2),
            ("BOX", (0, 0), (-1, -1), 0.4, colors.black),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black),
            ("LINEBEFORE", (1, 0), (-1, 0), 0.4, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0e0e0")),
            ("ALIGN", (3, 1), (4, -1), "CENTER"),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            *commands,
        ])
        table.setStyle(style)
        return table

    def totals_table(self, data: SummaryData) -> Table:
        found = [row.grade if row.score is not None else None for unit in data.units for row in unit.rows]
        total = len(found)
        rows: list[list[str]] = [[value(self.lang, h, " / ") for h in TOTAL_HEAD]]
        for grade, count in total_grades(data.grades, found):
            rows.append([value(self.lang, grade), str(count), _share(count, total)])
        missing = sum(1 for f in found if f is None)
        if missing:
            rows.append([self.t(NO_RESULT), str(missing), _share(missing, total)])
        rows.append([self.t(ALL), str(total), "100" if total else "0"])
        widths = [120 * mm, 30 * mm, 30 * mm]
        rows = [[wrap(c, w - 6, self.font, self.cell_size + 0.5) for c, w in zip(r, widths)] for r in rows]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), self.cell_size + 0.5),
            ("LEADING", (0, 0), (-1, -1), (self.cell_size + 0.5) * 1.2),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0e0e0")),
            ("FONTNAME", (0, 0), (-1, 0), f"{self.font}-Bold"),
            ("FONTNAME", (0, -1), (-1, -1), f"{self.font}-Bold"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        return table


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}".replace(".", ",") if total else "0"


def render_summary(data: SummaryData, lang: DocLang = "kk") -> bytes:
    """The quarter summary as PDF bytes."""
    return SummaryPdf(lang).render(data)
