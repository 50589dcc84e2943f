"""Document speed: the quarter summary of 2,000 evaluees against a bare reportlab Table of the same rows.

No database: SummaryData is generated directly. Target: summary ≤ 1.5 × bare table.
"""
from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

from desktop_app.reports.evaluation_data import SummaryData, SummaryRow, SummaryUnit
from desktop_app.reports.labels import DocLang, L

GRADES = (
    L("Функционалдық міндеттерін тиімді орындайды", "Выполняет функциональные обязанности эффективно"),
    L("Функционалдық міндеттерін тиісінше орындайды",
      "Выполняет функциональные обязанности надлежащим образом"),
    L("Функционалдық міндеттерін қанағаттанарлық орындайды",
      "Выполняет функциональные обязанности удовлетворительно"),
    L("Функционалдық міндеттерін қанағаттанарлықсыз орындайды",
      "Выполняет функциональные обязанности не удовлетворительно"),
)
_LAST = ("Сейітов", "Әбілқасымова", "Нұрмағанбетов", "Құдайбергенова", "Жүсіпов", "Өтепова", "Ғабдуллин",
         "Ұзақбаева", "Үмбетов", "Іскакова", "Һамитов", "Төлеуғалиев")
_FIRST = ("Асқар", "Әлия", "Нұрлан", "Гүлнұр", "Ерғали", "Айгүл", "Дәурен", "Сәуле", "Қанат", "Мөлдір")
_MIDDLE = ("Бақытұлы", "Серікқызы", "Жанбырбайұлы", "Өмірзаққызы", "Қайратұлы")
_POSITIONS = (
    L("Бас маман", "Главный специалист"),
    L("Жетекші маман", "Ведущий специалист"),
    L("Бөлім басшысы", "Руководитель отдела"),
    L("Бөлім басшысының орынбасары", "Заместитель руководителя отдела"),
)
_UNITS = ("Экономика және бюджеттік жоспарлау бөлімі", "Ұйымдастыру-бақылау бөлімі",
          "Мемлекеттік-құқықтық бөлім", "Қаржы бөлімі", "Ішкі саясат бөлімі", "Кәсіпкерлік бөлімі")
_UNITS_RU = ("Отдел экономики и бюджетного планирования", "Организационно-контрольный отдел",
             "Государственно-правовой отдел", "Отдел финансов", "Отдел внутренней политики",
             "Отдел предпринимательства")
DONE = L("Аяқталды", "Завершена")
WITHOUT = L("Қатысуынсыз бағаланды (Әдістеменің 6-тармағы)", "Оценён без участия (пункт 6 Методики)")


def generated_summary(rows: int = 2000, units: int = 40) -> SummaryData:
    """A summary of `rows` evaluees spread over `units` units, with Kazakh letters everywhere."""
    per_unit = max(1, rows // units)
    built: list[SummaryUnit] = []
    n = 0
    for u in range(units):
        unit_rows: list[SummaryRow] = []
        count = per_unit if u < units - 1 else rows - n
        for _ in range(count):
            i = n
            n += 1
            name = f"{_LAST[i % len(_LAST)]} {_FIRST[i % len(_FIRST)]} {_MIDDLE[i % len(_MIDDLE)]}"
            score = None if i % 97 == 0 else round((i * 37 % 501) / 100, 2)
            grade = None if score is None else GRADES[0 if score >= 4 else 1 if score >= 3 else
                                                      2 if score >= 2 else 3]
            unit_rows.append(SummaryRow(
                employee=L(name, name), position=_POSITIONS[i % len(_POSITIONS)], category=f"E-R-{1 + i % 5}",
                score=score, grade=grade, status=DONE, note=WITHOUT if i % 53 == 0 else L("", "")))
        unit = L(f"{_UNITS[u % len(_UNITS)]} № {u + 1}", f"{_UNITS_RU[u % len(_UNITS)]} № {u + 1}")
        built.append(SummaryUnit(unit, tuple(unit_rows)))
    return SummaryData(organisation=L("«Қарасу ауданы әкімінің аппараты» ММ",
                                      "ГУ «Аппарат акима Карасуского района»"),
                       year=2026, quarter=1, units=tuple(built), grades=GRADES)


def bare_table_pdf(data: SummaryData, lang: DocLang = "ru") -> bytes:
    """The same rows as one plain Table in a SimpleDocTemplate with the same font: the reference."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table

    from desktop_app.reports.fonts import SERIF, register_fonts
    from desktop_app.reports.summary_pdf import COLUMNS_MM, HEADERS

    register_fonts()
    rows = [[h.text(lang) for h in HEADERS]]
    n = 0
    for unit in data.units:
        for r in unit.rows:
            n += 1
            rows.append([str(n), r.employee.text(lang), r.position.text(lang), r.category,
                         "" if r.score is None else f"{r.score:.2f}", r.grade.text(lang) if r.grade else "",
                         r.status.text(lang), r.note.text(lang)])
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    table = Table(rows, colWidths=[w * mm for w in COLUMNS_MM], repeatRows=1)
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                    ("GRID", (0, 0), (-1, -1), 0.4, (0, 0, 0))])
    doc.build([table])
    return buf.getvalue()


def best_of(fn: Callable[[], object], runs: int = 3) -> float:
    """The shortest of `runs` timings of `fn` (the least disturbed by other work on the machine)."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def measure(workdir: Path) -> dict[str, float]:
    from desktop_app.reports.summary_pdf import _wrapped, render_summary

    data = generated_summary(2000)
    bare_table_pdf(data)  # warm fonts for both

    def summary_cold() -> bytes:
        _wrapped.cache_clear()  # no head start from the previous run
        return render_summary(data, "ru")

    summary = best_of(summary_cold)
    bare = best_of(lambda: bare_table_pdf(data, "ru"))
    return {"summary_pdf_2000_s": round(summary, 3), "bare_reportlab_2000_s": round(bare, 3),
            "summary_to_bare_ratio": round(summary / bare, 2)}
