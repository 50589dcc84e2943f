"""The annual summary: each evaluee's quarterly scores, their arithmetic mean (the final assessment of
the year, 001 §4) and its grade (001 §7), by structural unit; a mark where an unsatisfactory annual
result repeats (Law on civil service, Art. 33 p. 6 — DOMAIN.md)."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from desktop_app.domain.people import name_sort_key
from desktop_app.reports import summary_pdf
from desktop_app.reports.evaluation_data import AnnualData, AnnualRow
from desktop_app.reports.evaluation_parts import (
    TOTALS,
    YEAR,
    EvaluationDocument,
    fmt_date,
    fmt_score,
    value,
    wrap,
)
from desktop_app.reports.labels import DocLang, L
from desktop_app.reports.summary_pdf import HR_ROLE, PREPARED

TITLE = L("Қызметті жылдық бағалаудың қорытынды тізімдемесі",
          "Итоговая ведомость годовой оценки деятельности")
SUBTITLE = L("«Б» корпусының әкімшілік мемлекеттік қызметшілері бойынша; қорытынды баға — тоқсандық бағалардың "
             "орташа арифметикалық мәні (Әдістеменің 4-тармағы)",
             "административных государственных служащих корпуса «Б»; итоговая оценка — среднее "
             "арифметическое квартальных оценок (пункт 4 Методики)")
HEADERS = (
    L("№", "№"),
    L("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"),
    L("Лауазымы", "Должность"),
    L("Санаты", "Категория"),
    L("I тоқсан", "I кв."), L("II тоқсан", "II кв."), L("III тоқсан", "III кв."), L("IV тоқсан", "IV кв."),
    L("Орташа балл", "Средний балл"),
    L("Жылдық бағасы", "Годовая оценка"),
    L("Ескертпе", "Примечание"),
)
COLUMNS_MM = (9.0, 46.0, 40.0, 17.0, 14.0, 14.0, 14.0, 14.0, 16.0, 48.0, 33.0)
WARNING = L("* Қатарынан екінші жыл қанағаттанарлықсыз қорытынды баға: «Қазақстан Республикасының мемлекеттік "
            "қызметі туралы» Қазақстан Республикасы Заңының 33-бабының 6-тармағы.",
            "* Второй год подряд неудовлетворительная итоговая оценка: пункт 6 статьи 33 Закона Республики "
            "Казахстан «О государственной службе Республики Казахстан».")
PRELIMINARY = L("АЛДЫН АЛА: жылдың әлі жабылмаған тоқсандары: {quarters}; орташа балл жабылған тоқсандар бойынша.",
                "ПРЕДВАРИТЕЛЬНО: кварталы года, ещё не закрытые: {quarters}; средний балл — по закрытым кварталам.")
UNIT_TOTAL = L("Бөлімше бойынша барлығы: {n}", "Итого по подразделению: {n}")


class AnnualPdf(EvaluationDocument[AnnualData]):
    landscape = True
    per_language = True   # "both": the Kazakh summary, then the Russian one, each numbered on its own
    base_size = 10.0
    cell_size = 8.5
    margins = (20 * mm, 12 * mm, 16 * mm, 16 * mm)

    def title(self, data: AnnualData) -> str:
        return f"{self.t(TITLE)} — {self.t(YEAR).format(year=data.year)}"

    def story(self, data: AnnualData) -> list[Flowable]:
        s = self.styles()
        out: list[Flowable] = [
            Paragraph(value(self.lang, data.organisation, "<br/>"), s["subtitle"]),
            Paragraph(self.t(TITLE), s["title"]),
            Paragraph(f"{self.t(SUBTITLE)}<br/>{self.f(YEAR, year=data.year)}", s["subtitle"]),
        ]
        if data.methodology.kk or data.methodology.ru:
            out.append(Paragraph(self.f(summary_pdf.METHODOLOGY, name=data.methodology), s["small"]))
        if data.open_quarters:
            # 001 §4: the annual result is the mean of the year's quarters; while one is open it may change.
            quarters = ", ".join(str(q) for q in data.open_quarters)
            out.append(Paragraph(f"<b>{self.f(PRELIMINARY, quarters=quarters)}</b>", s["subtitle"]))
        out += [
            self.rows_table(data),
        ]
        if any(r.warning for u in data.units for r in u.rows):
            out.append(Spacer(1, 2 * mm))
            out.append(Paragraph(self.t(WARNING), s["small"]))
        out.append(Spacer(1, 5 * mm))
        out.append(Paragraph(self.t(TOTALS), s["heading"]))
        out.append(self.totals_table(data.grades, [row.grade if row.mean is not None else None
                                                   for unit in data.units for row in unit.rows]))
        out.append(Spacer(1, 4 * mm))
        out.append(Paragraph(self.t(PREPARED).format(date=fmt_date(data.prepared_on)), s["body"]))
        out.append(self.signature_table([(HR_ROLE, data.hr_officer_name, data.hr_officer_position)]))
        return out

    def _row(self, number: int, row: AnnualRow, widths: list[float]) -> list[str]:
        lang = self.lang
        note = value(lang, row.note)
        if row.warning:  # "*" refers to the footnote under the table, which cites the law once
            note = f"{note} *" if note else "*"
        texts = [str(number), value(lang, row.employee), value(lang, row.position), row.category,
                 *(fmt_score(q) for q in row.quarter_scores), fmt_score(row.mean), value(lang, row.grade), note]
        return [wrap(t, w - 4, self.font, self.cell_size) if t else "" for t, w in zip(texts, widths, strict=False)]

    def rows_table(self, data: AnnualData) -> Table:
        widths = [w * mm for w in COLUMNS_MM]
        groups = []
        flagged = []
        number = 0
        order: DocLang = "ru" if self.lang == "ru" else "kk"
        for unit in data.units:
            rows = []
            # names in the order of the document's alphabet (Kazakh: … Ғ … Қ … Ң … Ө … Ұ Ү … Һ … І)
            for row in sorted(unit.rows, key=lambda r: name_sort_key(value(order, r.employee), order)):
                if row.warning:
                    flagged.append(number)
                number += 1
                rows.append(self._row(number, row, widths))
            groups.append((value(self.lang, unit.unit, " / "), rows, self.t(UNIT_TOTAL).format(n=len(unit.rows))))
        return self.grouped_table(self.header_cells(HEADERS, self.cell_size), groups, widths, self.cell_size,
                                  flagged=flagged, flag_cols=(8, -1), centered=(3, 8))


def render_annual(data: AnnualData, lang: DocLang = "kk") -> bytes:
    """The annual summary as PDF bytes."""
    return AnnualPdf(lang).render(data)
