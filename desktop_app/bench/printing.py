"""Printing speed: all evaluation sheets of a 300-staff quarter in one PDF, against a bare
reportlab document of the same number of pages of plain paragraphs (target: ratio ≤ 1.5), and
`bagalau print all` on the demo office.
"""
from __future__ import annotations

import contextlib
import io
import time
from datetime import date
from pathlib import Path

from desktop_app.bench.documents import best_of
from desktop_app.reports.evaluation_data import CriterionLine, PointLine, SheetData
from desktop_app.reports.labels import L

_ORG = L("Қостанай облысы Қарасу ауданы әкімінің аппараты", "Аппарат акима Карасуского района Костанайской области")
_NAMES = (("Сейітов Асқар Бақытұлы", "Сеитов Аскар Бахытович", True),
          ("Әбілқасымова Әлия Серікқызы", "Абилкасымова Алия Сериковна", False),
          ("Нұрмағанбетов Ерғали Қайратұлы", "Нурмаганбетов Ергали Кайратович", True),
          ("Құдайбергенова Гүлнұр Өмірзаққызы", "Кудайбергенова Гульнур Омирзаковна", False))
_GRADE = L("Функционалдық міндеттерді тиісінше орындайды", "Выполняет функциональные обязанности надлежащим образом")


def generated_sheets(count: int = 300) -> list[SheetData]:
    """`count` sheets of form 1 and 2 with criteria, bonus and penalty lines, Kazakh letters everywhere."""
    out = []
    for i in range(count):
        kk, ru, male = _NAMES[i % len(_NAMES)]
        form = 1 + i % 2
        criteria = (CriterionLine(L("Функционалдық міндеттерді сапалы әрі уақтылы орындау",
                                    "Качественное и своевременное исполнение функциональных обязанностей"), 4.0),
                    CriterionLine(L("Өзара іс-қимыл және командада жұмыс", "Взаимодействие и работа в команде"),
                                  3.5)) if form == 1 else ()
        bonus = tuple(PointLine(L("Азаматтардың өтініштерін қарау", "Рассмотрение обращений граждан"), 3,
                                f"№ {i}-{k}", 2, "2 × 1,5 = 3") for k in range(i % 4))
        penalty = (PointLine(L("Тапсырманы мерзімін бұзып орындау", "Нарушение срока исполнения поручения"),
                             1, f"№ 4-{i}", 1, "1 × 1 = 1"),) if i % 5 == 0 else ()
        out.append(SheetData(
            organisation=_ORG, year=2026, quarter=3, employee=L(f"{kk} {i}", f"{ru} {i}"),
            position=L("Бас маман", "Главный специалист"), unit=L(f"Бөлім № {i // 12}", f"Отдел № {i // 12}"),
            category="E-R-4", form=form, evaluator_name=L("Жүсіпов Нұрлан Сәкенұлы", "Жусупов Нурлан Сакенович"),
            evaluator_position=L("Бөлім басшысы", "Руководитель отдела"), criteria=criteria, score=3.75,
            grade=_GRADE, bonus_lines=bonus, penalty_lines=penalty, status=L("Аяқталды", "Завершена"),
            evaluated_on=date(2026, 10, 7), deadline=date(2026, 10, 20), acknowledged_on=date(2026, 10, 8),
            hr_officer_name=L("Тоқтаров Н.Б.", "Токтаров Н.Б."), methodology=L("Әдістеме 2025", "Методика 2025"),
            employee_male=male, finalised_on=date(2026, 10, 16)))
    return out


def bare_pages_pdf(pages: int, font_size: float = 12.0) -> bytes:
    """`pages` pages of plain paragraphs (about a sheet's worth of words each) in the same font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from desktop_app.reports.fonts import SERIF, register_fonts

    register_fonts()
    style = ParagraphStyle("p", fontName=SERIF, fontSize=font_size, leading=font_size * 1.25)
    line = ("Бағаланатын адам Сейітов Асқар Бақытұлы, бас маман; оценивающее лицо Жусупов Нурлан Сакенович, "
            "руководитель отдела; итоговый балл 3,75.")
    story = []
    for p in range(pages):
        if p:
            story.append(PageBreak())
        story += [Paragraph(line, style) for _ in range(16)]   # about the words of a sheet page
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, initialFontName=SERIF).build(story)
    return buf.getvalue()


def measure(workdir: Path) -> dict[str, float]:
    from pypdf import PdfReader

    from desktop_app.reports.sheet_pdf import render_sheets

    data = generated_sheets(300)
    sheets = render_sheets(data, "ru")  # warm the fonts; count the pages
    pages = len(PdfReader(io.BytesIO(sheets)).pages)
    sheets_s = best_of(lambda: render_sheets(data, "ru"), runs=2)
    bare_s = best_of(lambda: bare_pages_pdf(pages), runs=2)
    return {"sheets_pdf_300_s": round(sheets_s, 3), "bare_reportlab_300_s": round(bare_s, 3),
            "sheets_to_bare_ratio": round(sheets_s / bare_s, 2), "sheets_pdf_300_pages": float(pages),
            "print_all_s": round(_print_all(workdir), 3)}


def _print_all(workdir: Path) -> float:
    """`bagalau print all` on a fresh demo office (the demo is written before the clock starts)."""
    from desktop_app.app import main
    from desktop_app.demo import DEMO_PASSWORD, write_demo

    db = workdir / "print_all_demo.sqlite"
    for old in (db, db.with_name(db.name + ".key")):
        old.unlink(missing_ok=True)
    write_demo(db)
    secret = workdir / "print_all_password.txt"
    secret.write_text(DEMO_PASSWORD, encoding="utf-8")
    out = workdir / "print_all"
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):     # `bagalau bench` prints one JSON object only
        code = main(["print", "all", "--db", str(db), "--password-file", str(secret), "--out", str(out)])
    elapsed = time.perf_counter() - t0
    if code != 0 or len(list(out.glob("*.pdf"))) < 10:  # a refused run would time nothing
        raise RuntimeError(f"bagalau print all failed (exit {code}) on the bench's demo office")
    return elapsed
