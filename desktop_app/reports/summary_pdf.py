"""The quarter summary (сводная ведомость / жиынтық тізімдеме): every evaluee by structural unit, with
totals per grade band (001 §7). Landscape A4, one big Table split across pages with the header repeated.

Speed: cells are plain strings wrapped with `wrap` (cached: positions and grades repeat),
not Paragraphs; only the header row uses Paragraphs.
"""
from __future__ import annotations

from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain.people import name_sort_key
from desktop_app.reports.evaluation_data import SummaryData, SummaryRow
from desktop_app.reports.evaluation_parts import (
    TOTALS,
    EvaluationDocument,
    fmt_date,
    fmt_score,
    quarter_text,
    value,
    wrap,
)
from desktop_app.reports.labels import DocLang, L

# the title and the line under it read as one phrase: "государственных служащих" is said once
TITLE = L("Қызметті бағалау нәтижелерінің жиынтық тізімдемесі",
          "Сводная ведомость результатов оценки деятельности")
SUBTITLE = L("«Б» корпусының әкімшілік мемлекеттік қызметшілері бойынша",
             "административных государственных служащих корпуса «Б»")
HEADERS = (
    L("№", "№"),
    L("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"),
    L("Лауазымы", "Должность"),
    L("Санаты", "Категория"),
    L("Балл", "Балл"),
    L("Бағалау нәтижесі", "Результат оценки"),
    L("Күйі", "Статус"),   # GLOSSARY.md: status = күйі
    L("Ескертпе", "Примечание"),
)
# Column widths in mm (landscape A4 frame ≈ 260 mm); sized so that "Категория" and Kazakh words fit.
COLUMNS_MM = (9.0, 48.0, 46.0, 17.0, 13.0, 72.0, 26.0, 29.0)  # "Окончательный" unbroken in Word too
UNIT_TOTAL = L("Бөлімше бойынша барлығы: {n}", "Итого по подразделению: {n}")
PREPARED = L("Жасалған күні: {date}", "Дата составления: {date}")
# a person signs, named with the position (not "the HR service")
HR_ROLE = L("Персоналды басқару қызметінің басшысы", "Руководитель службы управления персоналом")
METHODOLOGY = L("Әдістеме: {name}", "Методика: {name}")


@lru_cache(maxsize=4096)
def _wrapped(text: str, width: float, font: str, size: float) -> str:
    return wrap(text, width, font, size)


class SummaryPdf(EvaluationDocument[SummaryData]):
    landscape = True
    per_language = True   # "both": the Kazakh summary, then the Russian one, each numbered on its own
    base_size = 10.0
    cell_size = 8.5
    margins = (20 * mm, 12 * mm, 16 * mm, 16 * mm)

    def title(self, data: SummaryData) -> str:
        return f"{self.t(TITLE)} — {quarter_text(self.lang, data.quarter, data.year)}"

    def story(self, data: SummaryData) -> list[Flowable]:
        s = self.styles()
        out: list[Flowable] = [
            Paragraph(value(self.lang, data.organisation, "<br/>"), s["subtitle"]),
            Paragraph(self.t(TITLE), s["title"]),
            Paragraph(f"{self.t(SUBTITLE)}<br/>{quarter_text(self.lang, data.quarter, data.year)}",
                      s["subtitle"]),
        ]
        if data.methodology.kk or data.methodology.ru:
            out.append(Paragraph(self.f(METHODOLOGY, name=data.methodology), s["small"]))
        out.append(self.rows_table(data))
        out.append(Spacer(1, 5 * mm))
        out.append(Paragraph(self.t(TOTALS), s["heading"]))
        out.append(self.totals_table(data.grades, [row.grade if row.score is not None else None
                                                   for unit in data.units for row in unit.rows]))
        out.append(Spacer(1, 4 * mm))
        out.append(Paragraph(self.t(PREPARED).format(date=fmt_date(data.prepared_on)), s["body"]))
        out.append(self.signature_table([(HR_ROLE, data.hr_officer_name, data.hr_officer_position)]))
        return out

    # -- the big table ---------------------------------------------------------------------------
    def _row(self, number: int, row: SummaryRow, widths: list[float]) -> list[str]:
        lang, font, size = self.lang, self.font, self.cell_size
        grade, note = value(lang, row.grade), value(lang, row.note)
        if not grade and note:  # not evaluated (001 §5): the reason gets the wide result column
            grade, note = note, ""
        texts = (str(number), value(lang, row.employee), value(lang, row.position), row.category,
                 fmt_score(row.score), grade, value(lang, row.status), note)
        return [_wrapped(t, w - 4, font, size) if t else "" for t, w in zip(texts, widths, strict=False)]

    def rows_table(self, data: SummaryData) -> Table:
        widths = [w * mm for w in COLUMNS_MM]
        groups = []
        number = 0
        order: DocLang = "ru" if self.lang == "ru" else "kk"
        for unit in data.units:
            rows = []
            # names in the order of the document's alphabet (Kazakh: … Ғ … Қ … Ң … Ө … Ұ Ү … Һ … І)
            for row in sorted(unit.rows, key=lambda r: name_sort_key(value(order, r.employee), order)):
                number += 1
                rows.append(self._row(number, row, widths))
            groups.append((value(self.lang, unit.unit, " / "), rows, self.t(UNIT_TOTAL).format(n=len(unit.rows))))
        return self.grouped_table(self.header_cells(HEADERS, self.cell_size), groups, widths, self.cell_size,
                                  centered=(3, 4))


def render_summary(data: SummaryData, lang: DocLang = "kk") -> bytes:
    """The quarter summary as PDF bytes."""
    return SummaryPdf(lang).render(data)
