"""Pieces shared by the evaluation documents: page head with the confidentiality mark, number and date
formats, plain-string cell wrapping (fast tables), signature lines."""
from __future__ import annotations

import io
from datetime import date
from typing import Sequence, TypeVar

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from desktop_app.reports.fonts import SERIF
from desktop_app.reports.labels import L, DocLang
from desktop_app.reports.pdf_base import PdfDocument, _NumberedCanvas

D = TypeVar("D")

# 001 §13: results are confidential; every page says so.
CONFIDENTIAL = L("Құпия", "Конфиденциально")
NO_SCORE = "—"
QUARTER = L("{year} жылғы {quarter}-тоқсан", "{quarter} квартал {year} года")
YEAR = L("{year} жыл", "{year} год")
SIGNATURE = "________________"
DATE_BLANK = "«___» ____________ 20___"
DATE_WORD = L("Күні", "Дата")


def fmt_score(score: float | None) -> str:
    """Scores with two decimals and a decimal comma, as both languages write them (001 §7: 3,99)."""
    if score is None:
        return NO_SCORE
    return f"{score:.2f}".replace(".", ",")


def fmt_points(points: float | None, sign: str = "") -> str:
    if points is None:
        return ""
    text = f"{points:g}".replace(".", ",")
    return f"{sign}{text}" if sign and points else text


def fmt_date(day: date | None, blank: str = DATE_BLANK) -> str:
    return day.strftime("%d.%m.%Y") if day else blank


def quarter_text(lang: DocLang, quarter: int, year: int) -> str:
    return QUARTER.text(lang).format(quarter=quarter, year=year)


def value(lang: DocLang, label: L | None, sep: str = "\n") -> str:
    """A bilingual value (name, position, grade) as text of one cell; both languages on two lines."""
    if label is None:
        return ""
    if lang == "both" and (not label.kk or not label.ru):
        return label.kk or label.ru
    return label.text(lang, sep=sep)


def wrap(text: str, width: float, font: str = SERIF, size: float = 9.0) -> str:
    """Break a plain string into lines that fit `width` points, without building a Paragraph.

    Plain strings with newlines are far faster in a reportlab Table than Paragraphs (issue 4 bench).
    A single word longer than the width stays on its own line; columns are sized for long Kazakh words.
    """
    if not text:
        return ""
    lines: list[str] = []
    for part in text.split("\n"):
        lines.extend(simpleSplit(part, font, size, width) or [""])
    return "\n".join(lines)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut `text` with an ellipsis so that it fits `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def total_grades(grades: Sequence[L], found: Sequence[L | None]) -> list[tuple[L, int]]:
    """Counts per grade band in band order; bands seen in the rows but not listed come after."""
    order = list(grades)
    for grade in found:
        if grade is not None and grade not in order:
            order.append(grade)
    return [(g, sum(1 for f in found if f == g)) for g in order]


class EvaluationDocument(PdfDocument[D]):
    """A confidential evaluation document: the mark and the organisation on top of every page."""

    font = SERIF
    base_size = 11.0
    margins = (25 * mm, 12 * mm, 18 * mm, 18 * mm)

    def f(self, label: L, sep: str = " / ", **values: "L | str | int") -> str:
        """A label with values filled in each language separately ("both": "kk text / ru text")."""
        def one(lang: str) -> str:
            filled = {k: (getattr(v, lang) or v.kk or v.ru) if isinstance(v, L) else v for k, v in values.items()}
            return getattr(label, lang).format(**filled)

        if self.lang == "both":
            kk, ru = one("kk"), one("ru")
            return kk if kk == ru else f"{kk}{sep}{ru}"
        return one(self.lang)

    def running_head(self, data: D) -> str:
        organisation = getattr(data, "organisation", None)
        return self.t(organisation) if isinstance(organisation, L) else ""

    def render(self, data: D) -> bytes:
        buf = io.BytesIO()
        left, right, top, bottom = self.margins
        doc = SimpleDocTemplate(buf, pagesize=self.pagesize, leftMargin=left, rightMargin=right,
                                topMargin=top, bottomMargin=bottom, title=self.title(data),
                                author="Bagalau", creator="Bagalau")
        lang = self.lang
        mark = self.t(CONFIDENTIAL)
        font = self.font
        head = _fit(self.running_head(data).replace("\n", " "), font, 8,
                    self.pagesize[0] - left - right - stringWidth(mark, f"{font}-Bold", 9) - 8 * mm)

        class _Canvas(_NumberedCanvas):
            footer_lang = lang

        def on_page(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
            width, height = canvas._pagesize
            canvas.saveState()
            canvas.setFont(f"{font}-Bold", 9)
            canvas.drawRightString(width - right, height - 10 * mm, mark)
            canvas.setFont(font, 8)
            canvas.drawString(left, height - 10 * mm, head)
            canvas.restoreState()

        doc.build(self.story(data), onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_Canvas)
        return buf.getvalue()

    @property
    def frame_width(self) -> float:
        left, right, _top, _bottom = self.margins
        return self.pagesize[0] - left - right

    def signature_table(self, people: Sequence[tuple[L, L, L | None]]) -> Flowable:
        """Signature places: role, "________ / Name /", date line (004 §9; 001 §17 the evaluator signs).

        `people` are (role, name, position) — the name may be empty to leave a blank to fill by hand.
        """
        size = self.base_size - 1
        width = self.frame_width
        role_w, sign_w = width * 0.36, width * 0.64
        rows = []
        for role, name, position in people:
            who = self.t(role)
            if position is not None and (position.kk or position.ru):
                who = f"{who}\n{value(self.lang, position, ' / ')}"
            # One spelling on a signature line: the document's language, Kazakh when "both".
            shown = (name.ru if self.lang == "ru" else name.kk) or name.kk or name.ru or "_" * 24
            line = f"{SIGNATURE} / {shown} /\n{self.t(DATE_WORD)}: {DATE_BLANK}"
            rows.append([wrap(who, role_w - 6, self.font, size), wrap(line, sign_w - 6, self.font, size)])
        table = Table(rows, colWidths=[role_w, sign_w])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size * 1.25),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 9),
        ]))
        return table
