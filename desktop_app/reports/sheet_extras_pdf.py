"""The parts of the evaluation sheet added by the disciplinary sanction and its deduction
(002 §21), the unit head's personal points with their grounds (002 §26), and the servants the evaluator
designated to also evaluate, with their proposed scores (001 §17). Printed only when the sheet has them.
Citations in the printed text name the methodology's paragraph, never a seed file."""
from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop_app.domain.wording import ru_points_word
from desktop_app.reports.evaluation_data import SheetData
from desktop_app.reports.evaluation_parts import fmt_date, fmt_points, fmt_score, value
from desktop_app.reports.labels import L

if TYPE_CHECKING:
    from desktop_app.reports.sheet_pdf import SheetPdf

SANCTION = L("Тәртіптік жаза", "Дисциплинарное взыскание")
SANCTION_TEXT = L("Тоқсанда тәртіптік жаза қолданылған айлар: {months}; бұйрық {order}. Әр ай үшін жалпы балдан "
                  "{percent}% шегеріледі: −{deduction} балл.",
                  "Месяцев квартала под дисциплинарным взысканием: {months}; приказ {order}. За каждый месяц "
                  "вычитается {percent}% общего балла: −{deduction} {word}.")
PERSONAL = L("Құрылымдық бөлімше басшысының жеке балдары", "Личные баллы руководителя структурного подразделения")
PERSONAL_HEAD = (L("№", "№"), L("Балл", "Балл"), L("Негіздеме (нақты негіздер)", "Обоснование (конкретные основания)"),
                 L("Есепке алынды", "Учтено"))
DESIGNEES = L("Бағалаушы белгілеген қызметшілер (20-дан астам бағаланушы)",
              "Служащие, определённые оценивающим лицом (более 20 оцениваемых)")
DESIGNEES_HEAD = (L("№", "№"), L("Аты-жөні", "Ф.И.О."), L("Лауазымы", "Должность"),
                  L("Белгіленген күні", "Дата определения"), L("Ұсынған балы", "Предложенный балл"))
DESIGNEES_NOTE = L("Парақтың бағасы — бағалаушының бағасы; белгіленген қызметшілердің балдары ұсыныс ретінде "
                   "көрсетілген.",
                   "Оценка листа — оценка оценивающего лица; баллы определённых служащих приведены как "
                   "предложения.")


def extras(doc: SheetPdf, d: SheetData) -> list[Flowable]:
    s = doc.styles()
    w = doc.frame_width
    out: list[Flowable] = []
    if d.sanction is not None:
        out.append(Paragraph(doc.t(SANCTION), s["heading"]))
        out.append(Paragraph(doc.f(SANCTION_TEXT, months=d.sanction.months, order=d.sanction.order,
                                   percent=fmt_points(d.sanction.percent_per_month),
                                   deduction=fmt_points(d.sanction.deduction),
                                   word=ru_points_word(d.sanction.deduction)), s["body"]))
    if d.personal_lines:
        out.append(Paragraph(doc.t(PERSONAL), s["heading"]))
        rows = [[value(doc.lang, h, "\n") for h in PERSONAL_HEAD]]
        for i, p in enumerate(d.personal_lines, 1):
            rows.append([str(i), fmt_points(p.points, "+" if p.points > 0 else ""), p.note,
                         fmt_points(p.counted, "+" if p.counted > 0 else "")])
        table: Table = doc._grid(rows, [8 * mm, 14 * mm, w - 8 * mm - 14 * mm - 20 * mm, 20 * mm])
        table.setStyle(TableStyle([("ALIGN", (1, 1), (1, -1), "CENTER"), ("ALIGN", (3, 1), (3, -1), "CENTER")]))
        out.append(table)
    if d.designees:
        out.append(Paragraph(doc.t(DESIGNEES), s["heading"]))
        rows = [[value(doc.lang, h, "\n") for h in DESIGNEES_HEAD]]
        for i, x in enumerate(d.designees, 1):
            rows.append([str(i), value(doc.lang, x.name), value(doc.lang, x.position), fmt_date(x.designated_on),
                         fmt_score(x.proposed_score) if x.proposed_score is not None else "—"])
        out.append(doc._grid(rows, [8 * mm, w * 0.32, w * 0.32, 24 * mm, w * 0.36 - 32 * mm]))
        out.append(Paragraph(doc.t(DESIGNEES_NOTE), s["small"]))
    return out
