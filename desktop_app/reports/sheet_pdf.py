"""The evaluation sheet (бағалау парағы / оценочный лист) of one evaluee for one quarter, on the form of
Appendix 1 or 2 of the Typical methodology (001 §16), with the bonus and penalty lines that back the
score (000 §17–§18, 002 §17, §21–§22) and the signature places. All sheets of a quarter go in one PDF.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop_app.domain.people import name_sort_key
from desktop_app.domain.wording import kk_date_of
from desktop_app.reports.evaluation_data import PointLine, SheetData
from desktop_app.reports.evaluation_parts import (
    QUARTER,
    EvaluationDocument,
    SectionStart,
    fmt_date,
    fmt_points,
    fmt_score,
    quarter_text,
    value,
    wrap,
)
from desktop_app.reports.labels import DocLang, L
from desktop_app.reports.sheet_extras_pdf import extras

TITLE = L("Бағалау парағы", "Оценочный лист")
FORM = L("Үлгілік әдістемеге {form}-қосымшаның нысаны бойынша", "По форме приложения {form} к Типовой методике")
PERIOD = L("Бағаланатын кезең: {period}", "Оцениваемый период: {period}")
FIELDS = {
    "employee": L("Бағаланушы", "Оцениваемое лицо"),          # GLOSSARY.md: бағаланушы, бағалаушы тұлға
    "position": L("Лауазымы", "Должность"),
    "unit": L("Құрылымдық бөлімше", "Структурное подразделение"),
    "category": L("Санаты", "Категория"),
    "evaluator": L("Бағалаушы тұлға", "Оценивающее лицо"),
    "evaluator_position": L("Бағалаушының лауазымы", "Должность оценивающего"),
    "methodology": L("Әдістеме", "Методика"),
    "deadline": L("Бағалау мерзімі (Әдістеменің 4-тармағы)", "Срок оценки (пункт 4 Методики)"),
}
CRITERIA = L("Бағалау өлшемшарттары", "Критерии оценки")
CRITERIA_HEAD = (L("№", "№"), L("Өлшемшарт", "Критерий"), L("Балл (0–5)", "Балл (0–5)"),
                 L("Түсініктеме", "Комментарий"))
RESULT = L("Бағалау нәтижесі", "Результат оценки")
SCORE = L("Қорытынды балл", "Итоговый балл")
GRADE = L("Бағасы", "Оценка")
CALIBRATED = L("Калибрлеу сессиясының шешімімен өзгертілген (Әдістеменің 22-тармағы)",
               "Изменена решением калибровочной сессии (пункт 22 Методики)")
BONUS = L("Көтермелеу балдары", "Поощрительные баллы")
PENALTY = L("Айыппұл балдары", "Штрафные баллы")
POINTS_HEAD = (L("№", "№"), L("Қызмет түрі", "Вид деятельности"), L("Растайтын құжат", "Подтверждение"),
               L("Саны", "Кол-во"), L("Балл", "Баллы"), L("Есептеу", "Расчёт"))
# a penalty line is a breach, not a kind of activity
PENALTY_HEAD = (POINTS_HEAD[0], L("Бұзушылық", "Нарушение"), *POINTS_HEAD[2:])
TOTAL = L("Барлығы", "Итого")
NONE = L("Жоқ", "Нет")
COMMENTS = L("Бағалаушының түсініктемесі", "Комментарии оценивающего лица")
STATUS = L("Күйі: {status}; бағаланған күні: {date}", "Статус: {status}; дата оценки: {date}")
WITHOUT = L("Қызметші {date} жұмыстан босатылды: бағалау оның қатысуынсыз жүргізілді (Әдістеменің 6-тармағы).",
            "Служащий уволен {date}: оценка проведена без его участия (пункт 6 Методики).")
NOTICE = L("Хабарлау (Әдістеменің 9-тармағы): {note}", "Извещение (пункт 9 Методики): {note}")
SIGN_EVALUATOR = L("Бағалаушы тұлға", "Оценивающее лицо")
SIGN_EVALUEE = L("Нәтижемен таныстым (бағаланушы)", "С результатом ознакомлен")
SIGN_EVALUEE_F = L("Нәтижемен таныстым (бағаланушы)", "С результатом ознакомлена")
ORIGINAL = L("Бағалаушы қойған балл", "Балл, выставленный оценивающим лицом")
ADOPTED = L("Калибрлеу сессиясы қабылдаған балл", "Балл, принятый калибровочной сессией")
PROTOCOL = L("Негізі: калибрлеу сессиясының {date} № {number} хаттамасы (Әдістеменің 22-тармағы)",
             "Основание: протокол калибровочной сессии № {number} от {date} (пункт 22 Методики)")
SIGN_HR = L("Персоналды басқару қызметінің басшысы", "Руководитель службы управления персоналом")


class SheetPdf(EvaluationDocument[Sequence[SheetData]]):
    """One or many sheets; each sheet starts on a new page, numbered on its own. "both": each sheet in
    Kazakh, then the same sheet in Russian, each copy numbered from 1 in its own language."""

    base_size = 12.0      # the body of a paper a person signs: at least 12 pt
    per_language = True

    def title(self, data: Sequence[SheetData]) -> str:
        if len(data) == 1:
            return f"{self.t(TITLE)} — {value(self.lang, data[0].employee, ' / ')}"
        first = data[0] if data else None
        period = quarter_text(self.lang, first.quarter, first.year) if first else ""
        return f"{self.t(TITLE)} — {period}"

    def running_head(self, data: Sequence[SheetData]) -> str:
        return ""      # the organisation heads every sheet's title block: not printed twice

    def story(self, data: Sequence[SheetData]) -> list[Flowable]:
        return self._bundle(data, [self])

    def copies_story(self, data: Sequence[SheetData]) -> list[Flowable]:
        """An evaluee's Kazakh and Russian sheets side by side in the bundle: they are signed and filed
        together. Sheets in the Kazakh alphabet's order (the state language first)."""
        return self._bundle(data, [self.in_lang("kk"), self.in_lang("ru")])  # type: ignore[list-item]

    def _bundle(self, data: Sequence[SheetData], copies: list[SheetPdf]) -> list[Flowable]:
        out: list[Flowable] = []
        # unit by unit as given; within a unit, names in the order of the document's alphabet
        order: DocLang = copies[0].lang
        units = {d.unit: i for i, d in reversed(list(enumerate(data)))}
        data = sorted(data, key=lambda d: (units[d.unit], name_sort_key(value(order, d.employee), order)))
        for sheet in data:
            for copy in copies:
                if out:
                    out.append(PageBreak())
                out.append(SectionStart(copy.lang))   # each sheet (and copy) numbered from 1, in its language
                out += copy.sheet(sheet)
        return out

    # -- one sheet -------------------------------------------------------------------------------
    def sheet(self, d: SheetData) -> list[Flowable]:
        s = self.styles()
        lang = self.lang
        out: list[Flowable] = [
            Paragraph(value(lang, d.organisation, "<br/>"), s["subtitle"]),
            Paragraph(self.t(TITLE).upper(), s["title"]),
            Paragraph(f"{self.f(FORM, form=d.form)}<br/>"
                      f"{self.f(PERIOD, period=_period(d))}", s["subtitle"]),
            self.card(d),
        ]
        if d.without_participation:
            out.append(Spacer(1, 2 * mm))
            out.append(Paragraph(f"<b>{self.f(WITHOUT, date=fmt_date(d.dismissal_date, '—'))}</b>",
                                 s["body"]))
            note = value(self.lang, d.notice_note) if isinstance(d.notice_note, L) else d.notice_note
            if note:
                out.append(Paragraph(self.t(NOTICE).format(note=escape(note)), s["body"]))
        # A heading never ends a page without its table; a short table (and its totals row) stays whole.
        if d.criteria:
            out.extend(_with_heading(Paragraph(self.t(CRITERIA), s["heading"]), self.criteria_table(d)))
        out.extend(_with_heading(Paragraph(self.t(RESULT), s["heading"]), self.result_table(d)))
        out.extend(_with_heading(Paragraph(self.t(BONUS), s["heading"]), self.points_table(d.bonus_lines, "+")))
        out.extend(_with_heading(Paragraph(self.t(PENALTY), s["heading"]),
                                 self.points_table(d.penalty_lines, "−")))
        out.extend(extras(self, d))   # sanction, personal points, designees
        if d.comments:
            out.append(KeepTogether([Paragraph(self.t(COMMENTS), s["heading"]),
                                     Paragraph(escape(d.comments).replace("\n", "<br/>"), s["body"])]))
        status = Paragraph(self.f(STATUS, status=d.status if (d.status.kk or d.status.ru) else "—",
                                  date=fmt_date(d.evaluated_on, "—")), s["body"])
        signers: list[tuple[L, L, L | None]] = [(SIGN_EVALUATOR, d.evaluator_name, d.evaluator_position)]
        dates: list[date | None] = [d.evaluated_on]   # the evaluator signs the score they gave
        if not d.without_participation:  # 001 §6: a dismissed evaluee does not sign; the note above says so
            signers.append((SIGN_EVALUEE if d.employee_male else SIGN_EVALUEE_F, d.employee, None))
            # The day the result was received (001 §9, §10); after a calibration the adopted score is made
            # known at the feedback meeting (001 §23) — never a day before the session that set it.
            dates.append(_not_before(d.calibration.feedback_on, d.calibration.protocol_date)
                         if d.calibration else d.acknowledged_on)
        signers.append((SIGN_HR, d.hr_officer_name, None))
        dates.append(_not_before(d.finalised_on, d.calibration.protocol_date if d.calibration else None))
        # the signature block never stands alone at the top of a page: the status line and the last section
        # before it (the penalty table, the comments …) go with it to the next page when they do not fit
        last = list(out.pop()._content) if isinstance(out[-1], KeepTogether) else []
        out.append(KeepTogether([*last, Spacer(1, 3 * mm), status, Spacer(1, 2 * mm),
                                 self.signature_table(signers, dates)]))
        return out

    def _grid(self, rows: list[list[str]], widths: list[float], header: bool = True,
              bold_first_col: bool = False, bold_rows: int = 0) -> Table:
        size = self.base_size   # tables of a signed sheet in the body size (12 pt)
        bold = f"{self.font}-Bold"
        # a bold cell is broken into lines with the bold face's widths, else its text runs past the border
        rows = [[wrap(c, w - 5, bold if (header and i == 0) or i < bold_rows or (bold_first_col and j == 0)
                      else self.font, size)
                 for j, (c, w) in enumerate(zip(r, widths, strict=False))] for i, r in enumerate(rows)]
        table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size * 1.2),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if header:
            commands += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                         ("FONTNAME", (0, 0), (-1, 0), f"{self.font}-Bold")]
        table.setStyle(TableStyle(commands))
        return table

    def card(self, d: SheetData) -> Table:
        lang = self.lang
        shown = [
            ("employee", value(lang, d.employee)), ("position", value(lang, d.position)),
            ("unit", value(lang, d.unit)), ("category", d.category),
            ("evaluator", value(lang, d.evaluator_name)),
            ("evaluator_position", value(lang, d.evaluator_position)),
        ]
        if d.methodology.kk or d.methodology.ru:
            shown.append(("methodology", value(lang, d.methodology)))
        if d.deadline:
            shown.append(("deadline", fmt_date(d.deadline)))
        width = self.frame_width
        table = self._grid([[self.t(FIELDS[key]), text] for key, text in shown], [width * 0.36, width * 0.64],
                           header=False, bold_first_col=True)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (0, -1), f"{self.font}-Bold"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f4f4f4"))]))
        return table

    def criteria_table(self, d: SheetData) -> Table:
        w = self.frame_width
        rows = [[value(self.lang, h, "\n") for h in CRITERIA_HEAD]]
        for i, c in enumerate(d.criteria, 1):
            rows.append([str(i), value(self.lang, c.name), fmt_score(c.score), c.comment])
        table = self._grid(rows, [9 * mm, w * 0.5, 22 * mm, w * 0.5 - 31 * mm])
        table.setStyle(TableStyle([("ALIGN", (2, 1), (2, -1), "CENTER")]))
        return table

    def result_table(self, d: SheetData) -> Table:
        w = self.frame_width
        grade = value(self.lang, d.grade) if d.grade else "—"
        rows = [[self.t(SCORE), fmt_score(d.score)], [self.t(GRADE), grade]]
        c = d.calibration
        if c is not None:
            rows.append([self.t(ORIGINAL), fmt_score(c.original)])
            rows.append([self.t(ADOPTED), fmt_score(d.score)])
            rows.append(["", self.f(PROTOCOL, number=c.protocol_number or "—",
                                    date=L(kk_date_of(c.protocol_date), fmt_date(c.protocol_date))
                                    if c.protocol_date else "—")])
        elif d.final_after_calibration:
            rows.append(["", self.t(CALIBRATED)])
        table = self._grid(rows, [w * 0.36, w * 0.64], header=False, bold_first_col=True, bold_rows=2)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 1), f"{self.font}-Bold"),
                                   ("FONTSIZE", (1, 0), (1, 0), self.base_size + 1),
                                   ("LEADING", (1, 0), (1, 0), (self.base_size + 1) * 1.2)]))
        return table

    def points_table(self, lines: Sequence[PointLine], sign: str) -> Table:
        w = self.frame_width
        # Column widths sized for Kazakh headers ("Растайтын құжат") and long item names.
        widths = [9 * mm, w * 0.33, w * 0.19, 17 * mm, 17 * mm, 0.0]   # "Кол-во", "Баллы" at 12 pt
        widths[-1] = w - sum(widths)
        rows = [[value(self.lang, h, "\n") for h in (PENALTY_HEAD if sign == "−" else POINTS_HEAD)]]
        if not lines:
            rows.append(["", self.t(NONE), "", "", "", ""])
        for i, line in enumerate(lines, 1):
            rows.append([str(i), value(self.lang, line.item), line.evidence, fmt_points(line.quantity),
                         fmt_points(line.points, sign),
                         value(self.lang, line.explanation) if isinstance(line.explanation, L) else line.explanation])
        if lines:
            rows.append(["", self.t(TOTAL), "", "", fmt_points(sum(x.points for x in lines), sign), ""])
        table = self._grid(rows, widths)
        commands = [("ALIGN", (3, 1), (4, -1), "CENTER")]
        if lines:
            commands.append(("FONTNAME", (0, -1), (-1, -1), f"{self.font}-Bold"))
        table.setStyle(TableStyle(commands))
        return table


def _with_heading(heading: Paragraph, table: Table) -> list[Flowable]:
    """The heading and its table on one page when the table is short (a totals row never stands alone);
    a long table at least keeps its heading (the heading style keeps with next)."""
    if len(table._cellvalues) <= 14:
        return [KeepTogether([heading, table])]
    return [heading, table]


def _not_before(day: date | None, event: date | None) -> date | None:
    """A signature date that would precede the event it signs is left blank to be filled by hand."""
    if day is None or (event is not None and day < event):
        return None
    return day


def _period(d: SheetData) -> L:
    return L(QUARTER.kk.format(quarter=d.quarter, year=d.year), QUARTER.ru.format(quarter=d.quarter, year=d.year))


def render_sheets(sheets: Sequence[SheetData], lang: DocLang = "kk") -> bytes:
    """All the sheets (e.g. of a quarter) in one PDF, each from a new page."""
    return SheetPdf(lang).render(list(sheets))


def render_sheet(sheet: SheetData, lang: DocLang = "kk") -> bytes:
    return render_sheets([sheet], lang)
