"""Pieces shared by the evaluation documents: page head with the confidentiality mark, number and date
formats, plain-string cell wrapping (fast tables), signature lines."""
from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from desktop_app.domain.methodology.fmt import plain
from desktop_app.domain.methodology.rounding import round_score, to_decimal
from desktop_app.reports.fonts import SERIF
from desktop_app.reports.kept_table import KeptTable
from desktop_app.reports.labels import DocLang, L
from desktop_app.reports.page_starts import build_noting_page_starts
from desktop_app.reports.pdf_base import PdfDocument, SectionMark, _NumberedCanvas

D = TypeVar("D")

# 001 §13: results are confidential; every page says so.
CONFIDENTIAL = L("Құпия", "Конфиденциально")
NO_SCORE = "—"
QUARTER = L("{year} жылғы {quarter}-тоқсан", "{quarter} квартал {year} года")
YEAR = L("{year} жыл", "{year} год")
SIGNATURE = "________________"
DATE_BLANK = "«___» ____________ 20___"
DATE_WORD = L("Күні", "Дата")
TOTALS = L("Бағалау нәтижелері бойынша қорытынды", "Итоги по результатам оценки")
TOTAL_HEAD = (L("Бағалау нәтижесі", "Результат оценки"), L("Саны", "Количество"), L("Үлесі, %", "Доля, %"))
NO_RESULT = L("Бағасы жоқ (бағаланбаған не енгізілмеген)", "Без оценки (не оценивались или не внесено)")
ALL = L("Барлығы", "Всего")


def fmt_score(score: float | Decimal | None) -> str:
    """Two decimals, rounded half up as the domain rounds (domain/methodology/rounding.py), with a
    decimal comma as both languages write it (001 §7: "3,99")."""
    if score is None:
        return NO_SCORE
    return str(round_score(score)).replace(".", ",")


def fmt_points(points: float | Decimal | None, sign: str = "") -> str:
    """Points without trailing zeros ("2,5", "+3"); `sign` is put before a non-zero value."""
    if points is None:
        return ""
    text = plain(to_decimal(points)).replace(".", ",")
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


@lru_cache(maxsize=8192)
def wrap(text: str, width: float, font: str = SERIF, size: float = 9.0) -> str:
    """Break a plain string into lines that fit `width` points, without building a Paragraph.

    Plain strings with newlines are far faster in a reportlab Table than Paragraphs; the labels, headings
    and criteria a bundle of sheets repeats on every sheet are measured once.
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


# A sheet (or a letter) of a bundle starts here: its pages are numbered on their own, in `lang` when given
# (the Russian copy of a bilingual letter says "Стр. 1 из 1", not "1 бет / 1"). One flowable for all papers.
SectionStart = SectionMark


class EvaluationDocument(PdfDocument[D]):
    """A confidential evaluation document: the mark and the organisation on top of every page."""

    font = SERIF
    base_size = 11.0
    margins = (25 * mm, 12 * mm, 18 * mm, 18 * mm)

    def f(self, label: L, **values: L | str | int) -> str:
        """A label with values filled in the document's language (a bilingual value in that language)."""
        lang = "ru" if self.lang == "ru" else "kk"
        filled = {k: (getattr(v, lang) or v.kk or v.ru) if isinstance(v, L) else v for k, v in values.items()}
        return getattr(label, lang).format(**filled)

    def running_head(self, data: D) -> str:
        """Nothing beside the confidentiality mark: the organisation heads the title block of the paper,
        and a reader saw it printed twice on the first page when the page head repeated it."""
        return ""

    def render(self, data: D) -> bytes:
        buf = io.BytesIO()
        left, right, top, bottom = self.margins
        doc = SimpleDocTemplate(buf, pagesize=self.pagesize, leftMargin=left, rightMargin=right,
                                topMargin=top, bottomMargin=bottom, title=self.title(data),
                                author="Bagalau", creator="Bagalau",
                                # else every page names Helvetica: not embedded, no Kazakh letters
                                initialFontName=self.font)
        langs: tuple[DocLang, ...] = ("kk", "ru", self.lang)
        heads: dict[str, tuple[str, str]] = {lang: self.page_head_texts(data, lang) for lang in langs}
        font, lang = self.font, self.lang
        pages: list[int] = []

        def page_head(canvas: Canvas, page_lang: str) -> None:
            """The organisation and the confidentiality mark (001 §13) in the language of the page's copy."""
            head, mark = heads.get(page_lang, heads[lang])
            width, height = canvas._pagesize
            canvas.setFillColor(colors.black)
            canvas.setFont(f"{font}-Bold", 9)
            canvas.drawRightString(width - right, height - 10 * mm, mark)
            canvas.setFont(font, 8)
            canvas.drawString(left, height - 10 * mm, head)

        class _Canvas(_NumberedCanvas):
            footer_lang = lang
            section_pages = pages

        _Canvas.page_head = page_head  # type: ignore[assignment]
        self.page_starts = build_noting_page_starts(doc, self.whole_story(data), canvasmaker=_Canvas)
        self.section_pages = pages
        return buf.getvalue()

    def page_head_texts(self, data: D, lang: DocLang) -> tuple[str, str]:
        """(organisation, confidentiality mark) of a page of the copy in `lang`, the organisation cut to fit."""
        copy = self.in_lang(lang)
        assert isinstance(copy, EvaluationDocument)
        left, right, _top, _bottom = self.margins
        mark = copy.mark_text()
        room = self.pagesize[0] - left - right - stringWidth(mark, f"{self.font}-Bold", 9) - 8 * mm
        return _fit(copy.running_head(data).replace("\n", " "), self.font, 8, room), mark

    def mark_text(self) -> str:
        """The confidentiality mark of every page (the DOCX header repeats it)."""
        return self.t(CONFIDENTIAL)

    @property
    def frame_width(self) -> float:
        left, right, _top, _bottom = self.margins
        return self.pagesize[0] - left - right

    def signature_table(self, people: Sequence[tuple[L, L, L | None]],
                        dates: Sequence[date | None] = ()) -> Flowable:
        """Signature places: role, "________ / Name /", date line (004 §9; 001 §17 the evaluator signs).

        `people` are (role, name, position) — the name may be empty to leave a blank to fill by hand;
        `dates` (same order) fill the date line where the date is already recorded.
        """
        size = max(self.base_size - 1, 12.0)   # signatures in the body size of a signed paper
        width = self.frame_width
        role_w, sign_w = width * 0.36, width * 0.64
        rows = []
        for i, (role, name, position) in enumerate(people):
            day = dates[i] if i < len(dates) else None
            who = self.t(role)
            if position is not None and (position.kk or position.ru):
                who = f"{who}\n{value(self.lang, position, ' / ')}"
            # One spelling on a signature line: the document's language, Kazakh when "both".
            shown = (name.ru if self.lang == "ru" else name.kk) or name.kk or name.ru or "_" * 24
            line = f"{SIGNATURE} / {shown} /\n{self.t(DATE_WORD)}: {fmt_date(day)}"
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

    def grouped_table(self, header: Sequence[Paragraph], groups: Sequence[tuple[str, Sequence[list[str]], str]],
                      widths: Sequence[float], size: float, flagged: Sequence[int] = (),
                      flag_cols: tuple[int, int] = (0, -1), centered: tuple[int, int] | None = None) -> Table:
        """One big table of rows grouped by unit: a heading row per group, its rows, a total row.

        No SPAN: reportlab recomputes the spans of the whole remainder at every page split (the summary
        of 2,000 rows took 3× longer). A heading / total is one string in one cell drawn across the row,
        whose inner vertical lines are left out. `flagged` are indexes (in the data rows, counted from 0)
        of rows shown in red (e.g. a repeated unsatisfactory result).
        """
        rows: list[list] = [list(header)]
        blank = [""] * (len(header) - 1)
        dark = colors.HexColor("#b00000")
        commands: list[tuple] = []
        block_start = 1
        data_index = 0
        flagged_set = set(flagged)
        no_split_at: set[int] = set()

        def close_block(r: int) -> None:
            if r > block_start:
                commands.append(("LINEBEFORE", (1, block_start), (-1, r - 1), 0.4, colors.black))

        for heading, group_rows, footer in groups:
            r = len(rows)
            close_block(r)
            rows.append([heading, *blank])
            commands += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2")),
                         ("FONTNAME", (0, r), (0, r), f"{self.font}-Bold"), ("ALIGN", (0, r), (0, r), "LEFT")]
            block_start = r + 1
            no_split_at.add(r + 1)        # a unit's heading goes over with its first row
            for cells in group_rows:
                if data_index in flagged_set:
                    commands.append(("TEXTCOLOR", (flag_cols[0], len(rows)), (flag_cols[1], len(rows)), dark))
                rows.append(cells)
                data_index += 1
            if footer:
                r = len(rows)
                no_split_at.add(r)        # and its total row stays with its last one
                close_block(r)
                rows.append([*blank, footer])
                commands += [("ALIGN", (-1, r), (-1, r), "RIGHT"),
                             ("FONTNAME", (-1, r), (-1, r), f"{self.font}-Italic")]
                block_start = r + 1
        close_block(len(rows))
        # Row heights given up front: reportlab then skips measuring every cell again at each page
        # split (its search for unmeasured rows is quadratic in the rows of a long table).
        pad_top, pad_bottom, pad_side = 1.5, 2.5, 2.0
        leading = size * 1.2
        head_h = max(p.wrap(w - 2 * pad_side, 1000)[1] for p, w in zip(header, widths, strict=False))
        heights = [head_h + pad_top + pad_bottom]
        heights += [leading * max(c.count("\n") + 1 for c in row) + pad_top + pad_bottom for row in rows[1:]]
        table = KeptTable(rows, colWidths=list(widths), rowHeights=heights, repeatRows=1,
                          no_split_at=frozenset(no_split_at))
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size * 1.2),
            ("BOX", (0, 0), (-1, -1), 0.4, colors.black),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black),
            ("LINEBEFORE", (1, 0), (-1, 0), 0.4, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad_side),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad_side),
            ("TOPPADDING", (0, 0), (-1, -1), pad_top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad_bottom),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0e0e0")),
            ("ALIGN", (0, 1), (0, -1), "RIGHT"),
            *([("ALIGN", (centered[0], 1), (centered[1], -1), "CENTER")] if centered else []),
            *commands,
        ]))
        return table

    def header_cells(self, labels: Sequence[L], size: float) -> list[Flowable]:
        style = self.styles()["cell_bold"].clone("head", fontSize=size, leading=size * 1.2)
        return [Paragraph(self.t(h), style) for h in labels]

    def totals_table(self, grades: Sequence[L], found: Sequence[L | None], size: float = 9.0) -> Flowable:
        """Counts and shares per grade band (001 §7); `found` has one grade per evaluee, None = no score."""
        total = len(found)
        rows = [[value(self.lang, h) for h in TOTAL_HEAD]]
        for grade, count in total_grades(grades, [f for f in found if f is not None]):
            rows.append([value(self.lang, grade), str(count), share(count, total)])
        missing = sum(1 for f in found if f is None)
        if missing:
            rows.append([self.t(NO_RESULT), str(missing), share(missing, total)])
        rows.append([self.t(ALL), str(total), share(total, total)])   # "100,0" like the lines above it
        widths = [120 * mm, 32 * mm, 32 * mm]
        bold = f"{self.font}-Bold"
        rows = [[wrap(c, w - 6, bold if i in (0, len(rows) - 1) else self.font, size) for c, w in zip(r, widths, strict=True)]
                for i, r in enumerate(rows)]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size * 1.2),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0e0e0")),
            ("FONTNAME", (0, 0), (-1, 0), bold),
            ("FONTNAME", (0, -1), (-1, -1), bold),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ]))
        return table


def share(count: int, total: int) -> str:
    """Percentage with one decimal and a decimal comma."""
    return f"{100 * count / total:.1f}".replace(".", ",") if total else "0,0"
